import { KeyboardCode, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent, type DragMoveEvent, type DragStartEvent, type KeyboardCoordinateGetter, type SensorDescriptor, type SensorOptions, type UniqueIdentifier } from '@dnd-kit/core';
import { useMemo, useRef, type RefObject } from 'react';
import { timelineActions, useAppStore } from '../../stores';
import { reportEdit } from './edit-feedback';
import { offsetForTarget, reorderShiftPx, reorderTarget, type Slot } from './reorder-math';

export interface ReorderSlot extends Slot {
  id: string;
  label: string;
}

/** Enter picks an item up (Space stays play/pause); arrows move it; Enter/Space drops; Escape cancels. */
const KEYBOARD_CODES = { start: [KeyboardCode.Enter], cancel: [KeyboardCode.Esc], end: [KeyboardCode.Enter, KeyboardCode.Space, KeyboardCode.Tab] };
/** A few pixels of movement before a drag starts, so a click still selects. */
const POINTER_OPTIONS = { activationConstraint: { distance: 4 } };
export const REORDER_INSTRUCTIONS = {
  draggable: 'To move this item, press Enter. Use the left and right arrow keys to move it, Enter to drop it, or Escape to cancel.',
};

interface Session {
  id: string;
  from: number;
  to: number;
  deltaPx: number;
  /** The slots as the drag began: the document does not change until the drop. */
  slots: ReorderSlot[];
  items: HTMLElement[];
}

/**
 * Reordering video items with @dnd-kit/core, built for long tracks: only the dragged item
 * renders while it moves (dnd-kit's transform); the items it passes step aside through style
 * transforms written directly, so no other item re-renders and nothing is written to the
 * store until the drop, which is one moveItem (one undo step).
 */
export function useReorder({ slotsRef, laneRef, listRef }: { slotsRef: RefObject<ReorderSlot[]>; laneRef: RefObject<HTMLElement | null>; listRef: RefObject<HTMLElement | null> }): {
  sensors: SensorDescriptor<SensorOptions>[];
  announcements: Announcements;
  onDragStart: (e: DragStartEvent) => void;
  onDragMove: (e: DragMoveEvent) => void;
  onDragEnd: (e: DragEndEvent) => void;
  onDragCancel: () => void;
} {
  const session = useRef<Session | null>(null);

  const keyboardCoordinates = useMemo<KeyboardCoordinateGetter>(
    () => (event, { currentCoordinates }) => {
      const s = session.current;
      if (s === null || (event.code !== KeyboardCode.Right && event.code !== KeyboardCode.Left)) return undefined;
      const to = Math.min(s.slots.length - 1, Math.max(0, s.to + (event.code === KeyboardCode.Right ? 1 : -1)));
      if (to === s.to) return undefined;
      const offset = offsetForTarget({ slots: s.slots, fromIndex: s.from, toIndex: to });
      return { x: currentCoordinates.x + offset - s.deltaPx, y: currentCoordinates.y };
    },
    [],
  );
  const keyboardOptions = useMemo(() => ({ coordinateGetter: keyboardCoordinates, keyboardCodes: KEYBOARD_CODES }), [keyboardCoordinates]);
  const sensors = useSensors(useSensor(PointerSensor, POINTER_OPTIONS), useSensor(KeyboardSensor, keyboardOptions));

  return useMemo(() => {
    const shift = (s: Session, to: number): void => {
      const lo = Math.min(s.from, s.to, to);
      const hi = Math.max(s.from, s.to, to);
      for (let index = lo; index <= hi; index += 1) {
        const el = s.items[index];
        if (el === undefined || index === s.from) continue;
        const px = reorderShiftPx({ slots: s.slots, fromIndex: s.from, toIndex: to, index });
        el.style.transform = px === 0 ? '' : `translate(${px}px, 0)`;
      }
      s.to = to;
    };
    const finish = (): Session | null => {
      const s = session.current;
      session.current = null;
      laneRef.current?.classList.remove('is-sorting');
      if (s !== null) for (const el of s.items) el.style.transform = '';
      return s;
    };
    const name = (id: UniqueIdentifier): string => session.current?.slots.find((slot) => slot.id === String(id))?.label ?? 'item';
    const position = (): string => (session.current ? `position ${session.current.to + 1} of ${session.current.slots.length}` : 'its place');
    const announcements: Announcements = {
      onDragStart: ({ active }) => `Picked up ${name(active.id)} at ${position()}.`,
      onDragMove: ({ active }) => `${name(active.id)} is at ${position()}.`,
      onDragOver: () => undefined,
      onDragEnd: ({ active }) => `Dropped ${name(active.id)} at ${position()}.`,
      onDragCancel: ({ active }) => `Moving ${name(active.id)} was cancelled.`,
    };
    return {
      sensors,
      announcements,
      onDragStart: ({ active, activatorEvent }: DragStartEvent) => {
        // Picking an item up with Enter also selects it (the keyboard's "click"); pointer drags write nothing.
        if (activatorEvent instanceof KeyboardEvent) useAppStore.getState().select([String(active.id)]);
        const slots = slotsRef.current;
        const from = slots.findIndex((slot) => slot.id === String(active.id));
        if (from < 0) return;
        const items = Array.from(listRef.current?.children ?? []).filter((el): el is HTMLElement => el instanceof HTMLElement);
        session.current = { id: String(active.id), from, to: from, deltaPx: 0, slots, items };
        laneRef.current?.classList.add('is-sorting');
      },
      onDragMove: ({ delta }: DragMoveEvent) => {
        const s = session.current;
        if (s === null) return;
        s.deltaPx = delta.x;
        const to = reorderTarget({ slots: s.slots, fromIndex: s.from, deltaPx: delta.x });
        if (to !== s.to) shift(s, to);
      },
      onDragEnd: () => {
        // The announcement for the drop reads the session, so it is read before it ends.
        const s = session.current;
        queueMicrotask(() => {
          finish();
          if (s === null || s.to === s.from) return;
          if (reportEdit('move the item', timelineActions.moveItem(s.id, s.to))) useAppStore.getState().select([s.id]);
        });
      },
      onDragCancel: () => {
        queueMicrotask(finish);
      },
    };
  }, [sensors, slotsRef, laneRef, listRef]);
}
