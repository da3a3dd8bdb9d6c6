import type { FilmstripDto, WaveformDto } from '../../preload/contract/dto/editor-media-dto';
import type { AssetRecord } from '../core/media/asset';
import { getFilmstrip, type Filmstrip } from '../core/media/filmstrip';
import { getWaveform, type Waveform } from '../core/media/waveform';
import { AppError } from '../core/shared/app-error';
import type { HandlerContext } from './handler-context';
import { createInFlight } from './in-flight';

/** What filmstrips and waveforms need: the library, its folder and FFmpeg (also used by the media URL routes). */
export type EditorMediaDeps = Pick<HandlerContext, 'store' | 'dataDir' | 'binaries'>;

// A timeline shows many clips of one asset at once: the first view asks for the same sprite
// or peaks several times, and FFmpeg should run once for all of them.
const filmstrips = createInFlight<Filmstrip>();
const waveforms = createInFlight<Waveform>();

const KIND_NAMES: Record<AssetRecord['kind'], string> = { image: 'an image', video: 'a video', audio: 'an audio file' };

export const describeAsset = (asset: Pick<AssetRecord, 'id' | 'originalName'>): string => `asset ${asset.id} ("${asset.originalName}")`;

function libraryAsset(deps: EditorMediaDeps, assetId: string): AssetRecord {
  const asset = deps.store.assets.get(assetId);
  if (asset === undefined) throw new AppError('NOT_FOUND', `asset ${assetId} is not in the library`, { assetId });
  return asset;
}

/** The cached sprite of a video asset, made on first use. BAD_INPUT naming the asset for anything but a video. */
export async function filmstripOf(deps: EditorMediaDeps, assetId: string): Promise<Filmstrip> {
  const asset = libraryAsset(deps, assetId);
  if (asset.kind !== 'video') {
    throw new AppError('BAD_INPUT', `${describeAsset(asset)} is ${KIND_NAMES[asset.kind]}; only videos have a filmstrip`, { assetId, field: 'assetId', kind: asset.kind });
  }
  const ffmpegPath = deps.binaries().ffmpeg.path;
  return filmstrips.run(`${deps.dataDir}\0${asset.id}`, () => getFilmstrip({ asset, dataDir: deps.dataDir, ffmpegPath }));
}

export function filmstripToDto(assetId: string, f: Pick<Filmstrip, 'frames' | 'tileWidth' | 'tileHeight' | 'frameTimesMs'>): FilmstripDto {
  return { assetId, frames: f.frames, tileWidth: f.tileWidth, tileHeight: f.tileHeight, frameTimesMs: f.frameTimesMs };
}

/**
 * The sprite file behind the filmstrip URL, or null when there is none to serve (unknown id, not
 * a video, a video of unknown size). Anything else (FFmpeg missing or failing) is thrown.
 */
export async function filmstripFileOf(deps: EditorMediaDeps, assetId: string): Promise<string | null> {
  try {
    return (await filmstripOf(deps, assetId)).path;
  } catch (err) {
    if (err instanceof AppError && (err.code === 'NOT_FOUND' || err.code === 'BAD_INPUT')) return null;
    throw err;
  }
}

/** The cached peaks of an asset with sound. BAD_INPUT naming the asset when it has none. */
export async function waveformOf(deps: EditorMediaDeps, input: { assetId: string; buckets: number }): Promise<WaveformDto> {
  const asset = libraryAsset(deps, input.assetId);
  if (!asset.hasAudio) {
    throw new AppError('BAD_INPUT', `${describeAsset(asset)} is ${KIND_NAMES[asset.kind]} without sound, so it has no waveform`, { assetId: asset.id, field: 'assetId', kind: asset.kind });
  }
  const ffmpegPath = deps.binaries().ffmpeg.path;
  const waveform = await waveforms.run(`${deps.dataDir}\0${asset.id}\0${input.buckets}`, () => getWaveform({ asset, dataDir: deps.dataDir, ffmpegPath, buckets: input.buckets }));
  return { assetId: asset.id, durationMs: durationOf(asset.durationMs, waveform), peaks: waveform.peaks };
}

/** The asset's probed length; for a file whose container gave none, the length of the decoded sound. */
export function durationOf(probedMs: number | null, decoded: { sampleCount: number; sampleRate: number }): number {
  if (probedMs !== null && probedMs >= 0) return Math.round(probedMs);
  return Math.round((decoded.sampleCount * 1000) / decoded.sampleRate);
}
