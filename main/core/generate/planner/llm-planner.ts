import type { ScenePlanResult } from '../../../../preload/contract/plan/scene-plan';
import { AppError } from '../../shared/app-error';
import { checkLlmReply } from './llm-reply';
import { buildPlanPrompt, buildRepairPrompt } from './llm-prompt';
import type { LlmPrompt } from './llm-prompt';
import { buildLocalPlan } from './local-planner';
import { checkVariations, resolveRequest } from './resolve-request';
import type { ResolvedRequest } from './resolve-request';

/** One LLM call: system and user prompt in, the model's whole text out. Injected (Replicate adapter, tests). */
export type CompleteFn = (prompt: LlmPrompt) => Promise<string>;

/** How many problems a result's reason quotes (the full list went to the model). */
const REASON_ERRORS = 3;

function summarise(errors: readonly string[]): string {
  const shown = errors.slice(0, REASON_ERRORS).join('; ');
  return errors.length > REASON_ERRORS ? `${shown}; and ${errors.length - REASON_ERRORS} more` : shown;
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** A cancelled plan is not a failed one: it must not quietly turn into a local plan. */
function isCancellation(err: unknown): boolean {
  return (err instanceof AppError && err.code === 'CANCELLED') || (err instanceof Error && err.name === 'AbortError');
}

type CallOutcome = { ok: true; text: string } | { ok: false; error: string };

/** A failed call becomes a reason for the fallback; a cancellation is thrown on. */
async function call(complete: CompleteFn, prompt: LlmPrompt): Promise<CallOutcome> {
  try {
    return { ok: true, text: await complete(prompt) };
  } catch (err) {
    if (isCancellation(err)) throw err;
    return { ok: false, error: message(err) };
  }
}

interface Planned {
  result: ScenePlanResult;
  /** The model could not be reached (as opposed to answering badly). */
  callFailed: boolean;
}

async function planOne({ complete, resolved, variation, variations, previousHooks }: {
  complete: CompleteFn;
  resolved: ResolvedRequest;
  variation: number;
  variations: number;
  previousHooks: readonly string[];
}): Promise<Planned> {
  const fallback = (reason: string, callFailed: boolean): Planned => ({
    result: { variation, source: 'local-fallback', reason, adjustments: [], plan: buildLocalPlan(resolved, variation) },
    callFailed,
  });
  const prompt = buildPlanPrompt(resolved, { variation, variations, previousHooks });
  const first = await call(complete, prompt);
  if (!first.ok) return fallback(`the LLM call failed: ${first.error}`, true);
  const checked = checkLlmReply(first.text, resolved);
  if (checked.ok) return { result: { variation, source: 'llm', adjustments: checked.adjustments, plan: checked.plan }, callFailed: false };

  const firstProblems = summarise(checked.errors);
  const second = await call(complete, buildRepairPrompt(prompt, { reply: first.text, errors: checked.errors }));
  if (!second.ok) return fallback(`the LLM reply was invalid (${firstProblems}) and the repair call failed: ${second.error}`, true);
  const repaired = checkLlmReply(second.text, resolved);
  if (!repaired.ok) return fallback(`the LLM reply was invalid twice: ${summarise(repaired.errors)}`, false);
  const reason = `the first LLM reply was invalid: ${firstProblems}`;
  return { result: { variation, source: 'llm-repaired', reason, adjustments: repaired.adjustments, plan: repaired.plan }, callFailed: false };
}

/**
 * Plans `variations` ads with the LLM, one call (plus at most one repair) each, in order so
 * each variation can be told which hooks are taken. A variation whose replies stay invalid
 * gets the local plan; after a call throws, the rest go local too rather than wait on a
 * service that is down. A cancellation is rethrown.
 */
export async function planWithLlm({ complete, request, variations = 1 }: { complete: CompleteFn; request: unknown; variations?: number }): Promise<ScenePlanResult[]> {
  checkVariations(variations);
  const resolved = resolveRequest(request);
  const results: ScenePlanResult[] = [];
  let down: string | null = null;
  for (let variation = 0; variation < variations; variation++) {
    if (down !== null) {
      results.push({ variation, source: 'local-fallback', reason: down, adjustments: [], plan: buildLocalPlan(resolved, variation) });
      continue;
    }
    const previousHooks = results.filter((r) => r.source !== 'local-fallback').map((r) => r.plan.hook);
    const { result, callFailed } = await planOne({ complete, resolved, variation, variations, previousHooks });
    if (callFailed && result.reason !== undefined) down = `${result.reason} (an earlier variation's call)`;
    results.push(result);
  }
  return results;
}
