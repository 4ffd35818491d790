/**
 * The only place that touches SpreadsheetApp (menus and dialogs aside: gas/ui, gas/html). Thin and
 * batched: read a block, return plain rows; take plain rows, write one block. Callers never loop
 * over rows with service calls; formatting and validation go on whole ranges, so each function
 * costs a fixed number of calls whatever the number of rows.
 */
import {
  ACTION_PLAN_HEADER_ROWS,
  ACTION_PLAN_HELP,
  ACTION_PLAN_TITLE_BACKGROUND,
  ACTION_PLAN_VALUE_OPTIONS,
  ACTION_PLAN_WIDTH,
  ACTION_PLAN_WIDTHS,
  APPROVAL_KEYS,
  APPROVAL_WIDTHS,
  type ActionPlanSheet,
  type ApprovalLayout,
  HEAD_COLUMNS,
  VALUE_COLUMN,
} from '../core/action-plan';
import { DECISIONS } from '../core/action-plan-approval';
import type { MonitoringSheet } from '../core/monitoring';
import { ASSESSMENT_COMPUTED_BACKGROUND, ASSESSMENT_HEADER_ROWS, assessmentColumnWidths, type AssessmentLayout } from '../core/assessment/layout';
import { asText, changedRuns, columnLetter, rectangular, type Cell } from '../core/cells';
import { UserError } from '../core/errors';
import { specOf, type SheetKey, type SheetSpec } from '../core/schema';
import { SHEET_TIMESTAMP_FORMAT, widthRuns, type LayoutRect, type SheetLayout } from '../core/sheet-layout';
import { ROLE_NAMES, SCORE_MAX, SCORE_MIN } from '../core/values';
import { ownedSheetIds, rememberOwnedSheet } from './properties';
import { effectiveUser } from './session';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export const HEADER_BACKGROUND = '#1f4e79';
export const HEADER_FONT = '#ffffff';

export function activeSpreadsheet(): Spreadsheet {
  return SpreadsheetApp.getActive();
}

// ---- finding and reading tabs ------------------------------------------------------------------

/** The tab named `name`, or null. */
/** File › Settings › Time zone of the spreadsheet. */
export function spreadsheetTimeZone(ss: Spreadsheet = activeSpreadsheet()): string {
  return ss.getSpreadsheetTimeZone();
}

/** "Sets the time zone for the spreadsheet" (Spreadsheet.setSpreadsheetTimeZone, IANA "long" format). */
export function setSpreadsheetTimeZone(zone: string, ss: Spreadsheet = activeSpreadsheet()): void {
  ss.setSpreadsheetTimeZone(zone);
}

export function sheetNamed(name: string, ss: Spreadsheet = activeSpreadsheet()): Sheet | null {
  return ss.getSheetByName(name);
}

/** The developer metadata key of the mark the product leaves on its sheets (value: the SheetKey). */
export const SHEET_MARK = 'agen-perubahan.lembar';

/**
 * The product's sheet `key`: the tab with its name (one call), else the tab carrying its mark (a
 * sheet the team renamed keeps working), else null (deleted: the caller rebuilds it from the
 * records or says what to run). Two marked tabs and none with the name (a renamed sheet and its
 * copy) are not guessed between: the team is told which to name back.
 */
export function productSheet(key: SheetKey, ss: Spreadsheet = activeSpreadsheet()): Sheet | null {
  const spec = specOf(key);
  const named = ss.getSheetByName(spec.name);
  if (named) return named;
  const marked = ss.createDeveloperMetadataFinder().withKey(SHEET_MARK).withValue(key).find();
  const sheets: Sheet[] = [];
  const seen = new Set<number>();
  for (const md of marked) {
    const sheet = md.getLocation().getSheet();
    if (!sheet || seen.has(sheet.getSheetId())) continue;
    seen.add(sheet.getSheetId());
    sheets.push(sheet);
  }
  if (sheets.length <= 1) return sheets[0] ?? null;
  const names = sheets.map((s) => `"${s.getName()}"`).join(', ');
  throw new UserError(
    `Ada ${sheets.length} lembar yang sama-sama lembar "${spec.name}" milik Agen Perubahan: ${names}.`,
    `Beri nama "${spec.name}" pada lembar yang dipakai (lembar lain boleh dihapus atau diberi nama lain), lalu jalankan menu ini lagi.`,
  );
}

/** Leaves the product's mark on `sheet` (once: a sheet that carries it is left alone). */
export function markProductSheet(sheet: Sheet, key: SheetKey): void {
  const has = sheet.createDeveloperMetadataFinder().withKey(SHEET_MARK).find().length > 0;
  if (!has) sheet.addDeveloperMetadata(SHEET_MARK, key);
}

/**
 * How this execution reads a whole sheet. Google's reference does not clearly say what
 * getSheetValues does with -1 for the row and column counts: it may give the data rectangle
 * (what the product expects), refuse -1, or give the whole grid with its blank rows and columns.
 * `null` until a read tells; 'explicit' once -1 was refused (every later read of the execution
 * asks getLastRow/getLastColumn and reads that range instead).
 */
let wholeSheetRead: null | 'minus-one' | 'explicit' = null;
let onMinusOneRefused: ((refusal: string) => void) | null = null;

/**
 * Who hears, once per execution, that Google refused getSheetValues(1, 1, -1, -1) and sheets are
 * read through getLastRow/getLastColumn instead (app/run logs it to Log Kesalahan). Never throws.
 */
export function whenMinusOneRefused(listener: (refusal: string) => void): void {
  onMinusOneRefused = listener;
}

/** How the last reads went: for Uji Kesiapan and tests. */
export function wholeSheetReadMode(): typeof wholeSheetRead {
  return wholeSheetRead;
}

function errorMessage(e: unknown): string {
  return e !== null && typeof e === 'object' && 'message' in e ? String((e as Error).message) : String(e);
}

/** The block up to the last row and column with content: 2 calls (3 with the read), [] for an empty sheet. */
function readUpToLast(sheet: Sheet): unknown[][] {
  const rows = sheet.getLastRow();
  if (rows === 0) return [];
  return sheet.getRange(1, 1, rows, sheet.getLastColumn()).getValues();
}

/** Google's words for a service that failed, not for an argument it refused (core/errors adviceFor knows the same ones). */
const SERVICE_FAILURE = /^(Exception: )?Service\b|too many times|timed out|quota|Rate Limit|Lock timeout|Exceeded maximum execution time|internal error|server error|try again|permission|authori[sz]/i;

const blank = (v: unknown) => v === '' || v === null || v === undefined;

/**
 * The one way a sheet is read: every value up to the last row and column with data; an empty
 * sheet gives []. One call (getSheetValues with -1) when Google answers it with the data
 * rectangle; right under the other behaviours too: when -1 is refused, getLastRow/getLastColumn
 * and one getValues (said once in Log Kesalahan, remembered for the execution); when the whole
 * grid comes back, its blank rows and columns past the last ones with data are dropped (two more
 * calls, only when the block's last row or column is blank).
 */
export function sheetValues(sheet: Sheet): unknown[][] {
  if (wholeSheetRead === 'explicit') return readUpToLast(sheet);
  let values: unknown[][];
  try {
    values = sheet.getSheetValues(1, 1, -1, -1);
  } catch (e) {
    // Google refuses a zero-row range when the sheet is empty.
    if (sheet.getLastRow() === 0) return [];
    // The service failing (quota, time-out, access) must stop the run: reading a ledger as empty
    // or half would rewrite it without its ballots. Anything else is -1 itself refused (in
    // whatever words): read what getLastRow/getLastColumn say, and if even that fails, stop.
    if (SERVICE_FAILURE.test(errorMessage(e))) throw e;
    let read: unknown[][];
    try {
      read = readUpToLast(sheet);
    } catch {
      throw e;
    }
    wholeSheetRead = 'explicit';
    try {
      onMinusOneRefused?.(errorMessage(e));
    } catch {
      // Reporting is best effort; the read itself is right.
    }
    return read;
  }
  wholeSheetRead = 'minus-one';
  const lastRow = values[values.length - 1];
  const lastRowBlank = lastRow !== undefined && lastRow.every(blank);
  const lastColumnBlank = lastRow !== undefined && values.every((r) => r.length === 0 || blank(r[r.length - 1]));
  if (!lastRowBlank && !lastColumnBlank) return values;
  // A blank last row or column: the whole grid came back (or a row of formulas showing ''):
  // keep exactly what getLastRow/getLastColumn count.
  const rows = sheet.getLastRow();
  if (rows === 0) return [];
  const columns = sheet.getLastColumn();
  if (rows >= values.length && columns >= (values[0]?.length ?? 0)) return values;
  return values.slice(0, rows).map((r) => r.slice(0, columns));
}

/** The values of the product's sheet `key` (found by name or mark), or null when there is none. */
export function readSheet(key: SheetKey, ss: Spreadsheet = activeSpreadsheet()): unknown[][] | null {
  const sheet = productSheet(key, ss);
  return sheet ? sheetValues(sheet) : null;
}

// ---- writing blocks ----------------------------------------------------------------------------

/** Writes a rectangular block at (row, column), 1-based, in one call. */
export function writeBlock(sheet: Sheet, row: number, column: number, rows: Cell[][]): void {
  if (rows.length === 0) return;
  const width = Math.max(...rows.map((r) => r.length));
  sheet.getRange(row, column, rows.length, width).setValues(rectangular(rows, width));
}

/**
 * Replaces everything from `fromRow` down with `rows`: one write for the new block, one clear for
 * whatever the previous, longer content left below it (and to its right). The sheet is never
 * left half-old, half-new by this function's own work.
 */
export function replaceBelow(sheet: Sheet, fromRow: number, rows: Cell[][], width: number): void {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (rows.length > 0) {
    sheet.getRange(fromRow, 1, rows.length, width).setValues(rectangular(rows, width));
  }
  const endOfNew = fromRow + rows.length - 1;
  if (lastRow > endOfNew) {
    sheet.getRange(endOfNew + 1, 1, lastRow - endOfNew, Math.max(lastColumn, width)).clearContent();
  }
  if (lastColumn > width && rows.length > 0) {
    sheet.getRange(fromRow, width + 1, rows.length, lastColumn - width).clearContent();
  }
}

/**
 * Lays out a computed sheet whole, from A1, in one write: `rows` (made `width` wide), and blanks
 * over whatever else the sheet holds below and beside them (what a person typed there). Nothing
 * typed into a computed sheet outlives a write, and the sheet is never left half old, half new.
 * `extent`: the sheet's last row and column, when the caller has just read them.
 */
export function layOutWhole(sheet: Sheet, rows: Cell[][], width: number, extent?: { rows: number; columns: number }): void {
  const height = Math.max(rows.length, extent ? extent.rows : sheet.getLastRow());
  const wide = Math.max(width, extent ? extent.columns : sheet.getLastColumn());
  if (height === 0) return;
  const block = rectangular(rows, wide);
  while (block.length < height) block.push(new Array<Cell>(wide).fill(''));
  sheet.getRange(1, 1, height, wide).setValues(block);
}

/**
 * `layOutWhole`, writing only the rows that differ: the sheet is read whole (one call, up to its
 * last row and column with content), compared cell by cell with the block (made `width` wide, and
 * blank below and beside it over whatever else the sheet holds), and the runs of rows that differ
 * are written, one call each, at most three (core/cells changedRuns). Whatever a person typed
 * anywhere in the sheet differs from the block, so it is gone after the write, as with
 * layOutWhole; rows that already show what the block holds are not written again. Returns the
 * number of rows written.
 */
export function layOutChanged(sheet: Sheet, rows: Cell[][], width: number): number {
  const have = sheetValues(sheet);
  const height = Math.max(rows.length, have.length);
  const wide = Math.max(width, have[0]?.length ?? 0);
  if (height === 0) return 0;
  const block = rectangular(rows, wide);
  while (block.length < height) block.push(new Array<Cell>(wide).fill(''));
  let written = 0;
  for (const run of changedRuns(have, block, wide)) {
    sheet.getRange(run.from + 1, 1, run.to - run.from + 1, wide).setValues(block.slice(run.from, run.to + 1));
    written += run.to - run.from + 1;
  }
  return written;
}

/** Appends rows after the last row in one call. */
export function appendRows(sheet: Sheet, rows: Cell[][]): void {
  if (rows.length === 0) return;
  writeBlock(sheet, sheet.getLastRow() + 1, 1, rows);
}

/** Styles a header row: bold, white on dark blue, frozen. */
export function styleHeader(sheet: Sheet, row: number, width: number, freeze = true): void {
  sheet
    .getRange(row, 1, 1, width)
    .setFontWeight('bold')
    .setBackground(HEADER_BACKGROUND)
    .setFontColor(HEADER_FONT)
    .setWrap(true);
  if (freeze) sheet.setFrozenRows(row);
}

// ---- the product's sheets ----------------------------------------------------------------------

/** The name a product sheet has while it is being built (see createProductSheet). */
export function buildingName(name: string): string {
  return `${name} (sedang dibuat)`;
}

/**
 * Creates a sheet of the product from its spec: header row, text columns formatted as plain text,
 * column widths, protection by ownership, then `fill` (initial content). Records that the product
 * owns it. The sheet is built under a temporary name and gets its real name last, so a run that
 * fails half-way (quota, timeout) never leaves a half-built sheet under the real name, which a
 * later run would take for complete; the next run removes the leftover and builds it again.
 */
export function createProductSheet(spec: SheetSpec, ss: Spreadsheet = activeSpreadsheet(), fill?: (sheet: Sheet) => void): Sheet {
  const temporary = buildingName(spec.name);
  const leftover = ss.getSheetByName(temporary);
  if (leftover) ss.deleteSheet(leftover);
  const sheet = ss.insertSheet(temporary);
  if (spec.headers.length > 0) {
    writeBlock(sheet, 1, 1, [spec.headers]);
    styleHeader(sheet, 1, spec.headers.length);
  }
  for (const col of spec.textColumns ?? []) {
    sheet.getRange(1, col + 1, sheet.getMaxRows(), 1).setNumberFormat('@');
  }
  for (const col of spec.timestampColumns ?? []) {
    sheet.getRange(2, col + 1, sheet.getMaxRows() - 1, 1).setNumberFormat(SHEET_TIMESTAMP_FORMAT);
  }
  (spec.columnWidths ?? []).forEach((w, i) => sheet.setColumnWidth(i + 1, w));
  protectByOwnership(sheet, spec);
  if (fill) fill(sheet);
  if (spec.hidden) sheet.hideSheet();
  rememberOwnedSheet(sheet.getSheetId());
  sheet.setName(spec.name);
  // Marked last, once complete: a half-built leftover never carries the mark.
  sheet.addDeveloperMetadata(SHEET_MARK, spec.key);
  return sheet;
}

/**
 * Computed sheets get a warning-only protection (the team may still look and sort, and any team
 * member's menu run can rewrite them); the audit sheet of ballots is editable only by its owner.
 */
export function protectByOwnership(sheet: Sheet, spec: SheetSpec): void {
  if (spec.ownership === 'team') return;
  const protection = sheet.protect();
  if (spec.ownership === 'computed') {
    protection.setDescription(`${spec.name}: dihitung oleh Agen Perubahan; perubahan manual akan ditimpa.`);
    protection.setWarningOnly(true);
  } else {
    protection.setDescription(`${spec.name}: jejak audit usulan; hanya pemilik yang dapat mengubah.`);
    const me = effectiveUser();
    protection.addEditor(me);
    protection.removeEditors(protection.getEditors().filter((u) => u.getEmail() !== me.getEmail()));
    // Shared with a Workspace domain, the protection still lets the whole domain edit until told
    // otherwise. Google's own example: "if (protection.canDomainEdit()) { protection.setDomainEdit(false); }"
    // (apps-script/reference/spreadsheet/protection); setDomainEdit throws on a gmail.com spreadsheet,
    // where canDomainEdit() is false, so it is only called where it applies.
    if (protection.canDomainEdit()) protection.setDomainEdit(false);
  }
}

/** The product's sheet of that spec (by name or mark), created when missing (e.g. deleted by hand). */
export function ensureProductSheet(spec: SheetSpec, ss: Spreadsheet = activeSpreadsheet()): { sheet: Sheet; created: boolean } {
  const existing = productSheet(spec.key, ss);
  if (existing) return { sheet: existing, created: false };
  return { sheet: createProductSheet(spec, ss), created: true };
}

/** Names Google gives the first tab of a new spreadsheet (English and Indonesian interfaces). */
const DEFAULT_TAB = /^(sheet|lembar)\s?1$/i;

/**
 * Removes the tabs a new spreadsheet starts with ("Sheet1", "Lembar1") when they are empty and
 * untouched: no cell with content, no chart, no conditional rule, no protection, not a Form's
 * response tab, not hidden, not the product's. A tab that holds anything stays. Returns the
 * names removed. For Siapkan Lembar Kerja, after the product's sheets exist (a spreadsheet
 * keeps at least one tab).
 */
export function removeBlankDefaultSheets(ss: Spreadsheet): string[] {
  const removed: string[] = [];
  const owned = ownedSheetIds();
  const sheets = ss.getSheets();
  for (const sheet of sheets) {
    const name = sheet.getName();
    if (!DEFAULT_TAB.test(name) || sheets.length - removed.length <= 1) continue;
    if (owned.includes(sheet.getSheetId())) continue;
    const untouched =
      sheet.getLastRow() === 0 &&
      sheet.getLastColumn() === 0 &&
      !sheet.isSheetHidden() &&
      !sheet.getFormUrl() &&
      sheet.getCharts().length === 0 &&
      sheet.getConditionalFormatRules().length === 0 &&
      sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length === 0 &&
      sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).length === 0;
    if (!untouched) continue;
    ss.deleteSheet(sheet);
    removed.push(name);
  }
  return removed;
}

/** True when the product created this sheet (it may then rewrite it). */
export function isOwnedByProduct(sheet: Sheet): boolean {
  return ownedSheetIds().includes(sheet.getSheetId());
}

export function toast(message: string, title = 'Agen Perubahan', seconds = 5): void {
  activeSpreadsheet().toast(message, title, seconds);
}

/** Every tab of this spreadsheet that a Form feeds, with that Form's URL (Sheet.getFormUrl). */
export function formTabs(ss: Spreadsheet): { sheet: Sheet; url: string }[] {
  const out: { sheet: Sheet; url: string }[] = [];
  for (const sheet of ss.getSheets()) {
    const url = sheet.getFormUrl();
    if (url) out.push({ sheet, url });
  }
  return out;
}

/** The response tab's id (part of each row's response id). */
export function sheetIdOf(sheet: Sheet): number {
  return sheet.getSheetId();
}

/** The tab an event's range is on, and the Form that feeds it ('' when none). */
export function eventTab(range: GoogleAppsScript.Spreadsheet.Range): { sheet: Sheet; formUrl: string } {
  const sheet = range.getSheet();
  return { sheet, formUrl: sheet.getFormUrl() ?? '' };
}

/** An event's row number and its first cell (a response tab's Timestamp, a Date). */
export function eventRow(range: GoogleAppsScript.Spreadsheet.Range): { row: number; start: unknown } {
  return { row: range.getRow(), start: range.getCell(1, 1).getValue() };
}

/** The row number of a form-submit event's range and, when it is `wanted` (any row when omitted), its values: 1–2 calls. */
export function eventRowValues(range: GoogleAppsScript.Spreadsheet.Range, wanted?: number): { row: number; values: unknown[] } {
  const row = range.getRow();
  if (wanted !== undefined && row !== wanted) return { row, values: [] };
  return { row, values: range.getValues()[0] ?? [] };
}

/** The first `width` cells of row 1: 2 calls. */
export function headerValues(sheet: Sheet, width: number): unknown[] {
  return sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
}

/** The bound spreadsheet's link (for messages that point the reader to it). */
export function spreadsheetUrl(): string {
  return SpreadsheetApp.getActive().getUrl();
}

/** The bound spreadsheet's file id. */
export function thisSpreadsheetId(): string {
  return SpreadsheetApp.getActive().getId();
}

// ---- more writes -------------------------------------------------------------------------------

/**
 * Sorts `numRows` rows from `row` (`width` columns) by column `byColumn` descending, then
 * `thenColumn` ascending: one sort, whole rows move (values, formats, data validation).
 */
export function sortRowsBy(sheet: Sheet, row: number, numRows: number, width: number, byColumn: number, thenColumn: number): void {
  if (numRows < 2) return;
  sheet.getRange(row, 1, numRows, width).sort([
    { column: byColumn, ascending: false },
    { column: thenColumn, ascending: true },
  ]);
}

/** Clears the contents of `numRows` rows from `row` on, `width` columns wide. */
export function clearRows(sheet: Sheet, row: number, numRows: number, width: number): void {
  if (numRows <= 0) return;
  sheet.getRange(row, 1, numRows, width).clearContent();
}

/** A dropdown of `values` on column `column` (1-based) from row 2 down; other values are let in with a warning. */
export function listDropdownBelowHeader(sheet: Sheet, column: number, values: string[], helpText: string): void {
  const rule = SpreadsheetApp.newDataValidation().requireValueInList(values, true).setAllowInvalid(true).setHelpText(helpText).build();
  sheet.getRange(2, column, sheet.getMaxRows() - 1, 1).setDataValidation(rule);
}

/** Writes rows at (row, column) with one dropdown per row in `dropdownColumn` (1-based, absolute). */
export function writeRowsWithDropdowns(
  sheet: Sheet,
  row: number,
  rows: Cell[][],
  width: number,
  dropdownColumn: number,
  dropdowns: string[][],
  helpText: string,
): void {
  if (rows.length === 0) return;
  sheet.getRange(row, 1, rows.length, width).setValues(rows);
  const rules = dropdowns.map((values) => [
    SpreadsheetApp.newDataValidation().requireValueInList(values, true).setAllowInvalid(true).setHelpText(helpText).build(),
  ]);
  sheet.getRange(row, dropdownColumn, rows.length, 1).setDataValidations(rules);
}

/** Same, with one dropdown for all rows taken from a range (rosters too long for a list). */
export function writeRowsWithRangeDropdown(
  sheet: Sheet,
  row: number,
  rows: Cell[][],
  width: number,
  dropdownColumn: number,
  listSheet: Sheet,
  listLength: number,
  helpText: string,
): void {
  if (rows.length === 0) return;
  sheet.getRange(row, 1, rows.length, width).setValues(rows);
  const source = listSheet.getRange(2, 1, Math.max(1, listLength), 1);
  const rule = SpreadsheetApp.newDataValidation().requireValueInRange(source, true).setAllowInvalid(true).setHelpText(helpText).build();
  sheet.getRange(row, dropdownColumn, rows.length, 1).setDataValidation(rule);
}

// ---- formatting: styles, widths, conditional rules, charts -------------------------------------

/**
 * Lays a computed sheet out as `layout` says, whatever it looked like before: the formats of its
 * first columns are cleared (old header colours, a hand-set wrap), then widths, frozen rows,
 * merges, wrapped and one-line cells, header cells and number formats are set. About 25 calls,
 * whatever the sheet holds; values and conditional rules are left to the caller.
 */
export function applyLayout(sheet: Sheet, layout: SheetLayout): void {
  const maxRows = sheet.getMaxRows();
  const rect = (r: LayoutRect) => sheet.getRange(r.row, r.column, r.numRows === 0 ? Math.max(1, maxRows - r.row + 1) : r.numRows, r.numColumns);
  sheet.getRange(1, 1, maxRows, layout.widths.length).clearFormat();
  for (const run of widthRuns(layout.widths)) {
    if (run.count === 1) sheet.setColumnWidth(run.column, run.width);
    else sheet.setColumnWidths(run.column, run.count, run.width);
  }
  sheet.setFrozenRows(layout.frozenRows);
  for (const m of layout.merges) rect(m).mergeAcross();
  for (const w of layout.wrapped) rect(w).setWrapStrategy(SpreadsheetApp.WrapStrategy.WRAP).setVerticalAlignment('top');
  for (const c of layout.clipped) rect(c).setWrapStrategy(SpreadsheetApp.WrapStrategy.CLIP);
  for (const h of layout.headers) rect(h).setFontWeight('bold').setBackground(HEADER_BACKGROUND).setFontColor(HEADER_FONT).setWrap(true);
  for (const f of layout.numberFormats) rect(f).setNumberFormat(f.format);
  for (const h of layout.rowHeights) sheet.setRowHeights(h.row, h.numRows === 0 ? Math.max(1, maxRows - h.row + 1) : h.numRows, h.height);
}

/** Colours, weight and height of banner rows from `row` on (a handful of calls per row). */
export function styleBanner(sheet: Sheet, row: number, width: number, styles: readonly { background: string; color: string; bold: boolean; height: number }[]): void {
  styles.forEach((s, i) => {
    sheet
      .getRange(row + i, 1, 1, width)
      .setBackground(s.background)
      .setFontColor(s.color)
      .setFontWeight(s.bold ? 'bold' : 'normal');
    sheet.setRowHeight(row + i, s.height);
  });
}

/** Bold header cells (white on dark blue) at (row, column), `width` wide. */
export function styleCells(sheet: Sheet, row: number, column: number, width: number): void {
  sheet.getRange(row, column, 1, width).setFontWeight('bold').setBackground(HEADER_BACKGROUND).setFontColor(HEADER_FONT).setWrap(true);
}

/** A warning colour for a note cell (the tie at the cut-off). */
export function styleNote(sheet: Sheet, row: number, column: number): void {
  sheet.getRange(row, column).setFontWeight('bold').setFontColor('#b00020').setWrap(true);
}

/** Green rows where `column` (1-based) holds `text`, from row 2 down. */
export function highlightWhen(sheet: Sheet, column: number, text: string, background: string): void {
  const range = sheet.getRange(2, column, Math.max(1, sheet.getMaxRows() - 1), 1);
  const rule = SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo(text).setBackground(background).setRanges([range]).build();
  sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), rule]);
}

/**
 * Replaces the sheet's conditional rules by one: rows from `fromRow` (columns 1..`width`) where
 * `formula` holds get `background`. The product owns the sheet, so its rules are all ours.
 */
export function highlightRowsWhen(sheet: Sheet, fromRow: number, width: number, formula: string, background: string): void {
  const range = sheet.getRange(fromRow, 1, Math.max(1, sheet.getMaxRows() - fromRow + 1), width);
  const rule = SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(formula).setBackground(background).setRanges([range]).build();
  sheet.setConditionalFormatRules([rule]);
}

export function setWidths(sheet: Sheet, fromColumn: number, widths: readonly number[]): void {
  widths.forEach((w, i) => sheet.setColumnWidth(fromColumn + i, w));
}

/** Rows added at a time when a sheet grows, so appending one row rarely costs an extra call. */
export const GROW_BY = 500;

/** Makes sure the sheet has at least `rows` rows (Sheets refuses ranges beyond its grid). */
export function ensureRows(sheet: Sheet, rows: number): void {
  const max = sheet.getMaxRows();
  if (rows > max) sheet.insertRowsAfter(max, Math.max(rows - max, GROW_BY));
}

/**
 * Font weights and backgrounds of a block in two calls (null = plain), and with `wraps` which of
 * its cells wrap (true) or run on to the right (false), one call more.
 */
export function styleBlock(sheet: Sheet, weights: ('bold' | 'normal')[][], backgrounds: (string | null)[][], wraps?: boolean[][]): void {
  if (weights.length === 0) return;
  const range = sheet.getRange(1, 1, weights.length, weights[0].length);
  range.setFontWeights(weights);
  range.setBackgrounds(backgrounds);
  if (wraps) range.setWraps(wraps);
}

/**
 * Replaces the sheet's conditional format rules by one rule per label: a cell in `a1` whose text
 * equals the label gets the label's background. The product owns the sheet, so its rules are all ours.
 */
export function setBandRules(sheet: Sheet, a1: string, colours: { label: string; colour: string }[]): void {
  const range = sheet.getRange(a1);
  const rules = colours.map((c) =>
    SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo(c.label).setBackground(c.colour).setRanges([range]).build(),
  );
  sheet.setConditionalFormatRules(rules);
}

export interface ChartSpec {
  /** The data block: first row headers (series names), first column the categories. */
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
  title: string;
  colours: string[];
  anchorRow: number;
  anchorColumn: number;
  /** Size in pixels. */
  width: number;
  height: number;
}

/** Removes the sheet's charts and inserts a stacked column chart of the block. */
export function replaceChart(sheet: Sheet, spec: ChartSpec): void {
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  const chart = sheet
    .newChart()
    .setChartType(Charts.ChartType.COLUMN)
    .addRange(sheet.getRange(spec.row, spec.column, spec.numRows, spec.numColumns))
    .setNumHeaders(1)
    .setOption('title', spec.title)
    .setOption('isStacked', true)
    .setOption('colors', spec.colours)
    .setOption('legend', { position: 'right' })
    .setOption('width', spec.width)
    .setOption('height', spec.height)
    .setPosition(spec.anchorRow, spec.anchorColumn, 4, 4)
    .build();
  sheet.insertChart(chart);
}

/** Removes every chart of the sheet (no data to chart). */
export function removeCharts(sheet: Sheet): void {
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
}

/** The last column with content (0 when empty). */
export function lastColumnOf(sheet: Sheet): number {
  return sheet.getLastColumn();
}

/** The number of rows of the sheet's grid (filled or not). */
export function maxRowsOf(sheet: Sheet): number {
  return sheet.getMaxRows();
}

/** Adds `count` empty rows after row `after`. */
export function insertRowsAfter(sheet: Sheet, after: number, count: number): void {
  sheet.insertRowsAfter(after, count);
}

/** A number format (e.g. '@' = plain text) on `numRows` cells of column `column` from `row`. */
export function setColumnFormat(sheet: Sheet, row: number, column: number, numRows: number, format: string): void {
  sheet.getRange(row, column, numRows, 1).setNumberFormat(format);
}

/** One value as plain text (the cell formatted '@' first, so "=…", leading zeros and NIPs stay as typed). */
export function writeTextCell(sheet: Sheet, row: number, column: number, value: string): void {
  sheet.getRange(row, column).setNumberFormat('@').setValue(value);
}

/** Bold text in one cell. */
export function boldCell(sheet: Sheet, row: number, column: number): void {
  sheet.getRange(row, column).setFontWeight('bold');
}

/** `count` columns from `fromColumn`, all `width` pixels wide, in one call. */
export function setEqualWidths(sheet: Sheet, fromColumn: number, count: number, width: number): void {
  sheet.setColumnWidths(fromColumn, count, width);
}

/** The last row of a sheet that has content (0 when empty), or null when there is no such sheet. */
export function lastRowOf(sheet: Sheet | null): number | null {
  return sheet ? sheet.getLastRow() : null;
}

/**
 * The rows (1-based, ascending, from `fromRow` down) whose cell in `column` shows `text` as its
 * whole content, found by Google's TextFinder on that one column: 5 calls plus one per match,
 * whatever the sheet's size, and no cell read. Candidates only: the TextFinder compares displayed
 * values, and how it treats spaces, diacritics or unflushed writes is not documented, so the
 * caller reads the rows and compares what it needs (flush first when this execution wrote).
 */
export function rowsMatching(sheet: Sheet, column: number, text: string, fromRow = 2): number[] {
  if (text === '') return [];
  const letter = columnLetter(column);
  const finder = sheet.getRange(`${letter}${fromRow}:${letter}`).createTextFinder(text).matchCase(true).matchEntireCell(true);
  return finder
    .findAll()
    .map((cell) => cell.getRow())
    .sort((a, b) => a - b);
}

/**
 * The rows (1-based, ascending, each once) with a cell that shows one of `texts` as its whole
 * content, anywhere in the sheet: one TextFinder on the sheet with an anchored regular expression
 * of the texts as literals (the same in RE2 and JavaScript), 3 calls plus one per matching cell,
 * no cell read. Candidates only: the TextFinder ignores case here, other columns may hold the
 * same text, and were Google to match the expression inside longer text there would only be more
 * candidates; the caller reads the rows it needs and compares.
 */
export function rowsHolding(sheet: Sheet, texts: readonly string[]): number[] {
  const wanted = texts.filter((t) => t !== '');
  if (wanted.length === 0) return [];
  const literal = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const finder = sheet.createTextFinder(`^(?:${wanted.map(literal).join('|')})$`).useRegularExpression(true);
  const rows = finder.findAll().map((cell) => cell.getRow());
  return rows.filter((r, i) => rows.indexOf(r) === i).sort((a, b) => a - b);
}

/** The values of row `row` (1-based), `width` columns wide, in one read. */
export function rowValues(sheet: Sheet, row: number, width: number): unknown[] {
  return sheet.getRange(row, 1, 1, width).getValues()[0] ?? [];
}

// ---- Log Dokumen, Penilaian and Rencana Tindak ---------------------------------------------------

/** One row in `Log Dokumen`: time, document, link, author, note. */
export function logDocument(name: string, url: string, author: string, note: string): void {
  const { sheet } = ensureProductSheet(specOf('documents'));
  appendRows(sheet, [[new Date(), asText(name), asText(url), asText(author), asText(note)]]);
}



function styleHeaderRows(sheet: Sheet, rows: number, width: number, range: Range = sheet.getRange(1, 1, rows, width)): void {
  range
    .setFontWeight('bold')
    .setBackground(HEADER_BACKGROUND)
    .setFontColor(HEADER_FONT)
    .setWrap(true);
  sheet.setFrozenRows(rows);
}

/** The current values of `Penilaian` (created empty when missing). */
export function assessmentSheet(): { sheet: Sheet; values: unknown[][]; created: boolean } {
  const { sheet, created } = ensureProductSheet(specOf('assessment'));
  const values = sheetValues(sheet);
  return { sheet, values, created };
}

/**
 * Writes the whole `Penilaian` block (header rows included) and sets, for the candidate rows:
 * scores 1–5 (validation), the Ditetapkan checkbox, the Peran dropdown, and a grey background on
 * the columns the product computes. The last `teamColumns` columns of `values` are the team's own
 * (written back as read, their rules left alone).
 */
export function writeAssessmentSheet(sheet: Sheet, layout: AssessmentLayout, values: Cell[][], teamColumns = 0): void {
  const n = values.length - ASSESSMENT_HEADER_ROWS;
  ensureRows(sheet, values.length + 1);
  const oldWidth = sheet.getLastColumn();
  // The team's own columns follow the product's (values wider than the layout).
  const width = layout.width + teamColumns;
  // Earlier rules (another assessor count moved the columns) go before the new ones; the team's
  // own columns (at the right) keep theirs.
  const ruled = Math.max(layout.width, oldWidth - teamColumns);
  if (oldWidth > 0) sheet.getRange(ASSESSMENT_HEADER_ROWS + 1, 1, sheet.getMaxRows() - ASSESSMENT_HEADER_ROWS, ruled).setDataValidation(null).setBackground(null);
  replaceBelow(sheet, 1, values, width);
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
  sheet.getRange(first, 1, n, layout.supervisorNip + 1).setBackground(ASSESSMENT_COMPUTED_BACKGROUND);
  sheet.getRange(first, layout.total + 1, n, 3).setBackground(ASSESSMENT_COMPUTED_BACKGROUND);
  sheet.getRange(first, layout.note + 1, n, 1).setBackground(ASSESSMENT_COMPUTED_BACKGROUND);
  sheet.getRange(1, layout.total + 1, 1, 1).setNote('Dihitung oleh Agen Perubahan: rata-rata jumlah skor atas penilai yang mengisi lengkap. Jalankan Penilaian › Siapkan Penilaian lagi setelah mengisi nilai.');
}

/** Column widths of `Penilaian` (set when the sheet is new or its columns changed). */
export function sizeAssessmentColumns(sheet: Sheet, layout: AssessmentLayout): void {
  setWidths(sheet, 1, assessmentColumnWidths(layout));
}

/** The current values of `Rencana Tindak` (created empty when missing). */
export function actionPlanSheetValues(): { sheet: Sheet; values: unknown[][]; created: boolean } {
  const { sheet, created } = ensureProductSheet(specOf('actionPlan'));
  // A sheet just created holds nothing yet (Rencana Tindak's spec writes no header): no read.
  const values = created && specOf('actionPlan').headers.length === 0 ? [] : sheetValues(sheet);
  return { sheet, values, created };
}

/**
 * Writes `Rencana Tindak` (core/action-plan): header rows with the seed's notes, bold agent
 * titles, the value dropdown, the approval columns. The head's columns (Keputusan, Catatan,
 * Tanggal, Oleh) are never written below the header: they are protected for the head and the
 * delegates, the person running the menu may not be one of them, and rows never move.
 */
export function writeActionPlanSheet(sheet: Sheet, plan: ActionPlanSheet, approvers: readonly string[], fresh = false): DecisionEditors {
  const { values, width, layout, titleRows } = plan;
  ensureRows(sheet, values.length + 1);
  const head = new Set(HEAD_COLUMNS.map((k) => layout[k]));
  const top = rectangular(values.slice(0, ACTION_PLAN_HEADER_ROWS), width);
  const header = sheet.getRange(1, 1, ACTION_PLAN_HEADER_ROWS, width);
  header.setValues(top);
  const body = rectangular(values.slice(ACTION_PLAN_HEADER_ROWS), width);
  for (const span of columnSpans(width, head)) {
    if (body.length === 0) break;
    sheet.getRange(ACTION_PLAN_HEADER_ROWS + 1, span.from + 1, body.length, span.to - span.from + 1).setValues(body.map((r) => r.slice(span.from, span.to + 1)));
  }
  styleHeaderRows(sheet, ACTION_PLAN_HEADER_ROWS, width, header);
  const notes: string[] = new Array<string>(width).fill('');
  ACTION_PLAN_HELP.forEach((h, i) => (notes[i] = h));
  notes[layout.status] = 'Diisi oleh skrip: Diajukan (menu Ajukan Rencana Tindak), Disetujui / Perlu Perbaikan (keputusan pimpinan), Belum Lengkap (kolom wajib masih kosong).';
  notes[layout.submitted] = 'Diisi oleh skrip: tanggal baris ini terakhir menjadi Diajukan. Status & Bantuan menyebut baris yang menunggu keputusan lebih dari 14 hari.';
  notes[layout.decision] = 'Diisi Kepala Dinas atau delegasinya (Pengaturan): Disetujui atau Perlu Perbaikan. Hanya mereka yang dapat mengubah kolom ini sampai Diputuskan Oleh.';
  notes[layout.change] = 'Diisi oleh skrip bila baris diubah setelah diputuskan: apa yang berubah.';
  notes[layout.record] = 'Isi baris saat diputuskan, dicatat oleh skrip untuk melihat perubahan. Jangan diubah.';
  sheet.getRange(1, 1, 1, width).setNotes([notes]);
  const bodyRows = values.length - ACTION_PLAN_HEADER_ROWS;
  const widths: number[] = [...ACTION_PLAN_WIDTHS];
  for (const k of APPROVAL_KEYS) widths[layout[k]] = APPROVAL_WIDTHS[k];
  // Adjacent columns of one width in one call (setColumnWidths).
  for (let i = 0; i < widths.length; ) {
    const w = widths[i];
    let n = 1;
    while (w !== undefined && i + n < widths.length && widths[i + n] === w) n++;
    if (w !== undefined) {
      if (n === 1) sheet.setColumnWidth(i + 1, w);
      else sheet.setColumnWidths(i + 1, n, w);
    }
    i += n;
  }
  sheet.hideColumns(layout.record + 1);
  if (bodyRows > 0) sheet.getRange(ACTION_PLAN_HEADER_ROWS + 1, layout.submitted + 1, bodyRows, 1).setNumberFormat('dd/mm/yyyy');
  const otherEditors = protectApprovalColumns(sheet, layout, approvers, fresh);
  if (bodyRows <= 0) return otherEditors;
  const titles = new Set(titleRows);
  const weights: ('bold' | 'normal')[][] = [];
  const backgrounds: (string | null)[][] = [];
  for (let r = ACTION_PLAN_HEADER_ROWS + 1; r <= values.length; r++) {
    const isTitle = titles.has(r);
    weights.push(new Array<'bold' | 'normal'>(ACTION_PLAN_WIDTH).fill(isTitle ? 'bold' : 'normal'));
    backgrounds.push(new Array<string | null>(ACTION_PLAN_WIDTH).fill(isTitle ? ACTION_PLAN_TITLE_BACKGROUND : null));
  }
  const block = sheet.getRange(ACTION_PLAN_HEADER_ROWS + 1, 1, bodyRows, ACTION_PLAN_WIDTH);
  block.setFontWeights(weights);
  block.setBackgrounds(backgrounds);
  block.setWrap(true);
  sheet
    .getRange(ACTION_PLAN_HEADER_ROWS + 1, VALUE_COLUMN + 1, bodyRows, 1)
    .setDataValidation(
      // Invalid values are allowed with a warning: the default of a new rule (DataValidation.getAllowInvalid).
      SpreadsheetApp.newDataValidation()
        .requireValueInList(ACTION_PLAN_VALUE_OPTIONS.slice(), true)
        .setHelpText('Pilih nilai SOLIDER atau BerAKHLAK yang diwujudkan.')
        .build(),
    );
  return otherEditors;
}

/** Contiguous column spans (0-based, inclusive) of 0..width-1 without the columns in `skip`. */
function columnSpans(width: number, skip: ReadonlySet<number>): { from: number; to: number }[] {
  const spans: { from: number; to: number }[] = [];
  for (let c = 0; c < width; c++) {
    if (skip.has(c)) continue;
    const last = spans[spans.length - 1];
    if (last && last.to === c - 1) last.to = c;
    else spans.push({ from: c, to: c });
  }
  return spans;
}

/** The description that marks the product's protection of the head's columns. */
export const APPROVAL_PROTECTION = 'Rencana Tindak: keputusan pimpinan';

/**
 * The head's columns (from row 3 down, open-ended) editable only by `approvers` (Google keeps the
 * spreadsheet's owner); the decision dropdown. Set again on
 * every write, so a changed delegate list takes effect and a removed protection comes back.
 * Returns who else Google still lets edit (the owner, or the user who made the protection).
 */
export function protectApprovalColumns(sheet: Sheet, layout: ApprovalLayout, approvers: readonly string[], fresh = false): DecisionEditors {
  const first = ACTION_PLAN_HEADER_ROWS + 1;
  // A sheet this run created has no protection of a range yet: nothing to look up.
  const existing = fresh ? [] : sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE);
  const find = (description: string) => existing.find((p) => p.getDescription() === description) ?? null;
  const headCols = HEAD_COLUMNS.map((k) => layout[k]);
  const a1 = (cols: number[]) => `${columnLetter(Math.min(...cols) + 1)}${first}:${columnLetter(Math.max(...cols) + 1)}`;
  let protection = find(APPROVAL_PROTECTION);
  // A protection just made: until its editors are changed they mirror the spreadsheet's, so this
  // account, which writes the sheet, may edit it (Range.protect); no need to ask canEdit.
  const made = !protection;
  if (!protection) {
    protection = sheet.getRange(a1(headCols)).protect().setDescription(APPROVAL_PROTECTION);
    sheet
      .getRange(a1([layout.decision]))
      .setDataValidation(
        SpreadsheetApp.newDataValidation()
          .requireValueInList(DECISIONS.slice(), true)
          .setAllowInvalid(false)
          .setHelpText('Disetujui atau Perlu Perbaikan (diisi Kepala Dinas atau delegasinya).')
          .build(),
      );
  }
  // Someone outside the approvers cannot change the list (nor, on Google, read it): left as it is.
  if (!made && !protection.canEdit()) return { others: [], locked: true };
  const want = new Set(approvers.map((e) => e.toLowerCase()));
  const editors = protection.getEditors().map((u) => u.getEmail().toLowerCase());
  const drop = editors.filter((e) => !want.has(e));
  const add = [...want].filter((e) => !editors.includes(e));
  if (add.length > 0) protection.addEditors(add);
  if (drop.length > 0) protection.removeEditors(drop);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
  if (drop.length === 0) return { others: [], locked: false };
  // Whom Google kept (the owner; the protection's creator too, on some accounts: Google does not
  // document which), said as who they are.
  const me = effectiveUserEmailOrBlank();
  const others = protection
    .getEditors()
    .map((u) => u.getEmail().toLowerCase())
    .filter((e) => !want.has(e))
    .map((email) => ({ email, creator: email === me }));
  return { others, locked: false };
}

/** Who else may still edit the head's columns, and whether this account could not set them at all. */
export interface DecisionEditors {
  /** Editors Google kept besides the approvers; `creator`: the account running this (which made the protection), else the owner. */
  others: { email: string; creator: boolean }[];
  /** This account may not change the protection (it is not among its editors): the approver list was left as it is. */
  locked: boolean;
}

function effectiveUserEmailOrBlank(): string {
  try {
    return effectiveUser().getEmail().toLowerCase();
  } catch {
    return '';
  }
}

// ---- Uji Kesiapan's scratch sheet ---------------------------------------------------------------

/** The name of the sheet Uji Kesiapan writes its probes into and deletes again. */
export const SCRATCH_SHEET = 'Uji Kesiapan (coba-coba)';

/** Runs `probe` on a fresh scratch sheet and deletes it again, also when a call fails; the active sheet is given back. */
function inScratchSheet<T>(probe: (sheet: Sheet) => T, ss: Spreadsheet): T {
  const leftover = ss.getSheetByName(SCRATCH_SHEET);
  if (leftover) ss.deleteSheet(leftover);
  const active = ss.getActiveSheet();
  const sheet = ss.insertSheet(SCRATCH_SHEET);
  try {
    return probe(sheet);
  } finally {
    ss.deleteSheet(sheet);
    if (active) ss.setActiveSheet(active);
  }
}

/**
 * Writes each value into its own row of a scratch sheet, with its number format ('@' plain
 * text, 'General'), reads back what Sheets kept (values and formulas) and deletes the sheet,
 * also when a call fails; the active sheet is given back. Six calls and the sheet's insert and
 * delete, whatever the number of values.
 */
export function probeCells(writes: readonly { format: string; value: string }[], ss: Spreadsheet = activeSpreadsheet()): { value: string; formula: string }[] {
  return inScratchSheet((sheet) => {
    const range = sheet.getRange(1, 1, writes.length, 1);
    range.setNumberFormats(writes.map((w) => [w.format]));
    range.setValues(writes.map((w) => [w.value]));
    SpreadsheetApp.flush();
    const values = range.getValues();
    const formulas = range.getFormulas();
    return writes.map((_, i) => ({ value: String(values[i][0] ?? ''), formula: String(formulas[i][0] ?? '') }));
  }, ss);
}

/**
 * What Sheet.getSheetValues(1, 1, -1, -1) gives (the call sheetValues makes for every sheet) on
 * a scratch sheet holding exactly `block` at A1: its size and whether `block` came back at its
 * top left with only blanks beyond it, or Google's refusal. The raw call, not sheetValues.
 */
export function probeWholeSheetRead(block: readonly (readonly string[])[], ss: Spreadsheet = activeSpreadsheet()): { rows: number; columns: number; blockAtTopLeft: boolean } | { refused: string } {
  return inScratchSheet((sheet) => {
    sheet.getRange(1, 1, block.length, block[0].length).setValues(block.map((r) => [...r]));
    SpreadsheetApp.flush();
    let got: unknown[][];
    try {
      got = sheet.getSheetValues(1, 1, -1, -1);
    } catch (e) {
      return { refused: errorMessage(e) };
    }
    const blockAtTopLeft = got.every((r, i) => r.every((v, j) => (i < block.length && j < block[i].length ? String(v) === block[i][j] : blank(v))));
    return { rows: got.length, columns: got[0]?.length ?? 0, blockAtTopLeft: blockAtTopLeft && got.length >= block.length && (got[0]?.length ?? 0) >= block[0].length };
  }, ss);
}

/**
 * Writes `Pemantauan Agen` whole (core/monitoring): values in one write, header rows and summary
 * lines styled in one call each, the band columns coloured as the survey's bands, the most
 * frequent band coloured by rule, and the chart of % achieved per agent.
 */
export function writeMonitoringSheet(sheet: Sheet, m: MonitoringSheet, bands: { label: string; colour: string }[]): void {
  layOutWhole(sheet, m.values, m.width);
  const weights: ('bold' | 'normal')[][] = [];
  const backgrounds: (string | null)[][] = [];
  const fonts: string[][] = [];
  const headers = new Set(m.headerRows);
  const summaries = new Set(m.summaryRows);
  m.values.forEach((_, i) => {
    const row = i + 1;
    const header = headers.has(row);
    weights.push(new Array<'bold' | 'normal'>(m.width).fill(header || summaries.has(row) || row === 1 ? 'bold' : 'normal'));
    backgrounds.push(new Array<string | null>(m.width).fill(header ? HEADER_BACKGROUND : summaries.has(row) ? ACTION_PLAN_TITLE_BACKGROUND : '#ffffff'));
    fonts.push(new Array<string>(m.width).fill(header ? HEADER_FONT : '#000000'));
  });
  if (m.survey) {
    bands.forEach((b, i) => (backgrounds[m.survey!.headerRow - 1][m.survey!.firstBandColumn - 1 + i] = b.colour));
    bands.forEach((_, i) => (fonts[m.survey!.headerRow - 1][m.survey!.firstBandColumn - 1 + i] = '#000000'));
  }
  const all = sheet.getRange(1, 1, m.values.length, m.width);
  all.setFontWeights(weights);
  all.setBackgrounds(backgrounds);
  all.setFontColors(fonts);
  if (m.survey && m.survey.rows > 0) {
    const col = columnLetter(m.survey.topColumn);
    setBandRules(sheet, `${col}${m.survey.headerRow + 1}:${col}${m.survey.headerRow + m.survey.rows}`, bands);
  } else sheet.setConditionalFormatRules([]);
  if (m.chart) {
    replaceChart(sheet, { ...m.chart, numColumns: 2, title: '% capaian rencana tindak per agen', colours: ['#1f4e79'], anchorRow: 4, anchorColumn: m.width + 2, width: 600, height: 320 });
  } else removeCharts(sheet);
}

// ---- the edit-time review of Rencana Tindak (simple onEdit trigger) ----------------------------

/**
 * The rows an edit touched on the sheet named `name` (row `headerRows` + 1 down), every column,
 * with the header row: 2 calls when the edit was on another sheet, 7 when on this one; null when
 * it was elsewhere or above the entries. Reads only the edited rows and the header.
 */
export function editedRows(range: GoogleAppsScript.Spreadsheet.Range, name: string, headerRows: number): { sheet: Sheet; header: unknown[]; from: number; rows: unknown[][] } | null {
  const sheet = range.getSheet();
  if (sheet.getName() !== name) return null;
  const first = range.getRow();
  const last = first + range.getNumRows() - 1;
  const from = Math.max(first, headerRows + 1);
  if (last < from) return null;
  const width = sheet.getLastColumn();
  if (width < 1) return null;
  const header = sheet.getRange(1, 1, 1, width).getValues()[0];
  const rows = sheet.getRange(from, 1, last - from + 1, width).getValues();
  return { sheet, header, from, rows };
}
