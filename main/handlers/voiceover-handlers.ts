import { budgetState } from '../core/generate/generation-service';
import { buildVoiceoverJob } from '../core/generate/voiceover-job';
import { AppError } from '../core/shared/app-error';
import { loadProject } from '../core/workspace/project-service';
import type { NamespaceHandlers } from './handler-types';

export const voiceoverHandlers: NamespaceHandlers<'voiceover'> = {
  // No placement: the editor puts the finished audio on the voice-over track itself, with undo.
  // Like generate.start, the row (and its estimate) is written before any remote call; a
  // missing or rejected key fails the job (AUTH_FAILED), a spent budget refuses it here.
  'voiceover.create': ({ projectId, text, voiceId }, ctx) => {
    const { document } = loadProject(ctx.store, projectId);
    const queue = ctx.jobs.claimQueue();
    const deps = ctx.jobs.deps();
    const spec = buildVoiceoverJob(deps, { projectId, text, ...(voiceId !== undefined && { voiceId }) });
    const { budgetUsd } = budgetState(deps, projectId, document);
    const [job] = queue.enqueue([spec], { budget: { projectId, budgetUsd } }).jobs;
    if (job === undefined) throw new AppError('INTERNAL', `the voice-over job for project ${projectId} was not queued`, { projectId });
    return { jobId: job.id };
  },
};
