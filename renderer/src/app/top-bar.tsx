import { useEffect } from 'react';
import { formatKeySpec } from '../actions';
import { Button } from '../components/button';
import { Icon } from '../components/icons';
import { ExportStatusPill } from '../features/export/export-status-pill';
import { useAppStore, useHistoryState } from '../stores';
import { appActions } from './app-actions';
import { isMac } from './platform';
import { SaveIndicator } from './save-indicator';

function shortcut(id: string): string {
  const key = appActions.get(id)?.keys?.[0];
  return key ? ` (${formatKeySpec(key, isMac)})` : '';
}

/** Project name, history, save state and Export: what the editor always shows. */
export function TopBar({ onBack }: { onBack: () => void }): React.JSX.Element {
  const name = useAppStore((s) => s.summary?.name ?? s.doc?.settings.name ?? '');
  const aspect = useAppStore((s) => s.doc?.settings.aspect);
  const { canUndo, canRedo, undoLabel, redoLabel } = useHistoryState();
  useEffect(() => {
    document.title = name ? `${name} – Adloom` : 'Adloom';
    return () => void (document.title = 'Adloom');
  }, [name]);
  return (
    <header className="top-bar">
      <div className="top-bar-start">
        <Button variant="ghost" icon={<Icon name="back" />} onClick={onBack}>
          Projects
        </Button>
        <h1 className="project-title" data-testid="project-title">
          {name}
        </h1>
        {aspect && <span className="badge">{aspect}</span>}
      </div>
      <div className="top-bar-middle">
        <Button
          variant="ghost"
          icon={<Icon name="undo" />}
          label={`Undo${undoLabel ? ` ${undoLabel}` : ''}${shortcut('edit.undo')}`}
          disabled={!canUndo}
          onClick={() => appActions.run('edit.undo')}
        />
        <Button
          variant="ghost"
          icon={<Icon name="redo" />}
          label={`Redo${redoLabel ? ` ${redoLabel}` : ''}${shortcut('edit.redo')}`}
          disabled={!canRedo}
          onClick={() => appActions.run('edit.redo')}
        />
        <SaveIndicator />
      </div>
      <div className="top-bar-end">
        <ExportStatusPill />
        <Button variant="primary" icon={<Icon name="export" />} onClick={() => appActions.run('render.export')} title={`Export video${shortcut('render.export')}`}>
          Export
        </Button>
      </div>
    </header>
  );
}
