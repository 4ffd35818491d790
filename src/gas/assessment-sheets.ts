/**
 * SpreadsheetApp work of the assessment part: writing and formatting `Penilaian` and
 * `Rencana Tindak`, and the document log. Each function costs a fixed number of calls whatever the
 * number of rows (validation and styles go on whole column ranges).
 */
import { asText, type Cell } from '../core/cells';
import type { AssessmentLayout } from '../core/assessment';
import { ASSESSMENT_HEADER_ROWS } from '../core/assessment';
import { ACTION_PLAN_HEADER_ROWS, ACTION_PLAN_HELP, ACTION_PLAN_VALUE_OPTIONS, ACTION_PLAN_WIDTH, VALUE_COLUMN } from '../core/action-plan';
import { specOf } from '../core/schema';
import { ROLE_NAMES, SCORE_MAX, SCORE_MIN } from '../core/values';
import { ensureRows } from './formatting';
import { appendRows, ensureProductSheet, HEADER_BACKGROUND, HEADER_FONT, replaceBelow } from './sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const COMPUTED_BACKGROUND = '#f3f3f3';
const TITLE_BACKGROUND = '#dde8f3';

/** The current values of `Penilaian` (created empty when missing). */
export function assessmentSheet(): { sheet: Sheet; values: unknown[][]; created: boolean } {
  const { sheet, created } = ensureProductSheet(specOf('assessment'));
  const values = sheet.getLastRow() === 0 ? [] : sheet.getDataRange().getValues();
  return { sheet, values, created };
}

function styleHeaderRows(sheet: Sheet, rows: number, width: number): void {
  sheet
    .getRange(1, 1, rows, width)
    .setFontWeight('bold')
    .setBackground(HEADER_BACKGROUND)
    .setFontColor(HEADER_FONT)
    .setWrap(true);
  sheet.setFrozenRows(rows);
}

/**
 * Writes the whole `Penilaian` block (header rows included) and sets, for the candidate rows:
 * scores 1–5 (validation), the Ditetapkan checkbox, the Peran dropdown, and a grey background on
 * the columns the product computes.
 */
export function writeAssessmentSheet(sheet: Sheet, layout: AssessmentLayout, values: Cell[][]): void {
  const n = values.length - ASSESSMENT_HEADER_ROWS;
  ensureRows(sheet, values.length + 1);
  const oldWidth = sheet.getLastColumn();
  // Earlier rules (another assessor count moved the columns) go before the new ones.
  if (oldWidth > 0) sheet.getRange(ASSESSMENT_HEADER_ROWS + 1, 1, sheet.getMaxRows() - ASSESSMENT_HEADER_ROWS, Math.max(oldWidth, layout.width)).setDataValidation(null).setBackground(null);
  replaceBelow(sheet, 1, values, layout.width);
  styleHeaderRows(sheet, ASSESSMENT_HEADER_ROWS, layout.width);
  sheet.setFrozenColumns(3);
  if (n <= 0) return;
  const first = ASSESSMENT_HEADER_ROWS + 1;
  const firstScore = layout.scoreColumns[0][0] + 1;
  const scoreWidth = layout.total - layout.scoreColumns[0][0];
  sheet
    .getRange(first, firstScore, n, scoreWidth)
    .setDataValidation(
      SpreadsheetApp.newDataValidation()
        .requireNumberBetween(SCORE_MIN, SCORE_MAX)
        .setAllowInvalid(false)
        .setHelpText(`Isi nilai bulat ${SCORE_MIN}–${SCORE_MAX} (${SCORE_MAX} = sangat baik).`)
        .build(),
    );
  sheet.getRange(first, layout.chosen + 1, n, 1).setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().build());
  sheet
    .getRange(first, layout.role + 1, n, 1)
    .setDataValidation(
      SpreadsheetApp.newDataValidation().requireValueInList(ROLE_NAMES.slice(), true).setAllowInvalid(false).setHelpText('Pilih peran agen perubahan.').build(),
    );
  sheet.getRange(first, 1, n, layout.supervisorNip + 1).setBackground(COMPUTED_BACKGROUND);
  sheet.getRange(first, layout.total + 1, n, 3).setBackground(COMPUTED_BACKGROUND);
  sheet.getRange(first, layout.note + 1, n, 1).setBackground(COMPUTED_BACKGROUND);
  sheet.getRange(1, layout.total + 1, 1, 1).setNote('Dihitung oleh Agen Perubahan: rata-rata jumlah skor atas penilai yang mengisi lengkap. Jalankan Penilaian › Siapkan Penilaian lagi setelah mengisi nilai.');
}

/** Column widths of `Penilaian` (set when the sheet is new or its columns changed). */
export function sizeAssessmentColumns(sheet: Sheet, layout: AssessmentLayout): void {
  const widths: Record<number, number> = { [layout.no]: 40, [layout.nip]: 170, [layout.name]: 240, [layout.unit]: 200, [layout.votes]: 60, [layout.supervisorName]: 220, [layout.supervisorNip]: 170, [layout.note]: 360, [layout.role]: 160 };
  for (let c = 0; c < layout.width; c++) sheet.setColumnWidth(c + 1, widths[c] ?? 95);
}

/** The current values of `Rencana Tindak` (created empty when missing). */
export function actionPlanSheetValues(): { sheet: Sheet; values: unknown[][] } {
  const { sheet } = ensureProductSheet(specOf('actionPlan'));
  const values = sheet.getLastRow() === 0 ? [] : sheet.getDataRange().getValues();
  return { sheet, values };
}

/** Writes `Rencana Tindak`: header rows with the seed's notes, bold agent titles, the value dropdown. */
export function writeActionPlanSheet(sheet: Sheet, values: Cell[][], titleRows: readonly number[]): void {
  ensureRows(sheet, values.length + 1);
  replaceBelow(sheet, 1, values, ACTION_PLAN_WIDTH);
  styleHeaderRows(sheet, ACTION_PLAN_HEADER_ROWS, ACTION_PLAN_WIDTH);
  sheet.getRange(1, 1, 1, ACTION_PLAN_WIDTH).setNotes([ACTION_PLAN_HELP.slice()]);
  const bodyRows = values.length - ACTION_PLAN_HEADER_ROWS;
  if (bodyRows <= 0) return;
  const titles = new Set(titleRows);
  const weights: ('bold' | 'normal')[][] = [];
  const backgrounds: (string | null)[][] = [];
  for (let r = ACTION_PLAN_HEADER_ROWS + 1; r <= values.length; r++) {
    const isTitle = titles.has(r);
    weights.push(new Array<'bold' | 'normal'>(ACTION_PLAN_WIDTH).fill(isTitle ? 'bold' : 'normal'));
    backgrounds.push(new Array<string | null>(ACTION_PLAN_WIDTH).fill(isTitle ? TITLE_BACKGROUND : null));
  }
  const body = sheet.getRange(ACTION_PLAN_HEADER_ROWS + 1, 1, bodyRows, ACTION_PLAN_WIDTH);
  body.setFontWeights(weights);
  body.setBackgrounds(backgrounds);
  body.setWrap(true);
  sheet
    .getRange(ACTION_PLAN_HEADER_ROWS + 1, VALUE_COLUMN + 1, bodyRows, 1)
    .setDataValidation(
      SpreadsheetApp.newDataValidation()
        .requireValueInList(ACTION_PLAN_VALUE_OPTIONS.slice(), true)
        .setAllowInvalid(true)
        .setHelpText('Pilih nilai SOLIDER atau BerAKHLAK yang diwujudkan.')
        .build(),
    );
  [40, 230, 260, 200, 100, 260, 110, 200].forEach((w, i) => sheet.setColumnWidth(i + 1, w));
}

/** One row in `Log Dokumen`: time, document, link, author, note. */
export function logDocument(name: string, url: string, author: string, note: string): void {
  const { sheet } = ensureProductSheet(specOf('documents'));
  appendRows(sheet, [[new Date(), asText(name), asText(url), asText(author), asText(note)]]);
}

/** E-mail of the person running the menu ('' when Google does not tell). */
export function activeUserEmail(): string {
  try {
    return Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail() || '';
  } catch {
    return '';
  }
}
