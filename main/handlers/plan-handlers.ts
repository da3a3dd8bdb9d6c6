import { planScenes } from '../core/generate/planner';
import type { NamespaceHandlers } from './handler-types';

export const planHandlers: NamespaceHandlers<'plan'> = {
  // The local rule-based planner (offline, free). The LLM planner needs a Replicate text
  // completion function, which arrives with the generation jobs; until then every plan is local.
  'plan.create': ({ request, variations }) => planScenes({ request, variations }),
};
