import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveFfmpegBinaries } from '../../../main/core/ffmpeg/binaries';
import { computeTimeline } from '../../../preload/contract/layout/timeline';
import { ProjectDocument } from '../../../preload/contract/project/document';
import { EditorPage } from './pages/editor-page';
import { ProjectsPage } from './pages/projects-page';
import { TimelinePage } from './pages/timeline-page';
import { ROOT, type AdloomServer } from './support/adloom-server';
import { closeEditorSession, openEditorSession, type EditorSession } from './support/editor-session';
import { makeDropFiles, makeMusicFile } from './support/media-files';

const SCREENSHOTS = path.join(ROOT, 'docs', 'screenshots');

let session: EditorSession | undefined;
let server: AdloomServer;
let page: Page;
let problems: string[] = [];

beforeAll(async () => {
  session = await openEditorSession();
  ({ server, page, problems } = session);
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(() => closeEditorSession(session));

/** Autosave is debounced, and the CLI reads what it stored: allow it time. */
const SETTLE = { timeout: 15_000 };
const shot = (name: string): Promise<unknown> => page.screenshot({ path: path.join(SCREENSHOTS, name) });

/**
 * The whole job of the product, as a person does it in browser mode: a 9:16 project, three
 * photos dropped (one broken file), draft clips generated and approved, reordered by drag, a
 * text overlay, a call-to-action card, music, and an export checked with ffprobe. Every step is
 * undone and redone, and what autosave stored is read back through the CLI.
 */
describe('acceptance: from photos to an exported 9:16 ad', () => {
  const editor = (): EditorPage => new EditorPage(page);
  const timeline = (): TimelinePage => new TimelinePage(page);
  let projectId = '';

  const stored = (): ProjectDocument => ProjectDocument.parse(JSON.parse(server.cli(['projects', 'show', projectId, '--json'])).document);
  const storedVideo = (): string[] => stored().tracks.video.map((v) => v.id);

  /** Undo then redo one step with the shortcuts, checking autosave stored both states. */
  async function undoRedo<T>(read: () => T, before: T, after: T): Promise<void> {
    await editor().pressShortcut('Control+z');
    await expect.poll(read, SETTLE).toEqual(before);
    await editor().pressShortcut('Control+Shift+z');
    await expect.poll(read, SETTLE).toEqual(after);
  }

  it('creates a 9:16 project and imports three photos while naming the broken file', async () => {
    await new ProjectsPage(page).goto(server.url);
    await new ProjectsPage(page).createProject({ name: 'Travel mug ad', platform: 'TikTok', aspect: '9:16' });
    await editor().waitForEditor();
    projectId = /#\/project\/([A-Za-z0-9_-]+)/.exec(page.url())?.[1] ?? '';
    await editor().dropFiles(makeDropFiles());
    await expect.poll(() => editor().assetCards.count(), { timeout: 30_000 }).toBe(3);
    expect(await editor().importRow('broken.png').getByRole('alert').textContent()).toMatch(/broken\.png/);
  });

  it('generates draft-motion clips, and the jobs survive a reload', async () => {
    await page.getByRole('tab', { name: 'Generate' }).click();
    await page.getByRole('button', { name: 'Generate clips' }).click();
    await expect.poll(() => page.getByTestId('job-card').count(), { timeout: 15_000 }).toBe(3);
    // Reload while they run: main keeps working, and the panel shows the same jobs on open.
    await page.reload();
    await editor().waitForEditor();
    await page.getByRole('tab', { name: 'Generate' }).click();
    await expect.poll(() => page.getByTestId('job-card').count(), { timeout: 15_000 }).toBe(3);
    await expect.poll(() => page.getByTestId('job-state').filter({ hasText: 'Succeeded' }).count(), { timeout: 90_000 }).toBe(3);
    // Scroll the side panel (not the window) so the job cards show in the screenshot.
    await page.getByTestId('job-group').first().evaluate((group) => {
      let box = group.parentElement;
      while (box !== null && !(box.scrollHeight > box.clientHeight && /auto|scroll/.test(getComputedStyle(box).overflowY))) box = box.parentElement;
      if (box !== null) box.scrollTop += group.getBoundingClientRect().top - box.getBoundingClientRect().top - 8;
    });
    await shot('generate.png');
    await page.getByRole('button', { name: 'Approve all' }).click();
    await expect.poll(() => timeline().videoItems.count(), { timeout: 15_000 }).toBe(3);
    await expect.poll(() => stored().tracks.video.map((v) => v.type), SETTLE).toEqual(['clip', 'clip', 'clip']);
    const three = storedVideo();
    await undoRedo(() => storedVideo().length, 2, 3);
    expect(storedVideo()).toEqual(three);
  });

  it('reorders clips by dragging on the timeline', async () => {
    const before = storedVideo();
    const names = await timeline().videoItemNames();
    await timeline().dragVideoItem(0, 2);
    const after = [before[1], before[2], before[0]];
    await expect.poll(storedVideo, SETTLE).toEqual(after);
    expect(await timeline().videoItemNames()).toEqual([names[1], names[2], names[0]]);
    await undoRedo(storedVideo, before, after);
  });

  it('adds a text overlay and writes its text in the inspector', async () => {
    const texts = (): string[] => stored().tracks.overlay.map((o) => (o.type === 'text' ? o.text : ''));
    await page.getByRole('button', { name: 'Add text' }).click();
    await expect.poll(texts, SETTLE).toEqual(['Your text']);
    const field = page.getByRole('region', { name: 'Inspector' }).getByRole('textbox', { name: 'Text', exact: true });
    await field.fill('Keeps coffee hot for 12 h');
    await expect.poll(texts, SETTLE).toEqual(['Keeps coffee hot for 12 h']);
    await shot('inspector-text.png');
    await undoRedo(texts, ['Your text'], ['Keeps coffee hot for 12 h']);
  });

  it('adds a call-to-action card at the end', async () => {
    const outro = (): string | null => {
      const last = stored().tracks.video.at(-1);
      return last?.type === 'card' && last.role === 'outro' ? last.title : null;
    };
    await page.getByRole('button', { name: 'Add card' }).click();
    await expect.poll(outro, SETTLE).toBe('Shop now');
    await page.getByRole('region', { name: 'Inspector' }).getByRole('textbox', { name: 'Title', exact: true }).fill('Get yours today');
    await expect.poll(outro, SETTLE).toBe('Get yours today');
    await undoRedo(outro, 'Shop now', 'Get yours today');
    await editor().pressShortcut('Control+z');
    await editor().pressShortcut('Control+z');
    await expect.poll(outro, SETTLE).toBe(null);
    await editor().pressShortcut('Control+Shift+z');
    await editor().pressShortcut('Control+Shift+z');
    await expect.poll(outro, SETTLE).toBe('Get yours today');
  });

  it('adds music from the media bin', async () => {
    await page.getByRole('tab', { name: 'Media' }).click();
    // The bin also lists the generated clips by now.
    const before = await editor().assetCards.count();
    await editor().dropFiles([makeMusicFile()]);
    await expect.poll(() => editor().assetCards.count(), { timeout: 30_000 }).toBe(before + 1);
    await editor().addToTimeline('music.wav');
    await expect.poll(() => stored().tracks.music.length, SETTLE).toBe(1);
    await timeline().musicItems.first().waitFor();
    await undoRedo(() => stored().tracks.music.length, 0, 1);
    await editor().waitSaved();
    // The text overlay selected and the playhead 1.5 s in, so the preview shows it over a clip.
    await page.getByRole('list', { name: 'Overlay track' }).getByRole('listitem').first().click();
    for (let frame = 0; frame < 45; frame++) await editor().pressShortcut('ArrowRight');
    await expect.poll(() => page.getByRole('slider', { name: 'Playhead' }).getAttribute('aria-valuenow'), SETTLE).toBe('1500');
    await page.locator('[data-testid="preview-canvas"][data-state="ready"]').waitFor(SETTLE);
    await shot('editor.png');
  });

  it('restores the autosaved project after a reload', async () => {
    const before = stored();
    await page.reload();
    await editor().waitForEditor();
    await expect.poll(() => timeline().videoItems.count(), SETTLE).toBe(before.tracks.video.length);
    expect(await timeline().musicItems.count()).toBe(1);
    expect(stored()).toEqual(before);
  });

  it('renders an exact preview through the export engine at proxy size', async () => {
    const expectedMs = computeTimeline(stored()).totalMs;
    await page.getByRole('button', { name: 'Render preview' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rendered preview' });
    await dialog.waitFor({ timeout: 120_000 });
    const video = dialog.locator('video');
    await expect.poll(() => video.evaluate((v) => (v as HTMLVideoElement).readyState), { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
    const seconds = await video.evaluate((v) => (v as HTMLVideoElement).duration);
    expect(Math.abs(seconds * 1000 - expectedMs)).toBeLessThan(150);
    await shot('render-preview.png');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('exports an MP4 that ffprobe reads as 1080x1920 with sound and the planned length', async () => {
    const expectedMs = computeTimeline(stored()).totalMs;
    await page.getByRole('banner').getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: /Export/ });
    await dialog.waitFor();
    await shot('export.png');
    await dialog.getByRole('button', { name: 'Export video' }).click();
    const output = page.getByTestId('export-output-path').first();
    await output.waitFor({ timeout: 240_000 });
    const file = (await output.textContent())?.trim() ?? '';
    expect(fs.existsSync(file)).toBe(true);
    const probe = JSON.parse(
      execFileSync(resolveFfmpegBinaries().ffprobe.path, ['-v', 'error', '-show_entries', 'stream=codec_type,width,height:format=duration', '-of', 'json', file], { encoding: 'utf8' }),
    ) as { streams: { codec_type: string; width?: number; height?: number }[]; format: { duration: string } };
    expect(probe.streams.find((s) => s.codec_type === 'video')).toMatchObject({ width: 1080, height: 1920 });
    expect(probe.streams.some((s) => s.codec_type === 'audio')).toBe(true);
    expect(Math.abs(Number(probe.format.duration) * 1000 - expectedMs)).toBeLessThan(100);
    await shot('export-done.png');
    expect(problems).toEqual([]);
  });
});
