import { describe, expect, it } from 'vitest';
import { BUNDLED_FONTS } from './fonts';
import { estimateTextWidth, wrapText } from './text-wrap';

const inter = BUNDLED_FONTS.Inter.regular;

describe('estimateTextWidth', () => {
  it('counts capitals and digits wider than lower case, and emoji as one em', () => {
    expect(estimateTextWidth({ text: 'Aa 1', fontSizePx: 100, face: inter })).toBeCloseTo(68 + 55 + 28 + 68);
    expect(estimateTextWidth({ text: '🎉', fontSizePx: 100, face: inter })).toBeCloseTo(100);
  });
});

describe('wrapText', () => {
  it('wraps greedily at spaces to the width', () => {
    // At 100 px "aaaa" is estimated at 220 px and a space at 28 px: two words fit in 500 px, three do not.
    expect(wrapText({ text: 'aaaa aaaa aaaa', fontSizePx: 100, maxWidthPx: 500, face: inter })).toEqual(['aaaa aaaa', 'aaaa']);
  });

  it('keeps the text’s own line breaks (CRLF too) and blank lines', () => {
    expect(wrapText({ text: 'one\r\ntwo\n\nthree', fontSizePx: 10, maxWidthPx: 1000, face: inter })).toEqual(['one', 'two', '', 'three']);
  });

  it('breaks a word wider than the line by code points, never inside an emoji', () => {
    expect(wrapText({ text: 'aaaaaa🎉🎉', fontSizePx: 100, maxWidthPx: 250, face: inter })).toEqual(['aaaa', 'aa🎉', '🎉']);
  });

  it('leaves text that fits alone, spaces included', () => {
    expect(wrapText({ text: 'Hi  there', fontSizePx: 10, maxWidthPx: 1000, face: inter })).toEqual(['Hi  there']);
  });
});
