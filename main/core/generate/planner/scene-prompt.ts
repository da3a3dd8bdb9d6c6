import type { ViewType } from '../../../../preload/contract/plan/scene-plan';
import type { CameraMove } from '../../../../preload/contract/project/primitives';
import type { MoodStyle } from './moods';

/** The contract's limit on a scene prompt (scene-plan.ts). */
const MAX_PROMPT_CHARS = 1000;

/** How each kind of photo is framed; the subject is the product's name or "the product". */
const VIEW_SHOTS: Readonly<Record<ViewType, (subject: string) => string>> = {
  front: (s) => `Hero shot of ${s}, front view, centred in frame`,
  side: (s) => `Side profile of ${s}, its silhouette against a clean background`,
  back: (s) => `Rear view of ${s}, showing the back design`,
  top: (s) => `Top-down overhead shot of ${s}, flat lay composition`,
  detail: (s) => `Extreme close-up macro of ${s}, texture and materials in sharp focus`,
  lifestyle: (s) => `${s.charAt(0).toUpperCase()}${s.slice(1)} in use in a real-life setting`,
};

/**
 * An image-to-video prompt: the shot for the view, the camera move in the mood's words, the
 * mood's light and vocabulary, and the brief's gist so the scene matches the person's idea.
 * The product must stay as photographed: i2v models otherwise redraw logos and shapes.
 */
export function scenePrompt({ view, move, style, productName, gist }: { view: ViewType; move: CameraMove; style: MoodStyle; productName: string | null; gist: string }): string {
  const subject = productName ?? 'the product';
  const parts = [
    VIEW_SHOTS[view](subject),
    style.movePhrases[move],
    style.lighting,
    ...style.vocabulary,
    'the product stays exactly as in the source image',
  ];
  const prompt = `${parts.join(', ')}.`;
  const full = gist === '' ? prompt : `${prompt} Context: ${gist}.`;
  return full.slice(0, MAX_PROMPT_CHARS);
}
