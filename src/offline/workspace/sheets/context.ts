/**
 * What the in-memory Sheets' objects share: where a Range points, the context every counted
 * object is built with (kernel, counting, factories), and the enums scripts compare against
 * (enum values are their names).
 *
 * Node-only (src/offline is never bundled).
 */

import type { CellValue } from '../contracts';
import type { Kernel } from '../kernel/kernel';
import type { SheetModel, SpreadsheetModel } from './model';
import { a1, type GridRect } from './values';

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
  makeSpreadsheet(ss: SpreadsheetModel): GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** E-mail of the spreadsheet file's owner. */
  ownerOf(ss: SpreadsheetModel): string;
  /** E-mail of whoever runs the current execution (the kernel's user outside one). */
  currentUser(): string;
}

export function locA1(loc: RangeLoc): string {
  return a1(loc.rect.row, loc.rect.column, loc.rect.numRows, loc.rect.numColumns);
}
