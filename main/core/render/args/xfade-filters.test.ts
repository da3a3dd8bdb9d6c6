import { describe, expect, it } from 'vitest';
import { xfadeChains } from './xfade-filters';

describe('xfadeChains', () => {
  it('pairs the two inputs side by side before xfade, so both always arrive together', () => {
    expect(xfadeChains({ kind: 'slide-up', frames: 9, tail: 'v0t', head: 'v1h', output: 'v1x', fps: 30 })).toEqual([
      '[v0t][v1h]hstack=inputs=2,split=outputs=2[v1xl][v1xr]',
      '[v1xl]crop=w=iw/2:h=ih:x=0:y=0[v1xo]',
      '[v1xr]crop=w=iw/2:h=ih:x=iw/2:y=0[v1xi]',
      '[v1xo][v1xi]xfade=transition=slideup:duration=0.3:offset=0,format=pix_fmts=yuv420p[v1x]',
    ]);
  });

  it('lasts exactly the overlap in frames, written as FFmpeg reads durations', () => {
    const [, , , blend] = xfadeChains({ kind: 'wipe-right', frames: 7, tail: 'a', head: 'b', output: 'x', fps: 24 });
    expect(blend).toBe('[xo][xi]xfade=transition=wiperight:duration=0.291667:offset=0,format=pix_fmts=yuv420p[x]');
  });
});
