import { formatSeconds } from '../../../../preload/contract/layout';
import { SAMPLE_RATE, type PlanAudio, type PlanClipAudio, type PlanDucking, type PlanSound } from '../plan/render-plan';
import { chain, filter, num } from './filter-syntax';
import type { InputList } from './input-list';

const MS = SAMPLE_RATE / 1000;

/** 48 kHz float stereo with sample-count timestamps from 0, whatever the source. */
const normalise = [
  filter('aresample', { osr: SAMPLE_RATE }),
  filter('aformat', { sample_fmts: 'fltp', channel_layouts: 'stereo' }),
  filter('asetpts', { expr: 'N/SR/TB' }),
];

/** Trim to length, gain, fades (in samples, so exact), then place on the timeline. */
function shape({ samples, volume, fadeInMs, fadeOutMs, startSample }: { samples: number; volume: number; fadeInMs: number; fadeOutMs: number; startSample: number }): string[] {
  const fadeIn = Math.min(samples, fadeInMs * MS);
  const fadeOut = Math.min(samples, fadeOutMs * MS);
  return [
    filter('atrim', { end_sample: samples }),
    ...(volume !== 1 ? [filter('volume', { volume: num(volume) })] : []),
    ...(fadeIn > 0 ? [filter('afade', { t: 'in', ss: 0, ns: fadeIn })] : []),
    ...(fadeOut > 0 ? [filter('afade', { t: 'out', ss: samples - fadeOut, ns: fadeOut })] : []),
    ...(startSample > 0 ? [filter('adelay', { delays: `${startSample}S`, all: 1 })] : []),
  ];
}

/**
 * The ducking envelope as a volume expression of output time: 1 outside voice ranges, `gain`
 * inside, with linear ramps of attackMs before and releaseMs after each (merged) range.
 */
export function duckingExpr(ducking: PlanDucking): string {
  const attack = ducking.attackMs / 1000;
  const release = ducking.releaseMs / 1000;
  const bumps = ducking.ranges.map(({ startMs, endMs }) => {
    const a = startMs / 1000;
    const b = endMs / 1000;
    return `clip(min((t-${num(a - attack)})/${num(attack)},(${num(b + release)}-t)/${num(release)}),0,1)`;
  });
  // volume evaluates the expression once at start-up with t undefined (NaN): answer 1 there.
  return `if(isnan(t),1,1-${num(1 - ducking.gain)}*(${bumps.join('+')}))`;
}

export function soundInputOptions(sound: PlanSound): string[] {
  if (sound.loop === 'stream') return ['-stream_loop', '-1'];
  const seek = sound.inMs > 0 ? ['-ss', formatSeconds(sound.inMs / 1000)] : [];
  return sound.readMs === null ? seek : [...seek, '-t', formatSeconds(sound.readMs / 1000)];
}

function soundChain({ sound, input, output, ducking }: { sound: PlanSound; input: string; output: string; ducking: PlanDucking | null }): string {
  const loop = sound.loop === 'segment' && sound.readMs !== null ? [filter('aloop', { loop: -1, size: sound.readMs * MS })] : [];
  const duck = sound.ducked && ducking ? [filter('volume', { volume: duckingExpr(ducking), eval: 'frame' })] : [];
  return chain({ inputs: [input], filters: [...normalise, ...loop, ...shape(sound), ...duck], output });
}

export interface AudioSources {
  /** Clip sound: the input index of the clip and its placement. */
  clips: Array<{ inputIndex: number; audio: PlanClipAudio }>;
  audio: PlanAudio;
  totalSamples: number;
  inputs: InputList;
}

/**
 * The whole mix, labelled `output`: an exactly sized silent bed (so the track has the video's
 * length, and a video with no sound still gets an audio track), clip sound, music (looped,
 * ducked under the voice) and voice-over, summed without amix's level scaling, then loudness
 * normalised in one pass.
 */
export function audioChains({ clips, audio, totalSamples, inputs }: AudioSources, output: string): string[] {
  const bed = `${filter('anullsrc', { r: SAMPLE_RATE, cl: 'stereo' })},${filter('atrim', { end_sample: totalSamples })}`;
  const chains: string[] = [];
  const labels: string[] = [];
  clips.forEach(({ inputIndex, audio: a }, i) => {
    labels.push(`ac${i}`);
    chains.push(chain({ inputs: [`${inputIndex}:a`], filters: [...normalise, ...shape(a)], output: `ac${i}` }));
  });
  [...audio.music.map((s) => ['am', s] as const), ...audio.voice.map((s) => ['av', s] as const)].forEach(([prefix, sound], i) => {
    const index = inputs.add(sound.path, soundInputOptions(sound));
    labels.push(`${prefix}${i}`);
    chains.push(soundChain({ sound, input: `${index}:a`, output: `${prefix}${i}`, ducking: audio.ducking }));
  });
  if (labels.length === 0) return [`${bed}[${output}]`];
  const { targetLufs, truePeakDb } = audio.loudness;
  chains.push(`${bed}[bed]`);
  chains.push(
    chain({
      inputs: ['bed', ...labels],
      filters: [
        filter('amix', { inputs: labels.length + 1, duration: 'first', normalize: 0 }),
        filter('loudnorm', { I: num(targetLufs), TP: num(truePeakDb), LRA: 11 }),
        // loudnorm works at 192 kHz and leaves its channel layout open: pin both for the encoder.
        ...normalise.slice(0, 2),
      ],
      output,
    }),
  );
  return chains;
}
