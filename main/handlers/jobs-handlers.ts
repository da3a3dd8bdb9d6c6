import { JOB_STATES } from '../../preload/contract/dto/job-dto';
import { effectiveBudgetUsd } from '../core/generate/cost/budget';
import { loadProject } from '../core/workspace/project-service';
import type { HandlerContext } from './handler-context';
import type { NamespaceHandlers } from './handler-types';
import { jobToDto } from './to-dto';

/** A retry that submits again is new spending: it is checked against the project's budget. */
function retryBudget(ctx: HandlerContext, projectId: string | null): { budget: { projectId: string; budgetUsd: number | null } } | undefined {
  if (projectId === null) return undefined;
  const { document } = loadProject(ctx.store, projectId);
  return { budget: { projectId, budgetUsd: effectiveBudgetUsd(document.settings.budgetUsd, ctx.jobs.deps().appBudgetUsd) } };
}

export const jobsHandlers: NamespaceHandlers<'jobs'> = {
  'jobs.list': ({ projectId, states }, ctx) => {
    // The repository lists by state oldest first; every list here is newest first.
    if (projectId === undefined) return ctx.store.jobs.listByState(states ?? JOB_STATES).reverse().map(jobToDto);
    ctx.store.projects.get(projectId);
    const wanted = new Set(states ?? JOB_STATES);
    return ctx.store.jobs.listForProject(projectId).filter((job) => wanted.has(job.state)).map(jobToDto);
  },

  // The row is cancelled first, so a runner in another process stops too; the lock is not needed.
  'jobs.cancel': async ({ jobId }, ctx) => jobToDto(await ctx.jobs.queue.cancel(jobId)),

  'jobs.retry': async ({ jobId }, ctx) => {
    const job = ctx.store.jobs.get(jobId);
    const queue = ctx.jobs.claimQueue();
    const options = retryBudget(ctx, job.projectId);
    return jobToDto(await queue.retry(jobId, options));
  },

  // The queue does not touch the verdict; job.changed tells every open view (and window) about it.
  'jobs.review': ({ jobId, review }, ctx) => {
    const job = jobToDto(ctx.store.jobs.setReview(jobId, review));
    ctx.events.emit('job.changed', { job });
    return job;
  },

  'jobs.resume': (_input, ctx) => {
    // Claiming the queue resumes it the first time; later calls pick up jobs left unstarted.
    ctx.jobs.claimQueue().resume();
    return null;
  },
};
