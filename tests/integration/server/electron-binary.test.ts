import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAppRoot } from '../../../main/cli/app-root';
import { findElectronBinary } from '../../../main/cli/electron-binary';
import { tempDir } from '../contract/contract-env';

describe('findElectronBinary', () => {
  it('is null without path.txt (the download never happened) or when the binary it names is missing', () => {
    const root = tempDir();
    const pkg = path.join(root, 'node_modules', 'electron');
    fs.mkdirSync(pkg, { recursive: true });
    expect(findElectronBinary(root)).toBe(null);
    fs.writeFileSync(path.join(pkg, 'path.txt'), 'electron');
    expect(findElectronBinary(root)).toBe(null);
  });

  it('finds the binary path.txt names under dist/', () => {
    const root = tempDir();
    const dist = path.join(root, 'node_modules', 'electron', 'dist');
    fs.mkdirSync(dist, { recursive: true });
    fs.writeFileSync(path.join(root, 'node_modules', 'electron', 'path.txt'), 'electron');
    fs.writeFileSync(path.join(dist, 'electron'), '');
    expect(findElectronBinary(root)).toBe(path.join(dist, 'electron'));
  });

  it('finds the app root from the source tree (and from dist/cli when built)', () => {
    const root = findAppRoot();
    expect(root).not.toBe(null);
    expect(JSON.parse(fs.readFileSync(path.join(root as string, 'package.json'), 'utf8')).name).toBe('adloom');
  });
});
