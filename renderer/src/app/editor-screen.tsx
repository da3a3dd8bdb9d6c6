import { useEffect } from 'react';
import { Button } from '../components/button';
import { flushAutosave, loadProject, useAppStore } from '../stores';
import { EditorLayout } from './editor-layout';
import { navigate } from '../lib/router';

/** Opens the project named by the address (also after a reload) and shows the editor for it. */
export function EditorScreen({ projectId }: { projectId: string }): React.JSX.Element {
  const loadStatus = useAppStore((s) => s.loadStatus);
  const loadError = useAppStore((s) => s.loadError);
  const openId = useAppStore((s) => (s.doc === null ? null : s.projectId));

  useEffect(() => {
    // Another project's edits are saved before this one replaces it in the store.
    if (openId !== projectId) void flushAutosave().then(() => loadProject(projectId));
  }, [projectId, openId]);

  const back = (): void => {
    void flushAutosave().then(() => navigate({ screen: 'home' }));
  };

  if (loadStatus === 'error' && openId !== projectId) {
    return (
      <main className="centered-message" aria-label="Project">
        <h1>This project could not be opened</h1>
        <p role="alert">{loadError}</p>
        <Button variant="primary" onClick={() => navigate({ screen: 'home' })}>
          Back to projects
        </Button>
      </main>
    );
  }
  if (openId !== projectId) {
    return (
      <main className="centered-message" aria-label="Project" aria-busy="true">
        <p>Opening project…</p>
      </main>
    );
  }
  return <EditorLayout onBack={back} />;
}
