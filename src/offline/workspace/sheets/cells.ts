/**
 * Reading and writing blocks of cells of the in-memory Sheets, uncounted: Google's checks on
 * ranges and arrays (with its messages), protection and data-validation enforcement, and the
 * all-or-nothing write of parsed values that setValues, appendRow and the back doors share.
 *
 * Node-only (src/offline is never bundled).
 */

import type { CellValue } from '../contracts';
import type { RangeLoc, SheetsCtx } from './context';
import type { CellData, ProtectionModel } from './model';
import { PROTECTED_EDIT_ERROR, protectionAllows, workspaceDomainOf } from './protection';
import { validationAccepts } from './validation';
import { a1, displayValue, type GridRect, isDateValue, parseA1, parseInput } from './values';

/** Google's checks on getRange(row, column, numRows, numColumns) and offset(). */
export function checkRect(ctx: SheetsCtx, rect: GridRect): void {
  const fail = (m: string) => {
    throw ctx.kernel.makeError(m);
  };
  if (!(rect.row >= 1)) fail('The starting row of the range is too small.');
  if (!(rect.column >= 1)) fail('The starting column of the range is too small.');
  if (!(rect.numRows >= 1)) fail('The number of rows in the range must be at least 1.');
  if (!(rect.numColumns >= 1)) fail('The number of columns in the range must be at least 1.');
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return `${v.length > 0 && Array.isArray(v[0]) ? 'Object[][]' : 'Object[]'}`;
  return v === null ? 'null' : typeof v === 'object' ? 'Object' : typeof v;
}

/** Checks a 2-D array against the range's size with Google's messages. */
export function checkShape(ctx: SheetsCtx, rect: GridRect, data: unknown, method: string): unknown[][] {
  if (!Array.isArray(data) || data.some((r) => !Array.isArray(r))) {
    throw ctx.kernel.makeError(`The parameters (${describe(data)}) don't match the method signature for SpreadsheetApp.Range.${method}.`);
  }
  if (data.length !== rect.numRows) {
    throw ctx.kernel.makeError(
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${rect.numRows}.`,
    );
  }
  for (const row of data as unknown[][]) {
    if (row.length !== rect.numColumns) {
      throw ctx.kernel.makeError(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${rect.numColumns}.`,
      );
    }
  }
  checkCellLength(ctx, data as unknown[][]);
  return data as unknown[][];
}

/** Google's limit on the text of one cell. */
export const MAX_CELL_CHARS = 50000;

/** Sheets refuses a write whose text in any cell is longer than 50,000 characters (Google's wording). */
export function checkCellLength(ctx: SheetsCtx, data: readonly (readonly unknown[])[]): void {
  for (const row of data) {
    for (const v of row) {
      if (typeof v === 'string' && v.length > MAX_CELL_CHARS) {
        throw ctx.kernel.makeError(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
      }
    }
  }
}

function intersects(a: GridRect, b: GridRect): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.column < b.column + b.numColumns && b.column < a.column + a.numColumns;
}

function contains(outer: GridRect, inner: GridRect): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.column + inner.numColumns <= outer.column + outer.numColumns
  );
}

/** Throws Google's error when the running user may not edit a cell of `loc` (warning-only protections never block). */
export function guardProtected(ctx: SheetsCtx, loc: RangeLoc, as?: string): void {
  const user = as ?? ctx.currentUser();
  const owner = ctx.ownerOf(loc.ss);
  const { sheet, rect } = loc;
  const rectOf = (text: string) => parseA1(text, sheet.maxRows, sheet.maxColumns)?.rect;
  const blocks = (p: ProtectionModel) => {
    if (p.removed || protectionAllows(p, user, owner)) return false;
    if (p.range !== '') {
      const r = rectOf(p.range);
      return !!r && intersects(r, rect);
    }
    const free = p.unprotected.map(rectOf).filter((r): r is GridRect => !!r);
    return !free.some((r) => contains(r, rect));
  };
  if (sheet.protections.some(blocks)) throw ctx.kernel.makeError(PROTECTED_EDIT_ERROR);
}

export interface WriteOptions {
  /** Reject values that a reject-input validation rule does not accept (script writes). */
  validate: boolean;
}

/**
 * Writes a block of raw values (already shape-checked) as Sheets would store them: all or
 * nothing, a rejected value leaves every cell as it was.
 */
export function writeValues(ctx: SheetsCtx, loc: RangeLoc, data: unknown[][], options: WriteOptions): void {
  const { sheet, rect } = loc;
  const parsed = data.map((row, i) =>
    row.map((raw, j) => parseInput(raw, sheet.get(rect.row + i, rect.column + j)?.format ?? '', ctx.kernel.makeDate, ctx.textCells)),
  );
  if (options.validate) {
    parsed.forEach((row, i) =>
      row.forEach((p, j) => {
        const rule = sheet.get(rect.row + i, rect.column + j)?.validation;
        if (!rule || rule.allowInvalid || p.formula) return;
        if (!validationAccepts(ctx, rule, p.value)) {
          throw ctx.kernel.makeError(`The data you entered in cell ${a1(rect.row + i, rect.column + j)} violates the data validation rules set on this cell.`);
        }
      }),
    );
  }
  parsed.forEach((row, i) =>
    row.forEach((p, j) => {
      const cell = sheet.cell(rect.row + i, rect.column + j);
      cell.value = p.value;
      cell.formula = p.formula;
      if (p.impliedFormat && !cell.format) cell.format = p.impliedFormat;
    }),
  );
}

/** Stored values of a block, Dates rebuilt in the bundle's realm; formulas read as ''. */
export function readValues(ctx: SheetsCtx, loc: RangeLoc): CellValue[][] {
  const { sheet, rect } = loc;
  const out: CellValue[][] = [];
  for (let i = 0; i < rect.numRows; i += 1) {
    const row: CellValue[] = [];
    for (let j = 0; j < rect.numColumns; j += 1) {
      const v = sheet.get(rect.row + i, rect.column + j)?.value ?? '';
      row.push(isDateValue(v) ? ctx.kernel.makeDate(v.getTime()) : v);
    }
    out.push(row);
  }
  return out;
}

export function readDisplay(loc: RangeLoc): string[][] {
  return mapCells(loc, (c) => (c ? displayValue(c.value, c.format ?? '') : ''));
}

export function mapCells<T>(loc: RangeLoc, f: (c: CellData | undefined, row: number, column: number) => T): T[][] {
  const { sheet, rect } = loc;
  const out: T[][] = [];
  for (let i = 0; i < rect.numRows; i += 1) {
    const row: T[] = [];
    for (let j = 0; j < rect.numColumns; j += 1) row.push(f(sheet.get(rect.row + i, rect.column + j), rect.row + i, rect.column + j));
    out.push(row);
  }
  return out;
}

/** A new protection's editors: the spreadsheet's owner and the user who made it. */
/** A new protection mirrors the spreadsheet: domain edit when it is shared with the owner's Workspace domain. */
export function domainShared(ctx: SheetsCtx, loc: RangeLoc): boolean {
  return loc.ss.sharedWithDomain && workspaceDomainOf(ctx.ownerOf(loc.ss)) !== null;
}

export function defaultEditors(ctx: SheetsCtx, loc: RangeLoc): string[] {
  const owner = ctx.ownerOf(loc.ss);
  const me = ctx.currentUser();
  return owner === me ? [owner] : [owner, me];
}

export function clearContent(cell: CellData): void {
  cell.value = '';
  cell.formula = '';
}

export function clearFormat(cell: CellData): void {
  delete cell.format;
  delete cell.background;
  delete cell.fontWeight;
  delete cell.fontColor;
  delete cell.fontSize;
  delete cell.fontFamily;
  delete cell.wrap;
  delete cell.horizontalAlignment;
  delete cell.verticalAlignment;
}
