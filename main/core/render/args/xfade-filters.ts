import type { PlanTransition } from '../plan/render-plan';
import { chain, filter, num } from './filter-syntax';

export type XfadeKind = Exclude<PlanTransition['kind'], 'crossfade' | 'fade-black'>;

/** Transitions drawn by xfade (which only works in 4:4:4, so its frames are converted there and back). */
const XFADE: Record<XfadeKind, string> = {
  'wipe-left': 'wipeleft',
  'wipe-right': 'wiperight',
  'wipe-up': 'wipeup',
  'wipe-down': 'wipedown',
  'slide-left': 'slideleft',
  'slide-right': 'slideright',
  'slide-up': 'slideup',
  'slide-down': 'slidedown',
};

const half = (x: string): string => filter('crop', { w: 'iw/2', h: 'ih', x, y: 0 });

/**
 * `frames` frames of an xfade wipe or slide from `tail` (the outgoing item's last frames) to
 * `head` (the incoming item's first frames), both starting at pts 0.
 *
 * The two inputs reach xfade as halves of one side-by-side frame. FFmpeg 5.1's xfade ends the
 * transition as soon as its first input has signalled end of stream, even with frames of it
 * still queued, if the second input has no frame waiting at that moment; it then drops the
 * queued outgoing frames and passes the incoming ones with timestamps one frame late. A still
 * or a card hands its last frames over together with its end of stream, so that happened on
 * real exports: the last step of the transition was missing (concat's frame rate filled the gap
 * with the step before) and everything after ran a frame late. hstack pairs the frames by
 * timestamp and split hands each pair to both crops in one go, so xfade can never see the first
 * input end while the second one lags behind. The copy costs one frame per transition frame,
 * little next to xfade's own 4:4:4 round trip.
 */
export function xfadeChains({ kind, frames, tail, head, output, fps }: { kind: XfadeKind; frames: number; tail: string; head: string; output: string; fps: number }): string[] {
  const [left, right, outgoing, incoming] = ['l', 'r', 'o', 'i'].map((s) => `${output}${s}`) as [string, string, string, string];
  return [
    `[${tail}][${head}]${filter('hstack', { inputs: 2 })},${filter('split', { outputs: 2 })}[${left}][${right}]`,
    chain({ inputs: [left], filters: [half('0')], output: outgoing }),
    chain({ inputs: [right], filters: [half('iw/2')], output: incoming }),
    chain({
      inputs: [outgoing, incoming],
      filters: [filter('xfade', { transition: XFADE[kind], duration: num(frames / fps), offset: 0 }), filter('format', { pix_fmts: 'yuv420p' })],
      output,
    }),
  ];
}
