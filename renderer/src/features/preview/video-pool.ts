import { clipSync } from './clip-sync';
import { startPlaying } from './media-play';

/** What one clip's <video> should do this frame. */
export interface ClipWant {
  itemId: string;
  url: string;
  /** Seconds into the file the playhead is at (or, for a clip about to start, its in-point). */
  desiredS: number;
  /** Play along (true only for clips on screen while the timeline plays forward). */
  playing: boolean;
  rate: number;
  /** Linear gain of its sound; heard only while playing. */
  gain: number;
}

/**
 * Hidden <video> elements for the clips on screen (and the next one, preloaded), one per clip
 * item, reused while the item stays and removed when it goes. Each frame `sync` keeps them on
 * the playhead (clipSync); a finished seek or newly decoded frame asks the preview to redraw.
 */
export class VideoPool {
  private readonly videos = new Map<string, HTMLVideoElement>();

  constructor(
    private readonly host: HTMLElement,
    private readonly onFrame: () => void,
  ) {}

  private element(itemId: string, url: string): HTMLVideoElement {
    let video = this.videos.get(itemId);
    if (video && video.dataset.src !== url) {
      this.drop(itemId);
      video = undefined;
    }
    if (video) return video;
    const created = document.createElement('video');
    created.muted = true;
    created.playsInline = true;
    created.preload = 'auto';
    created.dataset.src = url;
    created.addEventListener('seeked', this.onFrame);
    created.addEventListener('loadeddata', this.onFrame);
    created.src = url;
    this.host.append(created);
    this.videos.set(itemId, created);
    return created;
  }

  private drop(itemId: string): void {
    const video = this.videos.get(itemId);
    if (!video) return;
    video.pause();
    video.removeAttribute('src');
    video.load();
    video.remove();
    this.videos.delete(itemId);
  }

  /** The clip's element when it has a frame to draw. */
  video(itemId: string): HTMLVideoElement | null {
    return this.videos.get(itemId) ?? null;
  }

  sync(wants: readonly ClipWant[], fps: number): void {
    const keep = new Set(wants.map((w) => w.itemId));
    for (const itemId of [...this.videos.keys()]) if (!keep.has(itemId)) this.drop(itemId);
    for (const want of wants) {
      const video = this.element(want.itemId, want.url);
      // Nothing can be done before the metadata (duration, size) is known.
      if (video.readyState < 1) continue;
      const desiredS = Math.min(want.desiredS, Math.max(0, video.duration - 0.001));
      const plan = clipSync({ desiredS, currentS: video.currentTime, playing: want.playing, rate: want.rate, fps });
      if (plan.seekToS !== null && !video.seeking) video.currentTime = plan.seekToS;
      if (Math.abs(video.playbackRate - plan.playbackRate) > 0.001) video.playbackRate = plan.playbackRate;
      const audible = plan.play && want.gain > 0;
      // Writing these fires volumechange events: only on a real change.
      if (video.muted === audible) video.muted = !audible;
      const volume = Math.min(1, Math.max(0, want.gain));
      if (Math.abs(video.volume - volume) > 0.001) video.volume = volume;
      if (plan.play && video.paused) startPlaying(video);
      if (!plan.play && !video.paused) video.pause();
    }
  }

  dispose(): void {
    for (const itemId of [...this.videos.keys()]) this.drop(itemId);
  }
}
