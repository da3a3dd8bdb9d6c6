import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/app-error';
import { filmstripArgs, planFilmstrip } from './filmstrip-plan';

describe('planFilmstrip', () => {
  it('sizes tiles from the display aspect and times them at slice centres', () => {
    expect(planFilmstrip({ width: 320, height: 240, durationMs: 2000, frames: 4, tileHeight: 60 })).toEqual({
      frames: 4, tileWidth: 80, tileHeight: 60, frameTimesMs: [250, 750, 1250, 1750],
    });
    expect(planFilmstrip({ width: 1080, height: 1920, durationMs: 1001, frames: 3, tileHeight: 64 })).toEqual({
      frames: 3, tileWidth: 36, tileHeight: 64, frameTimesMs: [167, 501, 834],
    });
  });

  it('refuses frame counts and heights that make no usable sprite', () => {
    expect(() => planFilmstrip({ width: 1, height: 1, durationMs: 1, frames: 0, tileHeight: 64 })).toThrow(AppError);
    expect(() => planFilmstrip({ width: 1, height: 1, durationMs: 1, frames: 101, tileHeight: 64 })).toThrow('frames must be an integer from 1 to 100, got 101.');
    expect(() => planFilmstrip({ width: 1, height: 1, durationMs: 1, frames: 2, tileHeight: 4 })).toThrow('tileHeight must be an integer from 8 to 360, got 4.');
  });
});

describe('filmstripArgs', () => {
  const plan = { frames: 4, tileWidth: 80, tileHeight: 60, frameTimesMs: [250, 750, 1250, 1750] };

  it('makes the whole sprite in one ffmpeg run: seek half a slice, fps, scale, tile', () => {
    expect(filmstripArgs({ input: 'a.mp4', output: 'o.jpg', durationMs: 2000, plan })).toEqual([
      '-hide_banner', '-nostdin', '-v', 'error', '-y', '-ss', '0.250', '-i', 'a.mp4', '-map', '0:v:0', '-an', '-sn', '-dn',
      '-vf', 'fps=4000/2000,scale=80:60:flags=bilinear,setsar=1,tile=4x1,format=yuvj420p',
      '-frames:v', '1', '-c:v', 'mjpeg', '-q:v', '4', '-f', 'image2', '-update', '1', 'o.jpg',
    ]);
  });

  it('can start at 0 for clips too short to seek into', () => {
    expect(filmstripArgs({ input: 'a.mp4', output: 'o.jpg', durationMs: 2000, plan, seek: false }).slice(5, 7)).toEqual(['-ss', '0.000']);
  });
});
