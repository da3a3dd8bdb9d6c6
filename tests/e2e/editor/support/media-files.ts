import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface FilePayload {
  name: string;
  mimeType: string;
  /** The bytes, base64: they cross into the page to build File objects there. */
  base64: string;
}

/** Three small product-like photos (distinct colours, so the library keeps three) and one broken file. */
export function makeDropFiles(): FilePayload[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adloom-drop-'));
  const colours = [
    ['front.jpg', '0xd9643a'],
    ['side.jpg', '0x3a7bd9'],
    ['detail.jpg', '0x4caf50'],
  ] as const;
  const files = colours.map(([name, colour]) => {
    const file = path.join(dir, name);
    // A gradient plus text-like noise, so the thumbnails look like something in screenshots.
    execFileSync('ffmpeg', ['-hide_banner', '-v', 'error', '-y', '-f', 'lavfi', '-i', `color=c=${colour}:s=320x240,drawbox=x=100:y=60:w=120:h=120:color=white@0.8:t=fill`, '-frames:v', '1', file]);
    return { name, mimeType: 'image/jpeg', base64: fs.readFileSync(file).toString('base64') };
  });
  fs.rmSync(dir, { recursive: true, force: true });
  const broken = { name: 'broken.png', mimeType: 'image/png', base64: Buffer.from('this is not a picture at all\n'.repeat(20)).toString('base64') };
  return [...files, broken];
}

/** Six seconds of a soft two-tone loop as WAV: music for the timeline. */
export function makeMusicFile(): FilePayload {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adloom-music-'));
  const file = path.join(dir, 'music.wav');
  execFileSync('ffmpeg', ['-hide_banner', '-v', 'error', '-y', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=6', '-f', 'lavfi', '-i', 'sine=frequency=660:duration=6', '-filter_complex', 'amix=inputs=2,volume=0.5', '-ar', '44100', '-ac', '2', file]);
  const payload = { name: 'music.wav', mimeType: 'audio/wav', base64: fs.readFileSync(file).toString('base64') };
  fs.rmSync(dir, { recursive: true, force: true });
  return payload;
}
