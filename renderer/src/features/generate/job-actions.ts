import type { JobDto, JobReview } from '../../../../preload/contract/dto/job-dto';
import { editActions, errorText, refreshMedia, storeApi, useAppStore } from '../../stores';
import { generateState } from './generate-store';
import { pendingApprovals, projectClipJobs } from './job-groups';

const toast = (tone: 'info' | 'success' | 'error', message: string): void => void useAppStore.getState().pushToast({ tone, message });

/** Main's answer is the job's new state; events bring the same, this just does not wait for them. */
const take = (job: JobDto): void => useAppStore.getState().onJobChanged({ job });

export async function cancelJob(jobId: string): Promise<void> {
  try {
    take(await storeApi().call('jobs.cancel', { jobId }));
  } catch (err) {
    toast('error', `Cancelling the job failed: ${errorText(err)}`);
  }
}

export async function retryJob(jobId: string): Promise<void> {
  try {
    take(await storeApi().call('jobs.retry', { jobId }));
  } catch (err) {
    toast('error', `Retrying the job failed: ${errorText(err)}`);
  }
}

async function review(jobId: string, verdict: JobReview): Promise<boolean> {
  try {
    take(await storeApi().call('jobs.review', { jobId, review: verdict }));
    return true;
  } catch (err) {
    toast('error', `Saving the review failed: ${errorText(err)}`);
    return false;
  }
}

export const rejectJob = (jobId: string): Promise<boolean> => review(jobId, 'rejected');

/** The generated clip's length: from the media list, which is refreshed once when the clip is new to it. */
async function outputDurationMs(assetId: string): Promise<number | null> {
  const find = (): number | null | undefined => useAppStore.getState().assets.find((a) => a.id === assetId)?.durationMs;
  if (find() === undefined) await refreshMedia();
  return find() ?? null;
}

function onTimeline(assetId: string): boolean {
  const video = useAppStore.getState().doc?.tracks.video ?? [];
  return video.some((item) => item.type === 'clip' && 'assetId' in item.media && item.media.assetId === assetId);
}

/**
 * Approve: the clip goes on the timeline (replacing the still of its product image, else
 * appended; one undo step) and the job is marked approved. False when it could not be placed.
 */
export async function approveJob(job: Pick<JobDto, 'id' | 'outputAssetId' | 'sourceAssetId'>): Promise<boolean> {
  if (job.outputAssetId === null) return false;
  // Placed before but the verdict was not saved (a failed jobs.review): only the verdict is missing.
  if (onTimeline(job.outputAssetId)) return review(job.id, 'approved');
  let durationMs: number | null;
  try {
    durationMs = await outputDurationMs(job.outputAssetId);
  } catch (err) {
    toast('error', `The generated clip could not be found: ${errorText(err)}`);
    return false;
  }
  if (durationMs === null) {
    toast('error', 'The generated clip has no known length, so it cannot be placed on the timeline.');
    return false;
  }
  const placed = editActions.placeGeneratedClip({ assetId: job.outputAssetId, sourceAssetId: job.sourceAssetId, durationMs });
  if (!placed.ok) {
    toast('error', `The clip could not be placed: ${placed.reason}.`);
    return false;
  }
  return review(job.id, 'approved');
}

/** "Approve all": each image's newest finished clip, in scene order. */
export async function approveAll(): Promise<number> {
  const { jobs, projectId } = useAppStore.getState();
  if (projectId === null) return 0;
  const pending = pendingApprovals(projectClipJobs(jobs, projectId), generateState().jobOrder);
  let approved = 0;
  for (const job of pending) if (await approveJob(job)) approved += 1;
  if (approved > 0) toast('success', `${approved} ${approved === 1 ? 'clip' : 'clips'} placed on the timeline.`);
  return approved;
}
