import type { Aspect, Platform } from '../../../../preload/contract/project/primitives';
import type { ProjectSummaryDto } from '../../../../preload/contract/dto/project-dto';
import { navigate } from '../../lib/router';
import { documentActions, errorText, storeApi, useAppStore } from '../../stores';

type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string };

async function attempt<T>(work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (err) {
    return { ok: false, reason: errorText(err) };
  }
}

const toast = (tone: 'success' | 'error' | 'info', message: string): void => void useAppStore.getState().pushToast({ tone, message });

/** The projects home's operations; each reports failures in a message and answers whether it worked. */
export const projectsActions = {
  list: (): Promise<ProjectSummaryDto[]> => storeApi().call('projects.list', { includeDeleted: true }),

  /** Creates a project and opens it in the editor straight away (no second load). */
  async create(input: { name: string; aspect: Aspect; platform: Platform }): Promise<Outcome<string>> {
    const result = await attempt(() => storeApi().call('projects.create', input));
    if (!result.ok) return result;
    documentActions.open(result.value);
    useAppStore.getState().setAssets([]);
    useAppStore.getState().setMediaStatus('ready');
    navigate({ screen: 'editor', projectId: result.value.summary.id });
    return { ok: true, value: result.value.summary.id };
  },

  open(projectId: string): void {
    navigate({ screen: 'editor', projectId });
  },

  async rename(project: ProjectSummaryDto, name: string): Promise<boolean> {
    const result = await attempt(() => storeApi().call('projects.rename', { projectId: project.id, name }));
    if (!result.ok) toast('error', `"${project.name}" could not be renamed: ${result.reason}`);
    return result.ok;
  },

  async duplicate(project: ProjectSummaryDto): Promise<boolean> {
    const result = await attempt(() => storeApi().call('projects.duplicate', { projectId: project.id }));
    if (result.ok) toast('success', `Made "${result.value.name}".`);
    else toast('error', `"${project.name}" could not be duplicated: ${result.reason}`);
    return result.ok;
  },

  /** To the trash: it stays under "Recently deleted" until restored or deleted for good. */
  async trash(project: ProjectSummaryDto): Promise<boolean> {
    const result = await attempt(() => storeApi().call('projects.delete', { projectId: project.id }));
    if (result.ok) toast('info', `"${project.name}" moved to Recently deleted.`);
    else toast('error', `"${project.name}" could not be deleted: ${result.reason}`);
    return result.ok;
  },

  async restore(project: ProjectSummaryDto): Promise<boolean> {
    const result = await attempt(() => storeApi().call('projects.restore', { projectId: project.id }));
    if (result.ok) toast('success', `"${project.name}" is back.`);
    else toast('error', `"${project.name}" could not be restored: ${result.reason}`);
    return result.ok;
  },

  async purge(project: ProjectSummaryDto): Promise<boolean> {
    const result = await attempt(() => storeApi().call('projects.delete', { projectId: project.id, purge: true }));
    if (!result.ok) toast('error', `"${project.name}" could not be deleted: ${result.reason}`);
    return result.ok;
  },
};
