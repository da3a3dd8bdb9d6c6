import type { MoodCategory } from '../../../../preload/contract/plan/scene-plan';

export interface MoodStop {
  value: number;
  label: string;
  category: MoodCategory;
}

/**
 * Named stops of the 0–100 mood slider, one in the middle of each planner category (main's
 * planner/moods.ts: surreal trip 0–25, intimate story 25–50, luxury reveal 50–75, high energy
 * 75–100; a shared boundary belongs to the higher category).
 */
export const MOOD_STOPS: readonly MoodStop[] = [
  { value: 12, label: 'Surreal trip', category: 'surreal-trip' },
  { value: 37, label: 'Intimate story', category: 'intimate-story' },
  { value: 62, label: 'Luxury reveal', category: 'luxury-reveal' },
  { value: 88, label: 'High energy', category: 'high-energy' },
];

export const DEFAULT_MOOD = 62;

const LOWER_BOUNDS: readonly [number, MoodCategory][] = [
  [75, 'high-energy'],
  [50, 'luxury-reveal'],
  [25, 'intimate-story'],
  [0, 'surreal-trip'],
];

/** The planner category a slider value falls in (the same ranges as main's planner). */
export function moodCategory(mood: number): MoodCategory {
  const clamped = Math.min(100, Math.max(0, mood));
  return LOWER_BOUNDS.find(([lower]) => clamped >= lower)?.[1] ?? 'surreal-trip';
}

export function moodCategoryLabel(category: MoodCategory): string {
  return MOOD_STOPS.find((s) => s.category === category)?.label ?? category;
}

/** What the slider announces and shows: "Luxury reveal (62)". */
export function moodText(mood: number): string {
  return `${moodCategoryLabel(moodCategory(mood))} (${Math.round(mood)})`;
}

/** The request's mood: a whole number inside 0–100, whatever the input gave. */
export function toRequestMood(value: number): number {
  if (!Number.isFinite(value)) return DEFAULT_MOOD;
  return Math.round(Math.min(100, Math.max(0, value)));
}
