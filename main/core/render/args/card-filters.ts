import type { PlanCard, PlanCardBackground } from '../plan/render-plan';
import { chain, filter, num } from './filter-syntax';
import { framingChains } from './framing';
import type { InputList } from './input-list';
import { drawtextFilter, ffColor } from './text-filters';

interface CardContext {
  width: number;
  height: number;
  fps: number;
  workDir: string;
  inputs: InputList;
}

const rgb = (color: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) as [number, number, number];

/** The gradient is computed at 1/GRADIENT_SUBSAMPLE size: a linear ramp survives bilinear upscaling exactly. */
const GRADIENT_SUBSAMPLE = 8;

/**
 * A CSS-like linear gradient (0° = to top, 90° = to right) for one frame. geq evaluates an
 * expression per pixel, which at full 1080p costs seconds; at 1/8 size it costs milliseconds,
 * and upscaling with bilinear interpolation reproduces a linear ramp without loss.
 */
export function gradientFilters({ from, to, angleDeg, width, height, fps }: { from: string; to: string; angleDeg: number; width: number; height: number; fps: number }): string[] {
  const w = Math.max(2, Math.round(width / GRADIENT_SUBSAMPLE));
  const h = Math.max(2, Math.round(height / GRADIENT_SUBSAMPLE));
  const rad = (angleDeg * Math.PI) / 180;
  const dx = Math.sin(rad);
  const dy = -Math.cos(rad);
  const length = Math.abs(w * dx) + Math.abs(h * dy);
  const f = (n: number): string => (Math.abs(n) < 1e-9 ? '0' : n.toFixed(8).replace(/0+$/, '').replace(/\.$/, ''));
  // Pixel centres are at X+0.5; the ramp runs 0..1 along the gradient line through the centre.
  const position = `clip(((X+0.5-${w / 2})*${f(dx)}+(Y+0.5-${h / 2})*${f(dy)})/${f(length)}+0.5,0,1)`;
  const [a, b] = [rgb(from), rgb(to)];
  const channel = (i: 0 | 1 | 2): string => `${a[i]}+(${b[i] - a[i]})*${position}`;
  return [
    filter('color', { c: 'black', s: `${w}x${h}`, r: fps, d: num(1 / fps) }),
    filter('format', { pix_fmts: 'gbrp' }),
    filter('geq', { r: channel(0), g: channel(1), b: channel(2) }),
    filter('scale', { w: width, h: height, flags: 'bilinear' }),
    filter('format', { pix_fmts: 'yuv420p' }),
    // Upscaling by a ratio that is not exactly the frame's makes scale adjust the SAR; concat needs 1.
    filter('setsar', { r: 1 }),
  ];
}

/** One frame of background, labelled `output`. Colour and gradient are generated at output size directly. */
function backgroundChains({ background, output, prefix, ctx }: { background: PlanCardBackground; output: string; prefix: string; ctx: CardContext }): string[] {
  const { width, height, fps } = ctx;
  if (background.kind === 'image') {
    const index = ctx.inputs.add(background.path);
    const dim = background.dim > 0 ? [filter('drawbox', { x: 0, y: 0, w: 'iw', h: 'ih', color: `black@${num(background.dim)}`, t: 'fill' })] : [];
    // An image is one frame already; give it the output's time base so the loop below counts frames.
    return framingChains({ framing: background.framing, input: `${index}:v`, output, width, height, labelPrefix: prefix, after: [...dim, filter('settb', { expr: `1/${fps}` }), filter('setpts', { expr: '0' })] });
  }
  const filters =
    background.kind === 'gradient'
      ? gradientFilters({ ...background, width, height, fps })
      : [filter('color', { c: ffColor(background.color).slice(0, 8), s: `${width}x${height}`, r: fps, d: num(1 / fps) }), filter('format', { pix_fmts: 'yuv420p' })];
  return [`${filters.join(',')}[${output}]`];
}

/**
 * A card is drawn once, as a single frame (background, logo, title and subtitle), then repeated
 * for its length with `loop`: the text is rendered one time, not once per frame.
 */
export function cardChains({ card, output, ctx }: { card: PlanCard; output: string; ctx: CardContext }): string[] {
  const prefix = `${output}_`;
  const chains = backgroundChains({ background: card.background, output: `${prefix}bg`, prefix, ctx });
  let base = `${prefix}bg`;
  if (card.logo) {
    const { path, centerX, top, maxWidth, maxHeight } = card.logo;
    const index = ctx.inputs.add(path);
    chains.push(chain({ inputs: [`${index}:v`], filters: [filter('scale', { w: maxWidth, h: maxHeight, force_original_aspect_ratio: 'decrease', flags: 'bicubic' })], output: `${prefix}logo` }));
    chains.push(chain({ inputs: [base, `${prefix}logo`], filters: [filter('overlay', { x: `${centerX}-w/2`, y: `${top}+(${maxHeight}-h)/2` })], output: `${prefix}lg` }));
    base = `${prefix}lg`;
  }
  const repeat = [filter('loop', { loop: card.frames - 1, size: 1 }), filter('setpts', { expr: 'N' })];
  // An image's stream still says 25 fps; xfade and concat need every input at the output rate.
  const rate = card.background.kind === 'image' ? [filter('fps', { fps: ctx.fps })] : [];
  const texts = card.texts.map((draw) => drawtextFilter({ draw, workDir: ctx.workDir, fps: ctx.fps }));
  chains.push(chain({ inputs: [base], filters: [...texts, ...repeat, ...rate], output }));
  return chains;
}
