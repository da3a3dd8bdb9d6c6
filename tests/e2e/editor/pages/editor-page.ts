import type { Locator, Page } from 'playwright';
import type { FilePayload } from '../support/media-files';

/** The editor screen: top bar, media bin, and the landmark regions other features fill. */
export class EditorPage {
  constructor(readonly page: Page) {}

  get title(): Locator {
    return this.page.getByTestId('project-title');
  }

  region(name: 'Media' | 'Preview' | 'Timeline' | 'Inspector'): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  get undoButton(): Locator {
    return this.page.getByRole('button', { name: /^Undo/ });
  }

  get redoButton(): Locator {
    return this.page.getByRole('button', { name: /^Redo/ });
  }

  get assetCards(): Locator {
    return this.page.getByTestId('asset-card');
  }

  importRow(name: string): Locator {
    return this.page.getByTestId('import-row').filter({ hasText: name });
  }

  async waitForEditor(): Promise<void> {
    await this.region('Media').waitFor();
  }

  /** Waits until autosave has stored every edit. */
  async waitSaved(): Promise<void> {
    await this.page.locator('[data-testid="save-state"][data-status="saved"]').waitFor();
  }

  /**
   * Drops files from "the computer" on the media bin: real File objects in a real DataTransfer,
   * through the same dragenter/dragover/drop events a desktop drag produces.
   */
  async dropFiles(files: FilePayload[]): Promise<void> {
    const zone = this.page.getByTestId('media-drop-zone');
    const transfer = await this.page.evaluateHandle((payloads) => {
      const dt = new DataTransfer();
      for (const p of payloads) {
        const bytes = Uint8Array.from(atob(p.base64), (c) => c.charCodeAt(0));
        dt.items.add(new File([bytes], p.name, { type: p.mimeType }));
      }
      return dt;
    }, files);
    for (const type of ['dragenter', 'dragover', 'drop']) await zone.dispatchEvent(type, { dataTransfer: transfer });
  }

  async addToTimeline(fileName: string): Promise<void> {
    await this.page.getByRole('button', { name: `Add ${fileName} to the timeline` }).click();
  }

  async pressShortcut(keys: string): Promise<void> {
    // Nothing focused (no field, no button), as when someone works the timeline.
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await this.page.keyboard.press(keys);
  }
}
