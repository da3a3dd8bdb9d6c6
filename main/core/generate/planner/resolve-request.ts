import { ScenePlanRequest } from '../../../../preload/contract/plan/scene-plan';
import type { PlanImage } from '../../../../preload/contract/plan/scene-plan';
import type { Aspect } from '../../../../preload/contract/project/primitives';
import { formatZodIssues, readableIssues } from '../../project/format-zod-issues';
import { AppError } from '../../shared/app-error';
import { moodCategory, moodStyle } from './moods';
import type { MoodStyle } from './moods';
import { platformSpec } from './platforms';
import type { PlatformSpec } from './platforms';

/** A checked request with the facts both planners derive from it. */
export interface ResolvedRequest {
  request: ScenePlanRequest;
  images: readonly PlanImage[];
  brief: string;
  style: MoodStyle;
  spec: PlatformSpec;
  aspect: Aspect;
  totalMs: number;
}

export function resolveRequest(input: unknown): ResolvedRequest {
  const parsed = ScenePlanRequest.safeParse(input);
  if (!parsed.success) {
    throw new AppError('BAD_INPUT', `scene plan request is invalid: ${formatZodIssues(parsed.error.issues)}`, {
      issues: readableIssues(parsed.error.issues),
    });
  }
  const request = parsed.data;
  const spec = platformSpec(request.platform);
  const aspect = request.aspect ?? spec.aspects[0];
  if (!spec.aspects.includes(aspect)) {
    throw new AppError('BAD_INPUT', `scene plan request: aspect ${aspect} does not suit ${spec.label} (use ${spec.aspects.join(' or ')})`, {
      field: 'aspect',
    });
  }
  const totalMs = request.targetDurationMs ?? spec.idealTotalMs;
  if (totalMs < spec.minTotalMs || totalMs > spec.maxTotalMs) {
    throw new AppError(
      'BAD_INPUT',
      `scene plan request: targetDurationMs ${totalMs} is outside ${spec.minTotalMs}–${spec.maxTotalMs} ms for ${spec.label}`,
      { field: 'targetDurationMs' },
    );
  }
  return { request, images: request.images, brief: request.brief, style: moodStyle(moodCategory(request.mood)), spec, aspect, totalMs };
}

/** Each variation may cost an LLM call or two; more than this is more choice than anyone reviews. */
export const MAX_VARIATIONS = 5;

export function checkVariations(variations: number): void {
  if (!Number.isInteger(variations) || variations < 1 || variations > MAX_VARIATIONS) {
    throw new AppError('BAD_INPUT', `scene plan: variations must be a whole number from 1 to ${MAX_VARIATIONS}, got ${variations}`, { field: 'variations' });
  }
}
