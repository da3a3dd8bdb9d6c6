import type { MoodCategory, ViewType } from '../../../../preload/contract/plan/scene-plan';
import type { Platform } from '../../../../preload/contract/project/primitives';
import { fitText } from './brief-text';

/** A line of copy built from the product name (null when the brief names none). */
type Line = (name: string | null) => string;

// No template contains a number, a price or a claim: the only specifics come from the brief.
const HOOKS: Readonly<Record<MoodCategory, readonly Line[]>> = {
  'high-energy': [
    (n) => (n ? `Stop scrolling: meet ${n}` : 'Stop scrolling.'),
    (n) => (n ? `${n}. Zero to wow.` : 'Zero to wow.'),
    (n) => (n ? `Ready for ${n}?` : 'Ready for this?'),
    (n) => (n ? `${n} hits different` : 'This hits different'),
    (n) => (n ? `Your new obsession: ${n}` : 'Your new obsession'),
  ],
  'luxury-reveal': [
    (n) => (n ? `Introducing ${n}` : 'Introducing something rare'),
    (n) => (n ? `${n}, revealed` : 'Revealed at last'),
    () => 'Crafted to be noticed',
    (n) => (n ? `${n}: the art of detail` : 'The art of detail'),
    () => 'Quiet luxury, unveiled',
  ],
  'intimate-story': [
    (n) => (n ? `Meet your new everyday ${n}` : 'Meet your new everyday favourite'),
    () => 'The little things matter',
    (n) => (n ? `Why we love ${n}` : 'Why we love it'),
    (n) => (n ? `A quiet moment with ${n}` : 'A quiet moment, every day'),
    () => 'Made for your everyday',
  ],
  'surreal-trip': [
    () => 'Reality, remixed',
    (n) => (n ? `Step inside ${n}` : 'Step inside the dream'),
    (n) => (n ? `Not a dream. ${n}.` : 'Not a dream.'),
    (n) => (n ? `${n}, beyond gravity` : 'Beyond gravity'),
    () => 'Dream in colour',
  ],
};

const CTAS: Readonly<Record<Platform, readonly Line[]>> = {
  tiktok: [() => 'Tap to shop now', () => 'Get yours today', (n) => (n ? `Shop ${n}` : 'Shop the look')],
  reels: [() => 'Tap to shop now', (n) => (n ? `Shop ${n}` : 'Shop the look'), () => 'Get yours today'],
  shorts: [() => 'Shop now', () => 'Get yours today', (n) => (n ? `Discover ${n}` : 'Discover more')],
  youtube: [(n) => (n ? `Discover ${n} today` : 'Learn more today'), () => 'Shop now', (n) => (n ? `Get ${n} today` : 'Get yours today')],
  'instagram-feed': [() => 'Shop now', () => 'Tap to discover', (n) => (n ? `Get ${n} today` : 'Get yours today')],
  generic: [() => 'Shop now', () => 'Get yours today', (n) => (n ? `Discover ${n}` : 'Discover more')],
};

/** On-screen text for a middle scene when the brief gives no selling point to show. */
const VIEW_OVERLAYS: Readonly<Record<ViewType, string>> = {
  front: 'The one you want',
  side: 'Clean lines',
  back: 'Thought through',
  top: 'From above',
  detail: 'Every detail counts',
  lifestyle: 'Made for real life',
};

const VIEW_VOICEOVER: Readonly<Record<ViewType, string>> = {
  front: 'Take a good look.',
  side: 'Clean lines from every angle.',
  back: 'Thought through, all the way round.',
  top: 'See it from above.',
  detail: 'Look closer: every detail counts.',
  lifestyle: 'Made for real life.',
};

/**
 * The variation's template with the product's name, or its nameless form when the name makes
 * it too long (each variation keeps its own line that way); shortened only as a last resort.
 */
function pick(lines: readonly Line[], { name, variation, maxChars }: { name: string | null; variation: number; maxChars: number }): string {
  const line = lines[variation % lines.length];
  if (line === undefined) return '';
  const named = line(name);
  if (named.length <= maxChars) return named;
  return fitText(line(null), maxChars);
}

export function hookLine({ mood, name, variation, maxChars }: { mood: MoodCategory; name: string | null; variation: number; maxChars: number }): string {
  return pick(HOOKS[mood], { name, variation, maxChars });
}

export function ctaLine({ platform, name, variation, maxChars }: { platform: Platform; name: string | null; variation: number; maxChars: number }): string {
  return pick(CTAS[platform], { name, variation, maxChars });
}

export function viewOverlay(view: ViewType): string {
  return VIEW_OVERLAYS[view];
}

export function viewVoiceover(view: ViewType): string {
  return VIEW_VOICEOVER[view];
}

/** Spoken form of a short line: ends with a full stop unless it already ends a sentence. */
export function asSentence(text: string): string {
  const t = text.trim();
  return t === '' || /[.!?]$/.test(t) ? t : `${t}.`;
}
