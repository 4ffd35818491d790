import { describe, expect, it } from 'vitest';
import { splitEntries, toBallot } from '../../../src/core/nominations/ballot';
import type { PlainResponse } from '../../../src/core/response';
import { choiceLabels, createResolver } from '../../../src/core/nominations/resolve';
import { MARIA, PAULUS, PETRUS, ROSTER, STEFANUS, SUDARMA, YOHANES } from './fixtures';

const resolver = createResolver(ROSTER, [], choiceLabels(ROSTER));
const mapping = { nomineeQuestions: ['Calon 1', 'Calon 2', 'Calon 3', 'Usulan calon'], voterNipQuestion: 'NIP Anda' };
const limits = { perBallotLimit: 3 };

function response(answers: Record<string, string | string[]>, over: Partial<PlainResponse> = {}): PlainResponse {
  return { id: 'r1', timestamp: 1_000, email: '', answers, ...over };
}

describe('splitEntries', () => {
  it.each<[string | string[] | undefined, string[]]>([
    ['Maria Goreti Lake', ['Maria Goreti Lake']],
    ['Maria Lake, S.Kep., Ns.', ['Maria Lake, S.Kep., Ns.']],
    ['Petrus Seran\nYohanes Radja', ['Petrus Seran', 'Yohanes Radja']],
    ['Petrus Seran; Yohanes Radja;', ['Petrus Seran', 'Yohanes Radja']],
    ['  ', []],
    ['-', []],
    [undefined, []],
    [['A', ' ', 'B'], ['A', 'B']],
  ])('%j → %j', (answer, entries) => {
    expect(splitEntries(answer)).toEqual(entries);
  });
});

describe('voter identity (N1)', () => {
  it.each<[string, Partial<PlainResponse>, Record<string, string>, string]>([
    ['an e-mail the roster gives an employee is that employee\'s NIP (one person, one voter)', { email: ' Petrus@Dinkes.go.id ' }, { 'NIP Anda': '198001012005012001' }, 'nip:198203032007031003'],
    ['another e-mail, lower-cased and trimmed', { email: ' Tamu@Contoh.id ' }, { 'NIP Anda': '198001012005012001' }, 'email:tamu@contoh.id'],
    ['else the NIP answer, digits only', {}, { 'NIP Anda': '19820303 200703 1 003' }, 'nip:198203032007031003'],
    ['else the response itself', { id: 'abc' }, { 'NIP Anda': ' - ' }, 'response:abc'],
  ])('%s', (_label, over, answers, key) => {
    expect(toBallot(response({ 'Calon 1': 'Maria Goreti Lake', ...answers }, over), mapping, resolver, limits).voterKey).toBe(key);
  });

  it('labels a known voter with their roster name', () => {
    const b = toBallot(response({ 'Calon 1': 'x', 'NIP Anda': PETRUS.nip }), mapping, resolver, limits);
    expect(b.voterLabel).toBe('19820303 200703 1 003 (Petrus Seran)');
  });
});

describe('ballot validity (N3, N4)', () => {
  type Case = { label: string; answers: Record<string, string | string[]>; voter?: Partial<PlainResponse>; limit?: number; status: string; reason: string; nips: string[]; uncounted?: [string, string][] };
  const cases: Case[] = [
    { label: 'three people', answers: { 'Calon 1': 'Maria Goreti Lake', 'Calon 2': 'Petrus Seran', 'Calon 3': 'Yohanes Radja, SKM' }, status: 'dihitung', reason: '', nips: [MARIA.nip, PETRUS.nip, YOHANES.nip] },
    { label: 'an empty ballot', answers: { 'Calon 1': '', 'Calon 2': '  ' }, status: 'tidak sah', reason: 'kosong', nips: [] },
    { label: 'only dashes is empty', answers: { 'Calon 1': '-', 'Calon 2': '–', 'Usulan calon': [] }, status: 'tidak sah', reason: 'kosong', nips: [] },
    {
      label: 'more than 3 distinct entries',
      answers: { 'Calon 1': 'Maria Goreti Lake', 'Calon 2': 'Petrus Seran', 'Calon 3': 'Yohanes Radja', 'Usulan calon': ['Stefanus Koten'] },
      status: 'tidak sah', reason: 'lebih dari 3 calon', nips: [MARIA.nip, PETRUS.nip, YOHANES.nip, STEFANUS.nip],
    },
    {
      label: 'unresolved entries count as distinct entries too',
      answers: { 'Calon 1': 'Maria Goreti Lake', 'Calon 2': 'Petrus Seran', 'Calon 3': 'Yohanes Radja', 'Usulan calon': ['Orang Lain'] },
      status: 'tidak sah', reason: 'lebih dari 3 calon', nips: [MARIA.nip, PETRUS.nip, YOHANES.nip], uncounted: [['Orang Lain', 'tidak dikenal']],
    },
    { label: 'the limit follows the setting (N8)', limit: 2, answers: { 'Calon 1': 'Maria Goreti Lake', 'Calon 2': 'Petrus Seran', 'Calon 3': 'Yohanes Radja' }, status: 'tidak sah', reason: 'lebih dari 2 calon', nips: [MARIA.nip, PETRUS.nip, YOHANES.nip] },
    {
      label: 'the same person 3 times counts once (and 4 entries for 3 people is valid)',
      answers: { 'Calon 1': 'dr. Maria Goreti Lake, M.Kes.', 'Calon 2': 'maria goreti lake', 'Calon 3': MARIA.nip, 'Usulan calon': ['Petrus Seran'] },
      status: 'dihitung', reason: '', nips: [MARIA.nip, PETRUS.nip], uncounted: [['maria goreti lake', 'ganda'], [MARIA.nip, 'ganda']],
    },
    {
      label: 'self-nomination (voter by e-mail) is not counted',
      voter: { email: 'maria@dinkes.go.id' },
      answers: { 'Calon 1': 'Maria Goreti Lake', 'Calon 2': 'Petrus Seran' },
      status: 'dihitung', reason: '', nips: [PETRUS.nip], uncounted: [['Maria Goreti Lake', 'mengusulkan diri sendiri']],
    },
    {
      label: 'self-nomination (voter by NIP) is not counted',
      answers: { 'NIP Anda': '19820303 200703 1 003', 'Calon 1': 'Petrus Seran', 'Calon 2': 'I W. Sudarma' },
      status: 'dihitung', reason: '', nips: [SUDARMA.nip], uncounted: [['Petrus Seran', 'mengusulkan diri sendiri']],
    },
    {
      label: 'unresolved and ambiguous entries are not counted, the rest is',
      answers: { 'Calon 1': 'Yosefina Bria', 'Calon 2': 'Yohanis Raja', 'Calon 3': 'Paulus Tukan' },
      status: 'dihitung', reason: '', nips: [PAULUS.nip], uncounted: [['Yosefina Bria', 'ambigu'], ['Yohanis Raja', 'tidak dikenal']],
    },
    {
      label: 'a formula is kept as text and is tidak dikenal',
      answers: { 'Calon 1': '=HYPERLINK("http://x","Maria")' },
      status: 'dihitung', reason: '', nips: [], uncounted: [['=HYPERLINK("http://x","Maria")', 'tidak dikenal']],
    },
    {
      label: 'a repeated unresolved text is one entry',
      answers: { 'Calon 1': 'Orang Lain', 'Calon 2': 'ORANG  LAIN', 'Calon 3': 'Petrus Seran' },
      status: 'dihitung', reason: '', nips: [PETRUS.nip], uncounted: [['Orang Lain', 'tidak dikenal'], ['ORANG  LAIN', 'ganda']],
    },
    {
      label: 'checkbox choices (product labels) and text lines are entries',
      answers: { 'Usulan calon': ['Petrus Seran — Bidang SDK', 'Stefanus Koten — Sekretariat'], 'Calon 1': 'Maria Goreti Lake\n' },
      status: 'dihitung', reason: '', nips: [MARIA.nip, PETRUS.nip, STEFANUS.nip],
    },
    {
      label: 'questions outside the mapping are ignored',
      answers: { 'Alasan': 'Petrus Seran; Stefanus Koten', 'Calon 1': 'Maria Goreti Lake' },
      status: 'dihitung', reason: '', nips: [MARIA.nip],
    },
  ];
  it.each(cases)('$label', ({ answers, voter, limit, status, reason, nips, uncounted = [] }) => {
    const b = toBallot(response(answers, voter), mapping, resolver, { perBallotLimit: limit ?? 3 });
    expect(b.status).toBe(status);
    expect(b.reason).toBe(reason);
    expect(b.resolvedNips).toEqual(nips);
    expect(b.uncounted.map((u) => [u.text, u.reason])).toEqual(uncounted);
  });

  it('keeps the raw entries as written, in question order', () => {
    const b = toBallot(response({ 'Calon 2': ' Petrus Seran ', 'Calon 1': '$1 \\ {{NAMA}}' }), mapping, resolver, limits);
    expect(b.rawEntries).toEqual(['$1 \\ {{NAMA}}', 'Petrus Seran']);
    expect(b).toMatchObject({ responseId: 'r1', timestamp: 1_000 });
  });
});
