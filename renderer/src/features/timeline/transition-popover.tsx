import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { TransitionKind } from '../../../../preload/contract/project/video-track';
import { Button } from '../../components/button';
import { SelectField } from '../../components/fields';
import { TRANSITION_CHOICES } from '../../lib/transition-labels';
import { timelineActions } from '../../stores';
import { reportEdit } from './edit-feedback';
import { formatTimecode } from './ruler-ticks';

const DEFAULT_TRANSITION_MS = 500;
const STEP_MS = 50;

export interface TransitionPopoverProps {
  itemId: string;
  /** "Transition before <name>": the dialog's name. */
  title: string;
  kind: TransitionKind;
  durationMs: number;
  /** The longest overlap both neighbours can give (after their other transitions). */
  maxMs: number;
  /** The button that opened it: placement, and clicks on it toggle rather than close-and-reopen. */
  anchor: HTMLElement;
  onClose: () => void;
}

/**
 * Kind and length of the transition into one item. Choosing a kind applies at once; the
 * length slider previews locally and applies on release, so one gesture is one undo step.
 */
export function TransitionPopover({ itemId, title, kind, durationMs, maxMs, anchor, onClose }: TransitionPopoverProps): React.JSX.Element {
  const ref = useRef<HTMLDivElement>(null);
  const sliderId = useId();
  const [draftMs, setDraftMs] = useState(durationMs);
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null);
  useEffect(() => setDraftMs(durationMs), [durationMs]);

  useLayoutEffect(() => {
    const box = ref.current?.getBoundingClientRect();
    if (!box) return;
    const at = anchor.getBoundingClientRect();
    const left = Math.min(Math.max(8, at.left + at.width / 2 - box.width / 2), window.innerWidth - box.width - 8);
    const below = at.bottom + 6;
    const top = below + box.height > window.innerHeight - 8 ? Math.max(8, at.top - 6 - box.height) : below;
    setPosition({ left, top });
    ref.current?.querySelector<HTMLElement>('select')?.focus();
  }, [anchor]);

  useEffect(() => {
    const onPointerDown = (e: PointerEvent): void => {
      if (e.target instanceof Node && !ref.current?.contains(e.target) && !anchor.contains(e.target)) onClose();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [onClose, anchor]);

  const apply = (next: { kind: TransitionKind; durationMs: number }): void => {
    reportEdit('set the transition', timelineActions.setTransition({ itemId, ...next }));
  };
  const commitDuration = (): void => {
    if (kind !== 'cut' && draftMs !== durationMs) apply({ kind, durationMs: draftMs });
  };
  const onKind = (next: TransitionKind): void => {
    const length = next === 'cut' ? 0 : Math.min(maxMs, durationMs > 0 ? durationMs : DEFAULT_TRANSITION_MS);
    apply({ kind: next, durationMs: length });
  };

  return createPortal(
    <div
      ref={ref}
      role="dialog"
      aria-label={title}
      className="tl-popover"
      data-testid="transition-popover"
      style={position ? { left: position.left, top: position.top } : { visibility: 'hidden' }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <p className="tl-popover-title">{title}</p>
      <SelectField label="Transition" value={kind} choices={TRANSITION_CHOICES} onChange={onKind} />
      <div className="field">
        <label htmlFor={sliderId}>Duration</label>
        <div className="tl-slider-row">
          <input
            id={sliderId}
            type="range"
            min={0}
            max={Math.max(0, maxMs)}
            step={STEP_MS}
            value={Math.min(draftMs, Math.max(0, maxMs))}
            disabled={kind === 'cut' || maxMs <= 0}
            onChange={(e) => setDraftMs(Number(e.target.value))}
            onPointerUp={commitDuration}
            onKeyUp={commitDuration}
            onBlur={commitDuration}
          />
          <output htmlFor={sliderId}>{formatTimecode(kind === 'cut' ? 0 : draftMs)}</output>
        </div>
      </div>
      <div className="tl-popover-actions">
        <Button size="sm" variant="ghost" onClick={onClose}>
          Done
        </Button>
      </div>
    </div>,
    document.body,
  );
}
