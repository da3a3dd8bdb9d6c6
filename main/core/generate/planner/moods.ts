import type { MoodCategory } from '../../../../preload/contract/plan/scene-plan';
import type { CameraMove } from '../../../../preload/contract/project/primitives';

/** Everything the planners need to know about a mood category. */
export interface MoodStyle {
  category: MoodCategory;
  /** Camera moves in order of preference; variations rotate this list. */
  moves: readonly CameraMove[];
  intensity: { min: number; max: number };
  /** Scene length bounds and the length the pacing aims for. */
  sceneMs: { min: number; target: number; max: number };
  /** Cinematic words added to every prompt of this mood. */
  vocabulary: readonly string[];
  lighting: string;
  /** How each move is described to an image-to-video model in this mood. */
  movePhrases: Readonly<Record<CameraMove, string>>;
  musicMood: string;
  negativePrompt: string;
}

/**
 * Slider ranges from seed 001: surreal trip 0–25, intimate story 25–50, luxury reveal 50–75,
 * high energy 75–100. A shared boundary belongs to the higher category (50 is a luxury reveal).
 */
const LOWER_BOUNDS: readonly [number, MoodCategory][] = [
  [75, 'high-energy'],
  [50, 'luxury-reveal'],
  [25, 'intimate-story'],
  [0, 'surreal-trip'],
];

export function moodCategory(mood: number): MoodCategory {
  const clamped = Math.min(100, Math.max(0, mood));
  for (const [lower, category] of LOWER_BOUNDS) if (clamped >= lower) return category;
  return 'surreal-trip';
}

const NEGATIVE = 'blurry, distorted product, warped logo, extra text, watermark, low quality, deformed hands';

// Seed 001 vocabulary: FPV drone / crash zoom / high contrast; dolly / crane / golden hour;
// static / handheld / natural light; bullet time / spiral zoom / neon noir. Moves map those
// onto the draft-motion moves the editor can render (primitives.ts CAMERA_MOVES).
const STYLES: Readonly<Record<MoodCategory, MoodStyle>> = {
  'high-energy': {
    category: 'high-energy',
    moves: ['push-in', 'zoom-in', 'pan-right', 'pan-left', 'zoom-out'],
    intensity: { min: 0.7, max: 1 },
    sceneMs: { min: 1200, target: 1900, max: 2600 },
    vocabulary: ['high contrast', 'punchy saturated colours', 'fast kinetic energy'],
    lighting: 'hard studio light with crisp specular highlights',
    movePhrases: {
      none: 'locked-off shot with a flash-frame cut', 'zoom-in': 'crash zoom in', 'zoom-out': 'fast whip zoom out',
      'pan-left': 'fast FPV drone sweep to the left', 'pan-right': 'fast FPV drone sweep to the right',
      'pan-up': 'fast FPV drone rise', 'pan-down': 'fast FPV drone dive', 'push-in': 'FPV drone fly-in',
    },
    musicMood: 'driving electronic beat, 120-130 BPM, hard drops',
    negativePrompt: `${NEGATIVE}, static, dull colours`,
  },
  'luxury-reveal': {
    category: 'luxury-reveal',
    moves: ['push-in', 'pan-up', 'zoom-out', 'pan-right', 'pan-left'],
    intensity: { min: 0.3, max: 0.55 },
    sceneMs: { min: 2400, target: 3400, max: 4500 },
    vocabulary: ['elegant cinematic reveal', 'shallow depth of field', 'premium materials'],
    lighting: 'warm golden hour lighting with soft shadows',
    movePhrases: {
      none: 'still, composed frame', 'zoom-in': 'slow zoom in', 'zoom-out': 'slow reveal pulling back',
      'pan-left': 'smooth dolly track to the left', 'pan-right': 'smooth dolly track to the right',
      'pan-up': 'graceful crane up', 'pan-down': 'graceful crane down', 'push-in': 'slow dolly in',
    },
    musicMood: 'elegant orchestral or ambient piano, slow build',
    negativePrompt: `${NEGATIVE}, cheap look, harsh shadows, shaky camera`,
  },
  'intimate-story': {
    category: 'intimate-story',
    moves: ['none', 'zoom-in', 'pan-left', 'pan-right', 'push-in'],
    intensity: { min: 0.15, max: 0.4 },
    sceneMs: { min: 2000, target: 3000, max: 4000 },
    vocabulary: ['authentic everyday moment', 'warm and personal', 'gentle human touch'],
    lighting: 'soft natural window light',
    movePhrases: {
      none: 'static shot', 'zoom-in': 'gentle handheld drift closer', 'zoom-out': 'gentle handheld drift back',
      'pan-left': 'subtle handheld pan to the left', 'pan-right': 'subtle handheld pan to the right',
      'pan-up': 'subtle handheld tilt up', 'pan-down': 'subtle handheld tilt down', 'push-in': 'slow handheld push in',
    },
    musicMood: 'warm acoustic guitar or soft piano, unhurried',
    negativePrompt: `${NEGATIVE}, over-stylised, artificial look`,
  },
  'surreal-trip': {
    category: 'surreal-trip',
    moves: ['zoom-in', 'zoom-out', 'pan-up', 'pan-down', 'push-in'],
    intensity: { min: 0.5, max: 0.85 },
    sceneMs: { min: 2000, target: 2800, max: 3800 },
    vocabulary: ['dreamlike surreal atmosphere', 'floating in space', 'impossible physics'],
    lighting: 'neon noir lighting with magenta and cyan glow',
    movePhrases: {
      none: 'frozen bullet-time moment', 'zoom-in': 'spiral zoom in', 'zoom-out': 'spiral zoom out',
      'pan-left': 'bullet-time orbit to the left', 'pan-right': 'bullet-time orbit to the right',
      'pan-up': 'weightless drift upward', 'pan-down': 'slow dreamy descent', 'push-in': 'hypnotic push through',
    },
    musicMood: 'dreamy synthwave or ambient electronica, spacious reverb',
    negativePrompt: `${NEGATIVE}, mundane, flat lighting`,
  },
};

export function moodStyle(category: MoodCategory): MoodStyle {
  return STYLES[category];
}

/** Keeps an intensity inside the mood's range (the slider is the user's wish). */
export function clampIntensity(style: MoodStyle, intensity: number): number {
  return Math.min(style.intensity.max, Math.max(style.intensity.min, intensity));
}
