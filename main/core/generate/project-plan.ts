import { z } from 'zod';
import { ScenePlanRequest, ScenePlanResult, type PlanImage, type ViewType } from '../../../preload/contract/plan/scene-plan';
import type { Platform } from '../../../preload/contract/project/primitives';
import { AppError } from '../shared/app-error';
import type { Store } from '../storage/store';
import { loadProject } from '../workspace/project-service';
import type { SceneSpec } from './scene-requests';

/** A project's scene plan, kept in the settings table under `plan:<projectId>` so `generate` can use it. */
export const StoredPlan = z
  .object({
    createdAt: z.string(),
    request: ScenePlanRequest,
    results: z.array(ScenePlanResult).min(1),
  })
  .strict();
export type StoredPlan = z.infer<typeof StoredPlan>;

export const planKey = (projectId: string): string => `plan:${projectId}`;

export function savePlan(store: Store, projectId: string, plan: StoredPlan): StoredPlan {
  store.projects.get(projectId);
  return store.settings.set(planKey(projectId), StoredPlan, plan);
}

export function loadPlan(store: Store, projectId: string): StoredPlan | undefined {
  return store.settings.get(planKey(projectId), StoredPlan);
}

// Images without a view type: the first is taken as the hero (front) shot, the rest as details.
const fallbackView = (index: number): ViewType => (index === 0 ? 'front' : 'detail');

/**
 * The planner request for a project: its images (in the order they were added) with their view
 * types, its platform and aspect, and the brief (the project name when none is given).
 */
export function planRequestForProject(store: Store, projectId: string, opts: { brief?: string; mood?: number; platform?: Platform }): ScenePlanRequest {
  const { document } = loadProject(store, projectId);
  const images: PlanImage[] = store.assets
    .listForProject(projectId)
    .filter((a) => a.kind === 'image')
    .map((a, i) => ({ assetId: a.id, viewType: a.viewType ?? fallbackView(i) }));
  if (images.length === 0) {
    throw new AppError('BAD_INPUT', `project ${projectId} has no images to plan from; add product photos with "adloom media import --project ${projectId} <files>"`, { projectId });
  }
  return {
    images: images.slice(0, 30),
    brief: opts.brief?.trim() || document.settings.name,
    mood: opts.mood ?? 50,
    platform: opts.platform ?? document.settings.platform,
    aspect: document.settings.aspect,
  };
}

/** The scenes `generate` makes from one plan variation. */
export function scenesFromPlan(plan: StoredPlan, variation = 0): SceneSpec[] {
  const result = plan.results.find((r) => r.variation === variation);
  if (!result) throw new AppError('BAD_INPUT', `the stored plan has no variation ${variation} (it has ${plan.results.map((r) => r.variation).join(', ')})`, { field: 'variation' });
  return result.plan.scenes.map((s) => ({
    assetId: s.assetId,
    durationMs: s.durationMs,
    prompt: s.prompt,
    ...(s.negativePrompt !== undefined && { negativePrompt: s.negativePrompt }),
    cameraMove: s.cameraMove,
    intensity: s.intensity,
  }));
}
