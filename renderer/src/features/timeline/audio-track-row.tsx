import type { MusicClip, VoiceoverClip } from '../../../../preload/contract/project/audio-track';
import { useAppStore } from '../../stores';
import { useAudioDrop, type AudioTrackName } from './track-audio-drop';
import { AudioItem, type AudioItemProps } from './track-audio-item';
import type { TrackRowProps } from './track-geometry';
import { AUDIO_TRACK_HEIGHT_PX, refAssetId, refPathName } from './track-item-edit';
import { useLatestRef } from './track-item-gesture';

const NO_CLIPS: (MusicClip | VoiceoverClip)[] = [];
const TRACK_NAMES: Record<AudioTrackName, string> = { music: 'Music track', voiceover: 'Voice-over track' };
const EMPTY_HINTS: Record<AudioTrackName, string> = { music: 'Drop music here', voiceover: 'Drop a voice-over here' };

export interface AudioTrackRowProps extends TrackRowProps {
  track: AudioTrackName;
}

/** Primitive props only: the document is re-parsed on every edit, so clip objects are always new. */
function clipProps(clip: MusicClip | VoiceoverClip, timelineMs: number): Omit<AudioItemProps, 'track' | 'pxPerMs' | 'geometry'> {
  const loop = 'loop' in clip && clip.loop;
  return {
    id: clip.id,
    assetId: refAssetId(clip.media),
    pathName: refPathName(clip.media),
    startMs: clip.startMs,
    inMs: clip.inMs,
    outMs: clip.outMs,
    fadeInMs: clip.fadeInMs,
    fadeOutMs: clip.fadeOutMs,
    loop,
    loopToMs: loop ? timelineMs : null,
  };
}

/**
 * The music or the voice-over track: clips with their waveform at their times. Drag a clip to
 * move it, its edges to trim (in/out points), its top corners to set fades; drop audio from the
 * media bin to add it at the drop time.
 */
export function AudioTrackRow({ geometry, track }: AudioTrackRowProps): React.JSX.Element {
  const clips = useAppStore((s) => s.doc?.tracks[track] ?? NO_CLIPS);
  const geometryRef = useLatestRef(geometry);
  const drop = useAudioDrop({ track, geometry: geometryRef });
  return (
    <div
      role="list"
      aria-label={TRACK_NAMES[track]}
      className={`trk-row trk-row-audio trk-row-${track}${drop.over ? ' is-drop-target' : ''}`}
      data-testid={`${track}-track`}
      style={{ height: AUDIO_TRACK_HEIGHT_PX }}
      {...drop.handlers}
    >
      {clips.length === 0 && (
        <span className="trk-row-hint" aria-hidden="true">
          {EMPTY_HINTS[track]}
        </span>
      )}
      {clips.map((clip) => (
        <AudioItem key={clip.id} {...clipProps(clip, geometry.durationMs)} track={track} pxPerMs={geometry.pxPerMs} geometry={geometryRef} />
      ))}
    </div>
  );
}
