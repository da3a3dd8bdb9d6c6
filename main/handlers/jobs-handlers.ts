import { JOB_STATES } from '../../preload/contract/dto/job-dto';
import type { NamespaceHandlers } from './handler-types';
import { notAvailable } from './not-available';
import { jobToDto } from './to-dto';

export const jobsHandlers: NamespaceHandlers<'jobs'> = {
  'jobs.list': ({ projectId, states }, ctx) => {
    // The repository lists by state oldest first; every list here is newest first.
    if (projectId === undefined) return ctx.store.jobs.listByState(states ?? JOB_STATES).reverse().map(jobToDto);
    ctx.store.projects.get(projectId);
    const wanted = new Set(states ?? JOB_STATES);
    return ctx.store.jobs.listForProject(projectId).filter((job) => wanted.has(job.state)).map(jobToDto);
  },
  // Cancel, retry and resume drive remote tasks; they need the job queue (core/jobs), not written yet.
  'jobs.cancel': () => notAvailable('jobs.cancel'),
  'jobs.retry': () => notAvailable('jobs.retry'),
  'jobs.resume': () => notAvailable('jobs.resume'),
};
