import { useCallback, useEffect, useState } from 'react';
import type { ProjectSummaryDto } from '../../../../preload/contract/dto/project-dto';
import { errorText, storeApi } from '../../stores';
import { projectsActions } from './projects-actions';

export interface ProjectsState {
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  active: ProjectSummaryDto[];
  deleted: ProjectSummaryDto[];
  refresh: () => Promise<void>;
}

/** The project list (most recent first) and the trash, refreshed after every change and on project.saved. */
export function useProjects(): ProjectsState {
  const [state, setState] = useState<Omit<ProjectsState, 'refresh'>>({ status: 'loading', error: null, active: [], deleted: [] });
  const refresh = useCallback(async () => {
    try {
      const all = await projectsActions.list();
      setState({ status: 'ready', error: null, active: all.filter((p) => p.deletedAt === null), deleted: all.filter((p) => p.deletedAt !== null) });
    } catch (err) {
      setState((s) => ({ ...s, status: 'error', error: errorText(err) }));
    }
  }, []);
  useEffect(() => {
    void refresh();
    return storeApi().on('project.saved', () => void refresh());
  }, [refresh]);
  return { ...state, refresh };
}
