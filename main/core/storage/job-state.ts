import { AppError } from '../shared/app-error';

export const JOB_STATES = ['queued', 'submitted', 'running', 'downloading', 'succeeded', 'failed', 'cancelled'] as const;
export type JobState = (typeof JOB_STATES)[number];

/** States in which a job still has work to do (and may still cost money). */
export const UNFINISHED_JOB_STATES = ['queued', 'submitted', 'running', 'downloading'] as const satisfies readonly JobState[];
export type UnfinishedJobState = (typeof UNFINISHED_JOB_STATES)[number];

export function isUnfinished(state: JobState): state is UnfinishedJobState {
  return (UNFINISHED_JOB_STATES as readonly JobState[]).includes(state);
}

export interface JobTimestamps {
  startedAt: string | null;
  finishedAt: string | null;
}

/**
 * The timestamps after moving a job from `from` to `to`, or CONFLICT when the move is not
 * allowed. Unfinished jobs may move anywhere; a finished job stays finished, except that a
 * failed or cancelled job may be queued again (a retry). This is what stops a late poll
 * result from bringing a cancelled job back to life.
 * startedAt is set the first time the job leaves the queue; finishedAt when it reaches a
 * final state. A retry clears both so the new attempt is timed on its own.
 */
export function planJobTransition(input: { jobId: string; from: JobState; to: JobState; current: JobTimestamps; now: string }): JobTimestamps {
  const { jobId, from, to, current, now } = input;
  if (from === to) return current;
  if (!isUnfinished(from) && !(to === 'queued' && from !== 'succeeded')) {
    throw new AppError('CONFLICT', `job ${jobId} is already ${from} and cannot become ${to}`, { jobId, from, to });
  }
  if (to === 'queued') return { startedAt: isUnfinished(from) ? current.startedAt : null, finishedAt: null };
  if (isUnfinished(to)) return { startedAt: current.startedAt ?? now, finishedAt: null };
  return { startedAt: current.startedAt, finishedAt: now };
}
