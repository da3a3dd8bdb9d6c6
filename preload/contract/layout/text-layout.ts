import type { PositionPreset } from '../project/primitives';
import type { FontFace } from './fonts';
import type { Rect } from './safe-area';
import { estimateTextWidth } from './text-wrap';

/** Line advance in em; the preview uses the same value as CSS line-height. */
export const LINE_HEIGHT_EM = 1.25;

export type LineAlign = 'left' | 'center' | 'right';

/** One line of text: draw it so its baseline is at `baselineY` and it is aligned to `anchorX`. */
export interface PlacedLine {
  text: string;
  baselineY: number;
  anchorX: number;
  align: LineAlign;
}

type Column = 'left' | 'center' | 'right';
type Row = 'top' | 'middle' | 'bottom';

export function presetColumn(position: PositionPreset): Column {
  if (position.endsWith('left')) return 'left';
  if (position.endsWith('right')) return 'right';
  return 'center';
}

export function presetRow(position: PositionPreset): Row {
  if (position.startsWith('top')) return 'top';
  if (position.startsWith('bottom')) return 'bottom';
  return 'middle';
}

export function insetRect(rect: Rect, inset: number): Rect {
  const i = Math.min(inset, Math.floor(rect.width / 2), Math.floor(rect.height / 2));
  return { x: rect.x + i, y: rect.y + i, width: rect.width - 2 * i, height: rect.height - 2 * i };
}

/** Top-left corner for a box of the given size at a preset inside `area` (whole pixels). */
export function placeBox({ width, height, position, area }: { width: number; height: number; position: PositionPreset; area: Rect }): { x: number; y: number } {
  const column = presetColumn(position);
  const row = presetRow(position);
  const x = column === 'left' ? area.x : column === 'right' ? area.x + area.width - width : area.x + (area.width - width) / 2;
  const y = row === 'top' ? area.y : row === 'bottom' ? area.y + area.height - height : area.y + (area.height - height) / 2;
  return { x: Math.round(x), y: Math.round(y) };
}

/** Line advance in px; a boxed style needs room for the box padding so boxes of adjacent lines do not overlap. */
export function lineHeightPx({ fontSizePx, face, boxPaddingPx = 0 }: { fontSizePx: number; face: FontFace; boxPaddingPx?: number }): number {
  const glyphs = Math.round((face.ascender + face.descender) * fontSizePx);
  return Math.max(Math.round(LINE_HEIGHT_EM * fontSizePx), glyphs + 2 * boxPaddingPx);
}

/**
 * Places lines stacked from `top`, CSS-style: each line box is `lineHeight` tall and its baseline
 * sits half the leading plus the ascender below the box top.
 */
export function stackLines({ lines, top, fontSizePx, lineHeight, face, anchorX, align }: { lines: readonly string[]; top: number; fontSizePx: number; lineHeight: number; face: FontFace; anchorX: number; align: LineAlign }): PlacedLine[] {
  const halfLeading = (lineHeight - (face.ascender + face.descender) * fontSizePx) / 2;
  const firstBaseline = top + halfLeading + face.ascender * fontSizePx;
  return lines.map((text, i) => ({ text, baselineY: Math.round(firstBaseline + i * lineHeight), anchorX, align }));
}

/**
 * Places a block of lines at a preset inside `area`. FFmpeg 5.1's drawtext cannot align the lines
 * of one block against each other, so each line is drawn alone against a shared anchor: lines are
 * aligned exactly by `align`. Where `align` differs from the preset's column (e.g. left-aligned
 * lines in a centred block) the block's width is an estimate, so only the block's position is
 * approximate, never the alignment of its lines.
 */
export function layoutTextBlock({ lines, fontSizePx, lineHeight, face, position, align, area }: { lines: readonly string[]; fontSizePx: number; lineHeight: number; face: FontFace; position: PositionPreset; align: LineAlign; area: Rect }): PlacedLine[] {
  const column = presetColumn(position);
  const { y: top } = placeBox({ width: 0, height: lines.length * lineHeight, position, area });
  const blockWidth =
    column === align ? 0 : Math.min(area.width, Math.max(0, ...lines.map((text) => estimateTextWidth({ text, fontSizePx, face }))));
  const { x: blockLeft } = placeBox({ width: blockWidth, height: 0, position, area });
  const anchorX = column === align ? columnEdge(column, area) : Math.round(blockLeft + (align === 'left' ? 0 : align === 'center' ? blockWidth / 2 : blockWidth));
  return stackLines({ lines, top, fontSizePx, lineHeight, face, anchorX, align });
}

function columnEdge(column: Column, area: Rect): number {
  if (column === 'left') return area.x;
  if (column === 'right') return area.x + area.width;
  return Math.round(area.x + area.width / 2);
}
