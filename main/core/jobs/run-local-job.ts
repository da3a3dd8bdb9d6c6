import type { DraftMotionRequest } from '../generate/local-provider';
import { toAppError } from '../shared/app-error';
import type { JobRecord } from '../storage/job-repository';
import { completeJob, failJob } from './finish-job';
import { removeStaging, stagingFile } from './import-output';
import { stopReason, type RunContext } from './job-context';
import type { JobInput } from './job-input';

/**
 * A local draft-motion job: FFmpeg encodes the clip into staging, then it is imported like any
 * other output. Nothing is paid, so after a crash it simply runs again from the start.
 */
export async function runLocalJob(rc: RunContext, job: JobRecord, input: JobInput & { request: DraftMotionRequest }): Promise<void> {
  let release: (() => void) | null = null;
  try {
    release = await rc.slots.acquire(job.provider, rc.signal);
    const running = rc.update(job.id, { state: 'running', attempts: rc.current(job.id).attempts + 1, progress: 0, errorCode: null, errorMessage: null });
    if (running === null) return;
    const file = stagingFile(rc.deps.dataDir, job, input);
    let lastStep = -1;
    await rc.deps.local.run({
      request: input.request,
      outPath: file,
      signal: rc.signal,
      onProgress: (fraction) => {
        // Every 5 %: enough for a progress bar, few enough events for a log.
        const step = Math.floor(fraction * 20);
        if (step === lastStep) return;
        lastStep = step;
        rc.events.emit('job.progress', { jobId: job.id, projectId: job.projectId, progress: fraction, status: 'encoding' });
      },
    });
    release();
    release = null;
    await completeJob(rc, { job: running, input, file, costUsd: 0 });
  } catch (err) {
    await removeStaging(rc.deps.dataDir, job.id);
    if (stopReason(rc.signal) !== null) return;
    failJob(rc, { job, error: toAppError(err) });
  } finally {
    release?.();
  }
}
