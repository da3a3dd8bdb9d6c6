import type { AssetKind } from '../../../../../preload/contract/dto/asset-dto';
import type { MediaRef } from '../../../../../preload/contract/project/primitives';
import type { Choice } from '../../../components/fields';
import { useAssets, type EditResult } from '../../../stores';
import { ChoiceField } from './choice-fields';

const NONE = '';
const PATH = 'path';

/**
 * Picks one of the project's assets of a kind (images for card backgrounds and the logo).
 * A reference by file path (hand-written projects) stays selectable as it is.
 */
export function AssetField({ label, kind, value, onChange, allowNone, hint }: { label: string; kind: AssetKind; value: MediaRef | null; onChange: (ref: MediaRef | null) => EditResult; allowNone?: boolean; hint?: string }): React.JSX.Element {
  const assets = useAssets().filter((a) => a.kind === kind);
  const current = value === null ? NONE : 'assetId' in value ? value.assetId : PATH;
  const choices: Choice<string>[] = [
    ...(allowNone || value === null ? [{ value: NONE, label: 'None' }] : []),
    ...(value !== null && 'path' in value ? [{ value: PATH, label: `File: ${value.path}` }] : []),
    ...(value !== null && 'assetId' in value && !assets.some((a) => a.id === value.assetId) ? [{ value: value.assetId, label: 'A file not in this project' }] : []),
    ...assets.map((a) => ({ value: a.id, label: a.originalName })),
  ];
  const pick = (v: string): EditResult => {
    if (v === current) return { ok: true };
    if (v === NONE) return onChange(null);
    return onChange({ assetId: v });
  };
  const emptyHint = assets.length === 0 ? `Import ${kind === 'image' ? 'an image' : `a ${kind} file`} in Media to choose it here.` : undefined;
  return <ChoiceField label={label} value={current} choices={choices} onChange={pick} hint={hint ?? emptyHint} />;
}
