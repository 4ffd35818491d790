/**
 * Conditional format rules and embedded charts of the in-memory Sheets: builders and the
 * recorded objects. Each public method counts as "SpreadsheetApp.<Class>.<method>".
 *
 * Node-only (src/offline is never bundled).
 */

import type { ChartModel, ConditionalRuleModel, SheetModel, SpreadsheetModel } from './model';
import { locA1, type RangeLoc, type SheetsCtx } from './context';

type Range = GoogleAppsScript.Spreadsheet.Range;

// ---- conditional formats -----------------------------------------------------------------------

export class ConditionalFormatRule {
  constructor(private readonly ctx: SheetsCtx, readonly model: ConditionalRuleModel, private readonly ss: SpreadsheetModel | null, readonly locs: RangeLoc[]) {}

  getRanges(): Range[] {
    this.ctx.count('ConditionalFormatRule.getRanges');
    return this.locs.map((l) => this.ctx.makeRange(l));
  }
  getBooleanCondition() {
    this.ctx.count('ConditionalFormatRule.getBooleanCondition');
    const m = this.model;
    const count = (x: string) => this.ctx.count(`BooleanCondition.${x}`);
    return {
      getCriteriaType: () => (count('getCriteriaType'), m.condition),
      getCriteriaValues: () => (count('getCriteriaValues'), [...m.values]),
      getBackground: () => (count('getBackground'), m.background),
      getFontColor: () => (count('getFontColor'), m.fontColor),
      getBold: () => (count('getBold'), m.bold),
    };
  }
  copy(): ConditionalFormatRuleBuilder {
    this.ctx.count('ConditionalFormatRule.copy');
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

export class ConditionalFormatRuleBuilder {
  model: ConditionalRuleModel = { ranges: [], condition: '', values: [], background: null, fontColor: null, bold: null };
  locs: RangeLoc[] = [];

  constructor(private readonly ctx: SheetsCtx) {}

  private when(method: string, condition: string, values: unknown[]): this {
    this.ctx.count(`ConditionalFormatRuleBuilder.${method}`);
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
    this.ctx.count('ConditionalFormatRuleBuilder.setBackground');
    this.model.background = color;
    return this;
  }
  setFontColor(color: string | null): this {
    this.ctx.count('ConditionalFormatRuleBuilder.setFontColor');
    this.model.fontColor = color;
    return this;
  }
  setBold(bold: boolean | null): this {
    this.ctx.count('ConditionalFormatRuleBuilder.setBold');
    this.model.bold = bold;
    return this;
  }
  setRanges(ranges: Range[]): this {
    this.ctx.count('ConditionalFormatRuleBuilder.setRanges');
    this.locs = ranges.map((r) => this.ctx.locOf(r));
    this.model.ranges = this.locs.map((l) => ({ sheetId: l.sheet.id, a1: locA1(l) }));
    return this;
  }
  build(): ConditionalFormatRule {
    this.ctx.count('ConditionalFormatRuleBuilder.build');
    if (!this.model.condition) throw this.ctx.kernel.makeError('You must specify a condition for the conditional format rule.');
    if (this.locs.length === 0) throw this.ctx.kernel.makeError('You must specify at least one range for the conditional format rule.');
    return new ConditionalFormatRule(this.ctx, { ...this.model, values: [...this.model.values], ranges: [...this.model.ranges] }, this.locs[0].ss, [...this.locs]);
  }
}

// ---- charts ---------------------------------------------------------------------------------------

let chartSeq = 0;

export class EmbeddedChart {
  constructor(private readonly ctx: SheetsCtx, readonly model: ChartModel, readonly locs: RangeLoc[]) {}

  getId(): string {
    this.ctx.count('EmbeddedChart.getId');
    return this.model.id;
  }
  getChartId(): number {
    this.ctx.count('EmbeddedChart.getChartId');
    return Number(this.model.id.replace(/\D/g, ''));
  }
  getRanges(): Range[] {
    this.ctx.count('EmbeddedChart.getRanges');
    return this.locs.map((l) => this.ctx.makeRange(l));
  }
  getOptions(): { get(option: string): unknown } {
    this.ctx.count('EmbeddedChart.getOptions');
    const options = { ...this.model.options };
    return { get: (o: string) => (this.ctx.count('ChartOptions.get'), options[o] ?? null) };
  }
  getContainerInfo() {
    this.ctx.count('EmbeddedChart.getContainerInfo');
    const p = { ...this.model.position };
    return {
      getAnchorRow: () => p.row,
      getAnchorColumn: () => p.column,
      getOffsetX: () => p.offsetX,
      getOffsetY: () => p.offsetY,
    };
  }
  modify(): EmbeddedChartBuilder {
    this.ctx.count('EmbeddedChart.modify');
    const b = new EmbeddedChartBuilder(this.ctx, this.locs[0]?.sheet ?? null);
    b.model = { ...this.model, ranges: [...this.model.ranges], options: { ...this.model.options }, position: { ...this.model.position } };
    b.locs = [...this.locs];
    return b;
  }
}

export class EmbeddedChartBuilder {
  model: ChartModel;
  locs: RangeLoc[] = [];

  constructor(private readonly ctx: SheetsCtx, readonly sheet: SheetModel | null) {
    this.model = { id: '', type: 'COLUMN', ranges: [], options: {}, position: { row: 1, column: 1, offsetX: 0, offsetY: 0 } };
  }

  private c(method: string): this {
    this.ctx.count(`EmbeddedChartBuilder.${method}`);
    return this;
  }
  private option(method: string, key: string, value: unknown): this {
    this.model.options[key] = value;
    return this.c(method);
  }

  setChartType(type: string): this {
    this.model.type = String(type);
    return this.c('setChartType');
  }
  getChartType(): string {
    this.c('getChartType');
    return this.model.type;
  }
  addRange(range: Range): this {
    const loc = this.ctx.locOf(range);
    this.locs.push(loc);
    this.model.ranges.push(locA1(loc));
    return this.c('addRange');
  }
  removeRange(range: Range): this {
    const target = locA1(this.ctx.locOf(range));
    const i = this.model.ranges.indexOf(target);
    if (i >= 0) {
      this.model.ranges.splice(i, 1);
      this.locs.splice(i, 1);
    }
    return this.c('removeRange');
  }
  clearRanges(): this {
    this.model.ranges = [];
    this.locs = [];
    return this.c('clearRanges');
  }
  getRanges(): Range[] {
    this.c('getRanges');
    return this.locs.map((l) => this.ctx.makeRange(l));
  }
  setPosition(anchorRow: number, anchorColumn: number, offsetX: number, offsetY: number): this {
    this.model.position = { row: anchorRow, column: anchorColumn, offsetX, offsetY };
    return this.c('setPosition');
  }
  setOption(key: string, value: unknown): this {
    return this.option('setOption', key, value);
  }
  setTitle(title: string): this {
    return this.option('setTitle', 'title', title);
  }
  setXAxisTitle(title: string): this {
    return this.option('setXAxisTitle', 'hAxis.title', title);
  }
  setYAxisTitle(title: string): this {
    return this.option('setYAxisTitle', 'vAxis.title', title);
  }
  setLegendPosition(position: string): this {
    return this.option('setLegendPosition', 'legend.position', String(position));
  }
  setStacked(): this {
    return this.option('setStacked', 'isStacked', true);
  }
  setColors(colors: string[]): this {
    return this.option('setColors', 'colors', [...colors]);
  }
  setDimensions(width: number, height: number): this {
    this.model.options.width = width;
    return this.option('setDimensions', 'height', height);
  }
  setNumHeaders(n: number): this {
    return this.option('setNumHeaders', 'numHeaders', n);
  }
  setTransposeRowsAndColumns(t: boolean): this {
    return this.option('setTransposeRowsAndColumns', 'transposeRowsAndColumns', t);
  }
  setHiddenDimensionStrategy(s: string): this {
    return this.option('setHiddenDimensionStrategy', 'hiddenDimensionStrategy', String(s));
  }
  setMergeStrategy(s: string): this {
    return this.option('setMergeStrategy', 'mergeStrategy', String(s));
  }
  private as(method: string, type: string): this {
    this.model.type = type;
    return this.c(method);
  }
  asColumnChart(): this {
    return this.as('asColumnChart', 'COLUMN');
  }
  asBarChart(): this {
    return this.as('asBarChart', 'BAR');
  }
  asLineChart(): this {
    return this.as('asLineChart', 'LINE');
  }
  asPieChart(): this {
    return this.as('asPieChart', 'PIE');
  }
  asAreaChart(): this {
    return this.as('asAreaChart', 'AREA');
  }
  asTableChart(): this {
    return this.as('asTableChart', 'TABLE');
  }
  build(): EmbeddedChart {
    this.c('build');
    const id = this.model.id || `u${(chartSeq += 1)}`;
    return new EmbeddedChart(this.ctx, { ...this.model, id, ranges: [...this.model.ranges], options: { ...this.model.options }, position: { ...this.model.position } }, [...this.locs]);
  }
}
