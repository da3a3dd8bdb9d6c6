import { describe, expect, it } from 'vitest';
import type { PlanAudio, PlanSound } from '../plan/render-plan';
import { audioChains, duckingExpr, soundInputOptions } from './audio-filters';
import { InputList } from './input-list';

const sound = (over: Partial<PlanSound>): PlanSound => ({
  id: 's',
  path: '/m/s.mp3',
  inMs: 0,
  loop: 'once',
  readMs: 1000,
  startSample: 0,
  samples: 48000,
  volume: 1,
  fadeInMs: 0,
  fadeOutMs: 0,
  ducked: false,
  ...over,
});

describe('duckingExpr', () => {
  it('is 1 outside the voice, the gain inside, with linear ramps around each range', () => {
    const expr = duckingExpr({ gain: 0.25, ranges: [{ startMs: 1000, endMs: 2000 }, { startMs: 5000, endMs: 5500 }], attackMs: 200, releaseMs: 500 });
    expect(expr).toBe('if(isnan(t),1,1-0.75*(clip(min((t-0.8)/0.2,(2.5-t)/0.5),0,1)+clip(min((t-4.8)/0.2,(6-t)/0.5),0,1)))');
  });
});

describe('soundInputOptions', () => {
  it('seeks and limits reading on the input; loops a whole file at the demuxer', () => {
    expect(soundInputOptions(sound({ inMs: 1500, readMs: 2000 }))).toEqual(['-ss', '1.5', '-t', '2']);
    expect(soundInputOptions(sound({ loop: 'stream', readMs: null }))).toEqual(['-stream_loop', '-1']);
    expect(soundInputOptions(sound({ loop: 'segment', inMs: 500, readMs: 1000 }))).toEqual(['-ss', '0.5', '-t', '1']);
  });
});

describe('audioChains', () => {
  it('mixes a looped, ducked, faded music bed and a delayed voice over an exact silent bed, then normalises loudness', () => {
    const audio: PlanAudio = {
      music: [sound({ id: 'm', path: '/m/m.mp3', inMs: 500, loop: 'segment', readMs: 1000, samples: 144000, volume: 0.5, fadeInMs: 100, fadeOutMs: 1000, ducked: true })],
      voice: [sound({ id: 'v', path: '/m/v.wav', startSample: 48000, samples: 48000 })],
      ducking: { gain: 0.5, ranges: [{ startMs: 1000, endMs: 2000 }], attackMs: 200, releaseMs: 500 },
      loudness: { targetLufs: -16, truePeakDb: -1.5 },
    };
    const inputs = new InputList();
    expect(audioChains({ clips: [], audio, totalSamples: 144000, inputs }, 'aout')).toEqual([
      '[0:a]aresample=osr=48000,aformat=sample_fmts=fltp:channel_layouts=stereo,asetpts=expr=N/SR/TB,aloop=loop=-1:size=48000,atrim=end_sample=144000,volume=volume=0.5,afade=t=in:ss=0:ns=4800,afade=t=out:ss=96000:ns=48000,volume=volume=if(isnan(t)\\,1\\,1-0.5*(clip(min((t-0.8)/0.2\\,(2.5-t)/0.5)\\,0\\,1))):eval=frame[am0]',
      '[1:a]aresample=osr=48000,aformat=sample_fmts=fltp:channel_layouts=stereo,asetpts=expr=N/SR/TB,atrim=end_sample=48000,adelay=delays=48000S:all=1[av1]',
      'anullsrc=r=48000:cl=stereo,atrim=end_sample=144000[bed]',
      '[bed][am0][av1]amix=inputs=3:duration=first:normalize=0,loudnorm=I=-16:TP=-1.5:LRA=11,aresample=osr=48000,aformat=sample_fmts=fltp:channel_layouts=stereo[aout]',
    ]);
    expect(inputs.toArgs()).toEqual(['-ss', '0.5', '-t', '1', '-i', '/m/m.mp3', '-t', '1', '-i', '/m/v.wav']);
  });
});
