import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliCaptured, tempHome } from '../../helpers/run-cli';

const home = tempHome();
afterAll(() => home.cleanup());
const cli = (...argv: string[]) => runCliCaptured(argv, { home: home.dir, cwd: home.dir });

describe('adloom projects', () => {
  it('creates, lists, shows, exports, imports, deletes and restores with --json', async () => {
    const created = await cli('projects', 'create', 'Sneaker drop', '--aspect', '9:16', '--fps', '30', '--json');
    expect(created.code).toBe(0);
    expect(created.stderr).toBe('');
    const { summary, document } = JSON.parse(created.stdout) as { summary: { id: string; name: string }; document: { settings: { aspect: string; name: string } } };
    expect(summary.name).toBe('Sneaker drop');
    expect(document.settings).toMatchObject({ aspect: '9:16', name: 'Sneaker drop' });

    const listed = JSON.parse((await cli('projects', 'list', '--json')).stdout) as Array<{ id: string }>;
    expect(listed.map((p) => p.id)).toEqual([summary.id]);

    const shown = await cli('projects', 'show', summary.id, '--json');
    expect(JSON.parse(shown.stdout)).toMatchObject({ summary: { id: summary.id }, document: { schemaVersion: 1 } });

    const file = path.join(home.dir, 'exported.json');
    expect((await cli('projects', 'export', summary.id, 'exported.json')).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ schemaVersion: 1, settings: { name: 'Sneaker drop' } });

    const imported = await cli('projects', 'import', file, '--name', 'Copy', '--json');
    expect(imported.code).toBe(0);
    const copyId = (JSON.parse(imported.stdout) as { summary: { id: string } }).summary.id;
    expect(copyId).not.toBe(summary.id);

    expect((await cli('projects', 'delete', summary.id)).code).toBe(0);
    const afterDelete = JSON.parse((await cli('projects', 'list', '--json')).stdout) as Array<{ id: string }>;
    expect(afterDelete.map((p) => p.id)).toEqual([copyId]);
    const all = JSON.parse((await cli('projects', 'list', '--all', '--json')).stdout) as Array<{ id: string; deletedAt: string | null }>;
    expect(all.find((p) => p.id === summary.id)?.deletedAt).toEqual(expect.any(String));

    expect((await cli('projects', 'restore', summary.id)).code).toBe(0);
    expect((JSON.parse((await cli('projects', 'list', '--json')).stdout) as unknown[]).length).toBe(2);
  });

  it('exits 2 with a one-line message on a usage error', async () => {
    const bad = await cli('projects', 'create', 'X', '--aspect', '3:2');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('adloom: --aspect must be one of 16:9, 9:16, 1:1, 4:5 (got "3:2")\n');
    const unknown = await cli('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");
    const missingArg = await cli('projects', 'show');
    expect(missingArg.code).toBe(2);
  });

  it('exits 1 with one line naming the input on a failure', async () => {
    const missing = await cli('projects', 'show', 'no-such-project');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^adloom: .*no-such-project.*\n$/);
    expect(missing.stderr.split('\n').length).toBe(2);

    const newer = await cli('projects', 'import', path.resolve('tests/fixtures/projects/invalid/newer-version.json'));
    expect(newer.code).toBe(1);
    expect(newer.stderr).toMatch(/newer-version\.json was saved by a newer Adloom/);

    const broken = await cli('projects', 'import', path.resolve('tests/fixtures/projects/invalid/syntax-error.json'));
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/syntax-error\.json.*line \d+, column \d+/);
  });

  it('prints help and version with exit 0', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: adloom');
    expect(help.stdout).toContain('projects');
    const version = await cli('--version');
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
