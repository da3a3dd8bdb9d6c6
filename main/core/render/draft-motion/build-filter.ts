import type { CameraMove, Easing, Framing } from '../../../../preload/contract/project/primitives';
import { AppError } from '../../shared/app-error';
import { cameraPath, type View } from '../../../../preload/contract/layout/camera-motion';
import { easeExpr } from './easing';
import { canvasFilter } from './framing-filter';

export interface DraftMotionFilterOptions {
  move: CameraMove;
  /** 0..1: how far the camera zooms or travels. */
  intensity: number;
  easing?: Easing;
  durationMs: number;
  /** Whole frames per second (the project rates are 24, 25, 30, 50, 60). */
  fps: number;
  width: number;
  height: number;
  framing: Framing;
  /** Display size of the still; decides whether contain/blur need a background at all. */
  sourceWidth: number;
  sourceHeight: number;
  /** #rrggbb[aa] behind 'contain' and transparent pixels. Default black. */
  background?: string;
  /** Default 'in' and 'out'. */
  inputLabel?: string;
  outputLabel?: string;
  /** Prefix of internal labels; give each still its own inside a bigger graph. Default 'dm'. */
  labelPrefix?: string;
}

/** Frames a still of durationMs occupies at fps; the clip is exactly this many frames. */
export function draftMotionFrameCount(durationMs: number, fps: number): number {
  return Math.max(1, Math.round((durationMs * fps) / 1000));
}

function bad(field: string, why: string): AppError {
  return new AppError('BAD_INPUT', `Draft motion: ${field} ${why}.`, { field });
}

function validate(o: DraftMotionFilterOptions): void {
  const evenSize = (n: number): boolean => Number.isInteger(n) && n >= 2 && n % 2 === 0;
  if (!evenSize(o.width)) throw bad('width', `must be an even whole number of pixels (got ${o.width})`);
  if (!evenSize(o.height)) throw bad('height', `must be an even whole number of pixels (got ${o.height})`);
  if (!Number.isInteger(o.fps) || o.fps <= 0 || o.fps > 240) throw bad('fps', `must be a whole number from 1 to 240 (got ${o.fps})`);
  if (!Number.isFinite(o.durationMs) || o.durationMs <= 0) throw bad('durationMs', `must be positive (got ${o.durationMs})`);
  if (!Number.isFinite(o.intensity) || o.intensity < 0 || o.intensity > 1) throw bad('intensity', `must be between 0 and 1 (got ${o.intensity})`);
  if (!(o.sourceWidth > 0) || !(o.sourceHeight > 0)) throw bad('source size', `must be positive (got ${o.sourceWidth}x${o.sourceHeight})`);
  if (o.background !== undefined && !/^#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/.test(o.background)) throw bad('background', `must be a colour like #1a2b3c (got "${o.background}")`);
  for (const label of [o.inputLabel, o.outputLabel, o.labelPrefix]) {
    if (label !== undefined && !/^[A-Za-z0-9_:]+$/.test(label)) throw bad('label', `"${label}" may only contain letters, digits, "_" and ":"`);
  }
}

/** Four decimals are far below perspective's 1/256-pixel resolution; no exponent notation, no "-0". */
export function num(n: number): string {
  const s = String(Number(n.toFixed(4)));
  return s === '-0' ? '0' : s;
}

/**
 * Source positions of the output's corners for one view, in perspective's convention (output
 * pixel x samples x0 + x·size). The half-pixel terms keep pixel centres aligned, so the view
 * `size = 1` is an exact identity rather than a shift of up to half a pixel.
 */
function corners(view: View, w: number, h: number): number[] {
  const x0 = view.cx * w - (view.size * w) / 2 + view.size / 2 - 0.5;
  const y0 = view.cy * h - (view.size * h) / 2 + view.size / 2 - 0.5;
  const x1 = x0 + view.size * w;
  const y2 = y0 + view.size * h;
  // Order of perspective's options: x0 y0 (top left), x1 y1, x2 y2 (bottom left), x3 y3.
  return [x0, y0, x1, y0, x0, y2, x1, y2];
}

/** An expression that is `a` at eased progress 0 and `b` at 1, sampled per output frame. */
function cornerExpr(a: number, b: number, progress: string, eased: string): string {
  const delta = Number((b - a).toFixed(4));
  if (delta === 0) return num(a);
  const sign = delta < 0 ? '-' : '+';
  return `'${progress};${num(a)}${sign}${num(Math.abs(delta))}*${eased}'`;
}

/**
 * The motion part: repeat the one canvas frame, stamp exact timestamps, and move the camera
 * with `perspective`, which samples at 1/256-pixel precision with bilinear interpolation.
 * Crop- or zoompan-based moves snap the window to whole (even, in 4:2:0) pixels each frame,
 * which is the stair-step jitter of naive Ken Burns effects; see the report for timings.
 */
function motionFilter(o: DraftMotionFilterOptions, frames: number): string {
  const repeat = `loop=loop=${frames - 1}:size=1:start=0,settb=1/${o.fps},setpts=N,fps=${o.fps}`;
  const path = cameraPath(o.move, o.intensity);
  const from = corners(path.from, o.width, o.height);
  const to = corners(path.to, o.width, o.height);
  if (from.every((v, i) => num(v) === num(to[i] ?? v))) return repeat;
  // perspective counts output frames from 1 ('on'); progress runs 0..1 over the clip.
  const progress = frames > 1 ? `st(0,clip((on-1)/${frames - 1},0,1))` : 'st(0,0)';
  const eased = easeExpr(o.easing ?? 'ease-in-out');
  const names = ['x0', 'y0', 'x1', 'y1', 'x2', 'y2', 'x3', 'y3'];
  const opts = names.map((name, i) => `${name}=${cornerExpr(from[i] ?? 0, to[i] ?? 0, progress, eased)}`);
  return `${repeat},perspective=${opts.join(':')}:interpolation=linear:eval=frame`;
}

/**
 * A filter graph from [inputLabel] (the still, as ONE decoded frame: no -loop needed) to
 * [outputLabel]: exactly round(durationMs·fps/1000) yuv420p frames of width×height at fps,
 * timestamps from 0, with the camera move applied. Pure: the same options give the same string.
 */
export function buildDraftMotionFilter(options: DraftMotionFilterOptions): string {
  validate(options);
  const frames = draftMotionFrameCount(options.durationMs, options.fps);
  const canvas = canvasFilter({
    framing: options.framing,
    width: options.width,
    height: options.height,
    sourceWidth: options.sourceWidth,
    sourceHeight: options.sourceHeight,
    background: options.background ?? '#000000',
    inputLabel: options.inputLabel ?? 'in',
    labelPrefix: options.labelPrefix ?? 'dm',
  });
  return `${canvas},format=yuv420p,setsar=1,${motionFilter(options, frames)}[${options.outputLabel ?? 'out'}]`;
}
