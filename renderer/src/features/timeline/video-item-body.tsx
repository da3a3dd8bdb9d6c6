import { memo } from 'react';
import { MediaStrip } from './media-strip';
import { VIDEO_ROW_HEIGHT_PX } from './timeline-layout';
import type { TrimPreview } from './use-trim';

/** What a video item shows, as plain values (so memoised items compare cheaply). */
export interface VideoItemLook {
  kind: 'clip' | 'still' | 'card';
  /** Library asset of a clip or still (null for cards and path references). */
  assetId: string | null;
  inMs: number;
  outMs: number;
  /** Card block colour. */
  swatch: string | null;
  /** Short text drawn on the item: the card title or the file name. */
  caption: string;
  /** Transition into this item, drawn as a shaded lead-in. */
  transitionInPx: number;
}

export function sameLook(a: VideoItemLook, b: VideoItemLook): boolean {
  return a.kind === b.kind && a.assetId === b.assetId && a.inMs === b.inMs && a.outMs === b.outMs && a.swatch === b.swatch && a.caption === b.caption && a.transitionInPx === b.transitionInPx;
}

/** The item's inside height: the row less its 5 px insets and 1 px borders. */
const STRIP_HEIGHT_PX = VIDEO_ROW_HEIGHT_PX - 12;

/** The inside of a video item: a filmstrip, a still strip or a coloured card block, and its name. */
export const VideoItemBody = memo(function VideoItemBody({ look, widthPx, trim, label }: { look: VideoItemLook; widthPx: number; trim: TrimPreview | null; label: string }): React.JSX.Element {
  const inMs = look.inMs + (trim?.edge === 'start' ? trim.deltaMs : 0);
  const outMs = look.outMs + (trim?.edge === 'end' ? trim.deltaMs : 0);
  return (
    <div className="tl-item-body" title={label}>
      {look.kind === 'card' ? (
        <div className="tl-card-block" style={look.swatch ? { background: look.swatch } : undefined} />
      ) : look.assetId !== null ? (
        <MediaStrip kind={look.kind} assetId={look.assetId} inMs={inMs} outMs={outMs} widthPx={widthPx} heightPx={STRIP_HEIGHT_PX} />
      ) : (
        <div className="tl-strip-missing" />
      )}
      {look.transitionInPx > 0 && <div className="tl-transition-shade" style={{ width: look.transitionInPx }} />}
      <span className="tl-item-caption">{look.caption}</span>
    </div>
  );
});
