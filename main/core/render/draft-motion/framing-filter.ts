import type { Framing } from '../../../../preload/contract/project/primitives';

export interface CanvasOptions {
  framing: Framing;
  width: number;
  height: number;
  sourceWidth: number;
  sourceHeight: number;
  /** Bars of 'contain' and whatever shows through transparent pixels. */
  background: string;
  inputLabel: string;
  /** Prefix of the graph's internal labels, so the filter can sit inside a bigger graph. */
  labelPrefix: string;
}

/**
 * When the picture already has the frame's shape, 'contain' and 'blur' would draw nothing
 * but the picture: use the cheaper 'cover' graph then.
 */
export function effectiveFraming({ framing, width, height, sourceWidth, sourceHeight }: Pick<CanvasOptions, 'framing' | 'width' | 'height' | 'sourceWidth' | 'sourceHeight'>): Framing {
  if (framing === 'cover') return 'cover';
  const fitted = Math.round((sourceWidth * height) / sourceHeight);
  return Math.abs(fitted - width) <= 1 ? 'cover' : framing;
}

const even = (n: number): number => Math.max(2, 2 * Math.round(n / 2));

/**
 * Filters that turn the still into ONE frame of exactly width×height (the canvas the camera
 * moves over), ending in an open chain (the caller appends to it). Everything here runs once
 * per still, so quality (lanczos, a real blur) costs nothing per frame.
 * trim keeps only the first frame, so an input opened with -loop 1 does no harm, and
 * setpts=PTS-STARTPTS lines it up with the colour source for overlay.
 */
export function canvasFilter(o: CanvasOptions): string {
  const { width: w, height: h, labelPrefix: p } = o;
  const first = `[${o.inputLabel}]trim=end_frame=1,setpts=PTS-STARTPTS`;
  const backdrop = `color=c=${o.background}:s=${w}x${h}:r=1:d=1[${p}bg]`;
  switch (effectiveFraming(o)) {
    case 'cover':
      return `${backdrop};${first},scale=${w}:${h}:force_original_aspect_ratio=increase:flags=lanczos,crop=${w}:${h}[${p}fg];[${p}bg][${p}fg]overlay=x=0:y=0`;
    case 'contain':
      return `${backdrop};${first},scale=${w}:${h}:force_original_aspect_ratio=decrease:force_divisible_by=2:flags=lanczos[${p}fg];[${p}bg][${p}fg]overlay=x=(W-w)/2:y=(H-h)/2`;
    case 'blur': {
      // Blurring a quarter-size copy then enlarging it is as soft as a huge blur and far cheaper.
      const bw = even(w / 4);
      const bh = even(h / 4);
      return (
        `${first},split=2[${p}a][${p}b];` +
        `[${p}a]scale=${bw}:${bh}:force_original_aspect_ratio=increase,crop=${bw}:${bh},gblur=sigma=8,format=gbrp,` +
        `colorchannelmixer=rr=0.55:gg=0.55:bb=0.55,scale=${w}:${h}:flags=bicubic[${p}bg];` +
        `[${p}b]scale=${w}:${h}:force_original_aspect_ratio=decrease:force_divisible_by=2:flags=lanczos[${p}fg];` +
        `[${p}bg][${p}fg]overlay=x=(W-w)/2:y=(H-h)/2`
      );
    }
  }
}
