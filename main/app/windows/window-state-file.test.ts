import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readWindowState, writeWindowState } from './window-state-file';

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adloom-window-state-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('window state file', () => {
  it('reads back what was written, creating the folder', () => {
    const file = path.join(dir, 'nested', 'window-state.json');
    writeWindowState(file, { x: 10, y: 20, width: 1200, height: 800, maximized: true });
    expect(readWindowState(file)).toEqual({ x: 10, y: 20, width: 1200, height: 800, maximized: true });
    expect(fs.readdirSync(path.dirname(file))).toEqual(['window-state.json']);
  });

  it('reads a missing or corrupt file as "nothing saved"', () => {
    expect(readWindowState(path.join(dir, 'absent.json'))).toBeUndefined();
    fs.writeFileSync(path.join(dir, 'bad.json'), '{"x": 1,');
    expect(readWindowState(path.join(dir, 'bad.json'))).toBeUndefined();
  });
});
