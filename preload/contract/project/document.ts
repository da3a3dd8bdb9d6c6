import { z } from 'zod';
import { MusicClip, VoiceoverClip } from './audio-track';
import { Captions, Overlay } from './overlay-track';
import { ProjectSettings } from './settings';
import { VideoItem } from './video-track';

/** The version this build writes. Older documents are migrated forward on load (main/core/project). */
export const CURRENT_SCHEMA_VERSION = 1;

export const Tracks = z
  .object({
    /** Played in order; each item's transitionIn overlaps it with the one before. */
    video: z.array(VideoItem).default([]),
    overlay: z.array(Overlay).default([]),
    music: z.array(MusicClip).default([]),
    voiceover: z.array(VoiceoverClip).default([]),
  })
  .strict();
export type Tracks = z.infer<typeof Tracks>;

export const ProjectDocument = z
  .object({
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    settings: ProjectSettings,
    tracks: Tracks.default({ video: [], overlay: [], music: [], voiceover: [] }),
    captions: Captions.default(Captions.parse({})),
  })
  .strict()
  .superRefine((doc, ctx) => {
    // Ids must be unique across the document: the editor's selection and undo use them.
    const seen = new Set<string>();
    const all = [...doc.tracks.video, ...doc.tracks.overlay, ...doc.tracks.music, ...doc.tracks.voiceover, ...doc.captions.cues];
    for (const item of all) {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', message: `duplicate id "${item.id}"`, path: ['tracks'] });
      seen.add(item.id);
    }
  });
/** A validated document with every default filled in. */
export type ProjectDocument = z.infer<typeof ProjectDocument>;
/** What a person or script may write: defaults may be omitted. */
export type ProjectDocumentInput = z.input<typeof ProjectDocument>;
