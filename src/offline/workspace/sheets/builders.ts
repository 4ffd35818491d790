/**
 * Conditional format rules and embedded charts of the in-memory Sheets: builders and the
 * recorded objects. Each public method counts as "SpreadsheetApp.<Class>.<method>".
 *
 * Node-only (src/offline is never bundled).
 */

import { enumValue, type EnumMember, imitates } from '../kernel/fake';
import type { ChartModel, ConditionalRuleModel, SheetModel, SpreadsheetModel } from './model';
import { enumArg, locA1, type RangeLoc, type SheetsCtx, SheetsObject } from './context';

type Range = GoogleAppsScript.Spreadsheet.Range;

// ---- conditional formats -----------------------------------------------------------------------

interface BooleanCondition extends GoogleAppsScript.Spreadsheet.BooleanCondition {}
class BooleanCondition extends SheetsObject {
  constructor(ctx: SheetsCtx, private readonly model: ConditionalRuleModel) {
    super(ctx, 'BooleanCondition');
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    this.count('getCriteriaType');
    return enumValue('Spreadsheet.BooleanCriteria', this.model.condition as EnumMember<'Spreadsheet.BooleanCriteria'>);
  }
  getCriteriaValues(): unknown[] {
    this.count('getCriteriaValues');
    return [...this.model.values];
  }
  getBackground(): string | null {
    this.count('getBackground');
    return this.model.background;
  }
  getFontColor(): string | null {
    this.count('getFontColor');
    return this.model.fontColor;
  }
  getBold(): boolean | null {
    this.count('getBold');
    return this.model.bold;
  }
}
imitates(BooleanCondition, 'Spreadsheet.BooleanCondition');

export interface ConditionalFormatRule extends GoogleAppsScript.Spreadsheet.ConditionalFormatRule {}
export class ConditionalFormatRule extends SheetsObject {
  constructor(ctx: SheetsCtx, readonly model: ConditionalRuleModel, private readonly ss: SpreadsheetModel | null, readonly locs: RangeLoc[]) {
    super(ctx, 'ConditionalFormatRule');
  }

  getRanges(): Range[] {
    this.count('getRanges');
    return this.locs.map((l) => this.ctx.makeRange(l));
  }
  getBooleanCondition(): BooleanCondition {
    this.count('getBooleanCondition');
    return new BooleanCondition(this.ctx, this.model);
  }
  copy(): ConditionalFormatRuleBuilder {
    this.count('copy');
    const b = new ConditionalFormatRuleBuilder(this.ctx);
    b.model = { ...this.model, values: [...this.model.values], ranges: [...this.model.ranges] };
    b.locs = [...this.locs];
    return b;
  }
  /** Uncounted: the rule for a sheet's list (ranges resolved against its spreadsheet). */
  get spreadsheet(): SpreadsheetModel | null {
    return this.ss;
  }
}
imitates(ConditionalFormatRule, 'Spreadsheet.ConditionalFormatRule');

export interface ConditionalFormatRuleBuilder extends GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {}
export class ConditionalFormatRuleBuilder extends SheetsObject {
  model: ConditionalRuleModel = { ranges: [], condition: '', values: [], background: null, fontColor: null, bold: null };
  locs: RangeLoc[] = [];

  constructor(ctx: SheetsCtx) {
    super(ctx, 'ConditionalFormatRuleBuilder');
  }

  private when(method: string, condition: string, values: unknown[]): this {
    this.count(method);
    this.model.condition = condition;
    this.model.values = values;
    return this;
  }

  whenTextEqualTo(text: string): this {
    return this.when('whenTextEqualTo', 'TEXT_EQUAL_TO', [text]);
  }
  whenTextContains(text: string): this {
    return this.when('whenTextContains', 'TEXT_CONTAINS', [text]);
  }
  whenTextStartsWith(text: string): this {
    return this.when('whenTextStartsWith', 'TEXT_STARTS_WITH', [text]);
  }
  whenNumberBetween(start: number, end: number): this {
    return this.when('whenNumberBetween', 'NUMBER_BETWEEN', [start, end]);
  }
  whenNumberEqualTo(n: number): this {
    return this.when('whenNumberEqualTo', 'NUMBER_EQUAL_TO', [n]);
  }
  whenNumberLessThan(n: number): this {
    return this.when('whenNumberLessThan', 'NUMBER_LESS_THAN', [n]);
  }
  whenNumberLessThanOrEqualTo(n: number): this {
    return this.when('whenNumberLessThanOrEqualTo', 'NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  whenNumberGreaterThan(n: number): this {
    return this.when('whenNumberGreaterThan', 'NUMBER_GREATER_THAN', [n]);
  }
  whenNumberGreaterThanOrEqualTo(n: number): this {
    return this.when('whenNumberGreaterThanOrEqualTo', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  whenFormulaSatisfied(formula: string): this {
    return this.when('whenFormulaSatisfied', 'CUSTOM_FORMULA', [formula]);
  }
  whenCellNotEmpty(): this {
    return this.when('whenCellNotEmpty', 'CELL_NOT_EMPTY', []);
  }
  whenCellEmpty(): this {
    return this.when('whenCellEmpty', 'CELL_EMPTY', []);
  }
  setBackground(color: string | null): this {
    this.count('setBackground');
    this.model.background = color;
    return this;
  }
  setFontColor(color: string | null): this {
    this.count('setFontColor');
    this.model.fontColor = color;
    return this;
  }
  setBold(bold: boolean | null): this {
    this.count('setBold');
    this.model.bold = bold;
    return this;
  }
  setRanges(ranges: Range[]): this {
    this.count('setRanges');
    this.locs = ranges.map((r) => this.ctx.locOf(r));
    this.model.ranges = this.locs.map((l) => ({ sheetId: l.sheet.id, a1: locA1(l) }));
    return this;
  }
  build(): ConditionalFormatRule {
    this.count('build');
    if (!this.model.condition) throw this.ctx.kernel.makeError('You must specify a condition for the conditional format rule.');
    if (this.locs.length === 0) throw this.ctx.kernel.makeError('You must specify at least one range for the conditional format rule.');
    return new ConditionalFormatRule(this.ctx, { ...this.model, values: [...this.model.values], ranges: [...this.model.ranges] }, this.locs[0].ss, [...this.locs]);
  }
}
imitates(ConditionalFormatRuleBuilder, 'Spreadsheet.ConditionalFormatRuleBuilder');

// ---- charts ---------------------------------------------------------------------------------------

let chartSeq = 0;

interface ChartOptions extends GoogleAppsScript.Charts.ChartOptions {}
class ChartOptions extends SheetsObject {
  constructor(ctx: SheetsCtx, private readonly options: Record<string, unknown>) {
    super(ctx, 'ChartOptions');
  }
  get(option: string): unknown {
    this.count('get');
    return this.options[option] ?? null;
  }
}
imitates(ChartOptions, 'Charts.ChartOptions');

interface ContainerInfo extends GoogleAppsScript.Spreadsheet.ContainerInfo {}
class ContainerInfo extends SheetsObject {
  constructor(ctx: SheetsCtx, private readonly position: ChartModel['position']) {
    super(ctx, 'ContainerInfo');
  }
  getAnchorRow(): number {
    this.count('getAnchorRow');
    return this.position.row;
  }
  getAnchorColumn(): number {
    this.count('getAnchorColumn');
    return this.position.column;
  }
  getOffsetX(): number {
    this.count('getOffsetX');
    return this.position.offsetX;
  }
  getOffsetY(): number {
    this.count('getOffsetY');
    return this.position.offsetY;
  }
}
imitates(ContainerInfo, 'Spreadsheet.ContainerInfo');

export interface EmbeddedChart extends GoogleAppsScript.Spreadsheet.EmbeddedChart {}
export class EmbeddedChart extends SheetsObject {
  constructor(ctx: SheetsCtx, readonly model: ChartModel, readonly locs: RangeLoc[]) {
    super(ctx, 'EmbeddedChart');
  }

  getChartId(): number {
    this.count('getChartId');
    return Number(this.model.id.replace(/\D/g, ''));
  }
  getRanges(): Range[] {
    this.count('getRanges');
    return this.locs.map((l) => this.ctx.makeRange(l));
  }
  getOptions(): ChartOptions {
    this.count('getOptions');
    return new ChartOptions(this.ctx, { ...this.model.options });
  }
  getContainerInfo(): ContainerInfo {
    this.count('getContainerInfo');
    return new ContainerInfo(this.ctx, { ...this.model.position });
  }
  modify(): EmbeddedChartBuilder {
    this.count('modify');
    const b = new EmbeddedChartBuilder(this.ctx, this.locs[0]?.sheet ?? null);
    b.model = { ...this.model, ranges: [...this.model.ranges], options: { ...this.model.options }, position: { ...this.model.position } };
    b.locs = [...this.locs];
    return b;
  }
}
imitates(EmbeddedChart, 'Spreadsheet.EmbeddedChart');

/** The generic chart builder (Sheet.newChart()); the typed builders (asColumnChart()…) are not imitated. */
export interface EmbeddedChartBuilder extends GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {}
export class EmbeddedChartBuilder extends SheetsObject {
  model: ChartModel;
  locs: RangeLoc[] = [];

  constructor(ctx: SheetsCtx, readonly sheet: SheetModel | null) {
    super(ctx, 'EmbeddedChartBuilder');
    this.model = { id: '', type: 'COLUMN', ranges: [], options: {}, position: { row: 1, column: 1, offsetX: 0, offsetY: 0 } };
  }

  private counted(method: string): this {
    this.count(method);
    return this;
  }
  private option(method: string, key: string, value: unknown): this {
    this.model.options[key] = value;
    return this.counted(method);
  }

  setChartType(type: GoogleAppsScript.Charts.ChartType): this {
    this.model.type = enumArg(this.ctx, 'Charts.ChartType', type, 'type');
    return this.counted('setChartType');
  }
  getChartType(): GoogleAppsScript.Charts.ChartType {
    this.count('getChartType');
    return enumValue('Charts.ChartType', this.model.type as EnumMember<'Charts.ChartType'>);
  }
  addRange(range: Range): this {
    const loc = this.ctx.locOf(range);
    this.locs.push(loc);
    this.model.ranges.push(locA1(loc));
    return this.counted('addRange');
  }
  removeRange(range: Range): this {
    const target = locA1(this.ctx.locOf(range));
    const i = this.model.ranges.indexOf(target);
    if (i >= 0) {
      this.model.ranges.splice(i, 1);
      this.locs.splice(i, 1);
    }
    return this.counted('removeRange');
  }
  clearRanges(): this {
    this.model.ranges = [];
    this.locs = [];
    return this.counted('clearRanges');
  }
  getRanges(): Range[] {
    this.count('getRanges');
    return this.locs.map((l) => this.ctx.makeRange(l));
  }
  getContainer(): ContainerInfo {
    this.count('getContainer');
    return new ContainerInfo(this.ctx, { ...this.model.position });
  }
  setPosition(anchorRow: number, anchorColumn: number, offsetX: number, offsetY: number): this {
    this.model.position = { row: anchorRow, column: anchorColumn, offsetX, offsetY };
    return this.counted('setPosition');
  }
  setOption(option: string, value: unknown): this {
    return this.option('setOption', option, value);
  }
  setNumHeaders(headers: number): this {
    return this.option('setNumHeaders', 'numHeaders', headers);
  }
  setTransposeRowsAndColumns(transpose: boolean): this {
    return this.option('setTransposeRowsAndColumns', 'transposeRowsAndColumns', transpose);
  }
  setHiddenDimensionStrategy(strategy: GoogleAppsScript.Charts.ChartHiddenDimensionStrategy): this {
    return this.option('setHiddenDimensionStrategy', 'hiddenDimensionStrategy', enumArg(this.ctx, 'Charts.ChartHiddenDimensionStrategy', strategy, 'strategy'));
  }
  setMergeStrategy(mergeStrategy: GoogleAppsScript.Charts.ChartMergeStrategy): this {
    return this.option('setMergeStrategy', 'mergeStrategy', enumArg(this.ctx, 'Charts.ChartMergeStrategy', mergeStrategy, 'mergeStrategy'));
  }
  build(): EmbeddedChart {
    this.count('build');
    const id = this.model.id || `u${(chartSeq += 1)}`;
    return new EmbeddedChart(this.ctx, { ...this.model, id, ranges: [...this.model.ranges], options: { ...this.model.options }, position: { ...this.model.position } }, [...this.locs]);
  }
}
imitates(EmbeddedChartBuilder, 'Spreadsheet.EmbeddedChartBuilder');
