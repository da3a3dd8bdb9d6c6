import { formatPointer, parsePointer } from './json-pointer';
import { cloneJson, isJsonObject, jsonEqual } from './json-values';
import type { PatchOp } from './patch-ops';

export type PatchOutcome =
  | {
      ok: true;
      document: unknown;
      /** Ops that turn the patched document back into the original one, in order (the undo). */
      inverse: PatchOp[];
    }
  | {
      ok: false;
      /** Index of the op that could not be applied; nothing was changed. */
      opIndex: number;
      /** `test` = a test op found another value (the document changed under the editor). */
      kind: 'path' | 'test' | 'value';
      reason: string;
    };

type Step = { ok: true; inverse: PatchOp[] } | { ok: false; kind: 'path' | 'test' | 'value'; reason: string };
type Slot = { container: unknown[]; index: number } | { container: Record<string, unknown>; key: string };

const INDEX = /^(0|[1-9][0-9]*)$/;
const UNSAFE_KEYS = new Set(['__proto__', 'prototype', 'constructor']);
const failPath = (reason: string): Step => ({ ok: false, kind: 'path', reason });

/**
 * Applies JSON Patch ops to a copy of `document`, all or nothing, and returns the inverse ops.
 * Shared by main (document.patch) and the renderer (optimistic edits, undo history), so both
 * compute exactly the same result. Arrays follow RFC 6902: "-" appends, indexes shift.
 */
export function applyPatch(document: unknown, ops: readonly PatchOp[]): PatchOutcome {
  const root = { doc: cloneJson(document) as unknown };
  const groups: PatchOp[][] = [];
  for (const [opIndex, op] of ops.entries()) {
    const step = applyOne(root, op);
    if (!step.ok) return { ok: false, opIndex, kind: step.kind, reason: step.reason };
    groups.push(step.inverse);
  }
  return { ok: true, document: root.doc, inverse: groups.reverse().flat() };
}

function applyOne(root: { doc: unknown }, op: PatchOp): Step {
  if (op.op === 'test') return testOp(root.doc, op.path, op.value);
  if (op.op === 'move') return moveOp(root, op.from, op.path);
  if (op.op === 'remove') return op.path === '' ? failPath('the whole document cannot be removed') : removeAt(root.doc, op.path);
  if (op.value === undefined) return { ok: false, kind: 'value', reason: `${op.op} needs a value` };
  let value: unknown;
  try {
    value = cloneJson(op.value);
  } catch {
    return { ok: false, kind: 'value', reason: 'the value is not plain JSON' };
  }
  if (op.path === '') {
    const old = root.doc;
    root.doc = value;
    return { ok: true, inverse: [{ op: 'replace', path: '', value: old }] };
  }
  return op.op === 'add' ? addAt(root.doc, op.path, value) : replaceAt(root.doc, op.path, value);
}

/** The container and key a pointer's last segment names; `forAdd` allows index == length and "-". */
function locate(doc: unknown, pointer: string, forAdd: boolean): Slot | string {
  const segments = parsePointer(pointer);
  const last = segments.pop();
  if (last === undefined) return 'the path is the whole document';
  let node = doc;
  for (const segment of segments) {
    const next = child(node, segment);
    if (next === undefined) return `${formatPointer(segments)} has no "${segment}"`;
    node = next.value;
  }
  if (Array.isArray(node)) {
    const index = forAdd && last === '-' ? node.length : INDEX.test(last) ? Number(last) : -1;
    const max = forAdd ? node.length : node.length - 1;
    return index >= 0 && index <= max ? { container: node, index } : `index "${last}" is outside the list (length ${node.length})`;
  }
  if (!isJsonObject(node)) return `the parent of "${last}" is not an object or list`;
  if (UNSAFE_KEYS.has(last)) return `"${last}" cannot be used as a key`;
  return { container: node, key: last };
}

function child(node: unknown, segment: string): { value: unknown } | undefined {
  if (Array.isArray(node)) return INDEX.test(segment) && Number(segment) < node.length ? { value: node[Number(segment)] } : undefined;
  if (isJsonObject(node) && !UNSAFE_KEYS.has(segment) && Object.hasOwn(node, segment)) return { value: node[segment] };
  return undefined;
}

function valueAt(doc: unknown, pointer: string): { value: unknown } | undefined {
  let node: { value: unknown } | undefined = { value: doc };
  for (const segment of parsePointer(pointer)) {
    node = child(node.value, segment);
    if (node === undefined) return undefined;
  }
  return node;
}

function indexPointer(pointer: string, index: number): string {
  const segments = parsePointer(pointer);
  return formatPointer([...segments.slice(0, -1), String(index)]);
}

function addAt(doc: unknown, pointer: string, value: unknown): Step {
  const slot = locate(doc, pointer, true);
  if (typeof slot === 'string') return failPath(slot);
  if ('index' in slot) {
    slot.container.splice(slot.index, 0, value);
    return { ok: true, inverse: [{ op: 'remove', path: indexPointer(pointer, slot.index) }] };
  }
  const existed = Object.hasOwn(slot.container, slot.key);
  const old = slot.container[slot.key];
  slot.container[slot.key] = value;
  return { ok: true, inverse: [existed ? { op: 'replace', path: pointer, value: old } : { op: 'remove', path: pointer }] };
}

function removeAt(doc: unknown, pointer: string): Step & { removed?: unknown } {
  const slot = locate(doc, pointer, false);
  if (typeof slot === 'string') return failPath(slot);
  if ('index' in slot) {
    const [old] = slot.container.splice(slot.index, 1);
    return { ok: true, inverse: [{ op: 'add', path: pointer, value: old }], removed: old };
  }
  if (!Object.hasOwn(slot.container, slot.key)) return failPath(`${pointer} does not exist`);
  const old = slot.container[slot.key];
  delete slot.container[slot.key];
  return { ok: true, inverse: [{ op: 'add', path: pointer, value: old }], removed: old };
}

function replaceAt(doc: unknown, pointer: string, value: unknown): Step {
  const slot = locate(doc, pointer, false);
  if (typeof slot === 'string') return failPath(slot);
  if ('key' in slot && !Object.hasOwn(slot.container, slot.key)) return failPath(`${pointer} does not exist`);
  const old = 'index' in slot ? slot.container[slot.index] : slot.container[slot.key];
  if ('index' in slot) slot.container[slot.index] = value;
  else slot.container[slot.key] = value;
  return { ok: true, inverse: [{ op: 'replace', path: pointer, value: old }] };
}

function moveOp(root: { doc: unknown }, from: string, path: string): Step {
  if (from === path) return { ok: true, inverse: [] };
  const fromSegments = parsePointer(from);
  const pathSegments = parsePointer(path);
  if (fromSegments.length === 0 || fromSegments.every((s, i) => pathSegments[i] === s)) {
    return failPath(`cannot move ${from} into itself (${path})`);
  }
  const removed = removeAt(root.doc, from);
  if (!removed.ok) return removed;
  // A failure here leaves the working copy half-moved; applyPatch then drops that copy whole.
  const added = addAt(root.doc, path, removed.removed);
  if (!added.ok) return added;
  return { ok: true, inverse: [...added.inverse, ...removed.inverse] };
}

function testOp(doc: unknown, pointer: string, expected: unknown): Step {
  const found = valueAt(doc, pointer);
  if (found === undefined) return { ok: false, kind: 'test', reason: `${pointer || 'the document'} does not exist` };
  return jsonEqual(found.value, expected) ? { ok: true, inverse: [] } : { ok: false, kind: 'test', reason: `${pointer || 'the document'} has another value` };
}
