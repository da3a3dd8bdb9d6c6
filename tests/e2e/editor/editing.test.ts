import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { msToFrame } from '../../../preload/contract/layout/frames';
import { ProjectDocument } from '../../../preload/contract/project/document';
import { EditorPage } from './pages/editor-page';
import { ProjectsPage } from './pages/projects-page';
import { TimelineEditingPage } from './pages/timeline-editing-page';
import type { AdloomServer } from './support/adloom-server';
import { closeEditorSession, openEditorSession, type EditorSession } from './support/editor-session';
import { makeDropFiles } from './support/media-files';
import { canvasPixel, colourDistance, hexToRgb, timecode } from './support/preview-pixels';


let session: EditorSession | undefined;
let server: AdloomServer;
let page: Page;
let problems: string[] = [];

beforeAll(async () => {
  session = await openEditorSession();
  ({ server, page, problems } = session);
});

afterAll(() => closeEditorSession(session));

/** Autosave is debounced, and the CLI reads what it stored: allow it time. */
const SETTLE = { timeout: 15_000 };
/** The three stills are added at 3 s each, the call-to-action card at 2.5 s; the text sits at 7 s for 3 s. */
const STILL_MS = 3000;
const CARD_MS = 2500;
const TEXT_AT_MS = 7000;

/**
 * Editing in depth, as a person does it in browser mode, on a 16:9 project of three stills, a
 * call-to-action card and a text overlay: splits, trims, transitions, deletes, moves, zoom,
 * scrubbing and the transport keys on the timeline; the inspector's item and project fields;
 * the preview; planning and reviewing in the generate panel. Each edit is checked against what
 * autosave stored (read back through the CLI) and, where it says so, undone with one Ctrl+Z.
 */
describe('editing: timeline, inspector, preview and generate panel', () => {
  const editor = (): EditorPage => new EditorPage(page);
  const timeline = (): TimelineEditingPage => new TimelineEditingPage(page);
  const inspector = (): ReturnType<EditorPage['region']> => editor().region('Inspector');
  let projectId = '';

  const stored = (): ProjectDocument => ProjectDocument.parse(JSON.parse(server.cli(['projects', 'show', projectId, '--json'])).document);
  const durations = (): number[] => stored().tracks.video.map((v) => (v.type === 'clip' ? v.outMs - v.inMs : v.durationMs));
  const overlayStart = (): number | undefined => stored().tracks.overlay[0]?.startMs;

  /** Waits for autosave to settle (cheap, in the page), then polls the stored document (a CLI run each). */
  async function expectStored<T>(read: () => T, value: T): Promise<void> {
    await editor().waitSaved();
    await expect.poll(read, SETTLE).toEqual(value);
  }

  const undo = (): Promise<void> => editor().pressShortcut('Control+z');

  it('sets up a 16:9 project: three stills, a call-to-action card and a text overlay at 7 s', async () => {
    await new ProjectsPage(page).goto(server.url);
    await page.getByRole('banner').getByRole('button', { name: 'New project' }).click();
    const dialog = page.getByRole('dialog', { name: 'New project' });
    await dialog.getByLabel('Name').fill('Editing checks');
    // The platform's segment, clicked where a person clicks it (its label); YouTube picks 16:9.
    await dialog.locator('label', { hasText: 'YouTube' }).click();
    expect(await dialog.getByRole('radio', { name: /^16:9/ }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Create project' }).click();
    await editor().waitForEditor();
    projectId = /#\/project\/([A-Za-z0-9_-]+)/.exec(page.url())?.[1] ?? '';
    await editor().dropFiles(makeDropFiles().filter((f) => f.name !== 'broken.png'));
    await expect.poll(() => editor().assetCards.count(), { timeout: 30_000 }).toBe(3);
    for (const name of ['front.jpg', 'side.jpg', 'detail.jpg']) await editor().addToTimeline(name);
    await page.getByRole('button', { name: 'Add card' }).click();
    await expect.poll(() => timeline().videoItems.count()).toBe(4);
    await timeline().seekSeconds(TEXT_AT_MS / 1000);
    await expect.poll(() => timeline().playheadMs()).toBe(TEXT_AT_MS);
    await page.getByRole('button', { name: 'Add text' }).click();
    await timeline().overlayItems.first().waitFor();
    await expectStored(() => {
      const doc = stored();
      return { video: doc.tracks.video.map((v) => `${v.type} ${v.type === 'clip' ? 0 : v.durationMs}`), overlay: doc.tracks.overlay.map((o) => [o.startMs, o.durationMs]) };
    }, { video: [`still ${STILL_MS}`, `still ${STILL_MS}`, `still ${STILL_MS}`, `card ${CARD_MS}`], overlay: [[TEXT_AT_MS, 3000]] });
    // Drags below are measured in exact pixels, so nothing may stick to a tick or an edge.
    await timeline().setSnapping(false);
  });

  it('splits the still under the playhead with the Split button and with the S key', async () => {
    await editor().pressShortcut('Escape');
    await timeline().seekSeconds(1);
    await timeline().tool('Split').click();
    await expectStored(durations, [1000, STILL_MS - 1000, STILL_MS, STILL_MS, CARD_MS]);
    // Two items now show the same photo, the second a new item.
    const [first, second] = stored().tracks.video.map((v) => (v.type === 'still' ? { id: v.id, media: v.media } : null));
    expect(first?.media).toEqual(expect.objectContaining({ assetId: expect.any(String) }));
    expect(second?.media).toEqual(first?.media);
    expect(second?.id).not.toBe(first?.id);

    await timeline().seekSeconds(2);
    await editor().pressShortcut('s');
    await expectStored(durations, [1000, 1000, STILL_MS - 2000, STILL_MS, STILL_MS, CARD_MS]);
    expect(await timeline().videoItems.count()).toBe(6);

    await undo();
    await undo();
    await expectStored(durations, [STILL_MS, STILL_MS, STILL_MS, CARD_MS]);
  });

  it('trims the end of a still by dragging its handle, and one Ctrl+Z restores it', async () => {
    const item = timeline().videoItem('side.jpg');
    const pxPerMs = await timeline().pxPerMs(item, STILL_MS);
    const handle = page.getByRole('button', { name: 'Trim end of side.jpg' });
    const dragPx = -60;
    await timeline().dragBy(handle, dragPx);
    const expected = STILL_MS + dragPx / pxPerMs;
    await editor().waitSaved();
    let trimmedMs = 0;
    const readTrimmed = (): number => (trimmedMs = durations()[1] ?? 0);
    await expect.poll(() => Math.abs(readTrimmed() - expected), SETTLE).toBeLessThanOrEqual(1 / pxPerMs);
    // Drawn at its new length (the zoom refits to the shorter project, so compare with a neighbour).
    const widths = [await timeline().widthOf(item), await timeline().widthOf(timeline().videoItem('front.jpg'))] as const;
    expect(widths[0] / widths[1]).toBeCloseTo(trimmedMs / STILL_MS, 2);
    await undo();
    await expectStored(durations, [STILL_MS, STILL_MS, STILL_MS, CARD_MS]);
  });

  it('sets a crossfade before an item in the transition popover', async () => {
    await page.getByRole('button', { name: 'Transition before side.jpg' }).click();
    const popover = page.getByRole('dialog', { name: 'Transition before side.jpg' });
    await popover.getByRole('combobox', { name: 'Transition' }).selectOption('crossfade');
    const length = popover.getByRole('slider', { name: 'Duration' });
    await expect.poll(() => length.inputValue()).toBe('500');
    // Two steps of 50 ms down with the keys; the slider applies each on release.
    await length.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await popover.getByRole('button', { name: 'Done' }).click();
    await popover.waitFor({ state: 'detached' });
    await expectStored(() => stored().tracks.video[1]?.transitionIn, { kind: 'crossfade', durationMs: 400 });
    // The overlap shortens the project by the transition's length.
    expect(await timeline().ruler.getAttribute('aria-valuemax')).toBe(String(3 * STILL_MS + CARD_MS - 400));
    for (let step = 0; step < 3; step++) await undo();
    await expectStored(() => stored().tracks.video[1]?.transitionIn, { kind: 'cut', durationMs: 0 });
  });

  it('deletes a still (later overlays keep their time) and ripple-deletes it (they move up)', async () => {
    const ids = (): string[] => stored().tracks.video.map((v) => v.id);
    const before = ids();
    const withoutSide = before.filter((_, i) => i !== 1);
    await timeline().videoItem('side.jpg').click();
    await timeline().tool('Delete').click();
    await expectStored(() => ({ video: ids(), text: overlayStart() }), { video: withoutSide, text: TEXT_AT_MS });
    await undo();
    await expect.poll(() => timeline().videoItems.count()).toBe(4);

    await timeline().videoItem('side.jpg').click();
    await timeline().tool('Ripple delete').click();
    await expectStored(() => ({ video: ids(), text: overlayStart() }), { video: withoutSide, text: TEXT_AT_MS - STILL_MS });
    await undo();
    await expectStored(() => ({ video: ids(), text: overlayStart() }), { video: before, text: TEXT_AT_MS });
  });

  it('moves the text overlay in time by dragging its body, and one Ctrl+Z puts it back', async () => {
    const overlay = timeline().overlayItems.first();
    const pxPerMs = await timeline().pxPerMs(overlay, 3000);
    await timeline().dragBy(overlay, 50);
    await editor().waitSaved();
    await expect.poll(() => Math.abs((overlayStart() ?? 0) - (TEXT_AT_MS + 50 / pxPerMs)), SETTLE).toBeLessThanOrEqual(1 / pxPerMs);
    expect(await overlay.getAttribute('data-selected')).toBe('true');
    await undo();
    await expectStored(overlayStart, TEXT_AT_MS);
  });

  it('zooms in and out with the buttons and the +/- keys, items scaling with it', async () => {
    const item = timeline().videoItem('detail.jpg');
    const base = await timeline().widthOf(item);
    /** How far the item's width is from `factor` times what it was (0 when exactly so). */
    const off = (factor: number) => async (): Promise<number> => Math.abs((await timeline().widthOf(item)) / base - factor);
    const STEP = 1.25;
    await timeline().tool('Zoom in').click();
    await expect.poll(off(STEP)).toBeLessThan(0.002);
    await timeline().tool('Zoom out').click();
    await expect.poll(off(1)).toBeLessThan(0.002);
    await editor().pressShortcut('+');
    await expect.poll(off(STEP)).toBeLessThan(0.002);
    await editor().pressShortcut('+');
    await expect.poll(off(STEP * STEP)).toBeLessThan(0.002);
    await editor().pressShortcut('-');
    await expect.poll(off(STEP)).toBeLessThan(0.002);
    await timeline().tool('Zoom to fit').click();
    await expect.poll(off(1)).toBeLessThan(0.002);
  });

  it('scrubs the ruler with the pointer: the playhead and the preview time follow', async () => {
    const pxPerMs = await timeline().pxPerMs(timeline().videoItem('front.jpg'), STILL_MS);
    const ruler = await timeline().box(timeline().ruler);
    const y = ruler.y + ruler.height / 2;
    await timeline().dragFrom({ x: ruler.x + 1000 * pxPerMs, y }, 3456 * pxPerMs);
    const ms = await timeline().playheadMs();
    expect(Math.abs(ms - 4456)).toBeLessThanOrEqual(1 / pxPerMs);
    const readout = editor().region('Preview').getByLabel('Playhead time');
    await expect.poll(() => readout.textContent()).toBe(`${timecode(ms)} / ${timecode(3 * STILL_MS + CARD_MS)}`);
  });

  it('plays and pauses with Space, steps a frame with the right arrow', async () => {
    const fps = stored().settings.fps;
    await editor().pressShortcut('Home');
    await expect.poll(() => timeline().playheadMs()).toBe(0);
    await editor().pressShortcut('ArrowRight');
    await expect.poll(() => timeline().playheadMs()).toBe(Math.round(1000 / fps));
    const preview = editor().region('Preview');
    await editor().pressShortcut(' ');
    await preview.getByRole('button', { name: 'Pause', exact: true }).waitFor();
    await expect.poll(() => timeline().playheadMs(), SETTLE).toBeGreaterThan(300);
    await editor().pressShortcut(' ');
    await preview.getByRole('button', { name: 'Play', exact: true }).waitFor();
    const stopped = await timeline().playheadMs();
    await expect.poll(() => preview.getByLabel('Playhead time').textContent()).toBe(`${timecode(stopped)} / ${timecode(3 * STILL_MS + CARD_MS)}`);
    // Paused: a frame step moves exactly one frame from where it stopped.
    await editor().pressShortcut('ArrowRight');
    await expect.poll(() => timeline().playheadMs()).toBe(Math.round(((msToFrame(stopped, fps) + 1) * 1000) / fps));
  });

  it('edits a still in the inspector: camera move and duration, each undone by one Ctrl+Z', async () => {
    const front = (): { move: string; durationMs: number } => {
      const item = stored().tracks.video[0];
      return item?.type === 'still' ? { move: item.motion.move, durationMs: item.durationMs } : { move: '', durationMs: 0 };
    };
    await timeline().videoItem('front.jpg').click();
    await inspector().getByRole('heading', { name: 'Still' }).waitFor();
    await inspector().getByRole('combobox', { name: 'Camera move' }).selectOption('pan-left');
    await expectStored(front, { move: 'pan-left', durationMs: STILL_MS });
    await undo();
    await inspector().getByRole('textbox', { name: 'Duration', exact: true }).fill('2.25');
    // The undone camera move is stored too.
    await expectStored(front, { move: 'zoom-in', durationMs: 2250 });
    await undo();
    await expectStored(front, { move: 'zoom-in', durationMs: STILL_MS });
    expect(await inspector().getByRole('textbox', { name: 'Duration', exact: true }).inputValue()).toBe('3');
  });

  it('gives the call-to-action card a gradient background, undone by one Ctrl+Z', async () => {
    const background = (): string | undefined => {
      const card = stored().tracks.video[3];
      return card?.type === 'card' ? card.background.kind : undefined;
    };
    await timeline().videoItem('Outro card: Shop now').click();
    await inspector().getByRole('heading', { name: 'Card' }).waitFor();
    await inspector().getByRole('radio', { name: 'Gradient' }).check();
    await expectStored(background, 'gradient');
    await inspector().getByRole('textbox', { name: 'Gradient start hex code' }).waitFor();
    await undo();
    await expectStored(background, 'color');
    expect(await inspector().getByRole('radio', { name: 'Colour', exact: true }).isChecked()).toBe(true);
  });

  it('changes the brand primary colour and the budget in the project settings, each undone by one Ctrl+Z', async () => {
    const settings = (): { primary: string; budget: number | null } => {
      const s = stored().settings;
      return { primary: s.brand.colors.primary, budget: s.budgetUsd };
    };
    const before = settings();
    await inspector().getByRole('button', { name: 'Show project settings' }).click();
    await inspector().getByRole('heading', { name: 'Project settings' }).waitFor();
    await inspector().getByLabel('Primary colour', { exact: true }).fill('#2a9d8f');
    await expectStored(settings, { ...before, primary: '#2a9d8f' });
    await undo();
    await inspector().getByRole('textbox', { name: 'Budget' }).fill('12.5');
    await expectStored(settings, { ...before, budget: 12.5 });
    await undo();
    await expectStored(settings, before);
  });

  it('draws a still and a card in the preview canvas, and toggles the safe-area guides', async () => {
    const canvas = page.getByTestId('preview-canvas');
    const ready = page.locator('[data-testid="preview-canvas"][data-state="ready"]');
    // One second into front.jpg: left of its white box the photo is orange (0xd9643a).
    await timeline().seekSeconds(1);
    await ready.waitFor(SETTLE);
    await expect.poll(async () => colourDistance(await canvasPixel(canvas, { fx: 0.05, fy: 0.5 }), hexToRgb('#d9643a')), SETTLE).toBeLessThan(30);
    // The call-to-action card's corner is the brand primary colour.
    const card = await timeline().box(timeline().videoItem('Outro card: Shop now'));
    const ruler = await timeline().box(timeline().ruler);
    await page.mouse.click(card.x + card.width / 2, ruler.y + ruler.height / 2);
    await expect.poll(() => timeline().playheadMs()).toBeGreaterThan(3 * STILL_MS);
    await ready.waitFor(SETTLE);
    const primary = hexToRgb(stored().settings.brand.colors.primary);
    await expect.poll(async () => colourDistance(await canvasPixel(canvas, { fx: 0.03, fy: 0.05 }), primary), SETTLE).toBeLessThan(4);

    const guides = editor().region('Preview').getByRole('button', { name: 'Safe area' });
    expect(await guides.getAttribute('aria-pressed')).toBe('false');
    await guides.click();
    await expect.poll(() => guides.getAttribute('aria-pressed')).toBe('true');
    await guides.click();
    await expect.poll(() => guides.getAttribute('aria-pressed')).toBe('false');
  });

  it('plans scenes locally in two variations side by side, with editable prompts and a free draft cost', async () => {
    await page.getByRole('tab', { name: 'Generate' }).click();
    const panel = page.getByTestId('generate-panel');
    await panel.getByRole('textbox', { name: 'Brief' }).fill('An insulated travel mug that keeps coffee hot for 12 hours, for commuters.');
    await panel.getByRole('combobox', { name: 'Variations' }).selectOption('2');
    await panel.getByRole('button', { name: 'Plan scenes' }).click();
    const plans = [panel.getByRole('article', { name: 'Plan 1' }), panel.getByRole('article', { name: 'Plan 2' })] as const;
    await plans[1].waitFor(SETTLE);
    const [one, two] = [await timeline().box(plans[0]), await timeline().box(plans[1])];
    expect(Math.abs(one.y - two.y)).toBeLessThan(1);
    expect(two.x).toBeGreaterThanOrEqual(one.x + one.width - 1);
    expect(await plans[0].getByTestId('plan-source').textContent()).toBe('Planned locally (rules, no LLM)');

    const planned = await plans[0].getByRole('listitem').count();
    await plans[0].getByRole('button', { name: 'Use this plan' }).click();
    const scenes = panel.getByRole('list', { name: 'Scenes to generate' }).getByRole('listitem');
    await expect.poll(() => scenes.count()).toBe(planned);
    // The hidden ", scene N" part of each label makes every scene's fields' names unique.
    const prompt = panel.getByRole('textbox', { name: /^Prompt\s*, scene 1$/ });
    expect(await prompt.inputValue()).not.toBe('');
    await prompt.fill('The travel mug turning slowly on a walnut desk');
    expect(await prompt.inputValue()).toBe('The travel mug turning slowly on a walnut desk');
    // Draft motion is free: the total says so and nothing is spent.
    await expect.poll(() => panel.getByTestId('cost-total').textContent(), SETTLE).toBe('Free');
    expect(await panel.getByTestId('budget-line').textContent()).toContain('$0.00 spent or running');
  });

  it('generates one short draft clip and rejects it; the review is kept after a reload', async () => {
    const panel = page.getByTestId('generate-panel');
    const scenes = panel.getByRole('list', { name: 'Scenes to generate' }).getByRole('listitem');
    for (let n = await scenes.count(); n > 1; n--) await panel.getByRole('button', { name: `Remove scene ${n}` }).click();
    await expect.poll(() => scenes.count()).toBe(1);
    const length = panel.getByRole('spinbutton', { name: /^Duration \(s\)\s*, scene 1$/ });
    await length.fill('1');
    await length.press('Enter');
    await panel.getByRole('button', { name: 'Generate clips' }).click();
    const job = panel.getByTestId('job-card');
    await expect.poll(() => job.count(), SETTLE).toBe(1);
    await job.getByTestId('job-state').filter({ hasText: 'Succeeded' }).waitFor({ timeout: 60_000 });
    await job.getByRole('button', { name: 'Reject' }).click();
    await job.getByText('Rejected', { exact: true }).waitFor();
    expect(await job.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    expect(await job.getAttribute('class')).toContain('review-rejected');
    // One job for the one scene left, at the length typed in; a rejected clip stays off the timeline.
    const jobs = JSON.parse(server.cli(['jobs', 'list', '--project', projectId, '--json'])) as { state: string; outputAssetId: string | null }[];
    expect(jobs.map((j) => j.state)).toEqual(['succeeded']);
    const media = JSON.parse(server.cli(['media', 'list', '--project', projectId, '--json'])) as { id: string; kind: string; durationMs: number | null }[];
    const clip = media.find((a) => a.id === jobs[0]?.outputAssetId);
    expect(clip?.kind).toBe('video');
    expect(Math.abs((clip?.durationMs ?? 0) - 1000)).toBeLessThanOrEqual(50);
    expect(stored().tracks.video.map((v) => v.type)).toEqual(['still', 'still', 'still', 'card']);

    await page.reload();
    await editor().waitForEditor();
    await page.getByRole('tab', { name: 'Generate' }).click();
    await panel.getByTestId('job-card').getByText('Rejected', { exact: true }).waitFor(SETTLE);
    expect(problems).toEqual([]);
  });
});
