import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../shared/app-error';
import { resolveBinary } from './binaries';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adloom-bin-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function fakeExe(rel: string): string {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, '#!/bin/sh\n', { mode: 0o755 });
  return file;
}

const envBin = fakeExe('env/ffmpeg');
const bundledBin = fakeExe('bundled/ffmpeg');
const pathBin = fakeExe('pathdir/ffmpeg');
const notExe = path.join(dir, 'plain');
fs.writeFileSync(notExe, 'x', { mode: 0o644 });

describe('resolveBinary order: env → bundled → PATH', () => {
  it('prefers the env override', () => {
    const r = resolveBinary('ffmpeg', { env: { ADLOOM_FFMPEG: envBin, PATH: path.dirname(pathBin) }, platform: 'linux', bundled: () => bundledBin });
    expect(r).toEqual({ name: 'ffmpeg', path: envBin, source: 'env' });
  });
  it('uses the bundled package next', () => {
    const r = resolveBinary('ffmpeg', { env: { PATH: path.dirname(pathBin) }, platform: 'linux', bundled: () => bundledBin });
    expect(r.source).toBe('bundled');
    expect(r.path).toBe(bundledBin);
  });
  it('falls back to PATH when the bundled path is missing', () => {
    const r = resolveBinary('ffmpeg', { env: { PATH: `/nonexistent:${path.dirname(pathBin)}` }, platform: 'linux', bundled: () => path.join(dir, 'gone') });
    expect(r).toEqual({ name: 'ffmpeg', path: pathBin, source: 'path' });
  });
  it('refuses an override that is not executable instead of silently using another binary', () => {
    expect(() => resolveBinary('ffmpeg', { env: { ADLOOM_FFMPEG: notExe, PATH: path.dirname(pathBin) }, platform: 'linux', bundled: () => null })).toThrow(/ADLOOM_FFMPEG is set to .*not an executable/);
  });
  it('names everything it tried when nothing is found', () => {
    let err: unknown;
    try {
      resolveBinary('ffprobe', { env: { PATH: '/nope1:/nope2' }, platform: 'linux', bundled: () => null });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    const e = err as AppError;
    expect(e.code).toBe('BINARY_MISSING');
    expect(e.message).toContain('ADLOOM_FFPROBE (not set)');
    expect(e.message).toContain('@ffprobe-installer/ffprobe not installed');
    expect(e.message).toContain('/nope1, /nope2');
  });
});
