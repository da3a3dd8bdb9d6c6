import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProjectDocument } from '../../../preload/contract/project';
import { AppError } from '../shared/app-error';
import { createEmptyDocument } from './empty-document';
import { readProjectFile, serializeProjectDocument, writeProjectFile } from './project-file';

const FIXTURES = fileURLToPath(new URL('../../../tests/fixtures/projects/', import.meta.url));
const fixture = (name: string): string => path.join(FIXTURES, name);

async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (err instanceof AppError) return { code: err.code, message: err.message };
  throw new Error(`expected an AppError, got ${String(err)}`);
}

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'adloom-project-file-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readProjectFile', () => {
  it('reads the committed examples', async () => {
    expect((await readProjectFile(fixture('minimal-example.json'))).tracks.video.map((v) => v.id)).toEqual(['shot-1']);
    const complete = await readProjectFile(fixture('complete-example.json'));
    expect(complete.tracks.video.map((v) => v.type)).toEqual(['card', 'still', 'still', 'clip', 'still', 'card']);
  });

  it('names the file, line and column of a JSON syntax error', async () => {
    const file = fixture('invalid/syntax-error.json');
    expect(await failure(readProjectFile(file))).toEqual({ code: 'BAD_INPUT', message: `${file} is not valid JSON (line 3, column 43): Expected double-quoted property name` });
  });

  it('refuses a file from a newer Adloom', async () => {
    const file = fixture('invalid/newer-version.json');
    expect(await failure(readProjectFile(file))).toEqual({
      code: 'UNSUPPORTED_VERSION',
      message: `${file} was saved by a newer Adloom (project format version 2; this build reads up to 1). Update Adloom to open it.`,
    });
  });

  it('refuses a file without schemaVersion', async () => {
    const file = fixture('invalid/no-version.json');
    expect(await failure(readProjectFile(file))).toEqual({ code: 'BAD_INPUT', message: `${file} is not an Adloom project: it has no "schemaVersion" field` });
  });

  it('names the path of a schema problem', async () => {
    const file = fixture('invalid/out-before-in.json');
    expect(await failure(readProjectFile(file))).toEqual({ code: 'BAD_INPUT', message: `${file} is not a valid Adloom project: tracks.video[2].outMs: outMs must be after inMs` });
  });

  it('says NOT_FOUND for a missing file and BAD_INPUT for a folder', async () => {
    const missing = path.join(dir, 'nope.json');
    expect(await failure(readProjectFile(missing))).toEqual({ code: 'NOT_FOUND', message: `Project file ${missing} does not exist` });
    expect(await failure(readProjectFile(dir))).toEqual({ code: 'BAD_INPUT', message: `${dir} is a folder, not a project file` });
  });
});

describe('writeProjectFile', () => {
  it('writes pretty JSON with a trailing newline that reads back equal', async () => {
    const doc = await readProjectFile(fixture('complete-example.json'));
    const target = path.join(dir, 'ad.json');
    await writeProjectFile(target, doc);
    const text = await readFile(target, 'utf8');
    expect(text).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    expect(text.startsWith('{\n  "schemaVersion": 1,\n')).toBe(true);
    expect(await readProjectFile(target)).toEqual(doc);
    expect(await readdir(dir)).toEqual(['ad.json']);
  });

  it('saves defaults explicitly, so a later change of default cannot change a saved project', async () => {
    const target = path.join(dir, 'min.json');
    await writeProjectFile(target, await readProjectFile(fixture('minimal-example.json')));
    const saved = JSON.parse(await readFile(target, 'utf8')) as { tracks: { video: Record<string, unknown>[] } };
    expect(saved.tracks.video[0]).toEqual({
      id: 'shot-1',
      transitionIn: { kind: 'cut', durationMs: 0 },
      type: 'still',
      media: { path: 'product.jpg' },
      durationMs: 3000,
      motion: { move: 'zoom-in', intensity: 0.5, easing: 'ease-in-out' },
      framing: 'cover',
    });
  });

  it('refuses to save an invalid document and leaves the old file as it was', async () => {
    const target = path.join(dir, 'ad.json');
    await writeFile(target, 'previous');
    const doc = createEmptyDocument({ name: 'Ad' });
    const broken = { ...doc, tracks: { ...doc.tracks, video: [{ id: 'bad id', type: 'card', durationMs: 1000 }] } } as unknown as ProjectDocument;
    expect(await failure(writeProjectFile(target, broken))).toEqual({
      code: 'BAD_INPUT',
      message: `${target} is not a valid Adloom project: tracks.video[0].id: may only contain letters, digits, "-" and "_"`,
    });
    expect(await readFile(target, 'utf8')).toBe('previous');
  });
});

describe('serializeProjectDocument', () => {
  it('is stable: serializing what it produced gives the same text', () => {
    const doc = createEmptyDocument({ name: 'Ad' });
    const text = serializeProjectDocument(doc, { source: 'ad.json' });
    expect(serializeProjectDocument(JSON.parse(text) as ProjectDocument, { source: 'ad.json' })).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
  });
});
