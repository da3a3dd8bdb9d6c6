import type { Framing } from '../../../../preload/contract/project/primitives';
import { BlurScratch, drawFramed } from './draw-picture';

interface Size {
  width: number;
  height: number;
}

const KEEP = 8;

/**
 * The framed canvas a still's camera moves over (the render builds it once per still, too):
 * the picture cover-cropped, contained or over its blurred fill, at `resolution` pixels. Built
 * once per still and size and reused every frame, so the camera move costs one drawImage.
 */
export class StillCanvasCache {
  private readonly canvases = new Map<string, HTMLCanvasElement>();
  private readonly scratch = new BlurScratch();

  get({ url, image, framing, frame, resolution }: { url: string; image: HTMLImageElement; framing: Framing; frame: Size; resolution: Size }): HTMLCanvasElement {
    const key = `${url}|${framing}|${frame.width}x${frame.height}|${resolution.width}x${resolution.height}`;
    const known = this.canvases.get(key);
    if (known) {
      // Most recently used last, so the oldest is dropped first.
      this.canvases.delete(key);
      this.canvases.set(key, known);
      return known;
    }
    const canvas = document.createElement('canvas');
    canvas.width = resolution.width;
    canvas.height = resolution.height;
    const ctx = canvas.getContext('2d');
    if (ctx) {
      ctx.imageSmoothingQuality = 'high';
      // Framing is computed in output pixels, then drawn at the cache's resolution.
      ctx.scale(resolution.width / frame.width, resolution.height / frame.height);
      drawFramed(ctx, { source: image, framing, frame, kind: 'still', scratch: this.scratch });
    }
    this.canvases.set(key, canvas);
    while (this.canvases.size > KEEP) {
      const oldest = this.canvases.keys().next().value;
      if (oldest === undefined) break;
      this.canvases.delete(oldest);
    }
    return canvas;
  }
}
