import fs from 'node:fs/promises';
import path from 'node:path';
import type { AssetRecord, AssetRepository } from './asset';
import { assetFilePath, mediaPaths, resolveDataPath, thumbnailRelPath } from './asset-paths';
import { checkMediaFile } from './check-file';
import { copyAndHash } from './copy-and-hash';
import { mediaExtension, normalizeExtension } from './media-ext';
import { probeMedia } from './probe-media';
import { makeThumbnail } from './thumbnail';
import { removeQuietly, tempPathIn } from './temp-files';

export interface ImportOneOptions {
  file: string;
  dataDir: string;
  ffprobePath: string;
  ffmpegPath: string;
  assets: AssetRepository;
  signal?: AbortSignal;
  now?: () => Date;
}

export interface ImportOneResult {
  asset: AssetRecord;
  /** The library already had these bytes (under any name); nothing new was stored. */
  deduplicated: boolean;
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

/**
 * Imports one file into the content-addressed library. Order matters for crash safety: the
 * bytes are copied to a temp file (hashing on the way), checked (probe + thumbnail decode),
 * renamed into media/<sha256>.<ext>, and only then recorded. Whatever this call created is
 * removed again if a later step fails, so a failure leaves no temp file and no half record.
 */
export async function importOne(opts: ImportOneOptions): Promise<ImportOneResult> {
  const name = path.basename(opts.file);
  await checkMediaFile(opts.file, name);
  const { mediaDir } = mediaPaths(opts.dataDir);
  await fs.mkdir(mediaDir, { recursive: true });
  const ext = normalizeExtension(name);
  const temp = tempPathIn(mediaDir, /^[a-z0-9]{1,8}$/.test(ext) ? `.${ext}` : '');
  const created: string[] = [];
  try {
    const { sha256, byteSize } = await copyAndHash({ source: opts.file, dest: temp, signal: opts.signal });
    const existing = opts.assets.get(sha256);
    if (existing && (await exists(assetFilePath(opts.dataDir, existing)))) return { asset: existing, deduplicated: true };

    const { facts, probe } = await probeMedia({ ffprobePath: opts.ffprobePath, file: temp, name, signal: opts.signal });
    const thumbPath = resolveDataPath(opts.dataDir, thumbnailRelPath(sha256));
    const hadThumb = await exists(thumbPath);
    const thumbnail = await makeThumbnail({ ffmpegPath: opts.ffmpegPath, input: temp, dataDir: opts.dataDir, id: sha256, name, facts, signal: opts.signal });
    if (thumbnail && !hadThumb) created.push(thumbPath);

    const { formatName, ...assetFacts } = facts;
    const finalExt = existing?.ext ?? mediaExtension({ formatName, codec: facts.codec, kind: facts.kind, originalName: name, majorBrand: probe.format?.tags?.major_brand });
    const finalPath = assetFilePath(opts.dataDir, { id: sha256, ext: finalExt });
    if (!(await exists(finalPath))) {
      await fs.rename(temp, finalPath);
      created.push(finalPath);
    }
    const record: AssetRecord = {
      id: sha256,
      ext: finalExt,
      originalName: name,
      byteSize,
      ...assetFacts,
      // ffprobe saw the temp copy; name the library file instead so the JSON holds no dead path.
      probe: probe.format ? { ...probe, format: { ...probe.format, filename: path.basename(finalPath) } } : probe,
      thumbnail,
      provenance: null,
      createdAt: (opts.now?.() ?? new Date()).toISOString(),
    };
    return { asset: opts.assets.upsert(record), deduplicated: existing !== undefined };
  } catch (err) {
    for (const file of created) await removeQuietly(file);
    throw err;
  } finally {
    await removeQuietly(temp);
  }
}
