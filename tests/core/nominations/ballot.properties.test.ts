/** Properties of ballots (N3, N4, N5): the order of a voter's entries does not matter. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../../src/core/names';
import { toBallot } from '../../../src/core/nominations/ballot';
import { choiceLabels, createResolver } from '../../../src/core/nominations/resolve';
import { ROSTER } from './fixtures';

describe('ballots: the order of a voter\'s entries does not matter (N3, N4)', () => {
  const resolver = createResolver(ROSTER, [], choiceLabels(ROSTER));
  const names = [...ROSTER.map((e) => e.name), 'Orang Tak Dikenal', 'Yosefina Bria', '=HYPERLINK("x")', '', ROSTER[1].nip];
  const mapping = { nomineeQuestions: ['Calon 1', 'Calon 2', 'Calon 3', 'Calon 4'], voterNipQuestion: '' };
  it('the same entries in another order give the same status and the same counted people', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...names), { minLength: 4, maxLength: 4 }).chain((es) => fc.tuple(fc.constant(es), fc.shuffledSubarray(es, { minLength: 4, maxLength: 4 }))), ([a, b]) => {
        const ballot = (es: string[]) =>
          toBallot({ id: 'r', timestamp: 0, email: 'x@y.id', answers: Object.fromEntries(es.map((e, i) => [`Calon ${i + 1}`, e])) }, mapping, resolver, { perBallotLimit: 3 });
        const x = ballot(a);
        const y = ballot(b);
        expect(y.status).toBe(x.status);
        expect(y.reason).toBe(x.reason);
        expect([...y.resolvedNips].sort()).toEqual([...x.resolvedNips].sort());
      }),
    );
  });

  it('normalising a name never makes it resolve to someone else', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ROSTER.filter((e) => e.nip !== '')), (e) => {
        const direct = resolver.resolve(e.name, { suggest: false });
        const normal = resolver.resolve(normalizeName(e.name), { suggest: false });
        if (direct.kind === 'resolved' && normal.kind === 'resolved') expect(normal.nip).toBe(direct.nip);
      }),
    );
  });
});
