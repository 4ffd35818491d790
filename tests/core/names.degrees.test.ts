/**
 * isDegreesOnly cases the mutation run of `names.ts` showed untested (docs/mutation.md): a stray
 * dot before a degree split over three words, and the limit of three words per degree. R6: a
 * roster cell or checkbox part that is only degrees belongs to the name before it.
 */
import { describe, expect, it } from 'vitest';
import { isDegreesOnly } from '../../src/core/names';

describe('isDegreesOnly: words that are only dots, and degrees split over words (R6)', () => {
  it.each<[string, boolean]>([
    // A lone dot is no word: "A. Md. Kep." after it is still one degree over three words.
    ['. A. Md. Kep.', true],
    ['A. Md. Kep.', true],
    // A degree is joined from at most three words.
    ['A. Md. Ke. B.', false],
    ['A.Md.Keb.', true],
  ])('%j → %s', (text, expected) => {
    expect(isDegreesOnly(text)).toBe(expected);
  });
});
