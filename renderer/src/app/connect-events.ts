import type { ApiClient } from '../api';
import { useAppStore } from '../stores';

/** Mirrors main's pushes into the store: jobs, and saves made elsewhere (renames from the home screen, the CLI). */
export function connectStoreEvents(api: ApiClient): () => void {
  const offs = [
    api.on('job.changed', (p) => useAppStore.getState().onJobChanged(p)),
    api.on('job.progress', (p) => useAppStore.getState().onJobProgress(p)),
    api.on('project.saved', (p) => {
      const s = useAppStore.getState();
      // Only the name: the revision is taken from our own save answers, so a foreign save still shows up as CONFLICT.
      if (s.summary !== null && s.projectId === p.projectId && s.summary.name !== p.name) useAppStore.setState({ summary: { ...s.summary, name: p.name } });
    }),
  ];
  return () => offs.forEach((off) => off());
}
