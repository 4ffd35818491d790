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

/** Eight responses over two semesters: every band, an incomplete one, a superseded one, units in other case and blank. */
export const SUMMARY_RESPONSES: SummaryResponse[] = [] = [
  resp('Sekretariat', S2, [1, 1, 1, 1, 1]), // 5 BAIK
  resp('Bidang P2P', S2, [2, 2, 2, 1, 1]), // 8 BELUM BAIK
  resp('sekretariat ', S2, [4, 2, 2, 2, 2]), // 12 KURANG BAIK
  resp('', S2, [4, 4, 4, 4, 4]), // 20 TIDAK BAIK
  resp('Bidang P2P', S2, [3, null, 1, 1, 1]), // TIDAK LENGKAP
  resp('Bidang P2P', S2, [4, 4, 4, 4, 4], false), // superseded: left out
  resp('Sekretariat', S1, [4, 4, 4, 3, 3]), // 18 TIDAK BAIK
  resp('Bidang P2P', S1, [2, 1, 1, 1, 1]), // 6 BAIK
];
