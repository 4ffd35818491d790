import { describe, expect, it } from 'vitest';
import { isJoinedChoices, splitCheckboxCell, splitLabelsOf } from '../../../src/core/nominations/checkbox';
import { isDegreesOnly } from '../../../src/core/names';
import { CHECKBOX_ROSTER } from './fixtures';

const roster = CHECKBOX_ROSTER;
const withRoster = splitLabelsOf([], roster);

describe('splitCheckboxCell (R6)', () => {
  it.each<[string, string, string[]]>([
    ['titled names holding commas', 'dr. Maria Lake, M.Kes., Yohanes Bria, SKM, Agustinus Seran, S.Kep., Ns.', ['dr. Maria Lake, M.Kes.', 'Yohanes Bria, SKM', 'Agustinus Seran, S.Kep., Ns.']],
    ['one titled name is one entry', 'Agustinus Seran, S.Kep., Ns.', ['Agustinus Seran, S.Kep., Ns.']],
    ['bare names, any case', 'maria lake seran, PETRUS NDUN', ['maria lake seran', 'PETRUS NDUN']],
    ['bare name with other degrees than the roster', 'Yohanes Bria, S.K.M., Petrus Ndun', ['Yohanes Bria, S.K.M.', 'Petrus Ndun']],
    ['what no label covers is one entry, where it starts', 'Petrus Ndun, Orang Lain, Tak Dikenal, Yohanes Bria, SKM', ['Petrus Ndun', 'Orang Lain, Tak Dikenal', 'Yohanes Bria, SKM']],
    ['blank', '   ', []],
  ])('%s', (_name, cell, expected) => {
    expect(splitCheckboxCell(cell, withRoster)).toEqual(expected);
  });

  it("the Form's own labels come first, longest first", () => {
    const labels = splitLabelsOf(['Maria Lake — Sekretariat', 'Maria Lake — Sekretariat, Subbag Umum'], []);
    expect(splitCheckboxCell('Maria Lake — Sekretariat, Subbag Umum, Maria Lake — Sekretariat', labels)).toEqual([
      'Maria Lake — Sekretariat, Subbag Umum',
      'Maria Lake — Sekretariat',
    ]);
  });

  it('isJoinedChoices: two or more labels and nothing else', () => {
    expect(isJoinedChoices('Petrus Ndun, Yohanes Bria, SKM', withRoster)).toBe(true);
    expect(isJoinedChoices('Yohanes Bria, SKM', withRoster)).toBe(false);
    expect(isJoinedChoices('Petrus Ndun, Orang Lain', withRoster)).toBe(false);
  });

  it.each<[string, boolean]>([['SKM', true], ['S.Kep. Ns.', true], ['S. Kep.', true], ['M.Kes', true], ['Maria', false], ['', false]])('isDegreesOnly(%j) = %s', (t, v) => {
    expect(isDegreesOnly(t)).toBe(v);
  });
});
