import type { FontFace } from './fonts';

/**
 * Approximate advance of one character in em, by class. drawtext cannot wrap, so the planner
 * wraps before drawing; the estimate errs on the wide side (capitals and digits are the widest
 * common glyphs), measured against Inter on ad-like copy.
 */
function charEm(ch: string): number {
  if (ch === ' ') return 0.28;
  if (/[A-Z0-9]/.test(ch)) return 0.68;
  if (/[a-z]/.test(ch)) return 0.55;
  const cp = ch.codePointAt(0) ?? 0;
  // CJK, emoji and other wide symbols are about one em.
  return cp >= 0x2e80 ? 1 : 0.6;
}

export function estimateTextWidth({ text, fontSizePx, face }: { text: string; fontSizePx: number; face: FontFace }): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontSizePx * face.widthFactor;
}

/** Splits a word that alone is wider than the line, by code points (never inside a surrogate pair). */
function splitLongWord(word: string, fits: (s: string) => boolean): string[] {
  const parts: string[] = [];
  let current = '';
  for (const ch of word) {
    if (current !== '' && !fits(current + ch)) {
      parts.push(current);
      current = '';
    }
    current += ch;
  }
  if (current !== '') parts.push(current);
  return parts;
}

function wrapParagraph(paragraph: string, fits: (s: string) => boolean): string[] {
  const lines: string[] = [];
  let current: string | null = null;
  for (const word of paragraph.split(' ')) {
    const candidate: string = current === null ? word : `${current} ${word}`;
    if (current === null || fits(candidate)) current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  lines.push(current ?? '');
  // Greedy filling only overflows on a single word wider than the line: break that word.
  return lines.flatMap((line) => (fits(line) ? [line] : splitLongWord(line, fits)));
}

/**
 * Lines to draw: the text's own line breaks are kept (CRLF counts as one), and each paragraph is
 * wrapped greedily at spaces to fit `maxWidthPx`. Blank lines stay blank.
 */
export function wrapText({ text, fontSizePx, maxWidthPx, face }: { text: string; fontSizePx: number; maxWidthPx: number; face: FontFace }): string[] {
  const fits = (s: string): boolean => estimateTextWidth({ text: s, fontSizePx, face }) <= maxWidthPx;
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .flatMap((paragraph) => wrapParagraph(paragraph, fits));
}
