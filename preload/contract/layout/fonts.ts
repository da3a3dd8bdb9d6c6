import { covers, FAMILY_COVERAGE } from './font-coverage';

export type FontWeight = 'regular' | 'bold';

/** One bundled TTF with the vertical metrics (hhea, in em) that place its baseline. */
export interface FontFace {
  family: string;
  weight: FontWeight;
  /** File name inside resources/fonts. */
  file: string;
  ascender: number;
  descender: number;
  /** Rough width multiplier against Inter Regular, for line wrapping estimates. */
  widthFactor: number;
}

interface FamilyFiles {
  regular: FontFace;
  bold: FontFace;
}

const face = (family: string, weight: FontWeight, file: string, ascender: number, descender: number, widthFactor: number): FontFace => ({
  family,
  weight,
  file,
  ascender,
  descender,
  widthFactor,
});

/** The same files serve the live preview (@font-face) and the export (drawtext fontfile). */
export const BUNDLED_FONTS = {
  // hhea 1984/-494 of 2048 units.
  Inter: { regular: face('Inter', 'regular', 'Inter-Regular.ttf', 0.96875, 0.2412, 1), bold: face('Inter', 'bold', 'Inter-Bold.ttf', 0.96875, 0.2412, 1.04) },
  // hhea 1901/-483 of 2048 units; covers Arabic, Hebrew, Armenian, Georgian and more.
  'DejaVu Sans': {
    regular: face('DejaVu Sans', 'regular', 'DejaVuSans.ttf', 0.9282, 0.2358, 1.06),
    bold: face('DejaVu Sans', 'bold', 'DejaVuSans-Bold.ttf', 0.9282, 0.2358, 1.18),
  },
} as const satisfies Record<string, FamilyFiles>;
export type BundledFamily = keyof typeof BUNDLED_FONTS;

export const DEFAULT_FONT_FAMILY: BundledFamily = 'Inter';
/** The wide-coverage face used when the chosen family lacks a script in the text. */
export const FALLBACK_FONT_FAMILY: BundledFamily = 'DejaVu Sans';

export type FontSubstitution = 'unknown-family' | 'script-fallback';

export interface PickedFont {
  face: FontFace;
  /** Why a different family than asked for was used; null when none was needed. */
  substitution: FontSubstitution | null;
}

const FAMILY_NAMES = Object.keys(BUNDLED_FONTS) as BundledFamily[];

function bundledFamily(family: string): BundledFamily | undefined {
  const wanted = family.trim().toLowerCase();
  return FAMILY_NAMES.find((name) => name.toLowerCase() === wanted);
}

/** True when `text` has a character the family lacks but the fallback has (emoji are in neither). */
function needsFallback(family: BundledFamily, text: string): boolean {
  if (family === FALLBACK_FONT_FAMILY) return false;
  const own = FAMILY_COVERAGE[family];
  const fallback = FAMILY_COVERAGE[FALLBACK_FONT_FAMILY];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0x20 && !covers(own, cp) && covers(fallback, cp)) return true;
  }
  return false;
}

/**
 * The face a piece of text is drawn with. drawtext has one font per filter and no per-glyph
 * fallback, so a line whose script the family lacks (Arabic, Hebrew, …) is drawn entirely in the
 * wide-coverage fallback. Families that are not bundled fall back to Inter.
 */
export function pickFontFace({ family, weight, text }: { family: string; weight: FontWeight; text: string }): PickedFont {
  const known = bundledFamily(family);
  const chosen = known ?? DEFAULT_FONT_FAMILY;
  const substitution: FontSubstitution | null = known === undefined ? 'unknown-family' : null;
  if (needsFallback(chosen, text)) {
    return { face: BUNDLED_FONTS[FALLBACK_FONT_FAMILY][weight], substitution: 'script-fallback' };
  }
  return { face: BUNDLED_FONTS[chosen][weight], substitution };
}
