import { useEffect, useState } from 'react';
import { ApiError, getApi } from '../api';

type Status = { state: 'loading' } | { state: 'ready'; version: string; mode: string; projects: number } | { state: 'failed'; message: string };

/** The editor shell. The projects home, media bin, timeline and the rest arrive with the editor issue. */
export function App(): React.JSX.Element {
  const [status, setStatus] = useState<Status>({ state: 'loading' });

  // One visible round trip through whichever transport is in use (IPC or WebSocket).
  useEffect(() => {
    const api = getApi();
    let live = true;
    Promise.all([api.call('app.info', {}), api.call('projects.list', {})])
      .then(([info, projects]) => live && setStatus({ state: 'ready', version: info.version, mode: info.mode, projects: projects.length }))
      .catch((err: unknown) => live && setStatus({ state: 'failed', message: err instanceof ApiError ? `${err.code}: ${err.message}` : String(err) }));
    return () => {
      live = false;
    };
  }, []);

  return (
    <main aria-label="Adloom">
      <h1>Adloom</h1>
      <p>Product-ad videos from product photos.</p>
      {status.state === 'loading' && <p data-testid="app-status">Connecting…</p>}
      {status.state === 'ready' && (
        <p data-testid="app-info">
          Version {status.version} · {status.mode} mode · {status.projects} {status.projects === 1 ? 'project' : 'projects'}
        </p>
      )}
      {status.state === 'failed' && (
        <p role="alert" data-testid="app-error">
          {status.message}
        </p>
      )}
    </main>
  );
}
