import type { ProjectDocument } from '../../../preload/contract/project';
import { cachedOutput, type EnqueueOutcome, type NewJobSpec } from '../jobs/enqueue';
import type { JobQueue } from '../jobs/job-queue';
import type { AssetRecord } from '../media/asset';
import { assetFilePath } from '../media/asset-paths';
import { AppError } from '../shared/app-error';
import type { Store } from '../storage/store';
import { loadProject } from '../workspace/project-service';
import { effectiveBudgetUsd, remainingBudgetUsd } from './cost/budget';
import { estimateRequest, PRICE_OVERRIDES_KEY, PriceOverrides } from './cost/price-overrides';
import { LOCAL_PROVIDER_ID } from './local-provider';
import type { Provider, ProviderId } from './provider';
import {
  DEFAULT_VIDEO_MODELS, draftMotionRequest, imageToVideoRequest, modelVersionOf, requestCacheKey, sceneOutputLabel, type SceneSpec, type VideoProviderId,
} from './scene-requests';

export interface GenerationDeps {
  store: Store;
  dataDir: string;
  providers: (id: ProviderId) => Provider;
  /** The app-wide cap (AppSettings.projectBudgetUsd) for projects without their own. */
  appBudgetUsd?: number | null;
}

export interface GenerateScenesInput {
  projectId: string;
  provider: VideoProviderId;
  /** Defaults to DEFAULT_VIDEO_MODELS[provider]. */
  model?: string;
  scenes: readonly SceneSpec[];
  /** Put each finished clip on the project's video track in scene order (the CLI does; the editor places clips itself). */
  place?: boolean;
}

export interface EstimateItem {
  sceneIndex: number;
  assetId: string;
  usd: number;
  basis: string;
  verified: boolean;
  /** Made before with the same inputs: reused for free. */
  cached: boolean;
}

export interface GenerationEstimate {
  provider: VideoProviderId;
  model: string;
  items: EstimateItem[];
  totalUsd: number;
  verified: boolean;
  budgetUsd: number | null;
  /** Spent plus still-running estimates in this project (CostTotals.committedUsd). */
  committedUsd: number;
  remainingUsd: number | null;
  withinBudget: boolean;
}

const round6 = (n: number): number => Math.round(n * 1e6) / 1e6;

function sourceImage(store: Store, assetId: string): AssetRecord {
  const asset = store.assets.get(assetId);
  if (asset === undefined) throw new AppError('NOT_FOUND', `asset ${assetId} is not in the library`, { assetId });
  if (asset.kind !== 'image') throw new AppError('BAD_INPUT', `asset ${assetId} (${asset.originalName}) is a ${asset.kind}; clips are made from images`, { assetId });
  return asset;
}

export function priceOverrides(store: Store): PriceOverrides {
  return store.settings.get(PRICE_OVERRIDES_KEY, PriceOverrides) ?? {};
}

/** One job spec per scene: request, estimate (the user's prices first), cache key, provenance fields. */
export function buildSceneJobs(deps: GenerationDeps, input: GenerateScenesInput, document: ProjectDocument): NewJobSpec[] {
  if (input.scenes.length === 0) throw new AppError('BAD_INPUT', `nothing to generate for project ${input.projectId}: no scenes`, { field: 'scenes' });
  const model = input.model ?? DEFAULT_VIDEO_MODELS[input.provider];
  const local = input.provider === LOCAL_PROVIDER_ID;
  const remote = local ? null : deps.providers(input.provider as ProviderId);
  const overrides = priceOverrides(deps.store);
  const modelVersion = modelVersionOf(remote?.models ?? [], model);
  return input.scenes.map((scene, sceneIndex) => {
    const image = sourceImage(deps.store, scene.assetId);
    const imagePath = assetFilePath(deps.dataDir, image);
    const request = remote
      ? imageToVideoRequest({ model, imagePath, scene, settings: document.settings })
      : draftMotionRequest({ imagePath, scene, settings: document.settings });
    const estimate = remote && request.kind === 'image-to-video'
      ? estimateRequest({ provider: remote, request, overrides })
      : { usd: 0, basis: 'draft motion runs locally with FFmpeg: free', verified: true };
    return {
      projectId: input.projectId,
      kind: local ? 'draft-motion' : 'image-to-video',
      provider: input.provider,
      model,
      estimate,
      cacheKey: requestCacheKey({ provider: input.provider, request, modelVersion, sourceAssetId: image.id }),
      input: {
        request,
        sourceAssetId: image.id,
        modelVersion,
        label: sceneOutputLabel({ sourceName: image.originalName, provider: input.provider, model, scene: sceneIndex + 1 }),
        ...(input.place && { placement: { track: 'video' as const, itemId: `scene-${sceneIndex + 1}`, sceneIndex, durationMs: scene.durationMs } }),
      },
    } satisfies NewJobSpec;
  });
}

/** The budget that applies to a project and what the ledger says is spent or committed there. */
export function budgetState(deps: GenerationDeps, projectId: string, document: ProjectDocument): { budgetUsd: number | null; committedUsd: number } {
  const budgetUsd = effectiveBudgetUsd(document.settings.budgetUsd, deps.appBudgetUsd);
  return { budgetUsd, committedUsd: deps.store.ledger.totalsForProject(projectId).committedUsd };
}

/** Costs scene by scene before anything is paid; cached scenes cost nothing. */
export function estimateSpecs(deps: GenerationDeps, specs: readonly NewJobSpec[], document: ProjectDocument): Omit<GenerationEstimate, 'provider' | 'model'> {
  const projectId = specs[0]?.projectId ?? '';
  const items = specs.map((spec, sceneIndex) => {
    const cached = cachedOutput(deps.store, deps.dataDir, spec.cacheKey) !== undefined;
    return { sceneIndex, assetId: spec.input.sourceAssetId ?? '', usd: cached ? 0 : spec.estimate.usd, basis: cached ? 'made before with the same inputs: reused, free' : spec.estimate.basis, verified: cached || spec.estimate.verified, cached };
  });
  const totalUsd = round6(items.reduce((sum, i) => sum + i.usd, 0));
  const { budgetUsd, committedUsd } = budgetState(deps, projectId, document);
  const remainingUsd = remainingBudgetUsd(budgetUsd, committedUsd);
  return { items, totalUsd, verified: items.every((i) => i.verified), budgetUsd, committedUsd, remainingUsd, withinBudget: remainingUsd === null || totalUsd <= remainingUsd + 1e-9 };
}

export function estimateGeneration(deps: GenerationDeps, input: GenerateScenesInput): GenerationEstimate {
  const { document } = loadProject(deps.store, input.projectId);
  const specs = buildSceneJobs(deps, input, document);
  return { provider: input.provider, model: specs[0]?.model ?? '', ...estimateSpecs(deps, specs, document) };
}

/** Checks the budget and queues one job per scene (rows before any remote call); cached scenes finish at once. */
export function startGeneration(deps: GenerationDeps, queue: JobQueue, input: GenerateScenesInput): EnqueueOutcome {
  const { document } = loadProject(deps.store, input.projectId);
  const specs = buildSceneJobs(deps, input, document);
  const { budgetUsd } = budgetState(deps, input.projectId, document);
  return queue.enqueue(specs, { budget: { projectId: input.projectId, budgetUsd } });
}
