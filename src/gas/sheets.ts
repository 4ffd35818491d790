/**
 * The only place that touches SpreadsheetApp. Thin and batched: read a block, return plain rows;
 * take plain rows, write one block. Callers never loop over rows with service calls.
 */
import { rectangular, type Cell } from '../core/cells';
import { type SheetSpec } from '../core/schema';
import { ownedSheetIds, rememberOwnedSheet } from './properties';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const HEADER_BACKGROUND = '#1f4e79';
export const HEADER_FONT = '#ffffff';

export function activeSpreadsheet(): Spreadsheet {
  return SpreadsheetApp.getActive();
}

export function sheetNamed(name: string, ss: Spreadsheet = activeSpreadsheet()): Sheet | null {
  return ss.getSheetByName(name);
}

/** All values of a sheet (getDataRange), or null when the sheet does not exist. */
export function readSheet(name: string, ss: Spreadsheet = activeSpreadsheet()): unknown[][] | null {
  const sheet = ss.getSheetByName(name);
  if (!sheet) return null;
  return readAll(sheet);
}

export function readAll(sheet: Sheet): unknown[][] {
  return sheet.getDataRange().getValues();
}

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
  (spec.columnWidths ?? []).forEach((w, i) => sheet.setColumnWidth(i + 1, w));
  protectByOwnership(sheet, spec);
  if (fill) fill(sheet);
  if (spec.hidden) sheet.hideSheet();
  rememberOwnedSheet(sheet.getSheetId());
  sheet.setName(spec.name);
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
    const me = Session.getEffectiveUser();
    protection.addEditor(me);
    protection.removeEditors(protection.getEditors().filter((u) => u.getEmail() !== me.getEmail()));
  }
}

/** The product's sheet of that spec, created when missing (e.g. deleted by hand). */
export function ensureProductSheet(spec: SheetSpec, ss: Spreadsheet = activeSpreadsheet()): { sheet: Sheet; created: boolean } {
  const existing = ss.getSheetByName(spec.name);
  if (existing) return { sheet: existing, created: false };
  return { sheet: createProductSheet(spec, ss), created: true };
}

/** True when the product created this sheet (it may then rewrite it). */
export function isOwnedByProduct(sheet: Sheet): boolean {
  return ownedSheetIds().includes(sheet.getSheetId());
}

export function toast(message: string, title = 'Agen Perubahan', seconds = 5): void {
  activeSpreadsheet().toast(message, title, seconds);
}
