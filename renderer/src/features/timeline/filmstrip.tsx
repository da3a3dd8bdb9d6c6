import { memo, useMemo, type CSSProperties } from 'react';
import type { FilmstripDto } from '../../../../preload/contract/dto/editor-media-dto';
import { storeApi, useAppStore } from '../../stores';
import { filmstripTiles } from './filmstrip-tiles';
import { createRequestCache, useCachedRequest } from './track-request-cache';

/** One media.filmstrip call per asset for the whole session (failures retried after 30 s). */
const filmstrips = createRequestCache<FilmstripDto>({ fetch: (assetId) => storeApi().call('media.filmstrip', { assetId }) });

/**
 * The sprite image itself, loaded once before any tile uses it: if it cannot be had the strip
 * keeps the thumbnail instead of showing empty tiles.
 */
const sprites = createRequestCache<true>({
  fetch: (assetId) =>
    new Promise((resolve, reject) => {
      const image = new Image();
      image.onload = () => resolve(true);
      image.onerror = () => reject(new Error(`the filmstrip of ${assetId} did not load`));
      image.src = storeApi().mediaUrl(assetId, 'filmstrip');
    }),
});

/**
 * The picture an asset shows before (or instead of) its filmstrip: its thumbnail, or for an
 * image without one the file itself. Null when there is nothing to load, so no request 404s.
 */
function useStillUrl(assetId: string): string | null {
  const source = useAppStore((s) => {
    const asset = s.assets.find((a) => a.id === assetId);
    if (asset === undefined) return null;
    if (asset.hasThumbnail) return 'thumbnail';
    return asset.kind === 'image' ? 'file' : null;
  });
  return source === null ? null : storeApi().mediaUrl(assetId, source);
}

/** The filmstrip once both its description and its sprite are here; null when either failed. */
function spriteReady(described: FilmstripDto | null | undefined, sprite: true | null | undefined): FilmstripDto | null | undefined {
  if (described === undefined || described === null) return described;
  return sprite === true ? described : sprite;
}

const cssUrl = (url: string | null): string | undefined => (url === null ? undefined : `url("${url}")`);

export interface StillStripProps {
  assetId: string;
  widthPx: number;
  heightPx: number;
}

/** An image (or a video before its filmstrip arrives) as its thumbnail repeated across the item. */
export const StillStrip = memo(function StillStrip({ assetId, widthPx, heightPx }: StillStripProps): React.JSX.Element {
  const url = useStillUrl(assetId);
  return <div className="still-strip" data-testid="still-strip" aria-hidden="true" style={{ width: widthPx, height: heightPx, backgroundImage: cssUrl(url) }} />;
});

export interface FilmstripProps {
  assetId: string;
  /** The trimmed part of the source the item plays. */
  inMs: number;
  outMs: number;
  widthPx: number;
  heightPx: number;
}

/**
 * A video item's frames across its width, each tile the sprite frame nearest the source time
 * under it. Until the sprite is known (or when there is none) the thumbnail stands in, tiled.
 */
export const Filmstrip = memo(function Filmstrip({ assetId, inMs, outMs, widthPx, heightPx }: FilmstripProps): React.JSX.Element {
  const described = useCachedRequest(filmstrips, assetId);
  const sprite = useCachedRequest(sprites, described ? assetId : null);
  const strip = spriteReady(described, sprite);
  const still = useStillUrl(assetId);
  const tileWidthPx = strip ? (heightPx * strip.tileWidth) / strip.tileHeight : 0;
  const tiles = useMemo(
    () => (strip ? filmstripTiles({ frameTimesMs: strip.frameTimesMs, inMs, outMs, widthPx, tileWidthPx }) : []),
    [strip, inMs, outMs, widthPx, tileWidthPx],
  );
  const style: CSSProperties & Record<`--${string}`, string | undefined> = { width: widthPx, height: heightPx, backgroundImage: cssUrl(still) };
  if (strip) {
    // Custom properties inherit, so each tile only sets its own offset into the sprite.
    style['--sprite'] = cssUrl(storeApi().mediaUrl(assetId, 'filmstrip'));
    style['--sprite-size'] = `${strip.frames * tileWidthPx}px ${heightPx}px`;
  }
  return (
    <div className="filmstrip" data-testid="filmstrip" data-state={strip ? 'frames' : strip === null ? 'fallback' : 'loading'} aria-hidden="true" style={style}>
      {tiles.map((tile) => (
        <span key={tile.x} className="filmstrip-tile" style={{ width: tileWidthPx, backgroundPosition: `${-tile.frame * tileWidthPx}px 0` }} />
      ))}
    </div>
  );
});
