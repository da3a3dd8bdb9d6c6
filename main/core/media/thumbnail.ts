import fs from 'node:fs/promises';
import { AppError } from '../shared/app-error';
import { mediaPaths, resolveDataPath, thumbnailRelPath } from './asset-paths';
import type { MediaFacts } from './media-facts';
import { failureReason, runTool } from './run-tool';
import { fitWithin, THUMBNAIL_MAX_SIDE, thumbnailArgs, thumbnailSeekMs } from './thumbnail-args';
import { removeQuietly, syncAndRename, tempPathIn } from './temp-files';

export interface MakeThumbnailOptions {
  ffmpegPath: string;
  /** The media file to read. */
  input: string;
  dataDir: string;
  /** Asset id (sha256): names the thumbnail file. */
  id: string;
  /** Name used in error messages. */
  name: string;
  facts: Pick<MediaFacts, 'kind' | 'width' | 'height' | 'hasAlpha' | 'durationMs'>;
  signal?: AbortSignal;
}

async function nonEmpty(file: string): Promise<boolean> {
  const st = await fs.stat(file).catch(() => null);
  return st !== null && st.size > 0;
}

function decodeError(err: unknown, opts: MakeThumbnailOptions): unknown {
  if (!(err instanceof AppError) || err.code !== 'FFMPEG_FAILED') return err;
  const reason = `FFmpeg: ${failureReason(err).split(opts.input).join(opts.name)}`;
  const what = opts.facts.kind === 'image' ? 'is truncated or corrupt' : 'has no frame that can be decoded';
  return new AppError('MEDIA_INVALID', `${opts.name}: ${what} (${reason}).`, { file: opts.name }, { cause: err });
}

/**
 * Writes <dataDir>/media/thumbs/<id>.jpg (≤ 320 px on the long side, rotation applied, alpha
 * flattened on grey) and returns its data-dir-relative path, or null for audio. For images
 * this is also the decode check: any decode error refuses the file as truncated or corrupt.
 */
export async function makeThumbnail(opts: MakeThumbnailOptions): Promise<string | null> {
  const { facts } = opts;
  if (facts.kind === 'audio' || facts.width === null || facts.height === null) return null;
  const { thumbsDir } = mediaPaths(opts.dataDir);
  await fs.mkdir(thumbsDir, { recursive: true });
  const relPath = thumbnailRelPath(opts.id);
  const temp = tempPathIn(thumbsDir, '.jpg');
  const size = fitWithin(facts.width, facts.height, THUMBNAIL_MAX_SIDE);
  const base = { input: opts.input, output: temp, ...size, hasAlpha: facts.hasAlpha, strict: facts.kind === 'image' };
  try {
    const seekMs = facts.kind === 'video' ? thumbnailSeekMs(facts.durationMs) : 0;
    await runTool({ bin: opts.ffmpegPath, args: thumbnailArgs({ ...base, seekMs }), signal: opts.signal });
    // A duration that overstates the stream makes the seek land past the last frame.
    if (!(await nonEmpty(temp)) && seekMs > 0) {
      await runTool({ bin: opts.ffmpegPath, args: thumbnailArgs({ ...base, seekMs: 0 }), signal: opts.signal });
    }
    if (!(await nonEmpty(temp))) {
      throw new AppError('MEDIA_INVALID', `${opts.name}: has no frame that can be decoded (ffmpeg wrote no thumbnail).`, { file: opts.name });
    }
    await syncAndRename(temp, resolveDataPath(opts.dataDir, relPath));
    return relPath;
  } catch (err) {
    throw decodeError(err, opts);
  } finally {
    await removeQuietly(temp);
  }
}
