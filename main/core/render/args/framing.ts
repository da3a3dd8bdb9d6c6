import type { Framing } from '../../../../preload/contract/project';
import { chain, filter } from './filter-syntax';

interface FramingInput {
  framing: Framing;
  input: string;
  output: string;
  width: number;
  height: number;
  /** Unique prefix for the labels a blurred fill needs. */
  labelPrefix: string;
  /** Filters before / after the framing in the same chain (fps, trims, ...). */
  before?: readonly string[];
  after?: readonly string[];
}

/**
 * Cover: crop the source to the output's shape first (free: crop only moves pointers), then
 * scale once. The crop uses the source's display aspect (dar), so rotated and anamorphic
 * sources need no probing.
 */
export function coverFilters(width: number, height: number): string[] {
  const ratio = `${width}/${height}`;
  return [
    filter('crop', { w: `iw*min(1,(${ratio})/dar)`, h: `ih*min(1,dar/(${ratio}))` }),
    filter('scale', { w: width, h: height, flags: 'bicubic' }),
    filter('format', { pix_fmts: 'yuv420p' }),
    filter('setsar', { r: 1 }),
  ];
}

/** Fit inside the frame (even sides), keeping the display aspect. */
function fitScale(width: number, height: number): string {
  return filter('scale', { w: `trunc(min(${width},${height}*dar)/2)*2`, h: `trunc(min(${height},${width}/dar)/2)*2`, flags: 'bicubic' });
}

export function containFilters(width: number, height: number): string[] {
  return [fitScale(width, height), filter('format', { pix_fmts: 'yuv420p' }), filter('setsar', { r: 1 }), filter('pad', { w: width, h: height, x: '(ow-iw)/2', y: '(oh-ih)/2', color: 'black' })];
}

const even = (n: number): number => Math.max(2, Math.round(n / 2) * 2);

/**
 * Blurred fill: the picture fitted in the middle over a blurred, cover-cropped copy of itself.
 * The copy is blurred at 1/8 size and scaled up with a fast bilinear filter, so the blur costs
 * a fraction of a full-size one.
 */
function blurChains({ input, output, width, height, labelPrefix, before = [], after = [] }: FramingInput): string[] {
  const [bgIn, fgIn, bg, fg] = ['bgsrc', 'fgsrc', 'bg', 'fg'].map((s) => `${labelPrefix}${s}`) as [string, string, string, string];
  const small = { w: even(width / 8), h: even(height / 8) };
  return [
    `[${input}]${[...before, 'split=2'].join(',')}[${bgIn}][${fgIn}]`,
    chain({
      inputs: [bgIn],
      filters: [
        ...coverFilters(small.w, small.h).slice(0, 2),
        filter('boxblur', { luma_radius: Math.max(1, Math.round(small.h / 12)), luma_power: 2 }),
        filter('scale', { w: width, h: height, flags: 'fast_bilinear' }),
        filter('setsar', { r: 1 }),
      ],
      output: bg,
    }),
    chain({ inputs: [fgIn], filters: [fitScale(width, height), filter('setsar', { r: 1 })], output: fg }),
    chain({ inputs: [bg, fg], filters: [filter('overlay', { x: '(W-w)/2', y: '(H-h)/2' }), filter('format', { pix_fmts: 'yuv420p' }), ...after], output }),
  ];
}

/** Chains that turn `input` into a width × height, SAR 1, yuv420p stream labelled `output`. */
export function framingChains(opts: FramingInput): string[] {
  if (opts.framing === 'blur') return blurChains(opts);
  const framed = opts.framing === 'cover' ? coverFilters(opts.width, opts.height) : containFilters(opts.width, opts.height);
  return [chain({ inputs: [opts.input], filters: [...(opts.before ?? []), ...framed, ...(opts.after ?? [])], output: opts.output })];
}
