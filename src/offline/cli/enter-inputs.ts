/**
 * Puts checked offline inputs into the in-memory Workspace the way the team would: pasting the
 * roster into `Pegawai`, typing values into `Pengaturan` and `Koreksi Nama`, and (standing in for
 * Google Forms) creating each Form with the responses it already holds. Everything is written
 * through the back doors as user actions; the bundle then does the rest through its menu.
 *
 * Text from files is written with asText, so a name like "=IMPORTXML(…)" stays text and NIPs keep
 * every digit, exactly as in a sheet whose cells were pasted as plain text.
 */
import { asTeamText, asText } from '../../core/cells';
import { CORRECTION_HEADERS, SHEETS } from '../../core/schema';
import { SETTINGS, type SettingKey } from '../../core/settings';
import { answersForForm, type CorrectionInput, type OfflineSettings, type ResponsesInput } from './read-inputs';
import type { Workspace } from '../workspace/index';

function labelKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

function columnLetters(column: number): string {
  let s = '';
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/**
 * The team pastes text from a file at (row, column): into plain-text cells ('@') through asTeamText
 * (as it is, an apostrophe only before "="), elsewhere with asText's apostrophe so Sheets does not
 * turn it into a number, date or formula (core/cells).
 */
export function pasteText(ws: Workspace, sheetName: string, row: number, column: number, values: string[][]): void {
  if (values.length === 0) return;
  const formats = ws.sheets.snapshot(ws.spreadsheetId, sheetName)?.numberFormats ?? {};
  const cells = values.map((r, i) => r.map((v, j) => (formats[`${columnLetters(column + j)}${row + i}`] === '@' ? asTeamText(v) : asText(v))));
  ws.sheets.userWrite(ws.spreadsheetId, sheetName, row, column, cells);
}

/** The 1-based row of a setting in `Pengaturan`, by its label. */
export function settingRow(ws: Workspace, key: SettingKey): number {
  const def = SETTINGS.find((d) => d.key === key);
  if (!def) throw new Error(`Unknown setting ${key}`);
  const snap = ws.sheets.snapshot(ws.spreadsheetId, SHEETS.settings);
  if (!snap) throw new Error(`Sheet ${SHEETS.settings} is missing: run menuSiapkanLembarKerja first`);
  const at = snap.values.findIndex((r) => labelKey(String(r[0] ?? '')) === labelKey(def.label));
  if (at < 0) throw new Error(`Setting "${def.label}" is not in ${SHEETS.settings}`);
  return at + 1;
}

/** The team types a value next to a setting's label. */
export function setSetting(ws: Workspace, key: SettingKey, value: string): void {
  pasteText(ws, SHEETS.settings, settingRow(ws, key), 2, [[value]]);
}

/** Pengaturan values from the settings JSON. */
export function writeSettingsValues(ws: Workspace, settings: OfflineSettings): void {
  for (const [key, value] of Object.entries(settings.values)) {
    if (value !== undefined) setSetting(ws, key as SettingKey, value);
  }
}

/** The roster (header + rows) pasted into `Pegawai` from A1. */
export function writeRoster(ws: Workspace, rows: string[][]): void {
  pasteText(ws, SHEETS.roster, 1, 1, rows);
}

/** Name corrections typed into `Koreksi Nama` below its header: the text and the NIP. */
export function writeCorrections(ws: Workspace, corrections: CorrectionInput[]): void {
  if (corrections.length === 0) return;
  const snap = ws.sheets.snapshot(ws.spreadsheetId, SHEETS.corrections);
  const used = snap ? snap.values.filter((r) => r.some((c) => c !== '')).length : 0;
  const textCol = CORRECTION_HEADERS.indexOf('Teks di Formulir');
  const nipCol = CORRECTION_HEADERS.indexOf('NIP');
  const width = Math.max(textCol, nipCol) + 1;
  const rows = corrections.map((c) => {
    const row: string[] = new Array(width).fill('');
    row[textCol] = c.text;
    row[nipCol] = c.nip;
    return row;
  });
  if (used === 0) {
    ws.sheets.userWrite(ws.spreadsheetId, SHEETS.corrections, 1, 1, [CORRECTION_HEADERS.slice()]);
  }
  // Text and NIP are not adjacent: write each column so the team's other cells stay untouched.
  const start = Math.max(used, 1) + 1;
  pasteText(ws, SHEETS.corrections, start, textCol + 1, rows.map((r) => [r[textCol]]));
  pasteText(ws, SHEETS.corrections, start, nipCol + 1, rows.map((r) => [r[nipCol]]));
}

export interface ImportedForm {
  formId: string;
  editUrl: string;
  /** Workspace response id → the CSV's id for it (id column or 1-based data row). */
  csvIds: Map<string, string | number>;
  /** Workspace response ids in CSV order. */
  responseIds: string[];
}

/** The Form a responses CSV came from, holding its responses (no trigger fires for them). */
export function createFormFromResponses(ws: Workspace, input: ResponsesInput): ImportedForm {
  const formId = ws.forms.createForm(input.spec);
  const view = ws.forms.view(formId);
  const itemIds = view.items.map((i) => i.id);
  const responseIds = ws.forms.importResponses(
    formId,
    input.responses.map((r) => ({ ...r, answers: answersForForm(r.answers, itemIds) })),
  );
  const csvIds = new Map<string, string | number>();
  responseIds.forEach((id, i) => csvIds.set(id, input.ids[i]));
  return { formId, editUrl: view.editUrl, csvIds, responseIds };
}
