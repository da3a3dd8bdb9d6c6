import { useId } from 'react';
import type { ExportRecordDto } from '../../../../preload/contract/dto/export-history-dto';
import { Button } from '../../components/button';
import { formatWhen } from '../../lib/format';
import { ExportFileActions } from './export-file-actions';
import { describeOutput, fileNameOf } from './export-format';
import { loadExportHistory } from './export-history';
import type { ExportCapabilities } from './export-mode';
import { useExportStore } from './export-store';

function HistoryRow({ record, caps }: { record: ExportRecordDto; caps: ExportCapabilities }): React.JSX.Element {
  return (
    <li className={`export-history-row${record.exists ? '' : ' is-missing'}`} data-testid="export-history-row">
      <div className="export-history-main">
        <span className="export-history-when">{formatWhen(record.createdAt)}</span>
        <span className="badge">{record.aspect}</span>
        <span className="badge">{record.preset}</span>
        <span className="export-result-meta">{describeOutput(record)}</span>
        {!record.exists && <span className="export-missing">File missing</span>}
      </div>
      <p className="export-path" title={record.path}>
        {fileNameOf(record.path)}
      </p>
      {record.exists && <ExportFileActions caps={caps} projectId={record.projectId} exportId={record.id} path={record.path} />}
    </li>
  );
}

/** The project's earlier exports, newest first; a missing history never gets in the way of exporting. */
export function ExportHistoryList({ projectId, caps }: { projectId: string; caps: ExportCapabilities }): React.JSX.Element {
  const history = useExportStore((s) => s.history);
  const titleId = useId();
  const mine = history.projectId === projectId;
  const records = mine ? history.records : [];
  return (
    <div className="export-history" aria-labelledby={titleId} role="group" data-testid="export-history">
      <h3 id={titleId} className="export-section-title">
        Export history
      </h3>
      {mine && history.status === 'error' && (
        <div className="export-history-error">
          <p className="muted">The export history is not available: {history.error}</p>
          <Button size="sm" variant="ghost" onClick={() => void loadExportHistory(projectId)}>
            Try again
          </Button>
        </div>
      )}
      {mine && history.status === 'loading' && records.length === 0 && <p className="muted">Loading…</p>}
      {mine && history.status === 'ready' && records.length === 0 && <p className="muted">No exports of this project yet.</p>}
      {records.length > 0 && (
        <ul className="export-history-list" aria-label="Earlier exports">
          {records.map((r) => (
            <HistoryRow key={r.id} record={r} caps={caps} />
          ))}
        </ul>
      )}
    </div>
  );
}
