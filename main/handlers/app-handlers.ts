import { assetFilePath } from '../core/media/asset-paths';
import { AppError } from '../core/shared/app-error';
import type { NamespaceHandlers } from './handler-types';

function unavailable(what: string, mode: string): AppError {
  return new AppError('BAD_INPUT', `${what} is not available in ${mode} mode; ${mode === 'browser' ? 'use the file picker or drop files on the window' : 'this shell has none'}`, {
    mode,
  });
}

export const appHandlers: NamespaceHandlers<'app'> = {
  'app.info': (_input, ctx) => ({
    version: ctx.version,
    mode: ctx.mode,
    platform: ctx.platform,
    dataDir: ctx.dataDir,
    capabilities: { dialogs: ctx.shell.dialogs, reveal: ctx.shell.reveal, uploads: ctx.uploads !== null },
  }),

  'app.openDialog': async (input, ctx) => {
    if (!ctx.shell.dialogs) throw unavailable('An open dialog', ctx.mode);
    return { paths: await ctx.shell.openDialog(input) };
  },

  'app.saveDialog': async (input, ctx) => {
    if (!ctx.shell.dialogs) throw unavailable('A save dialog', ctx.mode);
    return { path: await ctx.shell.saveDialog(input) };
  },

  'app.reveal': async ({ target }, ctx) => {
    if (!ctx.shell.reveal) throw unavailable('Showing files in the file manager', ctx.mode);
    if (target.kind === 'dataDir') {
      await ctx.shell.revealPath(ctx.dataDir, target);
      return null;
    }
    if (target.kind === 'asset') {
      const asset = ctx.store.assets.get(target.assetId);
      if (asset === undefined) throw new AppError('NOT_FOUND', `asset ${target.assetId} is not in the library`, { assetId: target.assetId });
      await ctx.shell.revealPath(assetFilePath(ctx.dataDir, asset), target);
      return null;
    }
    const exported = ctx.store.exports.listForProject(target.projectId).find((e) => e.id === target.exportId);
    if (exported === undefined) {
      throw new AppError('NOT_FOUND', `export ${target.exportId} of project ${target.projectId} is not recorded`, { projectId: target.projectId, exportId: target.exportId });
    }
    await ctx.shell.revealPath(exported.path, target);
    return null;
  },
};
