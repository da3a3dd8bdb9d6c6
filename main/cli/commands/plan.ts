import type { Command } from 'commander';
import { PLATFORMS } from '../../../preload/contract/project';
import type { ScenePlanResult } from '../../../preload/contract/plan/scene-plan';
import { MAX_VARIATIONS, planScenes } from '../../core/generate/planner';
import { planRequestForProject, savePlan, type StoredPlan } from '../../core/generate/project-plan';
import { createReplicateProvider } from '../../core/generate/providers/replicate/replicate-provider';
import { llmComplete } from '../../core/generate/providers/llm-complete';
import type { CliContext } from '../cli-context';
import { printResult } from '../cli-io';
import { integerIn, oneOf, positiveNumber } from '../parse-options';
import { secretsOf } from './generation-cli';

interface PlanOptions {
  project: string;
  brief?: string;
  mood?: string;
  platform?: string;
  variations?: string;
  duration?: string;
  offline?: boolean;
  json?: boolean;
}

function describePlan(result: ScenePlanResult): string {
  const { plan } = result;
  const head = `variation ${result.variation} (${result.source}${result.reason ? `: ${result.reason}` : ''}) — ${plan.moodCategory}, ${(plan.totalDurationMs / 1000).toFixed(1)} s, ${plan.platform} ${plan.aspect}`;
  const scenes = plan.scenes.map((s, i) => `  ${i + 1}. ${s.viewType} ${(s.durationMs / 1000).toFixed(1)} s ${s.cameraMove} — ${s.prompt}`);
  return [head, `  hook: ${plan.hook}`, ...scenes, `  call to action: ${plan.cta}`].join('\n');
}

/** An LLM planner on the user's Replicate key when one is set (a few cents at most), else none. */
async function llmIfKey(ctx: CliContext, offline: boolean): Promise<Parameters<typeof planScenes>[0]['complete']> {
  const secrets = secretsOf(ctx);
  if (offline || (await secrets.get('replicate')) === null) return undefined;
  const provider = createReplicateProvider({ secrets, env: ctx.io.env });
  return llmComplete({ provider, intervalMs: 1000 });
}

export function registerPlan(program: Command, ctx: CliContext): void {
  program
    .command('plan')
    .description("plan the ad's scenes (prompt, camera move, timing, copy) from the project's images; stored for `generate`")
    .requiredOption('--project <id>', 'the project whose images are planned')
    .option('--brief <text>', 'what the ad should say (default: the project name)')
    .option('--mood <0-100>', 'calm and strange (0) … high energy (100)', '50')
    .option('--platform <platform>', `safe area and length: ${PLATFORMS.join(', ')} (default: the project's)`)
    .option('--variations <n>', `how many alternative plans (1–${MAX_VARIATIONS})`, '1')
    .option('--duration <seconds>', "the ad's total length (default: the platform's ideal length)")
    .option('--offline', 'use the local rule-based planner even when a Replicate key is set')
    .option('--json', 'machine-readable output')
    .action(async (opts: PlanOptions) => {
      const store = ctx.store();
      const mood = integerIn('--mood', opts.mood, { min: 0, max: 100 }) ?? 50;
      const variations = integerIn('--variations', opts.variations, { min: 1, max: MAX_VARIATIONS }) ?? 1;
      const platform = oneOf('--platform', opts.platform, PLATFORMS);
      const seconds = positiveNumber('--duration', opts.duration);
      const base = planRequestForProject(store, opts.project, { mood, ...(opts.brief !== undefined && { brief: opts.brief }), ...(platform && { platform }) });
      const request = seconds === undefined ? base : { ...base, targetDurationMs: Math.round(seconds * 1000) };
      const complete = await llmIfKey(ctx, Boolean(opts.offline));
      const results = await planScenes({ request, variations, ...(complete && { complete }) });
      const stored: StoredPlan = savePlan(store, opts.project, { createdAt: new Date().toISOString(), request, results });
      printResult(ctx.io, {
        json: Boolean(opts.json),
        value: { projectId: opts.project, ...stored },
        human: () => `${stored.results.map(describePlan).join('\n\n')}\n\nStored. Next: adloom generate --project ${opts.project}`,
      });
    });
}
