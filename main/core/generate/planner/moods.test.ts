import { describe, expect, it } from 'vitest';
import { MOOD_CATEGORIES } from '../../../../preload/contract/plan/scene-plan';
import { CAMERA_MOVES } from '../../../../preload/contract/project/primitives';
import { clampIntensity, moodCategory, moodStyle } from './moods';

describe('moodCategory', () => {
  it('maps the slider to the ranges of seed 001, a shared boundary going up', () => {
    const values = [0, 12, 24.9, 25, 49.99, 50, 74, 75, 99, 100, -5, 140];
    expect(values.map(moodCategory)).toEqual([
      'surreal-trip', 'surreal-trip', 'surreal-trip', 'intimate-story', 'intimate-story', 'luxury-reveal',
      'luxury-reveal', 'high-energy', 'high-energy', 'high-energy', 'surreal-trip', 'high-energy',
    ]);
  });
});

describe('moodStyle', () => {
  it.each(MOOD_CATEGORIES)('%s has a usable style', (category) => {
    const style = moodStyle(category);
    expect(style.category).toBe(category);
    expect(new Set(style.moves).size).toBe(style.moves.length);
    expect(style.moves.length).toBeGreaterThanOrEqual(5);
    for (const move of style.moves) expect(CAMERA_MOVES).toContain(move);
    expect(Object.keys(style.movePhrases).sort()).toEqual([...CAMERA_MOVES].sort());
    expect(0 <= style.intensity.min && style.intensity.min < style.intensity.max && style.intensity.max <= 1).toBe(true);
    expect(style.sceneMs.min < style.sceneMs.target && style.sceneMs.target < style.sceneMs.max).toBe(true);
    expect(style.musicMood).not.toBe('');
  });

  it('carries the seed vocabulary into prompts', () => {
    expect(moodStyle('high-energy').movePhrases['zoom-in']).toBe('crash zoom in');
    expect(moodStyle('luxury-reveal').lighting).toContain('golden hour');
    expect(moodStyle('intimate-story').movePhrases.none).toBe('static shot');
    expect(moodStyle('surreal-trip').lighting).toContain('neon noir');
  });

  it('clamps intensity into the range', () => {
    const style = moodStyle('luxury-reveal');
    expect([0, 0.4, 0.9].map((v) => clampIntensity(style, v))).toEqual([0.3, 0.4, 0.55]);
  });
});
