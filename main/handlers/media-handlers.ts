import { AppError } from '../core/shared/app-error';
import { filmstripOf, filmstripToDto, waveformOf } from './editor-media';
import type { NamespaceHandlers } from './handler-types';
import { runImport } from './media-import';
import { assetToDto, projectAssetToDto } from './to-dto';

export const mediaHandlers: NamespaceHandlers<'media'> = {
  'media.import': (input, ctx) => runImport(ctx, input),

  'media.list': (_input, ctx) => ctx.store.assets.list().map(assetToDto),

  'media.listForProject': ({ projectId }, ctx) => {
    ctx.store.projects.get(projectId);
    return ctx.store.assets.listForProject(projectId).map(projectAssetToDto);
  },

  'media.get': ({ assetId }, ctx) => {
    const asset = ctx.store.assets.get(assetId);
    if (asset === undefined) throw new AppError('NOT_FOUND', `asset ${assetId} is not in the library`, { assetId });
    return assetToDto(asset);
  },

  'media.setViewType': ({ projectId, assetId, viewType }, ctx) => {
    if (ctx.store.assets.get(assetId) === undefined) throw new AppError('NOT_FOUND', `asset ${assetId} is not in the library`, { assetId });
    ctx.store.assets.linkToProject({ projectId, assetId, viewType });
    return null;
  },

  // Made with FFmpeg on first use and cached in the data dir; the sprite is served by id at mediaUrl(mode, id, 'filmstrip').
  'media.filmstrip': async ({ assetId }, ctx) => filmstripToDto(assetId, await filmstripOf(ctx, assetId)),

  'media.waveform': (input, ctx) => waveformOf(ctx, input),
};
