import type { JobDto, JobState } from '../../../../preload/contract/dto/job-dto';

/** Jobs that make a clip from a product image (voice-over jobs are shown elsewhere). */
export const CLIP_JOB_KINDS: readonly string[] = ['draft-motion', 'image-to-video'];

/** Order numbers the panel gave jobs (list order, then generate.start order): higher is newer. */
export type JobOrder = Readonly<Record<string, number>>;

export function projectClipJobs(jobs: Readonly<Record<string, JobDto>>, projectId: string): JobDto[] {
  return Object.values(jobs).filter((j) => j.projectId === projectId && CLIP_JOB_KINDS.includes(j.kind));
}

/** Newest first: by creation time, then (jobs of one request share it) by the panel's order, then id. */
export function compareNewestFirst(order: JobOrder): (a: JobDto, b: JobDto) => number {
  return (a, b) => {
    if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
    const oa = order[a.id] ?? -1;
    const ob = order[b.id] ?? -1;
    if (oa !== ob) return ob - oa;
    return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
  };
}

export interface JobGroup {
  /** The product image the jobs were made from; null for a job without one (each stands alone). */
  sourceAssetId: string | null;
  key: string;
  /** Newest first: the variations of one image, shown side by side. */
  jobs: JobDto[];
}

/** Jobs grouped by source image; the group with the newest job first. */
export function groupJobs(jobs: readonly JobDto[], order: JobOrder): JobGroup[] {
  const sorted = [...jobs].sort(compareNewestFirst(order));
  const groups = new Map<string, JobGroup>();
  for (const job of sorted) {
    const key = job.sourceAssetId ?? `job-${job.id}`;
    const group = groups.get(key) ?? { sourceAssetId: job.sourceAssetId, key, jobs: [] };
    group.jobs.push(job);
    groups.set(key, group);
  }
  return [...groups.values()];
}

const ACTIVE: readonly JobState[] = ['queued', 'submitted', 'running', 'downloading'];
export const isActive = (job: Pick<JobDto, 'state'>): boolean => ACTIVE.includes(job.state);
export const canRetry = (job: Pick<JobDto, 'state'>): boolean => job.state === 'failed' || job.state === 'cancelled';
export const awaitsReview = (job: Pick<JobDto, 'state' | 'review' | 'outputAssetId'>): boolean => job.state === 'succeeded' && job.review === 'pending' && job.outputAssetId !== null;

/**
 * What "Approve all" places, in scene order (oldest first): for each image only its newest
 * finished, unreviewed clip, so variations of one image are not all stacked on the timeline.
 */
export function pendingApprovals(jobs: readonly JobDto[], order: JobOrder): JobDto[] {
  const picked = groupJobs(jobs, order).flatMap((g) => {
    const newest = g.jobs.find(awaitsReview);
    return newest === undefined ? [] : [newest];
  });
  return picked.sort(compareNewestFirst(order)).reverse();
}

const STATE_LABELS: Readonly<Record<JobState, string>> = {
  queued: 'Queued', submitted: 'Submitted', running: 'Running', downloading: 'Downloading', succeeded: 'Succeeded', failed: 'Failed', cancelled: 'Cancelled',
};
export const stateLabel = (state: JobState): string => STATE_LABELS[state];

/** Whole percent for the bar: the live progress event first, else the job's own; null when unknown. */
export function progressPercent(job: Pick<JobDto, 'state' | 'progress'>, live: number | null | undefined): number | null {
  if (job.state === 'succeeded') return 100;
  const value = live ?? job.progress;
  return value === null ? null : Math.round(Math.min(1, Math.max(0, value)) * 100);
}

/**
 * A jobs.list answer merged with what events already brought: a job keeps whichever copy was
 * updated last, and jobs the list does not know (newer than it, or of other projects) stay.
 */
export function mergeJobLists(listed: readonly JobDto[], current: Readonly<Record<string, JobDto>>): JobDto[] {
  const merged = new Map<string, JobDto>(Object.entries(current));
  for (const job of listed) {
    const known = merged.get(job.id);
    if (known === undefined || known.updatedAt <= job.updatedAt) merged.set(job.id, job);
  }
  return [...merged.values()];
}
