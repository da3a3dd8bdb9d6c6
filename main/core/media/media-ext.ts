import path from 'node:path';
import type { AssetKind } from './asset';

export interface ExtensionInput {
  /** ffprobe format_name, e.g. "png_pipe", "mov,mp4,m4a,3gp,3g2,mj2", "image2". */
  formatName: string;
  /** Codec of the main stream (video for images/video, audio for audio). */
  codec: string | null;
  kind: AssetKind;
  originalName: string;
  /** format.tags.major_brand for ISO-BMFF files ("qt  " means QuickTime). */
  majorBrand?: string | undefined;
}

const ALIASES: Record<string, string> = { jpeg: 'jpg', jpe: 'jpg', jfif: 'jpg', tif: 'tiff', mpeg: 'mpg', oga: 'ogg', aif: 'aiff' };

const IMAGE_BY_CODEC: Record<string, string> = {
  mjpeg: 'jpg', png: 'png', apng: 'png', webp: 'webp', gif: 'gif', bmp: 'bmp', tiff: 'tiff',
  jpeg2000: 'jp2', targa: 'tga', qoi: 'qoi', exr: 'exr', dds: 'dds', psd: 'psd', jpegxl: 'jxl',
};

/** Demuxer name → extension, for containers whose name alone decides it. */
const BY_FORMAT: Record<string, string> = {
  wav: 'wav', mp3: 'mp3', flac: 'flac', aac: 'aac', ogg: 'ogg', avi: 'avi', mpegts: 'ts', aiff: 'aiff',
  mpeg: 'mpg', flv: 'flv', asf: 'wmv', w64: 'wav', caf: 'caf', amr: 'amr', ac3: 'ac3', eac3: 'eac3',
  gif: 'gif', apng: 'png',
};

/** Lower-case extension of a file name without the dot, with common aliases folded. */
export function normalizeExtension(name: string): string {
  const ext = path.extname(name).slice(1).toLowerCase();
  return ALIASES[ext] ?? ext;
}

/**
 * The library extension, from what the file IS (probe), not what it is called: a PNG named
 * photo.jpg is stored as .png. The original name only breaks ties FFmpeg cannot (mp4 vs m4v,
 * webm vs mkv).
 */
export function mediaExtension({ formatName, codec, kind, originalName, majorBrand }: ExtensionInput): string {
  const named = normalizeExtension(originalName);
  if (kind === 'image' && codec && IMAGE_BY_CODEC[codec]) return IMAGE_BY_CODEC[codec];
  const formats = formatName.split(',');
  if (formats.includes('mp4') || formats.includes('mov')) {
    if (['mp4', 'mov', 'm4v', 'm4a', '3gp'].includes(named)) return named;
    if (majorBrand?.trim() === 'qt') return 'mov';
    return kind === 'audio' ? 'm4a' : 'mp4';
  }
  if (formats.includes('matroska') || formats.includes('webm')) {
    if (named === 'webm' || named === 'mka') return named;
    return kind === 'audio' ? 'mka' : 'mkv';
  }
  if (formatName === 'ogg' && named === 'opus') return 'opus';
  const byFormat = BY_FORMAT[formats[0] ?? ''];
  if (byFormat) return byFormat;
  return /^[a-z0-9]{1,8}$/.test(named) ? named : 'bin';
}
