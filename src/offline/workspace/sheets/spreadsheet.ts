/**
 * The in-memory Spreadsheet. Every public method counts as "SpreadsheetApp.Spreadsheet.<method>".
 *
 * Node-only (src/offline is never bundled).
 */

import type { SheetsCtx } from './context';
import type { SheetModel, SpreadsheetModel } from './model';
import { duplicateSheetError, Sheet } from './sheet';
import { parseA1, SPREADSHEET_TIME_ZONE } from './values';

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

export class Spreadsheet {
  constructor(private readonly ctx: SheetsCtx, readonly model: SpreadsheetModel) {
    ctx.kernel.objectFileIds.set(this, model.id);
  }

  private c(method: string): void {
    this.ctx.count(`Spreadsheet.${method}`);
  }
  private sheet(model: SheetModel): GSheet {
    return this.ctx.makeSheet(this.model, model);
  }
  private fail(message: string): never {
    throw this.ctx.kernel.makeError(message);
  }

  getId(): string {
    this.c('getId');
    return this.model.id;
  }
  getUrl(): string {
    this.c('getUrl');
    return spreadsheetUrl(this.model.id);
  }
  getName(): string {
    this.c('getName');
    return this.ctx.kernel.file(this.model.id)?.name ?? '';
  }
  rename(name: string): void {
    this.c('rename');
    const entry = this.ctx.kernel.file(this.model.id);
    if (entry) entry.name = String(name);
  }
  getSheets(): GSheet[] {
    this.c('getSheets');
    return this.model.sheets.map((s) => this.sheet(s));
  }
  getNumSheets(): number {
    this.c('getNumSheets');
    return this.model.sheets.length;
  }
  getSheetByName(name: string): GSheet | null {
    this.c('getSheetByName');
    const s = this.model.byName(String(name));
    return s ? this.sheet(s) : null;
  }
  getSheetById(id: number): GSheet | null {
    this.c('getSheetById');
    const s = this.model.byId(Number(id));
    return s ? this.sheet(s) : null;
  }
  /** insertSheet(), (index), (name), (name, index); an options object is ignored. */
  insertSheet(nameOrIndex?: string | number, index?: number | object): GSheet {
    this.c('insertSheet');
    let name = typeof nameOrIndex === 'string' ? nameOrIndex : '';
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : typeof index === 'number' ? index : this.model.sheets.length;
    if (name && this.model.byName(name)) this.fail(duplicateSheetError(name));
    if (!name) name = nextFreeName(this.model, 'Sheet', this.model.sheets.length + 1);
    const sheet = this.model.addSheet(name, at);
    this.model.activeSheetId = sheet.id; // Sheets activates the new tab
    return this.sheet(sheet);
  }
  deleteSheet(sheet: GSheet): void {
    this.c('deleteSheet');
    const target = sheet instanceof Sheet ? sheet.model : null;
    if (!target || !this.model.sheets.includes(target)) this.fail('Invalid argument: sheet');
    if (this.model.sheets.filter((s) => s !== target && !s.hidden).length === 0) this.fail("You can't remove all the sheets in a document.");
    this.model.removeSheet(target);
  }
  setActiveSheet(sheet: GSheet): GSheet {
    this.c('setActiveSheet');
    if (sheet instanceof Sheet && this.model.sheets.includes(sheet.model)) this.model.activeSheetId = sheet.model.id;
    return sheet;
  }
  getActiveSheet(): GSheet | null {
    this.c('getActiveSheet');
    const s = this.model.activeSheet;
    return s ? this.sheet(s) : null;
  }
  getRange(a1Notation: string): GRange {
    this.c('getRange');
    const sheet0 = this.model.activeSheet;
    const parsed = parseA1(a1Notation, sheet0?.maxRows ?? 1000, sheet0?.maxColumns ?? 26);
    const sheet = parsed?.sheetName ? this.model.byName(parsed.sheetName) : sheet0;
    if (!parsed || !sheet) this.fail('Range not found');
    const again = parseA1(a1Notation, sheet.maxRows, sheet.maxColumns);
    return this.ctx.makeRange({ ss: this.model, sheet, rect: (again ?? parsed).rect });
  }
  getSpreadsheetTimeZone(): string {
    this.c('getSpreadsheetTimeZone');
    return SPREADSHEET_TIME_ZONE;
  }
  getSpreadsheetLocale(): string {
    this.c('getSpreadsheetLocale');
    return 'en_US';
  }
  toast(message: string, title?: string, _timeoutSeconds?: number): void {
    this.c('toast');
    this.model.toasts.push({ message: String(message), title: title === undefined ? '' : String(title) });
  }
  getOwner(): GoogleAppsScript.Base.User | null {
    this.c('getOwner');
    return this.ctx.user(this.ctx.ownerOf(this.model));
  }
  getFormUrl(): string | null {
    this.c('getFormUrl');
    return null;
  }
}
