import type { Locator, Page } from 'playwright';

/** The timeline as a person works it: lists of items per track, dragged with the pointer. */
export class TimelinePage {
  constructor(readonly page: Page) {}

  private get region(): Locator {
    return this.page.getByRole('region', { name: 'Timeline' });
  }

  get videoItems(): Locator {
    return this.region.getByRole('list', { name: 'Video track' }).getByRole('listitem');
  }

  get musicItems(): Locator {
    return this.region.getByRole('list', { name: 'Music track' }).getByRole('listitem');
  }

  async videoItemNames(): Promise<string[]> {
    return this.videoItems.evaluateAll((items) => items.map((i) => i.getAttribute('aria-label') ?? ''));
  }

  /**
   * Drags video item `from` past item `to` in small pointer steps (the sortable list needs a
   * few pixels of movement before a drag starts, as a real hand gives it).
   */
  async dragVideoItem(from: number, to: number): Promise<void> {
    const source = await this.videoItems.nth(from).boundingBox();
    const target = await this.videoItems.nth(to).boundingBox();
    if (source === null || target === null) throw new Error('timeline items are not visible');
    const y = source.y + source.height / 2;
    const startX = source.x + source.width / 2;
    const endX = to > from ? target.x + target.width * 0.75 : target.x + target.width * 0.25;
    await this.page.mouse.move(startX, y);
    await this.page.mouse.down();
    await this.page.mouse.move(startX + 8, y, { steps: 4 });
    await this.page.mouse.move(endX, y, { steps: 20 });
    await this.page.mouse.up();
  }
}
