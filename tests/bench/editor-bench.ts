import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright';
import { startAdloomServer, type AdloomServer } from '../e2e/editor/support/adloom-server';
import { launchChromium } from '../e2e/support/chromium';
import { percentile, recordFrames, stopFrames } from './frame-recorder';

const ITEMS = 200;
/** One frame at 60 Hz. */
const FRAME_BUDGET_MS = 1000 / 60;
const INTERACTIVE_LIMIT_MS = 1500;

export interface EditorBenchResult {
  items: number;
  interactiveMs: number;
  emptyInteractiveMs: number;
  dragFrames: number;
  dragP95Ms: number;
  /** Frames that took longer than one and a half frame budgets (a visible stutter). */
  dragLongFrames: number;
  idleP95Ms: number;
  ok: boolean;
}

/** A project whose video track holds `count` stills (and a few cards) of one imported photo. */
function makeBigProject(server: AdloomServer, count: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adloom-editor-bench-'));
  const photo = path.join(dir, 'photo.jpg');
  execFileSync('ffmpeg', ['-hide_banner', '-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc2=size=640x480', '-frames:v', '1', photo]);
  const created = JSON.parse(server.cli(['projects', 'create', 'Bench source', '--json'])) as { summary: { id: string } };
  const imported = JSON.parse(server.cli(['media', 'import', photo, '--project', created.summary.id, '--json'])) as { imported: { asset: { id: string } }[] };
  const assetId = imported.imported[0]?.asset.id;
  if (assetId === undefined) throw new Error('the bench photo did not import');
  const file = path.join(dir, 'big.json');
  server.cli(['projects', 'export', created.summary.id, file]);
  const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as { settings: { name: string }; tracks: { video: unknown[] } };
  doc.settings.name = `Bench ${count} items`;
  doc.tracks.video = Array.from({ length: count }, (_, i) =>
    i % 10 === 0 ? { id: `card-${i}`, type: 'card', durationMs: 1000, title: `Card ${i}` } : { id: `still-${i}`, type: 'still', media: { assetId }, durationMs: 1000 },
  );
  fs.writeFileSync(file, JSON.stringify(doc));
  const made = JSON.parse(server.cli(['projects', 'import', file, '--json'])) as { summary: { id: string } };
  // A project file carries no library links: add the photo to the new project's media too.
  server.cli(['media', 'import', photo, '--project', made.summary.id, '--json']);
  fs.rmSync(dir, { recursive: true, force: true });
  return made.summary.id;
}

/** From navigation to a timeline whose items answer a click (the inspector shows the selection). */
async function timeToInteractive(page: Page, url: string, items: number): Promise<number> {
  const started = Date.now();
  await page.goto(url);
  const list = page.getByRole('list', { name: 'Video track' });
  if (items > 0) {
    await list.getByRole('listitem').nth(items - 1).waitFor({ state: 'attached' });
    await list.getByRole('listitem').first().click();
    await page.getByRole('region', { name: 'Inspector' }).getByRole('heading', { name: /Card|Still/ }).waitFor();
  } else {
    await list.waitFor();
    await page.getByRole('button', { name: 'Add text' }).waitFor();
  }
  return Date.now() - started;
}

/** Drags the second item across 40 neighbours in small pointer steps while frames are recorded. */
async function dragFrameTimes(page: Page): Promise<number[]> {
  const item = page.getByRole('list', { name: 'Video track' }).getByRole('listitem').nth(1);
  const box = await item.boundingBox();
  if (box === null) throw new Error('the timeline item has no box');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await recordFrames(page);
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let step = 1; step <= 120; step++) {
    await page.mouse.move(x + step * 6, y, { steps: 1 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
  }
  await page.mouse.up();
  return stopFrames(page);
}

/**
 * The editor with 200 timeline items in Chromium: time until it is interactive (against the
 * same measurement for an empty project in this run, and the 1.5 s budget) and the p95 frame
 * interval while an item is dragged across the track (against idle frames of the same page,
 * and the 16.7 ms budget).
 */
export async function runEditorBench(): Promise<EditorBenchResult> {
  const server = await startAdloomServer();
  const browser = await launchChromium();
  try {
    const empty = JSON.parse(server.cli(['projects', 'create', 'Empty', '--json'])) as { summary: { id: string } };
    const bigId = makeBigProject(server, ITEMS);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const link = (id: string): string => `${server.url.replace(/#.*$/, '')}#/project/${id}`;
    // A first visit warms the HTTP cache, as a desktop app's local files are always warm.
    await timeToInteractive(page, link(empty.summary.id), 0);
    const emptyInteractiveMs = await timeToInteractive(page, link(empty.summary.id), 0);
    const interactiveMs = await timeToInteractive(page, link(bigId), ITEMS);
    await recordFrames(page);
    await page.waitForTimeout(1500);
    const idle = await stopFrames(page);
    const frames = await dragFrameTimes(page);
    const result = {
      items: ITEMS,
      interactiveMs,
      emptyInteractiveMs,
      dragFrames: frames.length,
      dragP95Ms: percentile(frames, 0.95),
      dragLongFrames: frames.filter((f) => f > 1.5 * FRAME_BUDGET_MS).length,
      idleP95Ms: percentile(idle, 0.95),
      ok: false,
    };
    // rAF timestamps jitter by a fraction of a millisecond around the 60 Hz beat even on an idle
    // page (the idle p95 printed beside it shows how much), hence the half-millisecond allowance.
    result.ok = result.dragP95Ms <= FRAME_BUDGET_MS + 0.5 && interactiveMs <= INTERACTIVE_LIMIT_MS;
    return result;
  } finally {
    await browser.close();
    await server.stop();
  }
}

export function printEditorBench(r: EditorBenchResult): void {
  console.log(`interactive with ${r.items} items: ${r.interactiveMs} ms (empty project ${r.emptyInteractiveMs} ms, ratio ${(r.interactiveMs / Math.max(1, r.emptyInteractiveMs)).toFixed(2)}; budget ${INTERACTIVE_LIMIT_MS} ms, ratio ${(r.interactiveMs / INTERACTIVE_LIMIT_MS).toFixed(2)})`);
  console.log(`drag p95 frame interval: ${r.dragP95Ms.toFixed(1)} ms over ${r.dragFrames} frames, ${r.dragLongFrames} longer than ${(1.5 * FRAME_BUDGET_MS).toFixed(1)} ms (idle p95 ${r.idleP95Ms.toFixed(1)} ms, ratio ${(r.dragP95Ms / r.idleP95Ms).toFixed(2)}; budget ${FRAME_BUDGET_MS.toFixed(1)} ms, ratio ${(r.dragP95Ms / FRAME_BUDGET_MS).toFixed(2)})`);
  console.log(`editor: ${r.ok ? 'OK' : 'TOO SLOW'}`);
}
