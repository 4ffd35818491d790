/**
 * Developer metadata of the in-memory Sheets, on sheets (what the product marks its own sheets
 * with): Sheet.addDeveloperMetadata / getDeveloperMetadata, the Spreadsheet's and a Sheet's
 * DeveloperMetadataFinder, DeveloperMetadata and its location. As Google documents it, metadata
 * stays with its sheet when the sheet is renamed or moved and is deleted with the sheet; a key is
 * required; ids are unique in the spreadsheet. Whether Duplicate in the UI copies it is not
 * documented: the back door's userDuplicateSheet takes a switch.
 *
 * Node-only (src/offline is never bundled).
 */

import { enumArg, type SheetsCtx, SheetsObject } from './context';
import { enumValue, imitates } from '../kernel/fake';
import type { MetadataModel, SheetModel, SpreadsheetModel } from './model';

type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type Visibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;

/** Google's limit on keys; keys and values of one sheet hold at most 30,000 characters in all. */
const MAX_KEY = 256;
const MAX_SHEET_CHARACTERS = 30_000;

/** Adds metadata to a sheet (Sheet.addDeveloperMetadata(key[, value][, visibility])). */
export function addMetadata(ctx: SheetsCtx, ss: SpreadsheetModel, sheet: SheetModel, key: unknown, second?: unknown, third?: unknown): void {
  const k = String(key ?? '');
  if (k === '' || k.length > MAX_KEY) throw ctx.kernel.makeError('Invalid argument: key');
  const value = typeof second === 'string' ? second : null;
  const visibilityArg = typeof second === 'string' ? third : second;
  const visibility = visibilityArg === undefined ? 'DOCUMENT' : enumArg(ctx, 'Spreadsheet.DeveloperMetadataVisibility', visibilityArg, 'visibility');
  const used = sheet.metadata.reduce((n, m) => n + m.key.length + (m.value ?? '').length, 0);
  if (used + k.length + (value ?? '').length > MAX_SHEET_CHARACTERS) throw ctx.kernel.makeError('Developer metadata exceeds the size limit for this sheet.');
  sheet.metadata.push({ id: ss.newMetadataId(), key: k, value, visibility });
}

export interface DeveloperMetadataLocation extends GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation {}
export class DeveloperMetadataLocation extends SheetsObject {
  constructor(ctx: SheetsCtx, private readonly ss: SpreadsheetModel, private readonly sheet: SheetModel) {
    super(ctx, 'DeveloperMetadataLocation');
  }
  getLocationType(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType {
    this.count('getLocationType');
    return enumValue('Spreadsheet.DeveloperMetadataLocationType', 'SHEET');
  }
  getSheet(): GSheet {
    this.count('getSheet');
    return this.ctx.makeSheet(this.ss, this.sheet);
  }
}
imitates(DeveloperMetadataLocation, 'Spreadsheet.DeveloperMetadataLocation');

export interface DeveloperMetadata extends GoogleAppsScript.Spreadsheet.DeveloperMetadata {}
export class DeveloperMetadata extends SheetsObject {
  constructor(
    ctx: SheetsCtx,
    private readonly ss: SpreadsheetModel,
    private readonly sheet: SheetModel,
    private readonly md: MetadataModel,
  ) {
    super(ctx, 'DeveloperMetadata');
  }
  private live(): void {
    if (!this.sheet.metadata.includes(this.md) || !this.ss.sheets.includes(this.sheet)) throw this.ctx.kernel.makeError('The developer metadata no longer exists.');
  }
  getId(): number {
    this.count('getId');
    return this.md.id;
  }
  getKey(): string {
    this.count('getKey');
    return this.md.key;
  }
  getValue(): string {
    this.count('getValue');
    return this.md.value as string;
  }
  getVisibility(): Visibility {
    this.count('getVisibility');
    return enumValue('Spreadsheet.DeveloperMetadataVisibility', this.md.visibility);
  }
  getLocation(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation {
    this.count('getLocation');
    this.live();
    return new DeveloperMetadataLocation(this.ctx, this.ss, this.sheet);
  }
  setKey(key: string): this {
    this.count('setKey');
    this.live();
    if (String(key) === '' || String(key).length > MAX_KEY) throw this.ctx.kernel.makeError('Invalid argument: key');
    this.md.key = String(key);
    return this;
  }
  setValue(value: string): this {
    this.count('setValue');
    this.live();
    this.md.value = String(value);
    return this;
  }
  remove(): void {
    this.count('remove');
    this.live();
    this.sheet.metadata.splice(this.sheet.metadata.indexOf(this.md), 1);
  }
}
imitates(DeveloperMetadata, 'Spreadsheet.DeveloperMetadata');

/** Spreadsheet.createDeveloperMetadataFinder() (every sheet), or a Sheet's (its own metadata). */
export interface DeveloperMetadataFinder extends GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {}
export class DeveloperMetadataFinder extends SheetsObject {
  private key: string | null = null;
  private value: string | null = null;
  private id: number | null = null;
  constructor(ctx: SheetsCtx, private readonly ss: SpreadsheetModel, private readonly only: SheetModel | null) {
    super(ctx, 'DeveloperMetadataFinder');
  }
  withKey(key: string): this {
    this.count('withKey');
    this.key = String(key);
    return this;
  }
  withValue(value: string): this {
    this.count('withValue');
    this.value = String(value);
    return this;
  }
  withId(id: number): this {
    this.count('withId');
    this.id = Number(id);
    return this;
  }
  find(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    this.count('find');
    const out: DeveloperMetadata[] = [];
    for (const sheet of this.ss.sheets) {
      if (this.only !== null && sheet !== this.only) continue;
      for (const md of sheet.metadata) {
        if (this.key !== null && md.key !== this.key) continue;
        if (this.value !== null && md.value !== this.value) continue;
        if (this.id !== null && md.id !== this.id) continue;
        out.push(new DeveloperMetadata(this.ctx, this.ss, sheet, md));
      }
    }
    return out;
  }
}
imitates(DeveloperMetadataFinder, 'Spreadsheet.DeveloperMetadataFinder');

/** The metadata objects of one sheet (Sheet.getDeveloperMetadata). */
export function metadataOf(ctx: SheetsCtx, ss: SpreadsheetModel, sheet: SheetModel): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
  return sheet.metadata.map((md) => new DeveloperMetadata(ctx, ss, sheet, md));
}
