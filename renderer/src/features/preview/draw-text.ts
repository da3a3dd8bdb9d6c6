import type { FontFace as BundledFace, PlacedLine } from '../../../../preload/contract/layout';
import { canvasFont } from './preview-fonts';

export interface TextLook {
  face: BundledFace;
  fontSizePx: number;
  color: string;
  outline: { color: string; widthPx: number } | null;
  shadow: { color: string; dx: number; dy: number } | null;
  box: { color: string; paddingPx: number } | null;
}

/**
 * Draws placed lines the way drawtext does, in its order: the box behind the glyphs (their
 * ink from top to bottom, the advance wide, grown by the padding), the shadow (plain glyphs
 * offset, no blur), the outline (glyphs grown by its width), then the glyphs. Each part takes
 * `alpha` on its own, as drawtext's alpha applies to each colour. Blank lines draw nothing.
 */
export function drawTextLines(ctx: CanvasRenderingContext2D, { lines, look, alpha }: { lines: readonly PlacedLine[]; look: TextLook; alpha: number }): void {
  ctx.save();
  ctx.font = canvasFont(look.face, look.fontSizePx);
  ctx.textBaseline = 'alphabetic';
  ctx.globalAlpha = alpha;
  ctx.lineJoin = 'round';
  for (const line of lines) {
    if (line.text.trim() === '') continue;
    ctx.textAlign = line.align;
    const { anchorX: x, baselineY: y, text } = line;
    if (look.box) {
      const m = ctx.measureText(text);
      const left = line.align === 'left' ? x : line.align === 'center' ? x - m.width / 2 : x - m.width;
      const pad = look.box.paddingPx;
      ctx.fillStyle = look.box.color;
      ctx.fillRect(left - pad, y - m.actualBoundingBoxAscent - pad, m.width + 2 * pad, m.actualBoundingBoxAscent + m.actualBoundingBoxDescent + 2 * pad);
    }
    if (look.shadow) {
      ctx.fillStyle = look.shadow.color;
      ctx.fillText(text, x + look.shadow.dx, y + look.shadow.dy);
    }
    if (look.outline) {
      ctx.strokeStyle = look.outline.color;
      ctx.lineWidth = 2 * look.outline.widthPx;
      ctx.strokeText(text, x, y);
    }
    ctx.fillStyle = look.color;
    ctx.fillText(text, x, y);
  }
  ctx.restore();
}
