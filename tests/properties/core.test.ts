/**
 * Properties of the core rules that the table-driven tests in tests/core do not already state.
 * (Already covered there, not repeated here: tally independent of response order and a voter's
 * later ballot never changing others' counts — tests/core/nominations/tally.test.ts; name
 * normalisation idempotent — tests/core/names.test.ts; a validated band table covering every
 * total 5–20 exactly once — tests/core/survey/bands.test.ts.)
 */
import fc from 'fast-check';
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { asText, CUT_MARK } from '../../src/core/cells';
import { fitForProperty, PENDING_VALUE_BYTES, utf8Length } from '../../src/core/pending';
import { formatTanggal, isoDate, parseDateInput, witaParts, witaToMs } from '../../src/core/dates';
import { escapeReplacement, fillText, placeholderPattern } from '../../src/core/decree/placeholders';
import { normalizeName } from '../../src/core/names';
import { toBallot } from '../../src/core/nominations/ballot';
import { choiceLabels, createResolver } from '../../src/core/nominations/resolve';
import { digitsOf, findNipInText, formatNip } from '../../src/core/nip';
import { DEFAULT_BAND_TABLE, bandFor } from '../../src/core/survey/bands';
import { latestPerRespondent } from '../../src/core/survey/periods';
import { parseInput } from '../../src/offline/workspace/index';
import { ROSTER } from '../core/nominations/fixtures';

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

describe('NIP: grouping and finding are inverse', () => {
  const nip = fc.stringMatching(/^\d{18}$/);
  it('digitsOf(formatNip(d)) === d and the grouped form is found in any surrounding text', () => {
    fc.assert(
      fc.property(nip, fc.stringMatching(/^[^0-9]{0,15}$/), fc.stringMatching(/^[^0-9]{0,15}$/), (d, before, after) => {
        expect(digitsOf(formatNip(d))).toBe(d);
        expect(findNipInText(`${before}${formatNip(d)}${after}`)).toBe(d);
        expect(findNipInText(`${before}${d}${after}`)).toBe(d);
      }),
    );
  });

  it('never finds a NIP in a number longer than 18 digits', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{19,25}$/), (d) => {
      expect(findNipInText(d)).toBeNull();
    }));
  });
});

describe('dates: what the product prints, it reads back', () => {
  const instant = fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2150, 0, 1) });
  it('formatTanggal and isoDate read back as the same WITA day', () => {
    fc.assert(
      fc.property(instant, (ms) => {
        const p = witaParts(ms);
        const midnight = witaToMs(p.year, p.month, p.day);
        expect(parseDateInput(formatTanggal(ms))).toBe(midnight);
        expect(parseDateInput(isoDate(ms))).toBe(midnight);
      }),
      { numRuns: 500 },
    );
  });
});

describe('decree values go in literally (D2)', () => {
  const value = fc.oneof(fc.string({ maxLength: 30 }), fc.stringMatching(/^[$\\&{}0-9a-z ()*.[\]^|?+]{0,30}$/));
  it('RE2 replaceText with the escaped value writes exactly the value, whatever $ \\ or braces it holds', () => {
    const re = RE2JS.compile(placeholderPattern('NAMA'));
    fc.assert(
      fc.property(value, (v) => {
        const out = re.matcher('Nama: {{NAMA}}, lagi {{ NAMA }}.').replaceAll(escapeReplacement(v), true);
        expect(out).toBe(`Nama: ${v}, lagi ${v}.`);
      }),
      { numRuns: 2000 },
    );
  });

  it('fillText never expands a value a second time (a value holding {{NIP}} stays as typed)', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(fillText('{{NAMA}}|{{NIP}}', { NAMA: a, NIP: b })).toBe(`${a}|${b}`);
      }),
    );
  });
});

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

describe('survey bands are monotone (S3, S4)', () => {
  const order = DEFAULT_BAND_TABLE.map((b) => b.label);
  it('a higher total with the same number of questions never gets a better band', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), (n, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const x = bandFor(lo, n).band;
        const y = bandFor(hi, n).band;
        expect(x).not.toBeNull();
        expect(order.indexOf(y!.label)).toBeGreaterThanOrEqual(order.indexOf(x!.label));
      }),
    );
  });
});

describe('survey respondents (S5)', () => {
  const response = fc.record({
    id: fc.uuid(),
    timestamp: fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 31) }),
    email: fc.constantFrom('', 'a@x.id', 'A@X.id ', 'b@x.id', 'c@x.id'),
  });
  it('which responses count does not depend on the order they are read in (distinct timestamps)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(response, { maxLength: 25, selector: (r) => r.timestamp }).chain((rs) => fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length }))),
        ([rs, shuffled]) => {
          const counted = (list: typeof rs) => {
            const d = latestPerRespondent(list);
            return list.filter((_, i) => d[i].counted).map((r) => r.id).sort();
          };
          expect(counted(shuffled)).toEqual(counted(rs));
        },
      ),
    );
  });

  it('exactly one response per identified respondent and semester counts', () => {
    fc.assert(
      fc.property(fc.array(response, { maxLength: 30 }), (rs) => {
        const d = latestPerRespondent(rs);
        const seen = new Map<string, number>();
        rs.forEach((r, i) => {
          const who = r.email.trim().toLowerCase();
          if (who === '' || !d[i].counted) return;
          const key = `${d[i].period}|${who}`;
          seen.set(key, (seen.get(key) ?? 0) + 1);
        });
        for (const n of seen.values()) expect(n).toBe(1);
        const groups = new Set(rs.filter((r) => r.email.trim() !== '').map((r) => `${latestPerRespondent([r])[0].period}|${r.email.trim().toLowerCase()}`));
        expect(seen.size).toBe(groups.size);
      }),
    );
  });
});

describe('a response kept for the next run fits one property (9 KB)', () => {
  const answer = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 3000 }), fc.array(fc.string({ maxLength: 2000 }), { maxLength: 4 }), fc.constant('x'.repeat(60_000)));
  it('fitForProperty: fits, keeps every question, cuts only with the mark, and leaves small ones as they are', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 20 }), answer, { maxKeys: 6 }), (answers) => {
        const r = { id: 'r1', timestamp: 1, email: 'a@b.id', answers };
        const kept = fitForProperty(r);
        const size = utf8Length(JSON.stringify(kept));
        expect(size).toBeLessThanOrEqual(PENDING_VALUE_BYTES);
        expect(Object.keys(kept.answers).sort()).toEqual(Object.keys(answers).sort());
        if (utf8Length(JSON.stringify(r)) <= PENDING_VALUE_BYTES) expect(kept).toBe(r);
        for (const k of Object.keys(answers)) {
          const before = ([] as string[]).concat(answers[k]);
          const after = ([] as string[]).concat(kept.answers[k]);
          after.forEach((t, i) => {
            if (t !== before[i]) {
              expect(t.endsWith(CUT_MARK)).toBe(true);
              expect(before[i].startsWith(t.slice(0, -CUT_MARK.length))).toBe(true);
            }
          });
        }
      }),
      { numRuns: 200 },
    );
  });
});
