import { VIEW_TYPES, type ViewType } from '../../../../preload/contract/plan/scene-plan';
import type { ProjectAssetDto } from '../../../../preload/contract/dto/asset-dto';
import { Button } from '../../components/button';
import { SelectField } from '../../components/fields';
import { Icon } from '../../components/icons';
import { formatDuration } from '../../lib/format';
import { storeApi } from '../../stores';

/** The drag type the timeline accepts for library media (the asset id as data). */
export const ASSET_DRAG_TYPE = 'application/x-adloom-asset';

const VIEW_LABELS: Record<ViewType, string> = { front: 'Front view', side: 'Side view', back: 'Back view', top: 'Top view', detail: 'Detail shot', lifestyle: 'Lifestyle shot' };
/** How the scene planner should read the picture. */
const VIEW_CHOICES = [{ value: '' as const, label: 'Choose view…' }, ...VIEW_TYPES.map((v) => ({ value: v, label: VIEW_LABELS[v] }))];

function describe(asset: ProjectAssetDto): string {
  const parts: string[] = [asset.kind === 'image' ? 'Image' : asset.kind === 'video' ? 'Video' : 'Audio'];
  if (asset.durationMs !== null && asset.kind !== 'image') parts.push(formatDuration(asset.durationMs));
  if (asset.width !== null && asset.height !== null) parts.push(`${asset.width}×${asset.height}`);
  return parts.join(' · ');
}

export interface AssetCardProps {
  asset: ProjectAssetDto;
  onViewType: (assetId: string, viewType: ViewType | null) => void;
  onAdd: (assetId: string) => void;
}

/** One project asset: thumbnail, what it is, how the planner should read it (images), add to timeline. */
export function AssetCard({ asset, onViewType, onAdd }: AssetCardProps): React.JSX.Element {
  const thumb = asset.hasThumbnail ? storeApi().mediaUrl(asset.id, 'thumbnail') : null;
  return (
    <li
      className="asset-card"
      data-testid="asset-card"
      draggable
      onDragStart={(e) => {
        e.dataTransfer.setData(ASSET_DRAG_TYPE, asset.id);
        e.dataTransfer.effectAllowed = 'copy';
      }}
    >
      <div className="asset-thumb">
        {thumb ? <img src={thumb} alt="" loading="lazy" draggable={false} /> : <Icon name={asset.kind === 'audio' ? 'music' : asset.kind === 'video' ? 'film' : 'image'} size={28} />}
        {asset.kind === 'video' && asset.durationMs !== null && <span className="asset-duration">{formatDuration(asset.durationMs)}</span>}
      </div>
      <div className="asset-info">
        <p className="asset-name" title={asset.originalName}>
          {asset.originalName}
        </p>
        <p className="asset-meta">{describe(asset)}</p>
        {asset.kind === 'image' && (
          <SelectField
            label={`View of ${asset.originalName}`}
            hideLabel
            value={asset.viewType ?? ''}
            choices={VIEW_CHOICES}
            onChange={(v) => onViewType(asset.id, v === '' ? null : v)}
          />
        )}
      </div>
      <Button size="sm" variant="ghost" className="asset-add" icon={<Icon name="timelineAdd" />} label={`Add ${asset.originalName} to the timeline`} onClick={() => onAdd(asset.id)} />
    </li>
  );
}
