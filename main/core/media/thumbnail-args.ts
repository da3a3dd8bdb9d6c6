/** Longest side of a thumbnail in pixels. */
export const THUMBNAIL_MAX_SIDE = 320;
/** Transparent pixels are shown over this neutral grey, like an empty canvas. */
export const THUMBNAIL_BACKGROUND = '0xBFBFBF';
/** Clips shorter than this get their first frame; longer ones a frame at 10 %. */
export const SHORT_CLIP_MS = 1000;

/** Scales a size down to fit max×max keeping the aspect ratio; never up, never below 1 px. */
export function fitWithin(width: number, height: number, max: number): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Where a video thumbnail is taken: 10 % in skips black openings and fades. */
export function thumbnailSeekMs(durationMs: number | null): number {
  if (durationMs === null || durationMs < SHORT_CLIP_MS) return 0;
  return Math.floor(durationMs / 10);
}

export interface ThumbnailArgsInput {
  input: string;
  output: string;
  /** Target size (already fitted); the source is autorotated by ffmpeg before scaling. */
  width: number;
  height: number;
  hasAlpha: boolean;
  seekMs: number;
  /** Fail on any decode error: the one full decode that tells a truncated image from a good one. */
  strict: boolean;
}

/** ffmpeg arguments for a single JPEG thumbnail. Pure. */
export function thumbnailArgs({ input, output, width, height, hasAlpha, seekMs, strict }: ThumbnailArgsInput): string[] {
  const args = ['-hide_banner', '-nostdin', '-v', 'error', '-y'];
  if (strict) args.push('-xerror', '-err_detect', 'explode');
  if (seekMs > 0) args.push('-ss', (seekMs / 1000).toFixed(3));
  args.push('-i', input);
  const scale = `scale=${width}:${height}:flags=bicubic,setsar=1`;
  if (hasAlpha) {
    const graph = `color=c=${THUMBNAIL_BACKGROUND}:s=${width}x${height}[bg];[0:v:0]${scale},format=rgba[fg];[bg][fg]overlay=shortest=1,format=yuvj420p[out]`;
    args.push('-filter_complex', graph, '-map', '[out]');
  } else {
    args.push('-map', '0:v:0', '-vf', `${scale},format=yuvj420p`);
  }
  args.push('-frames:v', '1', '-an', '-sn', '-dn', '-c:v', 'mjpeg', '-q:v', '3', '-f', 'image2', '-update', '1', output);
  return args;
}
