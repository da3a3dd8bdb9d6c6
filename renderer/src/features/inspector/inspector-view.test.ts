import { describe, expect, it } from 'vitest';
import { ProjectDocument } from '../../../../preload/contract/project/document';
import { inspectorView } from './inspector-view';

const doc = ProjectDocument.parse({
  schemaVersion: 1,
  settings: { name: 'Fan' },
  tracks: {
    video: [
      { id: 'k', type: 'card', durationMs: 1000 },
      { id: 's', type: 'still', media: { path: 'a.jpg' }, durationMs: 1000 },
      { id: 'c', type: 'clip', media: { path: 'a.mp4' }, outMs: 1000 },
    ],
    overlay: [
      { id: 't', type: 'text', text: 'Hi', startMs: 0, durationMs: 1000 },
      { id: 'i', type: 'image', media: { path: 'b.png' }, startMs: 0, durationMs: 1000 },
    ],
    music: [{ id: 'm', media: { path: 'm.mp3' } }],
    voiceover: [{ id: 'v', media: { path: 'v.wav' } }],
  },
  captions: { cues: [{ id: 'q', startMs: 0, durationMs: 500, text: 'Hi' }] },
});

describe('inspectorView', () => {
  it('shows project settings with nothing selected and a count for several', () => {
    expect(inspectorView(doc, [])).toEqual({ kind: 'project' });
    expect(inspectorView(doc, ['t', 'k', 'm'])).toEqual({ kind: 'many', count: 3, heading: '3 items selected' });
  });
  it('names each kind of item', () => {
    const headings = ['k', 's', 'c', 't', 'i', 'm', 'v', 'q'].map((id) => {
      const view = inspectorView(doc, [id]);
      return view.kind === 'item' ? [view.heading, view.found.index] : view.kind;
    });
    expect(headings).toEqual([
      ['Card', 0],
      ['Still', 1],
      ['Clip', 2],
      ['Text overlay', 0],
      ['Image overlay', 1],
      ['Music', 0],
      ['Voice-over', 0],
      ['Caption', 0],
    ]);
  });
  it('says so when the selected id is gone', () => {
    expect(inspectorView(doc, ['nope'])).toEqual({ kind: 'missing' });
  });
});
