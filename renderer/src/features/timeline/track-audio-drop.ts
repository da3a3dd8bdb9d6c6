import { useState } from 'react';
import { editActions, useAppStore } from '../../stores';
import { ASSET_DRAG_TYPE } from '../media-bin/asset-card';
import type { TrackGeometry } from './track-geometry';
import { pxToMs } from './track-geometry';

export type AudioTrackName = 'music' | 'voiceover';
const TRACK_WORDS: Record<AudioTrackName, string> = { music: 'music', voiceover: 'voice-over' };

const carriesAsset = (e: React.DragEvent): boolean => e.dataTransfer.types.includes(ASSET_DRAG_TYPE);

/** Puts a dropped library asset on the track at the drop time; anything but audio is refused with a reason. */
export function dropAudio({ assetId, track, atMs }: { assetId: string; track: AudioTrackName; atMs: number }): void {
  const { assets, pushToast } = useAppStore.getState();
  const asset = assets.find((a) => a.id === assetId);
  if (asset === undefined) {
    pushToast({ tone: 'error', message: `Cannot add to the ${TRACK_WORDS[track]} track: that file is not part of this project.` });
    return;
  }
  if (asset.kind !== 'audio') {
    pushToast({ tone: 'error', message: `${asset.originalName} is not a sound file: only audio goes on the ${TRACK_WORDS[track]} track.` });
    return;
  }
  const result = editActions.addAudio({ assetId, track, atMs });
  if (!result.ok) pushToast({ tone: 'error', message: `Cannot add ${asset.originalName}: ${result.reason}.` });
}

/**
 * Drop target for media-bin audio on a music or voice-over lane. The asset id can only be read
 * on drop, so any bin item highlights the lane and the kind is checked then.
 */
export function useAudioDrop({ track, geometry }: { track: AudioTrackName; geometry: React.RefObject<TrackGeometry> }): {
  over: boolean;
  handlers: Pick<React.DOMAttributes<HTMLElement>, 'onDragOver' | 'onDragLeave' | 'onDrop'>;
} {
  const [over, setOver] = useState(false);
  return {
    over,
    handlers: {
      onDragOver(e) {
        if (!carriesAsset(e)) return;
        e.preventDefault();
        e.stopPropagation();
        e.dataTransfer.dropEffect = 'copy';
        if (!over) setOver(true);
      },
      onDragLeave(e) {
        // Moving over a child item fires dragleave on the lane; only leaving the lane counts.
        if (e.currentTarget.contains(e.relatedTarget as Node | null)) return;
        setOver(false);
      },
      onDrop(e) {
        setOver(false);
        if (!carriesAsset(e)) return;
        e.preventDefault();
        e.stopPropagation();
        const assetId = e.dataTransfer.getData(ASSET_DRAG_TYPE);
        const { pxPerMs, snapMs } = geometry.current;
        const x = e.clientX - e.currentTarget.getBoundingClientRect().left;
        dropAudio({ assetId, track, atMs: Math.max(0, snapMs(pxToMs(x, pxPerMs))) });
      },
    },
  };
}
