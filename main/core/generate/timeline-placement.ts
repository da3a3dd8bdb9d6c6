import type { ProjectDocument, VideoItem } from '../../../preload/contract/project';
import { parseJobInput, type Placement } from '../jobs/job-input';
import type { AssetRecord } from '../media/asset';
import type { JobRecord } from '../storage/job-repository';
import type { Store } from '../storage/store';
import { loadProject, saveProjectDocument } from '../workspace/project-service';

const SCENE_ID = /^scene-(\d+)$/;
const sceneNumber = (item: { id: string }): number | null => {
  const m = SCENE_ID.exec(item.id);
  return m ? Number(m[1]) : null;
};

/** Where a new scene item goes: after the scenes before it, before those after it, else before a closing outro. */
function insertIndex(video: readonly VideoItem[], n: number): number {
  let after = -1;
  for (const [i, item] of video.entries()) {
    const k = sceneNumber(item);
    if (k !== null && k < n) after = i;
  }
  if (after >= 0) return after + 1;
  const before = video.findIndex((item) => (sceneNumber(item) ?? -1) > n);
  if (before >= 0) return before;
  const last = video[video.length - 1];
  return last?.type === 'card' && last.role === 'outro' ? video.length - 1 : video.length;
}

/**
 * Puts a finished output into the document (pure). Video: a clip item `scene-<n>` in plan
 * order. It replaces, keeping the transition, the item of the same id (an earlier draft or
 * clip of that scene) or else a still of the same source image (a draft-motion still being
 * upgraded); otherwise it is inserted among the scenes. Voice-over: the item of the same id is
 * replaced, else the clip is added at 0 ms.
 */
export function placeOutput(document: ProjectDocument, args: { placement: Placement; asset: AssetRecord; sourceAssetId: string | null }): ProjectDocument {
  const { placement, asset } = args;
  const media = { assetId: asset.id };
  if (placement.track === 'voiceover') {
    const clip = { id: placement.itemId, media, startMs: 0, inMs: 0, volume: 1, fadeInMs: 0, fadeOutMs: 0, ...(placement.script && { script: placement.script }) };
    const others = document.tracks.voiceover.filter((v) => v.id !== placement.itemId);
    return { ...document, tracks: { ...document.tracks, voiceover: [...others, clip] } };
  }
  const video = [...document.tracks.video];
  const length = asset.durationMs !== null && asset.durationMs > 0 ? Math.min(asset.durationMs, placement.durationMs) : placement.durationMs;
  let at = video.findIndex((item) => item.id === placement.itemId);
  if (at < 0 && args.sourceAssetId !== null) {
    at = video.findIndex((item) => item.type === 'still' && 'assetId' in item.media && item.media.assetId === args.sourceAssetId);
  }
  const replaced = at >= 0 ? video[at] : undefined;
  const clip: VideoItem = {
    id: placement.itemId,
    type: 'clip',
    media,
    inMs: 0,
    outMs: length,
    framing: 'cover',
    volume: 1,
    transitionIn: replaced?.transitionIn ?? { kind: 'cut', durationMs: 0 },
  };
  if (replaced) video.splice(at, 1, clip);
  else video.splice(insertIndex(video, placement.sceneIndex + 1), 0, clip);
  return { ...document, tracks: { ...document.tracks, video } };
}

/** The queue's onSucceeded hook for callers that want outputs on the timeline (the CLI). */
export function createPlacementHook(store: Store): (job: JobRecord, asset: AssetRecord) => void {
  return (job, asset) => {
    const projectId = job.projectId;
    if (projectId === null) return;
    const input = parseJobInput(job.id, job.input);
    const placement = input.placement;
    if (!placement) return;
    store.transaction(() => {
      const { document } = loadProject(store, projectId);
      saveProjectDocument(store, projectId, placeOutput(document, { placement, asset, sourceAssetId: input.sourceAssetId }));
    });
  };
}
