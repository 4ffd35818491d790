import { describe, it, expect } from 'vitest';
import { summariseSurvey } from '../../../src/core/survey/summary';
import { questions, resp, S1, S2, SUMMARY_RESPONSES } from './fixtures';

const responses = SUMMARY_RESPONSES;

const s = summariseSurvey(responses, questions);
const counts = (g: { bands: { label: string; count: number }[] }) => g.bands.map((b) => [b.label, b.count]);

describe('summariseSurvey', () => {
  it('counts bands overall, leaving superseded responses out', () => {
    expect(s.overall.responses).toBe(7);
    expect(s.overall.complete).toBe(6);
    expect(counts(s.overall)).toEqual([
      ['BAIK', 2],
      ['BELUM BAIK', 1],
      ['KURANG BAIK', 1],
      ['TIDAK BAIK', 2],
      ['TIDAK LENGKAP', 1],
    ]);
    expect(s.overall.bands[0].share).toBeCloseTo(2 / 7);
    expect(s.overall.averageTotal).toBeCloseTo((5 + 8 + 12 + 20 + 18 + 6) / 6);
  });

  it('groups units case- and space-insensitively, A–Z, without unit last', () => {
    expect(s.perUnit.map((g) => [g.label, g.responses])).toEqual([
      ['Bidang P2P', 3],
      ['Sekretariat', 3],
      ['(Tanpa unit)', 1],
    ]);
    expect(counts(s.perUnit[1])).toEqual([
      ['BAIK', 1],
      ['BELUM BAIK', 0],
      ['KURANG BAIK', 1],
      ['TIDAK BAIK', 1],
      ['TIDAK LENGKAP', 0],
    ]);
  });

  it('lists periods chronologically with their averages', () => {
    expect(s.perPeriod.map((g) => [g.key, g.label, g.responses, g.averageTotal])).toEqual([
      ['2026-S1', 'Semester I 2026 (Januari–Juni)', 2, 12],
      ['2026-S2', 'Semester II 2026 (Juli–Desember)', 5, 11.25],
    ]);
  });

  it('orders questions weakest (highest mean) first, ties by question order', () => {
    // Means over answered, counted responses: Q1 20/7, Q2 14/6, Q3 15/7, Q4 13/7, Q5 13/7.
    expect(s.questions.map((q) => q.title)).toEqual(['Q1', 'Q2', 'Q3', 'Q4', 'Q5']);
    expect(s.questions[0].mean).toBeCloseTo(20 / 7);
    expect(s.questions[1].answered).toBe(6);
    expect(s.questions[1].mean).toBeCloseTo(14 / 6);
    const reversed = summariseSurvey([resp('', S2, [1, 2, 3, 4, 4])], questions);
    expect(reversed.questions.map((q) => q.title)).toEqual(['Q4', 'Q5', 'Q3', 'Q2', 'Q1']);
  });

  it('summarises the aspects present, in seed order', () => {
    expect(s.aspects.map((a) => [a.key, a.questions, a.answered])).toEqual([
      ['solider-kepemimpinan', 2, 13],
      ['berakhlak-perilaku', 1, 7],
    ]);
    expect(s.aspects[0].mean).toBeCloseTo(34 / 13);
    expect(s.aspects[1].mean).toBeCloseTo(15 / 7);
  });

  it('gives the change between the last two periods', () => {
    expect(s.change?.from.key).toBe('2026-S1');
    expect(s.change?.to.key).toBe('2026-S2');
    const baik = s.change?.bands.find((b) => b.label === 'BAIK');
    expect(baik?.fromShare).toBeCloseTo(0.5);
    expect(baik?.toShare).toBeCloseTo(0.2);
    expect(baik?.delta).toBeCloseTo(-0.3);
    expect(s.change?.averageTotal).toEqual({ from: 12, to: 11.25, delta: -0.75 });
  });

  it('has no change with a single period, and empty input gives zeros', () => {
    const one = summariseSurvey(responses.filter((r) => r.periodKey === '2026-S2'), questions);
    expect(one.change).toBeNull();
    const none = summariseSurvey([], questions);
    expect(none.overall.responses).toBe(0);
    expect(none.overall.bands.every((b) => b.share === 0)).toBe(true);
    expect(none.overall.averageTotal).toBeNull();
    expect(none.questions.every((q) => q.mean === null)).toBe(true);
  });

  it('does not depend on input order', () => {
    const shuffled = summariseSurvey(responses.slice().reverse(), questions);
    expect(shuffled.perUnit.map((g) => g.key)).toEqual(s.perUnit.map((g) => g.key));
    expect(shuffled.perPeriod).toEqual(s.perPeriod);
    expect(shuffled.questions).toEqual(s.questions);
  });
});
