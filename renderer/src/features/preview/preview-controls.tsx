import { Button } from '../../components/button';
import { playbackActions, useAppStore, usePlayheadMs, useTimeline } from '../../stores';
import { PreviewIcon } from './preview-icons';
import { formatTimecode } from './time-format';
import type { RenderPreview } from './use-render-preview';

/** The playhead and the length, e.g. "00:03.20 / 00:12.00"; the only part that re-renders every frame. */
function TimeReadout(): React.JSX.Element {
  const ms = usePlayheadMs();
  const { totalMs } = useTimeline();
  return (
    <span className="preview-time" aria-label="Playhead time">
      {formatTimecode(Math.min(ms, totalMs))} / {formatTimecode(totalMs)}
    </span>
  );
}

interface PreviewControlsProps {
  safeGuides: boolean;
  onSafeGuides: (on: boolean) => void;
  preview: RenderPreview;
}

/** Transport (frame back, play/pause, frame forward), time, safe-area guides and "Render preview". */
export function PreviewControls({ safeGuides, onSafeGuides, preview }: PreviewControlsProps): React.JSX.Element {
  const playing = useAppStore((s) => s.playing);
  const empty = useTimeline().totalMs === 0;
  const rendering = preview.state.status === 'starting' || preview.state.status === 'running';
  return (
    <div className="preview-controls">
      <div className="preview-transport">
        <Button size="sm" variant="ghost" label="Previous frame" icon={<PreviewIcon name="stepBack" />} onClick={() => playbackActions.stepFrames(-1)} disabled={empty} />
        <Button
          size="md"
          variant="secondary"
          className="preview-play"
          label={playing ? 'Pause' : 'Play'}
          icon={<PreviewIcon name={playing ? 'pause' : 'play'} />}
          onClick={() => playbackActions.toggle()}
          disabled={empty}
        />
        <Button size="sm" variant="ghost" label="Next frame" icon={<PreviewIcon name="stepForward" />} onClick={() => playbackActions.stepFrames(1)} disabled={empty} />
        <TimeReadout />
      </div>
      <div className="preview-tools">
        <Button size="sm" variant="ghost" className="preview-toggle" aria-pressed={safeGuides} icon={<PreviewIcon name="safeArea" />} onClick={() => onSafeGuides(!safeGuides)}>
          Safe area
        </Button>
        <Button size="sm" variant="secondary" icon={<PreviewIcon name="render" />} onClick={preview.start} disabled={empty || rendering}>
          Render preview
        </Button>
      </div>
    </div>
  );
}
