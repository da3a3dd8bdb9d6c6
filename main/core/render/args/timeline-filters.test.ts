import { describe, expect, it } from 'vitest';
import type { PlanCard, PlanTransition } from '../plan/render-plan';
import { joinItems, transitionChains } from './timeline-filters';

const card = (id: string, startFrame: number, frames: number, transitionIn: PlanTransition | null = null): PlanCard => ({
  kind: 'card',
  id,
  startFrame,
  frames,
  transitionIn,
  background: { kind: 'color', color: '#000000ff' },
  logo: null,
  texts: [],
});

describe('joinItems', () => {
  it('concatenates items joined by cuts without splitting them', () => {
    const items = [card('a', 0, 30), card('b', 30, 20), card('c', 50, 10)];
    expect(joinItems({ items, labels: ['v0', 'v1', 'v2'], fps: 30 })).toEqual({ chains: ['[v0][v1][v2]concat=n=3:v=1:a=0,fps=fps=30[joined]'], output: 'joined' });
  });

  it('passes a single item through untouched', () => {
    expect(joinItems({ items: [card('a', 0, 30)], labels: ['v0'], fps: 30 })).toEqual({ chains: [], output: 'v0' });
  });

  it('sends only the overlapping frames through the transition (here a wipe, through xfade)', () => {
    const items = [card('a', 0, 30), card('b', 24, 30, { kind: 'wipe-left', frames: 6 })];
    expect(joinItems({ items, labels: ['v0', 'v1'], fps: 30 })).toEqual({
      chains: [
        '[v0]split=2[v0bs][v0ts]',
        '[v0bs]trim=end_frame=24,setpts=expr=PTS-STARTPTS[v0b]',
        '[v0ts]trim=start_frame=24,setpts=expr=PTS-STARTPTS[v0t]',
        '[v1]split=2[v1hs][v1bs]',
        '[v1hs]trim=end_frame=6,setpts=expr=PTS-STARTPTS[v1h]',
        '[v1bs]trim=start_frame=6:end_frame=30,setpts=expr=PTS-STARTPTS[v1b]',
        '[v0t][v1h]hstack=inputs=2,split=outputs=2[v1xl][v1xr]',
        '[v1xl]crop=w=iw/2:h=ih:x=0:y=0[v1xo]',
        '[v1xr]crop=w=iw/2:h=ih:x=iw/2:y=0[v1xi]',
        '[v1xo][v1xi]xfade=transition=wipeleft:duration=0.2:offset=0,format=pix_fmts=yuv420p[v1x]',
        '[v0b][v1x][v1b]concat=n=3:v=1:a=0,fps=fps=30[joined]',
      ],
      output: 'joined',
    });
  });

  it('skips the body of an item that its two transitions use up', () => {
    const items = [card('a', 0, 10), card('b', 5, 10, { kind: 'slide-up', frames: 5 }), card('c', 10, 10, { kind: 'slide-down', frames: 5 })];
    const { chains } = joinItems({ items, labels: ['v0', 'v1', 'v2'], fps: 25 });
    expect(chains.filter((c) => c.startsWith('[v1]'))).toEqual(['[v1]split=2[v1hs][v1ts]']);
    expect(chains.at(-1)).toBe('[v0b][v1x][v2x][v2b]concat=n=4:v=1:a=0,fps=fps=25[joined]');
  });
});

describe('transitionChains', () => {
  it('crossfades with an alpha fade and overlay, staying in 4:2:0', () => {
    expect(transitionChains({ kind: 'crossfade', frames: 12, tail: 'a', head: 'b', output: 'x', fps: 24 })).toEqual({
      chains: ['[b]format=pix_fmts=yuva420p,fade=t=in:s=0:n=12:alpha=1[xa]', '[a][xa]overlay=eof_action=pass[x]'],
      pieces: ['x'],
    });
  });

  it('fades through black without blending: out over the first half, in over the second', () => {
    expect(transitionChains({ kind: 'fade-black', frames: 7, tail: 'a', head: 'b', output: 'x', fps: 30 })).toEqual({
      chains: ['[a]trim=end_frame=4,fade=t=out:s=0:n=4[xo]', '[b]trim=start_frame=4,setpts=expr=PTS-STARTPTS,fade=t=in:s=0:n=3[xi]'],
      pieces: ['xo', 'xi'],
    });
  });

  it('still consumes the incoming frame of a one-frame fade through black', () => {
    expect(transitionChains({ kind: 'fade-black', frames: 1, tail: 'a', head: 'b', output: 'x', fps: 30 }).chains).toEqual(['[a]fade=t=out:s=0:n=1[x]', '[b]nullsink']);
  });
});
