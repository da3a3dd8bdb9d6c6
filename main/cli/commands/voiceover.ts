import type { Command } from 'commander';
import { budgetState } from '../../core/generate/generation-service';
import { loadPlan } from '../../core/generate/project-plan';
import { buildVoiceoverJob, DEFAULT_SPEECH_MODEL, DEFAULT_VOICE_ID, scriptFromPlan } from '../../core/generate/voiceover-job';
import { cachedOutput } from '../../core/jobs/enqueue';
import { loadProject } from '../../core/workspace/project-service';
import type { CliContext } from '../cli-context';
import { printResult } from '../cli-io';
import { integerIn } from '../parse-options';
import { cliRuntime, confirmSpend, failOnUnfinished, jobSummary, withQueue } from './generation-cli';

interface VoiceoverOptions {
  project: string;
  voice?: string;
  model?: string;
  text?: string;
  variation?: string;
  yes?: boolean;
  json?: boolean;
}

export function registerVoiceover(program: Command, ctx: CliContext): void {
  program
    .command('voiceover')
    .description("speak the plan's voice-over script with ElevenLabs (your key) and add it to the project's voice-over track")
    .requiredOption('--project <id>', 'the project')
    .option('--voice <id>', `ElevenLabs voice id (default ${DEFAULT_VOICE_ID}, "Rachel")`)
    .option('--model <model>', `ElevenLabs model (default ${DEFAULT_SPEECH_MODEL})`)
    .option('--text <text>', "what to say (default: the stored plan's voice-over lines)")
    .option('--variation <n>', 'which plan variation to read the script from', '0')
    .option('--yes', 'do not ask before spending')
    .option('--json', 'JSON progress lines on stderr and a JSON result on stdout')
    .action(async (opts: VoiceoverOptions) => {
      const json = Boolean(opts.json);
      const store = ctx.store();
      const { document } = loadProject(store, opts.project);
      const variation = integerIn('--variation', opts.variation, { min: 0, max: 4 }) ?? 0;
      const plan = loadPlan(store, opts.project);
      const text = opts.text ?? (plan ? scriptFromPlan(plan, variation) : '');
      const runtime = cliRuntime(ctx, { json });
      const spec = buildVoiceoverJob(runtime.deps, {
        projectId: opts.project, text, place: true,
        ...(opts.voice !== undefined && { voiceId: opts.voice }), ...(opts.model !== undefined && { model: opts.model }),
      });
      const usd = cachedOutput(store, ctx.dataDir(), spec.cacheKey) ? 0 : spec.estimate.usd;
      ctx.io.stderr.write(json ? `${JSON.stringify({ event: 'estimate', usd, basis: spec.estimate.basis, verified: spec.estimate.verified })}\n` : `Estimate: $${usd.toFixed(2)} (${spec.estimate.basis})\n`);
      await confirmSpend(ctx, { usd, what: `A ${text.length}-character voice-over`, yes: Boolean(opts.yes) });
      const { budgetUsd } = budgetState(runtime.deps, opts.project, document);
      const outcome = await withQueue(ctx, runtime, () => runtime.queue.enqueue([spec], { budget: { projectId: opts.project, budgetUsd } }));
      const job = store.jobs.get(outcome.jobs[0]?.id ?? '');
      printResult(ctx.io, {
        json,
        value: { projectId: opts.project, job: jobSummary(job), cached: outcome.cacheHits.length > 0 },
        human: () => (job.state === 'succeeded' ? `Voice-over ready (asset ${job.outputAssetId?.slice(0, 12)}), on the project's voice-over track.` : `Voice-over ${job.state}.`),
      });
      failOnUnfinished([job]);
    });
}
