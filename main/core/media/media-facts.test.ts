import { describe, expect, it } from 'vitest';
import type { ProbeResult } from '../ffmpeg/ffprobe';
import { AppError } from '../shared/app-error';
import { mediaFactsFromProbe } from './media-facts';

const image = (codec: string, pixFmt: string, formatName = `${codec === 'mjpeg' ? 'jpeg' : codec}_pipe`): ProbeResult => ({
  streams: [{ index: 0, codec_type: 'video', codec_name: codec, width: 64, height: 48, pix_fmt: pixFmt, r_frame_rate: '25/1' }],
  format: { format_name: formatName },
});

function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
  }
  throw new Error('expected an AppError');
}

describe('mediaFactsFromProbe', () => {
  it('describes a PNG with alpha as an image without duration or fps', () => {
    expect(mediaFactsFromProbe({ name: 'a.png', probe: image('png', 'rgba64be') })).toEqual({
      kind: 'image', width: 64, height: 48, durationMs: null, fps: null, hasAudio: false, hasAlpha: true, rotation: 0, codec: 'png', formatName: 'png_pipe',
    });
  });

  it('swaps width and height for an EXIF-rotated JPEG and never gives JPEG alpha (CMYK shows as yuva444p)', () => {
    const facts = mediaFactsFromProbe({ name: 'r.jpg', probe: image('mjpeg', 'yuva444p', 'image2'), imageFrame: { rotation: 90 } });
    expect([facts.kind, facts.width, facts.height, facts.rotation, facts.hasAlpha]).toEqual(['image', 48, 64, 90, false]);
  });

  it('decides palette alpha from the caller (PNG tRNS)', () => {
    expect(mediaFactsFromProbe({ name: 'p.png', probe: image('png', 'pal8'), paletteAlpha: true }).hasAlpha).toBe(true);
    expect(mediaFactsFromProbe({ name: 'p.png', probe: image('png', 'pal8') }).hasAlpha).toBe(false);
  });

  it('reads a rotated video with audio, its rate and its rounded duration', () => {
    const probe: ProbeResult = {
      streams: [
        { index: 0, codec_type: 'video', codec_name: 'h264', width: 1920, height: 1080, pix_fmt: 'yuv420p', avg_frame_rate: '30000/1001', side_data_list: [{ side_data_type: 'Display Matrix', rotation: -90 }] },
        { index: 1, codec_type: 'audio', codec_name: 'aac', sample_rate: '48000', channels: 2 },
      ],
      format: { format_name: 'mov,mp4,m4a,3gp,3g2,mj2', duration: '2.0235' },
    };
    expect(mediaFactsFromProbe({ name: 'v.mp4', probe })).toEqual({
      kind: 'video', width: 1080, height: 1920, durationMs: 2024, fps: 30000 / 1001, hasAudio: true, hasAlpha: false, rotation: 90, codec: 'h264', formatName: 'mov,mp4,m4a,3gp,3g2,mj2',
    });
  });

  it('widens non-square pixels and sees WebM alpha in the alpha_mode tag', () => {
    const probe: ProbeResult = {
      streams: [{ index: 0, codec_type: 'video', codec_name: 'vp9', width: 720, height: 480, pix_fmt: 'yuv420p', sample_aspect_ratio: '32:27', r_frame_rate: '25/1', tags: { alpha_mode: '1' } }],
      format: { format_name: 'matroska,webm', duration: '1' },
    };
    const facts = mediaFactsFromProbe({ name: 'v.webm', probe });
    expect([facts.width, facts.height, facts.hasAlpha, facts.fps]).toEqual([853, 480, true, 25]);
  });

  it('treats MJPEG inside a container as video and cover art in an MP3 as not video', () => {
    const avi: ProbeResult = { streams: [{ index: 0, codec_type: 'video', codec_name: 'mjpeg', width: 64, height: 48, r_frame_rate: '10/1' }], format: { format_name: 'avi', duration: '1.5' } };
    expect(mediaFactsFromProbe({ name: 'x.avi', probe: avi }).kind).toBe('video');
    const mp3: ProbeResult = {
      streams: [
        { index: 0, codec_type: 'audio', codec_name: 'mp3', sample_rate: '44100', duration: '3.0' },
        { index: 1, codec_type: 'video', codec_name: 'mjpeg', width: 500, height: 500, disposition: { attached_pic: 1 } },
      ],
      format: { format_name: 'mp3' },
    };
    expect(mediaFactsFromProbe({ name: 'song.mp3', probe: mp3 })).toEqual({
      kind: 'audio', width: null, height: null, durationMs: 3000, fps: null, hasAudio: true, hasAlpha: false, rotation: 0, codec: 'mp3', formatName: 'mp3',
    });
  });

  it('refuses files without audio or video, and images whose size cannot be read', () => {
    const subtitles: ProbeResult = { streams: [{ index: 0, codec_type: 'subtitle', codec_name: 'subrip' }], format: { format_name: 'srt' } };
    const none = thrown(() => mediaFactsFromProbe({ name: 'notes.srt', probe: subtitles }));
    expect([none.code, none.message]).toEqual(['MEDIA_INVALID', 'notes.srt: is not a media file (no video or audio stream).']);
    const zero: ProbeResult = { streams: [{ index: 0, codec_type: 'video', codec_name: 'png', width: 0, height: 0 }], format: { format_name: 'png_pipe' } };
    const broken = thrown(() => mediaFactsFromProbe({ name: 'half.png', probe: zero }));
    expect([broken.code, broken.message]).toEqual(['MEDIA_INVALID', 'half.png: is truncated or corrupt (the image size cannot be read).']);
  });
});
