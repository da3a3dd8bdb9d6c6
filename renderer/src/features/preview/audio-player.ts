import type { ProjectAssetDto } from '../../../../preload/contract/dto/asset-dto';
import type { ProjectDocument } from '../../../../preload/contract/project/document';
import type { MusicClip, VoiceoverClip } from '../../../../preload/contract/project/audio-track';
import { HARD_DRIFT_S } from './clip-sync';
import { startPlaying } from './media-play';
import { duckingFor, soundAt } from './sound-at';

interface SoundFrame {
  doc: ProjectDocument;
  assets: readonly ProjectAssetDto[];
  ms: number;
  totalMs: number;
  playing: boolean;
  rate: number;
  mediaUrl: (assetId: string) => string;
}

type Sound = { kind: 'music'; clip: MusicClip } | { kind: 'voice'; clip: VoiceoverClip };

/**
 * Music and voice-over through one <audio> per clip, heard only while the timeline plays
 * forward: started at the right place in the file (trim, loop), kept within HARD_DRIFT_S of the
 * playhead, with volume, fades and ducking as the render mixes them (capped at 1, the most an
 * <audio> element plays).
 */
export class AudioPlayer {
  private readonly elements = new Map<string, HTMLAudioElement>();

  private element(id: string, url: string): HTMLAudioElement {
    const known = this.elements.get(id);
    if (known && known.dataset.src === url) return known;
    if (known) this.drop(id);
    const audio = new Audio();
    audio.preload = 'auto';
    audio.dataset.src = url;
    audio.src = url;
    this.elements.set(id, audio);
    return audio;
  }

  private drop(id: string): void {
    const audio = this.elements.get(id);
    if (!audio) return;
    audio.pause();
    audio.removeAttribute('src');
    audio.load();
    this.elements.delete(id);
  }

  sync({ doc, assets, ms, totalMs, playing, rate, mediaUrl }: SoundFrame): void {
    const durationOf = (clip: MusicClip | VoiceoverClip): number | null => {
      if (!('assetId' in clip.media)) return null;
      const { assetId } = clip.media;
      return assets.find((a) => a.id === assetId)?.durationMs ?? null;
    };
    const sounds: Sound[] = [...doc.tracks.music.map((clip) => ({ kind: 'music' as const, clip })), ...doc.tracks.voiceover.map((clip) => ({ kind: 'voice' as const, clip }))];
    const duck = duckingFor({ voiceover: doc.tracks.voiceover, mix: doc.settings.audio, mediaMs: durationOf, totalMs });
    const seen = new Set<string>();
    for (const sound of sounds) {
      const { clip } = sound;
      const mediaMs = durationOf(clip);
      if (!('assetId' in clip.media) || mediaMs === null) continue;
      seen.add(clip.id);
      const audio = this.element(clip.id, mediaUrl(clip.media.assetId));
      const loops = sound.kind === 'music' && sound.clip.loop;
      const ducked = sound.kind === 'music' && sound.clip.duckUnderVoice ? duck : null;
      const at = playing && rate > 0 ? soundAt({ clip, loops, mediaMs, totalMs, ms, duck: ducked }) : null;
      if (at === null) {
        if (!audio.paused) audio.pause();
        continue;
      }
      const volume = Math.min(1, Math.max(0, at.gain));
      if (Math.abs(audio.volume - volume) > 0.001) audio.volume = volume;
      if (Math.abs(audio.playbackRate - rate) > 0.001) audio.playbackRate = rate;
      const wantS = at.sourceMs / 1000;
      // While it is still loading or seeking, its clock stands still: seeking again would only restart the wait.
      const settled = !audio.seeking && audio.readyState >= 3;
      if (audio.paused || (settled && Math.abs(audio.currentTime - wantS) > HARD_DRIFT_S)) audio.currentTime = wantS;
      if (audio.paused) startPlaying(audio);
    }
    for (const id of [...this.elements.keys()]) if (!seen.has(id)) this.drop(id);
  }

  dispose(): void {
    for (const id of [...this.elements.keys()]) this.drop(id);
  }
}
