import { msToFrame } from '../../../preload/contract/layout/frames';
import { useAppStore } from './app-store';
import { playhead } from './playhead';
import { selectTimeline } from './selectors';

const SHUTTLE_MAX = 4;

const totalMs = (): number => selectTimeline(useAppStore.getState()).totalMs;
const fps = (): number => useAppStore.getState().doc?.settings.fps ?? 30;

/** Transport controls. The playback clock (or the preview) moves the playhead while `playing`. */
export const playbackActions = {
  play(): void {
    // Playing from the very end starts again from the top, as every editor does.
    if (playhead.get() >= totalMs()) playhead.set(0);
    useAppStore.setState({ playing: totalMs() > 0, rate: 1 });
  },
  pause(): void {
    useAppStore.setState({ playing: false, rate: 1 });
  },
  /** Space. */
  toggle(): void {
    if (useAppStore.getState().playing) playbackActions.pause();
    else playbackActions.play();
  },
  /** J (backwards) and L (forwards): starts at 1×, each further press doubles up to 4×; the other key reverses. */
  shuttle(direction: -1 | 1): void {
    const { playing, rate } = useAppStore.getState();
    const next = playing && Math.sign(rate) === direction ? Math.min(SHUTTLE_MAX, Math.abs(rate) * 2) * direction : direction;
    if (direction > 0 && playhead.get() >= totalMs()) playhead.set(0);
    useAppStore.setState({ playing: totalMs() > 0, rate: next });
  },
  /** Moves the playhead, within the project. */
  seek(ms: number): void {
    playhead.set(Math.min(Math.max(0, ms), totalMs()));
  },
  /** ←/→: pauses and moves exactly one frame (at the project's frame rate) per step. */
  stepFrames(frames: number): void {
    playbackActions.pause();
    const rate = fps();
    const frame = msToFrame(playhead.get(), rate) + frames;
    playbackActions.seek(Math.round((Math.max(0, frame) * 1000) / rate));
  },
};
