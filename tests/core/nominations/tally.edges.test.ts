/**
 * More tally cases the mutation run of `nominations/tally.ts` showed untested (docs/mutation.md):
 * a roster row entered twice shows its first row's name (N6), and the unresolved list's status
 * follows what the tally's resolver says now (N5, for Koreksi Nama).
 */
import { describe, expect, it } from 'vitest';
import type { Ballot, UncountedReason } from '../../../src/core/nominations/ballot';
import { createResolver } from '../../../src/core/nominations/resolve';
import { tally } from '../../../src/core/nominations/tally';
import { MARIA, PETRUS, ROSTER, person } from './fixtures';

const ballot = (id: string, nips: string[], uncounted: [string, UncountedReason][] = []): Ballot => ({
  responseId: id, timestamp: 1, voterKey: `response:${id}`, voterLabel: id, rawEntries: [...nips, ...uncounted.map(([t]) => t)], resolvedNips: nips,
  status: 'dihitung', reason: '', uncounted: uncounted.map(([text, reason]) => ({ text, reason })),
});

describe('tally: the roster and the resolver of today', () => {
  it('a NIP on two roster rows is shown with its first row', () => {
    const r = tally([ballot('a', [PETRUS.nip])], [...ROSTER, { ...PETRUS, row: 99, name: 'Petrus Seran (lama)', unit: 'Unit Lama' }]);
    expect(r.candidates.map((c) => [c.nip, c.name, c.unit])).toEqual([[PETRUS.nip, PETRUS.name, PETRUS.unit]]);
  });

  it('an entry listed as ambiguous that now resolves keeps "ambigu"', () => {
    const resolver = createResolver(ROSTER, [{ text: 'Bu Maria', nip: MARIA.nip }]);
    const r = tally([ballot('a', [], [['Bu Maria', 'ambigu']])], ROSTER, undefined, resolver);
    expect(r.unresolved.map((u) => [u.text, u.status, u.suggestions])).toEqual([['Bu Maria', 'ambigu', []]]);
  });

  it('an entry listed as unknown that is now ambiguous says so, with the people sharing the name', () => {
    const roster = [...ROSTER, person('199001012015011001', 'Ana Lake', { unit: 'Alfa' }), person('199101012016011001', 'Ana Lake, S.Kep.', { unit: 'Beta' })];
    const r = tally([ballot('a', [], [['Ana Lake SKM', 'tidak dikenal']])], roster);
    expect(r.unresolved.map((u) => [u.text, u.status, u.suggestions])).toEqual([['Ana Lake SKM', 'ambigu', ['Ana Lake — Alfa', 'Ana Lake, S.Kep. — Beta']]]);
  });
});
