/**
 * Google calls of the nomination (and survey) use cases that gas/sheets, gas/forms and
 * gas/properties do not already offer: all document properties in one read, the layout of `Rekap Penjaringan` and the
 * dropdowns of `Koreksi Nama`, and the Form edits of "Perbarui Pilihan Nama di Formulir". Thin:
 * plain data in, plain data out, a constant number of calls each.
 */
import { rectangular, type Cell } from '../core/cells';
import { HEADER_BACKGROUND, HEADER_FONT } from './sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Form = GoogleAppsScript.Forms.Form;

function props(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

/** Every document property in one call. */
export function allDocumentProperties(): Record<string, string> {
  return props().getProperties();
}

export function setDocumentProperty(key: string, value: string): void {
  props().setProperty(key, value);
}

export function deleteDocumentProperties(keys: readonly string[]): void {
  if (keys.length === 0) return;
  const store = props();
  for (const k of keys) store.deleteProperty(k);
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

export function setWidths(sheet: Sheet, fromColumn: number, widths: readonly number[]): void {
  widths.forEach((w, i) => sheet.setColumnWidth(fromColumn + i, w));
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

// ---- the Form ------------------------------------------------------------------------------------

export type ChoiceKind = 'LIST' | 'CHECKBOX' | 'MULTIPLE_CHOICE';

/** Replaces the choices of a choice question (found by its item id). */
export function setChoices(form: Form, itemId: number, kind: ChoiceKind, labels: string[]): void {
  const item = form.getItemById(itemId);
  if (!item) throw new Error(`No item with the given ID could be found: ${itemId}`);
  if (kind === 'LIST') item.asListItem().setChoiceValues(labels);
  else if (kind === 'CHECKBOX') item.asCheckboxItem().setChoiceValues(labels);
  else item.asMultipleChoiceItem().setChoiceValues(labels);
}

/**
 * Adds a dropdown question right after a free-text one and leaves the old question in place (its
 * answers stay in the Form); the old one becomes optional and says where to answer now.
 */
export function addListAfter(form: Form, textItemId: number, title: string, labels: string[], oldHelp: string): number {
  const old = form.getItemById(textItemId);
  if (!old) throw new Error(`No item with the given ID could be found: ${textItemId}`);
  const index = old.getIndex();
  const list = form.addListItem().setTitle(title).setChoiceValues(labels);
  form.moveItem(list.getIndex(), index + 1);
  const text = old.asTextItem();
  text.setRequired(false);
  text.setHelpText(oldHelp);
  return list.getId();
}

// ---- sheets --------------------------------------------------------------------------------------

/** The tab named `name`, or null. */
export function sheetByName(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): Sheet | null {
  return ss.getSheetByName(name);
}

/**
 * Every value of a sheet in one call (getSheetValues with -1 = up to the last row/column with
 * data); an empty sheet gives [].
 */
export function sheetValues(sheet: Sheet): unknown[][] {
  try {
    return sheet.getSheetValues(1, 1, -1, -1);
  } catch (e) {
    // Google refuses a zero-row range when the sheet is empty; any other failure must stop the
    // run (reading a ledger as empty would rewrite it without its ballots).
    if (sheet.getLastRow() === 0) return [];
    throw e;
  }
}

/**
 * Writes `rows` (made `width` wide) from row 1 over a block known to be `oldRows` × `oldColumns`
 * (what this product wrote last), clearing what the old block leaves below and to the right: one
 * write, a clear only when the block shrank, and no call to learn the sheet's size.
 */
export function replaceKnownBlock(sheet: Sheet, rows: Cell[][], width: number, oldRows: number, oldColumns: number): void {
  if (rows.length > 0) sheet.getRange(1, 1, rows.length, width).setValues(rectangular(rows, width));
  if (oldRows > rows.length) sheet.getRange(rows.length + 1, 1, oldRows - rows.length, Math.max(oldColumns, width)).clearContent();
  if (oldColumns > width && rows.length > 0) sheet.getRange(1, width + 1, rows.length, oldColumns - width).clearContent();
}

/** Clears the contents of `numRows` rows from `row` on, `width` columns wide. */
export function clearRows(sheet: Sheet, row: number, numRows: number, width: number): void {
  if (numRows <= 0) return;
  sheet.getRange(row, 1, numRows, width).clearContent();
}

/** The tab of this spreadsheet that the Form `formId` feeds (Sheet.getFormUrl), or null. */
export function responseTabOf(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, formId: string): Sheet | null {
  for (const sheet of ss.getSheets()) {
    const url = sheet.getFormUrl();
    if (url && url.indexOf(`/d/${formId}/`) >= 0) return sheet;
  }
  return null;
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

/** The bound spreadsheet's file id. */
export function thisSpreadsheetId(): string {
  return SpreadsheetApp.getActive().getId();
}
