import type { ProjectDocument } from '../../../../preload/contract/project';
import { referenceScale } from '../../../../preload/contract/project';
import { computeTimeline, msToFrame, safeArea } from '../../../../preload/contract/layout';
import { AppError } from '../../shared/app-error';
import { outputFrameSize, type RenderPreset } from './frame-size';
import { planAudio } from './plan-audio';
import type { PlanContext } from './plan-context';
import { planOverlays } from './plan-overlays';
import { planVideo } from './plan-video';
import { SAMPLE_RATE, type MediaResolver, type RenderPlan } from './render-plan';

export interface PlanRenderInput {
  document: ProjectDocument;
  media: MediaResolver;
  preset?: RenderPreset;
  /** Folder holding the bundled TTFs (resources/fonts). */
  fontsDir: string;
}

/**
 * Turns a validated project document into a render plan: every item placed in whole frames and
 * samples, every piece of text laid out and listed as a file, every media reference resolved and
 * checked. Pure apart from the media resolver; throws AppError('BAD_INPUT') naming the element
 * that cannot be rendered.
 */
export function planRender({ document, media, preset, fontsDir }: PlanRenderInput): RenderPlan {
  const { settings, tracks, captions } = document;
  if (tracks.video.length === 0) throw new AppError('BAD_INPUT', 'The video track is empty: add at least one clip, still or card before exporting.');
  const timeline = computeTimeline(document);
  const issue = timeline.issues[0];
  if (issue) throw new AppError('BAD_INPUT', `video item "${issue.itemId}": ${issue.message}.`, { itemId: issue.itemId });

  const frame = outputFrameSize(settings, preset);
  const fps = settings.fps;
  const totalFrames = msToFrame(timeline.totalMs, fps);
  const ctx: PlanContext = {
    frame,
    fps,
    totalFrames,
    scale: referenceScale(frame),
    platform: settings.platform,
    safe: safeArea(settings.platform, frame),
    fontsDir,
    media,
    textFiles: [],
    warnings: [],
  };
  const video = planVideo(ctx, { items: tracks.video, timeline, settings });
  const tooShort = video.find((item) => item.frames < 1);
  if (tooShort) throw new AppError('BAD_INPUT', `video item "${tooShort.id}" is shorter than one frame at ${fps} fps.`, { itemId: tooShort.id });
  const overlays = planOverlays(ctx, { overlays: tracks.overlay, captions });
  const audio = planAudio(ctx, { music: tracks.music, voiceover: tracks.voiceover, mix: settings.audio });
  return {
    output: {
      width: frame.width,
      height: frame.height,
      fps,
      frames: totalFrames,
      durationMs: Math.round((totalFrames * 1000) / fps),
      samples: (totalFrames * SAMPLE_RATE) / fps,
    },
    video,
    overlays,
    audio,
    textFiles: ctx.textFiles,
    warnings: ctx.warnings,
  };
}
