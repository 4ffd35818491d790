import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jaroWinkler, normalizeName } from '../../../src/core/names';
import { closestByDefinition, createSuggestionIndex } from '../../../src/core/nominations/suggest';
import { bigRoster, ROSTER } from './fixtures';
import { jaroWinklerPlain } from '../jaro-winkler.reference';

type Item = { name: string; bare: string };
const order = (x: Item, y: Item) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0);
const itemsOf = (names: readonly string[]): Item[] => names.map((name) => ({ name, bare: normalizeName(name) }));

// Names built from the words an NTT roster repeats, with slips people make when typing them.
const WORDS = ['maria', 'goreti', 'lake', 'yohanes', 'radja', 'bria', 'seran', 'petrus', 'kana', 'ni', 'k', 'sri', 'dewi', 'i', 'w', 'sudarma', 'da', 'silva', 'yosefina', 'ndun', 'ola'];
const word = fc.constantFrom(...WORDS);
const slip = (w: string, k: number, c: string) => (w.length < 2 ? w : k % 3 === 0 ? w.slice(0, k % w.length) + w.slice((k % w.length) + 1) : k % 3 === 1 ? w.slice(0, k % w.length) + c + w.slice(k % w.length) : c + w.slice(1));
const typed = fc.tuple(fc.array(word, { minLength: 1, maxLength: 4 }), fc.nat(50), fc.constantFrom('a', 'e', 'x', '1', 'é', ' ')).map(([ws, k, c]) => ws.map((w, i) => (i === k % ws.length ? slip(w, k, c) : w)).join(' '));

describe('suggestions (N5: up to 3 similar roster names, never accepted)', () => {
  it('jaroWinkler is the plain definition', () => {
    fc.assert(fc.property(fc.string({ maxLength: 24 }), fc.string({ maxLength: 24 }), (a, b) => {
      expect(jaroWinkler(a, b)).toBe(jaroWinklerPlain(a, b));
    }), { numRuns: 500 });
    fc.assert(fc.property(typed, typed, (a, b) => {
      expect(jaroWinkler(a, b)).toBe(jaroWinklerPlain(a, b));
    }), { numRuns: 1000 });
  });

  it('jaroWinkler is the plain definition for long texts too (a whole pasted line, 60–200 letters)', () => {
    // Longer than the first scratch space of the fast version: it must grow, not cut the text.
    const long = fc.array(fc.constantFrom('a', 'b', 'c', ' '), { minLength: 60, maxLength: 200 }).map((cs) => cs.join(''));
    fc.assert(fc.property(long, long, (a, b) => {
      expect(jaroWinkler(a, b)).toBe(jaroWinklerPlain(a, b));
      expect(jaroWinkler(b, a + a)).toBe(jaroWinklerPlain(b, a + a));
    }), { numRuns: 200 });
  });

  it('the index gives exactly what scoring every employee sharing a word prefix gives', () => {
    fc.assert(
      fc.property(fc.uniqueArray(typed, { minLength: 1, maxLength: 40 }), fc.array(typed, { minLength: 1, maxLength: 10 }), fc.constantFrom(0.7, 0.8, 0.85, 0.9), (names, queries, threshold) => {
        const items = itemsOf(names);
        const index = createSuggestionIndex(items, order, threshold);
        for (const q of queries.map(normalizeName)) {
          expect(index.closest(q).map((i) => i.name)).toEqual(closestByDefinition(items, q, order, threshold).map((i) => i.name));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('indexed = brute force on random rosters (names shared, titles, junk) and typed slips, at any limit, even when order calls everyone equal', () => {
    const TITLES = ['', 'dr. ', 'Ns. ', 'Hj. '];
    const DEGREES = ['', ', S.Kep.', ', SKM, M.Kes.', ' SKM'];
    const titled = fc.tuple(typed, fc.constantFrom(...TITLES), fc.constantFrom(...DEGREES)).map(([n, t, d]) => `${t}${n}${d}`);
    const junk = fc.string({ minLength: 0, maxLength: 12 });
    const rosterName = fc.oneof({ weight: 8, arbitrary: titled }, { weight: 1, arbitrary: junk });
    // Equal by order: the roster's own order decides, as the stable sort of the definition does.
    const orders: ((x: Item, y: Item) => number)[] = [order, () => 0, (x, y) => x.bare.length - y.bare.length];
    fc.assert(
      fc.property(
        fc.array(rosterName, { minLength: 1, maxLength: 60 }),
        fc.array(fc.oneof({ weight: 6, arbitrary: typed }, { weight: 1, arbitrary: junk }), { minLength: 1, maxLength: 12 }),
        fc.constantFrom(0.5, 0.75, 0.85, 0.95),
        fc.integer({ min: 1, max: 5 }),
        fc.nat(2),
        (names, queries, threshold, limit, which) => {
          const items = itemsOf(names);
          const by = orders[which];
          const index = createSuggestionIndex(items, by, threshold, limit);
          for (const q of queries.map(normalizeName)) {
            expect(index.closest(q)).toEqual(closestByDefinition(items, q, by, threshold, limit));
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('on a big roster too, for typed slips and junk', () => {
    const items = bigRoster(2000).map((e) => ({ name: e.name, bare: normalizeName(e.name) }));
    const index = createSuggestionIndex(items, order, 0.85);
    const queries = [
      ...items.filter((_, i) => i % 71 === 0).map((it, i) => slip(it.bare, i, 'e')),
      ...['maria x3', 'yohanes x12', 'petrus', 'goreti lake', 'stefanus sisilia', 'katarina bessie nalle'],
    ];
    let found = 0;
    for (const q of queries) {
      const fast = index.closest(q).map((i) => i.name);
      expect(fast).toEqual(closestByDefinition(items, q, order, 0.85).map((i) => i.name));
      found += fast.length;
    }
    expect(found).toBeGreaterThan(queries.length);
  });

  it('keeps the order: best first, equal scores by name', () => {
    const items = itemsOf(['Maria Lake', 'Maria Bria', 'Maria Ola', 'Maria Goreti Lake', 'Yohanes Manafe']);
    expect(createSuggestionIndex(items, order, 0.85).closest('maria x3').map((i) => i.name)).toEqual(['Maria Ola', 'Maria Bria', 'Maria Lake']);
  });

  it('only among names sharing a word prefix; nothing for a blank entry', () => {
    const items = itemsOf(ROSTER.map((e) => e.name));
    const index = createSuggestionIndex(items, order, 0.5);
    expect(index.closest('')).toEqual([]);
    expect(index.closest('zz qq')).toEqual([]);
  });
});
