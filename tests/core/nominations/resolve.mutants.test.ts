/**
 * N5 and R3 cases of the name resolver that the mutation run of `nominations/resolve.ts` showed
 * untested (docs/mutation.md): damaged NIPs in an answer or in the roster, the NIP label written
 * before a number, corrections that are skipped, the memo of entries, e-mails shared by two rows.
 */
import { describe, expect, it } from 'vitest';
import { choiceLabel, choiceLabels, compareText, createResolver } from '../../../src/core/nominations/resolve';
import { nipDamage, type NipDamage } from '../../../src/core/nip';
import { MARIA, PETRUS, ROSTER, YOHANES, person } from './fixtures';

const damage = (written: string): NipDamage => {
  const d = nipDamage(written);
  if (d === null) throw new Error(`not damaged: ${written}`);
  return d;
};
/** A roster row whose NIP a spreadsheet damaged (R3): its `nip` is '' and `nipDamage` says how. */
const damagedRow = (name: string, written: string) => person('', name, { nipDamage: damage(written) });

describe('R3: an entry naming a NIP that identifies nobody', () => {
  const BENY = damagedRow('Beny Manafe', '1,98609E+17');
  const ROSA = damagedRow('Rosa Tanesib', '1,98610E+17'); // one unit above: could be rounding
  const FLORA = damagedRow('Flora Nalle', '1,98615E+17'); // too far from 198609
  const roster = [...ROSTER, BENY, ROSA, FLORA];
  const r = createResolver(roster);

  it('a NIP in scientific notation in the answer is damaged there (jawaban), suggesting the roster rows it could be', () => {
    expect(r.resolve('Pak Guru 1,98609E+17')).toStrictEqual({ kind: 'tidak dikenal', suggestions: ['Beny Manafe', 'Rosa Tanesib'], nipProblem: 'jawaban' });
  });

  it('compares the surviving digits only as far as both go', () => {
    // "1,986E+17" kept 4 digits: every damaged row starting 1986 could be it.
    expect(r.resolve('Pak Guru 1,986E+17')).toStrictEqual({ kind: 'tidak dikenal', suggestions: ['Beny Manafe', 'Rosa Tanesib', 'Flora Nalle'], nipProblem: 'jawaban' });
    expect(r.resolve('Pak Guru 2,5E+17')).toStrictEqual({ kind: 'tidak dikenal', suggestions: [], nipProblem: 'jawaban' });
  });

  it('an answer NIP ending in 000 is damaged there too, compared with the damaged rows digit by digit', () => {
    expect(r.resolve('198609262015051000')).toStrictEqual({ kind: 'tidak dikenal', suggestions: ['Beny Manafe', 'Rosa Tanesib'], nipProblem: 'jawaban' });
  });

  it('a sound NIP outside the roster, while damaged roster rows could hold it, is a problem of the roster (pegawai)', () => {
    expect(r.resolve('Ibu Bidan 19861126 201505 2 001')).toStrictEqual({ kind: 'tidak dikenal', suggestions: ['Rosa Tanesib'], nipProblem: 'pegawai' });
  });

  it('a sound NIP outside the roster that no damaged row could hold is just unknown, with name suggestions', () => {
    expect(r.resolve('Yohanis Raja 19700101 199503 1 001')).toStrictEqual({ kind: 'tidak dikenal', suggestions: ['Yohanes Radja, SKM'] });
    expect(createResolver(ROSTER).resolve('Ibu Bidan 19861026 201505 2 001')).toStrictEqual({ kind: 'tidak dikenal', suggestions: [] });
  });

  it('suggests at most 3 of the rows a damaged NIP could be', () => {
    const many = [1, 2, 3, 4].map((i) => damagedRow(`Orang ${'ABCD'[i - 1]}`, '1,98609E+17'));
    const out = createResolver(many).resolve('1,98609E+17');
    expect(out).toStrictEqual({ kind: 'tidak dikenal', suggestions: ['Orang A', 'Orang B', 'Orang C'], nipProblem: 'jawaban' });
  });

  it('the name written beside a damaged NIP still resolves (N5 before R3)', () => {
    expect(r.resolve('Petrus Seran 1,98609E+17')).toStrictEqual({ kind: 'resolved', nip: PETRUS.nip, via: 'nama lengkap' });
    expect(r.resolve('Petrus Seran 198609262015051000')).toStrictEqual({ kind: 'resolved', nip: PETRUS.nip, via: 'nama lengkap' });
  });
});

describe('N5 (b): the NIP and its label are not part of the name', () => {
  const r = createResolver(ROSTER);
  it.each([
    ['"NIP:" before a NIP outside the roster', 'Yohanes Radja, SKM NIP: 19990909 202001 1 001'],
    ['"nip." before it', 'Yohanes Radja, SKM nip. 199909092020011001'],
    ['the NIP first', '19990909-202001-1-001 Yohanes Radja, SKM'],
  ])('%s: the full name beside it resolves', (_what, entry) => {
    expect(r.resolve(entry)).toStrictEqual({ kind: 'resolved', nip: YOHANES.nip, via: 'nama lengkap' });
  });

  it('an entry that is only an unknown NIP gets no name suggestions', () => {
    expect(r.resolve('NIP 19990909 202001 1 001')).toStrictEqual({ kind: 'tidak dikenal', suggestions: [] });
  });
});

describe('N5 (a): corrections that say nothing are skipped', () => {
  it.each([
    ['a text that normalises to nothing', { text: '- - -', nip: PETRUS.nip }],
    ['a NIP not decided yet', { text: 'Pak Pit', nip: '' }],
    ['a NIP of no digits', { text: 'Pak Pit', nip: 'belum' }],
  ])('%s: no problem reported, nothing resolved by it', (_what, correction) => {
    const r = createResolver(ROSTER, [correction]);
    expect(r.problems).toEqual([]);
    expect(r.resolve(correction.text).kind).toBe('tidak dikenal');
  });

  it('the same correction written twice is no conflict', () => {
    const r = createResolver(ROSTER, [{ text: 'Pak Pit', nip: PETRUS.nip }, { text: 'pak  pit', nip: `${PETRUS.nip.slice(0, 8)} ${PETRUS.nip.slice(8)}` }]);
    expect(r.problems).toEqual([]);
    expect(r.resolve('Pak Pit')).toStrictEqual({ kind: 'resolved', nip: PETRUS.nip, via: 'koreksi' });
  });
});

describe('N5 (c): Form labels', () => {
  it('a label written into the Form for a NIP no longer in the roster is ignored', () => {
    const r = createResolver(ROSTER, [], [{ label: 'Petrus Seran', nip: '199909092020011001' }]);
    expect(r.resolve('Petrus Seran')).toStrictEqual({ kind: 'resolved', nip: PETRUS.nip, via: 'nama lengkap' });
  });

  it('a label written into the Form wins over the label the roster gives today', () => {
    const r = createResolver(ROSTER, [], [{ label: 'Petrus Seran — Bidang SDK', nip: `${MARIA.nip.slice(0, 8)} ${MARIA.nip.slice(8)}` }]);
    expect(r.resolve('Petrus Seran — Bidang SDK')).toStrictEqual({ kind: 'resolved', nip: MARIA.nip, via: 'pilihan' });
  });
});

describe('the resolver remembers entries, not answers', () => {
  it('an entry asked first without suggestions gets them when asked again', () => {
    const r = createResolver(ROSTER);
    expect(r.resolve('Yohanis Raja', { suggest: false })).toStrictEqual({ kind: 'tidak dikenal', suggestions: [] });
    expect(r.resolve('Yohanis Raja')).toStrictEqual({ kind: 'tidak dikenal', suggestions: ['Yohanes Radja, SKM'] });
    expect(r.resolve('  Yohanis Raja ')).toStrictEqual({ kind: 'tidak dikenal', suggestions: ['Yohanes Radja, SKM'] });
  });

  it('spaces around an entry do not matter', () => {
    const r = createResolver(ROSTER);
    expect(r.resolve('  Petrus Seran  ')).toStrictEqual({ kind: 'resolved', nip: PETRUS.nip, via: 'nama lengkap' });
  });

  it('keyOf is the bare name, the same on every call', () => {
    const r = createResolver(ROSTER);
    expect(r.keyOf('dr. Maria Goreti Lake, M.Kes.')).toBe('maria goreti lake');
    expect(r.keyOf('dr. Maria Goreti Lake, M.Kes.')).toBe('maria goreti lake');
  });
});

describe('the roster', () => {
  it('a NIP entered on two rows is the first row', () => {
    const again = { ...PETRUS, row: 99, name: 'Petrus Seran (lama)' };
    expect(createResolver([...ROSTER, again]).employee(PETRUS.nip)).toBe(PETRUS);
  });

  it('an e-mail on two rows of different people names nobody; a blank e-mail never matches', () => {
    const a = person('198001012005011001', 'Ana', { email: 'sama@dinkes.go.id' });
    const b = person('198202022006022002', 'Bea', { email: 'Sama@dinkes.go.id ' });
    const c = person('198303032007032003', 'Cia', { email: '' });
    const r = createResolver([a, b, c]);
    expect(r.nipForEmail('sama@dinkes.go.id')).toBeNull();
    expect(r.nipForEmail('')).toBeNull();
    expect(createResolver([a, c]).nipForEmail('SAMA@dinkes.go.id')).toBe(a.nip);
  });

  it('ambiguous candidates are listed in code-unit order, whatever the roster order', () => {
    const x = person('198001012005011001', 'Ana Lake', { unit: 'Zeta' });
    const y = person('198202022006022002', 'Ana Lake, S.Kep.', { unit: 'Alfa' });
    const z = person('198303032007032003', 'ana lake', { unit: '' });
    expect(createResolver([x, y, z]).resolve('Ana  Lake SKM')).toStrictEqual({ kind: 'ambigu', candidates: ['Ana Lake — Zeta', 'Ana Lake, S.Kep. — Alfa', 'ana lake'] });
  });
});

describe('choice labels', () => {
  it('an employee without unit is labelled by the name alone, trimmed', () => {
    expect(choiceLabels([person('198001012005011001', ' Ana Lake ', { unit: '  ' })]).map((l) => l.label)).toEqual(['Ana Lake']);
  });

  it('two rows without NIP sharing a label are not told apart by a NIP they do not have', () => {
    const a = person('', 'Ana Lake', { unit: 'Sekretariat' });
    const b = person('', 'Ana Lake', { unit: 'Sekretariat' });
    expect(choiceLabels([a, b]).map((l) => l.label)).toEqual(['Ana Lake — Sekretariat', 'Ana Lake — Sekretariat']);
  });

  it('the label of an employee not yet in the list is given as if they were added last', () => {
    const a = person('198001012005011001', 'Ana Lake', { unit: 'Sekretariat' });
    const b = person('198202022006022002', 'Ana Lake', { unit: 'Sekretariat' });
    expect(choiceLabel(b, [a])).toBe('Ana Lake — Sekretariat — 19820202 200602 2 002');
    expect(choiceLabel(b, [])).toBe('Ana Lake — Sekretariat');
  });
});

describe('compareText', () => {
  it('is code-unit order, 0 for equal texts', () => {
    expect(compareText('B', 'a')).toBe(-1);
    expect(compareText('a', 'B')).toBe(1);
    expect(compareText('a', 'a')).toBe(0);
  });
});
