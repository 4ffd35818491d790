import { describe, it, expect } from 'vitest';
import { evaluateSurvey } from '../../../src/core/survey/evaluate';
import { summariseSurvey } from '../../../src/core/survey/summary';
import { detectSurveyQuestions, type SurveyItem } from '../../../src/core/survey/questions';

const choices = ['1 – Selalu', '2 – Sering', '3 – Jarang', '4 – Tidak pernah'];
const items: SurveyItem[] = [
  { id: 1, title: 'Unit Kerja', kind: 'TEXT', choices: [], section: null },
  ...[1, 2, 3, 4, 5].map((i) => ({ id: i + 1, title: `Q${i}`, kind: 'MULTIPLE_CHOICE', choices, section: null })),
];
const { scored, unitQuestion } = detectSurveyQuestions(items);
const answers = (unit: string, picks: number[]) => ({ 'Unit Kerja': unit, ...Object.fromEntries(picks.map((p, i) => [`Q${i + 1}`, p === 0 ? '' : choices[p - 1]])) });

describe('evaluateSurvey', () => {
  const rows = evaluateSurvey(
    [
      { id: 'r1', timestamp: Date.parse('2026-08-01T01:00:00Z'), email: 'Ani@x.id', answers: answers('Sekretariat', [4, 4, 4, 4, 4]) },
      { id: 'r2', timestamp: Date.parse('2026-08-02T01:00:00Z'), email: 'ani@x.id', answers: answers('Sekretariat', [1, 2, 1, 2, 1]) },
      { id: 'r3', timestamp: Date.parse('2026-08-02T01:00:00Z'), email: '', answers: answers('Bidang P2P', [1, 2, 0, 2, 1]) },
    ],
    scored,
    unitQuestion,
  );

  it('scores, bands, dates and dedupes each response', () => {
    expect(rows.map((r) => [r.id, r.unit, r.total, r.category, r.counted, r.periodKey])).toEqual([
      ['r1', 'Sekretariat', 20, 'TIDAK BAIK', false, '2026-S2'],
      ['r2', 'Sekretariat', 7, 'BELUM BAIK', true, '2026-S2'],
      ['r3', 'Bidang P2P', 6, 'TIDAK LENGKAP', true, '2026-S2'],
    ]);
    expect(rows[0].supersededReason).toMatch(/^digantikan: ani@x.id mengisi lagi pada 2 Agustus 2026 09.00 WITA \(r2\)/);
    expect(rows[1].recommendation).toBe('Perlu peningkatan (sosialisasi)');
    expect(rows[2].band).toBeNull();
    expect(rows[2].problems).toEqual([{ question: 'Q3', message: 'Pertanyaan "Q3" tidak dijawab.' }]);
  });

  it('feeds the summary directly', () => {
    const s = summariseSurvey(rows, scored);
    expect(s.overall.responses).toBe(2);
    expect(s.overall.bands.map((b) => b.count)).toEqual([0, 1, 0, 0, 1]);
  });
});
