import type { FontFace } from './fonts';
import type { Rect } from './safe-area';
import { lineHeightPx, stackLines, type PlacedLine } from './text-layout';
import { wrapText } from './text-wrap';

/** Card typography at the 1080 reference (scaled by referenceScale), shared with the preview. */
export const CARD_STYLE = {
  titleSize: 88,
  subtitleSize: 44,
  logoMaxHeight: 180,
  logoGap: 48,
  subtitleGap: 28,
} as const;

export interface CardTextBlock {
  fontSizePx: number;
  lines: PlacedLine[];
}

export interface CardLayout {
  /** Where the logo goes: scaled to fit maxWidth × maxHeight, centred on centerX, vertically centred in its box. */
  logo: { centerX: number; top: number; maxWidth: number; maxHeight: number } | null;
  title: CardTextBlock;
  subtitle: CardTextBlock;
}

interface CardLayoutInput {
  area: Rect;
  /** referenceScale() of the output frame. */
  scale: number;
  title: string;
  subtitle: string;
  titleFace: FontFace;
  subtitleFace: FontFace;
  hasLogo: boolean;
}

/** Logo, title and subtitle stacked and centred as one group inside the safe area. */
export function layoutCard({ area, scale, title, subtitle, titleFace, subtitleFace, hasLogo }: CardLayoutInput): CardLayout {
  const px = (n: number): number => Math.max(1, Math.round(n * scale));
  const titleSize = px(CARD_STYLE.titleSize);
  const subtitleSize = px(CARD_STYLE.subtitleSize);
  const titleLines = title === '' ? [] : wrapText({ text: title, fontSizePx: titleSize, maxWidthPx: area.width, face: titleFace });
  const subtitleLines = subtitle === '' ? [] : wrapText({ text: subtitle, fontSizePx: subtitleSize, maxWidthPx: area.width, face: subtitleFace });
  const titleLh = lineHeightPx({ fontSizePx: titleSize, face: titleFace });
  const subtitleLh = lineHeightPx({ fontSizePx: subtitleSize, face: subtitleFace });

  const logoHeight = hasLogo ? px(CARD_STYLE.logoMaxHeight) : 0;
  const logoGap = hasLogo && titleLines.length + subtitleLines.length > 0 ? px(CARD_STYLE.logoGap) : 0;
  const subtitleGap = titleLines.length > 0 && subtitleLines.length > 0 ? px(CARD_STYLE.subtitleGap) : 0;
  const titleHeight = titleLines.length * titleLh;
  const total = logoHeight + logoGap + titleHeight + subtitleGap + subtitleLines.length * subtitleLh;

  const top = Math.round(area.y + (area.height - total) / 2);
  const centerX = Math.round(area.x + area.width / 2);
  const titleTop = top + logoHeight + logoGap;
  const subtitleTop = titleTop + titleHeight + subtitleGap;
  return {
    logo: hasLogo ? { centerX, top, maxWidth: area.width, maxHeight: logoHeight } : null,
    title: { fontSizePx: titleSize, lines: stackLines({ lines: titleLines, top: titleTop, fontSizePx: titleSize, lineHeight: titleLh, face: titleFace, anchorX: centerX, align: 'center' }) },
    subtitle: {
      fontSizePx: subtitleSize,
      lines: stackLines({ lines: subtitleLines, top: subtitleTop, fontSizePx: subtitleSize, lineHeight: subtitleLh, face: subtitleFace, anchorX: centerX, align: 'center' }),
    },
  };
}
