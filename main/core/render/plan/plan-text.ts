import type { PositionPreset, TextStyle } from '../../../../preload/contract/project';
import type { PlacedLine } from '../../../../preload/contract/layout';
import { layoutStyledText } from '../../../../preload/contract/layout/overlay-layout';
import { normalizeColor } from './colors';
import { addTextFile, fontPath, warnOnce, type PlanContext } from './plan-context';
import type { PlanTiming, TextDraw } from './render-plan';

interface TextBlockInput {
  text: string;
  style: TextStyle;
  position: PositionPreset;
  timing: PlanTiming | null;
}

/**
 * One drawtext per non-blank line of a styled text block, positioned inside the safe area (the
 * layout is shared with the editor's preview). The text itself only ever goes to a file
 * (drawtext textfile= with expansion off), never into the filter graph, so no character in it can
 * break or change the command.
 */
export function planTextBlock(ctx: PlanContext, { text, style, position, timing }: TextBlockInput): TextDraw[] {
  const layout = layoutStyledText({ text, style, position, safe: ctx.safe, scale: ctx.scale });
  const { face, fontSizePx, outline, shadow, box } = layout;
  if (layout.substitution === 'unknown-family') warnOnce(ctx, `font "${style.font}" is not bundled; drawn with ${face.family}`);
  return drawsForLines(ctx, {
    lines: layout.lines,
    fontFile: fontPath(ctx, face.file),
    fontSizePx,
    color: normalizeColor(layout.color),
    outline: outline && { ...outline, color: normalizeColor(outline.color) },
    shadow: shadow && { ...shadow, color: normalizeColor(shadow.color) },
    box: box && { ...box, color: normalizeColor(box.color) },
    timing,
  });
}

type DrawStyle = Omit<TextDraw, 'textFile' | 'baselineY' | 'anchorX' | 'align'>;

/** One drawtext per non-blank placed line, its text listed as a file. */
export function drawsForLines(ctx: PlanContext, { lines, ...style }: DrawStyle & { lines: readonly PlacedLine[] }): TextDraw[] {
  return lines
    .filter((line) => line.text.trim() !== '')
    .map((line) => ({ textFile: addTextFile(ctx, line.text), ...style, baselineY: line.baselineY, anchorX: line.anchorX, align: line.align }));
}
