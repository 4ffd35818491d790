/**
 * Similarity cases the mutation run of `names.ts` showed untested (docs/mutation.md). The property
 * tests of names.fast-paths.test.ts draw mostly short texts, so the widest window of the bit-set
 * path (a second text of exactly 30 characters against a long first one) and a first text more
 * than twice as long as a short second one were never reached. The values are the plain
 * definition's (jaroWinklerPlain of jaro-winkler.reference.ts), to the last digit. Suggestions (N5)
 * rank roster names by them.
 */
import { describe, expect, it } from 'vitest';
import { bareSimilarity, jaroWinkler, nameSimilarity } from '../../src/core/names';

describe('jaroWinkler at the limits of its bit-set path', () => {
  it.each([
    // A second text of exactly 30 characters: its last positions are inside the window.
    ['abnrabnrabnrabnrabnrabnrabnrab', 'ran bran bran bran bran bran b', 0.7416666666666667],
    ['bran bran bran bran bran bran bran bran', 'ran bran bran bran bran bran b', 0.7564102564102564],
    ['yohanes benyamin radja manafe da', 'yohanes benyamin radja manafe ', 0.9874999999999999],
    ['maria goreti lake bria seran ndun', 'maria goreti lake bria seran n', 0.9818181818181818],
    // A first text of 70 characters against one of 10: positions past 32 of the first are outside every window.
    [`${'x'.repeat(60)}abcdefghij`, 'abcdefghij', 0],
    ['a'.repeat(70), 'aaaaaaaaaa', 0.8285714285714286],
  ])('%j ~ %j = %d', (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 12);
  });
});

describe('similarity of names with nothing in them', () => {
  it('is 0, even between two of them: nothing is suggested for an empty name', () => {
    expect(bareSimilarity('', '')).toBe(0);
    expect(bareSimilarity('', 'maria lake')).toBe(0);
    expect(bareSimilarity('maria lake', '')).toBe(0);
    expect(nameSimilarity('-', '...')).toBe(0);
  });
});
