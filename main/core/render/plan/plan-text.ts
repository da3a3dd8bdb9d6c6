import type { PositionPreset, TextStyle } from '../../../../preload/contract/project';
import { insetRect, layoutTextBlock, lineHeightPx, pickFontFace, wrapText, type PlacedLine } from '../../../../preload/contract/layout';
import { normalizeColor } from './colors';
import { addTextFile, fontPath, warnOnce, type PlanContext } from './plan-context';
import type { PlanTiming, TextDraw } from './render-plan';

interface TextBlockInput {
  text: string;
  style: TextStyle;
  position: PositionPreset;
  timing: PlanTiming | null;
}

const px = (value: number, scale: number): number => Math.round(value * scale);

/**
 * One drawtext per non-blank line of a styled text block, positioned inside the safe area. The
 * text itself only ever goes to a file (drawtext textfile= with expansion off), never into the
 * filter graph, so no character in it can break or change the command.
 */
export function planTextBlock(ctx: PlanContext, { text, style, position, timing }: TextBlockInput): TextDraw[] {
  const { face, substitution } = pickFontFace({ family: style.font, weight: style.weight, text });
  if (substitution === 'unknown-family') warnOnce(ctx, `font "${style.font}" is not bundled; drawn with ${face.family}`);
  const fontSizePx = Math.max(1, px(style.size, ctx.scale));
  const outline = style.outline && style.outline.width > 0 ? { color: normalizeColor(style.outline.color), widthPx: Math.max(1, px(style.outline.width, ctx.scale)) } : null;
  const shadow = style.shadow && (style.shadow.dx !== 0 || style.shadow.dy !== 0) ? { color: normalizeColor(style.shadow.color), dx: px(style.shadow.dx, ctx.scale), dy: px(style.shadow.dy, ctx.scale) } : null;
  const box = style.box ? { color: normalizeColor(style.box.color), paddingPx: px(style.box.padding, ctx.scale) } : null;

  // Box padding and outline grow past the glyphs: keep them inside the area too.
  const inner = insetRect(ctx.safe, (box?.paddingPx ?? 0) + (outline?.widthPx ?? 0));
  const lines = wrapText({ text, fontSizePx, maxWidthPx: inner.width, face });
  const lineHeight = lineHeightPx({ fontSizePx, face, boxPaddingPx: box?.paddingPx ?? 0 });
  const placed = layoutTextBlock({ lines, fontSizePx, lineHeight, face, position, align: style.align, area: inner });
  return drawsForLines(ctx, { lines: placed, fontFile: fontPath(ctx, face.file), fontSizePx, color: normalizeColor(style.color), outline, shadow, box, timing });
}

type DrawStyle = Omit<TextDraw, 'textFile' | 'baselineY' | 'anchorX' | 'align'>;

/** One drawtext per non-blank placed line, its text listed as a file. */
export function drawsForLines(ctx: PlanContext, { lines, ...style }: DrawStyle & { lines: readonly PlacedLine[] }): TextDraw[] {
  return lines
    .filter((line) => line.text.trim() !== '')
    .map((line) => ({ textFile: addTextFile(ctx, line.text), ...style, baselineY: line.baselineY, anchorX: line.anchorX, align: line.align }));
}
