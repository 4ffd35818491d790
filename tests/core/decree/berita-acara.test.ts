import { describe, expect, it } from 'vitest';
import { type AssessmentRow, assessmentLayout, SUPERVISOR_ASSESSOR } from '../../../src/core/assessment/layout';
import { assessmentTotals } from '../../../src/core/assessment/totals';
import type { Cell } from '../../../src/core/cells';
import { witaToMs } from '../../../src/core/dates';
import { beritaAcara, BERITA_ACARA_TITLE, formatScore } from '../../../src/core/decree/berita-acara';
import { blockTexts, type TableBlock } from '../../../src/core/decree/blocks';
import { findPlaceholders } from '../../../src/core/decree/placeholders';
import { DEFAULT_SETTINGS, pageOf } from '../../../src/core/settings';
import { CELL_PADDING } from '../../../src/core/decree/columns';
import { measureText, textWidth } from '../../../src/core/decree/page';
import { ASSESSMENT_CRITERIA } from '../../../src/core/values';
import { NIP, row as fixtureRow } from '../assessment/fixtures';

const S = SUPERVISOR_ASSESSOR;
const row = (n: number, supervisor: string, scores: Record<string, Cell[]>, extra: Partial<AssessmentRow> = {}): AssessmentRow =>
  fixtureRow(NIP(n), scores, { votes: 4, supervisorName: supervisor, supervisorNip: '', ...extra });

describe('beritaAcara', () => {
  const layout = assessmentLayout(['Yohanes Bria']);
  const rows = [
    row(1, 'Atasan A', { [S]: [3, 3, 3, 3], 'Yohanes Bria': [4, 4, 4, 4] }),
    row(2, 'Atasan B', { [S]: [5, 5, 5, 5], 'Yohanes Bria': [4, 5, 5, 5] }),
    row(3, 'Atasan A', { [S]: [1, '', '', ''] }),
    row(4, 'Atasan C', { [S]: [5, 5, 5, 5] }, { retired: true }),
  ];
  const result = assessmentTotals(rows, layout, 5);
  const doc = beritaAcara({
    settings: { ...DEFAULT_SETTINGS, alamat: 'Jl. Palapa No. 22' },
    todayMs: Date.UTC(2026, 10, 26, 16, 30), // 27 November 2026 in Kupang
    layout,
    rows,
    result,
  });
  const texts = blockTexts(doc.body);
  const all = texts.join('\n');

  it('is filled: title, date and place in Indonesian (WITA), no placeholder', () => {
    expect(texts).toContain(BERITA_ACARA_TITLE);
    expect(all).toContain('Pada hari ini Jumat, 27 November 2026, bertempat di Kupang');
    expect(texts).toContain('Kupang, 27 November 2026');
    expect(texts.flatMap(findPlaceholders)).toEqual([]);
  });

  it('ranks the assessed candidates with their total, then the mean score per criterion (K1–K4)', () => {
    const [ranked, scores] = doc.body.filter((b): b is TableBlock => b.type === 'table' && b.rows[0][0] === 'Peringkat');
    expect(ranked.rows).toEqual([
      ['Peringkat', 'Nama', 'NIP', 'Unit Kerja', 'Nilai Akhir'],
      ['1', 'Calon 2', '19800101 200501 1 002', 'Bidang P2P', '19,5'],
      ['2', 'Calon 1', '19800101 200501 1 001', 'Bidang P2P', '14'],
    ]);
    expect(scores.rows).toEqual([
      ['Peringkat', 'Nama', 'K1', 'K2', 'K3', 'K4', 'Nilai Akhir'],
      ['1', 'Calon 2', '4,5', '5', '5', '5', '19,5'],
      ['2', 'Calon 1', '3,5', '3,5', '3,5', '3,5', '14'],
    ]);
    // K1–K4 are explained by the numbered criteria above the tables.
    expect(all).toContain(`K1.\n${ASSESSMENT_CRITERIA[0].description}.`);
  });

  it('is laid out for the page: kop first, data tables ruled with a repeated header and columns summing to the text width', () => {
    const page = pageOf(DEFAULT_SETTINGS);
    expect(doc.page).toEqual(page);
    expect(doc.body[0].type).toBe('kop');
    expect(doc.header).toEqual([]);
    const tables = doc.body.filter((b): b is TableBlock => b.type === 'table');
    for (const t of tables) {
      expect(t.widths.reduce((a, b) => a + b, 0)).toBeCloseTo(textWidth(page), 1);
      const size = t.fontSize ?? page.fontSize;
      t.widths.forEach((w, c) => {
        for (const row of t.rows) {
          for (const word of row[c].split(/\s+/).filter((x) => x !== '')) {
            expect(measureText(word, page.font, size, t.header === true && row === t.rows[0]) + 2 * CELL_PADDING, `"${word}"`).toBeLessThanOrEqual(w);
          }
        }
      });
    }
    const data = tables.filter((t) => t.header);
    expect(data.map((t) => t.rows[0][0])).toEqual(['Peringkat', 'Peringkat', 'No']);
    expect(data.every((t) => !t.borderless)).toBe(true);
    // "Peringkat" and a grouped NIP never break: the NIP stays on one line.
    const ranked = data[0];
    expect(ranked.widths[0]).toBeGreaterThanOrEqual(measureText('Peringkat', page.font, ranked.fontSize ?? 12, true) + 2 * CELL_PADDING);
    expect(ranked.widths[2]).toBeGreaterThanOrEqual(measureText('19800101 200501 1 001', page.font, ranked.fontSize ?? 12) + 2 * CELL_PADDING);
  });

  it("takes the programme's year (the period of duty) for its title, and the kop's city once", () => {
    const d = beritaAcara({
      settings: { ...DEFAULT_SETTINGS, alamat: 'Jl. Palapa No. 22, Kupang', kodePos: '85111', periodeMulai: witaToMs(2027, 1, 1) },
      todayMs: witaToMs(2026, 11, 30, 10),
      layout,
      rows,
      result,
    });
    const t = blockTexts(d.body).join('\n');
    expect(t).toContain('TAHUN 2027');
    expect(t).not.toContain('TAHUN 2026');
    expect(t).toContain('Jl. Palapa No. 22\nKUPANG 85111');
    expect(t).not.toMatch(/Kupang, Kupang/);
  });

  it('names the assessors, the unassessed, and the proposed candidates', () => {
    expect(all).toContain('1.\nAtasan langsung masing-masing calon (Atasan B; Atasan A)');
    expect(all).toContain('2.\nYohanes Bria');
    expect(all).toContain('Calon yang belum dinilai lengkap: Calon 3.');
    expect(all).toContain('Tim mengusulkan 2 (dua) calon');
    expect(all).toContain('dipilih 3 (tiga) orang');
    expect(all).toContain('1.\nCalon 2 (NIP 19800101 200501 1 002), nilai akhir 19,5');
    expect(all).not.toContain('Calon 4');
  });

  it('has a signature line for every assessor', () => {
    const sign = doc.body[doc.body.length - 1] as TableBlock;
    expect(sign.rows.map((r) => r[1])).toEqual(['Nama', 'Atasan B', 'Atasan A', 'Yohanes Bria']);
  });
});

describe('formatScore', () => {
  it.each<[number, string]>([
    [16, '16'],
    [15.333333, '15,33'],
    [4.5, '4,5'],
  ])('%d → %s', (x, s) => {
    expect(formatScore(x)).toBe(s);
  });
});

it('dates at the WITA day boundary', () => {
  const layout = assessmentLayout([]);
  const doc = beritaAcara({ settings: DEFAULT_SETTINGS, todayMs: witaToMs(2027, 1, 1, 0, 5), layout, rows: [], result: assessmentTotals([], layout) });
  expect(blockTexts(doc.body)).toContain('Kupang, 1 Januari 2027');
  expect(blockTexts(doc.body).join('\n')).toContain('Belum ada calon yang dapat diusulkan');
});
