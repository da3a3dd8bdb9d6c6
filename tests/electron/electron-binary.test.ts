import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { electronAvailability } from './electron-binary';

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adloom-electron-binary-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('electronAvailability', () => {
  it('is not runnable when the download never ran', () => {
    expect(electronAvailability({ electronDir: dir, env: { DISPLAY: ':0' }, platform: 'linux' })).toEqual({
      runnable: false,
      reason: `Electron binary not installed (${path.join(dir, 'path.txt')} is missing: its download never ran)`,
    });
  });

  it('is not runnable when path.txt names a file that is gone', () => {
    fs.writeFileSync(path.join(dir, 'path.txt'), 'electron');
    expect(electronAvailability({ electronDir: dir, env: { DISPLAY: ':0' }, platform: 'linux' })).toEqual({
      runnable: false,
      reason: `Electron binary not installed (${path.join(dir, 'dist', 'electron')} does not exist)`,
    });
  });

  it('finds the executable, and needs a display on Linux', () => {
    fs.writeFileSync(path.join(dir, 'path.txt'), 'electron\n');
    fs.mkdirSync(path.join(dir, 'dist'));
    fs.writeFileSync(path.join(dir, 'dist', 'electron'), '');
    expect(electronAvailability({ electronDir: dir, env: { DISPLAY: ':99' }, platform: 'linux' })).toEqual({ runnable: true, executablePath: path.join(dir, 'dist', 'electron') });
    expect(electronAvailability({ electronDir: dir, env: {}, platform: 'darwin' })).toEqual({ runnable: true, executablePath: path.join(dir, 'dist', 'electron') });
    expect(electronAvailability({ electronDir: dir, env: {}, platform: 'linux' })).toEqual({ runnable: false, reason: 'no display (DISPLAY/WAYLAND_DISPLAY unset); run under xvfb-run -a' });
  });

  it('matches this machine as it really is', () => {
    const here = electronAvailability({ electronDir: path.resolve('node_modules', 'electron'), env: process.env, platform: process.platform });
    // Whatever the answer, it must be one of the two shapes with a usable value.
    expect(here.runnable ? here.executablePath.length > 0 : here.reason.length > 0).toBe(true);
  });
});
