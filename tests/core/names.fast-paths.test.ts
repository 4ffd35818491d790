/**
 * The fast paths of names.ts give exactly what the plain definitions give: jaroWinkler's bit-set
 * matching of short ASCII strings against the textbook loop, normalizeName's quick path for an
 * already bare ASCII name against the general steps. Compared value for value (toBe), over texts
 * that reach both sides of each path's limits (30 characters, ASCII or not, titles, degrees).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jaroWinkler, normalizeName, normalizeNameByDefinition } from '../../src/core/names';
import { jaroWinklerPlain } from './jaro-winkler.reference';

// Few letters, so strings share many and match out of order (transpositions); 'é' and 'ж' are
// not ASCII (the bit-set path is for ASCII second strings only), '\u007f' is the last ASCII code.
const letters = fc.constantFrom('a', 'b', 'n', 'r', ' ', 'é', 'ж', '\u007f', 'A');
const text = (min: number, max: number) => fc.array(letters, { minLength: min, maxLength: max }).map((cs) => cs.join(''));

describe('jaroWinkler: the bit-set path is the plain definition', () => {
  it('on short and long strings alike, either way round, across the 30-character limit', () => {
    fc.assert(
      fc.property(text(0, 36), text(0, 36), (a, b) => {
        expect(jaroWinkler(a, b)).toBe(jaroWinklerPlain(a, b));
        expect(jaroWinkler(b, a)).toBe(jaroWinklerPlain(b, a));
      }),
      { numRuns: 3000 },
    );
  });

  it('at exactly 29, 30 and 31 characters (the widest window of the bit set)', () => {
    fc.assert(
      fc.property(fc.constantFrom(29, 30, 31), text(1, 40), fc.nat(1000), (n, a, seed) => {
        const b = Array.from({ length: n }, (_, i) => 'abnr '[(seed + i * 7) % 5]).join('');
        expect(jaroWinkler(a, b)).toBe(jaroWinklerPlain(a, b));
        expect(jaroWinkler(b, a)).toBe(jaroWinklerPlain(b, a));
      }),
      { numRuns: 1000 },
    );
  });

  it('after a call that stopped at a non-ASCII character (no leftover positions)', () => {
    // A second string with a non-ASCII character part-way leaves the bit-set path: the positions it
    // recorded before must be cleared, or the next call would match letters that are not there.
    expect(jaroWinkler('abc', 'abcé')).toBe(jaroWinklerPlain('abc', 'abcé'));
    expect(jaroWinkler('xyz', 'qqq')).toBe(0);
    expect(jaroWinkler('abc', 'qqq')).toBe(0);
    expect(jaroWinkler('maria', 'marié lake')).toBe(jaroWinklerPlain('maria', 'marié lake'));
    expect(jaroWinkler('maria', 'zzzzz')).toBe(0);
  });
});

describe('normalizeName: the quick path is the general steps', () => {
  const WORDS = ['maria', 'Goreti', 'LAKE', 'yohanes', 'ni', 'k', 'sri', 'skm', 'kep', 's', 'dr', 'drs', 'hj', 'h', 'prof', 'ns', 'mkes', 'da', 'silva', '12', 'x'];
  const SEPARATORS = [' ', '  ', '\t', '. ', ', ', ',', '.', "'", '-', ' \u00a0', 'é ', '\n'];
  const name = fc
    .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 6 })
    .chain((parts) => fc.tuple(fc.constant(parts), fc.constantFrom('', ' ', ', S.Kep.', ' SKM', ',', '.')))
    .map(([parts, tail]) => parts.map(([w, s], i) => (i < parts.length - 1 ? w + s : w)).join('') + tail);

  it('on names with titles, degrees, punctuation, odd spaces and accents', () => {
    fc.assert(
      fc.property(name, (t) => {
        expect(normalizeName(t)).toBe(normalizeNameByDefinition(t));
      }),
      { numRuns: 4000 },
    );
  });

  it('on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (t) => {
        expect(normalizeName(t)).toBe(normalizeNameByDefinition(t));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['Maria Goreti Lake', 'maria goreti lake'],
    ['Maria  Goreti   Lake, S.Kep., Ns.', 'maria goreti lake'],
    ['dr Maria Lake', 'maria lake'],
    ['Maria Lake SKM', 'maria lake'],
    ['Maria Lake S Kep', 'maria lake'],
    ['Maria Lake Ns', 'maria lake'],
    ['Ns', 'ns'],
    ['', ''],
  ])('%j → %j either way', (input, bare) => {
    expect(normalizeName(input)).toBe(bare);
    expect(normalizeNameByDefinition(input)).toBe(bare);
  });
});
