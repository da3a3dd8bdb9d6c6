import { useId } from 'react';
import type { Aspect, Resolution } from '../../../../preload/contract/project/primitives';
import { Button } from '../../components/button';
import { SegmentedField } from '../../components/fields';
import { chooseOutputPath } from './export-actions';
import type { ExportCapabilities } from './export-mode';
import { useExportStore } from './export-store';
import { RESOLUTION_CHOICES, toggleAspect, variantOptions, type ExportForm } from './export-variants';

const PRESET_CHOICES = [
  { value: 'final', label: 'Final quality', hint: 'Full size' },
  { value: 'draft', label: 'Quick draft', hint: 'Small, fast' },
] as const;

/** A small frame in the aspect's shape, so the variants read at a glance. */
function AspectShape({ aspect }: { aspect: Aspect }): React.JSX.Element {
  const [w, h] = aspect.split(':').map(Number) as [number, number];
  const scale = 18 / Math.max(w, h);
  return <span className="aspect-shape" style={{ width: `${w * scale}px`, height: `${h * scale}px` }} aria-hidden="true" />;
}

function VariantChoices({ form, projectAspect }: { form: ExportForm; projectAspect: Aspect }): React.JSX.Element {
  const updateForm = useExportStore((s) => s.updateForm);
  return (
    <fieldset className="field export-variants">
      <legend>Aspect variants</legend>
      <div className="export-variant-grid">
        {variantOptions(form).map((o) => {
          const checked = form.aspects.includes(o.aspect);
          return (
            <label key={o.aspect} className={`export-variant${checked ? ' is-checked' : ''}`} title={o.note ?? undefined}>
              <input type="checkbox" checked={checked} aria-label={`${o.aspect} ${o.hint}, ${o.width}×${o.height}`} onChange={(e) => updateForm({ aspects: toggleAspect(form.aspects, o.aspect, e.target.checked) })} />
              <AspectShape aspect={o.aspect} />
              <span className="export-variant-text">
                <span className="export-variant-aspect">
                  {o.aspect} <span className="muted">{o.hint}</span>
                </span>
                <span className="export-variant-size">
                  {o.width}×{o.height}
                  {o.note !== null && <span className="export-variant-note"> · {o.resolution}</span>}
                </span>
              </span>
              {o.aspect === projectAspect && <span className="badge">Project</span>}
            </label>
          );
        })}
      </div>
      {form.aspects.length === 0 && <p className="field-error">Choose at least one aspect.</p>}
    </fieldset>
  );
}

function ResolutionSelect({ form }: { form: ExportForm }): React.JSX.Element {
  const id = useId();
  const updateForm = useExportStore((s) => s.updateForm);
  const draft = form.preset === 'draft';
  return (
    <div className="field">
      <label htmlFor={id}>Resolution</label>
      <select id={id} className="input" value={form.resolution} disabled={draft} aria-describedby={draft ? `${id}-hint` : undefined} onChange={(e) => updateForm({ resolution: e.target.value as Resolution })}>
        {RESOLUTION_CHOICES.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      {draft && (
        <p id={`${id}-hint`} className="export-hint">
          A quick draft is rendered small (360p) whatever the resolution.
        </p>
      )}
    </div>
  );
}

function OutputPathField({ form, several }: { form: ExportForm; several: boolean }): React.JSX.Element {
  const id = useId();
  const updateForm = useExportStore((s) => s.updateForm);
  return (
    <div className="field export-output-field">
      <label htmlFor={id}>Save to</label>
      <div className="export-output-row">
        <input id={id} className="input" value={form.outputPath} placeholder="The export folder, named after the project" spellCheck={false} aria-describedby={`${id}-hint`} onChange={(e) => updateForm({ outputPath: e.target.value })} />
        <Button onClick={() => void chooseOutputPath()}>Choose…</Button>
      </div>
      <p id={`${id}-hint`} className="export-hint">
        {several ? 'Each variant gets its aspect added to the name (ad-9x16.mp4).' : 'Leave empty to save into the export folder.'}
      </p>
      <label className="export-checkbox">
        <input type="checkbox" checked={form.overwrite} onChange={(e) => updateForm({ overwrite: e.target.checked })} />
        Overwrite if it exists
      </label>
    </div>
  );
}

/** What to export: variants, resolution, quality and (Electron) where to. Disabled while an export runs. */
export function ExportFormFields({ form, projectAspect, caps, disabled }: { form: ExportForm; projectAspect: Aspect; caps: ExportCapabilities; disabled: boolean }): React.JSX.Element {
  const updateForm = useExportStore((s) => s.updateForm);
  return (
    <fieldset className="export-form" disabled={disabled}>
      <legend className="visually-hidden">Export settings</legend>
      <VariantChoices form={form} projectAspect={projectAspect} />
      <div className="export-form-row">
        <SegmentedField label="Quality" value={form.preset} choices={PRESET_CHOICES} onChange={(preset) => updateForm({ preset })} />
        <ResolutionSelect form={form} />
      </div>
      {caps.choosePath ? (
        <OutputPathField form={form} several={form.aspects.length > 1} />
      ) : (
        <p className="export-hint export-browser-note">The finished video downloads in this browser and stays in the data folder.</p>
      )}
    </fieldset>
  );
}
