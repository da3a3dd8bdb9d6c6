import type { Framing } from '../../../../preload/contract/project/primitives';
import { blurFill, effectiveFraming, fitPicture } from './framing';

export type PictureSource = HTMLImageElement | HTMLVideoElement | HTMLCanvasElement;

interface Size {
  width: number;
  height: number;
}

/** Display size of an image or the current video frame (0 × 0 until it is known). */
export function pictureSize(source: PictureSource): Size {
  if (source instanceof HTMLImageElement) return { width: source.naturalWidth, height: source.naturalHeight };
  if (source instanceof HTMLVideoElement) return { width: source.videoWidth, height: source.videoHeight };
  return { width: source.width, height: source.height };
}

/** Two small canvases reused for blurred fills, so a blur-framed clip allocates nothing per frame. */
export class BlurScratch {
  readonly small = document.createElement('canvas');
  readonly blurred = document.createElement('canvas');
}

const even = (n: number): number => Math.max(2, 2 * Math.round(n / 2));

function sized(canvas: HTMLCanvasElement, width: number, height: number): CanvasRenderingContext2D | null {
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  return canvas.getContext('2d');
}

/**
 * The blurred fill as the render makes it: the picture cover-cropped into a copy 4× (stills) or
 * 8× (clips, card backgrounds) smaller, blurred there, darkened (stills), then scaled up to the
 * frame. The copy is drawn a little larger before blurring so its edges do not fade to black
 * (FFmpeg's blurs repeat the edge pixels instead).
 */
function drawBlurFill(ctx: CanvasRenderingContext2D, { source, frame, kind, scratch }: { source: PictureSource; frame: Size; kind: 'still' | 'stream'; scratch: BlurScratch }): void {
  const factor = kind === 'still' ? 4 : 8;
  const width = even(frame.width / factor);
  const height = even(frame.height / factor);
  const fill = blurFill({ kind, frame });
  const sigma = (fill.sigma * height) / frame.height;
  const small = sized(scratch.small, width, height);
  const blurred = sized(scratch.blurred, width, height);
  if (!small || !blurred) return;
  const cover = fitPicture({ fit: 'cover', frame: { width, height }, source: pictureSize(source) });
  small.drawImage(source, cover.x, cover.y, cover.width, cover.height);
  const margin = Math.ceil(2 * sigma);
  blurred.filter = `blur(${sigma}px)${fill.brightness < 1 ? ` brightness(${fill.brightness})` : ''}`;
  blurred.drawImage(scratch.small, -margin, -margin, width + 2 * margin, height + 2 * margin);
  blurred.filter = 'none';
  ctx.drawImage(scratch.blurred, 0, 0, frame.width, frame.height);
}

/**
 * Draws `source` over the whole `frame` (output pixels, in the context's current transform) with
 * the render's framing: cover, contain on black, or contain over a blurred fill.
 */
export function drawFramed(ctx: CanvasRenderingContext2D, { source, framing, frame, kind, scratch }: { source: PictureSource; framing: Framing; frame: Size; kind: 'still' | 'stream'; scratch: BlurScratch }): void {
  const size = pictureSize(source);
  if (size.width === 0 || size.height === 0) return;
  const effective = effectiveFraming({ framing, frame, source: size });
  if (effective === 'cover') {
    const box = fitPicture({ fit: 'cover', frame, source: size });
    ctx.drawImage(source, box.x, box.y, box.width, box.height);
    return;
  }
  if (effective === 'blur') drawBlurFill(ctx, { source, frame, kind, scratch });
  else {
    ctx.fillStyle = '#000000';
    ctx.fillRect(0, 0, frame.width, frame.height);
  }
  const box = fitPicture({ fit: 'contain', frame, source: size });
  ctx.drawImage(source, box.x, box.y, box.width, box.height);
}
