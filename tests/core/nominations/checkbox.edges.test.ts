/**
 * More checkbox cells (R6) the mutation run of `nominations/checkbox.ts` showed untested
 * (docs/mutation.md): cases where the leftover entry would hide a wrong split — a bare name with
 * other degrees before an unknown name, unknown names between recognised ones, a bare name that
 * only starts a titled label — and joined choices recognised by a Form label or a bare name only.
 */
import { describe, expect, it } from 'vitest';
import { isJoinedChoices, splitCheckboxCell, splitLabelsOf } from '../../../src/core/nominations/checkbox';

const roster = [{ name: 'Yohanes Bria, SKM' }, { name: 'Maria Lake Seran' }, { name: 'Petrus Ndun' }];
const split = (cell: string) => splitCheckboxCell(cell, splitLabelsOf([], roster));

describe('splitCheckboxCell: what the leftover entry must not hide (R6)', () => {
  it.each<[string, string, string[]]>([
    ['a bare name with other degrees, then an unknown name', 'Yohanes Bria, S.K.M., Orang Lain, Petrus Ndun', ['Yohanes Bria, S.K.M.', 'Orang Lain', 'Petrus Ndun']],
    ['an unknown name, then a bare name with other degrees', 'Orang Lain, Yohanes Bria, S.K.M.', ['Orang Lain', 'Yohanes Bria, S.K.M.']],
    ['the leftover first, before two recognised names', 'Orang Lain, Petrus Ndun, Maria Lake Seran', ['Orang Lain', 'Petrus Ndun', 'Maria Lake Seran']],
    ['the leftover between recognised names', 'Petrus Ndun, Orang Lain, Maria Lake Seran, Yohanes Bria, SKM', ['Petrus Ndun', 'Orang Lain', 'Maria Lake Seran', 'Yohanes Bria, SKM']],
    ['a bare name that only starts a titled label', 'Yohanes Bria, Petrus Ndun', ['Yohanes Bria', 'Petrus Ndun']],
  ])('%s', (_what, cell, entries) => {
    expect(split(cell)).toEqual(entries);
  });
});

describe('isJoinedChoices (R6)', () => {
  it('by the Form\'s own labels only', () => {
    expect(isJoinedChoices('Tim A, Tim B', splitLabelsOf(['Tim A', 'Tim B'], []))).toBe(true);
  });

  it('by a bare name with other degrees', () => {
    expect(isJoinedChoices('Yohanes Bria, S.K.M., Petrus Ndun', splitLabelsOf([], roster))).toBe(true);
  });
});
