/**
 * Data validation of the in-memory Sheets: the builder (SpreadsheetApp.newDataValidation()),
 * the rule objects stored on cells, and which values a reject-input rule accepts.
 *
 * Node-only (src/offline is never bundled).
 */

import { enumValue, type EnumMember, imitates } from '../kernel/fake';
import type { CellValue } from '../contracts';
import type { ValidationModel } from './model';
import { type SheetsCtx, SheetsObject } from './context';
import { isDateValue } from './values';

type Range = GoogleAppsScript.Spreadsheet.Range;

/** Rules are stored by criteria name; scripts get Google's enum value. */
function criteriaValue(name: string): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
  return enumValue('Spreadsheet.DataValidationCriteria', name as EnumMember<'Spreadsheet.DataValidationCriteria'>);
}

export interface DataValidation extends GoogleAppsScript.Spreadsheet.DataValidation {}
export class DataValidation extends SheetsObject implements ValidationModel {
  constructor(
    ctx: SheetsCtx,
    readonly criteria: string,
    readonly values: unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {
    super(ctx, 'DataValidation');
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    this.count('getCriteriaType');
    return criteriaValue(this.criteria);
  }
  getCriteriaValues(): unknown[] {
    this.count('getCriteriaValues');
    return [...this.values];
  }
  getAllowInvalid(): boolean {
    this.count('getAllowInvalid');
    return this.allowInvalid;
  }
  getHelpText(): string {
    this.count('getHelpText');
    // Google: "null if no help text is set" (the types say string).
    return (this.helpText || null) as string;
  }
  copy(): DataValidationBuilder {
    this.count('copy');
    const b = new DataValidationBuilder(this.ctx);
    b.state = { criteria: this.criteria, values: [...this.values], allowInvalid: this.allowInvalid, helpText: this.helpText };
    return b;
  }
}
imitates(DataValidation, 'Spreadsheet.DataValidation');

export interface DataValidationBuilder extends GoogleAppsScript.Spreadsheet.DataValidationBuilder {}
export class DataValidationBuilder extends SheetsObject {
  state: { criteria: string; values: unknown[]; allowInvalid: boolean; helpText: string } = {
    criteria: '',
    values: [],
    // "The default for a new data validation rule is true" (DataValidationBuilder.setAllowInvalid).
    allowInvalid: true,
    helpText: '',
  };

  constructor(ctx: SheetsCtx) {
    super(ctx, 'DataValidationBuilder');
  }

  private set(method: string, criteria: string, values: unknown[]): this {
    this.count(method);
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
    this.count('setAllowInvalid');
    this.state.allowInvalid = allow;
    return this;
  }
  setHelpText(text: string): this {
    this.count('setHelpText');
    this.state.helpText = text;
    return this;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    this.count('getCriteriaType');
    return criteriaValue(this.state.criteria);
  }
  build(): DataValidation {
    this.count('build');
    if (!this.state.criteria) throw this.ctx.kernel.makeError('You must specify a validation criteria.');
    const s = this.state;
    return new DataValidation(this.ctx, s.criteria, [...s.values], s.allowInvalid, s.helpText);
  }
}
imitates(DataValidationBuilder, 'Spreadsheet.DataValidationBuilder');

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
