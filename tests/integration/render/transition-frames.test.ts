import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ProjectDocument, type ProjectDocumentInput, type VideoItem } from '../../../preload/contract/project';
import type { MediaResolver } from '../../../main/core/render/plan/render-plan';
import { frameProblems, type FrameProblem } from './frame-checks';
import { decodeAllFrames, type DecodedVideo, type Rgb } from './frame-timing';
import { ffmpeg, render, resolverFor, tempDir } from './render-env';

/**
 * Every frame of real exports against the preview's timing (computeTimeline + the preview's step
 * formula): the editor's preview and the export must show the same picture on the same frame.
 * The outgoing items are stills: a draft-motion still hands its last frame over together with
 * its end of stream, which is what once made xfade end its transitions a frame early.
 */
// 9:16 like the report; the planner's smallest frame side is 64.
const SIZE = { width: 64, height: 112 };
const COLOURS = { red: [255, 0, 0], lime: [0, 255, 0], blue: [0, 0, 255], yellow: [255, 255, 0] } as const satisfies Record<string, Rgb>;
type Colour = keyof typeof COLOURS;
const HEX: Record<Colour, string> = { red: '#ff0000', lime: '#00ff00', blue: '#0000ff', yellow: '#ffff00' };

type VideoItemInput = z.input<typeof VideoItem>;
type TransitionInput = NonNullable<VideoItemInput['transitionIn']>;

let dir: string;
let media: MediaResolver;
const pictures = {} as Record<Colour, string>;

beforeAll(async () => {
  dir = await tempDir();
  for (const colour of Object.keys(COLOURS) as Colour[]) {
    pictures[colour] = path.join(dir, `${colour}.png`);
    await ffmpeg(['-f', 'lavfi', '-i', `color=c=${HEX[colour]}:s=${SIZE.width}x${SIZE.height}`, '-frames:v', '1', pictures[colour]]);
  }
  media = await resolverFor(Object.values(pictures));
});

const still = (colour: Colour, durationMs: number, transitionIn?: TransitionInput): VideoItemInput => ({
  id: colour,
  type: 'still',
  media: { path: pictures[colour] },
  durationMs,
  motion: { move: 'zoom-in', intensity: 0 },
  ...(transitionIn ? { transitionIn } : {}),
});
const card = (colour: Colour, durationMs: number, transitionIn?: TransitionInput): VideoItemInput => ({
  id: colour,
  type: 'card',
  durationMs,
  background: { kind: 'color', color: HEX[colour] },
  ...(transitionIn ? { transitionIn } : {}),
});

interface Export {
  video: DecodedVideo;
  problems: FrameProblem[];
}

async function exportFrames({ fps, video, colours }: { fps: 25 | 30; video: VideoItemInput[]; colours: Colour[] }): Promise<Export> {
  const input: ProjectDocumentInput = { schemaVersion: 1, settings: { name: 'Transition timing', aspect: '9:16', fps }, tracks: { video } };
  const result = await render({ input, media, dir, preset: { frameSize: SIZE } });
  const decoded = await decodeAllFrames(result.path, SIZE);
  return { video: decoded, problems: frameProblems({ video: decoded, document: ProjectDocument.parse(input), colours: colours.map((c) => COLOURS[c]) }) };
}

const texts = (problems: readonly FrameProblem[], about: FrameProblem['about']): string[] => problems.filter((p) => p.about === about).map((p) => p.text);

describe('wipe-left then slide-up, 30 fps: every frame where the preview has it', () => {
  let out: Export;
  beforeAll(async () => {
    // red 0–1000 ms; lime 600–1600 ms (wipe-left over frames 18–29); blue 1300–2100 ms (slide-up over 39–47).
    out = await exportFrames({ fps: 30, video: [still('red', 1000), still('lime', 1000, { kind: 'wipe-left', durationMs: 400 }), card('blue', 800, { kind: 'slide-up', durationMs: 300 })], colours: ['red', 'lime', 'blue'] });
  });

  it('has totalMs × fps / 1000 frames', () => {
    expect(out.video.frames.length).toBe((2100 * 30) / 1000);
  });

  it('wipe-left: a new column on every frame, as the preview draws it, the next item alone right after', () => {
    expect(texts(out.problems, 'wipe-left')).toEqual([]);
  });

  it('slide-up: a new offset on every frame, as the preview draws it, the next item alone right after', () => {
    expect(texts(out.problems, 'slide-up')).toEqual([]);
  });

  it('every other frame shows its item alone, on time', () => {
    expect(texts(out.problems, 'item')).toEqual([]);
  });
});

describe('crossfade then fade through black, 25 fps: every frame where the preview has it', () => {
  let out: Export;
  beforeAll(async () => {
    // yellow 0–800 ms; blue 400–1200 ms (crossfade over frames 10–19); lime 800–1600 ms (fade-black over 20–29).
    out = await exportFrames({ fps: 25, video: [still('yellow', 800), still('blue', 800, { kind: 'crossfade', durationMs: 400 }), card('lime', 800, { kind: 'fade-black', durationMs: 400 })], colours: ['yellow', 'blue', 'lime'] });
  });

  it('has totalMs × fps / 1000 frames', () => {
    expect(out.video.frames.length).toBe((1600 * 25) / 1000);
  });

  it('crossfade: a new mix on every frame, as the preview draws it, the next item alone right after', () => {
    expect(texts(out.problems, 'crossfade')).toEqual([]);
  });

  it('fade-black: a new level on every frame, as the preview draws it, the next item alone right after', () => {
    expect(texts(out.problems, 'fade-black')).toEqual([]);
  });

  it('every other frame shows its item alone, on time', () => {
    expect(texts(out.problems, 'item')).toEqual([]);
  });
});
