import type { SpeechAlignment, WordTiming } from '../../provider';

/**
 * Words from per-character timings: consecutive non-space characters form a word that starts
 * at its first character's start and ends at its last character's end.
 */
export function wordsFromAlignment(a: SpeechAlignment): WordTiming[] {
  const words: WordTiming[] = [];
  let current: WordTiming | null = null;
  a.characters.forEach((ch, i) => {
    const start = a.startsSec[i] ?? 0;
    const end = a.endsSec[i] ?? start;
    if (/\s/.test(ch)) {
      current = null;
      return;
    }
    if (current) {
      current.word += ch;
      current.endSec = end;
    } else {
      current = { word: ch, startSec: start, endSec: end };
      words.push(current);
    }
  });
  return words;
}
