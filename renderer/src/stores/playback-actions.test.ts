import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore, resetStore } from './app-store';
import { documentActions } from './document-actions';
import { playbackActions } from './playback-actions';
import { startPlaybackClock } from './playback-clock';
import { playhead } from './playhead';
import { card, documentState, sampleDoc } from './test-support/sample-doc';

beforeEach(() => {
  resetStore();
  documentActions.open(documentState(sampleDoc({ video: [card('a', 1000), card('b', 1000)] })));
});

describe('playbackActions', () => {
  it('steps exactly one frame at the project rate (30 fps) and pauses', () => {
    useAppStore.getState().setPlaying(true);
    playbackActions.stepFrames(1);
    expect(playhead.get()).toBe(33);
    playbackActions.stepFrames(2);
    expect(playhead.get()).toBe(100);
    playbackActions.stepFrames(-10);
    expect(playhead.get()).toBe(0);
    expect(useAppStore.getState().playing).toBe(false);
  });

  it('J/L shuttle doubles up to 4× in one direction and reverses with the other key; K stops', () => {
    playhead.set(500);
    playbackActions.shuttle(1);
    playbackActions.shuttle(1);
    playbackActions.shuttle(1);
    playbackActions.shuttle(1);
    expect(useAppStore.getState()).toMatchObject({ playing: true, rate: 4 });
    playbackActions.shuttle(-1);
    expect(useAppStore.getState().rate).toBe(-1);
    playbackActions.pause();
    expect(useAppStore.getState()).toMatchObject({ playing: false, rate: 1 });
  });

  it('seeks within the project and plays again from the top at the end', () => {
    playbackActions.seek(99_999);
    expect(playhead.get()).toBe(2000);
    playbackActions.toggle();
    expect(playhead.get()).toBe(0);
    expect(useAppStore.getState().playing).toBe(true);
  });

  it('the clock moves the playhead by elapsed time × rate and stops at the end', () => {
    const frames: ((now: number) => void)[] = [];
    const stop = startPlaybackClock({ requestFrame: (cb) => frames.push(cb), cancelFrame: () => undefined });
    const tick = (now: number): void => frames.shift()?.(now);
    playbackActions.play();
    tick(1000);
    tick(1500);
    expect(playhead.get()).toBe(500);
    useAppStore.getState().setRate(2);
    tick(2000);
    expect(playhead.get()).toBe(1500);
    tick(2500);
    expect(playhead.get()).toBe(2000);
    expect(useAppStore.getState().playing).toBe(false);
    expect(frames).toEqual([]);
    stop();
  });
});
