import { describe, expect, it } from 'vitest';
import { buildQuickProject, QUICK_CROSSFADE_MS } from './quick-project';

describe('buildQuickProject', () => {
  it('puts the title card first, one still per image with alternating moves, the CTA last', () => {
    const doc = buildQuickProject({ images: ['a.png', 'b.jpg', 'c.webp'], title: 'New sneaker', cta: 'Shop now', aspect: '9:16' });
    const video = doc.tracks.video;
    expect(video.map((v) => v.type)).toEqual(['card', 'still', 'still', 'still', 'card']);
    expect(video[0]).toMatchObject({ role: 'intro', title: 'New sneaker', transitionIn: { kind: 'cut', durationMs: 0 } });
    expect(video[4]).toMatchObject({ role: 'outro', title: 'Shop now', transitionIn: { kind: 'crossfade', durationMs: QUICK_CROSSFADE_MS } });
    const moves = video.flatMap((v) => (v.type === 'still' ? [v.motion.move] : []));
    expect(moves).toEqual(['zoom-in', 'pan-right', 'zoom-out']);
    expect(video.filter((v) => v.type === 'still').map((v) => (v.type === 'still' ? v.media : null))).toEqual([{ path: 'a.png' }, { path: 'b.jpg' }, { path: 'c.webp' }]);
    expect(doc.settings).toMatchObject({ aspect: '9:16', resolution: '1080p', fps: 30, name: 'New sneaker' });
    expect(doc.tracks.music).toEqual([]);
  });

  it('adds ducked, looping music and a voice-over when given, and honours seconds per image', () => {
    const doc = buildQuickProject({ images: ['a.png'], title: 'T', cta: 'C', musicPath: 'm.mp3', voiceoverPath: 'v.wav', secondsPerImage: 2.5 });
    expect(doc.tracks.music[0]).toMatchObject({ media: { path: 'm.mp3' }, loop: true, duckUnderVoice: true });
    expect(doc.tracks.voiceover[0]).toMatchObject({ media: { path: 'v.wav' } });
    expect(doc.tracks.video[1]).toMatchObject({ type: 'still', durationMs: 2500 });
  });

  it('refuses what the schema refuses, naming the field', () => {
    expect(() => buildQuickProject({ images: ['a.png'], title: '  ', cta: 'C' })).toThrow(/settings\.name/);
  });
});
