import { applyPatch } from '../../../../preload/contract/document/apply-patch';
import type { PatchOp } from '../../../../preload/contract/document/patch-ops';

/**
 * One undoable document edit: the JSON-patch ops that made it and the ops that undo it (the
 * contract's applyPatch computes both, the same code main runs for document.patch).
 */
export interface HistoryEntry {
  label: string;
  ops: PatchOp[];
  inverse: PatchOp[];
  /**
   * Edits with the same key that follow each other become one undo step (typing in a field,
   * dragging a slider), as the later edit merges into the earlier entry.
   */
  mergeKey?: string;
}

/** How many edits undo remembers; older ones drop off the bottom. */
export const HISTORY_LIMIT = 200;

export type CommandOutcome<D> = { ok: true; document: D; entry: HistoryEntry } | { ok: false; reason: string };

/** Runs ops on a document, giving the entry that history records for them. */
export function runCommand<D>(document: D, command: { label: string; ops: readonly PatchOp[] }): CommandOutcome<D> {
  const outcome = applyPatch(document, command.ops);
  if (!outcome.ok) return { ok: false, reason: `${command.label}: op ${outcome.opIndex} failed (${outcome.reason})` };
  return { ok: true, document: outcome.document as D, entry: { label: command.label, ops: [...command.ops], inverse: outcome.inverse } };
}

/** The same edit, the other way round: undo runs the inverse of an entry. */
export function invertEntry(entry: HistoryEntry): HistoryEntry {
  return { label: entry.label, ops: entry.inverse, inverse: entry.ops };
}

/** The later edit folded into the earlier one: its ops run after, its inverse runs first. */
export function mergeEntries(earlier: HistoryEntry, later: HistoryEntry): HistoryEntry {
  return { ...earlier, label: later.label, ops: [...earlier.ops, ...later.ops], inverse: [...later.inverse, ...earlier.inverse] };
}

/** Adds an entry and trims the stack to HISTORY_LIMIT. */
export function pushEntry(stack: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  const next = [...stack, entry];
  return next.length > HISTORY_LIMIT ? next.slice(next.length - HISTORY_LIMIT) : next;
}
