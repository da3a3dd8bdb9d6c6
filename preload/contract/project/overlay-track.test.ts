import { describe, expect, it } from 'vitest';
import { Captions, Overlay, TextStyle } from './overlay-track';

type Result = { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
const problems = (r: Result): [PropertyKey[], string][] => r.error?.issues.map((i) => [i.path, i.message]) ?? [];

const DEFAULT_STYLE = {
  font: 'Inter',
  weight: 'bold',
  size: 64,
  color: '#ffffff',
  outline: null,
  shadow: { color: '#00000099', dx: 2, dy: 2 },
  box: null,
  align: 'center',
};

describe('TextOverlay', () => {
  it('fills in position, fades and the default text style', () => {
    expect(Overlay.parse({ id: 't', type: 'text', text: 'Hi', startMs: 0, durationMs: 1000 })).toEqual({
      id: 't',
      type: 'text',
      text: 'Hi',
      startMs: 0,
      durationMs: 1000,
      position: 'bottom',
      animation: { fadeInMs: 250, fadeOutMs: 250 },
      style: DEFAULT_STYLE,
    });
  });

  it('refuses empty text, a bad colour and a fractional start with their paths', () => {
    const r = Overlay.safeParse({ id: 't', type: 'text', text: '', startMs: 0.5, durationMs: 1000, style: { color: '#12345' } });
    expect(problems(r).map(([p]) => p)).toEqual([['startMs'], ['text'], ['style', 'color']]);
  });

  it('refuses an off-list position', () => {
    expect(problems(Overlay.safeParse({ id: 't', type: 'text', text: 'x', startMs: 0, durationMs: 1, position: 'middle' })).map(([p]) => p)).toEqual([['position']]);
  });
});

describe('ImageOverlay', () => {
  it('fills in scale and opacity', () => {
    const o = Overlay.parse({ id: 'i', type: 'image', media: { path: 'logo.png' }, startMs: 0, durationMs: 500 });
    expect(o).toEqual({
      id: 'i',
      type: 'image',
      media: { path: 'logo.png' },
      startMs: 0,
      durationMs: 500,
      position: 'bottom',
      animation: { fadeInMs: 250, fadeOutMs: 250 },
      scale: 0.2,
      opacity: 1,
    });
  });

  it('refuses a scale below 2% and an opacity above 1', () => {
    const r = Overlay.safeParse({ id: 'i', type: 'image', media: { path: 'l.png' }, startMs: 0, durationMs: 1, scale: 0.01, opacity: 2 });
    expect(problems(r).map(([p]) => p)).toEqual([['scale'], ['opacity']]);
  });
});

describe('TextStyle', () => {
  it('refuses a bad outline colour at outline.color', () => {
    expect(problems(TextStyle.safeParse({ outline: { color: 'black', width: 2 } }))).toEqual([[['outline', 'color'], 'must be a colour like #1a2b3c or #1a2b3cff']]);
  });
});

describe('Captions', () => {
  it('defaults to enabled, bottom, boxed 54 px text and no cues', () => {
    expect(Captions.parse({})).toEqual({
      enabled: true,
      style: { ...DEFAULT_STYLE, size: 54, box: { color: '#000000aa', padding: 16 } },
      position: 'bottom',
      cues: [],
    });
  });

  it('refuses a cue without duration at its path', () => {
    expect(problems(Captions.safeParse({ cues: [{ id: 'c', startMs: 0, text: 'x' }] })).map(([p]) => p)).toEqual([['cues', 0, 'durationMs']]);
  });
});
