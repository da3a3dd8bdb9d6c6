import fs from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProjectDocumentInput } from '../../../preload/contract/project';
import type { MediaResolver } from '../../../main/core/render/plan/render-plan';
import { makeRenderFixtures, type RenderFixtures } from './fixtures';
import { FONTS_DIR, frameRgb, probeOutput, render, resolverFor, tempDir } from './render-env';

let dir: string;
let fx: RenderFixtures;
let media: MediaResolver;

beforeAll(async () => {
  dir = await tempDir();
  fx = await makeRenderFixtures(dir);
  media = await resolverFor(Object.values(fx));
});

/** Strings that would break or change a command that put text into the filter graph. */
const HOSTILE = [
  `It's "quoted"`,
  'ratio 16:9 at 10:30',
  'C:\\path\\to\\file and a trailing \\',
  '100% off {today} %{pts} %{n} %{localtime} %{eif:n:d}',
  'first line\nsecond line\r\nthird',
  'emoji 🎉👍🏽 ✨',
  'مرحبا بالعالم',
  'שלום עולם',
  '[out] [0:v] [a][b]',
  'a;b;c, d,e',
  '$(rm -rf /) `id` && | > <',
  '\ttab\tand  double  spaces ',
];

function card(id: string, durationMs: number, title = ''): ProjectDocumentInput['tracks'] {
  return { video: [{ id, type: 'card', durationMs, title, background: { kind: 'color', color: '#203040' } }] };
}

describe('hostile text', () => {
  it('never breaks the command: every string as overlay, caption and card title', async () => {
    const input: ProjectDocumentInput = {
      schemaVersion: 1,
      settings: { name: 'Hostile', fps: 25 },
      tracks: {
        ...card('title', 2000, HOSTILE.join(' ')),
        overlay: HOSTILE.map((text, i) => ({ id: `t${i}`, type: 'text' as const, startMs: (i % 4) * 400, durationMs: 800, text, position: (['top', 'center', 'bottom-left', 'right'] as const)[i % 4] })),
      },
      captions: { cues: HOSTILE.map((text, i) => ({ id: `c${i}`, startMs: i * 150, durationMs: 150, text })) },
    };
    const result = await render({ input, media, dir });
    expect((await probeOutput(result.path)).video).toMatchObject({ codec_name: 'h264', nb_frames: '50' });
  });

  it('draws %{pts} and %{n} literally: the frame is the same at 0.2 s and at 1.6 s', async () => {
    const input: ProjectDocumentInput = {
      schemaVersion: 1,
      settings: { name: 'Static text', fps: 25 },
      tracks: {
        ...card('bg', 2000),
        overlay: [{ id: 'o', type: 'text', startMs: 0, durationMs: 2000, text: 'pts=%{pts} n=%{n} t=%{localtime}', position: 'center', animation: { fadeInMs: 0, fadeOutMs: 0 }, style: { shadow: null } }],
      },
    };
    const file = (await render({ input, media, dir })).path;
    const region = { x: 0, y: 60, w: 320, h: 60 };
    const [early, late] = [await frameRgb(file, 5, region), await frameRgb(file, 40, region)];
    // The text is there (white on dark blue) ...
    expect(Array.from(early).filter((v, i) => i % 3 === 1 && v > 200).length).toBeGreaterThan(100);
    // ... and identical over time: had %{pts}/%{n} been expanded, the digits would differ.
    const diff = early.reduce((sum, v, i) => sum + Math.abs(v - (late[i] ?? 0)), 0) / early.length;
    expect(diff).toBeLessThan(1);
  });

  it('works from a work dir and a fonts dir whose paths are full of filter-graph syntax', async () => {
    const weird = path.join(dir, "it's [a]; b,c: d\\e %{n}");
    const fontsDir = path.join(weird, 'fonts [x]');
    await fs.mkdir(fontsDir, { recursive: true });
    for (const f of await fs.readdir(FONTS_DIR)) await fs.copyFile(path.join(FONTS_DIR, f), path.join(fontsDir, f));
    const input: ProjectDocumentInput = {
      schemaVersion: 1,
      settings: { name: 'Weird paths', fps: 25 },
      tracks: { ...card('bg', 1000, 'Title'), overlay: [{ id: 'o', type: 'text', startMs: 0, durationMs: 1000, text: 'Hello' }] },
    };
    const result = await render({ input, media, dir, workDirParent: weird, fontsDir });
    expect((await probeOutput(result.path)).video).toMatchObject({ nb_frames: '25' });
    // The work dir is gone afterwards.
    expect((await fs.readdir(weird)).filter((n) => n.startsWith('adloom-render-'))).toEqual([]);
  });
});
