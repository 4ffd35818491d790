import { describe, expect, it } from 'vitest';
import { DEFAULT_BAND_TABLE } from '../../../src/core/survey/bands';
import { summariseSurvey } from '../../../src/core/survey/summary';
import { CHART_ROWS, summaryBlock, SUMMARY_TITLE } from '../../../src/core/survey/summary-layout';
import { questions, resp, S1, S2 } from './fixtures';

const NOW = Date.UTC(2026, 7, 1, 2, 0);
const twoPeriods = summariseSurvey(
  [resp('Sekretariat', S1, [4, 4, 4, 4, 4]), resp('Bidang P2P', S1, [2, 2, 2, 2, 2]), resp('Sekretariat', S2, [1, 1, 1, 1, 1]), resp('Bidang P2P', S2, [1, null, 1, 1, 1])],
  questions,
  DEFAULT_BAND_TABLE,
);
const block = summaryBlock(twoPeriods, { now: NOW, responses: 5, superseded: 1 });
const rowStarting = (text: string) => block.rows.findIndex((r) => r[0] === text);

describe('Ringkasan Survei as one block read top to bottom', () => {
  it('opens with the title and what was counted, in Indonesian', () => {
    expect(block.rows[0]).toEqual([SUMMARY_TITLE]);
    expect(block.rows[1][0]).toBe(
      'Diperbarui 01/08/2026 10.00 WITA. Respons dihitung: 4 dari 5 (3 lengkap, 1 TIDAK LENGKAP; 1 digantikan oleh jawaban terakhir responden yang sama). Skor lebih rendah berarti lebih baik.',
    );
  });

  it('every row has a kind, the block is as wide as its widest row, header rows are marked', () => {
    expect(block.kinds).toHaveLength(block.rows.length);
    expect(block.width).toBe(Math.max(...block.rows.map((r) => r.length)));
    block.kinds.forEach((k, i) => {
      if (k === 'blank') expect(block.rows[i]).toEqual([]);
      if (k === 'header') expect(typeof block.rows[i][1]).toBe('string');
    });
  });

  it('the overall distribution: counts per band, responses, shares in %, averages', () => {
    const header = block.rows[rowStarting('Kelompok')];
    const overall = block.rows[rowStarting('Kelompok') + 1];
    expect(header).toEqual(['Kelompok', ...block.labels, 'Jumlah Respons', ...block.labels.map((l) => `% ${l}`), 'Rata-rata Total', 'Rata-rata Skor Setara 5']);
    expect(block.labels[block.labels.length - 1]).toBe('TIDAK LENGKAP');
    const n = block.labels.length;
    expect(overall[1 + n]).toBe(4);
    expect((overall.slice(2 + n, 2 + 2 * n) as number[]).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 5);
    expect(overall.slice(-2)).toEqual([11.67, 11.67]);
  });

  it('the chart covers the per-period table: its header row and one row per period, categories and bands', () => {
    const at = rowStarting('Periode') + 1;
    expect(block.chart).toMatchObject({ row: at, column: 1, numRows: 3, numColumns: block.labels.length + 1 });
    expect(block.rows[at].slice(0, 1)).toEqual([S1.periodLabel]);
    expect(block.rows[at + 1].slice(0, 1)).toEqual([S2.periodLabel]);
  });

  it('the chart stands right under its table, from column A, over blank rows kept for it', () => {
    const chart = block.chart!;
    const lastPeriodRow = chart.row + chart.numRows - 1;
    expect(chart.anchorRow).toBe(lastPeriodRow + 2);
    expect(chart.anchorColumn).toBe(1);
    const kept = Math.ceil(chart.height / 21);
    for (let r = chart.anchorRow; r < chart.anchorRow + kept; r++) {
      expect(block.rows[r - 1] ?? [], `row ${r}`).toEqual([]);
      expect(block.kinds[r - 1]).toBe('chart');
    }
    // Then the next section, after one blank row.
    expect(String(block.rows[chart.anchorRow - 1 + CHART_ROWS + 1][0])).toBe('Per Unit Kerja');
  });

  it('the change between the last two periods, in percentage points', () => {
    const at = rowStarting(`Perubahan dari ${S1.periodLabel} ke ${S2.periodLabel}`);
    expect(at).toBeGreaterThan(0);
    expect(block.rows[at + 1]).toEqual(['Kategori', `${S1.periodLabel} (%)`, `${S2.periodLabel} (%)`, 'Perubahan (poin %)']);
    expect(block.rows.find((r) => r[0] === 'Rata-rata Total')).toEqual(['Rata-rata Total', 15, 5, -10]);
  });

  it('questions weakest first, with their aspect', () => {
    const at = rowStarting('No') + 1;
    expect(block.rows.slice(at, at + 5).map((r) => [r[1], r[2]])).toEqual([
      ['Q2', 'Penerapan nilai-nilai organisasi SOLIDER dalam Kepemimpinan dan Manajemen'],
      ['Q1', 'Penerapan nilai-nilai organisasi SOLIDER dalam Kepemimpinan dan Manajemen'],
      ['Q3', 'Penerapan nilai-nilai dasar (core value) ASN BerAKHLAK dalam perilaku kerja'],
      ['Q4', ''],
      ['Q5', ''],
    ]);
  });

  it('with one period: no change table, a sentence instead; without aspects: says what to fill in', () => {
    const one = summaryBlock(
      summariseSurvey([resp('Sekretariat', S1, [1, 1, 1, 1, 1])], questions.map((q) => ({ ...q, aspect: null })), DEFAULT_BAND_TABLE),
      { now: NOW, responses: 1, superseded: 0 },
    );
    expect(one.rows.some((r) => r[0] === 'Belum ada periode sebelumnya untuk dibandingkan.')).toBe(true);
    expect(one.rows[one.rows.length - 1][0]).toMatch(/Isi "Aspek Survei per Bagian" di Pengaturan/);
  });

  it('without any response: no chart', () => {
    expect(summaryBlock(summariseSurvey([], questions, DEFAULT_BAND_TABLE), { now: NOW, responses: 0, superseded: 0 }).chart).toBeNull();
  });
});
