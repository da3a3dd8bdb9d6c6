import type { Command } from 'commander';
import { ASPECTS, FPS_VALUES, PLATFORMS, RESOLUTIONS, type Fps, type ProjectDocument } from '../../../preload/contract/project';
import type { ProjectSummary } from '../../core/storage/project-repository';
import { createProject, exportProjectFile, importProjectFile, loadProject } from '../../core/workspace/project-service';
import type { CliContext } from '../cli-context';
import { printResult } from '../cli-io';
import { oneOf } from '../parse-options';

interface JsonOpt {
  json?: boolean;
}

function summaryLine(p: ProjectSummary): string {
  const deleted = p.deletedAt ? '  (deleted; "adloom projects restore" brings it back)' : '';
  return `${p.id}  ${p.name}  updated ${p.updatedAt}${deleted}`;
}

function describeDocument(doc: ProjectDocument): string {
  const t = doc.tracks;
  const s = doc.settings;
  return [
    `aspect ${s.aspect}, ${s.resolution}, ${s.fps} fps, platform ${s.platform}`,
    `video items: ${t.video.length}, overlays: ${t.overlay.length}, music: ${t.music.length}, voice-over: ${t.voiceover.length}, captions: ${doc.captions.cues.length}`,
  ].join('\n');
}

export function registerProjects(program: Command, ctx: CliContext): void {
  const projects = program.command('projects').description('list, create, show, delete, export and import projects');

  projects
    .command('list')
    .description('projects, most recently changed first')
    .option('--all', 'include deleted projects')
    .option('--json', 'machine-readable output')
    .action((opts: JsonOpt & { all?: boolean }) => {
      const list = ctx.store().projects.list({ includeDeleted: Boolean(opts.all) });
      printResult(ctx.io, { json: Boolean(opts.json), value: list, human: () => (list.length ? list.map(summaryLine).join('\n') : 'No projects yet. Create one with "adloom projects create <name>".') });
    });

  projects
    .command('create <name>')
    .description('create an empty project')
    .option('--aspect <aspect>', `frame shape: ${ASPECTS.join(', ')}`, '9:16')
    .option('--resolution <preset>', RESOLUTIONS.join(', '), '1080p')
    .option('--fps <fps>', FPS_VALUES.join(', '), '30')
    .option('--platform <platform>', PLATFORMS.join(', '))
    .option('--json', 'machine-readable output')
    .action((name: string, opts: JsonOpt & { aspect?: string; resolution?: string; fps?: string; platform?: string }) => {
      const fps = oneOf('--fps', opts.fps, FPS_VALUES.map(String));
      const created = createProject(ctx.store(), {
        name,
        ...(opts.aspect !== undefined && { aspect: oneOf('--aspect', opts.aspect, ASPECTS) }),
        ...(opts.resolution !== undefined && { resolution: oneOf('--resolution', opts.resolution, RESOLUTIONS) }),
        ...(fps !== undefined && { fps: Number(fps) as Fps }),
        ...(opts.platform !== undefined && { platform: oneOf('--platform', opts.platform, PLATFORMS) }),
      });
      printResult(ctx.io, { json: Boolean(opts.json), value: created, human: () => `Created project ${created.summary.id} "${created.summary.name}"` });
    });

  projects
    .command('show <id>')
    .description('a project and its document')
    .option('--json', 'machine-readable output (includes the whole document)')
    .action((id: string, opts: JsonOpt) => {
      const loaded = loadProject(ctx.store(), id);
      printResult(ctx.io, { json: Boolean(opts.json), value: loaded, human: () => `${summaryLine(loaded.summary)}\n${describeDocument(loaded.document)}` });
    });

  projects
    .command('delete <id>')
    .description('move a project to the trash (recoverable); --purge deletes it for good')
    .option('--purge', 'delete for good')
    .option('--json', 'machine-readable output')
    .action((id: string, opts: JsonOpt & { purge?: boolean }) => {
      const store = ctx.store();
      const { name } = store.projects.get(id);
      if (opts.purge) store.projects.purge(id);
      else store.projects.softDelete(id);
      const how = opts.purge ? 'purged' : 'deleted';
      printResult(ctx.io, { json: Boolean(opts.json), value: { id, name, [how]: true }, human: () => (opts.purge ? `Deleted "${name}" for good.` : `Moved "${name}" to the trash. Undo with: adloom projects restore ${id}`) });
    });

  projects
    .command('restore <id>')
    .description('bring a deleted project back')
    .option('--json', 'machine-readable output')
    .action((id: string, opts: JsonOpt) => {
      const store = ctx.store();
      store.projects.restore(id);
      const p = store.projects.get(id);
      printResult(ctx.io, { json: Boolean(opts.json), value: { id, name: p.name, restored: true }, human: () => `Restored "${p.name}".` });
    });

  projects
    .command('export <id> <file>')
    .description('write the project document as JSON (see docs/project-format.md)')
    .option('--json', 'machine-readable output')
    .action(async (id: string, file: string, opts: JsonOpt) => {
      const loaded = await exportProjectFile(ctx.store(), id, ctx.resolvePath(file));
      printResult(ctx.io, { json: Boolean(opts.json), value: { id, file: ctx.resolvePath(file), name: loaded.summary.name }, human: () => `Wrote ${ctx.resolvePath(file)}` });
    });

  projects
    .command('import <file>')
    .description('create a project from a project JSON file')
    .option('--name <name>', 'use this name instead of the one in the file')
    .option('--json', 'machine-readable output')
    .action(async (file: string, opts: JsonOpt & { name?: string }) => {
      const loaded = await importProjectFile(ctx.store(), ctx.resolvePath(file), opts.name ? { name: opts.name } : {});
      printResult(ctx.io, { json: Boolean(opts.json), value: loaded, human: () => `Imported project ${loaded.summary.id} "${loaded.summary.name}"` });
    });
}
