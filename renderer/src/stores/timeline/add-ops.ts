import type { ProjectDocument } from '../../../../preload/contract/project/document';
import type { OpsResult } from './timeline-ops';

/** How long a new text overlay lasts. */
export const DEFAULT_TEXT_MS = 3000;
/** How long a new card lasts. */
export const DEFAULT_CARD_MS = 2500;
/** What a new call-to-action outro says until the person writes their own. */
export const CTA_TITLE = 'Shop now';

export type CardRole = 'intro' | 'outro' | 'card';

/** A text overlay at `atMs` (clamped into the timeline when it has one). */
export function addTextOps({ newId, text, atMs, durationMs, timelineMs }: { newId: string; text: string; atMs: number; durationMs: number; timelineMs: number }): OpsResult {
  if (text.trim() === '') return { ok: false, reason: 'a text overlay needs some text' };
  // Past the end, the overlay would be cut off by the export; start it so it still fits, when it can.
  const start = timelineMs > 0 ? Math.max(0, Math.min(Math.round(atMs), timelineMs - Math.min(durationMs, timelineMs))) : Math.max(0, Math.round(atMs));
  return { ok: true, label: 'Add text', ops: [{ op: 'add', path: '/tracks/overlay/-', value: { id: newId, type: 'text', text, startMs: start, durationMs, position: 'bottom' } }] };
}

/**
 * A card in brand colours: an intro goes first, an outro (the call to action) last, a plain
 * card at `atIndex` or the end.
 */
export function addCardOps({ doc, newId, role, atIndex, title, subtitle }: { doc: ProjectDocument; newId: string; role: CardRole; atIndex?: number; title?: string; subtitle?: string }): OpsResult {
  const video = doc.tracks.video;
  const brand = doc.settings.brand.colors;
  const index = role === 'intro' ? 0 : role === 'outro' ? video.length : Math.max(0, Math.min(video.length, atIndex ?? video.length));
  const defaults = { intro: { title: doc.settings.name, subtitle: '' }, outro: { title: CTA_TITLE, subtitle: '' }, card: { title: 'Title', subtitle: '' } }[role];
  const value = {
    id: newId,
    type: 'card',
    role,
    durationMs: DEFAULT_CARD_MS,
    background: role === 'outro' ? { kind: 'color', color: brand.primary } : { kind: 'color', color: brand.background },
    title: title ?? defaults.title,
    subtitle: subtitle ?? defaults.subtitle,
    showLogo: doc.settings.brand.logo !== null,
  };
  const label = role === 'outro' ? 'Add call to action' : role === 'intro' ? 'Add intro' : 'Add card';
  return { ok: true, label, ops: [{ op: 'add', path: `/tracks/video/${index}`, value }] };
}

/** A sound on the music or voice-over track starting at `atMs`. */
export function addAudioOps({ newId, assetId, track, atMs, script }: { newId: string; assetId: string; track: 'music' | 'voiceover'; atMs: number; script?: string }): OpsResult {
  const value = { id: newId, media: { assetId }, startMs: Math.max(0, Math.round(atMs)), ...(track === 'voiceover' && script !== undefined && script.trim() !== '' && { script }) };
  return { ok: true, label: track === 'music' ? 'Add music' : 'Add voice-over', ops: [{ op: 'add', path: `/tracks/${track}/-`, value }] };
}
