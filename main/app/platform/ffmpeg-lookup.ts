import fs from 'node:fs';
import { bundledBinary, type BinaryName } from '../../core/ffmpeg/binaries';
import { unpackedAsarPath } from './shell-paths';

/**
 * The "bundled" step of FFmpeg resolution in the packaged app: the binaries shipped in
 * resources/bin (extraResources) first, then the npm packages' binaries, which electron-builder
 * unpacks next to app.asar (a binary inside the archive cannot be executed).
 */
export function packagedBinaryLookup(resourcesBin: { ffmpeg: string; ffprobe: string }): (name: BinaryName) => string | null {
  return (name) => {
    if (fs.existsSync(resourcesBin[name])) return resourcesBin[name];
    const fromPackage = bundledBinary(name);
    return fromPackage === null ? null : unpackedAsarPath(fromPackage);
  };
}
