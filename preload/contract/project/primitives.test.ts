import { describe, expect, it } from 'vitest';
import { AssetId, Color, Fps, Id, MediaRef, Ms, PositiveMs } from './primitives';

const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }): string[] => r.error?.issues.map((i) => i.message) ?? [];

describe('Ms and PositiveMs', () => {
  it('accept whole milliseconds', () => {
    expect(Ms.parse(0)).toBe(0);
    expect(Ms.parse(1500)).toBe(1500);
    expect(PositiveMs.parse(1)).toBe(1);
  });

  it('refuse fractions with a message about whole milliseconds', () => {
    expect(messages(Ms.safeParse(1.5))).toEqual(['must be a whole number of milliseconds']);
    expect(messages(PositiveMs.safeParse(0.5))).toEqual(['must be a whole number of milliseconds']);
  });

  it('refuse negatives, and PositiveMs refuses zero', () => {
    expect(Ms.safeParse(-1).success).toBe(false);
    expect(PositiveMs.safeParse(0).success).toBe(false);
  });
});

describe('Id', () => {
  it('accepts letters, digits, - and _', () => {
    expect(Id.parse('still-1_B')).toBe('still-1_B');
  });

  it('refuses spaces, dots, the empty string and more than 64 characters', () => {
    expect(messages(Id.safeParse('a b'))).toEqual(['may only contain letters, digits, "-" and "_"']);
    expect(Id.safeParse('a.b').success).toBe(false);
    expect(Id.safeParse('').success).toBe(false);
    expect(Id.safeParse('x'.repeat(64)).success).toBe(true);
    expect(Id.safeParse('x'.repeat(65)).success).toBe(false);
  });
});

describe('Color', () => {
  it('accepts #rrggbb and #rrggbbaa in either case', () => {
    for (const c of ['#1a2b3c', '#1A2B3C', '#1a2b3cff']) expect(Color.parse(c)).toBe(c);
  });

  it('refuses short forms, names and missing #', () => {
    for (const c of ['#fff', 'red', '1a2b3c', '#1a2b3', '#1a2b3cf', '#gggggg']) {
      expect(messages(Color.safeParse(c))).toEqual(['must be a colour like #1a2b3c or #1a2b3cff']);
    }
  });
});

describe('AssetId and MediaRef', () => {
  const sha = 'b7a9194619dcc041fbda8deff4446850f2b99c9910adee3e987d3dcdf9ce0c53';

  it('accepts a lowercase sha256 only', () => {
    expect(AssetId.parse(sha)).toBe(sha);
    expect(AssetId.safeParse(sha.toUpperCase()).success).toBe(false);
    expect(AssetId.safeParse(sha.slice(1)).success).toBe(false);
  });

  it('is either an asset id or a path, never both or neither', () => {
    expect(MediaRef.parse({ assetId: sha })).toEqual({ assetId: sha });
    expect(MediaRef.parse({ path: 'media/a.jpg' })).toEqual({ path: 'media/a.jpg' });
    expect(MediaRef.safeParse({ assetId: sha, path: 'a.jpg' }).success).toBe(false);
    expect(MediaRef.safeParse({}).success).toBe(false);
    expect(MediaRef.safeParse({ path: '' }).success).toBe(false);
  });
});

describe('Fps', () => {
  it('accepts the listed rates only', () => {
    expect([24, 25, 30, 50, 60].map((f) => Fps.safeParse(f).success)).toEqual([true, true, true, true, true]);
    expect([23.976, 29.97, 48, 0].map((f) => Fps.safeParse(f).success)).toEqual([false, false, false, false]);
  });
});
