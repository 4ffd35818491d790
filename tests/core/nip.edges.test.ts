/**
 * More NIP cases the mutation run of `nip.ts` showed untested (docs/mutation.md): a NIP whose
 * groups are separated by tabs or line breaks (N5b), and a sequence-000 NIP followed by a word
 * (R3: only a cell that is all digits and separators is a NIP zeroed by a spreadsheet).
 */
import { describe, expect, it } from 'vitest';
import { findNipInText, nipDamage } from '../../src/core/nip';

describe('findNipInText: any spacing between the printed groups (N5b)', () => {
  it.each([
    ['19860926\t201505\t2\t001', '198609262015052001'],
    ['Maria Lake\n19860926\n201505 2 001', '198609262015052001'],
    ['19860926    201505    2    001', '198609262015052001'],
    ['19860926 - 201505 - 2 - 001', '198609262015052001'],
  ])('%j → %s', (text, nip) => {
    expect(findNipInText(text)).toBe(nip);
  });
});

describe('nipDamage: a sequence 000 only in a cell of digits (R3)', () => {
  it.each(['198609262015051000 x', '198609262015051000 (lama)', 'x 198609262015051000'])('%j is not a damaged NIP', (text) => {
    expect(nipDamage(text)).toBeNull();
  });
});
