import { useShallow } from 'zustand/react/shallow';
import { Button } from '../../components/button';
import { Icon } from '../../components/icons';
import { ProgressBar } from '../../components/progress-bar';
import { useAppStore, type ImportFileState } from '../../stores';

const STATUS: Record<ImportFileState['status'], string> = {
  queued: 'Waiting',
  uploading: 'Uploading…',
  importing: 'Importing…',
  done: 'Imported',
  failed: 'Failed',
};

const busy = (f: ImportFileState): boolean => f.status === 'queued' || f.status === 'uploading' || f.status === 'importing';

function ImportRow({ file }: { file: ImportFileState }): React.JSX.Element {
  const dismiss = useAppStore((s) => s.dismissImportFile);
  return (
    <li className={`import-row import-${file.status}`} data-testid="import-row" data-status={file.status}>
      <div className="import-row-head">
        <span className="import-name" title={file.name}>
          {file.name}
        </span>
        <span className="import-status">{STATUS[file.status]}</span>
        {file.status === 'failed' && <Button size="sm" variant="ghost" icon={<Icon name="close" size={14} />} label={`Dismiss the error for ${file.name}`} onClick={() => dismiss(file.key)} />}
      </div>
      {busy(file) && <ProgressBar value={file.status === 'queued' ? 0 : null} label={`${file.name}: ${STATUS[file.status]}`} />}
      {file.error && (
        <p className="import-error" role="alert">
          {file.error.message}
        </p>
      )}
    </li>
  );
}

/**
 * Files of the imports still running (each with its state) and every failure until dismissed.
 * Finished files leave the list once their whole batch is done; they show up in the grid.
 */
export function ImportList(): React.JSX.Element | null {
  const files = useAppStore(
    useShallow((s) => {
      const running = new Set(s.importFiles.filter(busy).map((f) => f.importId));
      return s.importFiles.filter((f) => f.status === 'failed' || running.has(f.importId));
    }),
  );
  if (files.length === 0) return null;
  const active = files.filter(busy).length;
  return (
    <div className="import-list">
      <h3 className="panel-subtitle">{active > 0 ? `Importing ${active} ${active === 1 ? 'file' : 'files'}` : 'Not imported'}</h3>
      <ul aria-label="Imports">
        {files.map((f) => (
          <ImportRow key={f.key} file={f} />
        ))}
      </ul>
    </div>
  );
}
