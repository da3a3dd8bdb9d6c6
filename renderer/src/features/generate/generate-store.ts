import { create } from 'zustand';
import type { ScenePlanResult } from '../../../../preload/contract/plan/scene-plan';
import type { Platform } from '../../../../preload/contract/project/primitives';
import type { JobOrder } from './job-groups';
import { DEFAULT_MOOD } from './mood';
import { defaultModel, type KeyAvailability, type PaidProvider } from './models';
import type { SceneDraft } from './scene-draft';

export interface GenerateState {
  /** The project the choices below were made for; another project starts fresh. */
  projectId: string | null;
  /** Images left out (new images are in by default). */
  excluded: Readonly<Record<string, true>>;
  brief: string;
  mood: number;
  /** null = the project's platform. */
  platform: Platform | null;
  variations: number;
  planning: boolean;
  planError: string | null;
  /** The last plan.create answer, one entry per variation. */
  plans: ScenePlanResult[];
  /** The variation whose scenes are being edited; null without a plan. */
  chosen: number | null;
  scenes: SceneDraft[];
  /** What "Upgrade to AI" uses. */
  upgrade: { provider: PaidProvider; model: string };
  starting: boolean;
  keys: KeyAvailability;
  jobOrder: JobOrder;
  nextOrder: number;
}

const initial = (projectId: string | null): GenerateState => ({
  projectId,
  excluded: {},
  brief: '',
  mood: DEFAULT_MOOD,
  platform: null,
  variations: 1,
  planning: false,
  planError: null,
  plans: [],
  chosen: null,
  scenes: [],
  upgrade: { provider: 'replicate', model: defaultModel('replicate') },
  starting: false,
  keys: {},
  jobOrder: {},
  nextOrder: 0,
});

/**
 * The panel's own session state, outside the component: switching to the Media tab unmounts
 * the panel but keeps the plan and the edits. Not undoable, not saved.
 */
export const useGenerateStore = create<GenerateState>()(() => initial(null));

export const generateState = (): GenerateState => useGenerateStore.getState();
export const setGenerate = (change: Partial<GenerateState>): void => useGenerateStore.setState(change);

/** Starts fresh when another project is open; keeps the job order and keys, which are not per project. */
export function bindProject(projectId: string | null): void {
  const s = useGenerateStore.getState();
  if (s.projectId === projectId) return;
  useGenerateStore.setState({ ...initial(projectId), keys: s.keys, jobOrder: s.jobOrder, nextOrder: s.nextOrder });
}

/** Gives unseen jobs increasing order numbers, oldest first (a list answer reversed, a start's ids). */
export function noteJobOrder(jobIdsOldestFirst: readonly string[]): void {
  useGenerateStore.setState((s) => {
    const jobOrder = { ...s.jobOrder };
    let next = s.nextOrder;
    for (const id of jobIdsOldestFirst) if (jobOrder[id] === undefined) jobOrder[id] = next++;
    return { jobOrder, nextOrder: next };
  });
}

export function updateScene(key: string, change: Partial<Omit<SceneDraft, 'key'>>): void {
  useGenerateStore.setState((s) => ({ scenes: s.scenes.map((scene) => (scene.key === key ? { ...scene, ...change } : scene)) }));
}

export function removeScene(key: string): void {
  useGenerateStore.setState((s) => ({ scenes: s.scenes.filter((scene) => scene.key !== key) }));
}

/** Tests: a fresh store. */
export function resetGenerateStore(): void {
  useGenerateStore.setState(initial(null), true);
}
