import { frameSize, resolutionAllowed, type Aspect, type FrameSize, type ProjectSettings, type Resolution } from '../../../../preload/contract/project';
import { AppError } from '../../shared/app-error';

/**
 * Export preset: aspect and resolution override the document's. `frameSize` is internal (proxy
 * previews and tests render at a tiny custom size); it wins over both.
 */
export interface RenderPreset {
  aspect?: Aspect;
  resolution?: Resolution;
  frameSize?: FrameSize;
}

export function outputFrameSize(settings: ProjectSettings, preset: RenderPreset = {}): FrameSize {
  if (preset.frameSize) {
    const { width, height } = preset.frameSize;
    const ok = (n: number): boolean => Number.isInteger(n) && n >= 64 && n <= 8192 && n % 2 === 0;
    if (!ok(width) || !ok(height)) {
      throw new AppError('BAD_INPUT', `preset.frameSize ${width}x${height} is not usable: both sides must be even whole numbers from 64 to 8192.`);
    }
    return { width, height };
  }
  const aspect = preset.aspect ?? settings.aspect;
  const resolution = preset.resolution ?? settings.resolution;
  if (!resolutionAllowed(aspect, resolution)) {
    throw new AppError('BAD_INPUT', `preset ${resolution} is only available for 16:9, not ${aspect}.`);
  }
  return frameSize(aspect, resolution);
}
