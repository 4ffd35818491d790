/** Five scored questions in two sections and two semesters, for the summary tests. */
import { bandFor } from '../../../src/core/survey/bands';
import type { SurveyQuestion } from '../../../src/core/survey/questions';
import type { SummaryResponse } from '../../../src/core/survey/summary';

export const questions: SurveyQuestion[] = [
  { title: 'Q1', choices: [], section: 'S', aspect: 'solider-kepemimpinan' },
  { title: 'Q2', choices: [], section: 'S', aspect: 'solider-kepemimpinan' },
  { title: 'Q3', choices: [], section: 'B', aspect: 'berakhlak-perilaku' },
  { title: 'Q4', choices: [], section: null, aspect: null },
  { title: 'Q5', choices: [], section: null, aspect: null },
];

export const S1 = { periodKey: '2026-S1', periodLabel: 'Semester I 2026 (Januari–Juni)' };
export const S2 = { periodKey: '2026-S2', periodLabel: 'Semester II 2026 (Juli–Desember)' };

export function resp(unit: string, period: typeof S1, scores: (number | null)[], counted = true): SummaryResponse {
  const complete = scores.every((s) => s !== null);
  const total = scores.reduce<number>((a, s) => a + (s ?? 0), 0);
  const banded = bandFor(total, scores.length);
  return { unit, ...period, counted, complete, total, scaled: banded.scaled, band: complete ? (banded.band?.label ?? null) : null, perQuestion: scores };
}
