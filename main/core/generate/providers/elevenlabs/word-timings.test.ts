import { describe, expect, it } from 'vitest';
import { wordsFromAlignment } from './word-timings';

describe('wordsFromAlignment', () => {
  it('groups non-space characters into words with first start and last end', () => {
    const characters = [...'Hi  you.'];
    const startsSec = characters.map((_c, i) => i * 0.1);
    const endsSec = characters.map((_c, i) => (i + 1) * 0.1);
    expect(wordsFromAlignment({ characters, startsSec, endsSec }).map((w) => ({ ...w, startSec: +w.startSec.toFixed(2), endSec: +w.endSec.toFixed(2) }))).toEqual([
      { word: 'Hi', startSec: 0, endSec: 0.2 },
      { word: 'you.', startSec: 0.4, endSec: 0.8 },
    ]);
  });
});
