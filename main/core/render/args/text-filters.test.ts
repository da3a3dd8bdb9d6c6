import { describe, expect, it } from 'vitest';
import { drawtextFilter, enableExpr, fadeAlphaExpr, ffColor } from './text-filters';

describe('text filter pieces', () => {
  it('converts colours and builds frame-exact enable and fade expressions', () => {
    expect(ffColor('#1a2b3c80')).toBe('0x1A2B3C80');
    expect(enableExpr({ startFrame: 30, endFrame: 60, fadeInMs: 0, fadeOutMs: 0 }, 30)).toBe('between(t,0.983333,1.983333)');
    expect(fadeAlphaExpr({ startFrame: 30, endFrame: 60, fadeInMs: 0, fadeOutMs: 0 }, 30)).toBeUndefined();
    expect(fadeAlphaExpr({ startFrame: 24, endFrame: 48, fadeInMs: 250, fadeOutMs: 0 }, 24)).toBe('clip((t-1)/0.25,0,1)');
  });

  it('reads the text from a file with expansion off and escapes the paths, with a box and shadow', () => {
    const filter = drawtextFilter({
      draw: {
        textFile: 'text-3.txt',
        fontFile: "C:\\Fonts\\it's.ttf",
        fontSizePx: 40,
        color: '#ffffffff',
        baselineY: 100,
        anchorX: 320,
        align: 'center',
        outline: null,
        shadow: { color: '#00000099', dx: 2, dy: -2 },
        box: { color: '#000000aa', paddingPx: 8 },
        timing: null,
      },
      workDir: '/tmp/work dir',
      fps: 30,
    });
    expect(filter).toBe(
      "drawtext=fontfile=C\\\\:\\\\\\\\Fonts\\\\\\\\it\\\\\\'s.ttf:textfile=/tmp/work\\\\\\ dir/text-3.txt:expansion=none:text_shaping=1:fontsize=40:fontcolor=0xFFFFFFFF:x=320-text_w/2:y=100-ascent:shadowx=2:shadowy=-2:shadowcolor=0x00000099:box=1:boxcolor=0x000000AA:boxborderw=8",
    );
  });
});
