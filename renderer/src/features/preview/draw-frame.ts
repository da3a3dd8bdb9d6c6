import { motionViewAt } from '../../../../preload/contract/layout/camera-motion';
import type { Rect } from '../../../../preload/contract/layout';
import type { FrameSize } from '../../../../preload/contract/project/frame-size';
import type { MediaRef } from '../../../../preload/contract/project/primitives';
import type { ProjectDocument } from '../../../../preload/contract/project/document';
import type { StillItem } from '../../../../preload/contract/project/video-track';
import { drawCard } from './draw-card';
import { drawOverlayLayers } from './draw-overlays';
import { drawFramed, type BlurScratch } from './draw-picture';
import { viewTransform } from './framing';
import type { TimedLayer } from './overlay-timing';
import { transitionLook, type LayerLook } from './transition-geometry';
import type { ActiveItem, VideoAt } from './video-at';

/** Where the preview gets pictures from; each answers null while the picture is not ready. */
export interface FrameSources {
  image: (ref: MediaRef) => HTMLImageElement | null;
  stillCanvas: (item: StillItem, image: HTMLImageElement) => HTMLCanvasElement;
  video: (itemId: string) => HTMLVideoElement | null;
}

/** Everything one frame of the preview shows, in output pixels. */
export interface FrameScene {
  doc: ProjectDocument;
  frame: FrameSize;
  safe: Rect;
  scale: number;
  at: VideoAt;
  layers: readonly TimedLayer[];
}

export interface DrawTarget {
  ctx: CanvasRenderingContext2D;
  /** Backing pixels per output pixel. */
  k: number;
  /** A canvas of the same size for a layer that must be composited as a whole (crossfade). */
  layer: HTMLCanvasElement;
  scratch: BlurScratch;
}

/** Draws a stand-in and answers false: the frame is not yet what the export shows. */
function placeholder(ctx: CanvasRenderingContext2D, frame: FrameSize, message: string): false {
  ctx.fillStyle = '#1b1f27';
  ctx.fillRect(0, 0, frame.width, frame.height);
  ctx.fillStyle = '#9aa1ae';
  ctx.font = `500 ${Math.round(Math.min(frame.width, frame.height) / 24)}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(message, frame.width / 2, frame.height / 2);
  return false;
}

const missing = (ref: MediaRef): string => ('assetId' in ref ? 'Loading…' : 'Only library media can be previewed');

/** Answers whether the item is drawn for real (its picture or video frame is loaded). */
function drawItem(ctx: CanvasRenderingContext2D, active: ActiveItem, { scene, sources, scratch }: { scene: FrameScene; sources: FrameSources; scratch: BlurScratch }): boolean {
  const { item } = active;
  const { frame } = scene;
  if (item.type === 'card') {
    drawCard(ctx, item, { frame, safe: scene.safe, scale: scene.scale, settings: scene.doc.settings, image: sources.image, scratch });
    return true;
  }
  if (item.type === 'still') {
    const image = sources.image(item.media);
    if (!image) return placeholder(ctx, frame, missing(item.media));
    const view = motionViewAt({ ...item.motion, index: active.localFrame, frames: active.frames });
    const t = viewTransform(view, frame);
    ctx.drawImage(sources.stillCanvas(item, image), t.dx, t.dy, frame.width * t.scale, frame.height * t.scale);
    return true;
  }
  const video = sources.video(item.id);
  // HAVE_CURRENT_DATA: a frame is decoded and can be drawn.
  if (!video || video.readyState < 2) return placeholder(ctx, frame, missing(item.media));
  drawFramed(ctx, { source: video, framing: item.framing, frame, kind: 'stream', scratch });
  return true;
}

/** One item of a transition: wiped (clip), slid (offset), faded to black (dim) or blended whole (alpha). */
function drawLayer(target: DrawTarget, { active, look, scene, sources }: { active: ActiveItem; look: LayerLook; scene: FrameScene; sources: FrameSources }): boolean {
  if (!look.visible) return true;
  const { frame } = scene;
  const blended = look.alpha < 1;
  const ctx = blended ? target.layer.getContext('2d') : target.ctx;
  if (!ctx) return false;
  if (blended) {
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, target.layer.width, target.layer.height);
  }
  ctx.save();
  ctx.setTransform(target.k, 0, 0, target.k, 0, 0);
  if (look.clip) {
    ctx.beginPath();
    ctx.rect(look.clip.x, look.clip.y, look.clip.width, look.clip.height);
    ctx.clip();
  }
  ctx.translate(look.dx, look.dy);
  ctx.beginPath();
  ctx.rect(0, 0, frame.width, frame.height);
  ctx.clip();
  const drawn = drawItem(ctx, active, { scene, sources, scratch: target.scratch });
  if (look.dim > 0) {
    ctx.fillStyle = `rgba(0, 0, 0, ${look.dim})`;
    ctx.fillRect(0, 0, frame.width, frame.height);
  }
  ctx.restore();
  if (blended) {
    target.ctx.save();
    target.ctx.setTransform(1, 0, 0, 1, 0, 0);
    target.ctx.globalAlpha = look.alpha;
    target.ctx.drawImage(target.layer, 0, 0);
    target.ctx.restore();
  }
  return drawn;
}

/**
 * Draws one frame as the export would show it: the video track (with its transition), then
 * overlays and captions. Answers false while a picture or video frame is still loading.
 */
export function drawFrame(target: DrawTarget, scene: FrameScene, sources: FrameSources): boolean {
  const { ctx, k } = target;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = '#000000';
  ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  const { current, transition } = scene.at;
  let complete = true;
  if (current && transition) {
    const look = transitionLook(transition, scene.frame);
    const outgoing = drawLayer(target, { active: transition.from, look: look.outgoing, scene, sources });
    complete = drawLayer(target, { active: current, look: look.incoming, scene, sources }) && outgoing;
  } else if (current) {
    ctx.setTransform(k, 0, 0, k, 0, 0);
    complete = drawItem(ctx, current, { scene, sources, scratch: target.scratch });
  }
  ctx.setTransform(k, 0, 0, k, 0, 0);
  drawOverlayLayers(ctx, { scene, image: sources.image });
  return complete;
}
