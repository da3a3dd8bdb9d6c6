import { describe, expect, it } from 'vitest';
import { parseJobInput } from './job-input';

const input = {
  request: { kind: 'image-to-video', model: 'gen4_turbo', imagePath: '/lib/a.png', prompt: 'p', durationSec: 5, aspect: '9:16', seed: 3 },
  sourceAssetId: 'a'.repeat(64),
  modelVersion: null,
  label: 'runway-gen4-turbo-scene-1',
  placement: { track: 'video', itemId: 'scene-1', sceneIndex: 0, durationMs: 5000 },
};

describe('parseJobInput', () => {
  it('reads back what the queue stores', () => {
    expect(parseJobInput('j1', JSON.parse(JSON.stringify(input)))).toEqual(input);
  });

  it('refuses a row it cannot run, naming the job and the field', () => {
    expect(() => parseJobInput('j1', { ...input, request: { ...input.request, kind: 'text-to-song' } })).toThrow(/^job j1 has an input this version cannot run \(request\.kind: /);
    expect(() => parseJobInput('j2', { ...input, label: '' })).toThrow(/job j2 .*label/);
  });
});
