import { useState } from 'react';
import type { Aspect, Platform } from '../../../../preload/contract/project/primitives';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { SegmentedField, TextField } from '../../components/fields';
import { ASPECT_CHOICES, PLATFORM_PRESETS, presetFor } from './project-presets';

export interface NewProjectInput {
  name: string;
  aspect: Aspect;
  platform: Platform;
}

/** A small frame drawn in the aspect's shape, so the choice reads at a glance. */
function AspectShape({ aspect }: { aspect: Aspect }): React.JSX.Element {
  const [w, h] = aspect.split(':').map(Number) as [number, number];
  const scale = 22 / Math.max(w, h);
  return <span className="aspect-shape" style={{ width: `${w * scale}px`, height: `${h * scale}px` }} aria-hidden="true" />;
}

/** Name, platform and shape of a new project; the platform picks its usual shape. */
export function NewProjectDialog({ open, onClose, onCreate }: { open: boolean; onClose: () => void; onCreate: (input: NewProjectInput) => Promise<string | null> }): React.JSX.Element | null {
  const [name, setName] = useState('Untitled project');
  const [platform, setPlatform] = useState<Platform>('tiktok');
  const [aspect, setAspect] = useState<Aspect>('9:16');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (): Promise<void> => {
    if (name.trim() === '') return setError('Give the project a name.');
    setBusy(true);
    const failure = await onCreate({ name: name.trim(), aspect, platform });
    setBusy(false);
    setError(failure);
  };

  return (
    <Dialog
      open={open}
      title="New project"
      onClose={onClose}
      onSubmit={() => void submit()}
      width="md"
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" type="submit" disabled={busy}>
            {busy ? 'Creating…' : 'Create project'}
          </Button>
        </>
      }
    >
      <TextField label="Name" value={name} autoFocus maxLength={120} onChange={(e) => setName(e.target.value)} error={error} />
      <SegmentedField
        label="Platform"
        value={platform}
        choices={PLATFORM_PRESETS.map((p) => ({ value: p.platform, label: p.label }))}
        onChange={(p) => {
          setPlatform(p);
          setAspect(presetFor(p).aspect);
        }}
      />
      <SegmentedField label="Shape" value={aspect} choices={ASPECT_CHOICES} onChange={setAspect} renderIcon={(a) => <AspectShape aspect={a} />} />
    </Dialog>
  );
}
