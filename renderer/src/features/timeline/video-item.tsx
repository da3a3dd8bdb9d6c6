import { useDraggable } from '@dnd-kit/core';
import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import { useAppStore } from '../../stores';
import { formatTimecode } from './ruler-ticks';
import { useGeometryRef } from './use-timeline-geometry';
import { trimByKeyboard, useTrim, type TrimEdge, type TrimPreview } from './use-trim';
import { VideoItemBody, sameLook, type VideoItemLook } from './video-item-body';

export interface VideoItemProps {
  id: string;
  /** Accessible name: the file name, or "Intro card: <title>" etc. */
  label: string;
  leftPx: number;
  widthPx: number;
  durationMs: number;
  pxPerMs: number;
  selected: boolean;
  look: VideoItemLook;
}

const DRAG_ATTRIBUTES = { role: 'listitem', tabIndex: 0 };

function onItemClick(event: MouseEvent<HTMLElement>): void {
  const id = event.currentTarget.dataset.itemId;
  if (id === undefined) return;
  const store = useAppStore.getState();
  if (event.shiftKey || event.ctrlKey || event.metaKey) store.toggleSelected(id);
  else store.select([id]);
}

/** Where the preview draws the item while an edge is dragged. */
function previewBox({ leftPx, widthPx, pxPerMs, trim }: { leftPx: number; widthPx: number; pxPerMs: number; trim: TrimPreview | null }): { left: number; width: number } {
  if (trim === null) return { left: leftPx, width: widthPx };
  const dx = trim.deltaMs * pxPerMs;
  return trim.edge === 'start' ? { left: leftPx + dx, width: widthPx - dx } : { left: leftPx, width: widthPx + dx };
}

function TrimHandle({ edge, label, onPointerDown, itemId, focusable }: { edge: TrimEdge; label: string; itemId: string; focusable: boolean; onPointerDown: ReturnType<typeof useTrim>['onPointerDown'] }): React.JSX.Element {
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>): void => {
    if (trimByKeyboard({ itemId, edge, key: e.key })) {
      // Claims the arrow so the global "step a frame" shortcut does not also run.
      e.preventDefault();
      e.stopPropagation();
    }
  };
  return (
    <button
      type="button"
      className={`tl-trim tl-trim-${edge}`}
      aria-label={`Trim ${edge} of ${label}`}
      title={`Drag to trim the ${edge}`}
      data-testid={`trim-${edge}`}
      // Only the selected item's handles are tab stops, so Tab does not walk 400 handles.
      tabIndex={focusable ? 0 : -1}
      onPointerDown={(e) => onPointerDown(edge, e)}
      onKeyDown={onKeyDown}
    />
  );
}

/**
 * One draggable video item. Only the dragged item re-renders while it moves (its body is
 * memoised); every item re-renders once when a drag starts and once when it ends.
 */
export const VideoItem = memo(VideoItemView, sameItemProps);

function sameItemProps(a: VideoItemProps, b: VideoItemProps): boolean {
  return (
    a.id === b.id &&
    a.label === b.label &&
    a.leftPx === b.leftPx &&
    a.widthPx === b.widthPx &&
    a.durationMs === b.durationMs &&
    a.pxPerMs === b.pxPerMs &&
    a.selected === b.selected &&
    sameLook(a.look, b.look)
  );
}

function VideoItemView({ id, label, leftPx, widthPx, durationMs, pxPerMs, selected, look }: VideoItemProps): React.JSX.Element {
  const geometryRef = useGeometryRef();
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id, attributes: DRAG_ATTRIBUTES });
  const { trim, onPointerDown } = useTrim({ itemId: id, geometryRef });
  const box = previewBox({ leftPx, widthPx, pxPerMs, trim });
  const className = ['tl-item', `tl-item-${look.kind}`, selected ? 'is-selected' : '', isDragging ? 'is-dragging' : '', trim ? 'is-trimming' : ''].filter(Boolean).join(' ');
  const shownMs = trim === null ? durationMs : durationMs + (trim.edge === 'start' ? -trim.deltaMs : trim.deltaMs);
  return (
    <div
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      role="listitem"
      aria-pressed={undefined}
      aria-roledescription={undefined}
      aria-label={label}
      aria-current={selected ? 'true' : undefined}
      data-item-id={id}
      data-testid="video-item"
      data-selected={selected ? 'true' : 'false'}
      className={className}
      // Only the dragged item gets a transform from React; the items it passes are moved by use-reorder.
      style={{ left: box.left, width: Math.max(2, box.width), transform: transform ? `translate(${Math.round(transform.x)}px, 0)` : undefined }}
      onClick={onItemClick}
    >
      <VideoItemBody look={look} widthPx={Math.max(2, box.width)} trim={trim} label={label} />
      {trim !== null && <span className="tl-trim-readout">{formatTimecode(shownMs)}</span>}
      <TrimHandle edge="start" label={label} itemId={id} focusable={selected} onPointerDown={onPointerDown} />
      <TrimHandle edge="end" label={label} itemId={id} focusable={selected} onPointerDown={onPointerDown} />
    </div>
  );
}
