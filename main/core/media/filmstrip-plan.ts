import { AppError } from '../shared/app-error';

export const DEFAULT_FILMSTRIP_FRAMES = 10;
export const DEFAULT_FILMSTRIP_TILE_HEIGHT = 64;
const MAX_FRAMES = 100;
const MAX_TILE_HEIGHT = 360;

export interface FilmstripPlan {
  frames: number;
  tileWidth: number;
  tileHeight: number;
  /** Time of each tile: the middle of each of `frames` equal slices of the clip. */
  frameTimesMs: number[];
}

export interface FilmstripPlanInput {
  /** Display size of the clip (after rotation). */
  width: number;
  height: number;
  durationMs: number;
  frames: number;
  tileHeight: number;
}

/** Sizes and times of a filmstrip. Pure; refuses counts that would make an unusable sprite. */
export function planFilmstrip({ width, height, durationMs, frames, tileHeight }: FilmstripPlanInput): FilmstripPlan {
  if (!Number.isInteger(frames) || frames < 1 || frames > MAX_FRAMES) {
    throw new AppError('BAD_INPUT', `frames must be an integer from 1 to ${MAX_FRAMES}, got ${frames}.`, { field: 'frames' });
  }
  if (!Number.isInteger(tileHeight) || tileHeight < 8 || tileHeight > MAX_TILE_HEIGHT) {
    throw new AppError('BAD_INPUT', `tileHeight must be an integer from 8 to ${MAX_TILE_HEIGHT}, got ${tileHeight}.`, { field: 'tileHeight' });
  }
  const tileWidth = Math.max(1, Math.round((width * tileHeight) / height));
  const frameTimesMs = Array.from({ length: frames }, (_, k) => Math.round(((2 * k + 1) * durationMs) / (2 * frames)));
  return { frames, tileWidth, tileHeight, frameTimesMs };
}

/**
 * One ffmpeg run for the whole sprite: seek to the middle of the first slice, sample `frames`
 * frames evenly with fps=frames/duration, scale each, and tile them in one row. seek: false is
 * the fallback for clips so short that the seek lands past their only frame. Pure.
 */
export function filmstripArgs({ input, output, durationMs, plan, seek = true }: { input: string; output: string; durationMs: number; plan: FilmstripPlan; seek?: boolean }): string[] {
  const { frames, tileWidth, tileHeight } = plan;
  const offset = seek ? durationMs / (2 * frames) / 1000 : 0;
  const filters = [`fps=${frames * 1000}/${durationMs}`, `scale=${tileWidth}:${tileHeight}:flags=bilinear`, 'setsar=1', `tile=${frames}x1`, 'format=yuvj420p'];
  return [
    '-hide_banner', '-nostdin', '-v', 'error', '-y',
    '-ss', offset.toFixed(3), '-i', input,
    '-map', '0:v:0', '-an', '-sn', '-dn',
    '-vf', filters.join(','),
    '-frames:v', '1', '-c:v', 'mjpeg', '-q:v', '4', '-f', 'image2', '-update', '1', output,
  ];
}
