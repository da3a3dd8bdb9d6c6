import type { JobDto } from '../../../../preload/contract/dto/job-dto';
import type { EventPayload } from '../../../../preload/contract/event-schemas';
import type { SliceCreator } from '../app-state';

export interface JobProgress {
  progress: number | null;
  status: string | null;
}

/**
 * A mirror of main's job queue. It is only ever written from job.changed / job.progress events
 * (and a jobs.list answer at start): the renderer never invents job state.
 */
export interface JobsSlice {
  jobs: Record<string, JobDto>;
  jobProgress: Record<string, JobProgress>;
  replaceJobs: (jobs: readonly JobDto[]) => void;
  onJobChanged: (payload: EventPayload<'job.changed'>) => void;
  onJobProgress: (payload: EventPayload<'job.progress'>) => void;
}

export const createJobsSlice: SliceCreator<JobsSlice> = (set) => ({
  jobs: {},
  jobProgress: {},
  replaceJobs: (jobs) => set({ jobs: Object.fromEntries(jobs.map((j) => [j.id, j])) }),
  onJobChanged: ({ job }) => set((s) => ({ jobs: { ...s.jobs, [job.id]: job } })),
  onJobProgress: ({ jobId, progress, status }) => set((s) => ({ jobProgress: { ...s.jobProgress, [jobId]: { progress, status: status ?? null } } })),
});
