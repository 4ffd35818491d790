/**
 * N5 suggestions as the resolver gives them (the index, the bit-set Jaro-Winkler, the quick
 * normalisation) against a plain reference that scores every roster employee exactly: the same
 * names, in the same order, over random rosters and typed names, ties included (names repeated,
 * words swapped, the same bare name under different titles, equal NIPs).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bareSimilarity, normalizeNameByDefinition } from '../../../src/core/names';
import { createResolver } from '../../../src/core/nominations/resolve';
import type { Employee } from '../../../src/core/types';
import { person } from './fixtures';

/** The rule, spelled out: employees sharing a word's first two letters, scored exactly, ≥ 0.85, best first, then name, NIP, roster order. */
function referenceSuggestions(roster: readonly Employee[], entry: string): string[] {
  const bare = normalizeNameByDefinition(entry);
  if (bare === '') return [];
  const prefixes = (b: string) => b.split(' ').filter((w) => w.length >= 2).map((w) => w.slice(0, 2));
  const mine = new Set(prefixes(bare));
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return roster
    .map((e, i) => ({ e, i, bare: normalizeNameByDefinition(e.name) }))
    .filter((c) => prefixes(c.bare).some((p) => mine.has(p)))
    .map((c) => ({ ...c, score: bareSimilarity(bare, c.bare) }))
    .filter((c) => c.score >= 0.85)
    .sort((x, y) => y.score - x.score || text(x.e.name, y.e.name) || text(x.e.nip, y.e.nip) || x.i - y.i)
    .slice(0, 3)
    .map((c) => c.e.name);
}

const WORDS = ['Maria', 'Goreti', 'Lake', 'Yohanes', 'Radja', 'Bria', 'Seran', 'Petrus', 'Kana', 'Ni', 'K.', 'Sri', 'Dewi', 'Marta', 'Mario', 'Laka', 'Yohana'];
const TITLES = ['', 'dr. ', 'Ns. ', 'Hj. '];
const DEGREES = ['', ', S.Kep.', ', SKM', ' SKM'];
const rosterName = fc
  .tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }), fc.constantFrom(...TITLES), fc.constantFrom(...DEGREES))
  .map(([ws, t, d]) => `${t}${ws.join(' ')}${d}`);
const slip = (w: string, k: number, c: string) => (w.length < 2 ? w : k % 3 === 0 ? w.slice(0, k % w.length) + w.slice((k % w.length) + 1) : k % 3 === 1 ? w.slice(0, k % w.length) + c + w.slice(k % w.length) : c + w.slice(1));

describe('resolver suggestions = every employee scored exactly (N5)', () => {
  it('on random rosters with repeated names and words, for typed slips of them', () => {
    let suggested = 0;
    fc.assert(
      fc.property(
        fc.array(rosterName, { minLength: 1, maxLength: 50 }),
        fc.array(fc.tuple(fc.nat(49), fc.nat(60), fc.constantFrom('a', 'e', 'x', 'é')), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        (names, typings, sameNip) => {
          // Equal NIPs (sameNip) leave only roster order to break a tie between two equal names.
          const roster = names.map((n, i) => person(sameNip ? '198001012005012001' : `19800101200501${String(2000 + i)}`, n));
          const resolver = createResolver(roster);
          for (const [at, k, c] of typings) {
            const words = roster[at % roster.length].name.replace(/,.*$/, '').split(' ');
            const typed = words.map((w, i) => (i === k % words.length ? slip(w, k, c) : w)).join(' ');
            const r = resolver.resolve(typed);
            if (r.kind !== 'tidak dikenal') continue;
            expect(r.suggestions).toEqual(referenceSuggestions(roster, typed));
            suggested += r.suggestions.length;
          }
        },
      ),
      { numRuns: 150 },
    );
    // The comparison is not vacuous: most slips get suggestions.
    expect(suggested).toBeGreaterThan(150);
  });

  it('ties: names whose scores are equal come by name, then NIP, then roster order', () => {
    const roster = [
      person('198001012005012003', 'Maria Laka'),
      person('198001012005012002', 'Maria Lake, SKM'),
      person('198001012005012001', 'Maria Lake, S.Kep.'),
      person('198001012005012001', 'Maria Lake, S.Kep.'),
      person('198001012005012004', 'Mario Lake'),
    ];
    const r = createResolver(roster).resolve('Maria Lakw');
    expect(r).toEqual({ kind: 'tidak dikenal', suggestions: referenceSuggestions(roster, 'Maria Lakw') });
    expect(r.kind === 'tidak dikenal' && r.suggestions.length).toBe(3);
  });
});
