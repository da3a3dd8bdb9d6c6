import { describe, expect, it } from 'vitest';
import { listingHas, parseVersionLine } from './capabilities';

describe('parseVersionLine', () => {
  it('reads the version of ffmpeg and ffprobe banners', () => {
    expect(parseVersionLine('ffmpeg version 5.1.9-0+deb12u1 Copyright (c) 2000-2026 the FFmpeg developers\nbuilt with gcc')).toBe('5.1.9-0+deb12u1');
    expect(parseVersionLine('ffprobe version 4.4.1-static https://johnvansickle.com/ffmpeg/  Copyright')).toBe('4.4.1-static');
  });
  it('says unknown for anything else', () => {
    expect(parseVersionLine('command not found')).toBe('unknown');
  });
});

describe('listingHas', () => {
  const filters = [
    'Filters:',
    '  T.. = Timeline support',
    ' ... loudnorm          A->A       EBU R128 loudness normalization',
    ' T.C drawtext          V->V       Draw text on top of video frames using libfreetype library.',
    ' ... xfade_opencl      VV->V      Cross fade one video with another video.',
  ].join('\n');
  it('matches the name column exactly', () => {
    expect(listingHas(filters, 'drawtext')).toBe(true);
    expect(listingHas(filters, 'loudnorm')).toBe(true);
    // xfade_opencl is not xfade: a prefix must not count.
    expect(listingHas(filters, 'xfade')).toBe(false);
  });
});
