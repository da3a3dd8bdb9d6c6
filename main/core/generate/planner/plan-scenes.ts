import type { ScenePlanResult } from '../../../../preload/contract/plan/scene-plan';
import { planWithLlm } from './llm-planner';
import type { CompleteFn } from './llm-planner';
import { buildLocalPlan } from './local-planner';
import { checkVariations, resolveRequest } from './resolve-request';

/**
 * The scene planner's entry: with `complete` (a Replicate key is set) the LLM plans and the
 * local planner stands in for unusable replies; without it the local planner plans offline.
 * Throws AppError BAD_INPUT for an invalid request or variation count.
 */
export async function planScenes({ request, complete, variations = 1 }: { request: unknown; complete?: CompleteFn; variations?: number }): Promise<ScenePlanResult[]> {
  checkVariations(variations);
  if (complete !== undefined) return planWithLlm({ complete, request, variations });
  const resolved = resolveRequest(request);
  return Array.from({ length: variations }, (_, variation) => ({ variation, source: 'local' as const, adjustments: [], plan: buildLocalPlan(resolved, variation) }));
}
