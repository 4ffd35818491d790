/**
 * The in-memory Sheet. Every public method counts as "SpreadsheetApp.Sheet.<method>".
 *
 * Node-only (src/offline is never bundled).
 */

import { enumValue, imitates } from '../kernel/fake';
import { ConditionalFormatRule, EmbeddedChart, EmbeddedChartBuilder } from './builders';
import { checkRect, clearContent, clearFormat, defaultEditors, domainShared, guardProtected, writeValues } from './cells';
import { enumArg, type RangeLoc, type SheetsCtx, SheetsObject } from './context';
import type { ProtectionModel, SheetModel, SpreadsheetModel } from './model';
import { addMetadata, DeveloperMetadataFinder, metadataOf } from './metadata';
import { Protection } from './protection';
import { TextFinder } from './text-finder';
import { type GridRect, isDateValue, parseA1 } from './values';

type GRange = GoogleAppsScript.Spreadsheet.Range;

export function duplicateSheetError(name: string): string {
  return `A sheet with the name "${name}" already exists. Please enter another name.`;
}

function wholeSheet(sheet: SheetModel): GridRect {
  return { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns };
}

export interface Sheet extends GoogleAppsScript.Spreadsheet.Sheet {}
export class Sheet extends SheetsObject {
  constructor(ctx: SheetsCtx, readonly ss: SpreadsheetModel, readonly model: SheetModel) {
    super(ctx, 'Sheet');
  }

  private range(rect: GridRect): GRange {
    return this.ctx.makeRange({ ss: this.ss, sheet: this.model, rect });
  }
  private loc(rect: GridRect): RangeLoc {
    return { ss: this.ss, sheet: this.model, rect };
  }
  private fail(message: string): never {
    throw this.ctx.kernel.makeError(message);
  }

  getName(): string {
    this.count('getName');
    return this.model.name;
  }
  setName(name: string): this {
    this.count('setName');
    const other = this.ss.byName(name);
    if (other && other !== this.model) this.fail(duplicateSheetError(name));
    if (String(name).trim() === '') this.fail('Invalid argument: name');
    this.model.name = String(name);
    return this;
  }
  getSheetId(): number {
    this.count('getSheetId');
    return this.model.id;
  }
  getIndex(): number {
    this.count('getIndex');
    return this.ss.sheets.indexOf(this.model) + 1;
  }
  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    this.count('getParent');
    return this.ctx.makeSpreadsheet(this.ss);
  }
  getType(): GoogleAppsScript.Spreadsheet.SheetType {
    this.count('getType');
    return enumValue('Spreadsheet.SheetType', 'GRID');
  }

  // ---- ranges ----
  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): GRange {
    this.count('getRange');
    if (typeof rowOrA1 === 'string') {
      const parsed = parseA1(rowOrA1, this.model.maxRows, this.model.maxColumns);
      if (!parsed) this.fail('Range not found');
      return this.range(parsed.rect);
    }
    const rect = { row: rowOrA1, column: column ?? NaN, numRows: numRows ?? 1, numColumns: numColumns ?? 1 };
    checkRect(this.ctx, rect);
    return this.range(rect);
  }
  getDataRange(): GRange {
    this.count('getDataRange');
    return this.range({ row: 1, column: 1, numRows: Math.max(1, this.model.lastRow()), numColumns: Math.max(1, this.model.lastColumn()) });
  }
  getSheetValues(row: number, column: number, numRows: number, numColumns: number): unknown[][] {
    this.count('getSheetValues');
    const mode = this.ctx.sheetValuesMinusOne;
    const upTo = (n: number, last: number, max: number, start: number) => (n !== -1 || mode === 'throws' ? n : (mode === 'grid' ? max : last) - start + 1);
    const rect = {
      row,
      column,
      numRows: upTo(numRows, this.model.lastRow(), this.model.maxRows, row),
      numColumns: upTo(numColumns, this.model.lastColumn(), this.model.maxColumns, column),
    };
    checkRect(this.ctx, rect);
    this.ctx.kernel.transfer('read', rect.numRows * rect.numColumns);
    return this.ctx.valuesAt(this.loc(rect));
  }
  getLastRow(): number {
    this.count('getLastRow');
    return this.model.lastRow();
  }
  getLastColumn(): number {
    this.count('getLastColumn');
    return this.model.lastColumn();
  }
  getMaxRows(): number {
    this.count('getMaxRows');
    return this.model.maxRows;
  }
  getMaxColumns(): number {
    this.count('getMaxColumns');
    return this.model.maxColumns;
  }

  // ---- rows and columns ----
  private checkPosition(position: number, max: number, what: 'rows' | 'columns'): void {
    if (!(position >= 1) || position > max) this.fail(`Those ${what} are out of bounds.`);
  }
  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.count('insertRowsAfter');
    this.checkPosition(afterPosition, this.model.maxRows, 'rows');
    this.model.insertRows(afterPosition, howMany);
    return this;
  }
  insertRowAfter(afterPosition: number): this {
    this.count('insertRowAfter');
    this.checkPosition(afterPosition, this.model.maxRows, 'rows');
    this.model.insertRows(afterPosition, 1);
    return this;
  }
  insertRowsBefore(beforePosition: number, howMany: number): this {
    this.count('insertRowsBefore');
    this.checkPosition(beforePosition, this.model.maxRows, 'rows');
    this.model.insertRows(beforePosition - 1, howMany);
    return this;
  }
  insertRowBefore(beforePosition: number): this {
    this.count('insertRowBefore');
    this.checkPosition(beforePosition, this.model.maxRows, 'rows');
    this.model.insertRows(beforePosition - 1, 1);
    return this;
  }
  private removeRows(start: number, count: number): void {
    if (!(start >= 1) || !(count >= 1) || start + count - 1 > this.model.maxRows) this.fail('Those rows are out of bounds.');
    if (count >= this.model.maxRows) this.fail("You can't delete all the rows on the sheet.");
    guardProtected(this.ctx, this.loc({ row: start, column: 1, numRows: count, numColumns: this.model.maxColumns }));
    this.model.deleteRows(start, count);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.count('deleteRows');
    this.removeRows(rowPosition, howMany);
  }
  deleteRow(rowPosition: number): this {
    this.count('deleteRow');
    this.removeRows(rowPosition, 1);
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.count('insertColumnsAfter');
    this.checkPosition(afterPosition, this.model.maxColumns, 'columns');
    this.model.insertColumns(afterPosition, howMany);
    return this;
  }
  insertColumnAfter(afterPosition: number): this {
    this.count('insertColumnAfter');
    this.checkPosition(afterPosition, this.model.maxColumns, 'columns');
    this.model.insertColumns(afterPosition, 1);
    return this;
  }
  private removeColumns(start: number, count: number): void {
    if (!(start >= 1) || !(count >= 1) || start + count - 1 > this.model.maxColumns) this.fail('Those columns are out of bounds.');
    if (count >= this.model.maxColumns) this.fail("You can't delete all the columns on the sheet.");
    this.model.deleteColumns(start, count);
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.count('deleteColumns');
    this.removeColumns(columnPosition, howMany);
  }
  deleteColumn(columnPosition: number): this {
    this.count('deleteColumn');
    this.removeColumns(columnPosition, 1);
    return this;
  }
  appendRow(rowContents: unknown[]): this {
    this.count('appendRow');
    if (!Array.isArray(rowContents)) this.fail("The parameters (Object) don't match the method signature for SpreadsheetApp.Sheet.appendRow.");
    if (rowContents.length === 0) return this;
    const loc = this.loc({ row: this.model.lastRow() + 1, column: 1, numRows: 1, numColumns: rowContents.length });
    guardProtected(this.ctx, loc);
    this.ctx.kernel.transfer('write', rowContents.length);
    writeValues(this.ctx, loc, [rowContents], { validate: true });
    return this;
  }

  // ---- clearing ----
  private eachCell(f: (cell: NonNullable<ReturnType<SheetModel['get']>>) => void): void {
    for (const row of this.model.rows) row?.forEach((cell) => cell && f(cell));
  }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    this.count('clear');
    guardProtected(this.ctx, this.loc(wholeSheet(this.model)));
    const contents = !options || options.contentsOnly || !options.formatOnly;
    const formats = !options || options.formatOnly || !options.contentsOnly;
    if (contents) this.eachCell(clearContent);
    if (formats) this.eachCell(clearFormat);
    return this;
  }
  clearContents(): this {
    this.count('clearContents');
    guardProtected(this.ctx, this.loc(wholeSheet(this.model)));
    this.eachCell(clearContent);
    return this;
  }
  clearFormats(): this {
    this.count('clearFormats');
    this.eachCell(clearFormat);
    return this;
  }
  clearNotes(): this {
    this.count('clearNotes');
    this.eachCell((cell) => delete cell.note);
    return this;
  }

  // ---- view ----
  setFrozenRows(rows: number): void {
    this.count('setFrozenRows');
    if (!(rows >= 0) || rows > this.model.maxRows) this.fail('Invalid argument: rows');
    this.model.frozenRows = rows;
  }
  getFrozenRows(): number {
    this.count('getFrozenRows');
    return this.model.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this.count('setFrozenColumns');
    if (!(columns >= 0) || columns > this.model.maxColumns) this.fail('Invalid argument: columns');
    this.model.frozenColumns = columns;
  }
  getFrozenColumns(): number {
    this.count('getFrozenColumns');
    return this.model.frozenColumns;
  }
  hideSheet(): this {
    this.count('hideSheet');
    const visible = this.ss.sheets.filter((s) => !s.hidden && s !== this.model);
    if (visible.length === 0) this.fail("You can't hide all the sheets in a document.");
    this.model.hidden = true;
    return this;
  }
  showSheet(): this {
    this.count('showSheet');
    this.model.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    this.count('isSheetHidden');
    return this.model.hidden;
  }
  setTabColor(color: string | null): this {
    this.count('setTabColor');
    this.model.tabColor = color;
    return this;
  }
  getTabColor(): string | null {
    this.count('getTabColor');
    return this.model.tabColor;
  }
  // ---- developer metadata (sheets/metadata.ts) ----
  addDeveloperMetadata(key: string, second?: unknown, third?: unknown): this {
    this.count('addDeveloperMetadata');
    addMetadata(this.ctx, this.ss, this.model, key, second, third);
    return this;
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    this.count('getDeveloperMetadata');
    return metadataOf(this.ctx, this.ss, this.model);
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.count('createDeveloperMetadataFinder');
    return new DeveloperMetadataFinder(this.ctx, this.ss, this.model);
  }
  /** A TextFinder over the whole sheet (sheets/text-finder.ts). */
  createTextFinder(findText: string): GoogleAppsScript.Spreadsheet.TextFinder {
    this.count('createTextFinder');
    return TextFinder.create(this.ctx, { ss: this.ss, blocks: [{ sheet: this.model, rect: wholeSheet(this.model) }] }, findText);
  }

  getFormUrl(): string | null {
    this.count('getFormUrl');
    return this.model.formUrl;
  }
  setColumnWidth(column: number, width: number): this {
    this.count('setColumnWidth');
    this.model.columnWidths.set(column, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    this.count('setColumnWidths');
    for (let i = 0; i < numColumns; i += 1) this.model.columnWidths.set(startColumn + i, width);
    return this;
  }
  getColumnWidth(column: number): number {
    this.count('getColumnWidth');
    return this.model.columnWidths.get(column) ?? 100;
  }
  autoResizeColumns(startColumn: number, numColumns: number): this {
    this.count('autoResizeColumns');
    for (let i = 0; i < numColumns; i += 1) this.autoWidth(startColumn + i);
    return this;
  }
  autoResizeColumn(column: number): this {
    this.count('autoResizeColumn');
    this.autoWidth(column);
    return this;
  }
  /** A rough stand-in for Sheets' measuring: 7 px per character of the longest shown value. */
  private autoWidth(column: number): void {
    let longest = 0;
    for (const row of this.model.rows) {
      const cell = row?.[column - 1];
      if (cell) longest = Math.max(longest, String(isDateValue(cell.value) ? '00/00/0000 00:00:00' : cell.value).length);
    }
    this.model.columnWidths.set(column, Math.max(21, longest * 7 + 10));
  }
  setRowHeight(row: number, height: number): this {
    this.count('setRowHeight');
    this.model.rowHeights.set(row, height);
    return this;
  }
  setRowHeights(startRow: number, numRows: number, height: number): this {
    this.count('setRowHeights');
    for (let i = 0; i < numRows; i += 1) this.model.rowHeights.set(startRow + i, height);
    return this;
  }
  setRowHeightsForced(startRow: number, numRows: number, height: number): this {
    this.count('setRowHeightsForced');
    for (let i = 0; i < numRows; i += 1) this.model.rowHeights.set(startRow + i, height);
    return this;
  }
  getRowHeight(row: number): number {
    this.count('getRowHeight');
    return this.model.rowHeights.get(row) ?? 21;
  }
  hideColumns(_column: number, _num?: number): void {
    this.count('hideColumns');
  }
  showColumns(_column: number, _num?: number): void {
    this.count('showColumns');
  }
  activate(): this {
    this.count('activate');
    this.ss.activeSheetId = this.model.id;
    return this;
  }

  // ---- protection ----
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.count('protect');
    const loc = this.loc(wholeSheet(this.model));
    // "If the sheet is already protected, this method returns the existing protection."
    let model = this.model.protections.find((p) => p.range === '' && !p.removed);
    if (!model) {
      model = { range: '', description: '', warningOnly: false, editors: defaultEditors(this.ctx, loc), creator: this.ctx.currentUser(), unprotected: [], removed: false, domainEdit: domainShared(this.ctx, loc) };
      this.model.protections.push(model);
    }
    return new Protection(this.ctx, model, loc);
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    this.count('getProtections');
    const wanted = enumArg(this.ctx, 'Spreadsheet.ProtectionType', type, 'type');
    return this.model.protections
      .filter((p) => !p.removed && (wanted === 'SHEET' ? p.range === '' : p.range !== ''))
      .map((p) => new Protection(this.ctx, p, this.protectionLoc(p)));
  }
  private protectionLoc(p: ProtectionModel): RangeLoc {
    const rect = p.range === '' ? wholeSheet(this.model) : parseA1(p.range, this.model.maxRows, this.model.maxColumns)?.rect;
    return this.loc(rect ?? wholeSheet(this.model));
  }

  // ---- conditional formats ----
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this.count('setConditionalFormatRules');
    if (!Array.isArray(rules) || rules.some((r) => !(r instanceof ConditionalFormatRule))) this.fail('Invalid argument: rules');
    this.model.conditionalRules = (rules as ConditionalFormatRule[]).map((r) => ({ ...r.model, values: [...r.model.values], ranges: [...r.model.ranges] }));
  }
  getConditionalFormatRules(): ConditionalFormatRule[] {
    this.count('getConditionalFormatRules');
    return this.model.conditionalRules.map((m) => {
      const locs = m.ranges.flatMap((r) => {
        const sheet = this.ss.byId(r.sheetId) ?? this.model;
        const parsed = parseA1(r.a1, sheet.maxRows, sheet.maxColumns);
        return parsed ? [{ ss: this.ss, sheet, rect: parsed.rect }] : [];
      });
      return new ConditionalFormatRule(this.ctx, { ...m, values: [...m.values], ranges: [...m.ranges] }, this.ss, locs);
    });
  }
  clearConditionalFormatRules(): void {
    this.count('clearConditionalFormatRules');
    this.model.conditionalRules = [];
  }

  // ---- charts ----
  newChart(): EmbeddedChartBuilder {
    this.count('newChart');
    return new EmbeddedChartBuilder(this.ctx, this.model);
  }
  private chartModel(chart: unknown) {
    if (!(chart instanceof EmbeddedChart)) this.fail('Invalid argument: chart');
    return chart.model;
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.count('insertChart');
    const m = this.chartModel(chart);
    this.model.charts.push({ ...m, ranges: [...m.ranges], options: { ...m.options }, position: { ...m.position } });
  }
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.count('updateChart');
    const m = this.chartModel(chart);
    const i = this.model.charts.findIndex((x) => x.id === m.id);
    if (i < 0) this.fail('The chart does not exist in this sheet.');
    this.model.charts[i] = { ...m, ranges: [...m.ranges], options: { ...m.options }, position: { ...m.position } };
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.count('removeChart');
    const m = this.chartModel(chart);
    this.model.charts = this.model.charts.filter((x) => x.id !== m.id);
  }
  getCharts(): EmbeddedChart[] {
    this.count('getCharts');
    return this.model.charts.map((m) => {
      const locs = m.ranges.flatMap((r) => {
        const parsed = parseA1(r, this.model.maxRows, this.model.maxColumns);
        return parsed ? [this.loc(parsed.rect)] : [];
      });
      return new EmbeddedChart(this.ctx, { ...m, ranges: [...m.ranges], options: { ...m.options }, position: { ...m.position } }, locs);
    });
  }
}
imitates(Sheet, 'Spreadsheet.Sheet');
