import { planScenes } from '../core/generate/planner';
import { llmComplete } from '../core/generate/providers/llm-complete';
import type { HandlerContext } from './handler-context';
import type { NamespaceHandlers } from './handler-types';

/** The LLM planner runs on the user's Replicate key (a few cents at most); without one, none. */
async function llmIfKey(ctx: HandlerContext): Promise<Parameters<typeof planScenes>[0]['complete']> {
  if ((await ctx.secrets.get('replicate')) === null) return undefined;
  return llmComplete({ provider: ctx.providers('replicate'), intervalMs: 1000 });
}

export const planHandlers: NamespaceHandlers<'plan'> = {
  // With a key the LLM plans and the local planner stands in for unusable replies; each result
  // says which planner made it (source) and why the local one stood in (reason).
  'plan.create': async ({ request, variations }, ctx) => {
    const complete = await llmIfKey(ctx);
    return planScenes({ request, variations, ...(complete && { complete }) });
  },
};
