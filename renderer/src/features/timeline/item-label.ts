import type { VideoItem } from '../../../../preload/contract/project/video-track';

const CARD_PREFIX = { intro: 'Intro card', outro: 'Outro card', card: 'Card' } as const;

/** The media a clip or still shows, as a display name: the file name, or the path's last part. */
export function mediaName(item: VideoItem, assetName: (assetId: string) => string | undefined): string {
  if (item.type === 'card') return '';
  if ('assetId' in item.media) return assetName(item.media.assetId) ?? 'Missing media';
  return item.media.path.split(/[\\/]/).pop() ?? item.media.path;
}

/**
 * The accessible name of a video item (tests and screen readers find items by it): the file
 * name for clips and stills, "Intro card: <title>" / "Outro card: <title>" / "Card: <title>".
 */
export function videoItemLabel(item: VideoItem, assetName: (assetId: string) => string | undefined): string {
  if (item.type !== 'card') return mediaName(item, assetName);
  const title = item.title.trim() === '' ? 'Untitled' : item.title.trim();
  return `${CARD_PREFIX[item.role]}: ${title}`;
}

/** The colour a card block is drawn in: its background colour (or gradient start), else a neutral one. */
export function cardSwatch(item: VideoItem): string | null {
  if (item.type !== 'card') return null;
  const bg = item.background;
  if (bg.kind === 'color') return bg.color;
  if (bg.kind === 'gradient') return bg.from;
  return null;
}
