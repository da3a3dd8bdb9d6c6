import { exportDownloadUrl } from '../../../../preload/contract/api';
import { Button } from '../../components/button';
import { fileNameOf } from './export-format';
import { revealExport } from './export-history';
import type { ExportCapabilities } from './export-mode';

/** "Show in folder" (where the shell can) and "Download <file>" (browser mode) for one exported file. */
export function ExportFileActions({ caps, projectId, exportId, path }: { caps: ExportCapabilities; projectId: string; exportId: string; path: string | undefined }): React.JSX.Element {
  const name = path === undefined ? `${exportId}.mp4` : fileNameOf(path);
  return (
    <div className="export-file-actions">
      {caps.reveal && (
        <Button size="sm" onClick={() => void revealExport(projectId, exportId)}>
          Show in folder
        </Button>
      )}
      {caps.download && (
        <a className="btn btn-secondary btn-sm" href={exportDownloadUrl(exportId)} download={name}>
          Download {name}
        </a>
      )}
    </div>
  );
}
