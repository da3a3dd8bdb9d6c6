import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProjectAssetDto } from '../../../../preload/contract/dto/asset-dto';
import type { ScenePlanResult } from '../../../../preload/contract/plan/scene-plan';
import { documentActions, resetStore, setStoreApi, useAppStore } from '../../stores';
import { FakeApi, apiError } from '../../stores/test-support/fake-api';
import { documentState, sampleDoc } from '../../stores/test-support/sample-doc';
import { chooseVariation, effectiveScenes, generateClips, loadKeyStatus, planScenes, upgradeJob } from './generate-actions';
import { bindProject, generateState, resetGenerateStore, setGenerate } from './generate-store';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const OUT = 'c'.repeat(64);
const asset = (id: string, name: string, extra: Partial<ProjectAssetDto> = {}): ProjectAssetDto => ({
  id, kind: 'image', ext: 'png', originalName: name, byteSize: 1, width: 8, height: 8, durationMs: null, fps: null, hasAudio: false, hasAlpha: false, rotation: 0,
  codec: null, hasThumbnail: true, provenance: null, createdAt: 't', viewType: null, addedAt: 't', ...extra,
});

const planResult = (variation: number): ScenePlanResult => ({
  variation,
  source: 'local',
  adjustments: [],
  plan: {
    hook: 'h', cta: 'c', moodCategory: 'luxury-reveal', musicMood: '', platform: 'generic', aspect: '9:16', totalDurationMs: 2000,
    scenes: [{ assetId: B, viewType: 'side', prompt: `scene of plan ${variation}`, cameraMove: 'pan-left', intensity: 0.3, durationMs: 2000, overlayText: '', voiceoverScript: '' }],
  },
});

let api: FakeApi;
const toasts = (): string[] => useAppStore.getState().toasts.map((t) => `${t.tone}: ${t.message}`);

beforeEach(() => {
  resetStore();
  resetGenerateStore();
  api = new FakeApi('browser');
  setStoreApi(api);
  documentActions.open(documentState(sampleDoc()));
  useAppStore.setState({ assets: [asset(A, 'front.png'), asset(B, 'side.png', { viewType: 'side' })] });
  bindProject('p1');
});
afterEach(() => setStoreApi(null));

describe('the quick path', () => {
  it('makes one 3 s draft per selected image with one generate.start and remembers the job order', async () => {
    setGenerate({ excluded: { [B]: true } });
    api.handle('generate.start', () => ({ jobIds: ['j1'] }));
    expect(await generateClips()).toEqual(['j1']);
    expect(api.callsOf('generate.start')).toEqual([{ projectId: 'p1', provider: 'draft', scenes: [{ assetId: A, durationMs: 3000, cameraMove: 'zoom-in', intensity: 0.5 }] }]);
    expect(generateState().jobOrder).toEqual({ j1: 0 });
    expect(toasts()).toEqual(['info: 1 clip is being made.']);
  });

  it('says which part failed and how many were already queued', async () => {
    setGenerate({ chosen: 0, scenes: [...effectiveScenes(), { ...effectiveScenes()[1]!, key: 'x', provider: 'runway', model: 'gen4_turbo' }], keys: { runway: true } });
    api.handle('generate.start', (input) => {
      if (input.provider === 'runway') throw apiError('generate.start', { code: 'BUDGET_EXCEEDED', message: 'this would go over the $1.00 budget' });
      return { jobIds: ['j1', 'j2'] };
    });
    expect(await generateClips()).toEqual(['j1', 'j2']);
    expect(toasts()).toEqual(['error: Generating clips failed (2 already queued): this would go over the $1.00 budget']);
    expect(generateState().starting).toBe(false);
  });

  it('refuses a paid scene without a key before calling main', async () => {
    setGenerate({ chosen: 0, scenes: [{ ...effectiveScenes()[0]!, provider: 'replicate', model: 'kwaivgi/kling-v2.1' }] });
    expect(await generateClips()).toEqual([]);
    expect(api.callsOf('generate.start')).toEqual([]);
    expect(toasts()).toEqual(['error: No Replicate key is set: add one in Settings or use draft motion.']);
  });
});

describe('planning', () => {
  it('sends the selection, brief, mood and the project’s platform and aspect, and uses a single plan at once', async () => {
    setGenerate({ brief: 'A quiet fan', mood: 80, excluded: { [A]: true } });
    api.handle('plan.create', () => [planResult(0)]);
    await planScenes();
    expect(api.callsOf('plan.create')).toEqual([{ request: { images: [{ assetId: B, viewType: 'side' }], brief: 'A quiet fan', mood: 80, platform: 'generic', aspect: '9:16' }, variations: 1 }]);
    expect(generateState()).toMatchObject({ planning: false, chosen: 0, scenes: [{ assetId: B, prompt: 'scene of plan 0', provider: 'draft' }] });
  });

  it('shows several variations for choosing, then edits the chosen one', async () => {
    setGenerate({ brief: 'b', variations: 2 });
    api.handle('plan.create', () => [planResult(0), planResult(1)]);
    await planScenes();
    expect(generateState().chosen).toBeNull();
    chooseVariation(1);
    expect(generateState().scenes.map((s) => s.prompt)).toEqual(['scene of plan 1']);
  });

  it('explains a missing brief without calling the planner, and a planner failure after', async () => {
    await planScenes();
    expect(generateState().planError).toBe('Write a short brief: what the product is and what the ad should say.');
    setGenerate({ brief: 'b' });
    api.handle('plan.create', () => {
      throw apiError('plan.create', { code: 'BAD_INPUT', message: 'images.0.viewType: invalid' });
    });
    await planScenes();
    expect(generateState()).toMatchObject({ planning: false, planError: 'Planning failed: images.0.viewType: invalid' });
    expect(api.callsOf('plan.create')).toHaveLength(1);
  });
});

describe('keys and upgrades', () => {
  it('learns which providers have a key', async () => {
    api.handle('keys.status', () => [
      { provider: 'replicate', configured: true, source: 'env' },
      { provider: 'runway', configured: false, source: 'env' },
      { provider: 'elevenlabs', configured: false, source: 'env' },
    ]);
    await loadKeyStatus();
    expect(generateState().keys).toEqual({ replicate: true, runway: false, elevenlabs: false });
  });

  it('re-queues a draft’s scene with the chosen paid model at the draft’s length', async () => {
    useAppStore.setState((s) => ({ assets: [...s.assets, { ...asset(OUT, 'draft.mp4'), kind: 'video', durationMs: 3000 }] }));
    setGenerate({ keys: { runway: true }, upgrade: { provider: 'runway', model: 'gen4.5' } });
    api.handle('generate.start', () => ({ jobIds: ['up1'] }));
    await upgradeJob({ sourceAssetId: B, outputAssetId: OUT });
    expect(api.callsOf('generate.start')).toEqual([
      {
        projectId: 'p1', provider: 'runway', model: 'gen4.5',
        scenes: [{ assetId: B, durationMs: 3000, cameraMove: 'zoom-in', intensity: 0.5, prompt: 'Cinematic product side shot, slow zoom in, soft studio light, sharp detail, product stays unchanged' }],
      },
    ]);
  });
});
