import { describe, expect, it } from 'vitest';
import { fitWithin, thumbnailArgs, thumbnailSeekMs } from './thumbnail-args';

describe('fitWithin', () => {
  it('fits the long side into the box keeping the aspect, never upscaling', () => {
    expect(fitWithin(8000, 8000, 320)).toEqual({ width: 320, height: 320 });
    expect(fitWithin(1920, 1080, 320)).toEqual({ width: 320, height: 180 });
    expect(fitWithin(1080, 1920, 320)).toEqual({ width: 180, height: 320 });
    expect(fitWithin(16, 16, 320)).toEqual({ width: 16, height: 16 });
  });

  it('keeps at least one pixel for extreme panoramas', () => {
    expect(fitWithin(10000, 10, 320)).toEqual({ width: 320, height: 1 });
  });
});

describe('thumbnailSeekMs', () => {
  it('takes 10 % of a clip and the first frame of short or unknown ones', () => {
    expect([thumbnailSeekMs(2000), thumbnailSeekMs(12345), thumbnailSeekMs(999), thumbnailSeekMs(null)]).toEqual([200, 1234, 0, 0]);
  });
});

describe('thumbnailArgs', () => {
  it('decodes an image strictly and scales it', () => {
    expect(thumbnailArgs({ input: 'in.jpg', output: 'out.jpg', width: 320, height: 240, hasAlpha: false, seekMs: 0, strict: true })).toEqual([
      '-hide_banner', '-nostdin', '-v', 'error', '-y', '-xerror', '-err_detect', 'explode', '-i', 'in.jpg',
      '-map', '0:v:0', '-vf', 'scale=320:240:flags=bicubic,setsar=1,format=yuvj420p',
      '-frames:v', '1', '-an', '-sn', '-dn', '-c:v', 'mjpeg', '-q:v', '3', '-f', 'image2', '-update', '1', 'out.jpg',
    ]);
  });

  it('seeks into a video and flattens alpha over grey', () => {
    expect(thumbnailArgs({ input: 'in.mov', output: 'out.jpg', width: 64, height: 48, hasAlpha: true, seekMs: 1500, strict: false })).toEqual([
      '-hide_banner', '-nostdin', '-v', 'error', '-y', '-ss', '1.500', '-i', 'in.mov',
      '-filter_complex', 'color=c=0xBFBFBF:s=64x48[bg];[0:v:0]scale=64:48:flags=bicubic,setsar=1,format=rgba[fg];[bg][fg]overlay=shortest=1,format=yuvj420p[out]',
      '-map', '[out]', '-frames:v', '1', '-an', '-sn', '-dn', '-c:v', 'mjpeg', '-q:v', '3', '-f', 'image2', '-update', '1', 'out.jpg',
    ]);
  });
});
