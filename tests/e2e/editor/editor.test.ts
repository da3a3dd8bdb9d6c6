import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EditorPage } from './pages/editor-page';
import { ProjectsPage } from './pages/projects-page';
import { ROOT, type AdloomServer } from './support/adloom-server';
import { closeEditorSession, openEditorSession, type EditorSession } from './support/editor-session';
import { makeDropFiles } from './support/media-files';
import { tinyMedia } from '../../integration/contract/tiny-media';

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

/** The document autosave stored, read through the CLI from the same data folder. */
function storedDocument(projectId: string): { tracks: { video: { type: string }[] }; settings: { aspect: string; platform: string } } {
  return JSON.parse(server.cli(['projects', 'show', projectId, '--json'])).document;
}

describe('editor in browser mode', () => {
  const projects = (): ProjectsPage => new ProjectsPage(page);
  const editor = (): EditorPage => new EditorPage(page);
  let projectId = '';

  it('creates a 9:16 TikTok project from the projects home and opens it in the editor', async () => {
    await projects().goto(server.url);
    await expect.poll(() => page.getByRole('heading', { name: 'Make your first product ad' }).isVisible()).toBe(true);
    await projects().createProject({
      name: 'Ceramic mug ad',
      platform: 'TikTok',
      aspect: '9:16',
      beforeCreate: () => page.screenshot({ path: path.join(SCREENSHOTS, 'new-project.png') }).then(() => undefined),
    });
    await editor().waitForEditor();
    expect(await editor().title.textContent()).toBe('Ceramic mug ad');
    for (const region of ['Media', 'Preview', 'Timeline', 'Inspector'] as const) expect(await editor().region(region).isVisible()).toBe(true);
    projectId = /#\/project\/([A-Za-z0-9_-]+)/.exec(page.url())?.[1] ?? '';
    expect(projectId).not.toBe('');
    expect(storedDocument(projectId).settings).toMatchObject({ aspect: '9:16', platform: 'tiktok' });
  });

  it('imports three dropped photos and shows a clear error for the broken file', async () => {
    await editor().dropFiles(makeDropFiles());
    await expect.poll(() => editor().assetCards.count(), { timeout: 30_000 }).toBe(3);
    const broken = editor().importRow('broken.png');
    await broken.getByRole('alert').waitFor();
    expect(await broken.getAttribute('data-status')).toBe('failed');
    expect(await broken.getByRole('alert').textContent()).toMatch(/broken\.png/);
    expect(await editor().page.getByTestId('import-row').count()).toBe(1);
    const names = await editor().assetCards.locator('.asset-name').allTextContents();
    expect(names.sort()).toEqual(['detail.jpg', 'front.jpg', 'side.jpg']);
    // Thumbnails load through the media route.
    await expect.poll(() => editor().assetCards.locator('img').evaluateAll((imgs) => imgs.filter((i) => (i as HTMLImageElement).naturalWidth > 0).length)).toBe(3);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'editor-media.png') });
  });

  it('undoes and redoes edits with the shortcuts, and autosave stores each state', async () => {
    const storedTypes = (): string[] => storedDocument(projectId).tracks.video.map((v) => v.type);
    await editor().addToTimeline('front.jpg');
    await editor().addToTimeline('side.jpg');
    await expect.poll(storedTypes).toEqual(['still', 'still']);
    expect(await editor().undoButton.getAttribute('aria-label')).toMatch(/^Undo Add still/);

    await editor().pressShortcut('Control+z');
    await expect.poll(storedTypes).toEqual(['still']);
    await editor().pressShortcut('Control+z');
    await expect.poll(storedTypes).toEqual([]);
    expect(await editor().undoButton.isDisabled()).toBe(true);

    await editor().pressShortcut('Control+Shift+z');
    await editor().redoButton.click();
    await expect.poll(storedTypes).toEqual(['still', 'still']);
    await editor().waitSaved();
    expect(await editor().redoButton.isDisabled()).toBe(true);
  });

  it('reloads into the same project with what autosave stored', async () => {
    await editor().addToTimeline('detail.jpg');
    // No wait for the save: the reload itself must not lose the edit (flush on unload) …
    await page.reload();
    await editor().waitForEditor();
    expect(await editor().title.textContent()).toBe('Ceramic mug ad');
    await expect.poll(() => editor().assetCards.count()).toBe(3);
    // … and what the editor shows after the reload is what is stored.
    await expect.poll(() => storedDocument(projectId).tracks.video.length).toBe(3);
    expect(await editor().undoButton.isDisabled()).toBe(true);
  });

  it('imports a clip chosen with "Import media", and remembers an image\'s view', async () => {
    const { mp4 } = await tinyMedia();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import media' }).click();
    await (await chooser).setFiles(mp4);
    await expect.poll(() => editor().assetCards.count(), { timeout: 30_000 }).toBe(4);
    expect(await editor().assetCards.filter({ hasText: 'clip.mp4' }).locator('.asset-meta').textContent()).toMatch(/^Video · 1\.0 s · 64×48$/);
    await page.getByLabel('View of front.jpg').selectOption('front');
    await expect.poll(() => JSON.parse(server.cli(['media', 'list', '--project', projectId, '--json'])).find((a: { originalName: string }) => a.originalName === 'front.jpg')?.viewType).toBe('front');
  });

  it('lists the project on the home screen, deletes it recoverably and restores it', async () => {
    await page.getByRole('button', { name: 'Projects', exact: true }).click();
    await projects().card('Ceramic mug ad').waitFor();
    await page.getByRole('button', { name: 'Delete Ceramic mug ad' }).click();
    const deleted = page.getByTestId('deleted-project').filter({ hasText: 'Ceramic mug ad' });
    await deleted.waitFor();
    expect(await projects().card('Ceramic mug ad').count()).toBe(0);
    await page.getByRole('button', { name: 'Restore Ceramic mug ad' }).click();
    await projects().card('Ceramic mug ad').waitFor();
  });

  it('duplicates and renames projects', async () => {
    await page.getByRole('button', { name: 'Duplicate Ceramic mug ad' }).click();
    await projects().card('Ceramic mug ad copy').waitFor();
    await page.getByRole('button', { name: 'Rename Ceramic mug ad copy' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rename "Ceramic mug ad copy"' });
    await dialog.getByLabel('Name').fill('Mug ad, summer cut');
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await projects().card('Mug ad, summer cut').waitFor();
    expect(await page.getByTestId('project-card').count()).toBe(2);
    await page.getByRole('button', { name: 'Delete Mug ad, summer cut' }).click();
    await page.getByTestId('deleted-project').filter({ hasText: 'Mug ad, summer cut' }).waitFor();
    await page.mouse.move(0, 0);
    const dismiss = page.getByRole('button', { name: 'Dismiss message' });
    while ((await dismiss.count()) > 0) await dismiss.first().click();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'projects-home.png') });
    expect(problems).toEqual([]);
  });
});
