/**
 * More Koreksi Nama picks the mutation run of `nominations/corrections.ts` showed untested
 * (docs/mutation.md): a pick that is a full titled name when the bare name is shared, a bare name
 * of a titled employee, the label of the first roster row, a NIP in a pick that nobody has, and a
 * plain name in `pickedPerson` (N5a).
 */
import { describe, expect, it } from 'vitest';
import { pickedKey, pickedPerson } from '../../../src/core/nominations/corrections';
import { MARIA, PETRUS, ROSTER, YOSEFINA_1, YOSEFINA_2 } from './fixtures';

describe('pickedKey (N5a)', () => {
  it.each<[string, string, string | null]>([
    ['the full titled name, when two people share the bare name', 'Ns. Yosefina Bria', YOSEFINA_2.nip],
    ['the full titled name, other spacing', 'yosefina bria,s.kep.', YOSEFINA_1.nip],
    ['the bare name of a titled employee', 'maria goreti lake', MARIA.nip],
    ['a NIP in the pick that nobody has, and no name', 'Pak X 199901012020011001', null],
  ])('%s', (_what, pick, key) => {
    expect(pickedKey(pick, '', ROSTER)).toBe(key);
  });

  it('the label of the first roster row', () => {
    expect(pickedKey('Yosefina Bria, S.Kep. — Sekretariat', '', [YOSEFINA_1, YOSEFINA_2])).toBe(YOSEFINA_1.nip);
  });
});

describe('pickedPerson (N5a)', () => {
  it('a plain name, not a label, names its person', () => {
    expect(pickedPerson('Petrus Seran', ROSTER)).toBe(PETRUS.nip);
    expect(pickedPerson('Ns. Yosefina Bria', ROSTER)).toBe(YOSEFINA_2.nip);
  });
});
