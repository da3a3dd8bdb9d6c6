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
    // Factories, not values: zod only shallow-clones a default, so nested arrays and objects
    // would otherwise be shared by every document parsed without them.
    tracks: Tracks.default(() => ({ video: [], overlay: [], music: [], voiceover: [] })),
    captions: Captions.default(() => Captions.parse({})),
  })
  .strict()
  .superRefine((doc, ctx) => {
    // Ids must be unique across the document: the editor's selection and undo use them.
    // The issue points at the second use, so a person can find it (captions live outside tracks).
    const seen = new Set<string>();
    const lists: [string[], { id: string }[]][] = [
      [['tracks', 'video'], doc.tracks.video],
      [['tracks', 'overlay'], doc.tracks.overlay],
      [['tracks', 'music'], doc.tracks.music],
      [['tracks', 'voiceover'], doc.tracks.voiceover],
      [['captions', 'cues'], doc.captions.cues],
    ];
    for (const [at, items] of lists) {
      items.forEach((item, index) => {
        if (seen.has(item.id)) ctx.addIssue({ code: 'custom', message: `duplicate id "${item.id}"`, path: [...at, index, 'id'] });
        seen.add(item.id);
      });
    }
  });
/** A validated document with every default filled in. */
export type ProjectDocument = z.infer<typeof ProjectDocument>;
/** What a person or script may write: defaults may be omitted. */
export type ProjectDocumentInput = z.input<typeof ProjectDocument>;
