/**
 * "Periksa Data Pegawai": checks the roster and lists every problem with its row in the sheet
 * `Pemeriksaan Pegawai`. It changes no data in `Pegawai`.
 */
import { asText } from '../core/cells';
import { UserError } from '../core/errors';
import { SHEETS, specOf } from '../core/schema';
import { checkRoster, parseRoster } from '../core/roster';
import { ensureProductSheet, readSheet, replaceBelow } from '../gas/sheets';
import { alert } from '../gas/ui';

export interface RosterCheckResult {
  employees: number;
  problems: { row: number; column: string; message: string }[];
}

export function checkRosterSheet(): RosterCheckResult {
  const values = readSheet(SHEETS.roster);
  if (!values) {
    throw new UserError(
      `Lembar "${SHEETS.roster}" tidak ditemukan.`,
      `Jalankan Siapkan Lembar Kerja, lalu isi atau tempel data pegawai di lembar "${SHEETS.roster}".`,
    );
  }
  const [header = [], ...rows] = values;
  const parsed = parseRoster(header, rows);
  const problems = [...parsed.problems, ...checkRoster(parsed.employees, Date.now())].sort((a, b) => a.row - b.row);
  const { sheet } = ensureProductSheet(specOf('rosterCheck'));
  const body = problems.length > 0
    ? problems.map((p) => [p.row, asText(p.column), asText(p.message)])
    : [['', '', 'Tidak ada masalah ditemukan.']];
  replaceBelow(sheet, 2, body, 3);
  return { employees: parsed.employees.length, problems };
}

export function runRosterCheck(): void {
  const r = checkRosterSheet();
  const head = `${r.employees} pegawai diperiksa.`;
  if (r.problems.length === 0) {
    alert('Periksa Data Pegawai', `${head} Tidak ada masalah ditemukan.`);
    return;
  }
  const first = r.problems.slice(0, 8).map((p) => `• Baris ${p.row}${p.column ? ` (${p.column})` : ''}: ${p.message}`);
  const more = r.problems.length > 8 ? `\n… dan ${r.problems.length - 8} masalah lain.` : '';
  alert(
    'Periksa Data Pegawai',
    `${head} Ditemukan ${r.problems.length} masalah; daftar lengkap ada di lembar "${SHEETS.rosterCheck}". Data pegawai tidak diubah.\n\n${first.join('\n')}${more}`,
  );
}
