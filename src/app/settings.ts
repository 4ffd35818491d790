/**
 * Reading and updating `Pengaturan`. One read of the sheet per run; updates write only the value
 * cells of the rows they change (labels and the team's notes stay as typed).
 */
import { asTeamText, asText, type Cell } from '../core/cells';
import { UserError } from '../core/errors';
import { SHEETS } from '../core/schema';
import { parseSettings, SETTINGS, type ParsedSettings, type SettingKey } from '../core/settings';
import { insertRowsAfter, productSheet, readSheet, setColumnFormat, writeBlock, writeTextCell } from '../gas/sheets';

/** The parsed settings; a missing `Pengaturan` sheet is a UserError that says what to do. */
export function loadSettings(ss?: GoogleAppsScript.Spreadsheet.Spreadsheet): ParsedSettings {
  const values = ss ? readSheet('settings', ss) : readSheet('settings');
  if (!values) {
    throw new UserError(
      `Lembar "${SHEETS.settings}" tidak ditemukan (terhapus atau berganti nama).`,
      'Jalankan menu Agen Perubahan › Siapkan Lembar Kerja untuk membuatnya kembali, lalu isi lagi nilainya.',
    );
  }
  return parseSettings(values);
}

/** Stops with the first settings problem, naming its row, when any exists. */
export function requireValidSettings(parsed: ParsedSettings): void {
  if (parsed.problems.length > 0) {
    throw new UserError(
      parsed.problems.map((p) => p.message).join('\n'),
      `Perbaiki nilai tersebut di lembar "${SHEETS.settings}", lalu jalankan lagi.`,
    );
  }
}

/**
 * Writes setting values by key. A row whose label is missing is appended at the end of the key
 * block (after the last known setting row) so the team's sheet keeps its order.
 */
export function updateSettings(parsed: ParsedSettings, values: Partial<Record<SettingKey, string>>): void {
  const sheet = productSheet('settings');
  if (!sheet) throw new UserError(`Lembar "${SHEETS.settings}" tidak ditemukan.`, 'Jalankan Siapkan Lembar Kerja.');
  const missing: Cell[][] = [];
  for (const [key, value] of Object.entries(values) as [SettingKey, string][]) {
    const row = parsed.rows[key];
    if (row) {
      // A plain-text cell keeps leading zeros and 18-digit NIPs exactly as written (the format is
      // set with the value in case the team reformatted the column); asTeamText adds an
      // apostrophe only before "=", read back by parseSettings either way (core/cells).
      writeTextCell(sheet, row, 2, asTeamText(value));
      continue;
    }
    const def = SETTINGS.find((d) => d.key === key);
    if (def) missing.push([asText(def.label), asTeamText(value), asText(def.help)]);
  }
  if (missing.length > 0) {
    const knownRows = Object.values(parsed.rows) as number[];
    const after = knownRows.length > 0 ? Math.max(...knownRows) : 1;
    insertRowsAfter(sheet, after, missing.length);
    setColumnFormat(sheet, after + 1, 2, missing.length, '@');
    writeBlock(sheet, after + 1, 1, missing);
  }
}
