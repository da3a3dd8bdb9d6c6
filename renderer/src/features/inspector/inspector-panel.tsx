import { Button } from '../../components/button';
import { documentActions, useAppStore, useProjectDocument, useSelectedIds } from '../../stores';
import { inspectorView } from './inspector-view';
import { ItemEditor } from './item-editor';
import { ProjectSettingsEditor } from './project-settings';

function Header({ title, children }: { title: string; children?: React.ReactNode }): React.JSX.Element {
  return (
    <div className="panel-header insp-header">
      <h2 className="panel-title">{title}</h2>
      {children}
    </div>
  );
}

// A typed word or a slider drag is one undo step (edits share a mergeKey per field); leaving
// the field or letting go of the pointer ends that step, so the next edit of it is a new one.
const endGesture = (): void => documentActions.endMerge();

/**
 * Properties of what is selected: one item's editor, the project settings (brand kit, mix,
 * voice-over) when nothing is, or a count when several are. Every change is an undoable edit.
 */
export function InspectorPanel(): React.JSX.Element {
  const doc = useProjectDocument();
  const selectedIds = useSelectedIds();
  if (doc === null) {
    return (
      <div className="inspector" onBlur={endGesture} onPointerUp={endGesture}>
        <Header title="Inspector" />
        <p className="insp-empty muted">Open a project to see its settings.</p>
      </div>
    );
  }
  const view = inspectorView(doc, selectedIds);
  const deselect = (
    <Button size="sm" variant="ghost" onClick={() => useAppStore.getState().clearSelection()}>
      Show project settings
    </Button>
  );
  if (view.kind === 'project') {
    return (
      <div className="inspector" onBlur={endGesture} onPointerUp={endGesture}>
        <Header title="Project settings" />
        <div className="insp-body">
          <ProjectSettingsEditor settings={doc.settings} />
        </div>
      </div>
    );
  }
  if (view.kind === 'item') {
    return (
      <div className="inspector" onBlur={endGesture} onPointerUp={endGesture}>
        <Header title={view.heading}>{deselect}</Header>
        {/* Keyed by id: fields keep typed text per item and start fresh for the next one. */}
        <div className="insp-body" key={view.found.item.id}>
          <ItemEditor found={view.found} />
        </div>
      </div>
    );
  }
  return (
    <div className="inspector" onBlur={endGesture} onPointerUp={endGesture}>
      <Header title={view.kind === 'many' ? view.heading : 'Nothing to show'}>{deselect}</Header>
      <p className="insp-empty muted">{view.kind === 'many' ? 'Select one item to edit its properties.' : 'The selected item is no longer in the project.'}</p>
    </div>
  );
}
