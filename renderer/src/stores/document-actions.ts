import { ProjectDocument } from '../../../preload/contract/project/document';
import type { PatchOp } from '../../../preload/contract/document/patch-ops';
import type { DocumentStateDto } from '../../../preload/contract/dto/project-dto';
import { useAppStore } from './app-store';
import { documentItemIds } from './document-ids';
import { invertEntry, mergeEntries, pushEntry, runCommand, type HistoryEntry } from './history/history-entry';
import { playhead } from './playhead';
import { initialDocumentState } from './slices/document-slice';

export type EditResult = { ok: true } | { ok: false; reason: string };

const NO_PROJECT = { ok: false as const, reason: 'no project is open' };

/** Keeps only selected ids the document still has. */
function prunedSelection(doc: ProjectDocument): string[] {
  const ids = documentItemIds(doc);
  return useAppStore.getState().selectedIds.filter((id) => ids.has(id));
}

/** Checks the edited document against the schema and fills defaults, so the store never holds an invalid one. */
function validated(candidate: unknown, label: string): { ok: true; doc: ProjectDocument } | { ok: false; reason: string } {
  const parsed = ProjectDocument.safeParse(candidate);
  if (parsed.success) return { ok: true, doc: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, reason: `${label}: ${issue ? `${issue.path.join('.') || 'document'} ${issue.message}` : 'the document would be invalid'}` };
}

/** Applies ops without touching history; the caller says where the entry goes. */
function change(entry: { label: string; ops: readonly PatchOp[] }): { ok: true; doc: ProjectDocument; entry: HistoryEntry } | { ok: false; reason: string } {
  const { doc } = useAppStore.getState();
  if (doc === null) return NO_PROJECT;
  const ran = runCommand(doc, entry);
  if (!ran.ok) return ran;
  const checked = validated(ran.document, entry.label);
  return checked.ok ? { ok: true, doc: checked.doc, entry: ran.entry } : checked;
}

function commit(doc: ProjectDocument, applied: readonly PatchOp[], stacks: { past: HistoryEntry[]; future: HistoryEntry[] }): void {
  useAppStore.setState((s) => ({
    doc,
    ...stacks,
    unsaved: [...s.unsaved, ...applied],
    changeCount: s.changeCount + 1,
    saveStatus: s.saveStatus === 'saving' ? 'saving' : 'dirty',
    selectedIds: prunedSelection(doc),
  }));
}

/**
 * Every change to the open document goes through here: it becomes one undo step and reaches
 * main through autosave. Module-level (zustand "actions outside the store"), callable from
 * components, the action registry and tests alike.
 */
export const documentActions = {
  /** Opens a loaded project: a fresh history, nothing unsaved. */
  open(state: DocumentStateDto): void {
    useAppStore.setState({
      ...initialDocumentState,
      projectId: state.summary.id,
      summary: state.summary,
      doc: state.document,
      revision: state.revision,
      saveStatus: 'saved',
      loadStatus: 'ready',
      selectedIds: [],
      playing: false,
    });
    playhead.reset();
  },

  /** Back to no project (the projects home). */
  close(): void {
    useAppStore.setState({ ...initialDocumentState, selectedIds: [], playing: false, assets: [], mediaStatus: 'idle', importFiles: [] });
    playhead.reset();
  },

  /**
   * Applies JSON-patch ops as one undoable edit named `label` ("Split clip"). Refused, with the
   * document untouched, when an op does not apply or the result breaks the schema.
   */
  apply(label: string, ops: readonly PatchOp[], options: { mergeKey?: string } = {}): EditResult {
    if (ops.length === 0) return { ok: true };
    const done = change({ label, ops });
    if (!done.ok) return done;
    const { past } = useAppStore.getState();
    const entry: HistoryEntry = options.mergeKey === undefined ? done.entry : { ...done.entry, mergeKey: options.mergeKey };
    const top = past.at(-1);
    const merge = options.mergeKey !== undefined && top?.mergeKey === options.mergeKey;
    const nextPast = merge && top ? [...past.slice(0, -1), mergeEntries(top, entry)] : pushEntry(past, entry);
    commit(done.doc, ops, { past: nextPast, future: [] });
    return { ok: true };
  },

  /**
   * Ends the current merge: the next edit with the same mergeKey starts a new undo step. Called
   * when a gesture ends (a field loses focus, a slider is let go), so two separate edits of one
   * field undo one at a time.
   */
  endMerge(): void {
    const { past } = useAppStore.getState();
    const top = past.at(-1);
    if (top?.mergeKey === undefined) return;
    const { mergeKey: _ended, ...sealed } = top;
    useAppStore.setState({ past: [...past.slice(0, -1), sealed] });
  },

  undo(): EditResult {
    const { past, future } = useAppStore.getState();
    const entry = past.at(-1);
    if (entry === undefined) return { ok: false, reason: 'nothing to undo' };
    const done = change(invertEntry(entry));
    if (!done.ok) return done;
    commit(done.doc, entry.inverse, { past: past.slice(0, -1), future: [...future, entry] });
    return { ok: true };
  },

  redo(): EditResult {
    const { past, future } = useAppStore.getState();
    const entry = future.at(-1);
    if (entry === undefined) return { ok: false, reason: 'nothing to redo' };
    const done = change(entry);
    if (!done.ok) return done;
    commit(done.doc, entry.ops, { past: [...past, entry], future: future.slice(0, -1) });
    return { ok: true };
  },
};
