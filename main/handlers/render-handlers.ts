import { AppError } from '../core/shared/app-error';
import { loadProject, type LoadedProject } from '../core/workspace/project-service';
import type { HandlerContext } from './handler-context';
import type { NamespaceHandlers } from './handler-types';
import { newPreviewId, previewFilePath, prunePreviews } from './preview-files';
import { proxyFrameSize } from './proxy-size';
import { runRender } from './render-run';
import { exportTargets } from './render-targets';

/** FFmpeg and the fonts are looked up before anything starts, so a missing one fails the command itself. */
const toolsOf = (ctx: HandlerContext): { binaries: ReturnType<HandlerContext['binaries']>; fontsDir: string } => ({ binaries: ctx.binaries(), fontsDir: ctx.fontsDir() });

/** The project as it is now; an empty timeline is refused here rather than reported after the fact. */
function renderable(ctx: HandlerContext, projectId: string, what: 'export' | 'preview'): LoadedProject {
  const loaded = loadProject(ctx.store, projectId);
  if (loaded.document.tracks.video.length === 0) {
    throw new AppError('BAD_INPUT', `project "${loaded.summary.name}" has an empty video track: add at least one clip, still or card before the ${what}`, { projectId });
  }
  return loaded;
}

export const renderHandlers: NamespaceHandlers<'render'> = {
  'render.start': (input, ctx) => {
    const { summary, document } = renderable(ctx, input.projectId, 'export');
    const targets = exportTargets(ctx, { input, document, projectName: summary.name });
    const tools = toolsOf(ctx);
    const describe = `export of "${summary.name}" to ${targets.map((t) => t.target).join(', ')}`;
    const renderId = ctx.renders.begin({ kind: 'export', projectId: input.projectId, describe }, (id, signal) =>
      runRender({ ctx, renderId: id, signal, kind: 'export', projectId: input.projectId, document, targets, tools }),
    );
    return { renderId };
  },

  'render.cancel': async ({ renderId }, ctx) => {
    await ctx.renders.cancel(renderId);
    return null;
  },

  'render.preview': async ({ projectId, startMs, endMs }, ctx) => {
    const { summary, document } = renderable(ctx, projectId, 'preview');
    const tools = toolsOf(ctx);
    await prunePreviews(ctx.dataDir);
    const previewId = newPreviewId();
    const aspect = document.settings.aspect;
    const target = { aspect, preset: { frameSize: proxyFrameSize(aspect, ctx.renders.proxyShortSide) }, presetLabel: 'preview', target: previewFilePath(ctx.dataDir, previewId) as string };
    const range = startMs === undefined && endMs === undefined ? null : { startMs, endMs };
    const renderId = ctx.renders.begin({ kind: 'preview', projectId, describe: `preview of "${summary.name}"` }, (id, signal) =>
      runRender({ ctx, renderId: id, signal, kind: 'preview', projectId, document, targets: [target], tools, preview: { previewId, range } }),
    );
    return { renderId };
  },
};
