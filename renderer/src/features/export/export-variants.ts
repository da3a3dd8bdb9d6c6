import { MAX_RENDER_VARIANTS, type RenderPreset, type RenderVariant } from '../../../../preload/contract/dto/render-dto';
import { frameSize, resolutionAllowed, type FrameSize } from '../../../../preload/contract/project/frame-size';
import type { Aspect, Resolution } from '../../../../preload/contract/project/primitives';

/** The export dialog's choices; kept outside the dialog so a closed dialog keeps them. */
export interface ExportForm {
  projectId: string;
  /** Checked aspect variants, in the order the dialog lists them. */
  aspects: Aspect[];
  resolution: Resolution;
  preset: RenderPreset;
  /** Electron: where the file goes ('' = the export folder with an automatic name). */
  outputPath: string;
  overwrite: boolean;
  /** The person changed something; until then the form follows the project's aspect and resolution. */
  touched: boolean;
}

/** One checkbox row: the aspect, and the frame it would be exported at with the current choices. */
export interface VariantOption {
  aspect: Aspect;
  label: string;
  hint: string;
  resolution: Resolution;
  width: number;
  height: number;
  /** Why this aspect gets another resolution than the one chosen, or null. */
  note: string | null;
}

/** The order the dialog lists the variants in (and the order their files are made in). */
export const EXPORT_ASPECTS: readonly { aspect: Aspect; hint: string }[] = [
  { aspect: '16:9', hint: 'Landscape' },
  { aspect: '9:16', hint: 'Vertical' },
  { aspect: '1:1', hint: 'Square' },
  { aspect: '4:5', hint: 'Portrait' },
];

export const RESOLUTION_CHOICES: readonly { value: Resolution; label: string }[] = [
  { value: '720p', label: '720p' },
  { value: '1080p', label: '1080p (Full HD)' },
  { value: '2160p', label: '2160p (4K, 16:9 only)' },
];

/**
 * Short side of a quick draft. Mirrors main's proxy renders (main/handlers/proxy-size.ts), which
 * the renderer cannot import; the finished result reports the real size either way.
 */
export const DRAFT_SHORT_SIDE = 360;

const even = (n: number): number => Math.round(n / 2) * 2;

/** The frame of a quick draft: the aspect at a DRAFT_SHORT_SIDE short side, both sides even. */
export function draftFrameSize(aspect: Aspect): FrameSize {
  const full = frameSize(aspect, '720p');
  const scale = DRAFT_SHORT_SIDE / Math.min(full.width, full.height);
  return { width: even(full.width * scale), height: even(full.height * scale) };
}

/** The resolution an aspect is exported at: the chosen one, or 1080p where that is not offered (4K is 16:9 only). */
export function effectiveResolution(aspect: Aspect, chosen: Resolution): Resolution {
  return resolutionAllowed(aspect, chosen) ? chosen : '1080p';
}

/** The checkbox rows with the pixel size each variant would have. */
export function variantOptions({ resolution, preset }: { resolution: Resolution; preset: RenderPreset }): VariantOption[] {
  return EXPORT_ASPECTS.map(({ aspect, hint }) => {
    const used = effectiveResolution(aspect, resolution);
    const size = preset === 'draft' ? draftFrameSize(aspect) : frameSize(aspect, used);
    const note = preset === 'final' && used !== resolution ? `${resolution} is offered for 16:9 only; this one is ${used}` : null;
    return { aspect, label: aspect, hint, resolution: used, width: size.width, height: size.height, note };
  });
}

/** The variants render.start gets: checked aspects in dialog order, each with a resolution it allows. */
export function buildRenderVariants(form: Pick<ExportForm, 'aspects' | 'resolution'>): RenderVariant[] {
  return EXPORT_ASPECTS.filter(({ aspect }) => form.aspects.includes(aspect))
    .slice(0, MAX_RENDER_VARIANTS)
    .map(({ aspect }) => ({ aspect, resolution: effectiveResolution(aspect, form.resolution) }));
}

/** Checks or unchecks one aspect, keeping dialog order. */
export function toggleAspect(aspects: readonly Aspect[], aspect: Aspect, checked: boolean): Aspect[] {
  const next = new Set(aspects);
  if (checked) next.add(aspect);
  else next.delete(aspect);
  return EXPORT_ASPECTS.map((a) => a.aspect).filter((a) => next.has(a));
}

/** A fresh form for a project: its own aspect and resolution, final quality, automatic file name. */
export function defaultExportForm({ projectId, aspect, resolution }: { projectId: string; aspect: Aspect; resolution: Resolution }): ExportForm {
  return { projectId, aspects: [aspect], resolution, preset: 'final', outputPath: '', overwrite: false, touched: false };
}

/**
 * The form to show for the open project: the person's own choices for it are kept (also after a
 * failure); an untouched or another project's form starts again from the project's settings.
 */
export function reconcileForm(existing: ExportForm | null, project: { projectId: string; aspect: Aspect; resolution: Resolution }): ExportForm {
  if (existing !== null && existing.projectId === project.projectId) {
    if (existing.touched) return existing;
    const fresh = defaultExportForm(project);
    const same = existing.resolution === fresh.resolution && existing.aspects.join() === fresh.aspects.join();
    return same ? existing : fresh;
  }
  return defaultExportForm(project);
}

/** What the save dialog suggests: the project name as a file name ("Mug ad: v2" → "Mug ad v2.mp4"). */
export function defaultFileName(projectName: string): string {
  const cleaned = projectName
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
    .replace(/[\u0000-\u001f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+|\.+$/g, '')
    .slice(0, 120)
    .trim();
  return `${cleaned || 'Adloom export'}.mp4`;
}
