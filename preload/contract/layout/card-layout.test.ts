import { describe, expect, it } from 'vitest';
import { layoutCard } from './card-layout';
import { BUNDLED_FONTS } from './fonts';

const area = { x: 54, y: 96, width: 972, height: 1728 };
const faces = { titleFace: BUNDLED_FONTS.Inter.bold, subtitleFace: BUNDLED_FONTS.Inter.regular };

describe('layoutCard', () => {
  it('stacks logo, title and subtitle as one group centred in the safe area', () => {
    const card = layoutCard({ area, scale: 1, title: 'Shop now', subtitle: 'Today only', hasLogo: true, ...faces });
    // 180 logo + 48 gap + 110 title line + 28 gap + 55 subtitle line = 421 px, centred in 1728 px from y 96.
    expect(card).toEqual({
      logo: { centerX: 540, top: 750, maxWidth: 972, maxHeight: 180 },
      title: { fontSizePx: 88, lines: [{ text: 'Shop now', baselineY: 1065, anchorX: 540, align: 'center' }] },
      subtitle: { fontSizePx: 44, lines: [{ text: 'Today only', baselineY: 1160, anchorX: 540, align: 'center' }] },
    });
  });

  it('scales to the output and leaves out what is empty', () => {
    const card = layoutCard({ area: { x: 0, y: 0, width: 640, height: 360 }, scale: 0.5, title: 'Hi', subtitle: '', hasLogo: false, ...faces });
    expect(card.logo).toBeNull();
    expect(card.subtitle.lines).toEqual([]);
    expect(card.title).toEqual({ fontSizePx: 44, lines: [{ text: 'Hi', baselineY: 197, anchorX: 320, align: 'center' }] });
  });

  it('wraps a long title to the safe width', () => {
    const card = layoutCard({ area, scale: 1, title: 'The lightest running shoe we have ever made', subtitle: '', hasLogo: false, ...faces });
    expect(card.title.lines.map((l) => l.text)).toEqual(['The lightest running', 'shoe we have ever', 'made']);
  });
});
