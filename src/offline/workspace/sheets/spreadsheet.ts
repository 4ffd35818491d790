/**
 * The in-memory Spreadsheet. Every public method counts as "SpreadsheetApp.Spreadsheet.<method>".
 *
 * Node-only (src/offline is never bundled).
 */

import { imitates } from '../kernel/fake';
import { type SheetsCtx, SheetsObject } from './context';
import type { SheetModel, SpreadsheetModel } from './model';
import { duplicateSheetError, Sheet } from './sheet';
import { parseA1 } from './values';
import { DeveloperMetadataFinder } from './metadata';
import { TextFinder } from './text-finder';

type GRange = GoogleAppsScript.Spreadsheet.Range;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;

export function spreadsheetUrl(id: string): string {
  return `https://docs.google.com/spreadsheets/d/${id}/edit`;
}

/** The next free "<prefix>N" name (N from 1), as Sheets names new and Form response tabs. */
export function nextFreeName(ss: SpreadsheetModel, prefix: string, from = 1): string {
  let n = from;
  while (ss.byName(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

/** insertSheet's options: a template sheet to copy (not imitated: the new sheet is blank). */
type SheetOptions = { template?: GSheet };

export interface Spreadsheet extends GoogleAppsScript.Spreadsheet.Spreadsheet {}
export class Spreadsheet extends SheetsObject {
  constructor(ctx: SheetsCtx, readonly model: SpreadsheetModel) {
    super(ctx, 'Spreadsheet');
    ctx.kernel.objectFileIds.set(this, model.id);
  }

  private sheet(model: SheetModel): GSheet {
    return this.ctx.makeSheet(this.model, model);
  }
  private fail(message: string): never {
    throw this.ctx.kernel.makeError(message);
  }

  getId(): string {
    this.count('getId');
    return this.model.id;
  }
  getUrl(): string {
    this.count('getUrl');
    return spreadsheetUrl(this.model.id);
  }
  getName(): string {
    this.count('getName');
    return this.ctx.kernel.file(this.model.id)?.name ?? '';
  }
  rename(name: string): void {
    this.count('rename');
    const entry = this.ctx.kernel.file(this.model.id);
    if (entry) entry.name = String(name);
  }
  getSheets(): GSheet[] {
    this.count('getSheets');
    return this.model.sheets.map((s) => this.sheet(s));
  }
  getNumSheets(): number {
    this.count('getNumSheets');
    return this.model.sheets.length;
  }
  getSheetByName(name: string): GSheet | null {
    this.count('getSheetByName');
    const s = this.model.byName(String(name));
    return s ? this.sheet(s) : null;
  }
  getSheetById(id: number): GSheet | null {
    this.count('getSheetById');
    const s = this.model.byId(Number(id));
    return s ? this.sheet(s) : null;
  }
  /** insertSheet(), (index), (name), (name, index); an options object is ignored. */
  insertSheet(nameOrIndex?: string | number | SheetOptions, index?: number | SheetOptions, _options?: SheetOptions): GSheet {
    this.count('insertSheet');
    let name = typeof nameOrIndex === 'string' ? nameOrIndex : '';
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : typeof index === 'number' ? index : this.model.sheets.length;
    if (name && this.model.byName(name)) this.fail(duplicateSheetError(name));
    if (!name) name = nextFreeName(this.model, 'Sheet', this.model.sheets.length + 1);
    const sheet = this.model.addSheet(name, at);
    this.model.activeSheetId = sheet.id; // Sheets activates the new tab
    return this.sheet(sheet);
  }
  deleteSheet(sheet: GSheet): void {
    this.count('deleteSheet');
    const target = sheet instanceof Sheet ? sheet.model : null;
    if (!target || !this.model.sheets.includes(target)) this.fail('Invalid argument: sheet');
    if (this.model.sheets.filter((s) => s !== target && !s.hidden).length === 0) this.fail("You can't remove all the sheets in a document.");
    this.model.removeSheet(target);
  }
  setActiveSheet(sheet: GSheet): GSheet {
    this.count('setActiveSheet');
    if (sheet instanceof Sheet && this.model.sheets.includes(sheet.model)) this.model.activeSheetId = sheet.model.id;
    return sheet;
  }
  getActiveSheet(): GSheet {
    this.count('getActiveSheet');
    const s = this.model.activeSheet;
    // A spreadsheet always has a sheet; the model may be emptied by a test.
    return (s ? this.sheet(s) : null) as GSheet;
  }
  getRange(a1Notation: string): GRange {
    this.count('getRange');
    const sheet0 = this.model.activeSheet;
    const parsed = parseA1(a1Notation, sheet0?.maxRows ?? 1000, sheet0?.maxColumns ?? 26);
    const sheet = parsed?.sheetName ? this.model.byName(parsed.sheetName) : sheet0;
    if (!parsed || !sheet) this.fail('Range not found');
    const again = parseA1(a1Notation, sheet.maxRows, sheet.maxColumns);
    return this.ctx.makeRange({ ss: this.model, sheet, rect: (again ?? parsed).rect });
  }
  getSpreadsheetTimeZone(): string {
    this.count('getSpreadsheetTimeZone');
    return this.model.timeZone;
  }
  /**
   * "Sets the time zone for the spreadsheet", the zone "specified in "long" format (for example,
   * "America/New_York", as listed by Joda.org)" (apps-script/reference/spreadsheet/spreadsheet).
   * This fake still reads and shows dates in WITA whatever the zone (values.ts); only the setting
   * is kept.
   */
  setSpreadsheetTimeZone(timezone: string): void {
    this.count('setSpreadsheetTimeZone');
    const zone = String(timezone);
    if (!/^(?:[A-Z][A-Za-z_]+(?:\/[A-Z][A-Za-z_+\-]+)+|UTC|GMT|Etc\/[A-Za-z0-9+\-]+)$/.test(zone)) throw this.ctx.kernel.makeError('Invalid argument: timezone');
    this.model.timeZone = zone;
  }
  getSpreadsheetLocale(): string {
    this.count('getSpreadsheetLocale');
    return 'en_US';
  }
  toast(message: string, title?: string, _timeoutSeconds?: number | null): void {
    this.count('toast');
    this.model.toasts.push({ message: String(message), title: title === undefined ? '' : String(title) });
  }
  getOwner(): GoogleAppsScript.Base.User | null {
    this.count('getOwner');
    return this.ctx.user(this.ctx.ownerOf(this.model));
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.count('createDeveloperMetadataFinder');
    return new DeveloperMetadataFinder(this.ctx, this.model, null);
  }
  /** A TextFinder over every sheet, in tab order (sheets/text-finder.ts). */
  createTextFinder(findText: string): GoogleAppsScript.Spreadsheet.TextFinder {
    this.count('createTextFinder');
    const blocks = this.model.sheets.map((sheet) => ({ sheet, rect: { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns } }));
    return TextFinder.create(this.ctx, { ss: this.model, blocks }, findText);
  }

  getFormUrl(): string | null {
    this.count('getFormUrl');
    return null;
  }
}
imitates(Spreadsheet, 'Spreadsheet.Spreadsheet');
