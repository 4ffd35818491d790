/**
 * The builders and recorded objects of the in-memory Sheets: data validation, conditional
 * format rules, embedded charts, protections, and the enums scripts compare against. Each public
 * method counts as "SpreadsheetApp.<Class>.<method>"; enum values are their names.
 *
 * Node-only (src/offline is never bundled).
 */

import type { Kernel } from './kernel';
import type { ChartModel, ConditionalRuleModel, ProtectionModel, SheetModel, SpreadsheetModel, ValidationModel } from './sheets-model';
import { a1, type GridRect, isDateValue, parseA1 } from './sheets-values';
import type { CellValue } from './contracts';

type Range = GoogleAppsScript.Spreadsheet.Range;

export function enumOf<K extends string>(...names: K[]): Readonly<Record<K, K>> {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as Record<K, K>;
}

export const SheetsEnums = {
  ProtectionType: enumOf('RANGE', 'SHEET'),
  DataValidationCriteria: enumOf(
    'DATE_AFTER', 'DATE_BEFORE', 'DATE_BETWEEN', 'DATE_EQUAL_TO', 'DATE_IS_VALID_DATE', 'DATE_NOT_BETWEEN',
    'DATE_ON_OR_AFTER', 'DATE_ON_OR_BEFORE', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN',
    'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN',
    'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_IS_VALID_EMAIL',
    'TEXT_IS_VALID_URL', 'VALUE_IN_LIST', 'VALUE_IN_RANGE', 'CUSTOM_FORMULA', 'CHECKBOX',
  ),
  BooleanCriteria: enumOf(
    'CELL_EMPTY', 'CELL_NOT_EMPTY', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN',
    'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN',
    'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_NOT_EQUAL_TO',
    'TEXT_STARTS_WITH', 'TEXT_ENDS_WITH', 'CUSTOM_FORMULA',
  ),
  WrapStrategy: enumOf('WRAP', 'OVERFLOW', 'CLIP'),
  BorderStyle: enumOf('DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE'),
  Dimension: enumOf('COLUMNS', 'ROWS'),
  CopyPasteType: enumOf('PASTE_NORMAL', 'PASTE_NO_BORDERS', 'PASTE_FORMAT', 'PASTE_FORMULA', 'PASTE_DATA_VALIDATION', 'PASTE_VALUES', 'PASTE_CONDITIONAL_FORMATTING', 'PASTE_COLUMN_WIDTHS'),
};

export const ChartsEnums = {
  ChartType: enumOf(
    'AREA', 'BAR', 'BUBBLE', 'CANDLESTICK', 'COLUMN', 'COMBO', 'GAUGE', 'GEO', 'HISTOGRAM', 'RADAR', 'LINE',
    'ORG', 'PIE', 'SCATTER', 'SPARKLINE', 'STEPPED_AREA', 'TABLE', 'TIMELINE', 'TREEMAP', 'WATERFALL',
  ),
  Position: enumOf('TOP', 'RIGHT', 'BOTTOM', 'NONE'),
  LegendPosition: enumOf('BOTTOM', 'LEFT', 'NONE', 'RIGHT', 'TOP', 'IN'),
  ChartHiddenDimensionStrategy: enumOf('IGNORE_BOTH', 'IGNORE_ROWS', 'IGNORE_COLUMNS', 'SHOW_BOTH'),
  ChartMergeStrategy: enumOf('MERGE_COLUMNS', 'MERGE_ROWS'),
  TextAlignment: enumOf('LEFT', 'CENTER', 'RIGHT'),
};

/** Where a fake Range points. */
export interface RangeLoc {
  ss: SpreadsheetModel;
  sheet: SheetModel;
  rect: GridRect;
}

/** What the builders need from the rest of the fake. */
export interface SheetsCtx {
  kernel: Kernel;
  count(member: string): void;
  /** The location behind a fake Range (throws for anything else). */
  locOf(range: unknown): RangeLoc;
  makeRange(loc: RangeLoc): Range;
  /** Stored values of a location, uncounted. */
  valuesAt(loc: RangeLoc): CellValue[][];
  /** A User object for an e-mail (Protection.getEditors). */
  user(email: string): GoogleAppsScript.Base.User;
  makeSheet(ss: SpreadsheetModel, sheet: SheetModel): GoogleAppsScript.Spreadsheet.Sheet;
  /** E-mail of the spreadsheet file's owner. */
  ownerOf(ss: SpreadsheetModel): string;
  /** E-mail of whoever runs the current execution (the kernel's user outside one). */
  currentUser(): string;
}

export function locA1(loc: RangeLoc): string {
  return a1(loc.rect.row, loc.rect.column, loc.rect.numRows, loc.rect.numColumns);
}

// ---- data validation ---------------------------------------------------------------------------

export class DataValidation implements ValidationModel {
  constructor(
    private readonly ctx: SheetsCtx,
    readonly criteria: string,
    readonly values: unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {}

  getCriteriaType(): string {
    this.ctx.count('DataValidation.getCriteriaType');
    return this.criteria;
  }
  getCriteriaValues(): unknown[] {
    this.ctx.count('DataValidation.getCriteriaValues');
    return [...this.values];
  }
  getAllowInvalid(): boolean {
    this.ctx.count('DataValidation.getAllowInvalid');
    return this.allowInvalid;
  }
  getHelpText(): string | null {
    this.ctx.count('DataValidation.getHelpText');
    return this.helpText || null;
  }
  copy(): DataValidationBuilder {
    this.ctx.count('DataValidation.copy');
    const b = new DataValidationBuilder(this.ctx);
    b.state = { criteria: this.criteria, values: [...this.values], allowInvalid: this.allowInvalid, helpText: this.helpText };
    return b;
  }
}

export class DataValidationBuilder {
  state: { criteria: string; values: unknown[]; allowInvalid: boolean; helpText: string } = {
    criteria: '',
    values: [],
    // "The default for a new data validation rule is true" (DataValidationBuilder.setAllowInvalid).
    allowInvalid: true,
    helpText: '',
  };

  constructor(private readonly ctx: SheetsCtx) {}

  private set(method: string, criteria: string, values: unknown[]): this {
    this.ctx.count(`DataValidationBuilder.${method}`);
    this.state.criteria = criteria;
    this.state.values = values;
    return this;
  }

  requireValueInList(values: string[], showDropdown = true): this {
    return this.set('requireValueInList', 'VALUE_IN_LIST', [[...values], showDropdown]);
  }
  requireValueInRange(range: Range, showDropdown = true): this {
    this.ctx.locOf(range);
    return this.set('requireValueInRange', 'VALUE_IN_RANGE', [range, showDropdown]);
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown): this {
    const values = checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked];
    return this.set('requireCheckbox', 'CHECKBOX', values);
  }
  requireNumberBetween(start: number, end: number): this {
    return this.set('requireNumberBetween', 'NUMBER_BETWEEN', [start, end]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this.set('requireNumberGreaterThanOrEqualTo', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  requireNumberLessThanOrEqualTo(n: number): this {
    return this.set('requireNumberLessThanOrEqualTo', 'NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  requireTextIsEmail(): this {
    return this.set('requireTextIsEmail', 'TEXT_IS_VALID_EMAIL', []);
  }
  requireDate(): this {
    return this.set('requireDate', 'DATE_IS_VALID_DATE', []);
  }
  requireFormulaSatisfied(formula: string): this {
    return this.set('requireFormulaSatisfied', 'CUSTOM_FORMULA', [formula]);
  }
  setAllowInvalid(allow: boolean): this {
    this.ctx.count('DataValidationBuilder.setAllowInvalid');
    this.state.allowInvalid = allow;
    return this;
  }
  setHelpText(text: string): this {
    this.ctx.count('DataValidationBuilder.setHelpText');
    this.state.helpText = text;
    return this;
  }
  getCriteriaType(): string {
    this.ctx.count('DataValidationBuilder.getCriteriaType');
    return this.state.criteria;
  }
  build(): DataValidation {
    this.ctx.count('DataValidationBuilder.build');
    if (!this.state.criteria) throw this.ctx.kernel.makeError('You must specify a validation criteria.');
    const s = this.state;
    return new DataValidation(this.ctx, s.criteria, [...s.values], s.allowInvalid, s.helpText);
  }
}

/** The checkbox rule insertCheckboxes() puts on cells: only TRUE, FALSE or empty are accepted. */
export function checkboxRule(ctx: SheetsCtx, checked?: unknown, unchecked?: unknown): DataValidation {
  const values = checked === undefined ? [] : [checked, unchecked ?? ''];
  return new DataValidation(ctx, 'CHECKBOX', values, false, '');
}

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Whether a reject-input rule accepts a value (blank always passes, like clearing a cell). */
export function validationAccepts(ctx: SheetsCtx, rule: ValidationModel, value: CellValue): boolean {
  if (value === '') return true;
  const v = rule.values;
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return (v[0] as unknown[]).map(String).includes(String(value));
    case 'VALUE_IN_RANGE': {
      const allowed = ctx.valuesAt(ctx.locOf(v[0])).flat().map(String);
      return allowed.includes(String(value));
    }
    case 'CHECKBOX':
      return v.length === 0 ? typeof value === 'boolean' : v.some((x) => x === value);
    case 'NUMBER_BETWEEN':
      return typeof value === 'number' && value >= Number(v[0]) && value <= Number(v[1]);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return typeof value === 'number' && value >= Number(v[0]);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return typeof value === 'number' && value <= Number(v[0]);
    case 'TEXT_IS_VALID_EMAIL':
      return typeof value === 'string' && EMAIL_RE.test(value);
    case 'DATE_IS_VALID_DATE':
      return isDateValue(value);
    default:
      return true; // custom formulas are not evaluated by this fake
  }
}

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

// ---- protection -------------------------------------------------------------------------------------

/** Google's message when a script run by someone who may not edit writes into a protected range. */
export const PROTECTED_EDIT_ERROR =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

export class Protection {
  constructor(
    private readonly ctx: SheetsCtx,
    readonly model: ProtectionModel,
    private readonly loc: RangeLoc,
  ) {}

  private owner(): string {
    return this.ctx.ownerOf(this.loc.ss);
  }

  private c(method: string): void {
    this.ctx.count(`Protection.${method}`);
  }

  getProtectionType(): string {
    this.c('getProtectionType');
    return this.model.range === '' ? 'SHEET' : 'RANGE';
  }
  getRange(): Range {
    this.c('getRange');
    return this.ctx.makeRange(this.loc);
  }
  getDescription(): string {
    this.c('getDescription');
    return this.model.description;
  }
  setDescription(description: string): this {
    this.c('setDescription');
    this.model.description = description;
    return this;
  }
  isWarningOnly(): boolean {
    this.c('isWarningOnly');
    return this.model.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): this {
    this.c('setWarningOnly');
    this.model.warningOnly = warningOnly;
    return this;
  }
  private emailOf(who: unknown): string {
    if (typeof who === 'string') return who;
    if (who && typeof (who as { getEmail?: unknown }).getEmail === 'function') {
      return this.ctx.kernel.quietly(() => String((who as GoogleAppsScript.Base.User).getEmail()));
    }
    throw this.ctx.kernel.makeError('Invalid argument: user');
  }
  addEditor(who: unknown): this {
    this.c('addEditor');
    const email = this.emailOf(who);
    if (email && !this.model.editors.includes(email)) this.model.editors.push(email);
    return this;
  }
  addEditors(list: unknown[]): this {
    this.c('addEditors');
    for (const who of list) {
      const email = this.emailOf(who);
      if (email && !this.model.editors.includes(email)) this.model.editors.push(email);
    }
    return this;
  }
  removeEditor(who: unknown): this {
    this.c('removeEditor');
    const email = this.emailOf(who);
    // The spreadsheet's owner always stays an editor.
    if (email !== this.owner()) this.model.editors = this.model.editors.filter((e) => e !== email);
    return this;
  }
  removeEditors(list: unknown[]): this {
    this.c('removeEditors');
    const drop = list.map((w) => this.emailOf(w)).filter((e) => e !== this.owner());
    this.model.editors = this.model.editors.filter((e) => !drop.includes(e));
    return this;
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    this.c('getEditors');
    return this.model.editors.map((e) => this.ctx.user(e));
  }
  canEdit(): boolean {
    this.c('canEdit');
    return protectionAllows(this.model, this.ctx.currentUser(), this.owner());
  }
  setDomainEdit(_editable: boolean): this {
    this.c('setDomainEdit');
    return this;
  }
  canDomainEdit(): boolean {
    this.c('canDomainEdit');
    return false;
  }
  setUnprotectedRanges(ranges: Range[]): this {
    this.c('setUnprotectedRanges');
    if (this.model.range !== '') throw this.ctx.kernel.makeError('Unprotected ranges can only be set on a sheet protection.');
    this.model.unprotected = ranges.map((r) => locA1(this.ctx.locOf(r)));
    return this;
  }
  getUnprotectedRanges(): Range[] {
    this.c('getUnprotectedRanges');
    return this.model.unprotected.map((a) => this.ctx.makeRange({ ...this.loc, rect: parseA1(a, this.loc.sheet.maxRows, this.loc.sheet.maxColumns)!.rect }));
  }
  remove(): void {
    this.c('remove');
    this.model.removed = true;
    const list = this.loc.sheet.protections;
    const i = list.indexOf(this.model);
    if (i >= 0) list.splice(i, 1);
  }
}

export function protectionAllows(p: ProtectionModel, user: string, owner: string): boolean {
  return p.warningOnly || user === owner || p.editors.includes(user);
}
