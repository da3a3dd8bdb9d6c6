import { describe, expect, it } from 'vitest';
import { openDialogOptions, saveDialogOptions } from './dialog-options';

describe('openDialogOptions', () => {
  it('offers photos and clips for media, one or many', () => {
    const one = openDialogOptions({ purpose: 'media', multiple: false });
    expect(one.title).toBe('Add photos and clips');
    expect(one.properties).toEqual(['openFile']);
    expect(one.filters?.map((f) => f.name)).toEqual(['Photos and clips', 'Photos', 'Clips']);
    expect(one.filters?.[0]?.extensions).toContain('png');
    expect(one.filters?.[0]?.extensions).toContain('mp4');
    expect(openDialogOptions({ purpose: 'media', multiple: true }).properties).toEqual(['openFile', 'multiSelections']);
  });

  it('offers audio for music and voice-over, JSON for projects', () => {
    expect(openDialogOptions({ purpose: 'music', multiple: false }).filters).toEqual([{ name: 'Audio', extensions: ['mp3', 'wav', 'm4a', 'aac', 'ogg', 'opus', 'flac', 'aiff'] }]);
    expect(openDialogOptions({ purpose: 'voiceover', multiple: false }).title).toBe('Choose a voice-over recording');
    expect(openDialogOptions({ purpose: 'project', multiple: false }).filters).toEqual([{ name: 'Adloom project', extensions: ['json'] }]);
  });
});

describe('saveDialogOptions', () => {
  it('suggests an MP4 for exports and asks before overwriting', () => {
    expect(saveDialogOptions({ purpose: 'video', defaultName: 'summer-sale.mp4' })).toEqual({
      title: 'Export video',
      defaultPath: 'summer-sale.mp4',
      filters: [{ name: 'MP4 video', extensions: ['mp4'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    expect(saveDialogOptions({ purpose: 'project' }).defaultPath).toBe('project.json');
  });
});
