import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { ProgressBar } from '../../components/progress-bar';
import { storeApi } from '../../stores';
import { formatEta } from './time-format';
import type { RenderPreview } from './use-render-preview';

/** Progress of a running preview render, with its percent, the time left and Cancel. */
export function RenderPreviewProgress({ preview }: { preview: RenderPreview }): React.JSX.Element | null {
  const { state } = preview;
  if (state.status !== 'starting' && state.status !== 'running') return null;
  const fraction = state.status === 'running' ? state.fraction : null;
  const eta = state.status === 'running' && state.etaMs != null ? `${formatEta(state.etaMs)} left` : 'estimating…';
  return (
    <div className="render-preview-progress" role="status">
      <span className="render-preview-label">Rendering preview</span>
      <ProgressBar value={fraction} label="Preview render progress" />
      <span className="render-preview-percent">{fraction === null ? 'Starting…' : `${Math.round(fraction * 100)} %`}</span>
      <span className="render-preview-eta muted">{state.status === 'running' ? eta : ''}</span>
      <Button size="sm" variant="ghost" onClick={preview.cancel} disabled={state.status !== 'running'}>
        Cancel
      </Button>
    </div>
  );
}

/** The finished preview render, played by the browser from main's preview file. */
export function RenderPreviewResult({ preview }: { preview: RenderPreview }): React.JSX.Element | null {
  const { state } = preview;
  if (state.status !== 'done') return null;
  return (
    <Dialog
      open
      title="Rendered preview"
      onClose={preview.close}
      width="lg"
      footer={
        <Button variant="primary" onClick={preview.close}>
          Close
        </Button>
      }
    >
      <p className="muted render-preview-note">Rendered by the export engine at proxy size: the same frames, timing and sound as the export, at a lower resolution.</p>
      <video className="render-preview-video" src={storeApi().previewUrl(state.previewId)} controls autoPlay aria-label="Rendered preview video" />
      {state.warnings.length > 0 && (
        <ul className="render-preview-warnings" aria-label="Render warnings">
          {state.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
