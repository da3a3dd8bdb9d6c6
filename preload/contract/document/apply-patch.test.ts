import { describe, expect, it } from 'vitest';
import { applyPatch } from './apply-patch';
import { PatchOp } from './patch-ops';
import type { PatchOp as Op } from './patch-ops';

const doc = () => ({ settings: { name: 'Mug', fps: 30 }, tracks: { video: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] } });

function roundTrip(ops: Op[]): { patched: unknown; restored: unknown } {
  const first = applyPatch(doc(), ops);
  if (!first.ok) throw new Error(first.reason);
  const back = applyPatch(first.document, first.inverse);
  if (!back.ok) throw new Error(back.reason);
  return { patched: first.document, restored: back.document };
}

describe('applyPatch', () => {
  it('replaces a field and undoes it', () => {
    const { patched, restored } = roundTrip([{ op: 'replace', path: '/settings/name', value: 'Cup' }]);
    expect(patched).toEqual({ ...doc(), settings: { name: 'Cup', fps: 30 } });
    expect(restored).toEqual(doc());
  });

  it('adds to a list by index and with "-", and undoes both', () => {
    const { patched, restored } = roundTrip([
      { op: 'add', path: '/tracks/video/1', value: { id: 'x' } },
      { op: 'add', path: '/tracks/video/-', value: { id: 'y' } },
    ]);
    expect(patched).toEqual({ ...doc(), tracks: { video: [{ id: 'a' }, { id: 'x' }, { id: 'b' }, { id: 'c' }, { id: 'y' }] } });
    expect(restored).toEqual(doc());
  });

  it('adds a new key and replaces an existing one with add, undoing each the right way', () => {
    const result = applyPatch(doc(), [
      { op: 'add', path: '/settings/platform', value: 'tiktok' },
      { op: 'add', path: '/settings/fps', value: 60 },
    ]);
    expect(result).toEqual({
      ok: true,
      document: { ...doc(), settings: { name: 'Mug', fps: 60, platform: 'tiktok' } },
      inverse: [
        { op: 'replace', path: '/settings/fps', value: 30 },
        { op: 'remove', path: '/settings/platform' },
      ],
    });
  });

  it('moves a clip within the timeline (reorder) and back', () => {
    const { patched, restored } = roundTrip([{ op: 'move', from: '/tracks/video/0', path: '/tracks/video/2' }]);
    expect(patched).toEqual({ ...doc(), tracks: { video: [{ id: 'b' }, { id: 'c' }, { id: 'a' }] } });
    expect(restored).toEqual(doc());
  });

  it('removes a clip and puts it back', () => {
    const { patched, restored } = roundTrip([{ op: 'remove', path: '/tracks/video/1' }]);
    expect(patched).toEqual({ ...doc(), tracks: { video: [{ id: 'a' }, { id: 'c' }] } });
    expect(restored).toEqual(doc());
  });

  it('is all or nothing: a bad later op leaves the input untouched and names the op', () => {
    const input = doc();
    const result = applyPatch(input, [
      { op: 'replace', path: '/settings/name', value: 'Cup' },
      { op: 'remove', path: '/tracks/video/9' },
    ]);
    expect(result).toEqual({ ok: false, opIndex: 1, kind: 'path', reason: 'index "9" is outside the list (length 3)' });
    expect(input).toEqual(doc());
  });

  it('reports a failed test op as kind "test"', () => {
    const result = applyPatch(doc(), [{ op: 'test', path: '/settings/name', value: 'Other' }]);
    expect(result).toEqual({ ok: false, opIndex: 0, kind: 'test', reason: '/settings/name has another value' });
  });

  it('refuses moving a value into itself and removing the whole document', () => {
    expect(applyPatch(doc(), [{ op: 'move', from: '/settings', path: '/settings/inner' }])).toMatchObject({ ok: false, kind: 'path' });
    expect(applyPatch(doc(), [{ op: 'remove', path: '' }])).toMatchObject({ ok: false, kind: 'path' });
  });

  it('never writes to an object prototype, even when called without the schema', () => {
    const result = applyPatch({}, [{ op: 'add', path: '/__proto__', value: { polluted: true } }]);
    expect(result).toEqual({ ok: false, opIndex: 0, kind: 'path', reason: '"__proto__" cannot be used as a key' });
    expect(({} as Record<string, unknown>).polluted).toBe(undefined);
  });
});

describe('PatchOp schema', () => {
  it('refuses prototype segments and malformed pointers with the field path', () => {
    const bad = PatchOp.safeParse({ op: 'replace', path: '/tracks/__proto__/x', value: 1 });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['path']);
    expect(PatchOp.safeParse({ op: 'remove', path: 'settings' }).success).toBe(false);
    expect(PatchOp.safeParse({ op: 'copy', from: '/a', path: '/b' }).success).toBe(false);
  });
});
