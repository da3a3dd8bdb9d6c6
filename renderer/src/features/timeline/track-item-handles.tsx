import { formatDuration } from '../../lib/format';
import { nudgeMs } from './track-item-edit';

/**
 * The grips inside a timeline item. Pointer drags are handled by the item's gesture (it reads
 * `data-drag`); these add names and keys. They are reachable by Tab only on the selected item,
 * so 200 items do not mean 600 tab stops.
 */

export interface TrimEdgeProps {
  edge: 'start' | 'end';
  /** The item's name, for "Trim start of <name>". */
  name: string;
  focusable: boolean;
  /** Arrow keys: trim by this many ms (negative = to the left). */
  onNudge: (deltaMs: number) => void;
}

export function TrimEdge({ edge, name, focusable, onNudge }: TrimEdgeProps): React.JSX.Element {
  function onKeyDown(e: React.KeyboardEvent): void {
    const deltaMs = nudgeMs(e);
    if (deltaMs === 0) return;
    // The item's own arrow keys move it, the global ones step frames: this press is the edge's.
    e.preventDefault();
    e.stopPropagation();
    onNudge(deltaMs);
  }
  return (
    <button
      type="button"
      className={`trk-trim trk-trim-${edge}`}
      aria-label={`Trim ${edge} of ${name}`}
      title={`Drag to trim the ${edge}`}
      tabIndex={focusable ? 0 : -1}
      data-drag={`trim-${edge}`}
      data-testid={`trim-${edge}`}
      onKeyDown={onKeyDown}
      onClick={(e) => e.stopPropagation()}
    />
  );
}

export interface FadeHandleProps {
  kind: 'fade-in' | 'fade-out';
  valueMs: number;
  maxMs: number;
  offsetPx: number;
  focusable: boolean;
  onChange: (valueMs: number) => void;
}

/** A corner handle: drag it (the item's gesture reads data-drag) or use the arrow keys. */
export function FadeHandle({ kind, valueMs, maxMs, offsetPx, focusable, onChange }: FadeHandleProps): React.JSX.Element {
  function onKeyDown(e: React.KeyboardEvent): void {
    const step = e.shiftKey ? 1000 : 100;
    const delta = { ArrowRight: step, ArrowUp: step, ArrowLeft: -step, ArrowDown: -step }[e.key];
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? maxMs : delta === undefined ? null : valueMs + delta;
    if (next === null) return;
    // The item's own arrow keys move it: this press belongs to the handle alone.
    e.preventDefault();
    e.stopPropagation();
    onChange(Math.min(maxMs, Math.max(0, next)));
  }
  return (
    <span
      role="slider"
      aria-label={kind === 'fade-in' ? 'Fade in' : 'Fade out'}
      aria-valuemin={0}
      aria-valuemax={maxMs}
      aria-valuenow={valueMs}
      aria-valuetext={formatDuration(valueMs)}
      tabIndex={focusable ? 0 : -1}
      className={`trk-fade-handle trk-${kind}-handle`}
      data-drag={kind}
      data-testid={`${kind}-handle`}
      style={kind === 'fade-in' ? { left: offsetPx } : { right: offsetPx }}
      onKeyDown={onKeyDown}
    />
  );
}

