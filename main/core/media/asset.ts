import { VIEW_TYPES, type ViewType } from '../../../preload/contract/plan/scene-plan';

/**
 * What the library knows about one media file. The id IS the file's sha256 (hex), so the same
 * bytes imported twice are the same asset; the file lives at media/<sha256>.<ext>.
 */
export type AssetKind = 'image' | 'video' | 'audio';

/** Where a generated asset came from (filled by the generation issue; null for imports). */
export interface AssetProvenance {
  provider: string;
  model: string;
  modelVersion?: string;
  prompt?: string;
  parameters?: Record<string, unknown>;
  seed?: number;
  sourceAssetId?: string;
  costUsd?: number;
  startedAt?: string;
  finishedAt?: string;
}

export interface AssetRecord {
  id: string;
  kind: AssetKind;
  /** Lower-case extension without the dot, e.g. "png", "mp4". */
  ext: string;
  originalName: string;
  byteSize: number;
  /** Display size, after EXIF/stream rotation is applied. */
  width: number | null;
  height: number | null;
  durationMs: number | null;
  fps: number | null;
  hasAudio: boolean;
  hasAlpha: boolean;
  /** Clockwise degrees the decoder applies (0, 90, 180, 270). */
  rotation: number;
  codec: string | null;
  /** The validated ffprobe JSON, kept so nothing needs probing twice. */
  probe: unknown;
  /** Path of the thumbnail relative to the data dir (e.g. "media/thumbs/<sha>.jpg"), if made. */
  thumbnail: string | null;
  provenance: AssetProvenance | null;
  createdAt: string;
}

// How an image is used in a project (drives the scene planner); declared once in the contract.
export { VIEW_TYPES, type ViewType };

export interface ProjectAssetLink {
  projectId: string;
  assetId: string;
  viewType: ViewType | null;
  addedAt: string;
}

/** The storage port media import needs. main/core/storage implements it on SQLite. */
export interface AssetRepository {
  get(id: string): AssetRecord | undefined;
  /** Inserts the asset if its id is new; returns the stored record either way. */
  upsert(record: AssetRecord): AssetRecord;
  setThumbnail(id: string, thumbnail: string): void;
  list(): AssetRecord[];
  /** Idempotent: linking twice keeps the first addedAt and updates viewType only when given. */
  linkToProject(link: { projectId: string; assetId: string; viewType?: ViewType | null }): void;
  listForProject(projectId: string): Array<AssetRecord & { viewType: ViewType | null; addedAt: string }>;
}
