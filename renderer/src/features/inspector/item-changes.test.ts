import { describe, expect, it } from 'vitest';
import { Brand } from '../../../../preload/contract/project/settings';
import { TextStyle } from '../../../../preload/contract/project/overlay-track';
import { aspectChanges, assetIdOf, audioTrim, backgroundOfKind, clipTrim, fontChoices, toggledStyle, transitionDurationFor, transitionsMs } from './item-changes';

const ASSET = 'a'.repeat(64);
const brand = Brand.parse({});

describe('toggledStyle', () => {
  it('switches a part on with its default and off to null, leaving the rest alone', () => {
    const style = TextStyle.parse({});
    expect(toggledStyle(style, 'outline', true)).toEqual({ ...style, outline: { color: '#000000', width: 3 } });
    expect(toggledStyle(style, 'shadow', false)).toEqual({ ...style, shadow: null });
    expect(toggledStyle(style, 'box', true).box).toEqual({ color: '#000000aa', padding: 16 });
  });
  it('keeps a part that is already on', () => {
    const style = TextStyle.parse({ outline: { color: '#ff0000', width: 9 } });
    expect(toggledStyle(style, 'outline', true).outline).toEqual({ color: '#ff0000', width: 9 });
  });
});

describe('backgroundOfKind', () => {
  it('carries the colour into a gradient and back', () => {
    const colour = { kind: 'color' as const, color: '#123456' };
    expect(backgroundOfKind({ current: colour, kind: 'gradient', brand, imageAssetId: null })).toEqual({ ok: true, value: { kind: 'gradient', from: '#123456', to: '#ff5a36', angleDeg: 90 } });
    const gradient = { kind: 'gradient' as const, from: '#ff5a36', to: '#000000', angleDeg: 45 };
    expect(backgroundOfKind({ current: gradient, kind: 'color', brand, imageAssetId: null })).toEqual({ ok: true, value: { kind: 'color', color: '#ff5a36' } });
    expect(backgroundOfKind({ current: { kind: 'color', color: '#ff5a36' }, kind: 'gradient', brand, imageAssetId: null })).toEqual({
      ok: true,
      value: { kind: 'gradient', from: '#ff5a36', to: '#1f2937', angleDeg: 90 },
    });
  });
  it('needs an image for an image background', () => {
    const colour = { kind: 'color' as const, color: '#123456' };
    expect(backgroundOfKind({ current: colour, kind: 'image', brand, imageAssetId: null })).toEqual({ ok: false, reason: 'import an image in Media first, then pick it here' });
    expect(backgroundOfKind({ current: colour, kind: 'image', brand, imageAssetId: ASSET })).toEqual({ ok: true, value: { kind: 'image', media: { assetId: ASSET }, framing: 'cover', dim: 0.35 } });
    const image = { kind: 'image' as const, media: { assetId: ASSET }, framing: 'cover' as const, dim: 0.35 };
    expect(backgroundOfKind({ current: image, kind: 'color', brand, imageAssetId: null })).toEqual({ ok: true, value: { kind: 'color', color: '#111111' } });
  });
});

describe('settings helpers', () => {
  it('drops 2160p to 1080p when the aspect is not 16:9', () => {
    expect(aspectChanges('9:16', '2160p')).toEqual({ aspect: '9:16', resolution: '1080p' });
    expect(aspectChanges('16:9', '2160p')).toEqual({ aspect: '16:9' });
    expect(aspectChanges('1:1', '720p')).toEqual({ aspect: '1:1' });
  });
  it('lists bundled fonts, then brand and current fonts once each', () => {
    expect(fontChoices(brand)).toEqual(['Inter', 'DejaVu Sans']);
    expect(fontChoices(Brand.parse({ fonts: { heading: 'Montserrat', body: 'inter' } }), 'Roboto')).toEqual(['Inter', 'DejaVu Sans', 'Montserrat', 'Roboto']);
  });
  it('reads an asset id from a media reference', () => {
    expect([assetIdOf({ assetId: ASSET }), assetIdOf({ path: 'a.png' }), assetIdOf(null)]).toEqual([ASSET, null, null]);
  });
});

describe('transitionDurationFor', () => {
  it('is 0 for a cut, keeps a duration, and gives half a second after a cut', () => {
    expect([transitionDurationFor('cut', 400), transitionDurationFor('crossfade', 400), transitionDurationFor('wipe-left', 0)]).toEqual([0, 400, 500]);
  });
});

describe('trims', () => {
  it('refuses a clip trim that is backwards or past the source', () => {
    expect(clipTrim({ inMs: 1000, outMs: 3000, sourceMs: 5000 })).toEqual({ ok: true, value: { inMs: 1000, outMs: 3000 } });
    expect(clipTrim({ inMs: 3000, outMs: 3000, sourceMs: null })).toEqual({ ok: false, reason: 'the out point must be after the in point (3 s)' });
    expect(clipTrim({ inMs: 0, outMs: 6000, sourceMs: 5500 })).toEqual({ ok: false, reason: 'the source is only 5.5 s long' });
    expect(clipTrim({ inMs: 0, outMs: 600, sourceMs: null, minMs: 700 })).toEqual({ ok: false, reason: 'the clip must play at least 0.7 s: its transitions overlap that much' });
  });
  it('lets audio play to the end of its file', () => {
    expect(audioTrim({ inMs: 500, outMs: null, sourceMs: 10000 })).toEqual({ ok: true, value: { inMs: 500, outMs: undefined } });
    expect(audioTrim({ inMs: 10000, outMs: null, sourceMs: 10000 })).toEqual({ ok: false, reason: 'the sound is only 10 s long' });
    expect(audioTrim({ inMs: 500, outMs: 400, sourceMs: null })).toEqual({ ok: false, reason: 'the out point must be after the in point (0.5 s)' });
  });
});

describe('transitionsMs', () => {
  it('adds the transitions in and out, ignoring the first item\'s transition in', () => {
    const video = [400, 300, 0, 500].map((durationMs) => ({ transitionIn: { durationMs } }));
    expect([0, 1, 2, 3].map((i) => transitionsMs(video, i))).toEqual([300, 300, 500, 500]);
  });
});
