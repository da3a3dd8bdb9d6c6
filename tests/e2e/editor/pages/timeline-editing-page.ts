import type { Locator, Page } from 'playwright';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The timeline as someone edits it with the pointer and the keys: items by name, the toolbar,
 * the ruler (the "Playhead" slider), and drags in small pointer steps as a hand makes them.
 */
export class TimelineEditingPage {
  constructor(readonly page: Page) {}

  get region(): Locator {
    return this.page.getByRole('region', { name: 'Timeline', exact: true });
  }

  /** A toolbar button ("Split", "Delete", "Zoom in" …), matched exactly. */
  tool(name: string): Locator {
    return this.region.getByRole('toolbar', { name: 'Timeline tools' }).getByRole('button', { name, exact: true });
  }

  get videoItems(): Locator {
    return this.region.getByRole('list', { name: 'Video track' }).getByRole('listitem');
  }

  videoItem(name: string): Locator {
    return this.region.getByRole('list', { name: 'Video track' }).getByRole('listitem', { name, exact: true });
  }

  get overlayItems(): Locator {
    return this.region.getByRole('list', { name: 'Overlay track' }).getByRole('listitem');
  }

  get ruler(): Locator {
    return this.region.getByRole('slider', { name: 'Playhead' });
  }

  async playheadMs(): Promise<number> {
    return Number(await this.ruler.getAttribute('aria-valuenow'));
  }

  async box(locator: Locator): Promise<Box> {
    const box = await locator.boundingBox();
    if (box === null) throw new Error(`${locator.toString()} is not visible`);
    return box;
  }

  async widthOf(locator: Locator): Promise<number> {
    return (await this.box(locator)).width;
  }

  /** The timeline's scale as drawn: an item's pixel width over its duration. */
  async pxPerMs(item: Locator, durationMs: number): Promise<number> {
    return (await this.widthOf(item)) / durationMs;
  }

  /** The playhead to a whole number of seconds with the ruler's own keys (Home, then Page Down per second). */
  async seekSeconds(seconds: number): Promise<void> {
    await this.ruler.focus();
    await this.page.keyboard.press('Home');
    for (let s = 0; s < seconds; s++) await this.page.keyboard.press('PageDown');
  }

  /** Snapping on or off, through its toggle button. */
  async setSnapping(on: boolean): Promise<void> {
    const toggle = this.tool('Snapping');
    if ((await toggle.getAttribute('aria-pressed')) !== String(on)) await toggle.click();
    if ((await toggle.getAttribute('aria-pressed')) !== String(on)) throw new Error(`snapping did not turn ${on ? 'on' : 'off'}`);
  }

  /**
   * Presses at `from` (page coordinates), moves dx pixels sideways in small steps and releases.
   * The first step is short, as the items need a few pixels of travel before a press becomes a drag.
   */
  async dragFrom(from: { x: number; y: number }, dx: number): Promise<void> {
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + Math.sign(dx) * 4, from.y, { steps: 2 });
    await this.page.mouse.move(from.x + dx, from.y, { steps: 12 });
    await this.page.mouse.up();
  }

  /** Drags the middle of `locator` dx pixels sideways. */
  async dragBy(locator: Locator, dx: number): Promise<void> {
    const box = await this.box(locator);
    await this.dragFrom({ x: box.x + box.width / 2, y: box.y + box.height / 2 }, dx);
  }
}
