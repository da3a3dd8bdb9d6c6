import { duckEnvelope, mergeDuckRanges, type DuckRange } from '../../../../preload/contract/layout/ducking';
import type { AudioMix, MusicClip, VoiceoverClip } from '../../../../preload/contract/project/audio-track';

/** How long a sound is heard on the timeline, or null when the render leaves it out. */
export function heardMs({ clip, loops, mediaMs, totalMs }: { clip: MusicClip | VoiceoverClip; loops: boolean; mediaMs: number; totalMs: number }): { lengthMs: number; segmentMs: number } | null {
  const segmentMs = Math.min(clip.outMs ?? mediaMs, mediaMs) - clip.inMs;
  const neededMs = totalMs - clip.startMs;
  if (segmentMs <= 0 || neededMs <= 0) return null;
  return { lengthMs: loops && segmentMs < neededMs ? neededMs : Math.min(segmentMs, neededMs), segmentMs };
}

/** Where in its file a sound is at timeline `ms`, and how loud, or null while it is silent. */
export interface SoundPosition {
  sourceMs: number;
  /** Linear gain: volume × fades × ducking (the <audio> element caps it at 1). */
  gain: number;
}

/**
 * The render's placement of music and voice-over: trimmed to [inMs, outMs), looped (music) to
 * fill the video, cut at its end, faded in from its start and out to its end, and music ducked
 * under the voice. The loudness normalisation of the whole mix is not reproduced.
 */
export function soundAt({ clip, loops, mediaMs, totalMs, ms, duck }: { clip: MusicClip | VoiceoverClip; loops: boolean; mediaMs: number; totalMs: number; ms: number; duck: { ranges: DuckRange[]; gain: number } | null }): SoundPosition | null {
  const heard = heardMs({ clip, loops, mediaMs, totalMs });
  const local = ms - clip.startMs;
  if (heard === null || local < 0 || local >= heard.lengthMs) return null;
  const sourceMs = clip.inMs + (local % heard.segmentMs);
  let gain = clip.volume;
  if (clip.fadeInMs > 0) gain *= Math.min(1, local / clip.fadeInMs);
  if (clip.fadeOutMs > 0) gain *= Math.min(1, (heard.lengthMs - local) / clip.fadeOutMs);
  if (duck) gain *= duckEnvelope({ ranges: duck.ranges, gain: duck.gain, ms });
  return { sourceMs, gain };
}

/** The ducking the render applies to music marked duckUnderVoice, or null when there is none. */
export function duckingFor({ voiceover, mix, mediaMs, totalMs }: { voiceover: readonly VoiceoverClip[]; mix: AudioMix; mediaMs: (clip: VoiceoverClip) => number | null; totalMs: number }): { ranges: DuckRange[]; gain: number } | null {
  if (mix.duckingDb <= 0) return null;
  const ranges: DuckRange[] = [];
  for (const clip of voiceover) {
    const media = mediaMs(clip);
    const heard = media === null ? null : heardMs({ clip, loops: false, mediaMs: media, totalMs });
    if (heard) ranges.push({ startMs: clip.startMs, endMs: clip.startMs + heard.lengthMs });
  }
  return ranges.length === 0 ? null : { ranges: mergeDuckRanges(ranges), gain: Math.pow(10, -mix.duckingDb / 20) };
}
