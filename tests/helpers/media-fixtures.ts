import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Bump when a fixture changes: generated files are cached per version in a temp dir. */
export const MEDIA_FIXTURES_VERSION = '1';

export interface MediaFixtures {
  dir: string;
  /** 64x48 RGB PNG. */
  png8: string;
  /** 64x48 rgba64be PNG: left half fully transparent, right half opaque red. */
  png16Alpha: string;
  /** 64x48 JPEG. */
  jpeg: string;
  /** 64x48 CMYK JPEG (ImageMagick). */
  cmykJpeg: string;
  /** 64x48 stored, EXIF orientation 6 (display 48x64); red 16x16 block top-left as stored, so top-right when shown. */
  rotatedJpeg: string;
  /** 64x48 lossy WebP. */
  webp: string;
  /** 8000x8000 PNG and JPEG. */
  hugePng: string;
  hugeJpeg: string;
  /** 16x16 PNG. */
  tinyPng: string;
  /** 2 s 320x240 25 fps H.264 + AAC (440 Hz sine) MP4. */
  video: string;
  /** 2 s 320x240 H.264 MP4 without audio. */
  videoNoAudio: string;
  /** 1 s 64x48 H.264 MP4 with a display matrix of +90° (ffmpeg shows it 270° clockwise, 48x64). */
  rotatedVideo: string;
  /** 2 s mono 44.1 kHz WAV and MP3 (sine). */
  wav: string;
  mp3: string;
  /** The first half of a 320x240 JPEG. */
  truncatedJpeg: string;
  /** 0 bytes, named .jpg. */
  empty: string;
  /** Plain text named .png. */
  textAsPng: string;
}

export function defaultMediaFixturesDir(): string {
  return path.join(os.tmpdir(), 'adloom-media-fixtures');
}

/**
 * Inserts an EXIF APP1 segment holding only an Orientation tag right after the JPEG SOI
 * marker. Neither ffmpeg nor ImageMagick 6 writes EXIF into a file that has none, and exiftool
 * is not installed, so the few bytes are written by hand (TIFF big-endian, one IFD entry).
 */
export function withExifOrientation(jpeg: Buffer, orientation: number): Buffer {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('not a JPEG (no SOI marker)');
  const tiff = Buffer.from([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0]);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const marker = Buffer.from([0xff, 0xe1, 0, 0]);
  marker.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), marker, payload, jpeg.subarray(2)]);
}

async function ffmpeg(args: string[]): Promise<void> {
  await run('ffmpeg', ['-hide_banner', '-nostdin', '-v', 'error', '-y', ...args]);
}

const lavfi = (graph: string): string[] => ['-f', 'lavfi', '-i', graph];
const still = (graph: string, out: string, extra: string[] = []): Promise<void> => ffmpeg([...lavfi(graph), '-frames:v', '1', ...extra, out]);

/** Generates (or reuses) every fixture. Each file is written under a temp name and renamed. */
export async function makeMediaFixtures(dir: string = defaultMediaFixturesDir()): Promise<MediaFixtures> {
  const root = path.join(dir, `v${MEDIA_FIXTURES_VERSION}`);
  const p = (name: string): string => path.join(root, name);
  const fixtures: MediaFixtures = {
    dir: root,
    png8: p('rgb8.png'),
    png16Alpha: p('rgba16.png'),
    jpeg: p('photo.jpg'),
    cmykJpeg: p('cmyk.jpg'),
    rotatedJpeg: p('rotated-exif6.jpg'),
    webp: p('photo.webp'),
    hugePng: p('huge.png'),
    hugeJpeg: p('huge.jpg'),
    tinyPng: p('tiny.png'),
    video: p('clip.mp4'),
    videoNoAudio: p('clip-silent.mp4'),
    rotatedVideo: p('clip-rotated.mp4'),
    wav: p('tone.wav'),
    mp3: p('tone.mp3'),
    truncatedJpeg: p('truncated.jpg'),
    empty: p('empty.jpg'),
    textAsPng: p('notes.png'),
  };
  const marker = p('.complete');
  if (await fs.access(marker).then(() => true, () => false)) return fixtures;

  await fs.mkdir(root, { recursive: true });
  const work = await fs.mkdtemp(path.join(root, '.work-'));
  const w = (name: string): string => path.join(work, name);
  try {
    await still('testsrc2=s=64x48', w('rgb8.png'));
    await still("color=c=red:s=64x48,format=rgba,geq=r='r(X,Y)':g='g(X,Y)':b='b(X,Y)':a='if(lt(X,32),0,255)'", w('rgba16.png'), ['-pix_fmt', 'rgba64be']);
    await still('testsrc2=s=64x48', w('photo.jpg'));
    await run('convert', [w('rgb8.png'), '-colorspace', 'CMYK', w('cmyk.jpg')]);
    await still('color=c=blue:s=64x48,drawbox=x=0:y=0:w=16:h=16:color=red:t=fill', w('plain.jpg'));
    await fs.writeFile(w('rotated-exif6.jpg'), withExifOrientation(await fs.readFile(w('plain.jpg')), 6));
    await still('testsrc2=s=64x48', w('photo.webp'), ['-c:v', 'libwebp']);
    await still('color=c=0x3366aa:s=8000x8000', w('huge.png'));
    await still('color=c=0x3366aa:s=8000x8000', w('huge.jpg'));
    await still('testsrc2=s=16x16', w('tiny.png'));
    const h264 = ['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'];
    await ffmpeg([...lavfi('testsrc2=s=320x240:r=25:d=2'), ...lavfi('sine=f=440:d=2'), ...h264, '-c:a', 'aac', '-shortest', w('clip.mp4')]);
    await ffmpeg([...lavfi('testsrc2=s=320x240:r=25:d=2'), ...h264, w('clip-silent.mp4')]);
    // ffmpeg 5.1 only writes a display matrix from the "rotate" tag when stream-copying.
    await ffmpeg([...lavfi('testsrc2=s=64x48:r=25:d=1'), ...h264, w('plain.mp4')]);
    await ffmpeg(['-i', w('plain.mp4'), '-c', 'copy', '-metadata:s:v:0', 'rotate=90', w('clip-rotated.mp4')]);
    await ffmpeg([...lavfi('sine=f=440:d=2:sample_rate=44100'), '-c:a', 'pcm_s16le', w('tone.wav')]);
    await ffmpeg([...lavfi('sine=f=440:d=2:sample_rate=44100'), '-c:a', 'libmp3lame', '-b:a', '64k', w('tone.mp3')]);
    await still('testsrc2=s=320x240', w('whole.jpg'));
    const whole = await fs.readFile(w('whole.jpg'));
    await fs.writeFile(w('truncated.jpg'), whole.subarray(0, Math.floor(whole.length / 2)));
    await fs.writeFile(w('empty.jpg'), '');
    await fs.writeFile(w('notes.png'), 'These are my notes, not a picture.\n');
    for (const file of Object.values(fixtures)) {
      if (file !== root) await fs.rename(w(path.basename(file)), file);
    }
    await fs.writeFile(marker, `${MEDIA_FIXTURES_VERSION}\n`);
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
  return fixtures;
}
