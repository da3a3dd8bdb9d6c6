import type { CameraMove, Easing, Framing } from '../../../preload/contract/project/primitives';
import type { FfmpegBinaries } from '../ffmpeg/binaries';
import { makeDraftMotionClip } from '../render/draft-motion/make-clip';

/** The free, offline provider: FFmpeg camera moves over a still ("draft motion"). */
export const LOCAL_PROVIDER_ID = 'local';
export const DRAFT_MOTION_MODEL = 'draft-motion';
/** Bumped when the look of draft clips changes, so the cache does not hand back old-style clips. */
export const DRAFT_MOTION_VERSION = '1';

export interface DraftMotionRequest {
  kind: 'draft-motion';
  model: typeof DRAFT_MOTION_MODEL;
  imagePath: string;
  move: CameraMove;
  intensity: number;
  easing: Easing;
  durationMs: number;
  fps: number;
  width: number;
  height: number;
  framing: Framing;
}

export interface LocalRunOptions {
  request: DraftMotionRequest;
  /** The .mp4 to write (atomically, checked with ffprobe). */
  outPath: string;
  signal?: AbortSignal;
  /** 0..1 as FFmpeg encodes. */
  onProgress?: (fraction: number) => void;
}

export interface LocalProvider {
  readonly id: typeof LOCAL_PROVIDER_ID;
  run(opts: LocalRunOptions): Promise<{ path: string }>;
}

/** Wraps makeDraftMotionClip for the job queue; binaries are resolved on first use. */
export function createLocalProvider(binaries: () => FfmpegBinaries): LocalProvider {
  return {
    id: LOCAL_PROVIDER_ID,
    async run({ request, outPath, signal, onProgress }) {
      const { ffmpeg, ffprobe } = binaries();
      await makeDraftMotionClip({
        ffmpegPath: ffmpeg.path,
        ffprobePath: ffprobe.path,
        image: request.imagePath,
        out: outPath,
        move: request.move,
        intensity: request.intensity,
        easing: request.easing,
        durationMs: request.durationMs,
        fps: request.fps,
        width: request.width,
        height: request.height,
        framing: request.framing,
        ...(signal ? { signal } : {}),
        ...(onProgress ? { onProgress: (e: { percent: number }) => onProgress(Math.min(1, e.percent / 100)) } : {}),
      });
      return { path: outPath };
    },
  };
}
