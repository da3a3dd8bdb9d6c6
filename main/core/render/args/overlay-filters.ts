import type { PlanImageOverlay, PlanOverlay } from '../plan/render-plan';
import { chain, filter, num } from './filter-syntax';
import type { InputList } from './input-list';
import { drawtextFilter } from './text-filters';

interface OverlayContext {
  fps: number;
  workDir: string;
  inputs: InputList;
}

/**
 * The still image as a stream that exists only on [startFrame, endFrame): one decoded frame,
 * scaled once, repeated by `loop` with frame-exact timestamps, faded on its alpha channel.
 */
function imageStream({ overlay, output, ctx }: { overlay: PlanImageOverlay; output: string; ctx: OverlayContext }): string {
  const { fps } = ctx;
  const { startFrame, endFrame, fadeInMs, fadeOutMs } = overlay.timing;
  const index = ctx.inputs.add(overlay.path);
  const fades = [
    ...(fadeInMs > 0 ? [filter('fade', { t: 'in', st: num(startFrame / fps), d: num(fadeInMs / 1000), alpha: 1 })] : []),
    ...(fadeOutMs > 0 ? [filter('fade', { t: 'out', st: num(endFrame / fps - fadeOutMs / 1000), d: num(fadeOutMs / 1000), alpha: 1 })] : []),
  ];
  return chain({
    inputs: [`${index}:v`],
    filters: [
      filter('scale', { w: overlay.widthPx, h: overlay.heightPx, flags: 'bicubic' }),
      filter('format', { pix_fmts: 'yuva420p' }),
      ...(overlay.opacity < 1 ? [filter('lut', { a: `val*${num(overlay.opacity)}` })] : []),
      filter('loop', { loop: endFrame - startFrame - 1, size: 1 }),
      filter('settb', { expr: `1/${fps}` }),
      filter('setpts', { expr: `N+${startFrame}` }),
      ...fades,
    ],
    output,
  });
}

/**
 * Draws the overlays over `input` in order (later on top). Text lines are drawtext filters on the
 * main chain; an image is blended with overlay, passing the picture through outside its range.
 */
export function overlayChains({ overlays, input, ctx }: { overlays: readonly PlanOverlay[]; input: string; ctx: OverlayContext }): { chains: string[]; output: string } {
  const chains: string[] = [];
  let current = input;
  let pendingText: string[] = [];
  let step = 0;
  const flushText = (): void => {
    if (pendingText.length === 0) return;
    const label = `txt${step++}`;
    chains.push(chain({ inputs: [current], filters: pendingText, output: label }));
    current = label;
    pendingText = [];
  };
  for (const overlay of overlays) {
    if (overlay.kind === 'text') {
      pendingText.push(...overlay.lines.map((draw) => drawtextFilter({ draw, workDir: ctx.workDir, fps: ctx.fps })));
      continue;
    }
    flushText();
    const image = `img${step}`;
    const label = `ov${step++}`;
    chains.push(imageStream({ overlay, output: image, ctx }));
    chains.push(chain({ inputs: [current, image], filters: [filter('overlay', { x: overlay.x, y: overlay.y, eof_action: 'pass' })], output: label }));
    current = label;
  }
  flushText();
  return { chains, output: current };
}
