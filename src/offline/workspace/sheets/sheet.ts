/**
 * The in-memory Sheet. Every public method counts as "SpreadsheetApp.Sheet.<method>".
 *
 * Node-only (src/offline is never bundled).
 */

import { ConditionalFormatRule, EmbeddedChart, EmbeddedChartBuilder } from './builders';
import { checkRect, clearContent, clearFormat, defaultEditors, guardProtected, writeValues } from './cells';
import type { RangeLoc, SheetsCtx } from './context';
import type { ProtectionModel, SheetModel, SpreadsheetModel } from './model';
import { Protection } from './protection';
import { type GridRect, isDateValue, parseA1 } from './values';

type GRange = GoogleAppsScript.Spreadsheet.Range;

export function duplicateSheetError(name: string): string {
  return `A sheet with the name "${name}" already exists. Please enter another name.`;
}

function wholeSheet(sheet: SheetModel): GridRect {
  return { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns };
}

export class Sheet {
  constructor(private readonly ctx: SheetsCtx, readonly ss: SpreadsheetModel, readonly model: SheetModel) {}

  private c(method: string): void {
    this.ctx.count(`Sheet.${method}`);
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
    this.c('getName');
    return this.model.name;
  }
  setName(name: string): this {
    this.c('setName');
    const other = this.ss.byName(name);
    if (other && other !== this.model) this.fail(duplicateSheetError(name));
    if (String(name).trim() === '') this.fail('Invalid argument: name');
    this.model.name = String(name);
    return this;
  }
  getSheetId(): number {
    this.c('getSheetId');
    return this.model.id;
  }
  getIndex(): number {
    this.c('getIndex');
    return this.ss.sheets.indexOf(this.model) + 1;
  }
  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    this.c('getParent');
    return this.ctx.makeSpreadsheet(this.ss);
  }
  getType(): string {
    this.c('getType');
    return 'GRID';
  }

  // ---- ranges ----
  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): GRange {
    this.c('getRange');
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
    this.c('getDataRange');
    return this.range({ row: 1, column: 1, numRows: Math.max(1, this.model.lastRow()), numColumns: Math.max(1, this.model.lastColumn()) });
  }
  getSheetValues(row: number, column: number, numRows: number, numColumns: number): unknown[][] {
    this.c('getSheetValues');
    const rect = {
      row,
      column,
      numRows: numRows === -1 ? this.model.lastRow() - row + 1 : numRows,
      numColumns: numColumns === -1 ? this.model.lastColumn() - column + 1 : numColumns,
    };
    checkRect(this.ctx, rect);
    return this.ctx.valuesAt(this.loc(rect));
  }
  getLastRow(): number {
    this.c('getLastRow');
    return this.model.lastRow();
  }
  getLastColumn(): number {
    this.c('getLastColumn');
    return this.model.lastColumn();
  }
  getMaxRows(): number {
    this.c('getMaxRows');
    return this.model.maxRows;
  }
  getMaxColumns(): number {
    this.c('getMaxColumns');
    return this.model.maxColumns;
  }

  // ---- rows and columns ----
  private checkPosition(position: number, max: number, what: 'rows' | 'columns'): void {
    if (!(position >= 1) || position > max) this.fail(`Those ${what} are out of bounds.`);
  }
  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.c('insertRowsAfter');
    this.checkPosition(afterPosition, this.model.maxRows, 'rows');
    this.model.insertRows(afterPosition, howMany);
    return this;
  }
  insertRowAfter(afterPosition: number): this {
    this.c('insertRowAfter');
    this.checkPosition(afterPosition, this.model.maxRows, 'rows');
    this.model.insertRows(afterPosition, 1);
    return this;
  }
  insertRowsBefore(beforePosition: number, howMany: number): this {
    this.c('insertRowsBefore');
    this.checkPosition(beforePosition, this.model.maxRows, 'rows');
    this.model.insertRows(beforePosition - 1, howMany);
    return this;
  }
  insertRowBefore(beforePosition: number): this {
    this.c('insertRowBefore');
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
    this.c('deleteRows');
    this.removeRows(rowPosition, howMany);
  }
  deleteRow(rowPosition: number): this {
    this.c('deleteRow');
    this.removeRows(rowPosition, 1);
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.c('insertColumnsAfter');
    this.checkPosition(afterPosition, this.model.maxColumns, 'columns');
    this.model.insertColumns(afterPosition, howMany);
    return this;
  }
  insertColumnAfter(afterPosition: number): this {
    this.c('insertColumnAfter');
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
    this.c('deleteColumns');
    this.removeColumns(columnPosition, howMany);
  }
  deleteColumn(columnPosition: number): this {
    this.c('deleteColumn');
    this.removeColumns(columnPosition, 1);
    return this;
  }
  appendRow(rowContents: unknown[]): this {
    this.c('appendRow');
    if (!Array.isArray(rowContents)) this.fail("The parameters (Object) don't match the method signature for SpreadsheetApp.Sheet.appendRow.");
    if (rowContents.length === 0) return this;
    const loc = this.loc({ row: this.model.lastRow() + 1, column: 1, numRows: 1, numColumns: rowContents.length });
    guardProtected(this.ctx, loc);
    writeValues(this.ctx, loc, [rowContents], { validate: true });
    return this;
  }

  // ---- clearing ----
  private eachCell(f: (cell: NonNullable<ReturnType<SheetModel['get']>>) => void): void {
    for (const row of this.model.rows) row?.forEach((cell) => cell && f(cell));
  }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    this.c('clear');
    guardProtected(this.ctx, this.loc(wholeSheet(this.model)));
    const contents = !options || options.contentsOnly || !options.formatOnly;
    const formats = !options || options.formatOnly || !options.contentsOnly;
    if (contents) this.eachCell(clearContent);
    if (formats) this.eachCell(clearFormat);
    return this;
  }
  clearContents(): this {
    this.c('clearContents');
    guardProtected(this.ctx, this.loc(wholeSheet(this.model)));
    this.eachCell(clearContent);
    return this;
  }
  clearFormats(): this {
    this.c('clearFormats');
    this.eachCell(clearFormat);
    return this;
  }
  clearNotes(): this {
    this.c('clearNotes');
    this.eachCell((cell) => delete cell.note);
    return this;
  }

  // ---- view ----
  setFrozenRows(rows: number): void {
    this.c('setFrozenRows');
    if (!(rows >= 0) || rows > this.model.maxRows) this.fail('Invalid argument: rows');
    this.model.frozenRows = rows;
  }
  getFrozenRows(): number {
    this.c('getFrozenRows');
    return this.model.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this.c('setFrozenColumns');
    if (!(columns >= 0) || columns > this.model.maxColumns) this.fail('Invalid argument: columns');
    this.model.frozenColumns = columns;
  }
  getFrozenColumns(): number {
    this.c('getFrozenColumns');
    return this.model.frozenColumns;
  }
  hideSheet(): this {
    this.c('hideSheet');
    const visible = this.ss.sheets.filter((s) => !s.hidden && s !== this.model);
    if (visible.length === 0) this.fail("You can't hide all the sheets in a document.");
    this.model.hidden = true;
    return this;
  }
  showSheet(): this {
    this.c('showSheet');
    this.model.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    this.c('isSheetHidden');
    return this.model.hidden;
  }
  setTabColor(color: string | null): this {
    this.c('setTabColor');
    this.model.tabColor = color;
    return this;
  }
  getTabColor(): string | null {
    this.c('getTabColor');
    return this.model.tabColor;
  }
  getFormUrl(): string | null {
    this.c('getFormUrl');
    return this.model.formUrl;
  }
  setColumnWidth(column: number, width: number): this {
    this.c('setColumnWidth');
    this.model.columnWidths.set(column, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    this.c('setColumnWidths');
    for (let i = 0; i < numColumns; i += 1) this.model.columnWidths.set(startColumn + i, width);
    return this;
  }
  getColumnWidth(column: number): number {
    this.c('getColumnWidth');
    return this.model.columnWidths.get(column) ?? 100;
  }
  autoResizeColumns(startColumn: number, numColumns: number): this {
    this.c('autoResizeColumns');
    for (let i = 0; i < numColumns; i += 1) this.autoWidth(startColumn + i);
    return this;
  }
  autoResizeColumn(column: number): this {
    this.c('autoResizeColumn');
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
    this.c('setRowHeight');
    this.model.rowHeights.set(row, height);
    return this;
  }
  setRowHeights(startRow: number, numRows: number, height: number): this {
    this.c('setRowHeights');
    for (let i = 0; i < numRows; i += 1) this.model.rowHeights.set(startRow + i, height);
    return this;
  }
  setRowHeightsForced(startRow: number, numRows: number, height: number): this {
    this.c('setRowHeightsForced');
    for (let i = 0; i < numRows; i += 1) this.model.rowHeights.set(startRow + i, height);
    return this;
  }
  getRowHeight(row: number): number {
    this.c('getRowHeight');
    return this.model.rowHeights.get(row) ?? 21;
  }
  hideColumns(_column: number, _num?: number): void {
    this.c('hideColumns');
  }
  showColumns(_column: number, _num?: number): void {
    this.c('showColumns');
  }
  activate(): this {
    this.c('activate');
    this.ss.activeSheetId = this.model.id;
    return this;
  }

  // ---- protection ----
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.c('protect');
    const loc = this.loc(wholeSheet(this.model));
    // "If the sheet is already protected, this method returns the existing protection."
    let model = this.model.protections.find((p) => p.range === '' && !p.removed);
    if (!model) {
      model = { range: '', description: '', warningOnly: false, editors: defaultEditors(this.ctx, loc), unprotected: [], removed: false };
      this.model.protections.push(model);
    }
    return new Protection(this.ctx, model, loc) as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }
  getProtections(type: string): GoogleAppsScript.Spreadsheet.Protection[] {
    this.c('getProtections');
    const wanted = String(type);
    return this.model.protections
      .filter((p) => !p.removed && (wanted === 'SHEET' ? p.range === '' : p.range !== ''))
      .map((p) => new Protection(this.ctx, p, this.protectionLoc(p)) as unknown as GoogleAppsScript.Spreadsheet.Protection);
  }
  private protectionLoc(p: ProtectionModel): RangeLoc {
    const rect = p.range === '' ? wholeSheet(this.model) : parseA1(p.range, this.model.maxRows, this.model.maxColumns)?.rect;
    return this.loc(rect ?? wholeSheet(this.model));
  }

  // ---- conditional formats ----
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    this.c('setConditionalFormatRules');
    if (!Array.isArray(rules) || rules.some((r) => !(r instanceof ConditionalFormatRule))) this.fail('Invalid argument: rules');
    this.model.conditionalRules = rules.map((r) => ({ ...r.model, values: [...r.model.values], ranges: [...r.model.ranges] }));
  }
  getConditionalFormatRules(): ConditionalFormatRule[] {
    this.c('getConditionalFormatRules');
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
    this.c('clearConditionalFormatRules');
    this.model.conditionalRules = [];
  }

  // ---- charts ----
  newChart(): EmbeddedChartBuilder {
    this.c('newChart');
    return new EmbeddedChartBuilder(this.ctx, this.model);
  }
  private chartModel(chart: unknown) {
    if (!(chart instanceof EmbeddedChart)) this.fail('Invalid argument: chart');
    return chart.model;
  }
  insertChart(chart: EmbeddedChart): void {
    this.c('insertChart');
    const m = this.chartModel(chart);
    this.model.charts.push({ ...m, ranges: [...m.ranges], options: { ...m.options }, position: { ...m.position } });
  }
  updateChart(chart: EmbeddedChart): void {
    this.c('updateChart');
    const m = this.chartModel(chart);
    const i = this.model.charts.findIndex((x) => x.id === m.id);
    if (i < 0) this.fail('The chart does not exist in this sheet.');
    this.model.charts[i] = { ...m, ranges: [...m.ranges], options: { ...m.options }, position: { ...m.position } };
  }
  removeChart(chart: EmbeddedChart): void {
    this.c('removeChart');
    const m = this.chartModel(chart);
    this.model.charts = this.model.charts.filter((x) => x.id !== m.id);
  }
  getCharts(): EmbeddedChart[] {
    this.c('getCharts');
    return this.model.charts.map((m) => {
      const locs = m.ranges.flatMap((r) => {
        const parsed = parseA1(r, this.model.maxRows, this.model.maxColumns);
        return parsed ? [this.loc(parsed.rect)] : [];
      });
      return new EmbeddedChart(this.ctx, { ...m, ranges: [...m.ranges], options: { ...m.options }, position: { ...m.position } }, locs);
    });
  }
}
