import { useMemo, useState, type DragEvent } from 'react';
import type { TimelineEntry } from '../../../../preload/contract/layout/timeline';
import { timelineActions, useAppStore } from '../../stores';
import { ASSET_DRAG_TYPE } from '../media-bin/asset-card';
import { reportEdit } from './edit-feedback';
import { dropIndex } from './timeline-math';

const carriesAsset = (e: DragEvent): boolean => e.dataTransfer.types.includes(ASSET_DRAG_TYPE);

/**
 * Media dragged from the bin onto the video lane: a marker shows where it will go (between
 * the items nearest the pointer) and the drop inserts it there as one edit.
 */
export function useAssetDrop({ entries, totalMs, pxPerMs }: { entries: readonly TimelineEntry[]; totalMs: number; pxPerMs: number }): {
  markerPx: number | null;
  handlers: { onDragOver: (e: DragEvent<HTMLElement>) => void; onDragLeave: (e: DragEvent<HTMLElement>) => void; onDrop: (e: DragEvent<HTMLElement>) => void };
} {
  const [index, setIndex] = useState<number | null>(null);
  const handlers = useMemo(() => {
    const indexAt = (e: DragEvent<HTMLElement>): number => {
      const lane = e.currentTarget.getBoundingClientRect();
      return dropIndex(entries, (e.clientX - lane.left) / pxPerMs);
    };
    return {
      onDragOver: (e: DragEvent<HTMLElement>) => {
        if (!carriesAsset(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        const at = indexAt(e);
        setIndex((was) => (was === at ? was : at));
      },
      onDragLeave: (e: DragEvent<HTMLElement>) => {
        if (e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget)) return;
        setIndex(null);
      },
      onDrop: (e: DragEvent<HTMLElement>) => {
        setIndex(null);
        const assetId = e.dataTransfer.getData(ASSET_DRAG_TYPE);
        if (!assetId) return;
        e.preventDefault();
        const result = timelineActions.insertAsset(assetId, indexAt(e));
        if (reportEdit('add the media', result) && result.itemId !== undefined) useAppStore.getState().select([result.itemId]);
      },
    };
  }, [entries, pxPerMs]);
  const markerMs = index === null ? null : index < entries.length ? (entries[index]?.startMs ?? totalMs) : totalMs;
  return { markerPx: markerMs === null ? null : markerMs * pxPerMs, handlers };
}
