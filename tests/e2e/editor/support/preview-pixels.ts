import type { Locator } from 'playwright';

export type Rgb = [number, number, number];

/**
 * One pixel of the preview canvas at a fraction of its width and height, read back from the
 * page (the media is served from the same origin, so the canvas is readable).
 */
export function canvasPixel(canvas: Locator, at: { fx: number; fy: number }): Promise<Rgb> {
  return canvas.evaluate((el, { fx, fy }) => {
    const c = el as HTMLCanvasElement;
    const data = c.getContext('2d')?.getImageData(Math.floor(c.width * fx), Math.floor(c.height * fy), 1, 1).data;
    return data === undefined ? [-1, -1, -1] : [data[0] ?? -1, data[1] ?? -1, data[2] ?? -1];
  }, at) as Promise<Rgb>;
}

/** "#d9643a" → [217, 100, 58] (alpha ignored). */
export function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1, 7), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The largest difference of one channel between two colours. */
export function colourDistance(a: Rgb, b: Rgb): number {
  return Math.max(...a.map((v, i) => Math.abs(v - (b[i] ?? 0))));
}

/** The editor's readout format: "MM:SS.cc", hundredths truncated. */
export function timecode(ms: number): string {
  const hundredths = Math.floor(Math.max(0, ms) / 10);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(Math.floor(hundredths / 6000))}:${two(Math.floor((hundredths % 6000) / 100))}.${two(hundredths % 100)}`;
}
