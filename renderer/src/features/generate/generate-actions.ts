import type { JobDto } from '../../../../preload/contract/dto/job-dto';
import { errorText, storeApi, useAppStore } from '../../stores';
import { bindProject, generateState, noteJobOrder, setGenerate } from './generate-store';
import { hasKey, PROVIDER_LABELS, type KeyAvailability } from './models';
import { checkedImages, planRequest } from './plan-request';
import { generateRequests, QUICK_SCENE_MS, quickScenes, scenesFromPlan, type SceneDraft } from './scene-draft';

const toast = (tone: 'info' | 'success' | 'error', message: string): void => void useAppStore.getState().pushToast({ tone, message });

/** The scenes "Generate clips" makes: the edited plan, else one quick draft per checked image. */
export function effectiveScenes(): SceneDraft[] {
  const g = generateState();
  if (g.chosen !== null) return g.scenes;
  return quickScenes(checkedImages(useAppStore.getState().assets, g.excluded));
}

/** Which paid providers have a key (keys.status); never the keys themselves. */
export async function loadKeyStatus(): Promise<void> {
  try {
    const statuses = await storeApi().call('keys.status', {});
    const keys: KeyAvailability = Object.fromEntries(statuses.map((s) => [s.provider, s.configured]));
    setGenerate({ keys });
  } catch (err) {
    toast('error', `Could not check which provider keys are set: ${errorText(err)}`);
  }
}

/** Asks the planner (the LLM with a Replicate key, else the local rules) for one or more variations. */
export async function planScenes(): Promise<void> {
  const { projectId, doc, assets } = useAppStore.getState();
  if (projectId === null || doc === null) return;
  bindProject(projectId);
  const g = generateState();
  const built = planRequest({ images: checkedImages(assets, g.excluded), brief: g.brief, mood: g.mood, platform: g.platform ?? doc.settings.platform, aspect: doc.settings.aspect });
  if (!built.ok) {
    setGenerate({ planError: built.reason });
    return;
  }
  setGenerate({ planning: true, planError: null });
  try {
    const plans = await storeApi().call('plan.create', { request: built.request, variations: g.variations });
    if (generateState().projectId !== projectId) return;
    setGenerate({ plans, planning: false });
    // One variation needs no choosing; several are compared side by side first.
    if (plans.length === 1 && plans[0]) chooseVariation(plans[0].variation);
  } catch (err) {
    if (generateState().projectId === projectId) setGenerate({ planning: false, planError: `Planning failed: ${errorText(err)}` });
  }
}

/** "Use this plan": its scenes become the editable list (free draft motion first). */
export function chooseVariation(variation: number): void {
  const result = generateState().plans.find((p) => p.variation === variation);
  if (result === undefined) return;
  setGenerate({ chosen: variation, scenes: scenesFromPlan(result.plan, variation) });
}

/** Back to the quick path: one draft per checked image. */
export function clearPlan(): void {
  setGenerate({ chosen: null, scenes: [], plans: [] });
}

/**
 * Queues the scenes, one generate.start per provider and model. Main checks the budget again
 * and refuses with BUDGET_EXCEEDED, so an estimate that is out of date cannot overspend.
 */
export async function startScenes(scenes: readonly SceneDraft[]): Promise<string[]> {
  const { projectId } = useAppStore.getState();
  if (projectId === null || scenes.length === 0) return [];
  const keys = generateState().keys;
  const blocked = scenes.find((s) => !hasKey(keys, s.provider));
  if (blocked) {
    toast('error', `No ${PROVIDER_LABELS[blocked.provider]} key is set: add one in Settings or use draft motion.`);
    return [];
  }
  setGenerate({ starting: true });
  const started: string[] = [];
  try {
    for (const { input } of generateRequests(projectId, scenes)) {
      const { jobIds } = await storeApi().call('generate.start', input);
      noteJobOrder(jobIds);
      started.push(...jobIds);
    }
    toast('info', `${started.length} ${started.length === 1 ? 'clip is' : 'clips are'} being made.`);
  } catch (err) {
    const already = started.length > 0 ? ` (${started.length} already queued)` : '';
    toast('error', `Generating clips failed${already}: ${errorText(err)}`);
  } finally {
    setGenerate({ starting: false });
  }
  return started;
}

/** "Generate clips". */
export function generateClips(): Promise<string[]> {
  return startScenes(effectiveScenes());
}

/**
 * "Upgrade to AI": the same scene again with the chosen paid provider and model. The scene's
 * edits are used when it is in the list; else the quick settings at the draft's length.
 */
export function upgradeJob(job: Pick<JobDto, 'sourceAssetId' | 'outputAssetId'>): Promise<string[]> {
  const { sourceAssetId } = job;
  if (sourceAssetId === null) return Promise.resolve([]);
  const { assets } = useAppStore.getState();
  const g = generateState();
  const source = assets.find((a) => a.id === sourceAssetId);
  const output = assets.find((a) => a.id === job.outputAssetId);
  const planned = g.chosen === null ? undefined : g.scenes.find((s) => s.assetId === sourceAssetId);
  const base = planned ?? quickScenes([{ id: sourceAssetId, viewType: source?.viewType ?? null }])[0];
  if (base === undefined) return Promise.resolve([]);
  const durationMs = planned?.durationMs ?? output?.durationMs ?? QUICK_SCENE_MS;
  return startScenes([{ ...base, durationMs, provider: g.upgrade.provider, model: g.upgrade.model }]);
}
