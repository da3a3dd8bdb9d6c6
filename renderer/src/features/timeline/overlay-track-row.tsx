import { memo } from 'react';
import type { Overlay } from '../../../../preload/contract/project/overlay-track';
import { useAppStore } from '../../stores';
import { StillStrip } from './filmstrip';
import type { TrackGeometry, TrackRowProps } from './track-geometry';
import { changedFields, dragSpan, type Span, type SpanDrag } from './track-item-drag';
import { commitItemEdit, MIN_TRIM_EDGES_PX, nudgeMs, OVERLAY_TRACK_HEIGHT_PX, refAssetId, refPathName } from './track-item-edit';
import { selectIfNot, selectItem, useItemGesture, useLatestRef } from './track-item-gesture';
import { TrimEdge } from './track-item-handles';

const NO_OVERLAYS: Overlay[] = [];
const SPAN_MODES: readonly SpanDrag[] = ['move', 'trim-start', 'trim-end'];
const LABELS: Record<SpanDrag, string> = { move: 'Move overlay', 'trim-start': 'Trim overlay start', 'trim-end': 'Trim overlay end' };
const STRIP_HEIGHT_PX = OVERLAY_TRACK_HEIGHT_PX - 8;

interface OverlayItemProps {
  id: string;
  kind: Overlay['type'];
  /** Text overlays: the text; image overlays: null. */
  text: string | null;
  assetId: string | null;
  pathName: string | null;
  startMs: number;
  durationMs: number;
  pxPerMs: number;
  geometry: React.RefObject<TrackGeometry>;
}

/** Primitive props only: the document is re-parsed on every edit, so item objects are always new. */
function itemProps(overlay: Overlay): Omit<OverlayItemProps, 'pxPerMs' | 'geometry'> {
  const media = overlay.type === 'image' ? overlay.media : null;
  return {
    id: overlay.id,
    kind: overlay.type,
    text: overlay.type === 'text' ? overlay.text : null,
    assetId: media && refAssetId(media),
    pathName: media && refPathName(media),
    startMs: overlay.startMs,
    durationMs: overlay.durationMs,
  };
}

const OverlayItem = memo(function OverlayItem(props: OverlayItemProps): React.JSX.Element {
  const { id, kind, text, assetId, pathName, startMs, durationMs, pxPerMs, geometry } = props;
  const selected = useAppStore((s) => s.selectedIds.includes(id));
  const assetName = useAppStore((s) => (assetId === null ? undefined : s.assets.find((a) => a.id === assetId)?.originalName));
  const name = kind === 'text' ? `Text: ${text ?? ''}` : (assetName ?? pathName ?? 'Missing image');
  const span: Span = { startMs, durationMs };
  const gesture = useItemGesture<SpanDrag, Span>({
    pxPerMs,
    modes: SPAN_MODES,
    compute: (mode, deltaMs) => dragSpan({ span, mode, deltaMs, snap: (ms) => geometry.current.snapMs(ms, id) }),
    commit: (mode, next) => {
      selectIfNot(id);
      commitItemEdit({ id, changes: { ...changedFields(span, next) }, label: LABELS[mode] });
    },
    onClick: (e) => selectItem(id, e.shiftKey),
  });
  const shown = gesture.preview ?? span;
  const widthPx = shown.durationMs * pxPerMs;

  function onKeyDown(e: React.KeyboardEvent): void {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      selectItem(id, e.shiftKey);
      return;
    }
    const deltaMs = nudgeMs(e);
    if (deltaMs === 0) return;
    e.preventDefault();
    edit('move', deltaMs);
  }

  /** Keyboard edits: each key press one edit, consecutive presses one undo step. */
  function edit(mode: SpanDrag, deltaMs: number): void {
    const next = dragSpan({ span, mode, deltaMs });
    commitItemEdit({ id, changes: { ...changedFields(span, next) }, label: LABELS[mode], mergeKey: `${mode}:${id}` });
  }

  return (
    <div
      role="listitem"
      aria-label={name}
      tabIndex={0}
      className={`trk-item trk-overlay trk-overlay-${kind}${selected ? ' is-selected' : ''}${gesture.dragging ? ' is-dragging' : ''}`}
      data-testid="overlay-item"
      data-item-id={id}
      data-selected={selected}
      aria-current={selected ? 'true' : undefined}
      data-drag="move"
      style={{ left: shown.startMs * pxPerMs, width: widthPx }}
      {...gesture.handlers}
      onClick={(e) => e.stopPropagation()}
      onKeyDown={onKeyDown}
    >
      {kind === 'image' && assetId !== null && <StillStrip assetId={assetId} widthPx={widthPx} heightPx={STRIP_HEIGHT_PX} />}
      <span className="trk-item-label" aria-hidden="true">
        {kind === 'text' ? <span className="trk-overlay-mark">T</span> : null}
        {kind === 'text' ? text : name}
      </span>
      {widthPx >= MIN_TRIM_EDGES_PX && (
        <>
          <TrimEdge edge="start" name={name} focusable={selected} onNudge={(d) => edit('trim-start', d)} />
          <TrimEdge edge="end" name={name} focusable={selected} onNudge={(d) => edit('trim-end', d)} />
        </>
      )}
    </div>
  );
});

/**
 * The overlay track: text and image overlays at their time ranges. Drag the body to move, an
 * edge to trim (snapped); click selects, Shift-click toggles; arrows nudge the focused item.
 */
export function OverlayTrackRow({ geometry }: TrackRowProps): React.JSX.Element {
  const overlays = useAppStore((s) => s.doc?.tracks.overlay ?? NO_OVERLAYS);
  const geometryRef = useLatestRef(geometry);
  return (
    <div role="list" aria-label="Overlay track" className="trk-row trk-row-overlay" data-testid="overlay-track" style={{ height: OVERLAY_TRACK_HEIGHT_PX }}>
      {overlays.map((overlay) => (
        <OverlayItem key={overlay.id} {...itemProps(overlay)} pxPerMs={geometry.pxPerMs} geometry={geometryRef} />
      ))}
    </div>
  );
}
