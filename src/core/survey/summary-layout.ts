/**
 * `Ringkasan Survei` as a block of cells a head of office can read top to bottom: overall band
 * distribution, per period (the chart's data), per unit, the change since the previous period,
 * questions weakest first, aspects. Pure: the writer puts the block on the sheet in one write.
 */
import type { Cell } from '../cells';
import { formatWaktuLembar } from '../dates';
import { INCOMPLETE_LABEL } from './bands';
import { aspectLabel } from './questions';
import type { GroupSummary, SurveySummary } from './summary';

export const SUMMARY_TITLE = 'Ringkasan Survei SOLIDER berAKHLAK';
export const HEADER_FILL = '#d9e2f3';
/** Widths (px) of the first two columns of `Ringkasan Survei`, set when the product creates it. */
export const SUMMARY_WIDTHS = [300, 320] as const;
/** Width of each figure column of `Ringkasan Survei`. */
export const FIGURE_WIDTH = 100;

/** Column widths of `Ringkasan Survei` `width` columns wide: group or question labels, then figures. */
export function summaryWidths(width: number): number[] {
  return [...SUMMARY_WIDTHS, ...new Array<number>(Math.max(0, width - SUMMARY_WIDTHS.length)).fill(FIGURE_WIDTH)];
}

export interface SummaryFacts {
  /** ms: when the summary was computed. */
  now: number;
  /** All responses in `Hasil Survei`, and how many of them were superseded (S5). */
  responses: number;
  superseded: number;
}

export interface SummaryBlock {
  rows: Cell[][];
  width: number;
  /** Row kinds, for styling: title/section rows bold, header rows bold and filled; chart rows are the chart's place. */
  kinds: ('title' | 'section' | 'header' | 'data' | 'blank' | 'chart')[];
  /**
   * The per-period distribution (header row + one row per period), 1-based, and where the chart
   * of it stands: right under that table, from column A, over blank rows kept for it (so it is
   * in view next to its table on a laptop screen and covers no figure); null without periods.
   */
  chart: { row: number; column: number; numRows: number; numColumns: number; anchorRow: number; anchorColumn: number; width: number; height: number } | null;
  /** Band labels in order (table bands, extra labels, TIDAK LENGKAP). */
  labels: string[];
}

/** The chart's size, and the blank rows (21 px each) kept for it under the per-period table. */
export const CHART_WIDTH_PX = 620;
export const CHART_HEIGHT_PX = 320;
export const CHART_ROWS = Math.ceil(CHART_HEIGHT_PX / 21) + 1;

const round = (x: number | null, digits: number): Cell => {
  if (x === null || !Number.isFinite(x)) return '';
  const f = Math.pow(10, digits);
  return Math.round(x * f) / f;
};
const pct = (share: number): Cell => round(share * 100, 1);

/** Lays out the summary. */
export function summaryBlock(summary: SurveySummary, facts: SummaryFacts): SummaryBlock {
  const labels = summary.overall.bands.map((b) => b.label);
  const rows: Cell[][] = [];
  const kinds: SummaryBlock['kinds'] = [];
  const push = (kind: SummaryBlock['kinds'][number], row: Cell[]) => {
    rows.push(row);
    kinds.push(kind);
  };
  const groupHeader = (first: string): Cell[] => [
    first,
    ...labels,
    'Jumlah Respons',
    ...labels.map((l) => `% ${l}`),
    'Rata-rata Total',
    'Rata-rata Skor Setara 5',
  ];
  const groupRow = (g: GroupSummary): Cell[] => [
    g.label,
    ...g.bands.map((b) => b.count),
    g.responses,
    ...g.bands.map((b) => pct(b.share)),
    round(g.averageTotal, 2),
    round(g.averageScaled, 2),
  ];

  const counted = summary.overall.responses;
  push('title', [SUMMARY_TITLE]);
  push('data', [
    `Diperbarui ${formatWaktuLembar(facts.now)} WITA. Respons dihitung: ${counted} dari ${facts.responses} ` +
      `(${summary.overall.complete} lengkap, ${counted - summary.overall.complete} ${INCOMPLETE_LABEL}; ${facts.superseded} digantikan oleh jawaban terakhir responden yang sama). ` +
      'Skor lebih rendah berarti lebih baik.',
  ]);
  push('blank', []);

  push('section', ['Distribusi Kategori — Keseluruhan']);
  push('header', groupHeader('Kelompok'));
  push('data', groupRow(summary.overall));
  push('blank', []);

  push('section', ['Per Periode (semester, waktu Kupang/WITA)']);
  const periodHeaderRow = rows.length + 1;
  push('header', groupHeader('Periode'));
  for (const g of summary.perPeriod) push('data', groupRow(g));
  let chart: SummaryBlock['chart'] = null;
  if (summary.perPeriod.length > 0) {
    push('blank', []);
    chart = {
      row: periodHeaderRow,
      column: 1,
      numRows: summary.perPeriod.length + 1,
      numColumns: labels.length + 1,
      anchorRow: rows.length + 1,
      anchorColumn: 1,
      width: CHART_WIDTH_PX,
      height: CHART_HEIGHT_PX,
    };
    for (let i = 0; i < CHART_ROWS; i++) push('chart', []);
  }
  push('blank', []);

  push('section', ['Per Unit Kerja']);
  push('header', groupHeader('Unit Kerja'));
  for (const g of summary.perUnit) push('data', groupRow(g));
  push('blank', []);

  const change = summary.change;
  if (change) {
    push('section', [`Perubahan dari ${change.from.label} ke ${change.to.label}`]);
    push('header', ['Kategori', `${change.from.label} (%)`, `${change.to.label} (%)`, 'Perubahan (poin %)']);
    for (const b of change.bands) push('data', [b.label, pct(b.fromShare), pct(b.toShare), round(b.delta * 100, 1)]);
    push('data', ['Rata-rata Total', round(change.averageTotal.from, 2), round(change.averageTotal.to, 2), round(change.averageTotal.delta, 2)]);
    push('data', [
      'Rata-rata Skor Setara 5',
      round(change.averageScaled.from, 2),
      round(change.averageScaled.to, 2),
      round(change.averageScaled.delta, 2),
    ]);
  } else {
    push('section', ['Perubahan antarperiode']);
    push('data', ['Belum ada periode sebelumnya untuk dibandingkan.']);
  }
  push('blank', []);

  push('section', ['Rata-rata per Pertanyaan (terlemah dulu; skor lebih rendah lebih baik)']);
  push('header', ['No', 'Pertanyaan', 'Aspek', 'Rata-rata Skor', 'Jumlah Jawaban']);
  for (const q of summary.questions) {
    push('data', [q.index + 1, q.title, q.aspect ? aspectLabel(q.aspect) : '', round(q.mean, 2), q.answered]);
  }
  push('blank', []);

  push('section', ['Per Aspek']);
  if (summary.aspects.length > 0) {
    push('header', ['Aspek', 'Jumlah Pertanyaan', 'Rata-rata Skor', 'Jumlah Jawaban']);
    for (const a of summary.aspects) push('data', [a.label, a.questions, round(a.mean, 2), a.answered]);
  } else {
    push('data', ['Bagian formulir belum dipetakan ke aspek. Isi "Aspek Survei per Bagian" di Pengaturan, lalu Sinkronkan Ulang Survei.']);
  }

  const width = Math.max(...rows.map((r) => r.length));
  return { rows, width, kinds, chart, labels };
}
