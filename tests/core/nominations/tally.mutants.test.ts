/**
 * Tally cases the mutation run of `nominations/tally.ts` showed untested (docs/mutation.md): the
 * shortlist size as the team types it (N8), the unresolved list's spelling, order and status
 * (N5, for Koreksi Nama), and the order of the ineligible (N6).
 */
import { describe, expect, it } from 'vitest';
import type { Ballot, UncountedReason } from '../../../src/core/nominations/ballot';
import { createResolver } from '../../../src/core/nominations/resolve';
import { tally } from '../../../src/core/nominations/tally';
import { AGUSTINUS_SANCTIONED, MARIA, PETRUS, ROSTER, STEFANUS, THERESIA_CPNS, YOHANES } from './fixtures';

function ballot(responseId: string, timestamp: number, nips: string[], over: Partial<Ballot> = {}): Ballot {
  return { responseId, timestamp, voterKey: `response:${responseId}`, voterLabel: responseId, rawEntries: nips, resolvedNips: nips, status: 'dihitung', reason: '', uncounted: [], ...over };
}
const unresolved = (id: string, texts: [string, UncountedReason][], over: Partial<Ballot> = {}): Ballot =>
  ballot(id, 1, [], { rawEntries: texts.map(([t]) => t), uncounted: texts.map(([text, reason]) => ({ text, reason })), ...over });

describe('the shortlist size as the team types it (N8)', () => {
  const ballots = [ballot('a', 1, [MARIA.nip, PETRUS.nip, YOHANES.nip]), ballot('b', 2, [MARIA.nip, PETRUS.nip]), ballot('c', 3, [MARIA.nip])];
  it.each([
    [0, [MARIA.nip]],
    [-3, [MARIA.nip]],
    [2.9, [MARIA.nip, PETRUS.nip]],
    [3, [MARIA.nip, PETRUS.nip, YOHANES.nip]],
  ])('%d', (size, shortlist) => {
    const r = tally(ballots, ROSTER, { shortlistSize: size, perBallotLimit: 3 });
    expect(r.shortlist).toEqual(shortlist);
    expect(r.tieAtCutoff).toBe(false);
  });

  it('two people tied for a shortlist of one are both taken, and flagged', () => {
    const r = tally([ballot('a', 1, [MARIA.nip]), ballot('b', 2, [PETRUS.nip]), ballot('c', 3, [STEFANUS.nip, MARIA.nip, PETRUS.nip])], ROSTER, { shortlistSize: 1, perBallotLimit: 3 });
    // equal votes by full name in code-unit order: "Petrus Seran" before "dr. Maria Goreti Lake, M.Kes."
    expect(r.shortlist).toEqual([PETRUS.nip, MARIA.nip]);
    expect(r.tieAtCutoff).toBe(true);
    expect(r.tiedAtCutoff).toEqual([PETRUS.nip, MARIA.nip]);
  });
});

describe('the ineligible, after the eligible (N6)', () => {
  it('by votes, then name', () => {
    const r = tally([
      ballot('a', 1, [THERESIA_CPNS.nip, AGUSTINUS_SANCTIONED.nip]),
      ballot('b', 2, [AGUSTINUS_SANCTIONED.nip, MARIA.nip]),
      ballot('c', 3, ['199999999999999999']),
    ], ROSTER);
    expect(r.candidates.map((c) => [c.nip, c.votes, c.rank])).toEqual([
      [MARIA.nip, 1, 1],
      [AGUSTINUS_SANCTIONED.nip, 2, null],
      ['199999999999999999', 1, null], // no name sorts first
      [THERESIA_CPNS.nip, 1, null],
    ]);
    expect(r.candidates[2]).toMatchObject({ name: '', unit: '', eligible: false, reason: 'NIP tidak ada di daftar pegawai', shortlisted: false });
  });
});

describe('the unresolved list for Koreksi Nama', () => {
  it('shows the most frequent spelling, at a tie the first in code-unit order', () => {
    const r = tally([
      unresolved('1', [['yohanis raja', 'tidak dikenal']]),
      unresolved('2', [['Yohanis Raja', 'tidak dikenal']]),
      unresolved('3', [['Zeta Omega', 'tidak dikenal']]),
      unresolved('4', [['zeta  omega', 'tidak dikenal']]),
      unresolved('5', [['zeta  omega', 'tidak dikenal']]),
    ], ROSTER);
    expect(r.unresolved.map((u) => [u.text, u.key, u.count])).toEqual([
      ['zeta  omega', 'zeta omega', 3],
      ['Yohanis Raja', 'yohanis raja', 2],
    ]);
  });

  it('equal counts in the order of the normalised text; entries of invalid ballots are listed too', () => {
    const r = tally([
      unresolved('1', [['Orang Beta', 'tidak dikenal']]),
      unresolved('2', [['orang alfa', 'tidak dikenal']], { status: 'tidak sah', reason: 'lebih dari 3 calon' }),
    ], ROSTER);
    expect(r.unresolved.map((u) => [u.text, u.count])).toEqual([['orang alfa', 1], ['Orang Beta', 1]]);
    expect(r.counts).toEqual({ total: 2, counted: 1, invalid: 1, superseded: 0 });
  });

  it('repeats and self-votes are not listed; a damaged NIP keeps its reason', () => {
    const r = tally([unresolved('1', [['Petrus Seran', 'ganda'], ['Maria Lake', 'mengusulkan diri sendiri'], ['Pak Guru 1,98609E+17', 'NIP rusak di jawaban']])], ROSTER);
    expect(r.unresolved.map((u) => [u.text, u.status, u.count, u.suggestions])).toEqual([['Pak Guru 1,98609E+17', 'NIP rusak di jawaban', 1, []]]);
  });

  it('an entry the tally\'s resolver now resolves keeps the reason it was listed with, without suggestions', () => {
    const resolver = createResolver(ROSTER, [{ text: 'Bu Maria', nip: MARIA.nip }]);
    const r = tally([unresolved('1', [['Bu Maria', 'tidak dikenal']])], ROSTER, undefined, resolver);
    expect(r.unresolved).toEqual([{ text: 'Bu Maria', key: 'bu maria', status: 'tidak dikenal', count: 1, suggestions: [] }]);
  });
});
