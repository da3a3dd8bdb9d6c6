import type { PatchOp } from '../../../../preload/contract/document/patch-ops';
import type { ProjectDocument } from '../../../../preload/contract/project/document';
import { MIN_PART_MS, locate, refuse, type OpsResult } from './timeline-ops';

export type TrimEdge = 'start' | 'end';

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));
const set = (pointer: string, field: string, value: number): PatchOp => ({ op: 'replace', path: `${pointer}/${field}`, value });

/**
 * Drags one edge of an item by deltaMs (negative = left). Clips and audio trim their source
 * range (never past the file's length, when known); stills, cards, overlays and caption cues
 * change their duration (and start, for the start edge). Every item keeps at least MIN_PART_MS.
 */
export function trimOps({ doc, itemId, edge, deltaMs, sourceDurationMs }: { doc: ProjectDocument; itemId: string; edge: TrimEdge; deltaMs: number; sourceDurationMs?: number | null }): OpsResult {
  const found = locate(doc, itemId);
  if (found === null) return refuse(`${itemId} is not part of this project`);
  const delta = Math.round(deltaMs);
  const { pointer } = found;
  const item = found.item as Record<string, unknown>;
  const sourceEnd = sourceDurationMs ?? Number.POSITIVE_INFINITY;
  let ops: PatchOp[];
  if (item.type === 'clip') {
    const inMs = item.inMs as number;
    const outMs = item.outMs as number;
    ops = edge === 'start' ? [set(pointer, 'inMs', clamp(inMs + delta, 0, outMs - MIN_PART_MS))] : [set(pointer, 'outMs', clamp(outMs + delta, inMs + MIN_PART_MS, Math.max(sourceEnd, inMs + MIN_PART_MS)))];
  } else if (found.track === 'video') {
    const duration = item.durationMs as number;
    ops = [set(pointer, 'durationMs', Math.max(MIN_PART_MS, edge === 'start' ? duration - delta : duration + delta))];
  } else if (found.track === 'music' || found.track === 'voiceover') {
    ops = trimAudio({ pointer, item, edge, delta, sourceEnd });
  } else {
    const startMs = item.startMs as number;
    const duration = item.durationMs as number;
    if (edge === 'end') ops = [set(pointer, 'durationMs', Math.max(MIN_PART_MS, duration + delta))];
    else {
      const start = clamp(startMs + delta, 0, startMs + duration - MIN_PART_MS);
      ops = [set(pointer, 'startMs', start), set(pointer, 'durationMs', duration - (start - startMs))];
    }
  }
  const changed = ops.filter((op) => op.op === 'replace' && op.value !== item[op.path.slice(pointer.length + 1)]);
  return { ok: true, label: 'Trim', ops: changed };
}

function trimAudio({ pointer, item, edge, delta, sourceEnd }: { pointer: string; item: Record<string, unknown>; edge: TrimEdge; delta: number; sourceEnd: number }): PatchOp[] {
  const inMs = item.inMs as number;
  const startMs = item.startMs as number;
  const outMs = (item.outMs as number | undefined) ?? sourceEnd;
  if (edge === 'start') {
    // The head moves in the file and on the timeline together, so the rest stays in place.
    const applied = clamp(delta, Math.max(-inMs, -startMs), outMs - MIN_PART_MS - inMs);
    return [set(pointer, 'inMs', inMs + applied), set(pointer, 'startMs', startMs + applied)];
  }
  if (!Number.isFinite(outMs)) return [];
  return [set(pointer, 'outMs', clamp(outMs + delta, inMs + MIN_PART_MS, Math.max(sourceEnd, inMs + MIN_PART_MS)))];
}
