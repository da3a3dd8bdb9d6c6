import { describe, expect, it } from 'vitest';
import { CardItem, ClipItem, StillItem, Transition, VideoItem } from './video-track';

type Result = { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
const problems = (r: Result): [PropertyKey[], string][] => r.error?.issues.map((i) => [i.path, i.message]) ?? [];
const media = { path: 'media/a.jpg' };

describe('ClipItem', () => {
  it('fills in defaults', () => {
    expect(ClipItem.parse({ id: 'c', type: 'clip', media, outMs: 4000 })).toEqual({
      id: 'c',
      type: 'clip',
      media,
      inMs: 0,
      outMs: 4000,
      framing: 'cover',
      volume: 1,
      transitionIn: { kind: 'cut', durationMs: 0 },
    });
  });

  it('refuses outMs before or equal to inMs at outMs', () => {
    expect(problems(ClipItem.safeParse({ id: 'c', type: 'clip', media, inMs: 3000, outMs: 1000 }))).toEqual([[['outMs'], 'outMs must be after inMs']]);
    expect(problems(ClipItem.safeParse({ id: 'c', type: 'clip', media, inMs: 3000, outMs: 3000 }))).toEqual([[['outMs'], 'outMs must be after inMs']]);
  });

  it('refuses a fractional trim', () => {
    expect(problems(ClipItem.safeParse({ id: 'c', type: 'clip', media, inMs: 0.5, outMs: 1000 }))).toEqual([[['inMs'], 'must be a whole number of milliseconds']]);
  });

  it('needs outMs (a clip has no implicit end)', () => {
    expect(problems(ClipItem.safeParse({ id: 'c', type: 'clip', media }))).toEqual([[['outMs'], 'Invalid input: expected number, received undefined']]);
  });
});

describe('Transition', () => {
  it('defaults to a cut of zero length', () => {
    expect(Transition.parse({})).toEqual({ kind: 'cut', durationMs: 0 });
  });

  it('refuses a cut with a duration at durationMs', () => {
    expect(problems(Transition.safeParse({ kind: 'cut', durationMs: 300 }))).toEqual([[['durationMs'], 'a cut has no duration']]);
  });

  it('accepts the other kinds with a duration', () => {
    expect(Transition.parse({ kind: 'wipe-up', durationMs: 400 })).toEqual({ kind: 'wipe-up', durationMs: 400 });
  });

  it('refuses a cut with a duration inside an item, with the full path', () => {
    const r = StillItem.safeParse({ id: 's', type: 'still', media, durationMs: 2000, transitionIn: { kind: 'cut', durationMs: 100 } });
    expect(problems(r)).toEqual([[['transitionIn', 'durationMs'], 'a cut has no duration']]);
  });
});

describe('StillItem', () => {
  it('fills in a gentle zoom-in by default', () => {
    expect(StillItem.parse({ id: 's', type: 'still', media, durationMs: 2000 })).toEqual({
      id: 's',
      type: 'still',
      media,
      durationMs: 2000,
      motion: { move: 'zoom-in', intensity: 0.5, easing: 'ease-in-out' },
      framing: 'cover',
      transitionIn: { kind: 'cut', durationMs: 0 },
    });
  });

  it('refuses a zero or fractional duration and an intensity above 1', () => {
    expect(StillItem.safeParse({ id: 's', type: 'still', media, durationMs: 0 }).success).toBe(false);
    expect(problems(StillItem.safeParse({ id: 's', type: 'still', media, durationMs: 2000.5 }))).toEqual([[['durationMs'], 'must be a whole number of milliseconds']]);
    expect(StillItem.safeParse({ id: 's', type: 'still', media, durationMs: 2000, motion: { intensity: 1.5 } }).success).toBe(false);
  });
});

describe('CardItem', () => {
  it('fills in defaults', () => {
    expect(CardItem.parse({ id: 'k', type: 'card', durationMs: 1500 })).toEqual({
      id: 'k',
      type: 'card',
      role: 'card',
      durationMs: 1500,
      background: { kind: 'color', color: '#111111' },
      title: '',
      subtitle: '',
      showLogo: false,
      transitionIn: { kind: 'cut', durationMs: 0 },
    });
  });

  it('fills in the defaults of gradient and image backgrounds', () => {
    const gradient = CardItem.parse({ id: 'k', type: 'card', durationMs: 1, background: { kind: 'gradient', from: '#000000', to: '#ffffff' } });
    expect(gradient.background).toEqual({ kind: 'gradient', from: '#000000', to: '#ffffff', angleDeg: 90 });
    const image = CardItem.parse({ id: 'k', type: 'card', durationMs: 1, background: { kind: 'image', media } });
    expect(image.background).toEqual({ kind: 'image', media, framing: 'cover', dim: 0.35 });
  });

  it('refuses a bad colour with its path', () => {
    const r = CardItem.safeParse({ id: 'k', type: 'card', durationMs: 1500, background: { kind: 'color', color: 'red' } });
    expect(problems(r)).toEqual([[['background', 'color'], 'must be a colour like #1a2b3c or #1a2b3cff']]);
    expect(problems(CardItem.safeParse({ id: 'k', type: 'card', durationMs: 1500, titleColor: '#fff' }))).toEqual([
      [['titleColor'], 'must be a colour like #1a2b3c or #1a2b3cff'],
    ]);
  });
});

describe('VideoItem', () => {
  it('picks the kind by type and refuses unknown types at type', () => {
    expect(VideoItem.parse({ id: 'k', type: 'card', durationMs: 1 }).type).toBe('card');
    expect(problems(VideoItem.safeParse({ id: 'x', type: 'gif' })).map(([path]) => path)).toEqual([['type']]);
  });

  it('refuses unknown fields (typos must not be ignored silently)', () => {
    expect(problems(VideoItem.safeParse({ id: 'k', type: 'card', durationMs: 1, duration: 5 }))).toEqual([[[], 'Unrecognized key: "duration"']]);
  });
});
