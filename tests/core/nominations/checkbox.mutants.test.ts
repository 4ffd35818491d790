/**
 * Checkbox cells (R6), with the labels built inside each test. `checkbox.test.ts` builds its
 * labels once when the file loads, which a mutation run cannot see (Stryker switches a mutant on
 * per test, and the file is loaded once): its cases are repeated here where the run sees them,
 * with what the run showed untested besides (docs/mutation.md): labels in other case and
 * spacing, repeated and blank labels, degrees after a bare name, several unknown runs.
 */
import { describe, expect, it } from 'vitest';
import { isJoinedChoices, splitCheckboxCell, splitLabelsOf } from '../../../src/core/nominations/checkbox';
import { CHECKBOX_ROSTER } from './fixtures';

const roster = [...CHECKBOX_ROSTER, { name: '  ' }];
const split = (cell: string) => splitCheckboxCell(cell, splitLabelsOf([], roster));

describe('splitCheckboxCell (R6), seen by a mutation run', () => {
  it.each<[string, string, string[]]>([
    ['titled names holding commas', 'dr. Maria Lake, M.Kes., Yohanes Bria, SKM, Agustinus Seran, S.Kep., Ns.', ['dr. Maria Lake, M.Kes.', 'Yohanes Bria, SKM', 'Agustinus Seran, S.Kep., Ns.']],
    ['one titled name is one entry', 'Agustinus Seran, S.Kep., Ns.', ['Agustinus Seran, S.Kep., Ns.']],
    ['titled names in other case and spacing', 'DR. MARIA  LAKE,  M.KES., yohanes bria, skm', ['DR. MARIA  LAKE, M.KES.', 'yohanes bria, skm']],
    ['bare names, any case', 'maria lake seran, PETRUS NDUN', ['maria lake seran', 'PETRUS NDUN']],
    ['a bare name with other degrees than the roster', 'Yohanes Bria, S.K.M., Petrus Ndun', ['Yohanes Bria, S.K.M.', 'Petrus Ndun']],
    ['what no label covers is one entry, where it starts', 'Petrus Ndun, Orang Lain, Tak Dikenal, Yohanes Bria, SKM', ['Petrus Ndun', 'Orang Lain, Tak Dikenal', 'Yohanes Bria, SKM']],
    ['every part no label covers is one entry, at the first of them', 'Orang Lain, Petrus Ndun, Tak Dikenal', ['Orang Lain, Tak Dikenal', 'Petrus Ndun']],
    ['unknown first and last', 'Orang Lain, Tak Dikenal', ['Orang Lain, Tak Dikenal']],
    ['a comma without a space joins', 'Petrus Ndun,Maria Lake Seran', ['Petrus Ndun,Maria Lake Seran']],
    ['blank', '   ', []],
  ])('%s', (_name, cell, expected) => {
    expect(split(cell)).toEqual(expected);
  });

  it("the Form's own labels come first, longest first, each label once", () => {
    const labels = splitLabelsOf(['Maria Lake — Sekretariat', 'Maria Lake — Sekretariat, Subbag Umum', 'maria lake — sekretariat', '', ' , '], []);
    expect(splitCheckboxCell('Maria Lake — Sekretariat, Subbag Umum, Maria Lake — Sekretariat', labels)).toEqual([
      'Maria Lake — Sekretariat, Subbag Umum',
      'Maria Lake — Sekretariat',
    ]);
    expect(splitCheckboxCell('MARIA LAKE — SEKRETARIAT, Subbag Umum', labels)).toEqual(['MARIA LAKE — SEKRETARIAT, Subbag Umum']);
  });

  it('a label of three parts before one of two that starts it', () => {
    const labels = splitLabelsOf(['A Satu, B Dua', 'A Satu, B Dua, C Tiga'], []);
    expect(splitCheckboxCell('A Satu, B Dua, C Tiga, A Satu, B Dua', labels)).toEqual(['A Satu, B Dua, C Tiga', 'A Satu, B Dua']);
  });

  it('isJoinedChoices: two or more labels and nothing else', () => {
    const w = splitLabelsOf([], roster);
    expect(isJoinedChoices('Petrus Ndun, Yohanes Bria, SKM', w)).toBe(true);
    expect(isJoinedChoices('maria lake seran, petrus ndun', w)).toBe(true);
    expect(isJoinedChoices('Yohanes Bria, SKM', w)).toBe(false);
    expect(isJoinedChoices('Petrus Ndun, Orang Lain', w)).toBe(false);
    expect(isJoinedChoices('', w)).toBe(false);
  });
});
