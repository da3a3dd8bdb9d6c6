import type { CostEstimateDto, GenerateInput } from '../../preload/contract/dto/generate-dto';
import { assetFilePath } from '../core/media/asset-paths';
import { AppError } from '../core/shared/app-error';
import { loadProject } from '../core/workspace/project-service';
import type { HandlerContext } from './handler-context';
import type { NamespaceHandlers } from './handler-types';
import { notAvailable } from './not-available';

const round6 = (n: number): number => Math.round(n * 1e6) / 1e6;

/** Scene by scene through the provider adapter's own estimateCost (price table + duration snapping). */
function estimate(ctx: HandlerContext, input: GenerateInput): CostEstimateDto {
  const { document } = loadProject(ctx.store, input.projectId);
  const assets = input.scenes.map((scene) => {
    const asset = ctx.store.assets.get(scene.assetId);
    if (asset === undefined) throw new AppError('NOT_FOUND', `asset ${scene.assetId} is not in the library`, { assetId: scene.assetId });
    if (asset.kind !== 'image') throw new AppError('BAD_INPUT', `asset ${scene.assetId} (${asset.originalName}) is a ${asset.kind}; clips are made from images`, { assetId: scene.assetId });
    return asset;
  });
  if (input.provider === 'draft') {
    const items = input.scenes.map((s) => ({ assetId: s.assetId, usd: 0, basis: 'draft motion runs locally with FFmpeg: free', verified: true }));
    return { totalUsd: 0, verified: true, items };
  }
  const provider = ctx.providers(input.provider);
  const model = input.model as string;
  const items = input.scenes.map((scene, i) => {
    const cost = provider.estimateCost({
      kind: 'image-to-video',
      model,
      imagePath: assetFilePath(ctx.dataDir, assets[i] as { id: string; ext: string }),
      durationSec: scene.durationMs / 1000,
      aspect: document.settings.aspect,
      ...(scene.prompt !== undefined && { prompt: scene.prompt }),
      ...(scene.seed !== undefined && { seed: scene.seed }),
      ...(scene.intensity !== undefined && { motion: scene.intensity }),
    });
    return { assetId: scene.assetId, usd: cost.usd, basis: cost.basis, verified: cost.verified };
  });
  return { totalUsd: round6(items.reduce((sum, item) => sum + item.usd, 0)), verified: items.every((item) => item.verified), items };
}

export const generateHandlers: NamespaceHandlers<'generate'> = {
  'generate.estimate': (input, ctx) => estimate(ctx, input),
  // Needs the persistent job queue (core/jobs), which is not written yet.
  'generate.start': () => notAvailable('generate.start'),
};
