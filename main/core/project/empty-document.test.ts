import { describe, expect, it } from 'vitest';
import { ProjectDocument } from '../../../preload/contract/project';
import { AppError } from '../shared/app-error';
import { createEmptyDocument } from './empty-document';

describe('createEmptyDocument', () => {
  it('gives a valid document with defaults and empty tracks', () => {
    const doc = createEmptyDocument({ name: 'Spring sale' });
    expect(doc).toEqual(ProjectDocument.parse({ schemaVersion: 1, settings: { name: 'Spring sale' } }));
    expect(doc.settings).toMatchObject({ name: 'Spring sale', aspect: '9:16', resolution: '1080p', fps: 30, platform: 'generic' });
    expect(doc.tracks).toEqual({ video: [], overlay: [], music: [], voiceover: [] });
  });

  it('takes the given aspect, resolution, fps and platform', () => {
    const doc = createEmptyDocument({ name: 'Wide', aspect: '16:9', resolution: '2160p', fps: 60, platform: 'youtube' });
    expect(doc.settings).toMatchObject({ aspect: '16:9', resolution: '2160p', fps: 60, platform: 'youtube' });
  });

  it('gives independent documents', () => {
    const a = createEmptyDocument({ name: 'a' });
    a.tracks.music.push({ id: 'm', media: { path: 'm.mp3' }, startMs: 0, inMs: 0, volume: 1, fadeInMs: 0, fadeOutMs: 0, loop: true, duckUnderVoice: true });
    expect(createEmptyDocument({ name: 'b' }).tracks.music).toEqual([]);
  });

  it('refuses what the schema refuses, with BAD_INPUT', () => {
    const attempt = (): unknown => createEmptyDocument({ name: 'Tall', aspect: '9:16', resolution: '2160p' });
    expect(attempt).toThrow(AppError);
    expect(attempt).toThrow('new project "Tall" is not a valid Adloom project: settings.resolution: 2160p is only available for 16:9');
    expect(() => createEmptyDocument({ name: ' ' })).toThrow('settings.name: a project needs a name');
  });
});
