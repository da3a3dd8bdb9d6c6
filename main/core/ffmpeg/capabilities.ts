import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface FfmpegCapabilities {
  version: string;
  libx264: boolean;
  aac: boolean;
  drawtext: boolean;
  xfade: boolean;
  loudnorm: boolean;
}

/** "ffmpeg version 5.1.9-0+deb12u1 Copyright ..." → "5.1.9-0+deb12u1". */
export function parseVersionLine(output: string): string {
  const m = /^\S+ version (\S+)/m.exec(output);
  return m?.[1] ?? 'unknown';
}

/** True when a `-filters` or `-encoders` listing has `name` as its second column. */
export function listingHas(listing: string, name: string): boolean {
  return listing.split('\n').some((line) => line.trim().split(/\s+/)[1] === name);
}

/**
 * What the export engine needs from this FFmpeg build: libx264 for H.264, drawtext (built with
 * libfreetype) for titles, xfade for transitions, loudnorm for -14 LUFS.
 */
export async function probeCapabilities(ffmpegPath: string): Promise<FfmpegCapabilities> {
  const opts = { maxBuffer: 8 * 1024 * 1024, windowsHide: true };
  const [version, encoders, filters] = await Promise.all([
    run(ffmpegPath, ['-hide_banner', '-version'], opts),
    run(ffmpegPath, ['-hide_banner', '-encoders'], opts),
    run(ffmpegPath, ['-hide_banner', '-filters'], opts),
  ]);
  return {
    version: parseVersionLine(version.stdout),
    libx264: listingHas(encoders.stdout, 'libx264'),
    aac: listingHas(encoders.stdout, 'aac'),
    drawtext: listingHas(filters.stdout, 'drawtext'),
    xfade: listingHas(filters.stdout, 'xfade'),
    loudnorm: listingHas(filters.stdout, 'loudnorm'),
  };
}

export async function probeVersion(binaryPath: string): Promise<string> {
  const { stdout } = await run(binaryPath, ['-hide_banner', '-version'], { windowsHide: true });
  return parseVersionLine(stdout);
}
