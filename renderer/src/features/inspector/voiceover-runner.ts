import { ApiError } from '../../api';
import { editActions, errorText, findItem, refreshMedia, storeApi, useAppStore, type EditResult } from '../../stores';
import { isMissingKey, MISSING_KEY_TEXT } from './voiceover-status';

/** One "Generate voice-over" press: the job, the script it speaks, and which item it replaces (null = add one). */
export interface VoiceoverRun {
  jobId: string;
  projectId: string;
  script: string;
  replaceItemId: string | null;
  /** Why the finished audio could not be put on the timeline, if it could not. */
  placeError: string | null;
}

export type StartOutcome = { ok: true } | { ok: false; message: string; missingKey: boolean };

/**
 * Runs live outside React: a job outlives the inspector view that started it (the person may
 * select something else while ElevenLabs speaks), and must still be placed when it finishes.
 * Keyed by scope: the voice-over item it replaces, or "project".
 */
const runs = new Map<string, VoiceoverRun>();
const listeners = new Set<() => void>();
const notify = (): void => listeners.forEach((l) => l());

export const scopeOf = (replaceItemId: string | null): string => replaceItemId ?? 'project';
export const voiceoverRun = (scope: string): VoiceoverRun | undefined => runs.get(scope);
export function subscribeVoiceoverRuns(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function place(run: VoiceoverRun, assetId: string): Promise<EditResult> {
  const s = useAppStore.getState();
  if (s.projectId !== run.projectId || s.doc === null) return { ok: false, reason: 'the project it was made for is no longer open' };
  // The job adds the audio to the library; the bin learns of it only when asked.
  if (!s.assets.some((a) => a.id === assetId)) await refreshMedia();
  const doc = useAppStore.getState().doc;
  const target = run.replaceItemId !== null && doc !== null ? findItem(doc, run.replaceItemId) : null;
  if (target?.track === 'voiceover') {
    // New audio has its own length: the old trim would cut it wrongly.
    return editActions.updateItem(target.item.id, { media: { assetId }, script: run.script, inMs: 0, outMs: undefined }, { label: 'Replace voice-over' });
  }
  return editActions.addAudio({ assetId, track: 'voiceover', script: run.script });
}

function watch(scope: string, run: VoiceoverRun): void {
  let settled = false;
  const check = (): void => {
    const job = useAppStore.getState().jobs[run.jobId];
    if (settled || job === undefined || !['succeeded', 'failed', 'cancelled'].includes(job.state)) return;
    settled = true;
    stop();
    if (job.state !== 'succeeded' || job.outputAssetId === null) return;
    void place(run, job.outputAssetId)
      .catch((err: unknown): EditResult => ({ ok: false, reason: errorText(err) }))
      .then((result) => {
        const { pushToast } = useAppStore.getState();
        if (result.ok) pushToast({ tone: 'success', message: run.replaceItemId === null ? 'Voice-over added to the timeline.' : 'Voice-over replaced.' });
        else pushToast({ tone: 'error', message: `The voice-over is in Media but could not be placed: ${result.reason}` });
        if (runs.get(scope) === run) runs.set(scope, { ...run, placeError: result.ok ? null : result.reason });
        notify();
      });
  };
  const stop = useAppStore.subscribe(check);
  check();
}

/** Asks main to speak `script` (ElevenLabs), then places the audio when the job succeeds. */
export async function startVoiceover({ script, replaceItemId }: { script: string; replaceItemId: string | null }): Promise<StartOutcome> {
  const projectId = useAppStore.getState().projectId;
  if (projectId === null) return { ok: false, message: 'Open a project first.', missingKey: false };
  if (script.trim() === '') return { ok: false, message: 'Write a script first.', missingKey: false };
  try {
    const { jobId } = await storeApi().call('voiceover.create', { projectId, text: script });
    const scope = scopeOf(replaceItemId);
    const run: VoiceoverRun = { jobId, projectId, script, replaceItemId, placeError: null };
    runs.set(scope, run);
    notify();
    watch(scope, run);
    return { ok: true };
  } catch (err) {
    const missingKey = err instanceof ApiError && isMissingKey({ code: err.code, message: err.message, details: err.details });
    return { ok: false, message: missingKey ? MISSING_KEY_TEXT : errorText(err), missingKey };
  }
}
