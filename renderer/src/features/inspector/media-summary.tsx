import type { MediaRef } from '../../../../preload/contract/project/primitives';
import { formatDuration } from '../../lib/format';
import { storeApi, useAsset } from '../../stores';
import { assetIdOf } from './item-changes';

/** Which file an item plays: thumbnail, name and length (or the path of a hand-written reference). */
export function MediaSummary({ media }: { media: MediaRef }): React.JSX.Element {
  const assetId = assetIdOf(media);
  const asset = useAsset(assetId);
  if (assetId === null || asset === undefined) {
    return <p className="insp-media muted">{'path' in media ? media.path : 'A file that is not in this project'}</p>;
  }
  const facts = [asset.durationMs !== null ? formatDuration(asset.durationMs) : null, asset.width !== null && asset.height !== null ? `${asset.width}×${asset.height}` : null].filter(Boolean);
  return (
    <div className="insp-media">
      {asset.hasThumbnail && <img className="insp-media-thumb" src={storeApi().mediaUrl(asset.id, 'thumbnail')} alt="" />}
      <div className="insp-media-text">
        <span className="insp-media-name" title={asset.originalName}>
          {asset.originalName}
        </span>
        {facts.length > 0 && <span className="insp-hint">{facts.join(' · ')}</span>}
      </div>
    </div>
  );
}
