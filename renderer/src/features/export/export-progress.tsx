import type { RenderOutputDto } from '../../../../preload/contract/dto/render-dto';
import { Button } from '../../components/button';
import { Icon } from '../../components/icons';
import { ProgressBar } from '../../components/progress-bar';
import { isFileConflict, startExport } from './export-actions';
import { ExportFileActions } from './export-file-actions';
import { describeOutput, fileNameOf, percentOf, progressLine } from './export-format';
import type { ExportCapabilities } from './export-mode';
import { isActive, variantFraction, variantStatuses, type ExportRun, type ExportStatus, type VariantStatus } from './export-run';

const HEADINGS: Record<ExportStatus, string> = {
  idle: '',
  starting: 'Starting the export…',
  running: 'Exporting…',
  succeeded: 'Export finished',
  failed: 'Export failed',
  cancelled: 'Export cancelled',
};

const VARIANT_WORDS: Record<VariantStatus, string> = {
  waiting: 'Waiting',
  rendering: 'Rendering',
  done: 'Done',
  failed: 'Failed',
  cancelled: 'Cancelled',
  skipped: 'Not started',
};

function OutputRow({ output, projectId, caps }: { output: RenderOutputDto; projectId: string; caps: ExportCapabilities }): React.JSX.Element {
  return (
    <li className="export-result" data-testid="export-output">
      <div className="export-result-head">
        <span className="badge">{output.aspect}</span>
        <span className="export-result-name">{output.path === undefined ? output.aspect : fileNameOf(output.path)}</span>
        <span className="export-result-meta">{describeOutput(output)}</span>
      </div>
      {output.path !== undefined && (
        <p className="export-path" data-testid="export-output-path">
          {output.path}
        </p>
      )}
      {output.warnings.length > 0 && (
        <ul className="export-warnings" aria-label={`Warnings for ${output.aspect}`}>
          {output.warnings.map((w) => (
            <li key={w}>
              <Icon name="alert" size={14} /> {w}
            </li>
          ))}
        </ul>
      )}
      <ExportFileActions caps={caps} projectId={projectId} exportId={output.id} path={output.path} />
    </li>
  );
}

function VariantList({ run }: { run: ExportRun }): React.JSX.Element {
  const statuses = variantStatuses(run);
  return (
    <ul className="export-variant-status" aria-label="Variants">
      {run.variants.map((v, i) => {
        const status = statuses[i] ?? 'waiting';
        const pct = status === 'rendering' ? ` ${percentOf(variantFraction(run, i))}%` : '';
        return (
          <li key={`${v.aspect}-${i}`} className={`export-variant-row is-${status}`} data-testid="export-variant-status">
            <span className="badge">{v.aspect}</span>
            <span className="export-variant-dims">
              {v.width}×{v.height}
            </span>
            <span className="export-variant-state">
              {VARIANT_WORDS[status]}
              {pct}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** Where the export stands: progress and ETA while it runs, then the files made, or why not. */
export function ExportProgress({ run, caps, otherProject }: { run: ExportRun; caps: ExportCapabilities; otherProject: boolean }): React.JSX.Element {
  const active = isActive(run.status);
  const failed = run.status === 'failed' && run.error !== null;
  return (
    <div className={`export-run is-${run.status}`} data-testid="export-status" data-state={run.status}>
      <h3 className="export-run-title">
        {run.status === 'succeeded' && <Icon name="check" size={16} />}
        {run.status === 'failed' && <Icon name="alert" size={16} />}
        {HEADINGS[run.status]}
        {otherProject && <span className="muted"> (another project)</span>}
      </h3>
      {active && (
        <>
          <ProgressBar value={run.status === 'starting' ? null : run.fraction} label="Export progress" />
          <p className="export-progress-line" data-testid="export-progress-text">
            {run.status === 'starting' ? 'Saving the project and preparing the render…' : run.cancelling ? 'Cancelling…' : progressLine(run.fraction, run.etaMs)}
          </p>
          <p className="export-hint">Closing this window keeps the export going; the top bar shows its progress.</p>
        </>
      )}
      {run.errorStage !== 'start' && run.variants.length > 1 && <VariantList run={run} />}
      {failed && (
        <div className="export-error" role="alert">
          <p>{run.error?.message}</p>
          {isFileConflict(run) && (
            <Button size="sm" variant="danger" onClick={() => void startExport({ overwrite: true })}>
              Overwrite and export
            </Button>
          )}
        </div>
      )}
      {run.outputs.length > 0 && run.projectId !== null && (
        <ul className="export-results" aria-label="Exported files">
          {run.outputs.map((o) => (
            <OutputRow key={o.id} output={o} projectId={run.projectId as string} caps={caps} />
          ))}
        </ul>
      )}
    </div>
  );
}
