import type { Aspect, CameraMove, ProjectDocument, Resolution } from '../../../preload/contract/project';
import { CURRENT_SCHEMA_VERSION } from '../../../preload/contract/project';
import { validateDocument } from '../project';

export interface QuickProjectInput {
  images: string[];
  title: string;
  cta: string;
  aspect?: Aspect;
  resolution?: Resolution;
  musicPath?: string;
  voiceoverPath?: string;
  secondsPerImage?: number;
}

/** Moves alternate so consecutive shots never repeat the same motion. */
export const QUICK_MOVES: readonly CameraMove[] = ['zoom-in', 'pan-right', 'zoom-out', 'pan-left', 'push-in', 'pan-up'];
export const QUICK_INTRO_MS = 2000;
export const QUICK_OUTRO_MS = 2500;
export const QUICK_CROSSFADE_MS = 500;

/**
 * The project `adloom quick` renders: an intro card with the title, one draft-motion still per
 * image with crossfades between everything, and the call to action as the outro card. Media is
 * referenced by path, so nothing needs importing first.
 */
export function buildQuickProject(input: QuickProjectInput): ProjectDocument {
  const perImageMs = Math.round((input.secondsPerImage ?? 3) * 1000);
  const fade = { kind: 'crossfade' as const, durationMs: QUICK_CROSSFADE_MS };
  const stills = input.images.map((image, i) => ({
    id: `shot-${i + 1}`,
    type: 'still' as const,
    media: { path: image },
    durationMs: perImageMs,
    motion: { move: QUICK_MOVES[i % QUICK_MOVES.length], intensity: 0.5, easing: 'ease-in-out' as const },
    framing: 'blur' as const,
    transitionIn: fade,
  }));
  const doc = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    settings: { name: input.title, aspect: input.aspect ?? '9:16', resolution: input.resolution ?? '1080p', fps: 30 },
    tracks: {
      video: [
        { id: 'intro', type: 'card', role: 'intro', durationMs: QUICK_INTRO_MS, title: input.title, background: { kind: 'gradient', from: '#1f2937', to: '#111111', angleDeg: 135 } },
        ...stills,
        { id: 'outro', type: 'card', role: 'outro', durationMs: QUICK_OUTRO_MS, title: input.cta, background: { kind: 'color', color: '#ff5a36' }, transitionIn: fade },
      ],
      overlay: [],
      music: input.musicPath ? [{ id: 'music', media: { path: input.musicPath }, volume: 0.8, fadeInMs: 500, fadeOutMs: 1500, loop: true, duckUnderVoice: true }] : [],
      voiceover: input.voiceoverPath ? [{ id: 'voiceover', media: { path: input.voiceoverPath }, startMs: 500 }] : [],
    },
  };
  return validateDocument(doc, { source: 'quick project' });
}
