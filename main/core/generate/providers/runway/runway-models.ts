import type RunwayML from '@runwayml/sdk';
import type { BillableUnits } from '../../prices';
import type { GenerationRequest, ImageToVideoRequest, ModelCapabilities, TextToImageRequest } from '../../provider';
import { nearestRatio } from '../model-params';

type VideoBody = RunwayML.ImageToVideoCreateParams;
type ImageBody = RunwayML.TextToImageCreateParams;

export interface RunwayBodyContext {
  imageUri?: string;
  references?: { uri: string; tag: string }[];
  durationSec?: number;
}

/**
 * Runway models Adloom offers, with the rules of api-protocols.md §1.3/§1.5 and SDK 4.20.1.
 * Other image-to-video models the API accepts (hailuo3, seedance2*, wan3*, …) have their own
 * ratio/duration rules and unconfirmed prices; add them here with their price in prices.ts.
 */
export type RunwayModel = ModelCapabilities &
  (
    | { endpoint: 'image_to_video'; buildBody(req: ImageToVideoRequest, ctx: RunwayBodyContext): VideoBody }
    | { endpoint: 'text_to_image'; ratiosByResolution: Record<'720p' | '1080p', string[]>; buildBody(req: TextToImageRequest, ctx: RunwayBodyContext): ImageBody }
  ) & { billable(req: GenerationRequest, durationSec: number | undefined): BillableUnits };

const GEN4_RATIOS = ['1280:720', '720:1280', '960:960', '832:1104', '1104:832', '1584:672'] as const;
const VEO_RATIOS = ['1280:720', '720:1280', '1920:1080', '1080:1920'] as const;
const ALL_ASPECTS: ModelCapabilities['aspects'] = ['16:9', '9:16', '1:1', '4:5'];
const firstFrame = (uri: string | undefined): { uri: string; position: 'first' }[] => [{ uri: uri ?? '', position: 'first' }];
const text = (s: string | undefined): { promptText?: string } => (s?.trim() ? { promptText: s.trim() } : {});
const seedOf = (s: number | undefined): { seed?: number } => (s !== undefined ? { seed: s } : {});

const gen4Turbo: RunwayModel = {
  provider: 'runway', model: 'gen4_turbo', label: 'Runway Gen-4 Turbo', kind: 'image-to-video', endpoint: 'image_to_video',
  durations: { min: 2, max: 10, step: 1 }, aspects: ALL_ASPECTS, ratios: [...GEN4_RATIOS],
  inputs: { image: 'required', prompt: 'optional', seed: true }, maxPromptChars: 1000, maxImageSide: 2048,
  priceNote: '5 credits/s ($0.05/s)',
  buildBody: (req, ctx) => ({
    model: 'gen4_turbo', promptImage: firstFrame(ctx.imageUri), ratio: nearestRatio(req.aspect, GEN4_RATIOS) as (typeof GEN4_RATIOS)[number],
    ...(ctx.durationSec ? { duration: ctx.durationSec } : {}), ...text(req.prompt), ...seedOf(req.seed),
  }),
  billable: (_req, d) => ({ outputSeconds: d ?? 5 }),
};

const gen45: RunwayModel = {
  provider: 'runway', model: 'gen4.5', label: 'Runway Gen-4.5', kind: 'image-to-video', endpoint: 'image_to_video',
  durations: { min: 2, max: 10, step: 1 }, aspects: ALL_ASPECTS, ratios: [...GEN4_RATIOS],
  inputs: { image: 'required', prompt: 'required', seed: true }, maxPromptChars: 1000, maxImageSide: 2048,
  priceNote: '12 credits/s ($0.12/s)',
  buildBody: (req, ctx) => ({
    model: 'gen4.5', promptImage: firstFrame(ctx.imageUri), ratio: nearestRatio(req.aspect, GEN4_RATIOS) as (typeof GEN4_RATIOS)[number],
    duration: ctx.durationSec ?? 5, promptText: req.prompt?.trim() ?? '', ...seedOf(req.seed),
  }),
  billable: (_req, d) => ({ outputSeconds: d ?? 5 }),
};

function veo(model: 'veo3.1' | 'veo3.1_fast', label: string, priceNote: string): RunwayModel {
  return {
    provider: 'runway', model, label, kind: 'image-to-video', endpoint: 'image_to_video',
    durations: { values: [4, 6, 8] }, aspects: ALL_ASPECTS, ratios: [...VEO_RATIOS],
    inputs: { image: 'required', prompt: 'optional', negativePrompt: true, seed: true }, maxPromptChars: 1000, maxImageSide: 2048,
    priceNote, notes: 'Audio is turned off (the voice-over and music come from the editor).',
    buildBody: (req, ctx) => ({
      model, promptImage: firstFrame(ctx.imageUri), ratio: nearestRatio(req.aspect, VEO_RATIOS) as (typeof VEO_RATIOS)[number],
      duration: (ctx.durationSec ?? 8) as 4 | 6 | 8, audio: false, ...text(req.prompt), ...seedOf(req.seed),
      ...(req.negativePrompt?.trim() ? { negativePrompt: req.negativePrompt.trim() } : {}),
    }),
    billable: (_req, d) => ({ outputSeconds: d ?? 8, withAudio: false }),
  };
}

const IMAGE_RATIOS: Record<'720p' | '1080p', string[]> = {
  '1080p': ['1920:1080', '1080:1920', '1080:1080', '1080:1440', '1440:1080', '1808:768', '2112:912', '1168:880', '1360:768'],
  '720p': ['1280:720', '720:1280', '720:720', '720:960', '960:720', '1680:720'],
};

function gen4Image(model: 'gen4_image' | 'gen4_image_turbo', label: string, priceNote: string): RunwayModel {
  return {
    provider: 'runway', model, label, kind: 'text-to-image', endpoint: 'text_to_image', ratiosByResolution: IMAGE_RATIOS,
    aspects: ALL_ASPECTS, ratios: [...IMAGE_RATIOS['1080p'], ...IMAGE_RATIOS['720p']],
    inputs: { image: model === 'gen4_image_turbo' ? 'required' : 'optional', prompt: 'required', seed: true, maxReferenceImages: 3 },
    maxPromptChars: 1000, maxImageSide: 2048, priceNote,
    notes: 'Reference images are named in the prompt as @tag (3–16 letters, digits or _; starts with a letter).',
    buildBody: (req, ctx) =>
      ({
        model, promptText: req.prompt.trim(), ratio: nearestRatio(req.aspect, IMAGE_RATIOS[req.resolution ?? '1080p']),
        ...(ctx.references?.length ? { referenceImages: ctx.references } : {}), ...seedOf(req.seed),
      }) as ImageBody,
    billable: (req) => ({ images: 1, resolution: req.kind === 'text-to-image' ? (req.resolution ?? '1080p') : '1080p' }),
  };
}

export const RUNWAY_MODELS: readonly RunwayModel[] = [
  gen4Turbo,
  gen45,
  veo('veo3.1', 'Google Veo 3.1 (via Runway)', '20 credits/s without audio ($0.20/s)'),
  veo('veo3.1_fast', 'Google Veo 3.1 Fast (via Runway)', '10 credits/s without audio ($0.10/s)'),
  gen4Image('gen4_image', 'Runway Gen-4 Image', '8 credits per 1080p image, 5 at 720p'),
  gen4Image('gen4_image_turbo', 'Runway Gen-4 Image Turbo', '2 credits per image'),
];
