import { buildDraftMotionFilter } from '../draft-motion/build-filter';
import type { PlanStill } from '../plan/render-plan';
import type { InputList } from './input-list';

/**
 * A still with its draft-motion camera move, from the shared draft-motion builder. The builder
 * counts frames as round(duration · fps); it is given the duration of exactly the planned frame
 * count so the still fills its slot on the timeline to the frame.
 */
export function stillChains({ still, output, inputs, width, height, fps }: { still: PlanStill; output: string; inputs: InputList; width: number; height: number; fps: number }): string[] {
  const index = inputs.add(still.path);
  return [
    buildDraftMotionFilter({
      ...still.motion,
      durationMs: (still.frames * 1000) / fps,
      fps,
      width,
      height,
      framing: still.framing,
      sourceWidth: still.sourceWidth,
      sourceHeight: still.sourceHeight,
      inputLabel: `${index}:v`,
      outputLabel: output,
      labelPrefix: `${output}_`,
    }),
  ];
}
