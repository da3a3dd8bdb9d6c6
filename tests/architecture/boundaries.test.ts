import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { findViolations } from './boundaries';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('import boundaries of the real tree', () => {
  it('has no forbidden imports', () => {
    const found = findViolations(repoRoot).map((v) => `${v.file}:${v.line} imports "${v.specifier}" (${v.rule})`);
    expect(found).toEqual([]);
  });
});

// The test of the test: a throwaway tree with one forbidden import of each kind must be caught,
// so a checker that silently finds nothing cannot pass.
describe('the checker itself', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'adloom-arch-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const write = (rel: string, body: string): void => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), body);
  };
  write('main/core/ok.ts', "import fs from 'node:fs';\nexport const x = fs;\n");
  write('main/core/bad-static.ts', "import { app } from 'electron';\nexport const a = app;\n");
  write('main/cli/bad-require.ts', "const e = require('electron');\nexport default e;\n");
  write('main/handlers/bad-dynamic.ts', "export const load = () => import('electron/main');\n");
  write('main/core/bad-adapter.ts', "export { x } from '../app/window';\n");
  write('preload/contract/bad-node.ts', "import path from 'node:path';\nexport const p = path;\n");
  write('renderer/src/bad-main.tsx', "import { x } from '../../main/core/ok';\nexport const y = x;\n");
  write('renderer/src/bad-fs.ts', "import type { Stats } from 'fs';\nexport type S = Stats;\n");
  write('main/app/fine.ts', "import { app } from 'electron';\nexport const a = app;\n");

  it('catches every forbidden import and nothing else', () => {
    const found = findViolations(root).map((v) => `${v.file}:${v.specifier}`).sort();
    expect(found).toEqual(
      [
        'main/cli/bad-require.ts:electron',
        'main/core/bad-adapter.ts:../app/window',
        'main/core/bad-static.ts:electron',
        'main/handlers/bad-dynamic.ts:electron/main',
        'preload/contract/bad-node.ts:node:path',
        'renderer/src/bad-fs.ts:fs',
        'renderer/src/bad-main.tsx:../../main/core/ok',
      ].sort(),
    );
  });
});
