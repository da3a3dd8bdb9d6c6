import { describe, expect, it } from 'vitest';
import { mediaExtension, normalizeExtension } from './media-ext';

describe('normalizeExtension', () => {
  it('lower-cases and folds aliases', () => {
    expect(['A.JPEG', 'b.jpe', 'c.TIF', 'd.Png', 'noext', 'e.tar.gz'].map(normalizeExtension)).toEqual(['jpg', 'jpg', 'tiff', 'png', '', 'gz']);
  });
});

describe('mediaExtension', () => {
  it('names images by codec, whatever the file is called', () => {
    expect(mediaExtension({ formatName: 'image2', codec: 'mjpeg', kind: 'image', originalName: 'IMG_1.JPEG' })).toBe('jpg');
    expect(mediaExtension({ formatName: 'png_pipe', codec: 'png', kind: 'image', originalName: 'photo.jpg' })).toBe('png');
    expect(mediaExtension({ formatName: 'webp_pipe', codec: 'webp', kind: 'image', originalName: 'x' })).toBe('webp');
  });

  it('uses the name only to choose within a container family', () => {
    const mp4 = { formatName: 'mov,mp4,m4a,3gp,3g2,mj2', codec: 'h264', kind: 'video' as const };
    expect(mediaExtension({ ...mp4, originalName: 'a.MOV' })).toBe('mov');
    expect(mediaExtension({ ...mp4, originalName: 'a.bin' })).toBe('mp4');
    expect(mediaExtension({ ...mp4, originalName: 'a.bin', majorBrand: 'qt  ' })).toBe('mov');
    expect(mediaExtension({ ...mp4, codec: 'aac', kind: 'audio', originalName: 'voice' })).toBe('m4a');
    expect(mediaExtension({ formatName: 'matroska,webm', codec: 'vp9', kind: 'video', originalName: 'a.webm' })).toBe('webm');
    expect(mediaExtension({ formatName: 'matroska,webm', codec: 'h264', kind: 'video', originalName: 'a.avi' })).toBe('mkv');
  });

  it('maps audio demuxers and falls back to a clean original extension, else bin', () => {
    expect(mediaExtension({ formatName: 'wav', codec: 'pcm_s16le', kind: 'audio', originalName: 'x.wave' })).toBe('wav');
    expect(mediaExtension({ formatName: 'mp3', codec: 'mp3', kind: 'audio', originalName: 'x.MP3' })).toBe('mp3');
    expect(mediaExtension({ formatName: 'ogg', codec: 'opus', kind: 'audio', originalName: 'x.opus' })).toBe('opus');
    expect(mediaExtension({ formatName: 'mxf', codec: 'dnxhd', kind: 'video', originalName: 'x.MXF' })).toBe('mxf');
    expect(mediaExtension({ formatName: 'mxf', codec: 'dnxhd', kind: 'video', originalName: 'x.weird ext!' })).toBe('bin');
  });
});
