import type { FrameSize } from '../project/frame-size';
import type { TextStyle } from '../project/overlay-track';
import type { PositionPreset } from '../project/primitives';
import { pickFontFace, type FontFace, type FontSubstitution } from './fonts';
import type { Rect } from './safe-area';
import { insetRect, layoutTextBlock, lineHeightPx, placeBox, type PlacedLine } from './text-layout';
import { wrapText } from './text-wrap';

/** A styled text block in output pixels: what the render draws with drawtext and the preview with canvas text. */
export interface StyledTextLayout {
  face: FontFace;
  substitution: FontSubstitution | null;
  fontSizePx: number;
  /** Colours exactly as the style has them (#rrggbb or #rrggbbaa). */
  color: string;
  outline: { color: string; widthPx: number } | null;
  shadow: { color: string; dx: number; dy: number } | null;
  box: { color: string; paddingPx: number } | null;
  /** Every line, blank ones included (they take their line's space but draw nothing). */
  lines: PlacedLine[];
}

const px = (value: number, scale: number): number => Math.round(value * scale);

/**
 * Sizes at the 1080 reference scaled to the output, lines wrapped to the safe area and placed at
 * the preset. The render planner and the preview both lay out overlays and captions with this.
 */
export function layoutStyledText({ text, style, position, safe, scale }: { text: string; style: TextStyle; position: PositionPreset; safe: Rect; scale: number }): StyledTextLayout {
  const { face, substitution } = pickFontFace({ family: style.font, weight: style.weight, text });
  const fontSizePx = Math.max(1, px(style.size, scale));
  const outline = style.outline && style.outline.width > 0 ? { color: style.outline.color, widthPx: Math.max(1, px(style.outline.width, scale)) } : null;
  const shadow = style.shadow && (style.shadow.dx !== 0 || style.shadow.dy !== 0) ? { color: style.shadow.color, dx: px(style.shadow.dx, scale), dy: px(style.shadow.dy, scale) } : null;
  const box = style.box ? { color: style.box.color, paddingPx: px(style.box.padding, scale) } : null;

  // Box padding and outline grow past the glyphs: keep them inside the area too.
  const inner = insetRect(safe, (box?.paddingPx ?? 0) + (outline?.widthPx ?? 0));
  const wrapped = wrapText({ text, fontSizePx, maxWidthPx: inner.width, face });
  const lineHeight = lineHeightPx({ fontSizePx, face, boxPaddingPx: box?.paddingPx ?? 0 });
  const lines = layoutTextBlock({ lines: wrapped, fontSizePx, lineHeight, face, position, align: style.align, area: inner });
  return { face, substitution, fontSizePx, color: style.color, outline, shadow, box, lines };
}

const even = (n: number): number => Math.max(2, Math.round(n / 2) * 2);

/** An image overlay's size (even sides; width a share of the frame width) and top-left corner in the safe area. */
export function placeImageOverlay({ frame, safe, widthShare, sourceWidth, sourceHeight, position }: { frame: FrameSize; safe: Rect; widthShare: number; sourceWidth: number; sourceHeight: number; position: PositionPreset }): Rect {
  const width = even(frame.width * widthShare);
  const height = even((width * sourceHeight) / Math.max(1, sourceWidth));
  const { x, y } = placeBox({ width, height, position, area: safe });
  return { x, y, width, height };
}
