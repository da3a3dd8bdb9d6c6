import path from 'node:path';
import type { FrameSize, Platform } from '../../../../preload/contract/project';
import type { Rect } from '../../../../preload/contract/layout';
import type { MediaResolver, RenderPlan } from './render-plan';

/** Shared state of one planRender call: output facts, text files and warnings being collected. */
export interface PlanContext {
  frame: FrameSize;
  fps: number;
  totalFrames: number;
  /** referenceScale(frame): document sizes are at a 1080 short side. */
  scale: number;
  platform: Platform;
  safe: Rect;
  fontsDir: string;
  media: MediaResolver;
  textFiles: RenderPlan['textFiles'];
  warnings: string[];
}

/** Lists a text file for the runner to write and returns its name in the work dir. */
export function addTextFile(ctx: PlanContext, content: string): string {
  const name = `text-${ctx.textFiles.length}.txt`;
  ctx.textFiles.push({ name, content });
  return name;
}

export function warnOnce(ctx: PlanContext, message: string): void {
  if (!ctx.warnings.includes(message)) ctx.warnings.push(message);
}

export function fontPath(ctx: PlanContext, file: string): string {
  return path.join(ctx.fontsDir, file);
}
