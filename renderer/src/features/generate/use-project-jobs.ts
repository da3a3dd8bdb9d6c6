import { useEffect } from 'react';
import { errorText, refreshMedia, storeApi, useAppStore } from '../../stores';
import { noteJobOrder } from './generate-store';
import { mergeJobLists } from './job-groups';

const inFlight = new Map<string, Promise<boolean>>();
/** Output clips the media list was refreshed for, each once, so a clip main does not list cannot loop. */
const askedOutputs = new Set<string>();

/**
 * Fills the jobs slice with the project's jobs (jobs.list), so clips that finished while the
 * app was closed show up on open; what events brought meanwhile is kept when it is newer.
 * Calls for the same project while one is running share it.
 */
export function loadProjectJobs(projectId: string): Promise<boolean> {
  const running = inFlight.get(projectId);
  if (running) return running;
  const work = (async (): Promise<boolean> => {
    try {
      const listed = await storeApi().call('jobs.list', { projectId });
      const s = useAppStore.getState();
      s.replaceJobs(mergeJobLists(listed, s.jobs));
      noteJobOrder(listed.map((j) => j.id).reverse());
      return true;
    } catch (err) {
      useAppStore.getState().pushToast({ tone: 'error', message: `Generation jobs could not be loaded: ${errorText(err)}` });
      return false;
    } finally {
      inFlight.delete(projectId);
    }
  })();
  inFlight.set(projectId, work);
  return work;
}

/** Output clips of finished jobs that the media list does not have yet (made while the list was loaded). */
export function missingOutputs(jobs: Readonly<Record<string, { projectId: string | null; outputAssetId: string | null }>>, projectId: string, assetIds: ReadonlySet<string>): string[] {
  return Object.values(jobs).flatMap((j) => (j.projectId === projectId && j.outputAssetId !== null && !assetIds.has(j.outputAssetId) ? [j.outputAssetId] : []));
}

/**
 * Loads the open project's jobs once it is open and keeps the media list up to date with
 * their finished clips. Mount it where the editor shows (EditorLayout) and in the panel;
 * two mounts share one jobs.list call.
 */
export function useProjectJobs(): void {
  const projectId = useAppStore((s) => (s.doc === null ? null : s.projectId));
  const jobs = useAppStore((s) => s.jobs);
  const assets = useAppStore((s) => s.assets);

  useEffect(() => {
    if (projectId !== null) void loadProjectJobs(projectId);
  }, [projectId]);

  useEffect(() => {
    if (projectId === null) return;
    const missing = missingOutputs(jobs, projectId, new Set(assets.map((a) => a.id))).filter((id) => !askedOutputs.has(id));
    if (missing.length === 0) return;
    missing.forEach((id) => askedOutputs.add(id));
    refreshMedia().catch((err: unknown) => useAppStore.getState().pushToast({ tone: 'error', message: `The media list could not be refreshed: ${errorText(err)}` }));
  }, [projectId, jobs, assets]);
}
