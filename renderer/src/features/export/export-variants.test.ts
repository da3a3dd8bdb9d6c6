import { describe, expect, it } from 'vitest';
import { buildRenderVariants, defaultExportForm, defaultFileName, draftFrameSize, effectiveResolution, reconcileForm, toggleAspect, variantOptions } from './export-variants';

describe('variantOptions', () => {
  it('lists the four aspects with their pixel sizes at the chosen resolution', () => {
    expect(variantOptions({ resolution: '1080p', preset: 'final' }).map((o) => [o.aspect, o.hint, o.resolution, o.width, o.height, o.note])).toEqual([
      ['16:9', 'Landscape', '1080p', 1920, 1080, null],
      ['9:16', 'Vertical', '1080p', 1080, 1920, null],
      ['1:1', 'Square', '1080p', 1080, 1080, null],
      ['4:5', 'Portrait', '1080p', 1080, 1350, null],
    ]);
    expect(variantOptions({ resolution: '720p', preset: 'final' }).map((o) => `${o.width}x${o.height}`)).toEqual(['1280x720', '720x1280', '720x720', '720x900']);
  });

  it('offers 2160p for 16:9 only and says which resolution the others get', () => {
    const rows = variantOptions({ resolution: '2160p', preset: 'final' });
    expect(rows.map((o) => [o.aspect, o.resolution, o.width, o.height])).toEqual([
      ['16:9', '2160p', 3840, 2160],
      ['9:16', '1080p', 1080, 1920],
      ['1:1', '1080p', 1080, 1080],
      ['4:5', '1080p', 1080, 1350],
    ]);
    expect(rows.map((o) => o.note)).toEqual([null, '2160p is offered for 16:9 only; this one is 1080p', '2160p is offered for 16:9 only; this one is 1080p', '2160p is offered for 16:9 only; this one is 1080p']);
  });

  it('shows the small proxy size for a quick draft', () => {
    expect(variantOptions({ resolution: '2160p', preset: 'draft' }).map((o) => [o.width, o.height, o.note])).toEqual([
      [640, 360, null],
      [360, 640, null],
      [360, 360, null],
      [360, 450, null],
    ]);
    expect(draftFrameSize('4:5')).toEqual({ width: 360, height: 450 });
  });
});

describe('buildRenderVariants', () => {
  it('sends the checked aspects in dialog order, each with a resolution it allows', () => {
    expect(buildRenderVariants({ aspects: ['4:5', '16:9', '9:16'], resolution: '2160p' })).toEqual([
      { aspect: '16:9', resolution: '2160p' },
      { aspect: '9:16', resolution: '1080p' },
      { aspect: '4:5', resolution: '1080p' },
    ]);
    expect(buildRenderVariants({ aspects: ['1:1'], resolution: '720p' })).toEqual([{ aspect: '1:1', resolution: '720p' }]);
    expect(buildRenderVariants({ aspects: [], resolution: '720p' })).toEqual([]);
  });

  it('never sends an aspect twice', () => {
    expect(buildRenderVariants({ aspects: ['9:16', '9:16'], resolution: '1080p' })).toEqual([{ aspect: '9:16', resolution: '1080p' }]);
  });

  it('falls back to 1080p where the chosen resolution is not offered', () => {
    expect(effectiveResolution('16:9', '2160p')).toBe('2160p');
    expect(effectiveResolution('9:16', '2160p')).toBe('1080p');
    expect(effectiveResolution('9:16', '720p')).toBe('720p');
  });
});

describe('toggleAspect', () => {
  it('keeps dialog order whatever the click order', () => {
    expect(toggleAspect(['4:5'], '16:9', true)).toEqual(['16:9', '4:5']);
    expect(toggleAspect(['16:9', '4:5'], '16:9', false)).toEqual(['4:5']);
    expect(toggleAspect(['1:1'], '1:1', true)).toEqual(['1:1']);
  });
});

describe('forms', () => {
  const project = { projectId: 'p1', aspect: '9:16', resolution: '1080p' } as const;

  it('starts with the project aspect checked, final quality and an automatic path', () => {
    expect(defaultExportForm(project)).toEqual({ projectId: 'p1', aspects: ['9:16'], resolution: '1080p', preset: 'final', outputPath: '', overwrite: false, touched: false });
  });

  it('keeps the person’s choices for the same project and follows the project until then', () => {
    const touched = { ...defaultExportForm(project), aspects: ['16:9' as const], touched: true };
    expect(reconcileForm(touched, { ...project, aspect: '1:1' })).toBe(touched);
    const untouched = defaultExportForm(project);
    expect(reconcileForm(untouched, project)).toBe(untouched);
    expect(reconcileForm(untouched, { ...project, aspect: '16:9', resolution: '2160p' })).toEqual({ ...untouched, aspects: ['16:9'], resolution: '2160p' });
    expect(reconcileForm(touched, { ...project, projectId: 'p2' })).toEqual({ ...untouched, projectId: 'p2' });
    expect(reconcileForm(null, project)).toEqual(untouched);
  });
});

describe('defaultFileName', () => {
  it('turns the project name into a file name the save dialog accepts', () => {
    expect(defaultFileName('Mug ad')).toBe('Mug ad.mp4');
    expect(defaultFileName('Mug ad: v2 / "final"?')).toBe('Mug ad v2 final.mp4');
    expect(defaultFileName('..hidden..')).toBe('hidden.mp4');
    expect(defaultFileName('  \t ')).toBe('Adloom export.mp4');
    expect(defaultFileName('x'.repeat(300))).toBe(`${'x'.repeat(120)}.mp4`);
  });
});
