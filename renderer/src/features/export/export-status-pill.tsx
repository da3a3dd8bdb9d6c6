import { useAppStore } from '../../stores';
import { Icon } from '../../components/icons';
import { percentOf, pillText } from './export-format';
import { isActive } from './export-run';
import { useExportStore } from './export-store';

/**
 * The running export in the top bar while its dialog is closed: progress and time left, then
 * "Video ready" / "Video failed" until the outcome has been seen. A click reopens the dialog.
 */
export function ExportStatusPill(): React.JSX.Element | null {
  const run = useExportStore((s) => s.run);
  const dialogOpen = useAppStore((s) => s.dialog === 'export');
  const openDialog = useAppStore((s) => s.openDialog);
  const text = pillText(run);
  if (dialogOpen || text === null) return null;
  const active = isActive(run.status);
  const pct = active ? percentOf(run.fraction) : 100;
  return (
    <button type="button" className={`export-pill is-${run.status}`} data-testid="export-status-pill" title="Show the export" onClick={() => openDialog('export')}>
      {active ? (
        <span className="export-pill-ring" style={{ ['--pct' as string]: `${pct}%` }} aria-hidden="true" />
      ) : (
        <Icon name={run.status === 'succeeded' ? 'check' : 'alert'} size={14} />
      )}
      <span>{text}</span>
    </button>
  );
}
