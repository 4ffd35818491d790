/**
 * `Rekap Penjaringan` as one rectangular block: the ranking table from A1 (TALLY_HEADERS), and the
 * summaries from column TALLY_SUMMARY_COLUMN on (ballot counts, the tie note, the unresolved
 * entries). Positions of the summaries are fixed so their formatting is set once, when the sheet
 * is created. While the input needs the team's attention (a damaged roster NIP, no Hukuman
 * Disiplin column), warning lines stand above the ranking table, which then starts below them;
 * readers find the table by its header row (tallyHeaderRow). Voter identities never appear here.
 * Pure.
 */
import { asText, type Cell } from '../cells';
import { formatNip } from '../nip';
import type { TallyResult } from './tally';
import { SHORTLIST_MARK, TALLY_HEADERS, TALLY_SUMMARY_COLUMN } from '../schema';

/** 1-based positions inside the summary area (column TALLY_SUMMARY_COLUMN = summary column 1). */
export const SUMMARY = {
  headerRow: 1,
  countsFrom: 2,
  noteRow: 7,
  problemsRow: 8,
  unresolvedHeaderRow: 10,
  width: 4,
} as const;

/** How `Rekap Penjaringan` looks, set once when the product creates it: column widths and the shortlist's colour. */
export const TALLY_FORMAT = {
  /** Widths of the ranking table's columns from column A (the last one is the gap before the summaries). */
  tableWidths: [80, 280, 180, 240, 60, 120, 300, 110, 30],
  /** Widths of the summary columns from TALLY_SUMMARY_COLUMN. */
  summaryWidths: [260, 420, 110, 320],
  /** 1-based column holding SHORTLIST_MARK; its rows are shown in shortlistColour. */
  shortlistColumn: TALLY_HEADERS.length,
  shortlistColour: '#c8e6c9',
} as const;

export const UNRESOLVED_HEADERS = ['Teks Belum Dikenali', 'Jumlah', 'Status', 'Saran'];
export const TALLY_BLOCK_WIDTH = TALLY_SUMMARY_COLUMN - 1 + SUMMARY.width;

/** The N7 note when the cut-off is tied, in Indonesian; '' when there is no tie. */
export function tieNote(result: TallyResult, shortlistSize: number): string {
  if (!result.tieAtCutoff) return '';
  const tied = result.candidates.filter((c) => result.tiedAtCutoff.includes(c.nip));
  const votes = tied[0]?.votes ?? 0;
  const names = tied.map((c) => c.name || formatNip(c.nip)).join('; ');
  return (
    `PERHATIAN: ${tied.length} calon sama-sama memperoleh ${votes} suara di batas ${shortlistSize} besar, ` +
    `sehingga daftar pendek berisi ${result.shortlist.length} orang: ${names}. ` +
    'Tim memutuskan siapa yang diusulkan; aplikasi tidak memilih sendiri.'
  );
}

/**
 * The whole block: the `notices` (warning lines, one per row in column A) then the ranking table
 * from its header row; `problems`: notes for the team (corrections, mapping).
 */
export function tallyBlock(
  result: TallyResult,
  shortlistSize: number,
  problems: readonly string[],
  updatedAt: Date,
  notices: readonly string[] = [],
): Cell[][] {
  const table: Cell[][] = [...notices.map((n) => [asText(n)]), TALLY_HEADERS.slice()];
  for (const c of result.candidates) {
    table.push([
      c.rank === null ? '' : c.rank,
      asText(c.name),
      c.nip.startsWith('baris-') ? '' : asText(formatNip(c.nip)),
      asText(c.unit),
      c.votes,
      c.eligible ? 'Ya' : 'Tidak',
      asText(c.reason),
      c.shortlisted ? SHORTLIST_MARK : '',
    ]);
  }
  const summary: Cell[][] = [];
  const put = (row: number, cells: Cell[]) => {
    while (summary.length < row) summary.push([]);
    summary[row - 1] = cells;
  };
  put(SUMMARY.headerRow, ['Ringkasan Surat Suara', 'Jumlah']);
  put(SUMMARY.countsFrom, ['Dihitung', result.counts.counted]);
  put(SUMMARY.countsFrom + 1, ['Tidak sah', result.counts.invalid]);
  put(SUMMARY.countsFrom + 2, ['Digantikan (pengusul mengirim lagi)', result.counts.superseded]);
  put(SUMMARY.countsFrom + 3, ['Total respons', result.counts.total]);
  put(SUMMARY.countsFrom + 4, ['Diperbarui', updatedAt]);
  put(SUMMARY.noteRow, ['Catatan batas daftar pendek', asText(tieNote(result, shortlistSize) || 'Tidak ada nilai sama di batas daftar pendek.')]);
  put(SUMMARY.problemsRow, ['Perlu diperiksa', asText(problems.join('\n'))]);
  put(SUMMARY.unresolvedHeaderRow, UNRESOLVED_HEADERS.slice());
  result.unresolved.forEach((u, i) => {
    put(SUMMARY.unresolvedHeaderRow + 1 + i, [asText(u.text), u.count, u.status, asText(u.suggestions.join('\n'))]);
  });
  if (result.unresolved.length === 0) put(SUMMARY.unresolvedHeaderRow + 1, ['Semua usulan dikenali.', '', '', '']);

  const height = Math.max(table.length, summary.length);
  const block: Cell[][] = [];
  for (let i = 0; i < height; i++) {
    const row: Cell[] = new Array<Cell>(TALLY_BLOCK_WIDTH).fill('');
    (table[i] ?? []).forEach((v, c) => (row[c] = v));
    (summary[i] ?? []).forEach((v, c) => (row[TALLY_SUMMARY_COLUMN - 1 + c] = v));
    block.push(row);
  }
  return block;
}

/**
 * The 0-based row of the ranking table's header in the values of `Rekap Penjaringan` (warning
 * lines may stand above it), or -1 when the sheet holds no ranking table.
 */
export function tallyHeaderRow(values: readonly (readonly unknown[])[]): number {
  const key = (v: unknown) => String(v ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
  const wanted = TALLY_HEADERS.map(key);
  return values.findIndex((r) => wanted.every((h, i) => key(r[i]) === h));
}
