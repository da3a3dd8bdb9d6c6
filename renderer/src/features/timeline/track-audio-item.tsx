import { memo } from 'react';
import { useAppStore } from '../../stores';
import type { AudioTrackName } from './track-audio-drop';
import type { TrackGeometry } from './track-geometry';
import { audioLengthMs, changedFields, dragAudio, type AudioDrag, type AudioTrim } from './track-item-drag';
import { AUDIO_TRACK_HEIGHT_PX, commitItemEdit, MIN_TRIM_EDGES_PX, nudgeMs } from './track-item-edit';
import { selectIfNot, selectItem, useItemGesture } from './track-item-gesture';
import { FadeHandle, TrimEdge } from './track-item-handles';
import { Waveform } from './waveform';

/** A path-referenced file the library does not know has no known length; draw it this long. */
const UNKNOWN_SOURCE_MS = 10_000;
const AUDIO_MODES: readonly AudioDrag[] = ['move', 'trim-start', 'trim-end', 'fade-in', 'fade-out'];
const WAVE_HEIGHT_PX = AUDIO_TRACK_HEIGHT_PX - 6;
const WORD: Record<AudioTrackName, string> = { music: 'music', voiceover: 'voice-over' };
const label = (mode: AudioDrag, track: AudioTrackName): string =>
  ({ move: 'Move', 'trim-start': 'Trim start of', 'trim-end': 'Trim end of', 'fade-in': 'Fade in', 'fade-out': 'Fade out' })[mode] + ` ${WORD[track]}`;

export interface AudioItemProps {
  id: string;
  track: AudioTrackName;
  assetId: string | null;
  pathName: string | null;
  startMs: number;
  inMs: number;
  outMs: number | undefined;
  fadeInMs: number;
  fadeOutMs: number;
  loop: boolean;
  /** Looping music: the timeline end it repeats to; null otherwise (so zooming alone re-renders nothing else). */
  loopToMs: number | null;
  pxPerMs: number;
  geometry: React.RefObject<TrackGeometry>;
}

/** One music or voice-over clip: waveform, fade ramps, trim edges and fade handles. */
export const AudioItem = memo(function AudioItem(props: AudioItemProps): React.JSX.Element {
  const { id, track, assetId, pathName, loop, loopToMs, pxPerMs, geometry } = props;
  const selected = useAppStore((s) => s.selectedIds.includes(id));
  const asset = useAppStore((s) => (assetId === null ? undefined : s.assets.find((a) => a.id === assetId)));
  const name = asset?.originalName ?? pathName ?? 'Missing sound';
  const sourceMs = asset?.durationMs ?? props.outMs ?? props.inMs + UNKNOWN_SOURCE_MS;
  const clip: AudioTrim = { startMs: props.startMs, inMs: props.inMs, outMs: props.outMs, fadeInMs: props.fadeInMs, fadeOutMs: props.fadeOutMs };
  const commit = (mode: AudioDrag, next: AudioTrim, mergeKey?: string): void =>
    commitItemEdit({ id, changes: { ...changedFields(clip, next) }, label: label(mode, track), ...(mergeKey !== undefined && { mergeKey }) });
  const gesture = useItemGesture<AudioDrag, AudioTrim>({
    pxPerMs,
    modes: AUDIO_MODES,
    compute: (mode, deltaMs) => dragAudio({ clip, mode, deltaMs, sourceMs, loopToMs, snap: (ms) => geometry.current.snapMs(ms, id) }),
    commit: (mode, next) => {
      selectIfNot(id);
      commit(mode, next);
    },
    onClick: (e) => selectItem(id, e.shiftKey),
  });
  const shown = gesture.preview ?? clip;
  const lengthMs = audioLengthMs({ clip: shown, sourceMs, loopToMs });
  const widthPx = lengthMs * pxPerMs;
  const maxFadeMs = Math.floor(lengthMs / 2);

  function onKeyDown(e: React.KeyboardEvent): void {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      selectItem(id, e.shiftKey);
      return;
    }
    const deltaMs = nudgeMs(e);
    if (deltaMs === 0) return;
    e.preventDefault();
    commit('move', dragAudio({ clip, mode: 'move', deltaMs, sourceMs, loopToMs }), `nudge:${id}`);
  }

  const trimBy = (mode: 'trim-start' | 'trim-end', deltaMs: number): void => commit(mode, dragAudio({ clip, mode, deltaMs, sourceMs, loopToMs }), `${mode}:${id}`);
  const setFade = (kind: 'fade-in' | 'fade-out', valueMs: number): void =>
    commit(kind, kind === 'fade-in' ? { ...clip, fadeInMs: valueMs } : { ...clip, fadeOutMs: valueMs }, `${kind}:${id}`);

  return (
    <div
      role="listitem"
      aria-label={name}
      tabIndex={0}
      className={`trk-item trk-audio trk-audio-${track}${selected ? ' is-selected' : ''}${gesture.dragging ? ' is-dragging' : ''}`}
      data-testid="audio-item"
      data-item-id={id}
      data-track={track}
      data-selected={selected}
      aria-current={selected ? 'true' : undefined}
      data-drag="move"
      style={{ left: shown.startMs * pxPerMs, width: widthPx }}
      {...gesture.handlers}
      onClick={(e) => e.stopPropagation()}
      onKeyDown={onKeyDown}
    >
      {assetId !== null && (
        <Waveform assetId={assetId} inMs={shown.inMs} outMs={shown.outMs} widthPx={widthPx} heightPx={WAVE_HEIGHT_PX} loop={loopToMs !== null} itemDurationMs={lengthMs} />
      )}
      <span className="trk-fade trk-fade-in" aria-hidden="true" style={{ width: shown.fadeInMs * pxPerMs }} />
      <span className="trk-fade trk-fade-out" aria-hidden="true" style={{ width: shown.fadeOutMs * pxPerMs }} />
      <span className="trk-item-label" aria-hidden="true">
        {name}
        {loop && track === 'music' ? <span className="trk-loop-mark"> · loops</span> : null}
      </span>
      {widthPx >= MIN_TRIM_EDGES_PX && <TrimEdge edge="start" name={name} focusable={selected} onNudge={(d) => trimBy('trim-start', d)} />}
      {/* Looping music always runs to the timeline end: there is no end edge to drag. */}
      {widthPx >= MIN_TRIM_EDGES_PX && loopToMs === null && <TrimEdge edge="end" name={name} focusable={selected} onNudge={(d) => trimBy('trim-end', d)} />}
      <FadeHandle kind="fade-in" valueMs={shown.fadeInMs} maxMs={maxFadeMs} offsetPx={shown.fadeInMs * pxPerMs} focusable={selected} onChange={(v) => setFade('fade-in', v)} />
      <FadeHandle kind="fade-out" valueMs={shown.fadeOutMs} maxMs={maxFadeMs} offsetPx={shown.fadeOutMs * pxPerMs} focusable={selected} onChange={(v) => setFade('fade-out', v)} />
    </div>
  );
});
