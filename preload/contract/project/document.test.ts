import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, ProjectDocument } from './document';
import type { ProjectDocumentInput } from './document';

type Result = { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
const problems = (r: Result): [PropertyKey[], string][] => r.error?.issues.map((i) => [i.path, i.message]) ?? [];
const ASSET = 'b7a9194619dcc041fbda8deff4446850f2b99c9910adee3e987d3dcdf9ce0c53';

/** Every item kind, every background kind and both media reference forms. */
const REALISTIC: ProjectDocumentInput = {
  schemaVersion: 1,
  settings: { name: 'Desk fan ad', aspect: '1:1', resolution: '720p', fps: 25, platform: 'instagram-feed', brand: { logo: { assetId: ASSET } }, budgetUsd: 2.5 },
  tracks: {
    video: [
      { id: 'intro', type: 'card', role: 'intro', durationMs: 1500, background: { kind: 'gradient', from: '#000000', to: '#333333' }, title: 'Breeze', showLogo: true },
      { id: 's1', type: 'still', media: { path: 'fan.jpg' }, durationMs: 2500, motion: { move: 'pan-right' }, transitionIn: { kind: 'crossfade', durationMs: 400 } },
      { id: 'c1', type: 'clip', media: { assetId: ASSET }, inMs: 500, outMs: 3500, volume: 0, framing: 'blur', transitionIn: { kind: 'slide-up', durationMs: 300 } },
      { id: 'mid', type: 'card', durationMs: 1000, background: { kind: 'color', color: '#ffffff' }, title: 'Whisper quiet', titleColor: '#111111' },
      { id: 'outro', type: 'card', role: 'outro', durationMs: 2000, background: { kind: 'image', media: { path: 'room.jpg' }, dim: 0.5 }, title: 'Buy now', subtitle: 'example.com' },
    ],
    overlay: [
      { id: 'o1', type: 'text', text: '3 speeds', startMs: 1100, durationMs: 2000, position: 'top-left', style: { size: 48, outline: { color: '#000000', width: 3 } } },
      { id: 'o2', type: 'image', media: { path: 'badge.png' }, startMs: 0, durationMs: 7000, position: 'bottom-right', scale: 0.1, opacity: 0.8 },
    ],
    music: [{ id: 'm1', media: { path: 'bed.mp3' }, inMs: 1000, outMs: 31000, volume: 0.5, loop: false }],
    voiceover: [{ id: 'v1', media: { path: 'vo.wav' }, startMs: 1200, script: 'Meet Breeze.' }],
  },
  captions: { enabled: false, cues: [{ id: 'k1', startMs: 1200, durationMs: 1500, text: 'Meet Breeze.' }] },
};

describe('ProjectDocument', () => {
  it('writes format version 1', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(1);
  });

  it('parses a complete realistic document with every item kind', () => {
    const doc = ProjectDocument.parse(REALISTIC);
    expect(doc.tracks.video.map((v) => v.type)).toEqual(['card', 'still', 'clip', 'card', 'card']);
    expect(doc.tracks.overlay.map((o) => o.type)).toEqual(['text', 'image']);
    expect(doc.tracks.video[1]).toEqual({
      id: 's1',
      type: 'still',
      media: { path: 'fan.jpg' },
      durationMs: 2500,
      motion: { move: 'pan-right', intensity: 0.5, easing: 'ease-in-out' },
      framing: 'cover',
      transitionIn: { kind: 'crossfade', durationMs: 400 },
    });
    expect(doc.tracks.music[0]).toEqual({ id: 'm1', media: { path: 'bed.mp3' }, startMs: 0, inMs: 1000, outMs: 31000, volume: 0.5, fadeInMs: 0, fadeOutMs: 1500, loop: false, duckUnderVoice: true });
    expect(doc.captions.enabled).toBe(false);
    expect(doc.settings.brand.logo).toEqual({ assetId: ASSET });
  });

  it('round-trips: parse → JSON → parse gives the same document', () => {
    const once = ProjectDocument.parse(REALISTIC);
    const twice = ProjectDocument.parse(JSON.parse(JSON.stringify(once)));
    expect(twice).toEqual(once);
    expect(JSON.stringify(twice)).toBe(JSON.stringify(once));
  });

  it('fills in empty tracks and default captions', () => {
    const doc = ProjectDocument.parse({ schemaVersion: 1, settings: { name: 'x' } });
    expect(doc.tracks).toEqual({ video: [], overlay: [], music: [], voiceover: [] });
    expect(doc.captions.cues).toEqual([]);
    expect(doc.captions.enabled).toBe(true);
  });

  it('gives each document its own default objects (a change to one never leaks into the next)', () => {
    const a = ProjectDocument.parse({ schemaVersion: 1, settings: { name: 'a' }, tracks: { overlay: [{ id: 't', type: 'text', text: 'x', startMs: 0, durationMs: 1 }] } });
    a.tracks.video.push({ id: 'k', type: 'card', role: 'card', durationMs: 1, background: { kind: 'color', color: '#000000' }, title: '', subtitle: '', showLogo: false, transitionIn: { kind: 'cut', durationMs: 0 } });
    a.captions.cues.push({ id: 'c', startMs: 0, durationMs: 1, text: 'x' });
    a.captions.style.size = 10;
    a.settings.brand.colors.primary = '#000000';
    const overlay = a.tracks.overlay[0];
    if (overlay?.type === 'text' && overlay.style.shadow) overlay.style.shadow.dx = 9;
    const b = ProjectDocument.parse({ schemaVersion: 1, settings: { name: 'b' }, tracks: { overlay: [{ id: 't', type: 'text', text: 'x', startMs: 0, durationMs: 1 }] } });
    expect(b.tracks.video).toEqual([]);
    expect(b.captions.cues).toEqual([]);
    expect(b.captions.style.size).toBe(54);
    expect(b.settings.brand.colors.primary).toBe('#ff5a36');
    const shadow = b.tracks.overlay[0]?.type === 'text' ? b.tracks.overlay[0].style.shadow : undefined;
    expect(shadow).toEqual({ color: '#00000099', dx: 2, dy: 2 });
  });

  it('refuses any other schemaVersion at schemaVersion', () => {
    expect(problems(ProjectDocument.safeParse({ schemaVersion: 2, settings: { name: 'x' } }))).toEqual([[['schemaVersion'], 'Invalid input: expected 1']]);
  });

  it('refuses a duplicate id at the second use, across tracks and captions', () => {
    const base = { schemaVersion: 1, settings: { name: 'x' } };
    const inVideo = { ...base, tracks: { video: [{ id: 'a', type: 'card', durationMs: 1 }, { id: 'a', type: 'card', durationMs: 1 }] } };
    expect(problems(ProjectDocument.safeParse(inVideo))).toEqual([[['tracks', 'video', 1, 'id'], 'duplicate id "a"']]);
    const acrossTracks = { ...base, tracks: { video: [{ id: 'a', type: 'card', durationMs: 1 }], music: [{ id: 'a', media: { path: 'm.mp3' } }] } };
    expect(problems(ProjectDocument.safeParse(acrossTracks))).toEqual([[['tracks', 'music', 0, 'id'], 'duplicate id "a"']]);
    const inCaptions = { ...base, tracks: { voiceover: [{ id: 'v', media: { path: 'v.wav' } }] }, captions: { cues: [{ id: 'v', startMs: 0, durationMs: 1, text: 'x' }] } };
    expect(problems(ProjectDocument.safeParse(inCaptions))).toEqual([[['captions', 'cues', 0, 'id'], 'duplicate id "v"']]);
  });

  it('reports nested refinements with their full paths', () => {
    const r = ProjectDocument.safeParse({
      schemaVersion: 1,
      settings: { name: 'x', aspect: '9:16', resolution: '2160p' },
      tracks: {
        video: [
          { id: 'a', type: 'card', durationMs: 1000 },
          { id: 'b', type: 'still', media: { path: 'b.jpg' }, durationMs: 1000, transitionIn: { kind: 'cut', durationMs: 200 } },
          { id: 'c', type: 'clip', media: { path: 'c.mp4' }, inMs: 2000, outMs: 1000 },
        ],
        overlay: [{ id: 'o', type: 'text', text: 'x', startMs: 10.5, durationMs: 100, style: { color: 'white' } }],
      },
    });
    expect(problems(r)).toEqual([
      [['settings', 'resolution'], '2160p is only available for 16:9'],
      [['tracks', 'video', 1, 'transitionIn', 'durationMs'], 'a cut has no duration'],
      [['tracks', 'video', 2, 'outMs'], 'outMs must be after inMs'],
      [['tracks', 'overlay', 0, 'startMs'], 'must be a whole number of milliseconds'],
      [['tracks', 'overlay', 0, 'style', 'color'], 'must be a colour like #1a2b3c or #1a2b3cff'],
    ]);
  });

  it('refuses unknown top-level fields', () => {
    expect(problems(ProjectDocument.safeParse({ schemaVersion: 1, settings: { name: 'x' }, title: 'y' }))).toEqual([[[], 'Unrecognized key: "title"']]);
  });
});
