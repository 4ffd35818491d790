import { describe, expect, it } from 'vitest';
import { toBallot } from '../../../src/core/nominations/ballot';
import { ballotOf, entryOf, LEDGER_WIDTH, ledgerRow, parseLedger } from '../../../src/core/nominations/ledger';
import { createResolver } from '../../../src/core/nominations/resolve';
import type { PlainResponse } from '../../../src/core/response';
import { BALLOT_LOG_HEADERS } from '../../../src/core/schema';
import { MARIA, PAULUS, PETRUS, ROSTER, STEFANUS, YOHANES, person } from './fixtures';

const mapping = { nomineeQuestions: ['Calon 1', 'Calon 2', 'Calon 3'], voterNipQuestion: 'NIP Anda' };
const resolver = createResolver(ROSTER);
const T = Date.UTC(2026, 7, 1, 2, 0);
const col = (h: string) => BALLOT_LOG_HEADERS.indexOf(h);

function response(id: string, answers: Record<string, string | string[]>, email = ''): PlainResponse {
  return { id, timestamp: T, email, answers };
}

/** A ledger row as Sheets gives it back: the apostrophe of asText is not part of the value. */
const readBack = (row: unknown[]) => row.map((c) => (typeof c === 'string' && c.startsWith("'") ? c.slice(1) : c));

const responses: [string, PlainResponse][] = [
  ['voter by e-mail', response('r1', { 'Calon 1': 'Petrus Seran', 'Calon 2': 'Yohanes Radja' }, 'Maria@Dinkes.go.id')],
  ['voter by NIP answer', response('r2', { 'Calon 1': 'Petrus Seran', 'NIP Anda': '19800101 200501 2 001' })],
  ['voter without identity', response('r3', { 'Calon 1': 'Stefanus Koten' })],
  ['self-nomination and a repeat', response('r4', { 'Calon 1': 'dr. Maria Goreti Lake, M.Kes.', 'Calon 2': 'Petrus Seran', 'Calon 3': 'petrus seran' }, 'maria@dinkes.go.id')],
  ['an unknown name and a blank box', response('r5', { 'Calon 1': 'Orang Asing', 'Calon 2': '-' }, 'yohanes@dinkes.go.id')],
  ['several names in one box', response('r6', { 'Calon 1': 'Petrus Seran; Stefanus Koten\nPaulus Tukan' }, 'petrus@dinkes.go.id')],
  ['too many names', response('r7', { 'Calon 1': 'Petrus Seran; Stefanus Koten; Paulus Tukan; Yohanes Radja' }, 'maria@dinkes.go.id')],
  ['nothing written', response('r8', { 'Calon 1': '' }, 'maria@dinkes.go.id')],
];

describe('a ballot decided from its ledger entry equals the ballot of the response', () => {
  it.each(responses)('%s', (_label, r) => {
    const entry = entryOf(r, mapping, resolver, T + 1);
    expect(ballotOf(entry, resolver, 3)).toEqual(toBallot(r, mapping, resolver, { perBallotLimit: 3 }));
  });

  it.each(responses)('%s, after the ledger row went to the sheet and came back', (_label, r) => {
    const entry = entryOf(r, mapping, resolver, T + 1);
    const row = ledgerRow(entry, ballotOf(entry, resolver, 3), 'x', resolver, (ms) => new Date(ms));
    const [back] = parseLedger([readBack(row)]);
    expect(back).toEqual(entry);
    expect(ballotOf(back, resolver, 3)).toEqual(toBallot(r, mapping, resolver, { perBallotLimit: 3 }));
  });
});

describe('ledger entries are re-decided with today’s roster, corrections and limit', () => {
  it('a voter known by e-mail gets the name the roster has today', () => {
    const entry = entryOf(response('r1', { 'Calon 1': 'Petrus Seran' }, 'new@dinkes.go.id'), mapping, resolver, T);
    expect(ballotOf(entry, resolver, 3).voterLabel).toBe('new@dinkes.go.id');
    const later = createResolver([...ROSTER, person('199301012017012014', 'Elisabeth Manafe', { email: 'new@dinkes.go.id' })]);
    expect(ballotOf(entry, later, 3).voterLabel).toBe('new@dinkes.go.id (Elisabeth Manafe)');
  });

  it('an entry not in the roster when it came counts once the name is added', () => {
    const entry = entryOf(response('r1', { 'Calon 1': 'Elisabeth Manafe' }, 'maria@dinkes.go.id'), mapping, resolver, T);
    expect(ballotOf(entry, resolver, 3).resolvedNips).toEqual([]);
    const elisabeth = person('199301012017012014', 'Elisabeth Manafe');
    expect(ballotOf(entry, createResolver([...ROSTER, elisabeth]), 3).resolvedNips).toEqual([elisabeth.nip]);
  });

  it('a lower limit makes a ballot with more names invalid', () => {
    const entry = entryOf(response('r1', { 'Calon 1': 'Petrus Seran', 'Calon 2': 'Stefanus Koten' }, 'maria@dinkes.go.id'), mapping, resolver, T);
    expect([ballotOf(entry, resolver, 3).status, ballotOf(entry, resolver, 1).status, ballotOf(entry, resolver, 1).reason]).toEqual(['dihitung', 'tidak sah', 'lebih dari 1 calon']);
  });

  const all = [PAULUS.nip, PETRUS.nip, MARIA.nip];
  it.each<[string, string, string, string, string[]]>([
    // N1: an e-mail the roster gives an employee is that employee's NIP: one person, one voter.
    ['e-mail (the voter’s own name is not counted)', 'email:maria@dinkes.go.id', `nip:${MARIA.nip}`, 'maria@dinkes.go.id (dr. Maria Goreti Lake, M.Kes.)', [PAULUS.nip, PETRUS.nip]],
    ['e-mail the roster does not know', 'email:tamu@contoh.id', 'email:tamu@contoh.id', 'tamu@contoh.id', all],
    ['NIP', `nip:${YOHANES.nip}`, `nip:${YOHANES.nip}`, '19810202 200602 1 002 (Yohanes Radja, SKM)', all],
    ['no identity', 'response:r9', 'response:r9', 'Tanpa identitas (respons r9)', all],
    ['a key the product never writes', 'tamu', 'response:r9', 'Tanpa identitas (respons r9)', all],
    ['an e-mail key without an address', 'email:', 'response:r9', 'Tanpa identitas (respons r9)', all],
    // R3: a damaged NIP answer is shown as written, marked damaged, and identifies nobody.
    ['damaged NIP', 'nip-rusak:r9:1,98609E+17', 'nip-rusak:r9:1,98609E+17', 'NIP rusak "1,98609E+17" (respons r9)', all],
    ['damaged-NIP key of another response', 'nip-rusak:r8:1,98609E+17', 'response:r9', 'Tanpa identitas (respons r9)', all],
  ])('the voter behind a stored %s key', (_label, stored, key, label, counted) => {
    const b = ballotOf({ responseId: 'r9', timestamp: T, voterKey: stored, rawEntries: ['Paulus Tukan', 'Petrus Seran', 'dr. Maria Goreti Lake, M.Kes.'], processedAt: T }, resolver, 3);
    expect([b.voterKey, b.voterLabel, b.resolvedNips]).toEqual([key, label, counted]);
  });
});

describe('reading Log Surat Suara', () => {
  it('skips rows without a response id and keeps the response id as the voter key when none is written', () => {
    const row = new Array<unknown>(LEDGER_WIDTH).fill('');
    row[col('ID Respons')] = 'r1';
    row[col('Waktu Kirim')] = new Date(T);
    row[col('Usulan (teks asli)')] = 'Petrus Seran\n\n  Stefanus Koten  ';
    const blank = new Array<unknown>(LEDGER_WIDTH).fill('');
    expect(parseLedger([row, blank])).toEqual([{ responseId: 'r1', timestamp: T, voterKey: 'response:r1', rawEntries: ['Petrus Seran', 'Stefanus Koten'], processedAt: 0 }]);
  });

  it('writes people’s text as text and the counted people with their NIP', () => {
    const entry = entryOf(response('=1+1', { 'Calon 1': '=HYPERLINK("x")', 'Calon 2': 'Stefanus Koten' }, 'maria@dinkes.go.id'), mapping, resolver, T);
    const row = ledgerRow(entry, ballotOf(entry, resolver, 3), 'maria@dinkes.go.id', resolver, (ms) => new Date(ms));
    expect(row).toHaveLength(LEDGER_WIDTH);
    expect(row[col('ID Respons')]).toBe("'=1+1");
    expect(row[col('Usulan (teks asli)')]).toBe('\'=HYPERLINK("x")\nStefanus Koten');
    expect(row[col('Calon Dihitung')]).toBe(`19911212 201512 1 012 — ${STEFANUS.name}`);
    expect(row[col('Catatan Usulan')]).toBe('\'=HYPERLINK("x"): tidak dikenal');
  });
});
