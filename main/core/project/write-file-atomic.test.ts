import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../shared/app-error';
import { writeFileAtomic } from './write-file-atomic';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'adloom-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('creates the file and leaves no temp file behind', async () => {
    const target = path.join(dir, 'a.json');
    await writeFileAtomic(target, 'hello\n');
    expect(await readFile(target, 'utf8')).toBe('hello\n');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('replaces an existing file completely', async () => {
    const target = path.join(dir, 'a.json');
    await writeFile(target, 'a much longer old content that must not survive');
    await writeFileAtomic(target, 'new');
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it('fails with IO_ERROR naming the target, keeps what was there and cleans up', async () => {
    const target = path.join(dir, 'taken');
    await mkdir(target);
    await writeFile(path.join(target, 'inside.txt'), 'keep');
    const err = await writeFileAtomic(target, 'x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('IO_ERROR');
    expect((err as AppError).message).toMatch(new RegExp(`^Could not write ${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
    expect(await readdir(dir)).toEqual(['taken']);
    expect(await readFile(path.join(target, 'inside.txt'), 'utf8')).toBe('keep');
  });

  it('fails with IO_ERROR when the folder does not exist', async () => {
    const err = await writeFileAtomic(path.join(dir, 'missing', 'a.json'), 'x').catch((e: unknown) => e);
    expect((err as AppError).code).toBe('IO_ERROR');
  });
});
