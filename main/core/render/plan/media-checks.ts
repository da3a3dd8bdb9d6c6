import type { MediaRef } from '../../../../preload/contract/project';
import { AppError } from '../../shared/app-error';
import type { PlanContext } from './plan-context';
import type { ResolvedMedia } from './render-plan';

/** Resolves media for a named document element and checks it is the kind the element needs. */
const NOUN: Record<ResolvedMedia['kind'], string> = { image: 'an image', video: 'a video', audio: 'an audio file' };

export function mediaOfKind(ctx: PlanContext, { ref, what, kinds }: { ref: MediaRef; what: string; kinds: ReadonlyArray<ResolvedMedia['kind']> }): ResolvedMedia {
  const media = ctx.media(ref);
  if (!kinds.includes(media.kind)) {
    throw new AppError('BAD_INPUT', `${what}: ${media.path} is ${NOUN[media.kind]}, but it needs ${kinds.map((k) => NOUN[k]).join(' or ')}.`, {
      path: media.path,
    });
  }
  return media;
}

/** Media that must carry sound: audio files, or videos with an audio stream. */
export function soundMedia(ctx: PlanContext, { ref, what }: { ref: MediaRef; what: string }): ResolvedMedia {
  const media = mediaOfKind(ctx, { ref, what, kinds: ['audio', 'video'] });
  if (!media.hasAudio) throw new AppError('BAD_INPUT', `${what}: ${media.path} has no sound.`, { path: media.path });
  return media;
}
