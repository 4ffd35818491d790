/** The survey's running counts (core/survey/tally): adding and taking out records is exact. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BAND_TABLE } from '../../../src/core/survey/bands';
import { summaryFromTally } from '../../../src/core/survey/summary';
import { applyToTally, tallyConsistent, tallyOf, unitLabel, type TalliedResponse } from '../../../src/core/survey/tally';
import type { SurveyQuestion } from '../../../src/core/survey/questions';

const QUESTIONS: SurveyQuestion[] = [1, 2, 3].map((i) => ({ title: `P${i}`, choices: [], section: null, aspect: i === 3 ? null : 'kepemimpinan' }) as SurveyQuestion);

const response: fc.Arbitrary<TalliedResponse> = fc
  .record({
    unit: fc.constantFrom('Dinas A', 'dinas  a', 'Dinas B', ''),
    period: fc.constantFrom('2026-S1', '2026-S2'),
    counted: fc.boolean(),
    complete: fc.boolean(),
    scores: fc.array(fc.constantFrom(1, 2, 3, 4, 1.25, 3.67), { minLength: 3, maxLength: 3 }),
    band: fc.constantFrom('BAIK', 'KURANG BAIK', 'LAMA'),
  })
  .map((r) => {
    const total = r.scores.reduce((a, b) => a + b, 0);
    return {
      unit: r.unit,
      periodKey: r.period,
      periodLabel: `Semester ${r.period}`,
      counted: r.counted,
      complete: r.complete,
      total: r.complete ? total : 0,
      scaled: r.complete ? (total * 5) / 3 : 0,
      band: r.complete ? r.band : null,
      category: r.complete ? r.band : 'TIDAK LENGKAP',
      perQuestion: r.scores,
    };
  });

describe('tally', () => {
  it('property: taking a record out gives the tally of the others, to the last digit, and the same summary', () => {
    fc.assert(
      fc.property(fc.array(response, { minLength: 1, maxLength: 30 }), fc.nat(), (all, pick) => {
        const i = pick % all.length;
        const t = tallyOf(all, QUESTIONS.length);
        applyToTally(t, all[i], -1);
        const others = all.filter((_, j) => j !== i);
        expect(t).toEqual(tallyOf(others, QUESTIONS.length));
        expect(tallyConsistent(t)).toBe(true);
        expect(summaryFromTally(t, QUESTIONS, DEFAULT_BAND_TABLE)).toEqual(summaryFromTally(tallyOf([...others].reverse(), QUESTIONS.length), QUESTIONS, DEFAULT_BAND_TABLE));
      }),
    );
  });

  it('taking out a record it never held shows as inconsistent', () => {
    const [a, b] = fc.sample(response.filter((r) => r.counted), 2);
    const t = tallyOf([a], QUESTIONS.length);
    applyToTally(t, { ...b, unit: 'Unit yang tidak pernah dihitung' }, -1);
    expect(tallyConsistent(t)).toBe(false);
  });

  it('a unit is labelled with its most used spelling, ties in code-point order, whatever the order of responses', () => {
    expect(unitLabel({ 'Dinas A': 1, 'DINAS A': 2 })).toBe('DINAS A');
    expect(unitLabel({ 'dinas a': 1, 'Dinas A': 1 })).toBe('Dinas A');
  });
});
