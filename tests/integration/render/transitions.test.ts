import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ProjectDocument, type ProjectDocumentInput, type VideoItem } from '../../../preload/contract/project';
import { planRender } from '../../../main/core/render/plan/plan-render';
import type { MediaResolver, RenderPlan } from '../../../main/core/render/plan/render-plan';
import { makeRenderFixtures, type RenderFixtures } from './fixtures';
import { FONTS_DIR, frameColor, near, probeOutput, render, resolverFor, tempDir, TINY } from './render-env';

let dir: string;
let fx: RenderFixtures;
let media: MediaResolver;

type VideoItemInput = z.input<typeof VideoItem>;

const RED = [255, 0, 0];
const GREEN = [0, 255, 0];
const BLUE = [0, 0, 255];
const YELLOW = [255, 255, 0];
const BLACK = [0, 0, 0];

beforeAll(async () => {
  dir = await tempDir();
  fx = await makeRenderFixtures(dir);
  media = await resolverFor(Object.values(fx));
});

function colourAd(): ProjectDocumentInput {
  const clip = (id: string, path: string, transitionIn?: VideoItemInput['transitionIn']): VideoItemInput => ({ id, type: 'clip', media: { path }, outMs: 2000, ...(transitionIn ? { transitionIn } : {}) });
  return {
    schemaVersion: 1,
    settings: { name: 'Colours', aspect: '16:9', fps: 30 },
    tracks: {
      video: [
        clip('red', fx.red),
        clip('green', fx.green, { kind: 'crossfade', durationMs: 500 }),
        clip('blue', fx.blue),
        clip('yellow', fx.yellow, { kind: 'fade-black', durationMs: 400 }),
        clip('red2', fx.red, { kind: 'wipe-left', durationMs: 300 }),
        clip('green2', fx.green, { kind: 'slide-up', durationMs: 300 }),
      ],
    },
  };
}

describe('items after transitions start where the plan says', () => {
  let plan: RenderPlan;
  let file: string;
  beforeAll(async () => {
    plan = planRender({ document: ProjectDocument.parse(colourAd()), media, preset: TINY, fontsDir: FONTS_DIR });
    file = (await render({ input: colourAd(), media, dir })).path;
  });

  it('plans the starts from durations minus overlaps', () => {
    expect(plan.video.map((v) => [v.id, v.startFrame, v.frames, v.transitionIn?.frames ?? 0])).toEqual([
      ['red', 0, 60, 0],
      ['green', 45, 60, 15],
      ['blue', 105, 60, 0],
      ['yellow', 153, 60, 12],
      ['red2', 204, 60, 9],
      ['green2', 255, 60, 9],
    ]);
    expect(plan.output.frames).toBe(315);
  });

  it('renders exactly the planned number of frames', async () => {
    expect((await probeOutput(file)).video).toMatchObject({ nb_frames: '315' });
  });

  it('crossfade: old colour up to its start, a mix inside, the new colour from its end', async () => {
    expect(near(await frameColor(file, 44), RED)).toBe(true);
    const mid = await frameColor(file, 52);
    expect(mid[0]).toBeGreaterThan(60);
    expect(mid[1]).toBeGreaterThan(60);
    expect(near(await frameColor(file, 60), GREEN)).toBe(true);
  });

  it('cut: the new item on exactly its start frame', async () => {
    expect(near(await frameColor(file, 104), GREEN)).toBe(true);
    expect(near(await frameColor(file, 105), BLUE)).toBe(true);
  });

  it('fade through black: dark in the middle, the new item from the end of the overlap', async () => {
    expect(near(await frameColor(file, 152), BLUE)).toBe(true);
    // Out over 6 frames (1 … 1/6), in over 6 (0 … 5/6): the first incoming frame is black.
    expect(near(await frameColor(file, 158), BLACK, 40)).toBe(false);
    expect(near(await frameColor(file, 159), BLACK, 8)).toBe(true);
    expect(near(await frameColor(file, 165), YELLOW)).toBe(true);
  });

  it('wipe and slide: split frames inside, the new item from the end of the overlap', async () => {
    expect(near(await frameColor(file, 203), YELLOW)).toBe(true);
    const left = await frameColor(file, 208, { x: 0, y: 60, w: 20, h: 60 });
    const right = await frameColor(file, 208, { x: 300, y: 60, w: 20, h: 60 });
    expect([left, right].map((c) => (near(c, YELLOW, 30) ? 'yellow' : near(c, RED, 30) ? 'red' : 'other')).sort()).toEqual(['red', 'yellow']);
    expect(near(await frameColor(file, 213), RED)).toBe(true);
    expect(near(await frameColor(file, 254), RED)).toBe(true);
    expect(near(await frameColor(file, 264), GREEN)).toBe(true);
    expect(near(await frameColor(file, 314), GREEN)).toBe(true);
  });
});
