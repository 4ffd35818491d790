/**
 * More "Skala Jawaban" texts the mutation run of `survey/scale.ts` showed untested
 * (docs/mutation.md): numbers of two digits, "5=terbaik" without spaces, and runs of spaces
 * before "terbaik" (S1a).
 */
import { describe, expect, it } from 'vitest';
import { parseScaleSetting } from '../../../src/core/survey/scale';

describe('parseScaleSetting (S1a)', () => {
  it.each<[string, number, number, 'lowest' | 'highest']>([
    ['10-15, terbaik 15', 10, 15, 'highest'],
    ['0-10, 10 terbaik', 0, 10, 'highest'],
    ['1–5, 5=terbaik', 1, 5, 'highest'],
    ['1–5, tertinggi   terbaik', 1, 5, 'highest'],
  ])('%j', (text, lowest, highest, best) => {
    expect(parseScaleSetting(text)).toEqual({ kind: 'set', scale: { lowest, highest, best } });
  });
});
