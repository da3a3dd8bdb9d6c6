import type { PlanSource, ScenePlanResult } from '../../../../preload/contract/plan/scene-plan';
import type { CameraMove } from '../../../../preload/contract/project/primitives';
import { formatDuration } from '../../lib/format';
import { moodCategoryLabel } from './mood';

const SOURCE_LABELS: Readonly<Record<PlanSource, string>> = {
  llm: 'Planned by the LLM',
  'llm-repaired': 'Planned by the LLM, fixed up',
  local: 'Planned locally (rules, no LLM)',
  'local-fallback': 'Planned locally: the LLM answer was unusable',
};

/** Which planner made a plan, for the badge; `isLlm` tells the badge's colour. */
export function planSource(result: Pick<ScenePlanResult, 'source'>): { label: string; isLlm: boolean } {
  return { label: SOURCE_LABELS[result.source], isLlm: result.source === 'llm' || result.source === 'llm-repaired' };
}

/** The why behind a repaired or replaced plan, with the fixes; empty for a plain one. */
export function planNotes(result: Pick<ScenePlanResult, 'reason' | 'adjustments'>): string[] {
  return [...(result.reason === undefined ? [] : [result.reason]), ...result.adjustments];
}

/** "4 scenes · 12.0 s · Luxury reveal". */
export function planLine(result: Pick<ScenePlanResult, 'plan'>): string {
  const n = result.plan.scenes.length;
  return `${n} ${n === 1 ? 'scene' : 'scenes'} · ${formatDuration(result.plan.totalDurationMs)} · ${moodCategoryLabel(result.plan.moodCategory)}`;
}

export const CAMERA_MOVE_LABELS: Readonly<Record<CameraMove, string>> = {
  none: 'Still', 'zoom-in': 'Zoom in', 'zoom-out': 'Zoom out', 'pan-left': 'Pan left', 'pan-right': 'Pan right', 'pan-up': 'Pan up', 'pan-down': 'Pan down', 'push-in': 'Push in',
};
