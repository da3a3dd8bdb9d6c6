import { msToFrame, safeArea, type Timeline } from '../../../../preload/contract/layout';
import { frameSize, referenceScale, type FrameSize } from '../../../../preload/contract/project/frame-size';
import type { ProjectDocument } from '../../../../preload/contract/project/document';
import type { MediaRef } from '../../../../preload/contract/project/primitives';
import { playhead, selectTimeline, storeApi, useAppStore } from '../../stores';
import { AudioPlayer } from './audio-player';
import { clipGain } from './clip-sync';
import { drawFrame, type FrameSources } from './draw-frame';
import { drawSafeAreaGuides } from './draw-overlays';
import { BlurScratch } from './draw-picture';
import { ImageCache } from './image-cache';
import { layersAt } from './overlay-timing';
import { StillCanvasCache } from './still-canvas-cache';
import { videoAt, type ActiveItem } from './video-at';
import { VideoPool, type ClipWant } from './video-pool';

/** A clip this close to its start is opened and seeked ahead, so the cut to it does not wait. */
const PRELOAD_MS = 1500;

const fileUrl = (ref: MediaRef): string | null => ('assetId' in ref ? storeApi().mediaUrl(ref.assetId, 'file') : null);

/**
 * Draws the open project's timeline on a canvas at the playhead, outside React: on each
 * animation frame it reads the store and `playhead.get()`, keeps clip videos and music in step,
 * and redraws only while playing or when something it shows changed.
 */
export class PreviewEngine {
  private readonly ctx: CanvasRenderingContext2D | null;
  private readonly layer = document.createElement('canvas');
  private readonly scratch = new BlurScratch();
  private readonly images = new ImageCache(() => this.invalidate());
  private readonly stills = new StillCanvasCache();
  private readonly videos: VideoPool;
  private readonly audio = new AudioPlayer();
  private frameId: number | null = null;
  private dirty = true;
  private last: { ms: number; doc: ProjectDocument | null; assets: unknown } = { ms: -1, doc: null, assets: null };
  private dpr = 1;
  private safeGuides = false;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    mediaHost: HTMLElement,
  ) {
    this.ctx = canvas.getContext('2d');
    this.videos = new VideoPool(mediaHost, () => this.invalidate());
  }

  start(): void {
    if (this.frameId === null) this.frameId = requestAnimationFrame(this.tick);
  }

  dispose(): void {
    if (this.frameId !== null) cancelAnimationFrame(this.frameId);
    this.frameId = null;
    this.videos.dispose();
    this.audio.dispose();
  }

  /** Something drawn changed without the playhead or document changing (a font, a picture, a size). */
  invalidate(): void {
    this.dirty = true;
  }

  resize({ width, height, dpr }: { width: number; height: number; dpr: number }): void {
    const w = Math.max(1, Math.round(width * dpr));
    const h = Math.max(1, Math.round(height * dpr));
    this.dpr = dpr;
    if (this.canvas.width !== w || this.canvas.height !== h) {
      this.canvas.width = w;
      this.canvas.height = h;
      this.layer.width = w;
      this.layer.height = h;
    }
    this.invalidate();
  }

  setSafeGuides(on: boolean): void {
    this.safeGuides = on;
    this.invalidate();
  }

  private readonly tick = (): void => {
    this.frameId = requestAnimationFrame(this.tick);
    const state = useAppStore.getState();
    const { doc, assets, playing, rate } = state;
    const ms = playhead.get();
    if (doc === null) return;
    const timeline = selectTimeline(state);
    const fps = doc.settings.fps;
    const at = videoAt({ items: doc.tracks.video, timeline, fps, ms });
    const forward = playing && rate > 0;
    this.videos.sync(this.clipWants({ doc, timeline, ms, forward, rate, current: at.current, outgoing: at.transition?.from ?? null }), fps);
    this.audio.sync({ doc, assets, ms, totalMs: timeline.totalMs, playing, rate, mediaUrl: (id) => storeApi().mediaUrl(id, 'file') });

    const changed = this.dirty || playing || ms !== this.last.ms || doc !== this.last.doc || assets !== this.last.assets;
    if (!changed || this.ctx === null) return;
    this.dirty = false;
    this.last = { ms, doc, assets };
    const frame = frameSize(doc.settings.aspect, doc.settings.resolution);
    const scene = {
      doc,
      frame,
      safe: safeArea(doc.settings.platform, frame),
      scale: referenceScale(frame),
      at,
      layers: layersAt(doc, { frame: at.frame, fps, totalFrames: msToFrame(timeline.totalMs, fps) }),
    };
    const k = this.canvas.width / frame.width;
    const complete = drawFrame({ ctx: this.ctx, k, layer: this.layer, scratch: this.scratch }, scene, this.sources(frame));
    // For people and tests alike: "loading" while a picture or video frame is not drawn yet.
    const drawn = complete ? 'ready' : 'loading';
    if (this.canvas.dataset.state !== drawn) this.canvas.dataset.state = drawn;
    if (this.safeGuides) drawSafeAreaGuides(this.ctx, { scene, pixel: this.dpr / k });
  };

  private sources(frame: FrameSize): FrameSources {
    // The still's framed canvas is kept a little sharper than the screen, for the camera's zoom.
    const width = Math.min(frame.width, Math.round(this.canvas.width * 1.5));
    const resolution = { width, height: Math.round((width * frame.height) / frame.width) };
    return {
      image: (ref) => {
        const url = fileUrl(ref);
        return url === null ? null : this.images.image(url);
      },
      stillCanvas: (item, image) => this.stills.get({ url: image.src, image, framing: item.framing, frame, resolution }),
      video: (itemId) => this.videos.video(itemId),
    };
  }

  /** The clips on screen (in step with the playhead) and the next one if it starts soon (waiting at its in-point). */
  private clipWants({ doc, timeline, ms, forward, rate, current, outgoing }: { doc: ProjectDocument; timeline: Timeline; ms: number; forward: boolean; rate: number; current: ActiveItem | null; outgoing: ActiveItem | null }): ClipWant[] {
    const fps = doc.settings.fps;
    const wants: ClipWant[] = [];
    for (const active of [outgoing, current]) {
      if (active === null || active.item.type !== 'clip') continue;
      const url = fileUrl(active.item.media);
      const entry = timeline.items[active.index];
      if (url === null || entry === undefined) continue;
      // Paused: exactly the frame the export shows; playing: the running time.
      const localMs = Math.max(0, forward ? ms - (active.startFrame * 1000) / fps : (active.localFrame * 1000) / fps);
      const next = timeline.items[active.index + 1];
      const gain = clipGain({ volume: active.item.volume, localMs, durationMs: entry.durationMs, inMs: entry.transitionInMs, outMs: next?.transitionInMs ?? 0 });
      wants.push({ itemId: active.item.id, url, desiredS: (active.item.inMs + localMs + 1) / 1000, playing: forward, rate, gain });
    }
    const upcoming = current ? doc.tracks.video[current.index + 1] : undefined;
    const upcomingEntry = current ? timeline.items[current.index + 1] : undefined;
    if (upcoming?.type === 'clip' && upcomingEntry && upcomingEntry.startMs - ms < PRELOAD_MS) {
      const url = fileUrl(upcoming.media);
      if (url !== null) wants.push({ itemId: upcoming.id, url, desiredS: (upcoming.inMs + 1) / 1000, playing: false, rate, gain: 0 });
    }
    return wants;
  }
}
