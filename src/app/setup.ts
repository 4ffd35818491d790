/**
 * "Siapkan Lembar Kerja": creates the product's sheets that do not exist yet. Sheets that exist
 * (the team's roster, anything the team made or edited, under their name or renamed) are left
 * exactly as they are — only the product's mark is added where missing —, so running it twice
 * changes nothing.
 */
import { KUPANG_TIME_ZONE } from '../core/dates';
import { SHEET_SPECS, STATUS_VALUES, SHEETS, specOf } from '../core/schema';
import { BAND_HEADERS, BAND_SECTION_TITLE, initialSettingsRows } from '../core/settings';
import { defaultBandRows } from '../core/survey/bands';
import { readProperties } from '../gas/properties';
import { activeSpreadsheet, boldCell, createProductSheet, listDropdownBelowHeader, markProductSheet, productSheet, removeBlankDefaultSheets, setSpreadsheetTimeZone, spreadsheetTimeZone, styleHeader, writeBlock } from '../gas/sheets';
import { prepareTallySheet } from './nominations/record';
import { rememberTallyLook, rememberTallyShape } from './nominations/state';
import { forgetShapes } from './survey/store';

export interface SetupResult {
  created: string[];
  existing: string[];
  /** Empty default tabs of a new spreadsheet ("Sheet1") that were removed. */
  removed: string[];
  /** The spreadsheet's time zone before setup set it to Asia/Makassar, or null when it already was. */
  timeZoneWas: string | null;
}

/** Shortlist size of a new Pengaturan (N8) for the empty tally's banner. */
const DEFAULT_SHORTLIST = 5;

export function setupWorkbook(): SetupResult {
  const ss = activeSpreadsheet();
  // Times in the sheets (Form timestamps, "Diperbarui") are shown in the spreadsheet's zone:
  // Kupang time (WITA) is the product's (S5, D3).
  const zone = spreadsheetTimeZone(ss);
  const timeZoneWas = zone === KUPANG_TIME_ZONE ? null : zone;
  if (timeZoneWas !== null) setSpreadsheetTimeZone(KUPANG_TIME_ZONE, ss);
  const result: SetupResult = { created: [], existing: [], removed: [], timeZoneWas };
  for (const spec of SHEET_SPECS) {
    if (!spec.createdBySetup) continue;
    // Found by name, or by the product's mark when the team renamed it.
    const existing = productSheet(spec.key, ss);
    if (existing) {
      // A sheet from before the product marked its sheets gets the mark now.
      markProductSheet(existing, spec.key);
      const name = existing.getName();
      result.existing.push(name === spec.name ? name : `${spec.name} (sekarang bernama "${name}")`);
      continue;
    }
    const fill =
      spec.key === 'settings'
        ? fillSettings
        : spec.key === 'roster'
          ? addRosterValidation
          : spec.key === 'tally'
            ? (sheet: GoogleAppsScript.Spreadsheet.Sheet) => {
                const { shape, look } = prepareTallySheet(ss, sheet, DEFAULT_SHORTLIST);
                rememberTallyShape(shape);
                rememberTallyLook(look, null);
              }
            : undefined;
    createProductSheet(spec, ss, fill);
    result.created.push(spec.name);
  }
  // A survey sheet made here has no layout yet: what the product remembers of the old one goes.
  if (result.created.includes(SHEETS.surveyResults) || result.created.includes(SHEETS.surveySummary)) {
    const props = readProperties();
    forgetShapes(props);
    props.commit();
  }
  if (result.created.length > 0) result.removed = removeBlankDefaultSheets(ss);
  return result;
}

function fillSettings(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  const rows = initialSettingsRows();
  writeBlock(sheet, 2, 1, rows);
  const bandStart = rows.length + 3;
  const bands = defaultBandRows();
  writeBlock(sheet, bandStart, 1, [[BAND_SECTION_TITLE, '', '', ''], BAND_HEADERS, ...bands]);
  boldCell(sheet, bandStart, 1);
  styleHeader(sheet, bandStart + 1, BAND_HEADERS.length, false);
}

function addRosterValidation(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  const statusColumn = specOf('roster').headers.indexOf('Status Kepegawaian') + 1;
  listDropdownBelowHeader(sheet, statusColumn, [...STATUS_VALUES], `Isi salah satu: ${STATUS_VALUES.join(', ')}.`);
}

/** The message shown after setup. */
export function setupMessage(r: SetupResult): string {
  const lines: string[] = [];
  if (r.created.length > 0) lines.push(`Lembar baru: ${r.created.join(', ')}.`);
  if (r.existing.length > 0) lines.push(`Sudah ada dan tidak diubah: ${r.existing.join(', ')}.`);
  if (r.removed.length > 0) lines.push(`Lembar kosong bawaan spreadsheet dihapus: ${r.removed.join(', ')}.`);
  if (r.timeZoneWas !== null) {
    lines.push(`Zona waktu spreadsheet diubah dari ${r.timeZoneWas || '(kosong)'} menjadi ${KUPANG_TIME_ZONE} (WITA), agar waktu di lembar-lembar ini waktu Kupang.`);
  }
  lines.push(
    `Langkah berikutnya: isi lembar ${SHEETS.roster} (atau tempel data pegawai), lengkapi ${SHEETS.settings}, lalu jalankan Periksa Data Pegawai.`,
  );
  return lines.join('\n');
}
