import type { ProbeResult, ProbeStream } from '../ffmpeg/ffprobe';
import { parseRate, toNumber } from '../ffmpeg/ffprobe';
import { AppError } from '../shared/app-error';
import type { AssetKind } from './asset';
import { pixFmtHasAlpha } from './pixel-format';
import { rotatedSize, rotationFromProbe } from './rotation';

/** What import stores about a file besides its bytes (the AssetRecord fields probe decides). */
export interface MediaFacts {
  kind: AssetKind;
  width: number | null;
  height: number | null;
  durationMs: number | null;
  fps: number | null;
  hasAudio: boolean;
  hasAlpha: boolean;
  rotation: number;
  codec: string | null;
  formatName: string;
}

/** The first decoded frame of an image: ffprobe 5.1 exposes EXIF orientation only there. */
export interface ImageFrameInfo {
  rotation: number;
}

export interface FactsInput {
  /** File name used in error messages. */
  name: string;
  probe: ProbeResult;
  imageFrame?: ImageFrameInfo | null;
  /** For pal8 images: whether the palette has transparent entries (PNG tRNS). */
  paletteAlpha?: boolean;
}

/** Decoders that produce single still pictures. */
export const IMAGE_CODECS = new Set([
  'png', 'apng', 'mjpeg', 'jpegls', 'webp', 'bmp', 'tiff', 'gif', 'jpeg2000', 'targa', 'pam', 'ppm', 'pgm',
  'pgmyuv', 'pbm', 'pcx', 'sgi', 'sunrast', 'xbm', 'xpm', 'xwd', 'qoi', 'exr', 'hdr', 'dds', 'psd', 'jpegxl',
  'photocd', 'dpx', 'pictor',
]);

/** The first real video stream (cover art in music files is not one) and the first audio stream. */
export function mainStreams(probe: ProbeResult): { video: ProbeStream | undefined; audio: ProbeStream | undefined } {
  const video = probe.streams.find((s) => s.codec_type === 'video' && s.disposition?.attached_pic !== 1);
  const audio = probe.streams.find((s) => s.codec_type === 'audio');
  return { video, audio };
}

/**
 * A still image is an image codec read by an image demuxer (image2 or one of the *_pipe
 * sniffers, plus gif/apng). The same codec inside a container (MJPEG in AVI/MOV) is video.
 */
export function isImageStream(formatName: string, video: ProbeStream | undefined): boolean {
  if (!video?.codec_name || !IMAGE_CODECS.has(video.codec_name)) return false;
  return formatName === 'image2' || formatName.endsWith('_pipe') || formatName === 'gif' || formatName === 'apng';
}

function durationMsOf(probe: ProbeResult, stream: ProbeStream | undefined): number | null {
  const seconds = toNumber(probe.format?.duration) ?? toNumber(stream?.duration);
  if (seconds === undefined || seconds < 0) return null;
  // toFixed first: 2.0235 * 1000 is 2023.4999… in binary floating point.
  return Math.round(Number((seconds * 1000).toFixed(3)));
}

function hasAlphaOf(stream: ProbeStream, paletteAlpha: boolean): boolean {
  // JPEG has no alpha; FFmpeg reports CMYK JPEGs as yuva444p, the 4th plane being K.
  if (stream.codec_name === 'mjpeg') return false;
  if (stream.pix_fmt === 'pal8') return paletteAlpha;
  // VP8/VP9 in WebM keep alpha in a side channel; the decoder reports plain yuv420p.
  if (stream.tags?.alpha_mode === '1') return true;
  return pixFmtHasAlpha(stream.pix_fmt);
}

/** Non-square pixels (DV, some broadcast files) are shown stretched by the sample aspect ratio. */
function sarWidth(width: number, sar: string | undefined): number {
  const [n, d] = (sar ?? '').split(':').map(Number);
  if (!n || !d || n === d || !Number.isFinite(n) || !Number.isFinite(d)) return width;
  return Math.round((width * n) / d);
}

function invalid(name: string, reason: string): AppError {
  return new AppError('MEDIA_INVALID', `${name}: ${reason}`, { file: name });
}

/** Decides kind and facts from validated ffprobe output. Pure; throws MEDIA_INVALID with a reason. */
export function mediaFactsFromProbe({ name, probe, imageFrame, paletteAlpha = false }: FactsInput): MediaFacts {
  const formatName = probe.format?.format_name ?? '';
  const { video, audio } = mainStreams(probe);
  if (!video && !audio) throw invalid(name, 'is not a media file (no video or audio stream).');

  if (video) {
    const image = isImageStream(formatName, video);
    const pixelWidth = video.width ?? 0;
    const pixelHeight = video.height ?? 0;
    if (pixelWidth <= 0 || pixelHeight <= 0) {
      throw invalid(name, `is truncated or corrupt (the ${image ? 'image' : 'video'} size cannot be read).`);
    }
    const rotation = image ? (imageFrame?.rotation ?? 0) : rotationFromProbe(video.side_data_list, video.tags);
    const size = rotatedSize(image ? pixelWidth : sarWidth(pixelWidth, video.sample_aspect_ratio), pixelHeight, rotation);
    return {
      kind: image ? 'image' : 'video',
      width: size.width,
      height: size.height,
      durationMs: image ? null : durationMsOf(probe, video),
      fps: image ? null : (parseRate(video.avg_frame_rate) ?? parseRate(video.r_frame_rate) ?? null),
      hasAudio: !image && audio !== undefined,
      hasAlpha: hasAlphaOf(video, paletteAlpha),
      rotation,
      codec: video.codec_name ?? null,
      formatName,
    };
  }
  return {
    kind: 'audio',
    width: null,
    height: null,
    durationMs: durationMsOf(probe, audio),
    fps: null,
    hasAudio: true,
    hasAlpha: false,
    rotation: 0,
    codec: audio?.codec_name ?? null,
    formatName,
  };
}
