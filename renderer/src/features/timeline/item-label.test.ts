import { describe, expect, it } from 'vitest';
import { ASSET_A, ASSET_B, sampleDoc } from '../../stores/test-support/sample-doc';
import { cardSwatch, videoItemLabel } from './item-label';

describe('videoItemLabel', () => {
  const doc = sampleDoc({
    video: [
      { id: 'i', type: 'card', role: 'intro', durationMs: 1_000, title: 'Meet the Mug ' },
      { id: 'o', type: 'card', role: 'outro', durationMs: 1_000, title: 'Shop now', background: { kind: 'gradient', from: '#112233', to: '#445566' } },
      { id: 'c', type: 'card', durationMs: 1_000 },
      { id: 's', type: 'still', media: { assetId: ASSET_A }, durationMs: 1_000 },
      { id: 'v', type: 'clip', media: { assetId: ASSET_B }, outMs: 1_000 },
      { id: 'p', type: 'clip', media: { path: 'clips/sub\\spin.mp4' }, outMs: 1_000 },
    ],
  });
  const names = (id: string): string | undefined => (id === ASSET_A ? 'mug-front.jpg' : undefined);
  const labels = doc.tracks.video.map((item) => videoItemLabel(item, names));

  it('names cards by role and title, media by file name', () => {
    expect(labels).toEqual(['Intro card: Meet the Mug', 'Outro card: Shop now', 'Card: Untitled', 'mug-front.jpg', 'Missing media', 'spin.mp4']);
  });
  it('colours cards by their background', () => {
    expect(doc.tracks.video.map(cardSwatch)).toEqual(['#111111', '#112233', '#111111', null, null, null]);
  });
});
