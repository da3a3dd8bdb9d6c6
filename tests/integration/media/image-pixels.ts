import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface DecodedImage {
  width: number;
  height: number;
  /** [r, g, b] of the pixel at (x, y). */
  rgb(x: number, y: number): [number, number, number];
}

/** Decodes the first frame of an image or video to RGB with the real ffprobe/ffmpeg. */
export async function decodeImage(file: string): Promise<DecodedImage> {
  const { stdout: size } = await run('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'stream=width,height', '-of', 'csv=p=0', file]);
  const [width, height] = size.trim().split(',').map(Number) as [number, number];
  const { stdout } = await run('ffmpeg', ['-v', 'error', '-i', file, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1'], { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });
  return {
    width,
    height,
    rgb(x, y) {
      const i = (y * width + x) * 3;
      return [stdout[i] ?? -1, stdout[i + 1] ?? -1, stdout[i + 2] ?? -1];
    },
  };
}

/** True when every channel is within `tolerance` of the expected colour (JPEG is lossy). */
export function near(actual: [number, number, number], expected: [number, number, number], tolerance = 24): boolean {
  return actual.every((v, i) => Math.abs(v - (expected[i] ?? 0)) <= tolerance);
}
