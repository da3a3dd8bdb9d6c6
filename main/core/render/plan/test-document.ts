import { ProjectDocument, type MediaRef, type ProjectDocumentInput } from '../../../../preload/contract/project';
import { AppError } from '../../shared/app-error';
import type { MediaResolver, ResolvedMedia } from './render-plan';

/** Media the unit tests of the planner and the argument builder pretend to have. */
export const TEST_MEDIA: Record<string, ResolvedMedia> = {
  '/m/clip.mp4': { path: '/m/clip.mp4', kind: 'video', width: 1280, height: 720, durationMs: 4000, fps: 24, hasAudio: true },
  '/m/silent.mp4': { path: '/m/silent.mp4', kind: 'video', width: 640, height: 480, durationMs: 3000, fps: 60, hasAudio: false },
  '/m/photo.jpg': { path: '/m/photo.jpg', kind: 'image', width: 1000, height: 1500, durationMs: 0, fps: 0, hasAudio: false },
  '/m/logo.png': { path: '/m/logo.png', kind: 'image', width: 400, height: 200, durationMs: 0, fps: 0, hasAudio: false },
  '/m/music.mp3': { path: '/m/music.mp3', kind: 'audio', width: 0, height: 0, durationMs: 2000, fps: 0, hasAudio: true },
  '/m/voice.wav': { path: '/m/voice.wav', kind: 'audio', width: 0, height: 0, durationMs: 1500, fps: 0, hasAudio: true },
};

export const testMedia: MediaResolver = (ref: MediaRef) => {
  const media = 'path' in ref ? TEST_MEDIA[ref.path] : undefined;
  if (!media) throw new AppError('NOT_FOUND', `media ${JSON.stringify(ref)} is not in the library.`);
  return media;
};

/** A small complete ad: card, clip (crossfade), still (cut), text overlay, caption, music, voice. */
export function smallAd(overrides: Partial<ProjectDocumentInput['tracks']> = {}): ProjectDocument {
  return ProjectDocument.parse({
    schemaVersion: 1,
    settings: { name: 'Small ad', aspect: '16:9', resolution: '720p', fps: 30, brand: { logo: { path: '/m/logo.png' } } },
    tracks: {
      video: [
        { id: 'intro', type: 'card', durationMs: 1000, title: 'Hello', background: { kind: 'color', color: '#336699' }, showLogo: true },
        { id: 'clip', type: 'clip', media: { path: '/m/clip.mp4' }, inMs: 500, outMs: 2500, transitionIn: { kind: 'crossfade', durationMs: 500 } },
        { id: 'still', type: 'still', media: { path: '/m/photo.jpg' }, durationMs: 1000, motion: { move: 'zoom-in', intensity: 0.5 } },
      ],
      overlay: [{ id: 'promo', type: 'text', startMs: 600, durationMs: 1000, text: 'Sale: 50% off', position: 'top' }],
      music: [{ id: 'music', media: { path: '/m/music.mp3' }, volume: 0.5 }],
      voiceover: [{ id: 'voice', media: { path: '/m/voice.wav' }, startMs: 1000 }],
      ...overrides,
    },
    captions: { cues: [{ id: 'cap1', startMs: 2000, durationMs: 1000, text: 'Buy now' }] },
  });
}
