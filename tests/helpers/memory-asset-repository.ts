import type { AssetRecord, AssetRepository, ProjectAssetLink, ViewType } from '../../main/core/media/asset';
import { AppError } from '../../main/core/shared/app-error';

/**
 * AssetRepository kept in memory, with the semantics the SQLite one must have (first upsert
 * wins, idempotent links). Records are copied in and out so callers cannot mutate the store.
 */
export class MemoryAssetRepository implements AssetRepository {
  private readonly assets = new Map<string, AssetRecord>();
  private readonly links: ProjectAssetLink[] = [];

  constructor(private readonly now: () => Date = () => new Date()) {}

  get(id: string): AssetRecord | undefined {
    const found = this.assets.get(id);
    return found ? structuredClone(found) : undefined;
  }

  upsert(record: AssetRecord): AssetRecord {
    if (!this.assets.has(record.id)) this.assets.set(record.id, structuredClone(record));
    return this.get(record.id) as AssetRecord;
  }

  setThumbnail(id: string, thumbnail: string): void {
    const found = this.assets.get(id);
    if (!found) throw new AppError('NOT_FOUND', `asset ${id} does not exist, so its thumbnail cannot be set`, { assetId: id });
    found.thumbnail = thumbnail;
  }

  list(): AssetRecord[] {
    return [...this.assets.values()].map((a) => structuredClone(a));
  }

  linkToProject({ projectId, assetId, viewType }: { projectId: string; assetId: string; viewType?: ViewType | null }): void {
    if (!this.assets.has(assetId)) throw new AppError('NOT_FOUND', `cannot link asset ${assetId} to project ${projectId}: asset ${assetId} does not exist`, { projectId, assetId });
    const existing = this.links.find((l) => l.projectId === projectId && l.assetId === assetId);
    if (existing) {
      if (viewType !== undefined) existing.viewType = viewType;
      return;
    }
    this.links.push({ projectId, assetId, viewType: viewType ?? null, addedAt: this.now().toISOString() });
  }

  listForProject(projectId: string): Array<AssetRecord & { viewType: ViewType | null; addedAt: string }> {
    return this.links
      .filter((l) => l.projectId === projectId)
      .map((l) => ({ ...(this.get(l.assetId) as AssetRecord), viewType: l.viewType, addedAt: l.addedAt }));
  }
}
