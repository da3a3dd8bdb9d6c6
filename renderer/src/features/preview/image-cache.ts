/** A decoded image, or why there is none yet. */
export type ImageEntry = { state: 'loading' } | { state: 'ready'; image: HTMLImageElement } | { state: 'failed' };

/**
 * Library images for the preview, one <img> per URL, decoded once. `get` starts a load on first
 * use and answers 'loading' until it is ready; `onChange` asks the preview to draw again.
 */
export class ImageCache {
  private readonly entries = new Map<string, ImageEntry>();

  constructor(private readonly onChange: () => void) {}

  get(url: string): ImageEntry {
    const known = this.entries.get(url);
    if (known) return known;
    const entry: ImageEntry = { state: 'loading' };
    this.entries.set(url, entry);
    const image = new Image();
    image.decoding = 'async';
    image.onload = (): void => {
      this.entries.set(url, { state: 'ready', image });
      this.onChange();
    };
    image.onerror = (): void => {
      this.entries.set(url, { state: 'failed' });
      this.onChange();
    };
    image.src = url;
    return entry;
  }

  /** Ready image or null. */
  image(url: string): HTMLImageElement | null {
    const entry = this.get(url);
    return entry.state === 'ready' ? entry.image : null;
  }

  /** Forgets every image not in `keep` (the project's media changed or was closed). */
  retain(keep: ReadonlySet<string>): void {
    for (const url of this.entries.keys()) if (!keep.has(url)) this.entries.delete(url);
  }
}
