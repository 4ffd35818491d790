/**
 * "Periksa Data Pegawai": checks the roster as the team pasted it and lists, in the sheet
 * `Pemeriksaan Pegawai`, every problem with its row, which header fed which field, and the
 * sanction texts that exclude someone. It changes no data in `Pegawai`.
 */
import { UserError } from '../core/errors';
import { checkPastedRoster, rosterCheckBlock, rosterCheckMessage, ROSTER_CHECK_LAYOUT, type RosterCheck } from '../core/roster-check';
import { SHEETS, specOf } from '../core/schema';
import { ensureProductSheet, readSheet, replaceBelow, setWidths, styleCells } from '../gas/sheets';
import { alert } from '../gas/ui';

export function checkRosterSheet(): RosterCheck {
  const values = readSheet('roster');
  if (!values) {
    throw new UserError(
      `Lembar "${SHEETS.roster}" tidak ditemukan.`,
      `Jalankan Siapkan Lembar Kerja, lalu isi atau tempel data pegawai di lembar "${SHEETS.roster}".`,
    );
  }
  const [header = [], ...rows] = values;
  const check = checkPastedRoster(header, rows, Date.now());
  const { sheet, created } = ensureProductSheet(specOf('rosterCheck'));
  const { block, width, sideHeaderRows } = rosterCheckBlock(check);
  replaceBelow(sheet, 1, block, width);
  // The side headers move with the number of columns read: styled on every run.
  for (const row of sideHeaderRows) styleCells(sheet, row, ROSTER_CHECK_LAYOUT.sideColumn, ROSTER_CHECK_LAYOUT.sideWidth);
  if (created) setWidths(sheet, ROSTER_CHECK_LAYOUT.sideColumn - 1, [24, 200, 520]);
  return check;
}

export function runRosterCheck(): void {
  alert('Periksa Data Pegawai', rosterCheckMessage(checkRosterSheet(), SHEETS.rosterCheck));
}
