import { msToFrame } from '../../../../preload/contract/layout';
import type { ProjectDocument } from '../../../../preload/contract/project/document';
import type { Caption, Overlay } from '../../../../preload/contract/project/overlay-track';

interface Timed {
  startMs: number;
  durationMs: number;
  fadeInMs: number;
  fadeOutMs: number;
}

/**
 * Opacity of a timed element on output frame `frame`, 0 when it is not drawn. As in the render:
 * it shows on frames [msToFrame(start), msToFrame(end)) cut at the video's end, and fades
 * linearly in from its first frame's time and out to its end frame's time (so its first frame
 * of a fade-in is fully transparent).
 */
export function timedAlpha({ startMs, durationMs, fadeInMs, fadeOutMs }: Timed, { frame, fps, totalFrames }: { frame: number; fps: number; totalFrames: number }): number {
  const startFrame = msToFrame(startMs, fps);
  const endFrame = Math.min(msToFrame(startMs + durationMs, fps), totalFrames);
  if (frame < startFrame || frame >= endFrame) return 0;
  const seconds = (frames: number): number => frames / fps;
  let alpha = 1;
  if (fadeInMs > 0) alpha = Math.min(alpha, seconds(frame - startFrame) / (fadeInMs / 1000));
  if (fadeOutMs > 0) alpha = Math.min(alpha, seconds(endFrame - frame) / (fadeOutMs / 1000));
  return Math.min(1, Math.max(0, alpha));
}

export type TimedLayer = { kind: 'overlay'; overlay: Overlay; alpha: number } | { kind: 'caption'; caption: Caption; alpha: number };

/** Overlays in track order (later ones on top), then captions when they are on; only what shows on `frame`. */
export function layersAt(doc: Pick<ProjectDocument, 'tracks' | 'captions'>, at: { frame: number; fps: number; totalFrames: number }): TimedLayer[] {
  const layers: TimedLayer[] = [];
  for (const overlay of doc.tracks.overlay) {
    const alpha = timedAlpha({ startMs: overlay.startMs, durationMs: overlay.durationMs, ...overlay.animation }, at);
    if (alpha > 0) layers.push({ kind: 'overlay', overlay, alpha });
  }
  if (!doc.captions.enabled) return layers;
  for (const caption of doc.captions.cues) {
    const alpha = timedAlpha({ startMs: caption.startMs, durationMs: caption.durationMs, fadeInMs: 0, fadeOutMs: 0 }, at);
    if (alpha > 0) layers.push({ kind: 'caption', caption, alpha });
  }
  return layers;
}
