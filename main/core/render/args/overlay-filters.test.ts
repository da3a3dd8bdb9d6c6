import { describe, expect, it } from 'vitest';
import type { PlanOverlay } from '../plan/render-plan';
import { InputList } from './input-list';
import { overlayChains } from './overlay-filters';

describe('overlayChains', () => {
  it('groups text lines into one chain and blends an image only over its own frames, with fades and opacity', () => {
    const draw = { fontFile: '/f.ttf', fontSizePx: 20, color: '#ff0000ff', baselineY: 50, anchorX: 10, align: 'left' as const, outline: { color: '#000000ff', widthPx: 2 }, shadow: null, box: null, timing: null };
    const overlays: PlanOverlay[] = [
      { kind: 'text', id: 't1', lines: [{ ...draw, textFile: 'a.txt' }, { ...draw, textFile: 'b.txt', align: 'right' }] },
      { kind: 'image', id: 'logo', path: '/m/logo.png', widthPx: 64, heightPx: 32, x: 10, y: 20, opacity: 0.5, timing: { startFrame: 30, endFrame: 90, fadeInMs: 500, fadeOutMs: 0 } },
    ];
    const inputs = new InputList();
    expect(overlayChains({ overlays, input: 'joined', ctx: { fps: 30, workDir: '/w', inputs } })).toEqual({
      chains: [
        '[joined]drawtext=fontfile=/f.ttf:textfile=/w/a.txt:expansion=none:text_shaping=1:fontsize=20:fontcolor=0xFF0000FF:x=10:y=50-ascent:borderw=2:bordercolor=0x000000FF,drawtext=fontfile=/f.ttf:textfile=/w/b.txt:expansion=none:text_shaping=1:fontsize=20:fontcolor=0xFF0000FF:x=10-text_w:y=50-ascent:borderw=2:bordercolor=0x000000FF[txt0]',
        '[0:v]scale=w=64:h=32:flags=bicubic,format=pix_fmts=yuva420p,lut=a=val*0.5,loop=loop=59:size=1,settb=expr=1/30,setpts=expr=N+30,fade=t=in:st=1:d=0.5:alpha=1[img1]',
        '[txt0][img1]overlay=x=10:y=20:eof_action=pass[ov1]',
      ],
      output: 'ov1',
    });
    expect(inputs.toArgs()).toEqual(['-i', '/m/logo.png']);
  });
});
