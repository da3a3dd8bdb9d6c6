import type { GenerateInput } from '../../preload/contract/dto/generate-dto';
import { estimateGeneration, startGeneration, type GenerateScenesInput } from '../core/generate/generation-service';
import type { NamespaceHandlers } from './handler-types';

/** The contract says `draft` where core says `local` (the free FFmpeg draft motion). */
function toCore(input: GenerateInput): GenerateScenesInput {
  return {
    projectId: input.projectId,
    provider: input.provider === 'draft' ? 'local' : input.provider,
    ...(input.provider !== 'draft' && input.model !== undefined && { model: input.model }),
    scenes: input.scenes,
  };
}

export const generateHandlers: NamespaceHandlers<'generate'> = {
  // The same job specs generate.start queues: the user's price overrides and cache hits count.
  'generate.estimate': (input, ctx) => {
    const { items, totalUsd, verified, budgetUsd, committedUsd, remainingUsd, withinBudget } = estimateGeneration(ctx.jobs.deps(), toCore(input));
    return {
      totalUsd,
      verified,
      items: items.map(({ assetId, usd, basis, verified: ok, cached }) => ({ assetId, usd, basis, verified: ok, cached })),
      budgetUsd,
      committedUsd,
      remainingUsd,
      withinBudget,
    };
  },

  // Rows (and estimates in the ledger) are written before any remote call; finished clips are
  // reported as job.changed with their output asset, and the editor places them.
  'generate.start': (input, ctx) => {
    const queue = ctx.jobs.claimQueue();
    const outcome = startGeneration(ctx.jobs.deps(), queue, toCore(input));
    return { jobIds: outcome.jobs.map((job) => job.id) };
  },
};
