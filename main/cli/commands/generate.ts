import type { Command } from 'commander';
import { estimateGeneration, startGeneration, type GenerationEstimate } from '../../core/generate/generation-service';
import { planScenes } from '../../core/generate/planner';
import { loadPlan, planRequestForProject, savePlan, scenesFromPlan, type StoredPlan } from '../../core/generate/project-plan';
import { DEFAULT_VIDEO_MODELS, VIDEO_PROVIDER_IDS, type VideoProviderId } from '../../core/generate/scene-requests';
import { AppError } from '../../core/shared/app-error';
import type { CliContext } from '../cli-context';
import { printResult } from '../cli-io';
import { integerIn, oneOf } from '../parse-options';
import { appSettings, cliRuntime, confirmSpend, failOnUnfinished, jobSummary, secretsOf, withQueue } from './generation-cli';

interface GenerateOptions {
  project: string;
  provider?: string;
  model?: string;
  variation?: string;
  concurrency?: string;
  yes?: boolean;
  json?: boolean;
}

/** The app's preferred paid provider when its key is set; otherwise the free local draft motion. */
async function defaultProvider(ctx: CliContext): Promise<VideoProviderId> {
  const preferred = appSettings(ctx).defaultVideoProvider;
  if (preferred !== 'draft' && (await secretsOf(ctx).get(preferred)) !== null) return preferred;
  return 'local';
}

/** The stored plan, or a local one made now (and stored) so `generate` works on its own. */
async function planFor(ctx: CliContext, projectId: string): Promise<StoredPlan> {
  const stored = loadPlan(ctx.store(), projectId);
  if (stored) return stored;
  const request = planRequestForProject(ctx.store(), projectId, {});
  const results = await planScenes({ request });
  ctx.io.stderr.write(`adloom: project ${projectId} had no plan; made one with the local planner ("adloom plan" to choose brief, mood and platform)\n`);
  return savePlan(ctx.store(), projectId, { createdAt: new Date().toISOString(), request, results });
}

function describeEstimate(e: GenerationEstimate): string {
  const lines = e.items.map((i) => `  scene ${i.sceneIndex + 1}: $${i.usd.toFixed(2)}  ${i.basis}${i.verified ? '' : ' (unconfirmed price)'}`);
  const budget = e.budgetUsd === null ? 'no budget set' : `budget $${e.budgetUsd.toFixed(2)}, $${e.committedUsd.toFixed(2)} spent or committed, $${(e.remainingUsd ?? 0).toFixed(2)} left`;
  return [`Estimate for ${e.items.length} scenes with ${e.provider} ${e.model}: $${e.totalUsd.toFixed(2)} (${budget})`, ...lines].join('\n');
}

export function registerGenerate(program: Command, ctx: CliContext): void {
  program
    .command('generate')
    .description('make a clip for every planned scene (local draft motion is free; replicate/runway use your own key) and put them on the timeline')
    .requiredOption('--project <id>', 'the project to generate for')
    .option('--provider <provider>', `${VIDEO_PROVIDER_IDS.join(', ')} (default: local unless a key for the preferred provider is set)`)
    .option('--model <model>', `the provider's model (defaults: ${Object.entries(DEFAULT_VIDEO_MODELS).map(([p, m]) => `${p} ${m}`).join(', ')})`)
    .option('--variation <n>', 'which plan variation to use', '0')
    .option('--concurrency <n>', 'jobs at once per provider (1–5, default 3)')
    .option('--yes', 'do not ask before spending')
    .option('--json', 'JSON progress lines on stderr and a JSON result on stdout')
    .action(async (opts: GenerateOptions) => {
      const json = Boolean(opts.json);
      const provider = oneOf('--provider', opts.provider, VIDEO_PROVIDER_IDS) ?? (await defaultProvider(ctx));
      const variation = integerIn('--variation', opts.variation, { min: 0, max: 4 }) ?? 0;
      const concurrency = integerIn('--concurrency', opts.concurrency, { min: 1, max: 5 });
      const plan = await planFor(ctx, opts.project);
      const input = { projectId: opts.project, provider, scenes: scenesFromPlan(plan, variation), place: true, ...(opts.model !== undefined && { model: opts.model }) };
      const runtime = cliRuntime(ctx, { json, ...(concurrency !== undefined && { concurrency }) });

      const estimate = estimateGeneration(runtime.deps, input);
      ctx.io.stderr.write(json ? `${JSON.stringify({ event: 'estimate', ...estimate })}\n` : `${describeEstimate(estimate)}\n`);
      if (!estimate.withinBudget) {
        throw new AppError('BUDGET_EXCEEDED', `This generation would cost about $${estimate.totalUsd.toFixed(2)}, but project ${opts.project} has only $${(estimate.remainingUsd ?? 0).toFixed(2)} of its $${(estimate.budgetUsd ?? 0).toFixed(2)} budget left. Raise the budget, generate fewer scenes, or use --provider local (free).`, { budgetUsd: estimate.budgetUsd, totalUsd: estimate.totalUsd });
      }
      await confirmSpend(ctx, { usd: estimate.totalUsd, what: `Generating ${estimate.items.length} clips with ${provider}`, yes: Boolean(opts.yes) });

      const started = await withQueue(ctx, runtime, () => startGeneration(runtime.deps, runtime.queue, input));
      const jobs = started.jobs.map((j) => ctx.store().jobs.get(j.id));
      const spent = jobs.reduce((sum, j) => sum + (j.costActualUsd ?? 0), 0);
      printResult(ctx.io, {
        json,
        value: { projectId: opts.project, provider, model: estimate.model, estimate, cacheHits: started.cacheHits.length, spentUsd: Math.round(spent * 1e6) / 1e6, jobs: jobs.map(jobSummary) },
        human: () =>
          `${jobs.filter((j) => j.state === 'succeeded').length} of ${jobs.length} clips ready (${started.cacheHits.length} reused from the cache), $${spent.toFixed(2)} spent; they are on the project's video track.`,
      });
      failOnUnfinished(jobs);
    });
}
