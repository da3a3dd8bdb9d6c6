import { formatSeconds } from '../../../../preload/contract/layout';
import type { PlanClip } from '../plan/render-plan';
import { filter } from './filter-syntax';
import { framingChains } from './framing';
import type { InputList } from './input-list';

/** Input options: seek on the input (fast: decoding starts at the keyframe before inMs) and read only the item's length. */
export function clipInputOptions(clip: PlanClip): string[] {
  return [...(clip.inMs > 0 ? ['-ss', formatSeconds(clip.inMs / 1000)] : []), '-t', formatSeconds(clip.readMs / 1000)];
}

/**
 * A clip normalised to the output: framed and scaled once, at whichever of the two frame rates
 * is lower (a 60 fps source is thinned before scaling, a 24 fps one scaled before frames are
 * repeated), padded by a few cloned frames in case the source ends a frame early, and trimmed
 * to exactly its frame count.
 */
export function clipChains({ clip, output, inputIndex, width, height, fps }: { clip: PlanClip; output: string; inputIndex: number; width: number; height: number; fps: number }): string[] {
  const rate = filter('fps', { fps, start_time: 0 });
  const thinFirst = clip.sourceFps > fps;
  const spare = Math.ceil(fps / 10) + 1;
  const exact = [filter('tpad', { stop_mode: 'clone', stop: spare }), filter('trim', { end_frame: clip.frames })];
  return framingChains({
    framing: clip.framing,
    input: `${inputIndex}:v`,
    output,
    width,
    height,
    labelPrefix: `${output}_`,
    before: thinFirst ? [rate] : [],
    after: [...(thinFirst ? [] : [rate]), ...exact],
  });
}

/**
 * A clip's picture and sound are opened as two inputs. With one input, the mix (which needs
 * every clip's sound from the first second on, delayed into place) would make FFmpeg decode
 * each clip's video long before its turn and queue the frames: gigabytes of memory and a slower
 * render. Reading a file twice costs only demuxing.
 */
export function addClipInputs(inputs: InputList, clip: PlanClip): { video: number; audio: number | null } {
  const video = inputs.add(clip.path, ['-an', ...clipInputOptions(clip)]);
  const audio = clip.audio ? inputs.add(clip.path, ['-vn', ...clipInputOptions(clip)]) : null;
  return { video, audio };
}
