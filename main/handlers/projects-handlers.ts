import { createProject, duplicateProject, exportProjectFile, importProjectFile, loadProject, renameProject } from '../core/workspace/project-service';
import type { NamespaceHandlers } from './handler-types';
import { announceSaved, documentState } from './project-events';

export const projectsHandlers: NamespaceHandlers<'projects'> = {
  'projects.list': ({ includeDeleted }, ctx) => ctx.store.projects.list({ includeDeleted }),

  'projects.create': (input, ctx) => {
    const { name, aspect, resolution, fps, platform } = input;
    const created = createProject(ctx.store, {
      name,
      ...(aspect !== undefined && { aspect }),
      ...(resolution !== undefined && { resolution }),
      ...(fps !== undefined && { fps }),
      ...(platform !== undefined && { platform }),
    });
    return documentState(created);
  },

  'projects.rename': ({ projectId, name }, ctx) => {
    const renamed = renameProject(ctx.store, projectId, name);
    announceSaved(ctx, renamed);
    return renamed.summary;
  },

  'projects.duplicate': ({ projectId, name }, ctx) => duplicateProject(ctx.store, projectId, name).summary,

  'projects.delete': ({ projectId, purge }, ctx) => {
    if (purge) ctx.store.projects.purge(projectId);
    else ctx.store.projects.softDelete(projectId);
    return null;
  },

  'projects.restore': ({ projectId }, ctx) => {
    ctx.store.projects.restore(projectId);
    return loadProject(ctx.store, projectId).summary;
  },

  'projects.exportFile': async ({ projectId, path }, ctx) => {
    await exportProjectFile(ctx.store, projectId, path);
    return { path };
  },

  'projects.importFile': async ({ path, name }, ctx) => (await importProjectFile(ctx.store, path, name !== undefined ? { name } : {})).summary,
};
