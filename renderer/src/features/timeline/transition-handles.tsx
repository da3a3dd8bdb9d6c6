import { memo, useCallback, useRef, useState } from 'react';
import type { TransitionKind } from '../../../../preload/contract/project/video-track';
import { TransitionPopover } from './transition-popover';

/** One boundary between video items, as plain values. */
export interface TransitionSpot {
  itemId: string;
  /** Name of the item the transition leads into. */
  label: string;
  /** Centre of the overlap (or the cut) in lane pixels. */
  xPx: number;
  kind: TransitionKind;
  durationMs: number;
  maxMs: number;
}

/**
 * A small button on every boundary between video items ("Transition before <name>"); it opens
 * a popover to choose the kind and length. Buttons sit beside the list, not in it, so the list
 * holds only its items.
 */
export const TransitionHandles = memo(function TransitionHandles({ spots }: { spots: readonly TransitionSpot[] }): React.JSX.Element {
  const [open, setOpen] = useState<{ itemId: string; anchor: HTMLElement } | null>(null);
  const openSpot = open === null ? undefined : spots.find((s) => s.itemId === open.itemId);
  const returnFocus = useRef<HTMLElement | null>(null);
  const close = useCallback(() => {
    setOpen(null);
    returnFocus.current?.focus();
  }, []);
  return (
    <>
      {spots.map((spot) => (
        <button
          key={spot.itemId}
          type="button"
          className={`tl-transition${spot.kind === 'cut' ? ' is-cut' : ''}${open?.itemId === spot.itemId ? ' is-open' : ''}`}
          style={{ left: spot.xPx }}
          aria-label={`Transition before ${spot.label}`}
          aria-haspopup="dialog"
          aria-expanded={open?.itemId === spot.itemId}
          title={spot.kind === 'cut' ? 'Cut (add a transition)' : `${spot.kind}, ${spot.durationMs} ms`}
          data-testid="transition-handle"
          onClick={(e) => {
            returnFocus.current = e.currentTarget;
            const anchor = e.currentTarget;
            setOpen((was) => (was?.itemId === spot.itemId ? null : { itemId: spot.itemId, anchor }));
          }}
        >
          <span aria-hidden="true">{spot.kind === 'cut' ? '' : '⋈'}</span>
        </button>
      ))}
      {open !== null && openSpot !== undefined && (
        <TransitionPopover
          itemId={openSpot.itemId}
          title={`Transition before ${openSpot.label}`}
          kind={openSpot.kind}
          durationMs={openSpot.durationMs}
          maxMs={openSpot.maxMs}
          anchor={open.anchor}
          onClose={close}
        />
      )}
    </>
  );
});
