import type { CardItem, ProjectSettings } from '../../../../preload/contract/project';
import { layoutCard, pickFontFace } from '../../../../preload/contract/layout';
import { normalizeColor } from './colors';
import { mediaOfKind } from './media-checks';
import { fontPath, warnOnce, type PlanContext } from './plan-context';
import { drawsForLines } from './plan-text';
import type { PlanCardBackground, PlanLogo, TextDraw } from './render-plan';

/** Card text has no outline, shadow or box, and shows for the whole card. */
const PLAIN = { outline: null, shadow: null, box: null, timing: null } as const;

function planBackground(ctx: PlanContext, card: CardItem): PlanCardBackground {
  const bg = card.background;
  if (bg.kind === 'color') return { kind: 'color', color: normalizeColor(bg.color) };
  if (bg.kind === 'gradient') return { kind: 'gradient', from: normalizeColor(bg.from), to: normalizeColor(bg.to), angleDeg: bg.angleDeg };
  const media = mediaOfKind(ctx, { ref: bg.media, what: `card "${card.id}" background`, kinds: ['image'] });
  return { kind: 'image', path: media.path, framing: bg.framing, dim: bg.dim };
}

/** Background, optional brand logo and title/subtitle in the brand fonts, laid out once for the whole card. */
export function planCard(ctx: PlanContext, { card, settings }: { card: CardItem; settings: ProjectSettings }): { background: PlanCardBackground; logo: PlanLogo | null; texts: TextDraw[] } {
  const brand = settings.brand;
  const title = pickFontFace({ family: brand.fonts.heading, weight: 'bold', text: card.title });
  const subtitle = pickFontFace({ family: brand.fonts.body, weight: 'regular', text: card.subtitle });
  for (const [picked, family] of [[title, brand.fonts.heading], [subtitle, brand.fonts.body]] as const) {
    if (picked.substitution === 'unknown-family') warnOnce(ctx, `font "${family}" is not bundled; drawn with ${picked.face.family}`);
  }
  if (card.showLogo && brand.logo === null) warnOnce(ctx, `card "${card.id}" asks for the brand logo, but the brand has none`);
  const logoMedia = card.showLogo && brand.logo !== null ? mediaOfKind(ctx, { ref: brand.logo, what: 'brand logo', kinds: ['image'] }) : null;

  const layout = layoutCard({ area: ctx.safe, scale: ctx.scale, title: card.title, subtitle: card.subtitle, titleFace: title.face, subtitleFace: subtitle.face, hasLogo: logoMedia !== null });
  const color = normalizeColor(card.titleColor ?? brand.colors.text);
  return {
    background: planBackground(ctx, card),
    logo: logoMedia && layout.logo ? { path: logoMedia.path, ...layout.logo } : null,
    texts: [
      ...drawsForLines(ctx, { lines: layout.title.lines, fontFile: fontPath(ctx, title.face.file), fontSizePx: layout.title.fontSizePx, color, ...PLAIN }),
      ...drawsForLines(ctx, { lines: layout.subtitle.lines, fontFile: fontPath(ctx, subtitle.face.file), fontSizePx: layout.subtitle.fontSizePx, color, ...PLAIN }),
    ],
  };
}
