import { useEffect } from 'react';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { storeApi, useAppStore } from '../../stores';
import { cancelExport, startExport } from './export-actions';
import { ExportFormFields } from './export-form';
import { loadExportHistory } from './export-history';
import { ExportHistoryList } from './export-history-list';
import { exportCapabilities } from './export-mode';
import { ExportProgress } from './export-progress';
import { isActive } from './export-run';
import { useExportStore } from './export-store';
import { reconcileForm } from './export-variants';

/**
 * Export: one or several aspect variants, a preset, and (Electron) where to; then progress with
 * ETA and cancel, the files made, and the project's export history. Closing it while an export
 * runs keeps the export going; the top bar shows its progress.
 */
export function ExportDialog({ open, onClose }: { open: boolean; onClose: () => void }): React.JSX.Element | null {
  const projectId = useAppStore((s) => s.projectId);
  const aspect = useAppStore((s) => s.doc?.settings.aspect);
  const resolution = useAppStore((s) => s.doc?.settings.resolution);
  const appInfo = useAppStore((s) => s.appInfo);
  const form = useExportStore((s) => s.form);
  const run = useExportStore((s) => s.run);

  useEffect(() => {
    if (!open || projectId === null || aspect === undefined || resolution === undefined) return;
    const store = useExportStore.getState();
    const next = reconcileForm(store.form, { projectId, aspect, resolution });
    if (next !== store.form) store.setForm(next);
  }, [open, projectId, aspect, resolution]);

  useEffect(() => {
    if (!open || projectId === null) return;
    void loadExportHistory(projectId);
  }, [open, projectId]);

  // An outcome on screen no longer needs the top bar's attention.
  useEffect(() => {
    if (open && !run.seen) useExportStore.getState().dispatch({ type: 'seen' });
  }, [open, run.seen]);

  if (!open) return null;
  const caps = exportCapabilities(storeApi().mode, appInfo);
  const active = isActive(run.status);
  const shown = form !== null && form.projectId === projectId ? form : null;
  const canStart = shown !== null && shown.aspects.length > 0 && !active;
  const footer = (
    <>
      <Button onClick={onClose}>Close</Button>
      {active ? (
        <Button variant="danger" disabled={run.status !== 'running' || run.cancelling} onClick={() => void cancelExport()}>
          Cancel export
        </Button>
      ) : (
        <Button variant="primary" type="submit" disabled={!canStart}>
          Export video
        </Button>
      )}
    </>
  );
  return (
    <Dialog open={open} title="Export video" onClose={onClose} onSubmit={() => canStart && void startExport()} width="lg" footer={footer}>
      <div className="export-dialog">
        {shown === null || aspect === undefined || projectId === null ? (
          <p className="muted">Open a project to export it.</p>
        ) : (
          <>
            <ExportFormFields form={shown} projectAspect={aspect} caps={caps} disabled={active} />
            {run.status !== 'idle' && <ExportProgress run={run} caps={caps} otherProject={run.projectId !== projectId} />}
            <ExportHistoryList projectId={projectId} caps={caps} />
          </>
        )}
      </div>
    </Dialog>
  );
}
