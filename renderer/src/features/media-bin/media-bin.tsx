import type { ViewType } from '../../../../preload/contract/plan/scene-plan';
import { Button } from '../../components/button';
import { Icon } from '../../components/icons';
import { errorText, storeApi, timelineActions, useAppStore, useAssets } from '../../stores';
import { AssetCard } from './asset-card';
import { ImportList } from './import-list';
import { importMedia, MEDIA_INPUT_ID, openImportPicker } from './import-media';
import { useFileDrop } from './use-file-drop';

const ACCEPT = 'image/*,video/*,audio/*';

async function setViewType(assetId: string, viewType: ViewType | null): Promise<void> {
  const { projectId, setAssetViewType, assets } = useAppStore.getState();
  if (projectId === null) return;
  const before = assets.find((a) => a.id === assetId)?.viewType ?? null;
  setAssetViewType(assetId, viewType);
  try {
    await storeApi().call('media.setViewType', { projectId, assetId, viewType });
  } catch (err) {
    setAssetViewType(assetId, before);
    useAppStore.getState().pushToast({ tone: 'error', message: `The view could not be saved: ${errorText(err)}` });
  }
}

function addToTimeline(assetId: string): void {
  const result = timelineActions.insertAsset(assetId);
  if (!result.ok) useAppStore.getState().pushToast({ tone: 'error', message: `Cannot add to the timeline: ${result.reason}.` });
}

/**
 * The project's media: drop files from the computer anywhere on the panel or use "Import
 * media"; each file shows its own progress and error; images get a view type for the planner.
 */
export function MediaBin(): React.JSX.Element {
  const assets = useAssets();
  const { dragging, handlers } = useFileDrop((files) => void importMedia(files.map((file) => ({ file }))));
  return (
    <div className={`media-bin${dragging ? ' is-dragging' : ''}`} data-testid="media-drop-zone" {...handlers}>
      <div className="panel-header">
        <h2 className="panel-title">
          <span className="visually-hidden">Media: </span>
          {assets.length === 0 ? 'No files yet' : `${assets.length} ${assets.length === 1 ? 'file' : 'files'}`}
        </h2>
        <Button size="sm" variant="secondary" icon={<Icon name="upload" />} onClick={() => void openImportPicker()}>
          Import media
        </Button>
        <input
          id={MEDIA_INPUT_ID}
          type="file"
          multiple
          accept={ACCEPT}
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Choose media files"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length > 0) void importMedia(files.map((file) => ({ file })));
          }}
        />
      </div>
      <ImportList />
      {assets.length === 0 ? (
        <div className="media-empty">
          <Icon name="image" size={32} />
          <p>Drop product photos, clips or music here</p>
          <p className="muted">or use Import media</p>
        </div>
      ) : (
        <ul className="asset-grid" aria-label="Project media">
          {assets.map((asset) => (
            <AssetCard key={asset.id} asset={asset} onViewType={(id, v) => void setViewType(id, v)} onAdd={addToTimeline} />
          ))}
        </ul>
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <Icon name="upload" size={32} />
          <p>Drop to import</p>
        </div>
      )}
    </div>
  );
}
