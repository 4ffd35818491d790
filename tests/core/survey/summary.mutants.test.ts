/**
 * The survey summary (S6), computed inside each test. `summary.test.ts` computes its summary once
 * when the file loads, which a mutation run cannot see (Stryker switches a mutant on per test, and
 * the file is loaded once): its checks are repeated here where the run sees them, with what the
 * run showed untested besides — the scaled averages, an unanswered question and an aspect nobody
 * answered, the label of the whole, the change of the scaled average (docs/mutation.md).
 */
import { describe, expect, it } from 'vitest';
import type { SurveyQuestion } from '../../../src/core/survey/questions';
import { NO_UNIT_LABEL, summariseSurvey } from '../../../src/core/survey/summary';
import { questions, resp, S1, S2, SUMMARY_RESPONSES } from './fixtures';

const responses = SUMMARY_RESPONSES;
const summary = () => summariseSurvey(responses, questions);

describe('summariseSurvey (S6), seen by a mutation run', () => {
  it('the whole: its label, its averages raw and scaled', () => {
    const s = summary();
    expect([s.overall.key, s.overall.label, s.overall.responses, s.overall.complete]).toEqual(['', 'Semua', 7, 6]);
    expect(s.overall.averageTotal).toBeCloseTo((5 + 8 + 12 + 20 + 18 + 6) / 6, 10);
    expect(s.overall.averageScaled).toBeCloseTo((5 + 8 + 12 + 20 + 18 + 6) / 6, 10); // five questions: scaled = raw
    expect(s.overall.bands.map((b) => [b.label, b.count])).toEqual([['BAIK', 2], ['BELUM BAIK', 1], ['KURANG BAIK', 1], ['TIDAK BAIK', 2], ['TIDAK LENGKAP', 1]]);
  });

  it('units A–Z, without unit last under its own label', () => {
    const s = summary();
    expect(s.perUnit.map((g) => [g.key === '' ? '' : 'unit', g.label, g.responses])).toEqual([
      ['unit', 'Bidang P2P', 3], ['unit', 'Sekretariat', 3], ['', NO_UNIT_LABEL, 1],
    ]);
    expect(s.perUnit[2].averageScaled).toBe(20);
  });

  it('questions weakest first; one nobody answered last', () => {
    const s = summary();
    expect(s.questions.map((q) => q.title)).toEqual(['Q1', 'Q2', 'Q3', 'Q4', 'Q5']);
    expect(s.questions[0].mean).toBeCloseTo(20 / 7, 10);
    const withUnanswered: SurveyQuestion[] = [...questions, { title: 'Q6', choices: [], section: null, aspect: 'solider-pola-pikir' }];
    const sixth = summariseSurvey([resp('', S2, [1, 2, 3, 4, 4, null]), resp('', S2, [1, 2, 3, 4, 4, null])], withUnanswered);
    expect(sixth.questions.map((q) => [q.title, q.mean, q.answered])).toEqual([['Q4', 4, 2], ['Q5', 4, 2], ['Q3', 3, 2], ['Q2', 2, 2], ['Q1', 1, 2], ['Q6', null, 0]]);
    const first = summariseSurvey([resp('', S2, [null, 2, 3, 4, 4])], questions);
    expect(first.questions.map((q) => q.title)).toEqual(['Q4', 'Q5', 'Q3', 'Q2', 'Q1']);
    expect(first.questions[4].mean).toBeNull();
  });

  it('aspects in seed order; an aspect nobody answered has no mean', () => {
    const s = summary();
    expect(s.aspects.map((a) => [a.key, a.questions, a.answered])).toEqual([['solider-kepemimpinan', 2, 13], ['berakhlak-perilaku', 1, 7]]);
    expect(s.aspects[0].mean).toBeCloseTo(34 / 13, 10);
    expect(s.aspects[0].label).toMatch(/^Penerapan nilai-nilai organisasi SOLIDER dalam Kepemimpinan/);
    const withUnanswered: SurveyQuestion[] = [...questions, { title: 'Q6', choices: [], section: null, aspect: 'solider-pola-pikir' }];
    const six = summariseSurvey([resp('', S2, [1, 1, 1, 1, 1, null])], withUnanswered);
    expect(six.aspects.map((a) => [a.key, a.questions, a.mean, a.answered])).toEqual([
      ['solider-kepemimpinan', 2, 1, 2], ['solider-pola-pikir', 1, null, 0], ['berakhlak-perilaku', 1, 1, 1],
    ]);
  });

  it('the change between the last two periods, raw and scaled', () => {
    const c = summary().change;
    expect(c?.from).toEqual({ key: '2026-S1', label: 'Semester I 2026 (Januari–Juni)' });
    expect(c?.to).toEqual({ key: '2026-S2', label: 'Semester II 2026 (Juli–Desember)' });
    expect(c?.bands.map((b) => b.label)).toEqual(['BAIK', 'BELUM BAIK', 'KURANG BAIK', 'TIDAK BAIK', 'TIDAK LENGKAP']);
    const baik = c?.bands[0];
    expect([baik?.fromShare, baik?.toShare]).toEqual([0.5, 0.2]);
    expect(baik?.delta).toBeCloseTo(-0.3, 10);
    expect(c?.averageTotal).toEqual({ from: 12, to: 11.25, delta: -0.75 });
    expect(c?.averageScaled).toEqual({ from: 12, to: 11.25, delta: -0.75 });
  });

  it('a period without a complete response has no averages, and no change of them', () => {
    const s = summariseSurvey([resp('', S1, [1, 1, 1, 1, 1]), resp('', S2, [1, null, 1, 1, 1])], questions);
    expect(s.change?.averageTotal).toEqual({ from: 5, to: null, delta: null });
    expect(s.change?.averageScaled).toEqual({ from: 5, to: null, delta: null });
    const t = summariseSurvey([resp('', S1, [1, null, 1, 1, 1]), resp('', S2, [1, 1, 1, 1, 1])], questions);
    expect(t.change?.averageTotal).toEqual({ from: null, to: 5, delta: null });
  });

  it('three periods: the change is between the last two', () => {
    const S0 = { periodKey: '2025-S2', periodLabel: 'Semester II 2025 (Juli–Desember)' };
    const s = summariseSurvey([resp('', S0, [4, 4, 4, 4, 4]), resp('', S1, [1, 1, 1, 1, 1]), resp('', S2, [2, 2, 2, 2, 2])], questions);
    expect([s.change?.from.key, s.change?.to.key, s.change?.averageTotal.delta]).toEqual(['2026-S1', '2026-S2', 5]);
  });

  it('a response waiting for the scale is counted under its own label', () => {
    const waiting = { ...resp('', S2, [1, 1, 1, 1, 1]), band: null, category: 'PERLU KONFIRMASI SKALA' };
    const s = summariseSurvey([waiting, resp('', S2, [1, 1, 1, 1, 1])], questions);
    expect(s.overall.bands.find((b) => b.label === 'PERLU KONFIRMASI SKALA')?.count).toBe(1);
  });
});
