/**
 * Ballot cases the mutation run of `nominations/ballot.ts` showed untested (docs/mutation.md): the
 * voter of a damaged NIP answer (R3), the voter read back from a key kept in `Log Surat Suara` (N1),
 * the reasons an entry is not counted (N4), and line breaks of every platform (N3).
 */
import { describe, expect, it } from 'vitest';
import { decideBallot, isUnresolvedReason, splitEntries, toBallot, unresolvedReason, voterOf, voterOfKey, type UncountedReason } from '../../../src/core/nominations/ballot';
import { createResolver } from '../../../src/core/nominations/resolve';
import { nipDamage } from '../../../src/core/nip';
import type { PlainResponse } from '../../../src/core/response';
import { MARIA, PETRUS, ROSTER, person } from './fixtures';

const resolver = createResolver(ROSTER);
const mapping = { nomineeQuestions: ['Calon 1', 'Calon 2'], voterNipQuestion: 'NIP Anda' };
const response = (answers: PlainResponse['answers'], over: Partial<PlainResponse> = {}): PlainResponse => ({ id: 'r7', timestamp: 5, email: '', answers, ...over });

describe('voterOf (N1, R3)', () => {
  it('a damaged NIP answer is a voter of its own, shown by the NIP as written', () => {
    expect(voterOf(response({ 'NIP Anda': ' 1,98609E+17 ' }), mapping, resolver)).toEqual({
      key: 'nip-rusak:r7:1,98609E+17',
      label: 'NIP rusak "1,98609E+17" (respons r7)',
      nip: null,
    });
  });

  it('a NIP answered in a checkbox list is read as one text', () => {
    expect(voterOf(response({ 'NIP Anda': ['19820303 200703', '1 003'] }), mapping, resolver)).toEqual({
      key: `nip:${PETRUS.nip}`,
      label: '19820303 200703 1 003 (Petrus Seran)',
      nip: PETRUS.nip,
    });
  });

  it('a NIP nobody in the roster has is still the voter, shown grouped', () => {
    expect(voterOf(response({ 'NIP Anda': '199909092020011001' }), mapping, resolver)).toEqual({ key: 'nip:199909092020011001', label: '19990909 202001 1 001', nip: '199909092020011001' });
  });

  it('without a NIP question, or without an answer to it, the response is its own voter', () => {
    const anonymous = { key: 'response:r7', label: 'Tanpa identitas (respons r7)', nip: null };
    expect(voterOf(response({ 'NIP Anda': PETRUS.nip }), { voterNipQuestion: '' }, resolver)).toEqual(anonymous);
    expect(voterOf(response({}), mapping, resolver)).toEqual(anonymous);
    expect(voterOf(response({}, { email: '   ' }), mapping, resolver)).toEqual(anonymous);
  });

  it('an e-mail the roster gives an employee is labelled with their name', () => {
    expect(voterOf(response({}, { email: 'MARIA@dinkes.go.id' }), mapping, resolver)).toEqual({
      key: `nip:${MARIA.nip}`,
      label: `maria@dinkes.go.id (${MARIA.name})`,
      nip: MARIA.nip,
    });
    expect(voterOf(response({}, { email: 'tamu@contoh.id' }), mapping, resolver)).toEqual({ key: 'email:tamu@contoh.id', label: 'tamu@contoh.id', nip: null });
  });
});

describe('voterOfKey: the voter behind a key kept in Log Surat Suara (N1)', () => {
  it.each([
    ['an e-mail key', 'email: Maria@Dinkes.go.id', { key: `nip:${MARIA.nip}`, label: `maria@dinkes.go.id (${MARIA.name})`, nip: MARIA.nip }],
    ['an e-mail key of a guest', 'email:tamu@contoh.id', { key: 'email:tamu@contoh.id', label: 'tamu@contoh.id', nip: null }],
    ['a NIP key', `nip:${PETRUS.nip}`, { key: `nip:${PETRUS.nip}`, label: '19820303 200703 1 003 (Petrus Seran)', nip: PETRUS.nip }],
    ['a damaged NIP key', 'nip-rusak:r7:1,98609E+17', { key: 'nip-rusak:r7:1,98609E+17', label: 'NIP rusak "1,98609E+17" (respons r7)', nip: null }],
    ['a damaged NIP key of another response', 'nip-rusak:r8:1,98609E+17', { key: 'response:r7', label: 'Tanpa identitas (respons r7)', nip: null }],
    ['a damaged NIP key without the NIP', 'nip-rusak:r7:', { key: 'response:r7', label: 'Tanpa identitas (respons r7)', nip: null }],
    ['an empty e-mail key', 'email: ', { key: 'response:r7', label: 'Tanpa identitas (respons r7)', nip: null }],
    ['a NIP key without digits', 'nip:-', { key: 'response:r7', label: 'Tanpa identitas (respons r7)', nip: null }],
    ['the key of another response', 'response:r3', { key: 'response:r3', label: 'Tanpa identitas (respons r7)', nip: null }],
    ['a key of no known kind', 'lain:x', { key: 'response:r7', label: 'Tanpa identitas (respons r7)', nip: null }],
  ])('%s', (_what, key, voter) => {
    expect(voterOfKey(key, 'r7', resolver)).toEqual(voter);
  });
});

describe('why an entry is not counted (N4, R3)', () => {
  it('unresolvedReason', () => {
    expect(unresolvedReason({ kind: 'ambigu', candidates: [] })).toBe('ambigu');
    expect(unresolvedReason({ kind: 'tidak dikenal', suggestions: [] })).toBe('tidak dikenal');
    expect(unresolvedReason({ kind: 'tidak dikenal', suggestions: [], nipProblem: 'jawaban' })).toBe('NIP rusak di jawaban');
    expect(unresolvedReason({ kind: 'tidak dikenal', suggestions: [], nipProblem: 'pegawai' })).toBe('NIP rusak di Pegawai');
  });

  it.each<[UncountedReason, boolean]>([
    ['tidak dikenal', true], ['ambigu', true], ['NIP rusak di jawaban', true], ['NIP rusak di Pegawai', true],
    ['ganda', false], ['mengusulkan diri sendiri', false],
  ])('isUnresolvedReason(%j) = %s', (reason, unresolved) => {
    expect(isUnresolvedReason(reason)).toBe(unresolved);
  });

  it('an entry naming a damaged NIP is listed with it; the same unresolved text twice is a repeat', () => {
    const r = createResolver([...ROSTER, person('', 'Beny Manafe', { nipDamage: nipDamage('1,98609E+17')! })]);
    const b = toBallot(response({ 'Calon 1': 'Pak Guru 1,98609E+17', 'Calon 2': 'Orang Lain\nORANG  LAIN' }), mapping, r, { perBallotLimit: 3 });
    expect(b.uncounted).toEqual([
      { text: 'Pak Guru 1,98609E+17', reason: 'NIP rusak di jawaban' },
      { text: 'Orang Lain', reason: 'tidak dikenal' },
      { text: 'ORANG  LAIN', reason: 'ganda' },
    ]);
    expect(b).toMatchObject({ status: 'dihitung', reason: '', resolvedNips: [] });
  });

  it('a voter without NIP naming a person is counted; exactly the limit of people is valid', () => {
    const anonymous = { key: 'response:r7', label: 'x', nip: null };
    const b = decideBallot('r7', 5, anonymous, ['Petrus Seran', 'Maria Goreti Lake'], resolver, { perBallotLimit: 2 });
    expect(b).toMatchObject({ status: 'dihitung', reason: '', resolvedNips: [PETRUS.nip, MARIA.nip], uncounted: [], voterKey: 'response:r7', voterLabel: 'x' });
    const over = decideBallot('r7', 5, anonymous, ['Petrus Seran', 'Maria Goreti Lake', 'Orang Lain'], resolver, { perBallotLimit: 2 });
    expect(over).toMatchObject({ status: 'tidak sah', reason: 'lebih dari 2 calon' });
  });

  it('a person named twice in two ways counts once', () => {
    const b = decideBallot('r7', 5, { key: 'response:r7', label: 'x', nip: null }, ['Petrus Seran', PETRUS.nip], resolver, { perBallotLimit: 1 });
    expect(b).toMatchObject({ status: 'dihitung', resolvedNips: [PETRUS.nip], uncounted: [{ text: PETRUS.nip, reason: 'ganda' }] });
  });
});

describe('splitEntries: line breaks of every platform (N3)', () => {
  it.each<[string | string[] | null, string[]]>([
    ['Petrus Seran\r\nYohanes Radja', ['Petrus Seran', 'Yohanes Radja']],
    ['Petrus Seran\rYohanes Radja', ['Petrus Seran', 'Yohanes Radja']],
    ['Petrus Seran\n\n;Yohanes Radja', ['Petrus Seran', 'Yohanes Radja']],
    [' ;- ;', []],
    [null, []],
    [['Petrus Seran; Yohanes Radja'], ['Petrus Seran; Yohanes Radja']],
    ['李小龍', ['李小龍']],
    ['Ñ', ['Ñ']],
    ['7', ['7']],
    ['…', []],
  ])('%j → %j', (answer, entries) => {
    expect(splitEntries(answer)).toEqual(entries);
  });
});
