import { z } from 'zod';
import { ScenePlanRequest, ScenePlanResult } from '../plan/scene-plan';
import { command } from './command-spec';

/** The planner's own cap (main/core/generate/planner MAX_VARIATIONS). */
export const MAX_PLAN_VARIATIONS = 5;

export const planCommands = {
  'plan.create': command(
    z.object({ request: ScenePlanRequest, variations: z.number().int().min(1).max(MAX_PLAN_VARIATIONS).default(1) }).strict(),
    z.array(ScenePlanResult),
    'Plans scenes (prompt, camera move, timing, copy) from product images and a brief.',
  ),
} as const;
