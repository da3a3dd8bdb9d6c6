import { Button } from '../components/button';
import { useSaveState } from '../stores';
import { appActions } from './app-actions';

const TEXT = { idle: '', saved: 'All changes saved', dirty: 'Unsaved changes', saving: 'Saving…', error: 'Not saved' } as const;

/** Save state in words (a screen reader hears changes), with "Save now" when a save failed. */
export function SaveIndicator(): React.JSX.Element {
  const { saveStatus, saveError } = useSaveState();
  return (
    <div className={`save-state save-${saveStatus}`} data-testid="save-state" data-status={saveStatus}>
      <span className="save-dot" aria-hidden="true" />
      <span role="status" title={saveError ?? undefined}>
        {TEXT[saveStatus]}
      </span>
      {saveStatus === 'error' && (
        <Button size="sm" variant="ghost" onClick={() => appActions.run('project.save')}>
          Save now
        </Button>
      )}
    </div>
  );
}
