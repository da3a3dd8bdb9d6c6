import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMediaFixtures, type MediaFixtures } from '../../helpers/media-fixtures';
import { runCliCaptured, tempHome } from '../../helpers/run-cli';

const home = tempHome();
let fx: MediaFixtures;
let projectId = '';
const cli = (...argv: string[]) => runCliCaptured(argv, { home: home.dir, cwd: home.dir });

beforeAll(async () => {
  fx = await makeMediaFixtures();
  const created = await cli('projects', 'create', 'Media test', '--json');
  projectId = (JSON.parse(created.stdout) as { summary: { id: string } }).summary.id;
});
afterAll(() => home.cleanup());

describe('adloom media import', () => {
  it('imports the good files, refuses the bad ones by name, and exits 1', async () => {
    const r = await cli('media', 'import', fx.png8, fx.truncatedJpeg, fx.jpeg, fx.textAsPng, fx.video, '--project', projectId, '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { imported: Array<{ file: string; asset: { kind: string } }>; failed: Array<{ file: string; code: string; message: string }> };
    expect(out.imported.map((i) => [i.file, i.asset.kind])).toEqual([
      [fx.png8, 'image'],
      [fx.jpeg, 'image'],
      [fx.video, 'video'],
    ]);
    expect(out.failed.map((f) => f.file)).toEqual([fx.truncatedJpeg, fx.textAsPng]);
    expect(out.failed[0]?.message).toMatch(/truncated or corrupt/);
    expect(out.failed[1]?.message).toMatch(/not a media file/);
    expect(r.stderr).toMatch(/^adloom: 2 of 5 files were refused: .*truncated.*not a media file/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('gives the same asset on a second import, exits 0, and lists the project media', async () => {
    const r = await cli('media', 'import', fx.png8, '--project', projectId, '--json');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { imported: Array<{ deduplicated: boolean }> }).imported[0]?.deduplicated).toBe(true);
    const list = JSON.parse((await cli('media', 'list', '--project', projectId, '--json')).stdout) as unknown[];
    expect(list).toHaveLength(3);
  });

  it('refuses an unknown project before copying anything', async () => {
    const r = await cli('media', 'import', fx.png8, '--project', 'nope');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nope/);
  });

  it('treats a missing --project as a usage error', async () => {
    const r = await cli('media', 'import', fx.png8);
    expect(r.code).toBe(2);
  });
});
