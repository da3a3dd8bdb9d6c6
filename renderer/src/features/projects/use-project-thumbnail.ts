import { useEffect, useState } from 'react';
import type { ProjectSummaryDto } from '../../../../preload/contract/dto/project-dto';
import { storeApi } from '../../stores';

/**
 * The asset whose thumbnail stands for a project: the one main recorded, else the project's
 * first picture or clip with a thumbnail (main does not record one yet for most projects).
 */
export function useProjectThumbnail(project: ProjectSummaryDto): string | null {
  const [fallback, setFallback] = useState<string | null>(null);
  useEffect(() => {
    if (project.thumbnailAssetId !== null) return;
    let live = true;
    storeApi()
      .call('media.listForProject', { projectId: project.id })
      .then(
        (assets) => live && setFallback(assets.find((a) => a.hasThumbnail && a.kind !== 'audio')?.id ?? null),
        // A missing thumbnail is not worth a message: the card shows a placeholder.
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [project.id, project.thumbnailAssetId, project.updatedAt]);
  return project.thumbnailAssetId ?? fallback;
}
