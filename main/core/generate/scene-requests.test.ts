import { describe, expect, it } from 'vitest';
import type { ModelCapabilities } from './provider';
import { draftMotionRequest, imageToVideoRequest, modelVersionOf, outputLabel, requestCacheKey, sceneOutputLabel } from './scene-requests';

const scene = { assetId: 'a'.repeat(64), durationMs: 4000, prompt: 'orbit', cameraMove: 'pan-left' as const, intensity: 0.3, seed: 9 };

describe('scene requests', () => {
  it('builds the image-to-video request from a scene and the project aspect', () => {
    expect(imageToVideoRequest({ model: 'm', imagePath: '/lib/a.png', scene, settings: { aspect: '1:1' } })).toEqual({
      kind: 'image-to-video', model: 'm', imagePath: '/lib/a.png', durationSec: 4, aspect: '1:1', prompt: 'orbit', motion: 0.3, seed: 9,
    });
  });

  it('builds the draft-motion request at the project frame size and rate', () => {
    expect(draftMotionRequest({ imagePath: '/lib/a.png', scene: { assetId: scene.assetId, durationMs: 1500 }, settings: { aspect: '9:16', resolution: '720p', fps: 25 } })).toEqual({
      kind: 'draft-motion', model: 'draft-motion', imagePath: '/lib/a.png', move: 'zoom-in', intensity: 0.5, easing: 'ease-in-out', durationMs: 1500, fps: 25, width: 720, height: 1280, framing: 'cover',
    });
  });

  it('keys a request by the image hash, not by where the image file lives', () => {
    const at = (imagePath: string) => imageToVideoRequest({ model: 'm', imagePath, scene, settings: { aspect: '1:1' } });
    const key = (imagePath: string, sourceAssetId = scene.assetId) => requestCacheKey({ provider: 'replicate', request: at(imagePath), modelVersion: null, sourceAssetId });
    expect(key('/one/a.png')).toBe(key('/two/a.png'));
    expect(key('/one/a.png')).not.toBe(key('/one/a.png', 'b'.repeat(64)));
    expect(requestCacheKey({ provider: 'runway', request: at('/one/a.png'), modelVersion: null, sourceAssetId: scene.assetId })).not.toBe(key('/one/a.png'));
  });

  it('finds a pinned model version and names outputs', () => {
    const models = [{ model: 'x/svd', version: 'abc123' }, { model: 'y/kling' }] as unknown as ModelCapabilities[];
    expect(modelVersionOf(models, 'x/svd')).toBe('abc123');
    expect(modelVersionOf(models, 'y/kling')).toBeNull();
    expect(modelVersionOf([], 'draft-motion')).toBe('1');
    expect(outputLabel('replicate', 'kwaivgi/kling-v2.1', 'scene-2')).toBe('replicate-kwaivgi-kling-v2-1-scene-2');
    expect(sceneOutputLabel({ sourceName: 'Front View.JPG', provider: 'local', model: 'draft-motion', scene: 1 })).toBe('front-view-local-draft-motion-scene-1');
    expect(sceneOutputLabel({ sourceName: '.png', provider: 'runway', model: 'gen4_turbo', scene: 3 })).toBe('runway-gen4-turbo-scene-3');
  });
});
