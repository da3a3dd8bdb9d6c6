import type { AudioMix, MusicClip, VoiceoverClip } from '../../../../preload/contract/project';
import { DUCK_ATTACK_MS, DUCK_RELEASE_MS, mergeDuckRanges } from '../../../../preload/contract/layout/ducking';
import { AppError } from '../../shared/app-error';
import { soundMedia } from './media-checks';
import { warnOnce, type PlanContext } from './plan-context';
import { SAMPLE_RATE, type PlanAudio, type PlanDucking, type PlanSound } from './render-plan';

const SAMPLES_PER_MS = SAMPLE_RATE / 1000;

type SoundClip = (MusicClip & { kind: 'music' }) | (VoiceoverClip & { kind: 'voice' });

function planSound(ctx: PlanContext, clip: SoundClip): PlanSound | null {
  const what = `${clip.kind === 'music' ? 'music' : 'voice-over'} "${clip.id}"`;
  const media = soundMedia(ctx, { ref: clip.media, what });
  const totalSamples = (ctx.totalFrames * SAMPLE_RATE) / ctx.fps;
  const startSample = clip.startMs * SAMPLES_PER_MS;
  if (startSample >= totalSamples) {
    warnOnce(ctx, `${what} starts after the video ends; it is left out`);
    return null;
  }
  if (clip.outMs !== undefined && clip.outMs > media.durationMs + 100) {
    throw new AppError('BAD_INPUT', `${what} is trimmed to end at ${clip.outMs} ms, but ${media.path} lasts only ${media.durationMs} ms.`, { itemId: clip.id });
  }
  const segmentMs = Math.min(clip.outMs ?? media.durationMs, media.durationMs) - clip.inMs;
  if (segmentMs <= 0) {
    throw new AppError('BAD_INPUT', `${what} starts at ${clip.inMs} ms in ${media.path}, which lasts only ${media.durationMs} ms.`, { itemId: clip.id });
  }
  const needed = totalSamples - startSample;
  const segment = segmentMs * SAMPLES_PER_MS;
  const base = { id: clip.id, path: media.path, inMs: clip.inMs, startSample, volume: clip.volume, fadeInMs: clip.fadeInMs, fadeOutMs: clip.fadeOutMs };
  if (clip.kind === 'music' && clip.loop && segment < needed) {
    // The whole file loops best at the demuxer (nothing held in memory); a trimmed part is looped in memory.
    const whole = clip.inMs === 0 && clip.outMs === undefined;
    return { ...base, loop: whole ? 'stream' : 'segment', readMs: whole ? null : segmentMs, samples: needed, ducked: clip.duckUnderVoice };
  }
  const samples = Math.min(segment, needed);
  return { ...base, loop: 'once', readMs: Math.ceil(samples / SAMPLES_PER_MS), samples, ducked: clip.kind === 'music' && clip.duckUnderVoice };
}

/** Voice ranges in ms, merged where the ducking ramps between them would overlap (shared with the preview). */
export function duckRanges(voice: readonly PlanSound[]): PlanDucking['ranges'] {
  return mergeDuckRanges(voice.map((v) => ({ startMs: v.startSample / SAMPLES_PER_MS, endMs: (v.startSample + v.samples) / SAMPLES_PER_MS })));
}

/**
 * Music, voice-over and the mix settings. Ducking is a volume envelope computed from the
 * voice-over's known time ranges rather than a sidechain compressor: the ranges are exact, so the
 * result is deterministic and costs one expression per audio frame.
 */
export function planAudio(ctx: PlanContext, { music, voiceover, mix }: { music: readonly MusicClip[]; voiceover: readonly VoiceoverClip[]; mix: AudioMix }): PlanAudio {
  const plannedMusic = music.map((m) => planSound(ctx, { ...m, kind: 'music' })).filter((s): s is PlanSound => s !== null);
  const plannedVoice = voiceover.map((v) => planSound(ctx, { ...v, kind: 'voice' })).filter((s): s is PlanSound => s !== null);
  const ducking: PlanDucking | null =
    plannedVoice.length > 0 && plannedMusic.some((m) => m.ducked) && mix.duckingDb > 0
      ? { gain: Math.pow(10, -mix.duckingDb / 20), ranges: duckRanges(plannedVoice), attackMs: DUCK_ATTACK_MS, releaseMs: DUCK_RELEASE_MS }
      : null;
  return { music: plannedMusic, voice: plannedVoice, ducking, loudness: { targetLufs: mix.targetLufs, truePeakDb: mix.truePeakDb } };
}
