import path from 'node:path';
import type { PlanTiming, TextDraw } from '../plan/render-plan';
import { filter, num } from './filter-syntax';

/** '#rrggbbaa' → FFmpeg's '0xRRGGBBAA'. */
export function ffColor(color: string): string {
  return `0x${color.slice(1).toUpperCase()}`;
}

/** Shown on frames [startFrame, endFrame): the half-frame margins keep float time comparisons safe. */
export function enableExpr(timing: PlanTiming, fps: number): string {
  return `between(t,${num((timing.startFrame - 0.5) / fps)},${num((timing.endFrame - 0.5) / fps)})`;
}

/** Linear fade in from the start and out to the end; undefined when there is no fade. */
export function fadeAlphaExpr(timing: PlanTiming, fps: number): string | undefined {
  const terms: string[] = [];
  if (timing.fadeInMs > 0) terms.push(`(t-${num(timing.startFrame / fps)})/${num(timing.fadeInMs / 1000)}`);
  if (timing.fadeOutMs > 0) terms.push(`(${num(timing.endFrame / fps)}-t)/${num(timing.fadeOutMs / 1000)}`);
  if (terms.length === 0) return undefined;
  return `clip(${terms.length === 1 ? terms[0] : `min(${terms.join(',')})`},0,1)`;
}

function xExpr(draw: TextDraw): string {
  if (draw.align === 'left') return String(draw.anchorX);
  return draw.align === 'center' ? `${draw.anchorX}-text_w/2` : `${draw.anchorX}-text_w`;
}

/**
 * One drawtext for one line. The text comes from a file and expansion is off, so nothing in it
 * is interpreted; only the two paths pass through the filter-graph parser, escaped. `ascent` is
 * the rendered glyphs' ascent, so `y = baseline - ascent` puts every line's baseline where the
 * layout says, whatever letters it holds.
 */
export function drawtextFilter({ draw, workDir, fps }: { draw: TextDraw; workDir: string; fps: number }): string {
  const { outline, shadow, box, timing } = draw;
  return filter('drawtext', {
    fontfile: draw.fontFile,
    textfile: path.join(workDir, draw.textFile),
    expansion: 'none',
    text_shaping: 1,
    fontsize: draw.fontSizePx,
    fontcolor: ffColor(draw.color),
    x: xExpr(draw),
    y: `${draw.baselineY}-ascent`,
    borderw: outline?.widthPx,
    bordercolor: outline ? ffColor(outline.color) : undefined,
    shadowx: shadow?.dx,
    shadowy: shadow?.dy,
    shadowcolor: shadow ? ffColor(shadow.color) : undefined,
    box: box ? 1 : undefined,
    boxcolor: box ? ffColor(box.color) : undefined,
    boxborderw: box?.paddingPx,
    alpha: timing ? fadeAlphaExpr(timing, fps) : undefined,
    enable: timing ? enableExpr(timing, fps) : undefined,
  });
}
