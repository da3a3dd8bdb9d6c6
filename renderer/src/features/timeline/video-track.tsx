import { DndContext, type Modifier } from '@dnd-kit/core';
import { useMemo, useRef } from 'react';
import { useAssets, useProjectDocument, useSelectedIds, useTimeline } from '../../stores';
import { cardSwatch, videoItemLabel } from './item-label';
import { transitionMaxMs } from './timeline-math';
import { TransitionHandles, type TransitionSpot } from './transition-handles';
import { useAssetDrop } from './use-asset-drop';
import { REORDER_INSTRUCTIONS, useReorder, type ReorderSlot } from './use-reorder';
import { useLatest } from './use-timeline-geometry';
import { VideoItem } from './video-item';
import type { VideoItemLook } from './video-item-body';

/** Reordering happens along the track only. */
const horizontalOnly: Modifier = ({ transform }) => ({ ...transform, y: 0 });
const MODIFIERS = [horizontalOnly];
/** Items are not drop targets (the drop position comes from the pointer), so nothing to measure. */
const NO_COLLISIONS = (): [] => [];
const ACCESSIBILITY_INSTRUCTIONS = { screenReaderInstructions: REORDER_INSTRUCTIONS };

interface Row extends ReorderSlot {
  durationMs: number;
  look: VideoItemLook;
}

/**
 * The video track: items placed by the shared layout math, reordered by dragging (one
 * moveItem on drop = one undo step), media from the bin dropped between items.
 */
export function VideoTrack({ pxPerMs }: { pxPerMs: number }): React.JSX.Element {
  const doc = useProjectDocument();
  const timeline = useTimeline();
  const assets = useAssets();
  const selectedIds = useSelectedIds();
  const video = useMemo(() => doc?.tracks.video ?? [], [doc]);
  const names = useMemo(() => new Map(assets.map((a) => [a.id, a.originalName])), [assets]);

  const rows = useMemo<Row[]>(
    () =>
      video.map((item, index) => {
        const entry = timeline.items[index];
        const label = videoItemLabel(item, (id) => names.get(id));
        const startMs = entry?.startMs ?? 0;
        const durationMs = entry?.durationMs ?? 0;
        const media = item.type !== 'card' && 'assetId' in item.media ? item.media.assetId : null;
        return {
          id: item.id,
          label,
          leftPx: startMs * pxPerMs,
          widthPx: durationMs * pxPerMs,
          durationMs,
          look: {
            kind: item.type,
            assetId: media,
            inMs: item.type === 'clip' ? item.inMs : 0,
            outMs: item.type === 'clip' ? item.outMs : durationMs,
            swatch: cardSwatch(item),
            caption: item.type === 'card' ? item.title || label : label,
            transitionInPx: (entry?.transitionInMs ?? 0) * pxPerMs,
          },
        };
      }),
    [video, timeline, names, pxPerMs],
  );

  const spots = useMemo<TransitionSpot[]>(
    () =>
      rows.slice(1).map((row, k) => {
        const item = video[k + 1];
        return {
          itemId: row.id,
          label: row.label,
          xPx: row.leftPx + row.look.transitionInPx / 2,
          kind: item?.transitionIn.kind ?? 'cut',
          durationMs: item?.transitionIn.durationMs ?? 0,
          maxMs: transitionMaxMs(video, k + 1),
        };
      }),
    [rows, video],
  );

  const laneRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const slotsRef = useLatest<ReorderSlot[]>(rows);
  const reorder = useReorder({ slotsRef, laneRef, listRef });
  const drop = useAssetDrop({ entries: timeline.items, totalMs: timeline.totalMs, pxPerMs });
  const selected = useMemo(() => new Set(selectedIds), [selectedIds]);

  return (
    <div ref={laneRef} className={`tl-video-lane${drop.markerPx !== null ? ' is-drop-target' : ''}`} data-testid="video-lane" {...drop.handlers}>
      <DndContext
        sensors={reorder.sensors}
        collisionDetection={NO_COLLISIONS}
        modifiers={MODIFIERS}
        onDragStart={reorder.onDragStart}
        onDragMove={reorder.onDragMove}
        onDragEnd={reorder.onDragEnd}
        onDragCancel={reorder.onDragCancel}
        accessibility={{ announcements: reorder.announcements, ...ACCESSIBILITY_INSTRUCTIONS }}
      >
        <div ref={listRef} role="list" aria-label="Video track" className="tl-video-list" data-testid="video-track">
          {rows.map((row) => (
            <VideoItem key={row.id} id={row.id} label={row.label} leftPx={row.leftPx} widthPx={row.widthPx} durationMs={row.durationMs} pxPerMs={pxPerMs} selected={selected.has(row.id)} look={row.look} />
          ))}
        </div>
      </DndContext>
      <TransitionHandles spots={spots} />
      {drop.markerPx !== null && <div className="tl-drop-marker" style={{ left: drop.markerPx }} aria-hidden="true" />}
      {rows.length === 0 && <p className="tl-empty-hint">Drag media here, or use “Add to the timeline” in the media bin.</p>}
    </div>
  );
}
