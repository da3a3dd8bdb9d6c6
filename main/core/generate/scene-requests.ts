import type { ProjectSettings } from '../../../preload/contract/project';
import { frameSize } from '../../../preload/contract/project/frame-size';
import type { CameraMove } from '../../../preload/contract/project/primitives';
import { generationCacheKey } from './cache-key';
import { DRAFT_MOTION_MODEL, DRAFT_MOTION_VERSION, type DraftMotionRequest } from './local-provider';
import type { GenerationRequest, ImageToVideoRequest, ModelCapabilities } from './provider';

/** Who makes clips: free local draft motion, or a paid image-to-video service on the user's key. */
export const VIDEO_PROVIDER_IDS = ['local', 'replicate', 'runway'] as const;
export type VideoProviderId = (typeof VIDEO_PROVIDER_IDS)[number];

/** Used when no --model is given: prompt-following models at the low end of their price lists. */
export const DEFAULT_VIDEO_MODELS: Record<VideoProviderId, string> = {
  local: DRAFT_MOTION_MODEL,
  replicate: 'kwaivgi/kling-v2.1',
  runway: 'gen4_turbo',
};

/** One clip to make from one library image (the contract's GenerateSceneInput). */
export interface SceneSpec {
  assetId: string;
  durationMs: number;
  prompt?: string;
  negativePrompt?: string;
  cameraMove?: CameraMove;
  intensity?: number;
  seed?: number;
}

export function imageToVideoRequest(args: { model: string; imagePath: string; scene: SceneSpec; settings: Pick<ProjectSettings, 'aspect'> }): ImageToVideoRequest {
  const { scene } = args;
  return {
    kind: 'image-to-video',
    model: args.model,
    imagePath: args.imagePath,
    durationSec: scene.durationMs / 1000,
    aspect: args.settings.aspect,
    ...(scene.prompt !== undefined && { prompt: scene.prompt }),
    ...(scene.negativePrompt !== undefined && { negativePrompt: scene.negativePrompt }),
    ...(scene.intensity !== undefined && { motion: scene.intensity }),
    ...(scene.seed !== undefined && { seed: scene.seed }),
  };
}

/** The free stand-in: the project's frame size and rate, the planned camera move. */
export function draftMotionRequest(args: { imagePath: string; scene: SceneSpec; settings: Pick<ProjectSettings, 'aspect' | 'resolution' | 'fps'> }): DraftMotionRequest {
  const { scene, settings } = args;
  const { width, height } = frameSize(settings.aspect, settings.resolution);
  return {
    kind: 'draft-motion',
    model: DRAFT_MOTION_MODEL,
    imagePath: args.imagePath,
    move: scene.cameraMove ?? 'zoom-in',
    intensity: scene.intensity ?? 0.5,
    easing: 'ease-in-out',
    durationMs: scene.durationMs,
    fps: settings.fps,
    width,
    height,
    framing: 'cover',
  };
}

/** The version a provider pins for a model (Replicate community models), else null. */
export function modelVersionOf(models: readonly ModelCapabilities[], model: string): string | null {
  if (model === DRAFT_MOTION_MODEL) return DRAFT_MOTION_VERSION;
  const found = models.find((m) => m.model === model);
  const version = found && 'version' in found ? (found as { version?: unknown }).version : undefined;
  return typeof version === 'string' ? version : null;
}

/** The content address of a request; the local image path is not part of it, the image's hash is. */
export function requestCacheKey(args: { provider: string; request: GenerationRequest | DraftMotionRequest; modelVersion: string | null; sourceAssetId: string | null }): string {
  const { request } = args;
  const { kind: _kind, model: _model, ...rest } = request;
  const parameters: Record<string, unknown> = { ...rest };
  for (const key of ['imagePath', 'prompt', 'text', 'seed']) delete parameters[key];
  const prompt = request.kind === 'speech' ? request.text : 'prompt' in request ? (request.prompt ?? null) : null;
  return generationCacheKey({
    provider: args.provider,
    model: request.model,
    modelVersion: args.modelVersion,
    sourceImageSha256: args.sourceAssetId,
    prompt,
    parameters: { kind: request.kind, ...parameters },
    seed: 'seed' in request && request.seed !== undefined ? request.seed : null,
  });
}

/**
 * "front-replicate-kwaivgi-kling-v2-1-scene-2": the name a generated file gets in the library,
 * led by the product photo it was made from so a person can tell the clips apart.
 */
export function sceneOutputLabel({ sourceName, provider, model, scene }: { sourceName: string; provider: string; model: string; scene: number }): string {
  const base = sourceName.replace(/\.[^.]*$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
  const label = outputLabel(provider, model, `scene-${scene}`);
  return base === '' ? label : `${base}-${label}`;
}

/** "replicate-kwaivgi-kling-v2-1-scene-2": a provider-and-model name for a generated file. */
export function outputLabel(provider: string, model: string, suffix: string): string {
  const slug = `${provider}-${model}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${slug.slice(0, 80)}-${suffix}`;
}
