/** Properties of asText (cells): people's text is stored exactly as typed (K2, K3). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asText } from '../../src/core/cells';
import { parseInput } from '../../src/offline/workspace/index';

const mkDate = (ms: number) => new Date(ms);

/** Strings people type: any code points, plus the prefixes Sheets parses. */
const typed = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.tuple(fc.constantFrom('=', '+', '-', '@', "'", ' =', '0', '1,5', 'TRUE', '50%', '2026-11-27', '27/11/2026'), fc.string({ maxLength: 20 })).map(([a, b]) => a + b),
  fc.stringMatching(/^[0-9 .,:\/%()$e+-]{1,20}$/),
);

describe('cells: asText keeps people\'s text exactly as written', () => {
  it('a string written with asText is stored as that string, never a formula, number, date or boolean', () => {
    fc.assert(
      fc.property(typed, (s) => {
        const stored = parseInput(asText(s), '', mkDate);
        expect(stored.formula).toBe('');
        expect(stored.value).toBe(s);
      }),
      { numRuns: 3000 },
    );
  });

  it('asText changes nothing Sheets would keep anyway (no needless apostrophes on plain names)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z][A-Za-z .,']{0,30}$/), (s) => {
        // Text made only of number-like characters ("e,", "E.") is quoted too: harmless.
        fc.pre(!/^(true|false)\s*$/i.test(s) && /[A-DF-Za-df-z]/.test(s));
        expect(asText(s)).toBe(s);
      }),
    );
  });
});

describe('cells: asText on number-like text with an exponent', () => {
  it.each(['0e+0%', '1e+5', '2,5e+3 %', '(1e+2)'])('"%s" stays text (Sheets would read it as a number)', (s) => {
    expect(asText(s)).toBe(`'${s}`);
    const stored = parseInput(asText(s), '', mkDate);
    expect(stored.value).toBe(s);
  });
});
