/**
 * "Periksa Data Pegawai" as plain data: every problem of the roster with its row, which header fed
 * which field (R1), every sanction text treated as active with its count (R2), damaged NIPs (R3)
 * and missing columns (R4); and the block of `Pemeriksaan Pegawai` that shows it. Pure.
 */
import { asText, type Cell } from './cells';
import { describeSources } from './roster-columns';
import { formatNip } from './nip';
import { activeSanctions, checkRoster, normalizeStatus, parseRoster, type ActiveSanction, type ParsedRoster, type RosterProblem } from './roster';
import { ROSTER_CHECK_HEADERS } from './schema';

export interface RosterCheck {
  parsed: ParsedRoster;
  /** Every problem, by row (row 1 = the header row). */
  problems: RosterProblem[];
  /** "NIP ← "NIP BARU"", one line per field of `Pegawai`. */
  sources: string[];
  /** Columns recognised and deliberately not read (NIP LAMA), in one line ('' when none). */
  refused: string;
  /** Columns that feed no field, in one line ('' when none). */
  unused: string;
  sanctions: ActiveSanction[];
}

/** Checks a pasted roster (header row + rows below it); changes nothing. */
export function checkPastedRoster(headerRow: readonly unknown[], rows: readonly (readonly unknown[])[], todayMs: number): RosterCheck {
  const parsed = parseRoster(headerRow, rows);
  const problems = [...parsed.problems, ...checkRoster(parsed.employees, todayMs)].sort((a, b) => a.row - b.row);
  const refused = parsed.columns.refused.map((c) => `"${c.header}" tidak dibaca: ${c.why}.`).join(' ');
  const unused = parsed.columns.unused.length > 0 ? `Kolom lain (tidak dipakai, tetap seperti ditempel): ${parsed.columns.unused.map((c) => `"${c.header}"`).join(', ')}.` : '';
  return { parsed, problems, sources: describeSources(parsed.columns), refused, unused, sanctions: activeSanctions(parsed.employees) };
}

/** Where the side tables of `Pemeriksaan Pegawai` stand (1-based). */
export const ROSTER_CHECK_LAYOUT = {
  /** "Kolom Pegawai" | "Dibaca dari" from this column. */
  sideColumn: ROSTER_CHECK_HEADERS.length + 2,
  sourcesHeaderRow: 1,
  /** Below one row per field of `Pegawai` (9), the line of refused and of unused columns, a gap. */
  sanctionHeaderRow: 14,
  sideWidth: 2,
} as const;

export const SOURCES_HEADERS = ['Kolom Pegawai', 'Dibaca dari kolom'];
export const SANCTION_HEADERS = ['Hukuman disiplin yang dianggap aktif', 'Jumlah pegawai'];

/**
 * The whole sheet: the problems in Baris | Kolom | Masalah from row 1, and beside them the
 * columns read (one row per field, then what was not read) and, below, the sanction texts that
 * exclude someone. Returns the block and the rows of the two side headers (for styling).
 */
export function rosterCheckBlock(check: RosterCheck): { block: Cell[][]; width: number; sideHeaderRows: number[] } {
  const left: Cell[][] = [ROSTER_CHECK_HEADERS.slice()];
  if (check.problems.length === 0) left.push(['', '', 'Tidak ada masalah ditemukan.']);
  for (const p of check.problems) left.push([p.row, asText(p.column), asText(p.message)]);

  const side: Cell[][] = [SOURCES_HEADERS.slice()];
  for (const line of check.sources) {
    const [field, from] = line.split(' ← ');
    side.push([asText(field), asText(from)]);
  }
  // Fixed rows, so the header styling never lands on a row that moved.
  side.push(['', asText(check.refused)], ['', asText(check.unused)], ['', '']);
  side.push(SANCTION_HEADERS.slice());
  if (check.parsed.missingSanction) side.push([asText('(kolom Hukuman Disiplin tidak ada)'), '']);
  else if (check.sanctions.length === 0) side.push([asText('Tidak ada: tidak seorang pun dikecualikan karena hukuman disiplin.'), '']);
  for (const s of check.sanctions) side.push([asText(s.text), s.count]);

  const at = ROSTER_CHECK_LAYOUT.sideColumn - 1;
  const width = at + ROSTER_CHECK_LAYOUT.sideWidth;
  const height = Math.max(left.length, side.length);
  const block: Cell[][] = [];
  for (let i = 0; i < height; i++) {
    const row: Cell[] = new Array<Cell>(width).fill('');
    (left[i] ?? []).forEach((v, c) => (row[c] = v));
    (side[i] ?? []).forEach((v, c) => (row[at + c] = v));
    block.push(row);
  }
  return { block, width, sideHeaderRows: [ROSTER_CHECK_LAYOUT.sourcesHeaderRow, ROSTER_CHECK_LAYOUT.sanctionHeaderRow] };
}

/** The dialog of Periksa Data Pegawai: counts, the columns read, active sanctions, the first problems. */
export function rosterCheckMessage(check: RosterCheck, sheetName: string): string {
  const head = `${check.parsed.employees.length} pegawai diperiksa.`;
  const notRead = [check.refused, check.unused].filter((l) => l !== '').map((l) => `\n${l}`).join('');
  const columns = `Kolom yang dibaca:\n${check.sources.map((l) => `• ${l}`).join('\n')}${notRead}`;
  const sanctions = check.parsed.missingSanction
    ? ''
    : check.sanctions.length === 0
      ? '\n\nHukuman disiplin aktif: tidak ada.'
      : `\n\nHukuman disiplin yang dianggap aktif (pegawai ini tidak memenuhi syarat):\n${check.sanctions.map((s) => `• "${s.text}": ${s.count} pegawai`).join('\n')}`;
  const sample = sampleLine(check);
  const shown = `${columns}${sample}${sanctions}`;
  if (check.problems.length === 0) return `${head} Tidak ada masalah ditemukan.\n\n${shown}`;
  const first = check.problems.slice(0, 8).map((p) => `• Baris ${p.row}${p.column ? ` (${p.column})` : ''}: ${p.message}`);
  const more = check.problems.length > 8 ? `\n… dan ${check.problems.length - 8} masalah lain.` : '';
  return (
    `${head} Ditemukan ${check.problems.length} masalah; daftar lengkap ada di lembar "${sheetName}". Data pegawai tidak diubah.\n\n` +
    `${first.join('\n')}${more}\n\n${shown}`
  );
}

/** How the first employee was read, so the team sees the joined fields (R1) on a real row. */
function sampleLine(check: RosterCheck): string {
  const e = check.parsed.employees[0];
  if (!e) return '';
  const status = normalizeStatus(e.status);
  const parts = [
    `NIP ${e.nipDamage ? `rusak (${e.nipDamage.written})` : formatNip(e.nip) || '(kosong)'}`,
    `Nama "${e.name}"`,
    `Status "${e.status}"${status && status !== e.status ? ` = ${status}` : ''}`,
    `Pangkat/Golongan "${e.pangkat}"`,
    `Unit Kerja "${e.unit}"`,
  ];
  return `\nContoh baris ${e.row} terbaca: ${parts.join(' · ')}`;
}
