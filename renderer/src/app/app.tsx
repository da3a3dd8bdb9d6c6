import { useEffect } from 'react';
import { ToastRegion } from '../components/toast-region';
import { ProjectsHome } from '../features/projects/projects-home';
import { useRoute } from '../lib/router';
import { documentActions, flushAutosave, useAppStore } from '../stores';
import { bootApp } from './boot';
import { EditorScreen } from './editor-screen';

/** The app: the projects home or the editor for the project in the address, plus messages. */
export function App(): React.JSX.Element {
  const route = useRoute();
  useEffect(() => bootApp(), []);

  // Leaving the editor (back button, browser history) saves and closes the project.
  useEffect(() => {
    const leaving = useAppStore.getState().projectId;
    if (route.screen !== 'home' || leaving === null) return;
    void flushAutosave().then(() => {
      if (useAppStore.getState().projectId === leaving) documentActions.close();
    });
  }, [route.screen]);

  return (
    <>
      {route.screen === 'editor' ? <EditorScreen key={route.projectId} projectId={route.projectId} /> : <ProjectsHome />}
      <ToastRegion />
    </>
  );
}
