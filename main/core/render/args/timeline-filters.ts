import type { PlanTransition, PlanVideoItem } from '../plan/render-plan';
import { chain, filter } from './filter-syntax';
import { xfadeChains } from './xfade-filters';

const rebase = filter('setpts', { expr: 'PTS-STARTPTS' });
const trim = (from: number, to?: number): string => filter('trim', { start_frame: from > 0 ? from : undefined, end_frame: to });

/** Frames of item `index` that overlap the next item. */
function overlapOut(items: readonly PlanVideoItem[], index: number): number {
  return items[index + 1]?.transitionIn?.frames ?? 0;
}

/**
 * The frames where two items overlap, as pieces for the final concat. A crossfade (the common
 * case) is an overlay of the incoming item with a rising alpha: it stays in 4:2:0 and costs a
 * fraction of xfade. A fade through black needs no blending at all: the outgoing item fades to
 * black over the first half, the incoming one from black over the second. Wipes and slides are
 * xfade's (xfade-filters.ts).
 */
export function transitionChains({ kind, frames, tail, head, output, fps }: { kind: PlanTransition['kind']; frames: number; tail: string; head: string; output: string; fps: number }): { chains: string[]; pieces: string[] } {
  if (kind === 'crossfade') {
    return {
      chains: [
        chain({ inputs: [head], filters: [filter('format', { pix_fmts: 'yuva420p' }), filter('fade', { t: 'in', s: 0, n: frames, alpha: 1 })], output: `${output}a` }),
        chain({ inputs: [tail, `${output}a`], filters: [filter('overlay', { eof_action: 'pass' })], output }),
      ],
      pieces: [output],
    };
  }
  if (kind === 'fade-black') {
    const out = Math.ceil(frames / 2);
    const inFrames = frames - out;
    if (inFrames === 0) {
      // A one-frame fade: the incoming frame is not shown, but every label must be consumed.
      return { chains: [chain({ inputs: [tail], filters: [filter('fade', { t: 'out', s: 0, n: out })], output }), `[${head}]nullsink`], pieces: [output] };
    }
    return {
      chains: [
        chain({ inputs: [tail], filters: [trim(0, out), filter('fade', { t: 'out', s: 0, n: out })], output: `${output}o` }),
        chain({ inputs: [head], filters: [trim(out), rebase, filter('fade', { t: 'in', s: 0, n: inFrames })], output: `${output}i` }),
      ],
      pieces: [`${output}o`, `${output}i`],
    };
  }
  return { chains: xfadeChains({ kind, frames, tail, head, output, fps }), pieces: [output] };
}

/**
 * Joins the items' streams in order. Each item is cut (split + trim, which copy nothing) into
 * the frames it shares with its neighbours and the frames it shows alone; only the shared frames
 * go through a transition, and one concat puts every piece in order (a cut is two pieces in a
 * row). Chaining xfade over whole items instead would push every frame of the ad through it,
 * and xfade in FFmpeg 5.1 converts each one to 4:4:4 and back.
 */
export function joinItems({ items, labels, fps }: { items: readonly PlanVideoItem[]; labels: readonly string[]; fps: number }): { chains: string[]; output: string } {
  const chains: string[] = [];
  const pieces: string[] = [];
  let previousTail: string | null = null;
  items.forEach((item, index) => {
    const label = labels[index] as string;
    const head = item.transitionIn && index > 0 ? item.transitionIn.frames : 0;
    const tail = overlapOut(items, index);
    const bodyFrames = item.frames - head - tail;
    if (head === 0 && tail === 0) {
      pieces.push(label);
      return;
    }
    const parts: Array<[string, string[]]> = [];
    if (head > 0) parts.push([`${label}h`, [trim(0, head), rebase]]);
    if (bodyFrames > 0) parts.push([`${label}b`, [trim(head, head + bodyFrames), rebase]]);
    if (tail > 0) parts.push([`${label}t`, [trim(item.frames - tail), rebase]]);
    chains.push(`[${label}]split=${parts.length}${parts.map(([name]) => `[${name}s]`).join('')}`);
    for (const [name, filters] of parts) chains.push(chain({ inputs: [`${name}s`], filters, output: name }));

    if (head > 0 && item.transitionIn && previousTail) {
      const made = transitionChains({ kind: item.transitionIn.kind, frames: head, tail: previousTail, head: `${label}h`, output: `${label}x`, fps });
      chains.push(...made.chains);
      pieces.push(...made.pieces);
    }
    if (bodyFrames > 0) pieces.push(`${label}b`);
    previousTail = tail > 0 ? `${label}t` : null;
  });
  if (pieces.length === 1) return { chains, output: pieces[0] as string };
  // concat leaves a microsecond time base; fps (which only passes frames here) restores the output rate.
  chains.push(chain({ inputs: pieces, filters: [filter('concat', { n: pieces.length, v: 1, a: 0 }), filter('fps', { fps })], output: 'joined' }));
  return { chains, output: 'joined' };
}
