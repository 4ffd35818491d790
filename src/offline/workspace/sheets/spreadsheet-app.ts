/**
 * The in-memory SpreadsheetApp (with its Ui and the Charts enums): spreadsheets stored as files
 * of the kernel's Drive, counted calls ("SpreadsheetApp.<Class>.<method>"; the top-level methods
 * as "SpreadsheetApp.<method>"), and the back doors tests use to play the user and look at the
 * result. Split by meaning:
 *   sheets/values.ts   parsing of written values, display formats, A1 notation
 *   sheets/model.ts    the stored state (cells, protections, rules, charts)
 *   sheets/context.ts  what the objects share (context, range locations, enums)
 *   sheets/cells.ts    uncounted block reads/writes with Google's checks and errors
 *   sheets/range.ts    Range
 *   sheets/sheet.ts    Sheet
 *   sheets/spreadsheet.ts  Spreadsheet
 *   sheets/validation.ts   data validation
 *   sheets/protection.ts   protections
 *   sheets/builders.ts conditional formats and charts
 *   ui/ui.ts           menus, alerts, prompts, sidebars and dialogs
 *
 * Node-only (src/offline is never bundled).
 */

import type { CellValue, SheetSnapshot, SheetsBackdoor, UiBackdoor } from '../contracts';
import { type Kernel, MimeTypes, UI_FROM_TRIGGER_ERROR } from '../kernel/kernel';
import { ConditionalFormatRuleBuilder } from './builders';
import { guardProtected, readDisplay, readValues, writeValues } from './cells';
import { locA1, type RangeLoc, type SheetsCtx, type SheetValuesMinusOne, type ProtectionKeeps, SheetsObject } from './context';
import { SheetModel, SpreadsheetModel, type ValidationModel } from './model';
import { Range } from './range';
import { Sheet } from './sheet';
import { nextFreeName, Spreadsheet } from './spreadsheet';
import type { TextFinderPending } from './text-finder';
import { DataValidationBuilder } from './validation';
import { a1, DEFAULT_TEXT_CELLS, isDateValue, parseInput, type TextCellBehaviour } from './values';
import { imitates } from '../kernel/fake';
import { User } from '../session/session';
import { createUi } from '../ui/ui';

export { spreadsheetUrl } from './spreadsheet';

export const SPREADSHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';

/** Google's message when openById gets an id that is not a spreadsheet the user can open. */
export const OPEN_BY_ID_ERROR = 'Unexpected error while getting the method or property openById on object SpreadsheetApp.';

const CURRENT_ONLY_SCOPE = 'https://www.googleapis.com/auth/spreadsheets.currentonly';

interface SpreadsheetAppFake extends GoogleAppsScript.Spreadsheet.SpreadsheetApp {}
class SpreadsheetAppFake extends SheetsObject {
  constructor(
    ctx: SheetsCtx,
    private readonly ui: GoogleAppsScript.Base.Ui,
    private readonly bound: () => SpreadsheetModel | null,
    private readonly modelOf: (id: string) => SpreadsheetModel | null,
  ) {
    super(ctx, '');
  }
  getActive(): Spreadsheet {
    this.count('getActive');
    this.kernel.requireBoundAccess('SpreadsheetApp.getActive', [CURRENT_ONLY_SCOPE]);
    const m = this.bound();
    return (m ? new Spreadsheet(this.ctx, m) : null) as Spreadsheet;
  }
  getActiveSpreadsheet(): Spreadsheet {
    this.count('getActiveSpreadsheet');
    this.kernel.requireBoundAccess('SpreadsheetApp.getActiveSpreadsheet', [CURRENT_ONLY_SCOPE]);
    const m = this.bound();
    return (m ? new Spreadsheet(this.ctx, m) : null) as Spreadsheet;
  }
  getActiveSheet(): Sheet {
    this.count('getActiveSheet');
    this.kernel.requireBoundAccess('SpreadsheetApp.getActiveSheet', [CURRENT_ONLY_SCOPE]);
    const m = this.bound();
    const s = m?.activeSheet;
    return (m && s ? new Sheet(this.ctx, m, s) : null) as Sheet;
  }
  openById(id: string): Spreadsheet {
    this.count('openById');
    this.kernel.requireAuthorization('SpreadsheetApp.openById', [SPREADSHEETS_SCOPE]);
    const m = this.modelOf(String(id));
    if (!m) throw this.kernel.makeError(OPEN_BY_ID_ERROR);
    return new Spreadsheet(this.ctx, m);
  }
  openByUrl(url: string): Spreadsheet {
    this.count('openByUrl');
    this.kernel.requireAuthorization('SpreadsheetApp.openByUrl', [SPREADSHEETS_SCOPE]);
    const id = /\/d\/([A-Za-z0-9_-]+)/.exec(String(url))?.[1] ?? '';
    const m = this.modelOf(id);
    if (!m) throw this.kernel.makeError('Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.');
    return new Spreadsheet(this.ctx, m);
  }
  flush(): void {
    this.count('flush');
    // Every pending change is applied: the Sheets API sees them from here on (sheets/advanced.ts).
    if (this.ctx.pendingWrites.execution === this.kernel.currentExecution?.id) this.ctx.pendingWrites.execution = null;
  }
  getUi(): GoogleAppsScript.Base.Ui {
    this.count('getUi');
    if (this.kernel.currentExecution?.kind === 'trigger') {
      throw this.kernel.makeError(UI_FROM_TRIGGER_ERROR);
    }
    return this.ui;
  }
  newDataValidation(): DataValidationBuilder {
    this.count('newDataValidation');
    return new DataValidationBuilder(this.ctx);
  }
  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    this.count('newConditionalFormatRule');
    return new ConditionalFormatRuleBuilder(this.ctx);
  }
}
imitates(SpreadsheetAppFake, 'Spreadsheet.SpreadsheetApp');

/** Charts: its enums (Charts.ChartType…) for Sheet.newChart(); the standalone chart builders are not imitated. */
interface ChartsFake extends GoogleAppsScript.Charts.Charts {}
class ChartsFake extends SheetsObject {
  constructor(ctx: SheetsCtx) {
    super(ctx, '');
  }
}
imitates(ChartsFake, 'Charts.Charts');

/** The undocumented behaviours of Sheets this fake can play either way (see WorkspaceOptions). */
export interface SheetsOptions {
  textCells?: Partial<TextCellBehaviour>;
  /**
   * How a Form's answers land in its response tab: 'parsed' (default; like typed input, so an
   * 18-digit NIP becomes a number and loses its last digits, "0123" loses its zero) or 'text'
   * (as the respondent typed them). Google documents neither.
   */
  formAnswers?: 'parsed' | 'text';
  /** Sheet.getSheetValues with -1 (undocumented): 'data' (default), 'throws' or 'grid' (context.ts). */
  sheetValuesMinusOne?: SheetValuesMinusOne;
  protectionKeeps?: ProtectionKeeps;
  /** Keep each spreadsheet's cells as at the last flush, for the Sheets API's 'stale' reads (sheets/advanced.ts). */
  keepFlushedCells?: boolean;
  /**
   * Whether a TextFinder sees values this execution wrote and has not flushed (undocumented):
   * 'sees' (default) or 'stale' (the cells as at the last flush; sheets/text-finder.ts).
   */
  textFinderPending?: TextFinderPending;
}

export function createSpreadsheetApp(kernel: Kernel, options: SheetsOptions = {}): {

  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  Charts: GoogleAppsScript.Charts.Charts;
  backdoor: SheetsBackdoor;
  ui: UiBackdoor;
  /** What the Sheets advanced service (sheets/advanced.ts) shares with SpreadsheetApp. */
  ctx: SheetsCtx;
  modelOf(id: string): SpreadsheetModel | null;
} {
  const { ui, backdoor: uiBackdoor } = createUi(kernel);
  let boundId: string | null = null;

  const modelOf = (id: string): SpreadsheetModel | null => {
    const entry = kernel.file(id);
    return entry && !entry.trashed && entry.content instanceof SpreadsheetModel ? entry.content : null;
  };

  const ctx: SheetsCtx = {
    kernel,
    locOf(range: unknown): RangeLoc {
      if (range instanceof Range) return range.loc;
      throw kernel.makeError('Invalid argument: range');
    },
    makeRange: (loc) => new Range(ctx, loc),
    valuesAt: (loc) => readValues(ctx, loc),
    user: (email) => new User(kernel, 'SpreadsheetApp', () => email),
    makeSheet: (ss, sheet) => new Sheet(ctx, ss, sheet),
    makeSpreadsheet: (ss) => new Spreadsheet(ctx, ss),
    ownerOf: (ss) => kernel.file(ss.id)?.owner ?? kernel.user,
    currentUser: () => kernel.currentExecution?.user ?? kernel.user,
    textCells: { ...DEFAULT_TEXT_CELLS, ...options.textCells },
    sheetValuesMinusOne: options.sheetValuesMinusOne ?? 'data',
    protectionKeeps: options.protectionKeeps ?? 'owner',
    textFinderPending: options.textFinderPending ?? 'sees',
    pendingWrites: { execution: null, keepBefore: options.keepFlushedCells === true || options.textFinderPending === 'stale', before: new Map() },
    allSpreadsheets: () => [...kernel.files.values()].filter((f) => !f.trashed && f.content instanceof SpreadsheetModel).map((f) => f.content as SpreadsheetModel),
  };

  const handle = (model: SpreadsheetModel) => new Spreadsheet(ctx, model);
  const SpreadsheetApp = new SpreadsheetAppFake(ctx, ui, () => (boundId ? modelOf(boundId) : null), modelOf);
  const Charts = new ChartsFake(ctx);

  // ---- back door ------------------------------------------------------------------------------

  const need = (id: string): SpreadsheetModel => {
    const m = modelOf(id);
    if (!m) throw new Error(`No spreadsheet ${id}`);
    return m;
  };
  const needSheet = (id: string, name: string): { ss: SpreadsheetModel; sheet: SheetModel } => {
    const ss = need(id);
    const sheet = ss.byName(name);
    if (!sheet) throw new Error(`No sheet "${name}" in spreadsheet ${id}`);
    return { ss, sheet };
  };
  const dataLoc = (ss: SpreadsheetModel, sheet: SheetModel): RangeLoc | null => {
    const rows = sheet.lastRow();
    const cols = sheet.lastColumn();
    return rows && cols ? { ss, sheet, rect: { row: 1, column: 1, numRows: rows, numColumns: cols } } : null;
  };
  const nodeValue = (v: CellValue): CellValue => (isDateValue(v) ? new Date(v.getTime()) : v);

  const backdoor: SheetsBackdoor = {
    createSpreadsheet(name, options = {}) {
      const id = kernel.newId('1');
      const model = new SpreadsheetModel(id);
      model.addSheet('Sheet1');
      kernel.registerFile({ id, name, mimeType: MimeTypes.SPREADSHEET, content: model });
      if (options.bound || boundId === null) boundId = id;
      return id;
    },
    spreadsheetIds() {
      return [...kernel.files.values()].filter((f) => !f.trashed && f.content instanceof SpreadsheetModel).map((f) => f.id);
    },
    sheetNames(id) {
      return need(id).sheets.map((s) => s.name);
    },
    snapshot(id, name) {
      const ss = need(id);
      const sheet = ss.byName(name);
      return sheet ? snapshotOf(ss, sheet) : null;
    },
    values(id, name) {
      const ss = need(id);
      const sheet = ss.byName(name);
      return sheet ? storedValues(ss, sheet) : null;
    },
    displayValues(id, name) {
      const { ss, sheet } = needSheet(id, name);
      const loc = dataLoc(ss, sheet);
      return loc ? readDisplay(loc) : [];
    },
    userWrite(id, name, row, column, values, as) {
      const ss = need(id);
      const sheet = ss.byName(name) ?? ss.addSheet(name);
      const width = Math.max(0, ...values.map((r) => r.length));
      if (values.length === 0 || width === 0) return;
      const data = values.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill('')]);
      // Typed by a named person: the UI refuses a protected cell they may not edit, as Google's does.
      if (as !== undefined) guardProtected(ctx, { ss, sheet, rect: { row, column, numRows: data.length, numColumns: width } }, as);
      // A user may paste past validation (the UI's rules are not re-checked on paste here).
      writeValues(ctx, { ss, sheet, rect: { row, column, numRows: data.length, numColumns: width } }, data, { validate: false });
    },
    shareWithDomain(id, shared) {
      need(id).sharedWithDomain = shared;
    },
    setTimeZone(id, zone) {
      need(id).timeZone = zone;
    },
    userDeleteRows(id, name, row, count) {
      const { sheet } = needSheet(id, name);
      if (!(row >= 1) || !(count >= 1) || row + count - 1 > sheet.maxRows || count >= sheet.maxRows) throw new Error('Those rows are out of bounds.');
      sheet.deleteRows(row, count);
    },
    userDeleteSheet(id, name) {
      const { ss, sheet } = needSheet(id, name);
      ss.removeSheet(sheet);
    },
    userRenameSheet(id, name, newName) {
      const { ss, sheet } = needSheet(id, name);
      const other = ss.byName(newName);
      if (other && other !== sheet) throw new Error(`A sheet with the name "${newName}" already exists.`);
      sheet.name = newName;
    },
    userDuplicateSheet(id, name, newName, options = {}) {
      const { ss, sheet } = needSheet(id, name);
      if (ss.byName(newName)) throw new Error(`A sheet with the name "${newName}" already exists.`);
      const copy = sheet.clone(ss.newSheetId());
      copy.name = newName;
      copy.formUrl = null;
      // Not documented whether a duplicated sheet keeps its developer metadata: a switch.
      copy.metadata = options.copiesMetadata ? sheet.metadata.map((m) => ({ ...m, id: ss.newMetadataId() })) : [];
      ss.sheets.splice(ss.sheets.indexOf(sheet) + 1, 0, copy);
    },
    toasts(id) {
      return need(id).toasts.map((t) => ({ ...t }));
    },
    linkFormDestination(id, formUrl, headers) {
      const ss = need(id);
      // Google names response tabs in English and puts the new one first.
      const sheet = ss.addSheet(nextFreeName(ss, 'Form Responses '), 0);
      headers.forEach((h, i) => {
        const cell = sheet.cell(1, i + 1);
        cell.value = h;
      });
      sheet.frozenRows = 1;
      sheet.formUrl = formUrl;
      return sheet.name;
    },
    addFormColumn(id, name, header) {
      const { sheet } = needSheet(id, name);
      let column = 1;
      while (SheetModel.hasContent(sheet.get(1, column))) column += 1;
      sheet.cell(1, column).value = header;
      return column;
    },
    appendFormRow(id, name, values) {
      const { ss, sheet } = needSheet(id, name);
      const row = sheet.lastRow() + 1;
      values.forEach((v, j) => {
        const cell = sheet.cell(row, j + 1);
        if (isDateValue(v)) {
          cell.value = kernel.makeDate(v.getTime());
          if (!cell.format) cell.format = 'dd/MM/yyyy HH:mm:ss';
          return;
        }
        // Answers are parsed like typed input ("0123" loses its zero), but never become formulas;
        // or, switched to 'text', kept as typed.
        const parsed = options.formAnswers === 'text' ? { value: String(v), formula: '' } : parseInput(v, cell.format ?? '', kernel.makeDate, ctx.textCells);
        cell.value = parsed.formula ? String(v) : parsed.value;
        cell.formula = '';
        if (parsed.impliedFormat && !cell.format) cell.format = parsed.impliedFormat;
      });
      return ctx.makeRange({ ss, sheet, rect: { row, column: 1, numRows: 1, numColumns: Math.max(1, values.length) } });
    },
    headers(id, name) {
      const { ss, sheet } = needSheet(id, name);
      const cols = sheet.lastColumn();
      if (cols === 0) return [];
      return readDisplay({ ss, sheet, rect: { row: 1, column: 1, numRows: 1, numColumns: cols } })[0];
    },
    spreadsheetObject(id) {
      return handle(need(id));
    },
  };

  /** The sheet's stored values over its data range, as a snapshot's `values`. */
  function storedValues(ss: SpreadsheetModel, sheet: SheetModel): CellValue[][] {
    const loc = dataLoc(ss, sheet);
    return loc ? readValues(ctx, loc).map((r) => r.map(nodeValue)) : [];
  }

  function snapshotOf(ss: SpreadsheetModel, sheet: SheetModel): SheetSnapshot {
    const values = storedValues(ss, sheet);
    const formulas = values.map((r, i) => r.map((_, j) => sheet.get(i + 1, j + 1)?.formula ?? ''));
    const backgrounds: Record<string, string> = {};
    const fontWeights: Record<string, string> = {};
    const numberFormats: Record<string, string> = {};
    const fontColors: Record<string, string> = {};
    const fontFamilies: Record<string, string> = {};
    const wraps: Record<string, string> = {};
    const horizontalAlignments: Record<string, string> = {};
    const verticalAlignments: Record<string, string> = {};
    const notes: Record<string, string> = {};
    const rules: ValidationModel[] = [];
    sheet.rows.forEach((row, i) =>
      row?.forEach((cell, j) => {
        if (!cell) return;
        const at = a1(i + 1, j + 1);
        if (cell.background) backgrounds[at] = cell.background;
        if (cell.fontWeight && cell.fontWeight !== 'normal') fontWeights[at] = cell.fontWeight;
        if (cell.format) numberFormats[at] = cell.format;
        if (cell.fontColor) fontColors[at] = cell.fontColor;
        if (cell.fontFamily) fontFamilies[at] = cell.fontFamily;
        if (cell.wrap) wraps[at] = cell.wrap;
        if (cell.horizontalAlignment) horizontalAlignments[at] = cell.horizontalAlignment;
        if (cell.verticalAlignment) verticalAlignments[at] = cell.verticalAlignment;
        if (cell.note) notes[at] = cell.note;
        if (cell.validation && !rules.includes(cell.validation)) rules.push(cell.validation);
      }),
    );
    const plain = (v: unknown): unknown => {
      if (v instanceof Range) return `${v.loc.sheet.name}!${locA1(v.loc)}`;
      return Array.isArray(v) ? v.map(plain) : v;
    };
    return {
      name: sheet.name,
      values,
      formulas,
      frozenRows: sheet.frozenRows,
      frozenColumns: sheet.frozenColumns,
      hidden: sheet.hidden,
      protections: sheet.protections
        .filter((p) => !p.removed)
        .map((p) => ({ range: p.range, description: p.description, warningOnly: p.warningOnly, editors: [...p.editors], domainEdit: p.domainEdit === true })),
      validations: rules.flatMap((rule) =>
        sheet.rectanglesOf((c) => c.validation === rule).map((range) => ({
          range,
          criteria: rule.criteria,
          values: plain(rule.values) as unknown[],
          allowInvalid: rule.allowInvalid,
          helpText: rule.helpText,
        })),
      ),
      conditionalFormats: sheet.conditionalRules.map((r) => ({
        ranges: r.ranges.map((x) => x.a1),
        condition: r.condition,
        values: [...r.values],
        background: r.background,
        fontColor: r.fontColor,
      })),
      charts: sheet.charts.map((c) => ({ type: c.type, ranges: [...c.ranges], title: String(c.options.title ?? ''), position: { ...c.position }, options: { ...c.options } })),
      backgrounds,
      fontWeights,
      numberFormats,
      fontColors,
      fontFamilies,
      wraps,
      horizontalAlignments,
      verticalAlignments,
      columnWidths: Object.fromEntries(sheet.columnWidths),
      rowHeights: Object.fromEntries(sheet.rowHeights),
      merges: [...sheet.merges],
      formUrl: sheet.formUrl,
      notes,
    };
  }

  return { SpreadsheetApp, Charts, backdoor, ui: uiBackdoor, ctx, modelOf };
}
