import fs from 'node:fs';
import path from 'node:path';
import type { StartRenderInput } from '../../preload/contract/dto/render-dto';
import { AppSettings } from '../../preload/contract/dto/settings-dto';
import { resolutionAllowed, type Aspect, type ProjectDocument, type Resolution } from '../../preload/contract/project';
import type { RenderPreset as CorePreset } from '../core/render/plan/frame-size';
import { AppError } from '../core/shared/app-error';
import type { HandlerContext } from './handler-context';
import { proxyFrameSize } from './proxy-size';
import { APP_SETTINGS_KEY } from './settings-handlers';

/** One file an export request writes. */
export interface RenderTarget {
  aspect: Aspect;
  preset: CorePreset;
  /** What the export history records as the preset: the resolution, or "draft". */
  presetLabel: string;
  target: string;
}

export function exportsDir(dataDir: string): string {
  return path.join(dataDir, 'exports');
}

const aspectTag = (aspect: Aspect): string => aspect.replace(':', 'x');

function slug(name: string): string {
  const s = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
  return s || 'adloom';
}

/** 2026-03-01T10-00-02: sortable, and legal in file names on every OS. */
const stamp = (now: Date): string => now.toISOString().slice(0, 19).replace(/:/g, '-');

/** The project's resolution, or the best one the aspect offers (2160p is 16:9 only). */
function resolutionFor(aspect: Aspect, asked: Resolution | undefined, projectResolution: Resolution, index: number): Resolution {
  if (asked !== undefined) {
    if (!resolutionAllowed(aspect, asked)) throw new AppError('BAD_INPUT', `render.start: variants.${index}.resolution: ${asked} is only offered for 16:9, not ${aspect}`, { path: ['variants', index, 'resolution'] });
    return asked;
  }
  return resolutionAllowed(aspect, projectResolution) ? projectResolution : '1080p';
}

function withTag(file: string, tag: string): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}-${tag}${ext}`);
}

/** A name nobody has used yet: two quick exports in the same second get "-2" rather than a CONFLICT. */
function freeName(dir: string, base: string): string {
  for (let n = 1; ; n += 1) {
    const file = path.join(dir, `${base}${n === 1 ? '' : `-${n}`}.mp4`);
    if (!fs.existsSync(file)) return file;
  }
}

interface TargetsInput {
  input: StartRenderInput;
  document: ProjectDocument;
  projectName: string;
  now?: Date;
}

/**
 * The files an export request writes. Electron writes where the save dialog said (one path;
 * several variants add their aspect to its name) or into the export folder; browser mode takes
 * no paths and renders into <dataDir>/exports, from where the server offers the download.
 */
export function exportTargets(ctx: HandlerContext, { input, document, projectName, now = new Date() }: TargetsInput): RenderTarget[] {
  const variants = input.variants ?? [{ aspect: document.settings.aspect }];
  const pathGiven = input.outputPath !== undefined || variants.some((v) => v.outputPath !== undefined);
  if (ctx.mode === 'browser' && pathGiven) {
    throw new AppError('BAD_INPUT', 'render.start: outputPath: browser mode cannot write to a path; leave it out and download the finished export', { path: ['outputPath'] });
  }
  const exportDir = ctx.store.settings.get(APP_SETTINGS_KEY, AppSettings)?.exportDir ?? null;
  const autoDir = ctx.mode === 'electron' && exportDir !== null ? exportDir : exportsDir(ctx.dataDir);
  const repeated = (aspect: Aspect): boolean => variants.filter((v) => v.aspect === aspect).length > 1;
  const targets = variants.map((variant, index): RenderTarget => {
    const resolution = resolutionFor(variant.aspect, variant.resolution, document.settings.resolution, index);
    const draft = input.preset === 'draft';
    const presetLabel = draft ? 'draft' : resolution;
    const tag = repeated(variant.aspect) ? `${aspectTag(variant.aspect)}-${presetLabel}` : aspectTag(variant.aspect);
    const target =
      variant.outputPath ??
      (input.outputPath !== undefined
        ? variants.length === 1 ? input.outputPath : withTag(input.outputPath, tag)
        : freeName(autoDir, `${slug(projectName)}-${tag}-${stamp(now)}`));
    const preset: CorePreset = draft ? { frameSize: proxyFrameSize(variant.aspect, ctx.renders.proxyShortSide) } : { aspect: variant.aspect, resolution };
    return { aspect: variant.aspect, preset, presetLabel, target };
  });
  checkTargets(targets, input.overwrite);
  return targets;
}

function checkTargets(targets: readonly RenderTarget[], overwrite: boolean): void {
  const seen = new Set<string>();
  for (const { target } of targets) {
    if (path.extname(target).toLowerCase() !== '.mp4') throw new AppError('BAD_INPUT', `render.start: ${target} must be an .mp4 file`, { path: ['outputPath'], target });
    const key = path.resolve(target);
    if (seen.has(key)) throw new AppError('BAD_INPUT', `render.start: two variants would both write ${target}; give each its own outputPath`, { path: ['variants'], target });
    seen.add(key);
    if (!overwrite && fs.existsSync(target)) {
      throw new AppError('CONFLICT', `${target} already exists; choose another file or export again with overwrite`, { target });
    }
  }
}
