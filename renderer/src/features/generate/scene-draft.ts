import type { GenerateInput, GenerateSceneInput } from '../../../../preload/contract/dto/generate-dto';
import type { VideoProvider } from '../../../../preload/contract/dto/settings-dto';
import type { ScenePlan, ViewType } from '../../../../preload/contract/plan/scene-plan';
import type { CameraMove } from '../../../../preload/contract/project/primitives';
import { defaultModel, isPaid } from './models';

/** One scene as the person edits it before generating. */
export interface SceneDraft {
  /** Stable React key. */
  key: string;
  assetId: string;
  viewType: ViewType | null;
  prompt: string;
  negativePrompt: string;
  cameraMove: CameraMove;
  /** 0 = almost still … 1 = as much motion as the model allows. */
  intensity: number;
  durationMs: number;
  provider: VideoProvider;
  /** The paid provider's model id; ignored for draft motion. */
  model: string;
}

/** The quick path without a plan: main's draft-motion defaults, 3 s per image. */
export const QUICK_SCENE_MS = 3000;
export const DEFAULT_CAMERA_MOVE: CameraMove = 'zoom-in';
export const DEFAULT_INTENSITY = 0.5;
export const MIN_SCENE_MS = 500;
/** GenerateSceneInput's cap. */
export const MAX_SCENE_MS = 60_000;

export function quickScenes(images: readonly { id: string; viewType: ViewType | null }[]): SceneDraft[] {
  return images.map((img) => ({
    key: `quick-${img.id}`,
    assetId: img.id,
    viewType: img.viewType,
    prompt: '',
    negativePrompt: '',
    cameraMove: DEFAULT_CAMERA_MOVE,
    intensity: DEFAULT_INTENSITY,
    durationMs: QUICK_SCENE_MS,
    provider: 'draft',
    model: '',
  }));
}

/** A planned variation as editable scenes; free draft motion first, AI is an upgrade. */
export function scenesFromPlan(plan: ScenePlan, variation: number): SceneDraft[] {
  return plan.scenes.map((s, i) => ({
    key: `plan-${variation}-${i}`,
    assetId: s.assetId,
    viewType: s.viewType,
    prompt: s.prompt,
    negativePrompt: s.negativePrompt ?? '',
    cameraMove: s.cameraMove,
    intensity: s.intensity,
    durationMs: s.durationMs,
    provider: 'draft',
    model: '',
  }));
}

/** The duration field's seconds as whole milliseconds inside the allowed range; null when it is not a number. */
export function secondsToMs(seconds: string): number | null {
  const value = Number(seconds.trim().replace(',', '.'));
  if (seconds.trim() === '' || !Number.isFinite(value)) return null;
  return Math.min(MAX_SCENE_MS, Math.max(MIN_SCENE_MS, Math.round(value * 1000)));
}

const MOVE_WORDS: Readonly<Record<CameraMove, string>> = {
  none: 'steady locked-off shot', 'zoom-in': 'slow zoom in', 'zoom-out': 'slow zoom out', 'pan-left': 'smooth pan to the left',
  'pan-right': 'smooth pan to the right', 'pan-up': 'smooth tilt up', 'pan-down': 'smooth tilt down', 'push-in': 'gentle push in',
};

/** A prompt for a scene that has none (the quick path) when it goes to a model that wants one. */
export function defaultPrompt(viewType: ViewType | null, move: CameraMove): string {
  const view = viewType === null ? 'product shot' : viewType === 'lifestyle' ? 'lifestyle product shot' : `product ${viewType} shot`;
  return `Cinematic ${view}, ${MOVE_WORDS[move]}, soft studio light, sharp detail, product stays unchanged`;
}

export function toSceneInput(scene: SceneDraft): GenerateSceneInput {
  const typed = scene.prompt.trim();
  const prompt = typed !== '' ? typed : isPaid(scene.provider) ? defaultPrompt(scene.viewType, scene.cameraMove) : '';
  const negative = scene.negativePrompt.trim();
  return {
    assetId: scene.assetId,
    durationMs: Math.min(MAX_SCENE_MS, Math.max(MIN_SCENE_MS, Math.round(scene.durationMs))),
    ...(prompt !== '' && { prompt: prompt.slice(0, 1000) }),
    ...(negative !== '' && { negativePrompt: negative.slice(0, 500) }),
    cameraMove: scene.cameraMove,
    intensity: Math.min(1, Math.max(0, scene.intensity)),
  };
}

/** The model a scene is generated with: its own, else the provider's default; none for draft motion. */
export function sceneModel(scene: Pick<SceneDraft, 'provider' | 'model'>): string | undefined {
  if (!isPaid(scene.provider)) return undefined;
  const typed = scene.model.trim();
  return typed !== '' ? typed : defaultModel(scene.provider);
}

/** GenerateInput's cap on scenes per call. */
export const MAX_SCENES_PER_REQUEST = 30;

export interface GenerateRequest {
  input: GenerateInput;
  /** Which scenes of the list the request's scenes are, in order. */
  sceneIndexes: number[];
}

/**
 * generate.estimate / generate.start take one provider and model per call: scenes are grouped
 * by both, groups in the order their first scene appears, scenes in list order inside a group.
 */
export function generateRequests(projectId: string, scenes: readonly SceneDraft[]): GenerateRequest[] {
  const groups = new Map<string, GenerateRequest[]>();
  scenes.forEach((scene, index) => {
    const model = sceneModel(scene);
    const key = `${scene.provider}\u0000${model ?? ''}`;
    const chunks = groups.get(key) ?? [];
    let group = chunks.at(-1);
    if (group === undefined || group.input.scenes.length >= MAX_SCENES_PER_REQUEST) {
      group = { input: { projectId, provider: scene.provider, ...(model !== undefined && { model }), scenes: [] }, sceneIndexes: [] };
      chunks.push(group);
    }
    group.input.scenes.push(toSceneInput(scene));
    group.sceneIndexes.push(index);
    groups.set(key, chunks);
  });
  return [...groups.values()].flat();
}
