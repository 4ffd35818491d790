/**
 * More N5 and R3 cases of the resolver that the mutation run of `nominations/resolve.ts` showed
 * untested (docs/mutation.md): a NIP glued between the words of a name, the "NIP:" label without a
 * space, person keys written with spaces around them, a damaged roster NIP with no digit left.
 */
import { describe, expect, it } from 'vitest';
import { choiceLabel, choiceLabels, createResolver, personKey } from '../../../src/core/nominations/resolve';
import { nipDamage } from '../../../src/core/nip';
import { MARIA, NON_ASN, ROSTER, YOHANES, person } from './fixtures';

describe('N5 (b): the name around a NIP', () => {
  const r = createResolver(ROSTER);

  it('a NIP glued between two words of the name still separates them', () => {
    expect(r.resolve('Maria Goreti19990909 202001 1 001Lake')).toStrictEqual({ kind: 'resolved', nip: MARIA.nip, via: 'nama' });
  });

  it('"NIP:" written without a space before the number is not part of the name', () => {
    expect(r.resolve('Yohanes Radja, SKM NIP:19990909 202001 1 001')).toStrictEqual({ kind: 'resolved', nip: YOHANES.nip, via: 'nama lengkap' });
  });

  it('an entry that normalises to nothing is never resolved, even with a correction for such a text', () => {
    const withBlank = createResolver(ROSTER, [{ text: '- - -', nip: MARIA.nip }]);
    expect(withBlank.resolve('?').kind).toBe('tidak dikenal');
    expect(withBlank.resolve('- - -').kind).toBe('tidak dikenal');
  });
});

describe('N5 (a), (c): person keys written with spaces around them', () => {
  it('a correction and a Form label to a roster row without NIP, spaces around the key', () => {
    const r = createResolver(ROSTER, [{ text: 'Ibu Wely', nip: ` ${personKey(NON_ASN)} ` }], [{ label: 'Wely (kontrak)', nip: ` ${personKey(NON_ASN)} ` }]);
    expect(r.problems).toEqual([]);
    expect(r.resolve('Ibu Wely')).toStrictEqual({ kind: 'resolved', nip: personKey(NON_ASN), via: 'koreksi' });
    expect(r.resolve('Wely (kontrak)')).toStrictEqual({ kind: 'resolved', nip: personKey(NON_ASN), via: 'pilihan' });
  });
});

describe('R3: a damaged roster NIP with no digit left', () => {
  it('could be nobody\'s: a sound NIP outside the roster is plainly unknown', () => {
    const r = createResolver([...ROSTER, person('', 'Nol Nol', { nipDamage: nipDamage('0E+17')! })]);
    expect(r.resolve('Ibu Bidan 19861126 201505 2 001')).toStrictEqual({ kind: 'tidak dikenal', suggestions: [] });
  });
});

describe('choice labels, trimmed', () => {
  it('name and unit are trimmed in "Nama — Unit"', () => {
    expect(choiceLabels([person('198001012005011001', ' Ana Lake ', { unit: ' Sekretariat ' })]).map((l) => l.label)).toEqual(['Ana Lake — Sekretariat']);
  });

  it('the first employee of the list is labelled as the list labels them', () => {
    const a = person('198001012005011001', 'Ana Lake', { unit: 'Sekretariat' });
    const b = person('198202022006022002', 'Bea Lake', { unit: 'Sekretariat' });
    expect(choiceLabel(a, [a, b])).toBe('Ana Lake — Sekretariat');
  });
});
