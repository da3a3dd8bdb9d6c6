import type { ViewType } from '../../../../preload/contract/plan/scene-plan';
import { Button } from '../../components/button';
import { Icon } from '../../components/icons';
import { storeApi, useAppStore, useAssets } from '../../stores';
import { setGenerate, useGenerateStore } from './generate-store';
import { imageChoices } from './plan-request';

export const VIEW_LABELS: Readonly<Record<ViewType, string>> = { front: 'Front', side: 'Side', back: 'Back', top: 'Top', detail: 'Detail', lifestyle: 'Lifestyle' };

function toggle(assetId: string, checked: boolean): void {
  const excluded = { ...useGenerateStore.getState().excluded };
  if (checked) delete excluded[assetId];
  else excluded[assetId] = true;
  setGenerate({ excluded });
}

/** Step 1: which product images to animate (all by default), with the view the planner reads. */
export function ImagePicker(): React.JSX.Element {
  const assets = useAssets();
  const excluded = useGenerateStore((s) => s.excluded);
  const setTab = useAppStore((s) => s.setSideTab);
  const choices = imageChoices(assets, excluded);
  const checkedCount = choices.filter((c) => c.checked).length;

  if (choices.length === 0) {
    return (
      <div className="gen-empty">
        <p>No product images yet.</p>
        <Button size="sm" variant="secondary" onClick={() => setTab('media')}>
          Import images in Media
        </Button>
      </div>
    );
  }
  return (
    <>
      <div className="gen-row">
        <p className="gen-count" aria-live="polite">
          {checkedCount} of {choices.length} selected
        </p>
        <Button size="sm" variant="ghost" aria-label="Select all images" onClick={() => setGenerate({ excluded: {} })}>
          All
        </Button>
        <Button size="sm" variant="ghost" aria-label="Select no images" onClick={() => setGenerate({ excluded: Object.fromEntries(choices.map((c) => [c.asset.id, true as const])) })}>
          None
        </Button>
      </div>
      <ul className="gen-images" aria-label="Images to animate">
        {choices.map(({ asset, checked }) => (
          <li key={asset.id}>
            <label className={`gen-image${checked ? ' is-checked' : ''}`} data-testid="gen-image">
              <input type="checkbox" checked={checked} aria-label={`Use ${asset.originalName}`} onChange={(e) => toggle(asset.id, e.target.checked)} />
              <span className="gen-thumb">{asset.hasThumbnail ? <img src={storeApi().mediaUrl(asset.id, 'thumbnail')} alt="" loading="lazy" draggable={false} /> : <Icon name="image" size={20} />}</span>
              <span className="gen-image-name" title={asset.originalName}>
                {asset.originalName}
              </span>
              <span className={`badge${asset.viewType === null ? ' is-unset' : ''}`} title={asset.viewType === null ? 'No view set: the planner reads it as a front view (set it in Media)' : undefined}>
                {asset.viewType === null ? 'View not set' : VIEW_LABELS[asset.viewType]}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </>
  );
}
