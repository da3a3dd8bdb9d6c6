import { layoutCard, pickFontFace, type Rect } from '../../../../preload/contract/layout';
import type { FrameSize } from '../../../../preload/contract/project/frame-size';
import type { MediaRef } from '../../../../preload/contract/project/primitives';
import type { ProjectSettings } from '../../../../preload/contract/project/settings';
import type { CardItem } from '../../../../preload/contract/project/video-track';
import { drawFramed, pictureSize, type BlurScratch } from './draw-picture';
import { drawTextLines } from './draw-text';
import { fitPicture } from './framing';

export interface CardContext {
  frame: FrameSize;
  safe: Rect;
  /** referenceScale of the output frame. */
  scale: number;
  settings: ProjectSettings;
  image: (ref: MediaRef) => HTMLImageElement | null;
  scratch: BlurScratch;
}

/** The render fills colour and gradient backgrounds opaque: it drops a colour's alpha. */
const opaque = (color: string): string => color.slice(0, 7);

function drawBackground(ctx: CanvasRenderingContext2D, card: CardItem, c: CardContext): void {
  const { width, height } = c.frame;
  const bg = card.background;
  if (bg.kind === 'color') {
    ctx.fillStyle = opaque(bg.color);
    ctx.fillRect(0, 0, width, height);
    return;
  }
  if (bg.kind === 'gradient') {
    // CSS angles (0° = to top, 90° = to right) and CSS's gradient line length, as the render's geq ramp.
    const rad = (bg.angleDeg * Math.PI) / 180;
    const dx = Math.sin(rad);
    const dy = -Math.cos(rad);
    const half = (Math.abs(width * dx) + Math.abs(height * dy)) / 2;
    const gradient = ctx.createLinearGradient(width / 2 - dx * half, height / 2 - dy * half, width / 2 + dx * half, height / 2 + dy * half);
    gradient.addColorStop(0, opaque(bg.from));
    gradient.addColorStop(1, opaque(bg.to));
    ctx.fillStyle = gradient;
    ctx.fillRect(0, 0, width, height);
    return;
  }
  ctx.fillStyle = '#000000';
  ctx.fillRect(0, 0, width, height);
  const image = c.image(bg.media);
  if (image) drawFramed(ctx, { source: image, framing: bg.framing, frame: c.frame, kind: 'stream', scratch: c.scratch });
  if (bg.dim > 0) {
    ctx.fillStyle = `rgba(0, 0, 0, ${bg.dim})`;
    ctx.fillRect(0, 0, width, height);
  }
}

/** A card as the render lays it out: background, brand logo, title and subtitle (layoutCard, shared with the planner). */
export function drawCard(ctx: CanvasRenderingContext2D, card: CardItem, c: CardContext): void {
  drawBackground(ctx, card, c);
  const brand = c.settings.brand;
  const title = pickFontFace({ family: brand.fonts.heading, weight: 'bold', text: card.title }).face;
  const subtitle = pickFontFace({ family: brand.fonts.body, weight: 'regular', text: card.subtitle }).face;
  const logo = card.showLogo && brand.logo !== null ? c.image(brand.logo) : null;
  // The render lays the card out with room for the logo whenever the brand has one, even before it loads here.
  const hasLogo = card.showLogo && brand.logo !== null;
  const layout = layoutCard({ area: c.safe, scale: c.scale, title: card.title, subtitle: card.subtitle, titleFace: title, subtitleFace: subtitle, hasLogo });
  if (logo && layout.logo) {
    const { centerX, top, maxWidth, maxHeight } = layout.logo;
    const box = fitPicture({ fit: 'contain', frame: { width: maxWidth, height: maxHeight }, source: pictureSize(logo) });
    ctx.drawImage(logo, centerX - box.width / 2, top + (maxHeight - box.height) / 2, box.width, box.height);
  }
  const color = card.titleColor ?? brand.colors.text;
  const plain = { color, outline: null, shadow: null, box: null };
  drawTextLines(ctx, { lines: layout.title.lines, look: { ...plain, face: title, fontSizePx: layout.title.fontSizePx }, alpha: 1 });
  drawTextLines(ctx, { lines: layout.subtitle.lines, look: { ...plain, face: subtitle, fontSizePx: layout.subtitle.fontSizePx }, alpha: 1 });
}
