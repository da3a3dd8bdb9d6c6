import type { Captions, ImageOverlay, Overlay } from '../../../../preload/contract/project';
import { msToFrame } from '../../../../preload/contract/layout';
import { placeImageOverlay } from '../../../../preload/contract/layout/overlay-layout';
import { mediaOfKind } from './media-checks';
import { warnOnce, type PlanContext } from './plan-context';
import { planTextBlock } from './plan-text';
import type { PlanImageOverlay, PlanOverlay, PlanTiming } from './render-plan';

/** Frames an element covers, clipped to the output; null (with a warning) when nothing is left. */
function timingOf(ctx: PlanContext, { id, what, startMs, durationMs, fadeInMs, fadeOutMs }: { id: string; what: string; startMs: number; durationMs: number; fadeInMs: number; fadeOutMs: number }): PlanTiming | null {
  const startFrame = msToFrame(startMs, ctx.fps);
  const endFrame = Math.min(msToFrame(startMs + durationMs, ctx.fps), ctx.totalFrames);
  if (startFrame >= ctx.totalFrames) {
    warnOnce(ctx, `${what} "${id}" starts after the video ends; it is left out`);
    return null;
  }
  if (endFrame <= startFrame) {
    warnOnce(ctx, `${what} "${id}" is shorter than one frame; it is left out`);
    return null;
  }
  if (msToFrame(startMs + durationMs, ctx.fps) > ctx.totalFrames) warnOnce(ctx, `${what} "${id}" runs past the end of the video; it is cut there`);
  return { startFrame, endFrame, fadeInMs, fadeOutMs };
}

function planImage(ctx: PlanContext, { overlay, timing }: { overlay: ImageOverlay; timing: PlanTiming }): PlanImageOverlay {
  const media = mediaOfKind(ctx, { ref: overlay.media, what: `image overlay "${overlay.id}"`, kinds: ['image'] });
  const { x, y, width, height } = placeImageOverlay({ frame: ctx.frame, safe: ctx.safe, widthShare: overlay.scale, sourceWidth: media.width, sourceHeight: media.height, position: overlay.position });
  return { kind: 'image', id: overlay.id, path: media.path, widthPx: width, heightPx: height, x, y, opacity: overlay.opacity, timing };
}

/** Overlays in track order (later ones on top), then captions on top of everything. */
export function planOverlays(ctx: PlanContext, { overlays, captions }: { overlays: readonly Overlay[]; captions: Captions }): PlanOverlay[] {
  const planned: PlanOverlay[] = [];
  for (const overlay of overlays) {
    const what = overlay.type === 'text' ? 'text overlay' : 'image overlay';
    const timing = timingOf(ctx, { id: overlay.id, what, startMs: overlay.startMs, durationMs: overlay.durationMs, ...overlay.animation });
    if (timing === null) continue;
    if (overlay.type === 'image') planned.push(planImage(ctx, { overlay, timing }));
    else planned.push({ kind: 'text', id: overlay.id, lines: planTextBlock(ctx, { text: overlay.text, style: overlay.style, position: overlay.position, timing }) });
  }
  if (!captions.enabled) return planned;
  for (const cue of captions.cues) {
    const timing = timingOf(ctx, { id: cue.id, what: 'caption', startMs: cue.startMs, durationMs: cue.durationMs, fadeInMs: 0, fadeOutMs: 0 });
    if (timing === null) continue;
    planned.push({ kind: 'text', id: cue.id, lines: planTextBlock(ctx, { text: cue.text, style: captions.style, position: captions.position, timing }) });
  }
  return planned;
}
