/**
 * The in-memory Range: values parsed as Sheets parses a script's writes (sheets/values.ts),
 * Google's errors for wrong-sized arrays, rejected data validation and protected cells, and the
 * formatting calls recorded for snapshots. Every public method counts as
 * "SpreadsheetApp.Range.<method>".
 *
 * Node-only (src/offline is never bundled).
 */


import { imitates } from '../kernel/fake';
import type { CellValue } from '../contracts';
import { checkCellLength, checkRect, checkShape, clearContent, clearFormat, defaultEditors, domainShared, guardProtected, mapCells, readDisplay, readValues, writeValues } from './cells';
import { enumArg, locA1, type SheetsCtx, type RangeLoc, SheetsObject } from './context';
import { type CellData, type ProtectionModel, SheetModel } from './model';
import { Protection } from './protection';
import { TextFinder } from './text-finder';
import { checkboxRule, DataValidation } from './validation';
import { a1, type GridRect, isDateValue as isDateCell } from './values';

type GRange = GoogleAppsScript.Spreadsheet.Range;

type FormatKey = 'format' | 'background' | 'fontWeight' | 'fontColor' | 'fontSize' | 'fontFamily' | 'wrap' | 'horizontalAlignment' | 'verticalAlignment' | 'note';

export interface Range extends GoogleAppsScript.Spreadsheet.Range {}
export class Range extends SheetsObject {
  constructor(ctx: SheetsCtx, readonly loc: RangeLoc) {
    super(ctx, 'Range');
  }

  private get rect(): GridRect {
    return this.loc.rect;
  }
  private eachCell(f: (cell: CellData, i: number, j: number) => void): void {
    const { sheet, rect } = this.loc;
    for (let i = 0; i < rect.numRows; i += 1) {
      for (let j = 0; j < rect.numColumns; j += 1) f(sheet.cell(rect.row + i, rect.column + j), i, j);
    }
  }
  /**
   * Each stored cell of the range, for clearing: a cell never written has no content, format,
   * note or validation to clear, so it is not created (eachCell would make an empty cell object
   * of every position, 26,000 for a 1000 × 26 sheet). The sheet grows as with eachCell.
   */
  private eachStoredCell(f: (cell: CellData) => void): void {
    const { sheet, rect } = this.loc;
    sheet.grow(rect.row + rect.numRows - 1, rect.column + rect.numColumns - 1);
    const lastRow = Math.min(rect.row + rect.numRows - 1, sheet.rows.length);
    for (let r = rect.row; r <= lastRow; r += 1) {
      const stored = sheet.rows[r - 1];
      if (!stored) continue;
      const lastColumn = Math.min(rect.column + rect.numColumns - 1, stored.length);
      for (let c = rect.column; c <= lastColumn; c += 1) {
        const cell = stored[c - 1];
        if (cell) f(cell);
      }
    }
  }
  private setAll<K extends FormatKey>(method: string, key: K, value: CellData[K] | null): this {
    this.count(method);
    guardProtected(this.ctx, this.loc);
    this.eachCell((cell) => {
      if (value === null || value === undefined) delete cell[key];
      else cell[key] = value;
    });
    return this;
  }
  private setGrid<K extends FormatKey>(method: string, key: K, data: unknown, convert: (v: unknown) => CellData[K] | null): this {
    this.count(method);
    const grid = checkShape(this.ctx, this.rect, data, method);
    guardProtected(this.ctx, this.loc);
    this.eachCell((cell, i, j) => {
      const v = convert(grid[i][j]);
      if (v === null || v === undefined || v === '') delete cell[key];
      else cell[key] = v;
    });
    return this;
  }
  private getGrid<T>(method: string, f: (c: CellData | undefined) => T): T[][] {
    this.count(method);
    return mapCells(this.loc, f);
  }
  private first<T>(grid: T[][]): T {
    return grid[0][0];
  }

  // ---- geometry ----
  getRow(): number {
    this.count('getRow');
    return this.rect.row;
  }
  getColumn(): number {
    this.count('getColumn');
    return this.rect.column;
  }
  getNumRows(): number {
    this.count('getNumRows');
    return this.rect.numRows;
  }
  getNumColumns(): number {
    this.count('getNumColumns');
    return this.rect.numColumns;
  }
  getHeight(): number {
    this.count('getHeight');
    return this.rect.numRows;
  }
  getWidth(): number {
    this.count('getWidth');
    return this.rect.numColumns;
  }
  getLastRow(): number {
    this.count('getLastRow');
    return this.rect.row + this.rect.numRows - 1;
  }
  getLastColumn(): number {
    this.count('getLastColumn');
    return this.rect.column + this.rect.numColumns - 1;
  }
  getA1Notation(): string {
    this.count('getA1Notation');
    return locA1(this.loc);
  }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    this.count('getSheet');
    return this.ctx.makeSheet(this.loc.ss, this.loc.sheet);
  }
  getGridId(): number {
    this.count('getGridId');
    return this.loc.sheet.id;
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GRange {
    this.count('offset');
    const rect = {
      row: this.rect.row + rowOffset,
      column: this.rect.column + columnOffset,
      numRows: numRows ?? this.rect.numRows,
      numColumns: numColumns ?? this.rect.numColumns,
    };
    checkRect(this.ctx, rect);
    return this.ctx.makeRange({ ...this.loc, rect });
  }
  getCell(row: number, column: number): GRange {
    this.count('getCell');
    if (row < 1 || column < 1 || row > this.rect.numRows || column > this.rect.numColumns) {
      throw this.ctx.kernel.makeError('The coordinates of the range are outside the dimensions of the range.');
    }
    return this.ctx.makeRange({ ...this.loc, rect: { row: this.rect.row + row - 1, column: this.rect.column + column - 1, numRows: 1, numColumns: 1 } });
  }
  activate(): this {
    this.count('activate');
    this.loc.ss.activeSheetId = this.loc.sheet.id;
    return this;
  }

  /** A TextFinder over this range (sheets/text-finder.ts). */
  createTextFinder(findText: string): GoogleAppsScript.Spreadsheet.TextFinder {
    this.count('createTextFinder');
    return TextFinder.create(this.ctx, { ss: this.loc.ss, blocks: [{ sheet: this.loc.sheet, rect: this.rect }] }, findText);
  }

  // ---- values ----
  getValues(): CellValue[][] {
    this.count('getValues');
    this.ctx.kernel.transfer('read', this.rect.numRows * this.rect.numColumns);
    return readValues(this.ctx, this.loc);
  }
  getValue(): CellValue {
    this.count('getValue');
    return this.first(readValues(this.ctx, { ...this.loc, rect: { ...this.rect, numRows: 1, numColumns: 1 } }));
  }
  setValues(values: unknown[][]): this {
    this.count('setValues');
    const data = checkShape(this.ctx, this.rect, values, 'setValues');
    guardProtected(this.ctx, this.loc);
    this.ctx.kernel.transfer('write', this.rect.numRows * this.rect.numColumns);
    writeValues(this.ctx, this.loc, data, { validate: true });
    return this;
  }
  setValue(value: unknown): this {
    this.count('setValue');
    checkCellLength(this.ctx, [[value]]);
    guardProtected(this.ctx, this.loc);
    const data = Array.from({ length: this.rect.numRows }, () => new Array<unknown>(this.rect.numColumns).fill(value));
    writeValues(this.ctx, this.loc, data, { validate: true });
    return this;
  }
  getDisplayValues(): string[][] {
    this.count('getDisplayValues');
    this.ctx.kernel.transfer('read', this.rect.numRows * this.rect.numColumns);
    return readDisplay(this.loc);
  }
  getDisplayValue(): string {
    this.count('getDisplayValue');
    return this.first(readDisplay({ ...this.loc, rect: { ...this.rect, numRows: 1, numColumns: 1 } }));
  }
  getFormulas(): string[][] {
    return this.getGrid('getFormulas', (c) => c?.formula ?? '');
  }
  getFormula(): string {
    this.count('getFormula');
    return this.loc.sheet.get(this.rect.row, this.rect.column)?.formula ?? '';
  }
  setFormulas(formulas: string[][]): this {
    this.count('setFormulas');
    const data = checkShape(this.ctx, this.rect, formulas, 'setFormulas');
    guardProtected(this.ctx, this.loc);
    // A formula must start with "="; anything else is written as a value (as Sheets does).
    writeValues(this.ctx, this.loc, data.map((r) => r.map((f) => (f === null || f === undefined ? '' : f))), { validate: false });
    return this;
  }
  setFormula(formula: string): this {
    this.count('setFormula');
    guardProtected(this.ctx, this.loc);
    const data = Array.from({ length: this.rect.numRows }, () => new Array<unknown>(this.rect.numColumns).fill(formula));
    writeValues(this.ctx, this.loc, data, { validate: false });
    return this;
  }
  isBlank(): boolean {
    this.count('isBlank');
    return mapCells(this.loc, (c) => !SheetModel.hasContent(c)).every((r) => r.every(Boolean));
  }

  // ---- formats ----
  getNumberFormats(): string[][] {
    return this.getGrid('getNumberFormats', (c) => c?.format ?? 'General');
  }
  getNumberFormat(): string {
    this.count('getNumberFormat');
    return this.loc.sheet.get(this.rect.row, this.rect.column)?.format ?? 'General';
  }
  setNumberFormat(format: string): this {
    return this.setAll('setNumberFormat', 'format', format);
  }
  setNumberFormats(formats: string[][]): this {
    return this.setGrid('setNumberFormats', 'format', formats, (v) => (v == null ? null : String(v)));
  }
  getBackgrounds(): string[][] {
    return this.getGrid('getBackgrounds', (c) => c?.background ?? '#ffffff');
  }
  getBackground(): string {
    this.count('getBackground');
    return this.loc.sheet.get(this.rect.row, this.rect.column)?.background ?? '#ffffff';
  }
  setBackground(color: string | null): this {
    return this.setAll('setBackground', 'background', color);
  }
  setBackgrounds(colors: (string | null)[][]): this {
    return this.setGrid('setBackgrounds', 'background', colors, (v) => (v == null ? null : String(v)));
  }
  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.getGrid('getFontWeights', (c) => (c?.fontWeight ?? 'normal') as GoogleAppsScript.Spreadsheet.FontWeight);
  }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    this.count('getFontWeight');
    return (this.loc.sheet.get(this.rect.row, this.rect.column)?.fontWeight ?? 'normal') as GoogleAppsScript.Spreadsheet.FontWeight;
  }
  setFontWeight(weight: string | null): this {
    return this.setAll('setFontWeight', 'fontWeight', weight);
  }
  setFontWeights(weights: (string | null)[][]): this {
    return this.setGrid('setFontWeights', 'fontWeight', weights, (v) => (v == null ? null : String(v)));
  }
  getFontColor(): string {
    this.count('getFontColor');
    return this.loc.sheet.get(this.rect.row, this.rect.column)?.fontColor ?? '#000000';
  }
  setFontColor(color: string | null): this {
    return this.setAll('setFontColor', 'fontColor', color);
  }
  setFontColors(colors: (string | null)[][]): this {
    return this.setGrid('setFontColors', 'fontColor', colors, (v) => (v == null ? null : String(v)));
  }
  setFontSize(size: number): this {
    return this.setAll('setFontSize', 'fontSize', size);
  }
  setFontFamily(family: string | null): this {
    return this.setAll('setFontFamily', 'fontFamily', family);
  }
  getFontFamily(): string {
    this.count('getFontFamily');
    return this.loc.sheet.get(this.rect.row, this.rect.column)?.fontFamily ?? 'Arial';
  }
  setWrap(wrap: boolean): this {
    return this.setAll('setWrap', 'wrap', wrap ? 'WRAP' : 'OVERFLOW');
  }
  setWraps(wraps: boolean[][]): this {
    return this.setGrid('setWraps', 'wrap', wraps, (v) => (v === true ? 'WRAP' : v === false ? 'OVERFLOW' : null));
  }
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): this {
    return this.setAll('setWrapStrategy', 'wrap', enumArg(this.ctx, 'Spreadsheet.WrapStrategy', strategy, 'strategy'));
  }
  getWrap(): boolean {
    this.count('getWrap');
    return this.loc.sheet.get(this.rect.row, this.rect.column)?.wrap === 'WRAP';
  }
  setHorizontalAlignment(alignment: string | null): this {
    return this.setAll('setHorizontalAlignment', 'horizontalAlignment', alignment);
  }
  setVerticalAlignment(alignment: string | null): this {
    return this.setAll('setVerticalAlignment', 'verticalAlignment', alignment);
  }
  setBorder(..._args: unknown[]): this {
    this.count('setBorder');
    return this;
  }
  merge(): this {
    this.count('merge');
    const mine = locA1(this.loc);
    if (!this.loc.sheet.merges.includes(mine)) this.loc.sheet.merges.push(mine);
    return this;
  }
  mergeAcross(): this {
    this.count('mergeAcross');
    for (let i = 0; i < this.rect.numRows; i += 1) {
      const row = a1(this.rect.row + i, this.rect.column, 1, this.rect.numColumns);
      if (!this.loc.sheet.merges.includes(row)) this.loc.sheet.merges.push(row);
    }
    return this;
  }
  breakApart(): this {
    this.count('breakApart');
    const mine = locA1(this.loc);
    this.loc.sheet.merges = this.loc.sheet.merges.filter((m) => m !== mine);
    return this;
  }

  // ---- sorting ----
  /**
   * Range.sort(sortSpecObj): a column number (ascending), {column, ascending}, or an array of
   * them, columns counted from the sheet's column A and inside the range. Whole cells move with
   * their row (values, formulas, formats, notes, data validation), as sorting does in Sheets.
   * Empty cells go last in either order; numbers before text; text compares case-insensitively.
   */
  sort(spec: unknown): this {
    this.count('sort');
    const list = (Array.isArray(spec) ? spec : [spec]).map((x) =>
      typeof x === 'number' ? { column: x, ascending: true } : { column: Number((x as { column?: unknown })?.column), ascending: (x as { ascending?: unknown })?.ascending !== false },
    );
    const { row, column, numRows, numColumns } = this.rect;
    for (const k of list) {
      if (!Number.isInteger(k.column) || k.column < column || k.column >= column + numColumns) {
        throw new Error(`The coordinates or dimensions of the range are invalid.`);
      }
    }
    guardProtected(this.ctx, this.loc);
    const { sheet } = this.loc;
    const rows = Array.from({ length: numRows }, (_, i) => Array.from({ length: numColumns }, (_, j) => sheet.get(row + i, column + j)));
    const rank = (v: unknown): number => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : typeof v === 'boolean' ? 2 : 0);
    const order = rows.map((cells, i) => ({ cells, i }));
    order.sort((a, b) => {
      for (const k of list) {
        const va = a.cells[k.column - column]?.value ?? '';
        const vb = b.cells[k.column - column]?.value ?? '';
        if (va === '' || vb === '') {
          if (va === vb) continue;
          return va === '' ? 1 : -1;
        }
        const key = (v: unknown) => (isDateCell(v) ? v.getTime() : v);
        const x = key(va);
        const y = key(vb);
        let d = rank(x) - rank(y);
        if (d === 0) d = typeof x === 'string' ? x.localeCompare(String(y), 'id', { sensitivity: 'base' }) : Number(x) - Number(y);
        if (d !== 0) return k.ascending ? d : -d;
      }
      return a.i - b.i;
    });
    order.forEach(({ cells }, i) => {
      const target = sheet.rows[row + i - 1] ?? (sheet.rows[row + i - 1] = []);
      cells.forEach((cell, j) => {
        target[column + j - 1] = cell;
      });
    });
    return this;
  }

  // ---- notes ----
  getNote(): string {
    this.count('getNote');
    return this.loc.sheet.get(this.rect.row, this.rect.column)?.note ?? '';
  }
  getNotes(): string[][] {
    return this.getGrid('getNotes', (c) => c?.note ?? '');
  }
  setNote(note: string | null): this {
    return this.setAll('setNote', 'note', note === '' ? null : note);
  }
  setNotes(notes: (string | null)[][]): this {
    return this.setGrid('setNotes', 'note', notes, (v) => (v == null ? null : String(v)));
  }
  clearNote(): this {
    return this.setAll('clearNote', 'note', null);
  }

  // ---- data validation ----
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): this {
    this.count('setDataValidation');
    if (rule !== null && !(rule instanceof DataValidation)) throw this.ctx.kernel.makeError('Invalid argument: rule');
    this.eachCell((cell) => {
      if (rule) cell.validation = rule;
      else delete cell.validation;
    });
    return this;
  }
  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]): this {
    this.count('setDataValidations');
    const grid = checkShape(this.ctx, this.rect, rules, 'setDataValidations');
    this.eachCell((cell, i, j) => {
      const rule = grid[i][j];
      if (rule instanceof DataValidation) cell.validation = rule;
      else delete cell.validation;
    });
    return this;
  }
  getDataValidation(): DataValidation | null {
    this.count('getDataValidation');
    return (this.loc.sheet.get(this.rect.row, this.rect.column)?.validation as DataValidation | undefined) ?? null;
  }
  getDataValidations(): (DataValidation | null)[][] {
    return this.getGrid('getDataValidations', (c) => (c?.validation as DataValidation | undefined) ?? null);
  }
  clearDataValidations(): this {
    this.count('clearDataValidations');
    this.eachCell((cell) => delete cell.validation);
    return this;
  }

  // ---- checkboxes ----
  insertCheckboxes(checked?: unknown, unchecked?: unknown): this {
    this.count('insertCheckboxes');
    guardProtected(this.ctx, this.loc);
    const rule = checkboxRule(this.ctx, checked, unchecked);
    const off = checked === undefined ? false : ((unchecked ?? '') as CellValue);
    this.eachCell((cell) => {
      cell.validation = rule;
      if (cell.value === '' && !cell.formula) cell.value = off;
    });
    return this;
  }
  removeCheckboxes(): this {
    this.count('removeCheckboxes');
    this.eachCell((cell) => {
      if (cell.validation?.criteria !== 'CHECKBOX') return;
      delete cell.validation;
      cell.value = '';
    });
    return this;
  }
  private setChecked(method: string, on: boolean): this {
    this.count(method);
    guardProtected(this.ctx, this.loc);
    this.eachCell((cell) => {
      const rule = cell.validation;
      if (rule?.criteria !== 'CHECKBOX') return;
      cell.value = rule.values.length === 0 ? on : ((on ? rule.values[0] : rule.values[1] ?? '') as CellValue);
      cell.formula = '';
    });
    return this;
  }
  check(): this {
    return this.setChecked('check', true);
  }
  uncheck(): this {
    return this.setChecked('uncheck', false);
  }
  isChecked(): boolean | null {
    this.count('isChecked');
    const states = mapCells(this.loc, (c) => {
      const rule = c?.validation;
      if (rule?.criteria !== 'CHECKBOX') return null;
      return rule.values.length === 0 ? c?.value === true : c?.value === rule.values[0];
    }).flat();
    if (states.some((s) => s === null)) return null;
    return states.every((s) => s === true) ? true : states.every((s) => s === false) ? false : null;
  }

  // ---- clearing ----
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; commentsOnly?: boolean }): this {
    this.count('clear');
    guardProtected(this.ctx, this.loc);
    const o = options ?? {};
    const any = o.contentsOnly || o.formatOnly || o.validationsOnly || o.commentsOnly;
    this.eachStoredCell((cell) => {
      if (!any || o.contentsOnly) clearContent(cell);
      if (!any || o.formatOnly) clearFormat(cell);
      if (o.validationsOnly) delete cell.validation;
      if (o.commentsOnly) delete cell.note;
    });
    return this;
  }
  clearContent(): this {
    this.count('clearContent');
    guardProtected(this.ctx, this.loc);
    this.eachStoredCell(clearContent);
    return this;
  }
  clearFormat(): this {
    this.count('clearFormat');
    guardProtected(this.ctx, this.loc);
    this.eachStoredCell(clearFormat);
    return this;
  }

  // ---- protection ----
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.count('protect');
    const model: ProtectionModel = {
      range: locA1(this.loc),
      description: '',
      warningOnly: false,
      editors: defaultEditors(this.ctx, this.loc),
      creator: this.ctx.currentUser(),
      unprotected: [],
      removed: false,
      domainEdit: domainShared(this.ctx, this.loc),
    };
    this.loc.sheet.protections.push(model);
    return new Protection(this.ctx, model, this.loc);
  }
}
imitates(Range, 'Spreadsheet.Range');
