import { describe, expect, it } from 'vitest';
import { alphaOf, normaliseColour, pickerValue, withAlpha, withPickedRgb } from './colour';

describe('normaliseColour', () => {
  it('expands short forms, adds the # and lower-cases', () => {
    expect(['#abc', 'ABC', '#abcd', '#A1B2C3', 'a1b2c3d4', ' #000000 '].map(normaliseColour)).toEqual(['#aabbcc', '#aabbcc', '#aabbccdd', '#a1b2c3', '#a1b2c3d4', '#000000']);
  });
  it('drops an opaque alpha (ff) so the document keeps the plain form', () => {
    expect(normaliseColour('#112233ff')).toBe('#112233');
    expect(normaliseColour('#fffe')).toBe('#ffffffee');
  });
  it('gives null for anything else', () => {
    expect(['', 'red', '#12', '#12345', '#1234567', '#gggggg', 'rgb(0,0,0)'].map(normaliseColour)).toEqual([null, null, null, null, null, null, null]);
  });
});

describe('picker round trip', () => {
  it('shows #rrggbb and keeps the alpha when the picker changes the hue', () => {
    expect(pickerValue('#00000099')).toBe('#000000');
    expect(pickerValue('nope')).toBe('#000000');
    expect(withPickedRgb('#00000099', '#FF0000')).toBe('#ff000099');
    expect(withPickedRgb('#123456', '#ff0000')).toBe('#ff0000');
  });
  it('reads and sets alpha', () => {
    expect(alphaOf('#00000099')).toBe(0x99 / 255);
    expect(alphaOf('#000000')).toBe(1);
    expect(withAlpha('#000000', 0.6)).toBe('#00000099');
    expect(withAlpha('#00000099', 1)).toBe('#000000');
    expect(withAlpha('#abcdef', 0)).toBe('#abcdef00');
  });
});
