/**
 * `Rekap Penjaringan` as one rectangular block and its layout. Row 1 is a banner the team cannot
 * miss (the N7 shortlist note, a warning when the cut-off is tied), row 2 the warnings about the
 * input (a damaged roster NIP, no Hukuman Disiplin column: one line each) and the notes for the
 * team ("Perlu diperiksa"), row TALLY_HEADER_ROW the ranking table's headers, then one row per
 * candidate; the summaries (ballot counts, the unresolved entries) stand to the right from column
 * TALLY_SUMMARY_COLUMN, their header level with the table's. Every cell of the table and the
 * summaries is one line high (long text is cut at the column's edge), so no row grows taller;
 * only the banner rows wrap, with their height set from their text. Voter identities never
 * appear here. Pure.
 */
import { asText, type Cell } from '../cells';
import { formatNip } from '../nip';
import type { TallyResult } from './tally';
import { SHORTLIST_MARK, TALLY_HEADER_ROW, TALLY_HEADERS, TALLY_SUMMARY_COLUMN } from '../schema';
import { layoutMark, ROW_PX, rowHeightFor, SHEET_TIMESTAMP_FORMAT, spanWidth, wrappedLines, type SheetLayout } from '../sheet-layout';

/** Sheet rows (1-based) of the banner and of the summaries beside the table. */
export const BANNER = { noteRow: 1, problemsRow: 2 } as const;
export const SUMMARY = {
  headerRow: TALLY_HEADER_ROW,
  countsFrom: TALLY_HEADER_ROW + 1,
  updatedRow: TALLY_HEADER_ROW + 5,
  unresolvedHeaderRow: TALLY_HEADER_ROW + 7,
  width: 4,
} as const;

export const UNRESOLVED_HEADERS = ['Teks Belum Dikenali', 'Jumlah', 'Status', 'Saran'];
export const TALLY_BLOCK_WIDTH = TALLY_SUMMARY_COLUMN - 1 + SUMMARY.width;
/** Label of the time the tally was written, in the summaries. */
export const UPDATED_LABEL = 'Diperbarui';

const TABLE_WIDTH = TALLY_HEADERS.length;

/** The layout every write of `Rekap Penjaringan` applies (see gas/sheets applyLayout). */
export const TALLY_LAYOUT: SheetLayout = {
  // Peringkat, Nama, NIP, Unit Kerja, Suara, Memenuhi Syarat, Alasan, Daftar Pendek, gap,
  // then the summaries: label, Jumlah, Status, Saran.
  // K holds counts and the "Diperbarui" timestamp ("01/12/2026 18.04" needs ~110 px of Arial 10).
  widths: [80, 280, 170, 250, 60, 120, 210, 110, 24, 250, 120, 110, 380],
  frozenRows: TALLY_HEADER_ROW,
  headers: [
    { row: TALLY_HEADER_ROW, column: 1, numRows: 1, numColumns: TABLE_WIDTH },
    { row: SUMMARY.headerRow, column: TALLY_SUMMARY_COLUMN, numRows: 1, numColumns: 2 },
    { row: SUMMARY.unresolvedHeaderRow, column: TALLY_SUMMARY_COLUMN, numRows: 1, numColumns: SUMMARY.width },
  ],
  merges: [{ row: BANNER.noteRow, column: 1, numRows: 2, numColumns: TABLE_WIDTH }],
  wrapped: [{ row: BANNER.noteRow, column: 1, numRows: 2, numColumns: TABLE_WIDTH }],
  clipped: [{ row: TALLY_HEADER_ROW + 1, column: 1, numRows: 0, numColumns: TALLY_BLOCK_WIDTH }],
  numberFormats: [{ row: SUMMARY.updatedRow, column: TALLY_SUMMARY_COLUMN + 1, numRows: 1, numColumns: 1, format: SHEET_TIMESTAMP_FORMAT }],
  // The banner rows get their height from their text (styleBanner); every other row is one line.
  rowHeights: [{ row: TALLY_HEADER_ROW, numRows: 0, height: ROW_PX }],
};

/** What the layout's mark is today: a remembered different mark means "lay the sheet out again". */
export const TALLY_LAYOUT_MARK = layoutMark(TALLY_LAYOUT);

/** How a banner row looks: colours, weight, and the height its text needs. */
export interface BannerStyle {
  background: string;
  color: string;
  bold: boolean;
  height: number;
}

/** The banner's text and style (row 1: the shortlist note; row 2: warnings and the team's notes). */
export interface TallyBanner {
  note: string;
  /** Row 2: one line per warning about the input, then the "Perlu diperiksa" line ('' when none). */
  problems: string;
  styles: [BannerStyle, BannerStyle];
}

/** Starts the line of notes for the team in row 2 of the banner (after the warnings). */
export const PROBLEMS_PREFIX = 'Perlu diperiksa: ';

const BANNER_WIDTH = spanWidth(TALLY_LAYOUT.widths, 1, TABLE_WIDTH);

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

/** Row 1: the tie warning, or what the shortlist is when nothing is tied. */
export function shortlistNote(result: TallyResult, shortlistSize: number): string {
  const tie = tieNote(result, shortlistSize);
  if (tie) return tie;
  if (result.candidates.length === 0) return 'Belum ada usulan yang dihitung.';
  if (result.shortlist.length === 0) return 'Belum ada calon yang memenuhi syarat untuk daftar pendek.';
  return `Daftar pendek: ${result.shortlist.length} calon teratas yang memenuhi syarat (kolom Daftar Pendek berisi "${SHORTLIST_MARK}"). Tidak ada nilai sama di batas ${shortlistSize} besar.`;
}

/**
 * The banner of a tally: texts and how each row looks. `notices`: warnings about the input (R3,
 * R4), red like a tie; `problems`: notes for the team (corrections, mapping), amber.
 */
export function tallyBanner(result: TallyResult, shortlistSize: number, problems: readonly string[], notices: readonly string[] = []): TallyBanner {
  const note = shortlistNote(result, shortlistSize);
  const lines = [...notices, ...(problems.length > 0 ? [`${PROBLEMS_PREFIX}${problems.join(' · ')}`] : [])];
  const second = lines.join('\n');
  const height = (text: string) => rowHeightFor(text === '' ? 1 : wrappedLines(text, BANNER_WIDTH));
  const tie = result.tieAtCutoff;
  const warned = notices.length > 0;
  return {
    note,
    problems: second,
    styles: [
      { background: tie ? '#fce8e6' : '#e8f0fe', color: tie ? '#a50e0e' : '#174ea6', bold: true, height: height(note) },
      // Explicit white rather than none: what a null background resets to is not documented.
      { background: warned ? '#fce8e6' : second ? '#fef7e0' : '#ffffff', color: warned ? '#a50e0e' : '#7a5300', bold: second !== '', height: height(second) },
    ],
  };
}

/**
 * The whole block from row 1 (banner, headers, table, summaries); `updatedAt` null: never written
 * yet; `notices`: warning lines about the input for the banner (see tallyBanner).
 */
export function tallyBlock(
  result: TallyResult,
  shortlistSize: number,
  problems: readonly string[],
  updatedAt: Date | null,
  notices: readonly string[] = [],
): Cell[][] {
  const banner = tallyBanner(result, shortlistSize, problems, notices);
  const rows: Cell[][] = [];
  const put = (row: number, column: number, cells: Cell[]) => {
    while (rows.length < row) rows.push(new Array<Cell>(TALLY_BLOCK_WIDTH).fill(''));
    cells.forEach((v, c) => (rows[row - 1][column - 1 + c] = v));
  };
  put(BANNER.noteRow, 1, [asText(banner.note)]);
  put(BANNER.problemsRow, 1, [asText(banner.problems)]);
  put(TALLY_HEADER_ROW, 1, TALLY_HEADERS.slice());
  result.candidates.forEach((c, i) => {
    put(TALLY_HEADER_ROW + 1 + i, 1, [
      c.rank === null ? '' : c.rank,
      asText(c.name),
      c.nip.startsWith('baris-') ? '' : asText(formatNip(c.nip)),
      asText(c.unit),
      c.votes,
      c.eligible ? 'Ya' : 'Tidak',
      asText(c.reason),
      c.shortlisted ? SHORTLIST_MARK : '',
    ]);
  });
  const col = TALLY_SUMMARY_COLUMN;
  put(SUMMARY.headerRow, col, ['Ringkasan Surat Suara', 'Jumlah']);
  put(SUMMARY.countsFrom, col, ['Dihitung', result.counts.counted]);
  put(SUMMARY.countsFrom + 1, col, ['Tidak sah', result.counts.invalid]);
  put(SUMMARY.countsFrom + 2, col, ['Digantikan (pengusul mengirim lagi)', result.counts.superseded]);
  put(SUMMARY.countsFrom + 3, col, ['Total respons', result.counts.total]);
  put(SUMMARY.updatedRow, col, [UPDATED_LABEL, updatedAt ?? '']);
  put(SUMMARY.unresolvedHeaderRow, col, UNRESOLVED_HEADERS.slice());
  result.unresolved.forEach((u, i) => {
    // One line per entry: suggestions side by side, never one per line (that made rows tall).
    put(SUMMARY.unresolvedHeaderRow + 1 + i, col, [asText(u.text), u.count, u.status, asText(u.suggestions.join('; '))]);
  });
  if (result.unresolved.length === 0) put(SUMMARY.unresolvedHeaderRow + 1, col, ['Semua usulan dikenali.', '', '', '']);
  return rows;
}

/**
 * The warnings about the input the banner of `Rekap Penjaringan` shows (its second row, one per
 * line, the team's "Perlu diperiksa" line left out), from the sheet's values; [] when none.
 */
export function bannerWarnings(values: readonly (readonly unknown[])[]): string[] {
  if (tallyHeaderRow(values) < BANNER.problemsRow) return [];
  return String(values[BANNER.problemsRow - 1]?.[0] ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith(PROBLEMS_PREFIX));
}

/**
 * The 0-based row of the ranking table's header in the values of `Rekap Penjaringan` (the banner
 * stands above it), or -1 when the sheet holds no ranking table.
 */
export function tallyHeaderRow(values: readonly (readonly unknown[])[]): number {
  const key = (v: unknown) => String(v ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
  const wanted = TALLY_HEADERS.map(key);
  return values.findIndex((r) => wanted.every((h, i) => key(r[i]) === h));
}
