import { describe, expect, it } from 'vitest';
import { DEFAULT_MOOD, MOOD_STOPS, moodCategory, moodText, toRequestMood } from './mood';

describe('mood slider mapping', () => {
  it('puts values in the planner categories, a shared boundary going to the higher one', () => {
    expect([0, 24, 25, 49, 50, 74, 75, 100].map(moodCategory)).toEqual([
      'surreal-trip', 'surreal-trip', 'intimate-story', 'intimate-story', 'luxury-reveal', 'luxury-reveal', 'high-energy', 'high-energy',
    ]);
  });

  it('clamps values outside 0–100 to the end categories', () => {
    expect([moodCategory(-5), moodCategory(140)]).toEqual(['surreal-trip', 'high-energy']);
  });

  it('places every named stop inside its own category', () => {
    expect(MOOD_STOPS.map((s) => moodCategory(s.value) === s.category)).toEqual([true, true, true, true]);
  });

  it('describes a value by its category name and number', () => {
    expect([moodText(62), moodText(10.4), moodText(90)]).toEqual(['Luxury reveal (62)', 'Surreal trip (10)', 'High energy (90)']);
  });

  it('sends a whole number within 0–100, and the default for nonsense', () => {
    expect([toRequestMood(33.6), toRequestMood(-1), toRequestMood(101), toRequestMood(Number.NaN)]).toEqual([34, 0, 100, DEFAULT_MOOD]);
  });
});
