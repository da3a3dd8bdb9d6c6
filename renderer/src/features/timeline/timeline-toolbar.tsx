import { Button } from '../../components/button';
import { Icon } from '../../components/icons';
import { editActions, timelineActions, useAppStore, usePlaybackState, usePlayheadMs, useSelectedIds, useTimeline, type AddResult } from '../../stores';
import { reportEdit } from './edit-feedback';
import { formatTimecode } from './ruler-ticks';
import { useSnapping } from './snapping-store';

/** Adds something and selects it, so the inspector opens on it. */
function addAndSelect(verb: string, result: AddResult): void {
  if (reportEdit(verb, result) && result.itemId !== undefined) useAppStore.getState().select([result.itemId]);
}

/** The playhead time over the project length; re-renders each frame while playing (it is tiny). */
function TimeReadout(): React.JSX.Element {
  const ms = usePlayheadMs();
  const { totalMs } = useTimeline();
  return (
    <output className="tl-time" aria-label="Playhead time" data-testid="timeline-time">
      <span className="tl-time-now">{formatTimecode(ms)}</span>
      <span className="tl-time-total"> / {formatTimecode(totalMs)}</span>
    </output>
  );
}

/** Edit buttons (same actions as the shortcuts), adding text and cards, zoom and snapping. */
export function TimelineToolbar(): React.JSX.Element {
  const hasSelection = useSelectedIds().length > 0;
  const { zoomToFit } = usePlaybackState();
  const zoomIn = useAppStore((s) => s.zoomIn);
  const zoomOut = useAppStore((s) => s.zoomOut);
  const setZoomToFit = useAppStore((s) => s.setZoomToFit);
  const { snapping, toggleSnapping } = useSnapping();
  return (
    <div className="tl-toolbar" role="toolbar" aria-label="Timeline tools">
      <div className="tl-toolbar-group">
        <Button size="sm" variant="ghost" title="Split at the playhead (S)" onClick={() => reportEdit('split', timelineActions.splitAtPlayhead())}>
          Split
        </Button>
        <Button size="sm" variant="ghost" icon={<Icon name="trash" size={16} />} title="Delete (Del)" disabled={!hasSelection} onClick={() => reportEdit('delete', timelineActions.deleteSelected())}>
          Delete
        </Button>
        <Button size="sm" variant="ghost" title="Delete and close the gap on every track (Shift+Del)" disabled={!hasSelection} onClick={() => reportEdit('ripple delete', timelineActions.rippleDeleteSelected())}>
          Ripple delete
        </Button>
      </div>
      <div className="tl-toolbar-group">
        <Button size="sm" variant="ghost" icon={<Icon name="plus" size={16} />} title="Add a text overlay at the playhead" onClick={() => addAndSelect('add text', editActions.addTextOverlay())}>
          Add text
        </Button>
        <Button size="sm" variant="ghost" icon={<Icon name="plus" size={16} />} title="Add an intro card at the start" onClick={() => addAndSelect('add an intro', editActions.addCard({ role: 'intro' }))}>
          Add intro
        </Button>
        <Button size="sm" variant="ghost" icon={<Icon name="plus" size={16} />} title="Add a call-to-action card at the end" onClick={() => addAndSelect('add a card', editActions.addCard({ role: 'outro' }))}>
          Add card
        </Button>
      </div>
      <TimeReadout />
      <div className="tl-toolbar-group tl-toolbar-end">
        <Button size="sm" variant={snapping ? 'secondary' : 'ghost'} aria-pressed={snapping} title="Snap to the playhead, item edges and ruler ticks" onClick={toggleSnapping}>
          Snapping
        </Button>
        <Button size="sm" variant="ghost" label="Zoom out" title="Zoom out (-)" onClick={zoomOut} icon={<span className="tl-zoom-glyph" aria-hidden="true">−</span>} />
        <Button size="sm" variant="ghost" label="Zoom in" title="Zoom in (+)" onClick={zoomIn} icon={<span className="tl-zoom-glyph" aria-hidden="true">+</span>} />
        <Button size="sm" variant={zoomToFit ? 'secondary' : 'ghost'} aria-pressed={zoomToFit} title="Show the whole project" onClick={() => setZoomToFit(true)}>
          Zoom to fit
        </Button>
      </div>
    </div>
  );
}
