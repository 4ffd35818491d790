/**
 * The Sheets advanced service (`Sheets`, the Google Sheets API v4 through Apps Script), as far as
 * the product uses it, on the same spreadsheet model as the in-memory SpreadsheetApp:
 *
 * - `Sheets.Spreadsheets.Values.batchGet(spreadsheetId, {ranges, valueRenderOption,
 *   dateTimeRenderOption, majorDimension})` and `.get(spreadsheetId, range, options)`: each range
 *   in A1 notation, a sheet name alone meaning the whole sheet ("'Log Surat Suara'", quotes
 *   doubled inside), "'Name'!A1:C9", "A1:C9" (the first sheet). The response's `valueRanges` are
 *   in the order of the requested ranges; each `range` is the whole requested range (clamped to
 *   the grid) while `values` leaves out trailing empty rows and, in each row, trailing empty cells
 *   (Google: "For output, empty trailing rows and columns will not be included"); an empty cell
 *   before a later value comes back as "", an empty row before a later one as []; `values` is
 *   absent when the range holds nothing. Render options, as the reference defines them:
 *   FORMATTED_VALUE (default: every value as the cell shows it), UNFORMATTED_VALUE (numbers,
 *   booleans, text as stored), FORMULA (a formula's text, else the unformatted value); dates,
 *   under the two latter, as SERIAL_NUMBER (default: days since 30 December 1899 in the
 *   spreadsheet's time zone, the time as the fraction) or FORMATTED_STRING (as the cell shows it).
 *   A sheet that does not exist fails the whole call ("Unable to parse range: …").
 * - `Sheets.Spreadsheets.Values.batchUpdate({valueInputOption, data}, spreadsheetId)` and
 *   `.update(valueRange, spreadsheetId, range, {valueInputOption})`: RAW stores strings as given,
 *   USER_ENTERED parses them as typed (the same parsing as SpreadsheetApp's setValues); values
 *   are bool, string or double only (a Date or any object is refused here: Google's JSON has no
 *   such value); null leaves the cell as it is, "" empties it; more rows or columns than the range
 *   holds, or a range past the grid, is refused; all ranges are applied together or none.
 *
 * What the reference leaves open, or Apps Script adds:
 * - The service exists only when the manifest enables it (`dependencies.enabledAdvancedServices`),
 *   and needs one of the scopes the reference lists for the method (drive, drive.file,
 *   spreadsheets and their readonly variants for reads); `spreadsheets.currentonly`, an Apps
 *   Script scope, is not one of them.
 * - SpreadsheetApp batches its changes ("Spreadsheet operations are sometimes bundled together to
 *   improve performance", SpreadsheetApp.flush()); whether an API call of the same execution sees
 *   changes not yet flushed is not documented. `pending` chooses: 'refuse' (default: a call while
 *   SpreadsheetApp changes of this execution are unflushed throws, so the product must flush
 *   first and is then right under every behaviour) or 'stale' (reads see the spreadsheet as it
 *   was at the execution's last flush, or its start; writes are still refused).
 * - Quotas (developers.google.com/sheets/api/limits): 60 read and 60 write requests per minute
 *   per user per project, 300 per project, refilled every minute; beyond them HTTP 429 "Quota
 *   exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user'…".
 *   Every trigger runs as the user who installed it, so a burst of submissions shares one user's
 *   quota. `quota` sets the per-user limits (0: every call fails) to test the fallback.
 *
 * Node-only (src/offline is never bundled).
 */
import type { CellValue } from '../contracts';
import { FakeObject, imitates } from '../kernel/fake';
import type { Kernel } from '../kernel/kernel';
import type { SheetsCtx } from './context';
import type { CellData, SheetModel, SpreadsheetModel } from './model';
import { checkCellLength, guardProtected, writeValues } from './cells';
import { columnLetter, displayValue, type GridRect, isDateValue, parseA1 } from './values';

type Json = Record<string, unknown>;

/** The scopes the reference lists for spreadsheets.values reads; writes need a non-readonly one. */
export const SHEETS_API_READ_SCOPES = [
  'https://www.googleapis.com/auth/drive',
  'https://www.googleapis.com/auth/drive.file',
  'https://www.googleapis.com/auth/drive.readonly',
  'https://www.googleapis.com/auth/spreadsheets',
  'https://www.googleapis.com/auth/spreadsheets.readonly',
] as const;
export const SHEETS_API_WRITE_SCOPES = ['https://www.googleapis.com/auth/drive', 'https://www.googleapis.com/auth/drive.file', 'https://www.googleapis.com/auth/spreadsheets'] as const;

/** The per-minute request quotas (developers.google.com/sheets/api/limits). */
export const SHEETS_API_QUOTA = { readsPerMinutePerUser: 60, writesPerMinutePerUser: 60, readsPerMinute: 300, writesPerMinute: 300 } as const;

/** What Apps Script throws for a request over the per-user read quota (the API's 429 message). */
export function sheetsQuotaError(method: string, kind: 'Read' | 'Write', per: 'user' | 'project' = 'user'): string {
  const limit = per === 'user' ? `${kind} requests per minute per user` : `${kind} requests per minute`;
  return `API call to sheets.spreadsheets.values.${method} failed with error: Quota exceeded for quota metric '${kind} requests' and limit '${limit}' of service 'sheets.googleapis.com' for consumer 'project_number:1008'.`;
}

export type PendingWrites = 'refuse' | 'stale';

export interface SheetsAdvancedOptions {
  /** The spreadsheet model of a file id (null: none, or not a spreadsheet). */
  modelOf(id: string): SpreadsheetModel | null;
  /** The scopes the user granted. */
  grantedScopes(): readonly string[];
  /** Unflushed SpreadsheetApp changes (see the file comment), default 'refuse'. */
  pending?: PendingWrites;
  /** Per-user per-minute limits (default 60 and 60). */
  quota?: { readsPerMinute?: number; writesPerMinute?: number };
}

const DAY_MS = 24 * 60 * 60 * 1000;
const SERIAL_EPOCH_OFFSET = 25569;

/** Offset of `zone` from UTC at `ms`, in ms (Node's ICU knows every IANA zone). */
export function zoneOffsetMs(zone: string, ms: number): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(new Date(ms));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - (ms - (((ms % 1000) + 1000) % 1000));
}

/** A date's serial number in `zone` (days since 1899-12-30 00:00 there, the time as the fraction). */
export function serialOf(ms: number, zone: string): number {
  return (ms + zoneOffsetMs(zone, ms)) / DAY_MS + SERIAL_EPOCH_OFFSET;
}

function apiError(method: string, message: string): Error {
  return new Error(`API call to sheets.spreadsheets.values.${method} failed with error: ${message}`);
}

/** A sheet name as the API writes it in A1 notation: quoted unless letters, digits and _ only. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.split("'").join("''")}'`;
}

function rectA1(rect: GridRect): string {
  return `${columnLetter(rect.column)}${rect.row}:${columnLetter(rect.column + rect.numColumns - 1)}${rect.row + rect.numRows - 1}`;
}

interface Target {
  sheet: SheetModel;
  rect: GridRect;
}

/** Resolves one A1 range of the request, or throws "Unable to parse range". */
function resolveRange(method: string, ss: SpreadsheetModel, range: unknown): Target {
  const text = typeof range === 'string' ? range.trim() : '';
  const fail = () => apiError(method, `Unable to parse range: ${String(range)}`);
  if (text === '') throw fail();
  const unquote = (n: string) => (n.length >= 2 && n.startsWith("'") && n.endsWith("'") ? n.slice(1, -1).split("''").join("'") : n);
  const bySheetName = (n: string) => ss.sheets.find((s) => s.name === n);
  const bang = text.lastIndexOf('!');
  if (bang < 0) {
    const whole = bySheetName(unquote(text));
    if (whole) return { sheet: whole, rect: { row: 1, column: 1, numRows: whole.maxRows, numColumns: whole.maxColumns } };
    const first = ss.sheets.find((s) => !s.hidden) ?? ss.sheets[0];
    const parsed = first ? parseA1(text, first.maxRows, first.maxColumns) : null;
    if (!first || !parsed) throw fail();
    return { sheet: first, rect: parsed.rect };
  }
  const sheet = bySheetName(unquote(text.slice(0, bang)));
  if (!sheet) throw fail();
  const parsed = parseA1(text.slice(bang + 1), sheet.maxRows, sheet.maxColumns);
  if (!parsed) throw fail();
  return { sheet, rect: parsed.rect };
}

const RENDER = ['FORMATTED_VALUE', 'UNFORMATTED_VALUE', 'FORMULA'] as const;
const DATE_RENDER = ['SERIAL_NUMBER', 'FORMATTED_STRING'] as const;
const DIMENSIONS = ['ROWS', 'COLUMNS'] as const;
type Render = (typeof RENDER)[number];
type DateRender = (typeof DATE_RENDER)[number];

function option<T extends string>(method: string, name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined || value === null || value === '') return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw apiError(method, `Invalid value at '${name}' (type.googleapis.com/google.apps.sheets.v4.${name === 'major_dimension' ? 'Dimension' : name === 'value_render_option' ? 'ValueRenderOption' : 'DateTimeRenderOption'}), "${String(value)}"`);
}

/** One cell as the API renders it (undefined: empty). */
function rendered(cell: CellData | undefined, render: Render, dates: DateRender, zone: string): unknown {
  if (!cell) return undefined;
  if (render === 'FORMULA' && cell.formula !== '') return cell.formula;
  const v: CellValue = cell.value;
  if (v === '' || v === null || v === undefined) return undefined;
  if (render === 'FORMATTED_VALUE') return displayValue(v, cell.format ?? '');
  if (isDateValue(v)) return dates === 'SERIAL_NUMBER' ? serialOf(v.getTime(), zone) : displayValue(v, cell.format ?? '');
  return v;
}

/** The values of a target as the API returns them: trailing empties left out. */
function valuesOf(target: Target, render: Render, dates: DateRender, dimension: 'ROWS' | 'COLUMNS', zone: string, model: (row: number, column: number) => CellData | undefined): unknown[][] {
  const { rect } = target;
  // Only cells that exist are visited: a 1000 × 26 grid with 5 rows of data costs 5 rows.
  const out: unknown[][] = [];
  let lastMajor = -1;
  const lastRow = Math.min(rect.row + rect.numRows - 1, target.sheet.rows.length);
  const grid: unknown[][] = [];
  for (let r = rect.row; r <= lastRow; r += 1) {
    const stored = target.sheet.rows[r - 1];
    if (!stored) continue;
    const lastColumn = Math.min(rect.column + rect.numColumns - 1, stored.length);
    for (let c = rect.column; c <= lastColumn; c += 1) {
      const v = rendered(model(r, c), render, dates, zone);
      if (v === undefined) continue;
      const i = dimension === 'ROWS' ? r - rect.row : c - rect.column;
      const j = dimension === 'ROWS' ? c - rect.column : r - rect.row;
      (grid[i] ??= [])[j] = v;
      if (i > lastMajor) lastMajor = i;
    }
  }
  for (let i = 0; i <= lastMajor; i += 1) {
    const line = grid[i] ?? [];
    const row: unknown[] = [];
    for (let j = 0; j < line.length; j += 1) row.push(line[j] === undefined ? '' : line[j]);
    out.push(row);
  }
  return out;
}

/** Everything a counted request does first: authorisation, scope, quota. */
class Gate {
  private readonly buckets = new Map<string, { minute: number; n: number }>();

  constructor(
    private readonly kernel: Kernel,
    private readonly options: SheetsAdvancedOptions,
  ) {}

  check(method: string, kind: 'Read' | 'Write'): void {
    const { kernel } = this;
    const exec = kernel.currentExecution;
    const scopes = kind === 'Read' ? SHEETS_API_READ_SCOPES : SHEETS_API_WRITE_SCOPES;
    if (exec && exec.authMode !== 'FULL') {
      throw kernel.makeError(`You do not have permission to call Sheets.Spreadsheets.Values.${method}. Required permissions: (${scopes.join(' || ')})`);
    }
    const granted = this.options.grantedScopes();
    if (!scopes.some((s) => granted.includes(s))) throw apiError(method, 'Request had insufficient authentication scopes.');
    const minute = Math.floor(kernel.now() / 60_000);
    const user = exec?.user ?? kernel.user;
    const perUser = kind === 'Read' ? (this.options.quota?.readsPerMinute ?? SHEETS_API_QUOTA.readsPerMinutePerUser) : (this.options.quota?.writesPerMinute ?? SHEETS_API_QUOTA.writesPerMinutePerUser);
    const perProject = kind === 'Read' ? SHEETS_API_QUOTA.readsPerMinute : SHEETS_API_QUOTA.writesPerMinute;
    const take = (key: string, limit: number, per: 'user' | 'project') => {
      const b = this.buckets.get(key);
      const bucket = b && b.minute === minute ? b : { minute, n: 0 };
      this.buckets.set(key, bucket);
      if (bucket.n >= limit) throw new Error(sheetsQuotaError(method, kind, per));
      return bucket;
    };
    const mine = take(`${kind}:user:${user}`, perUser, 'user');
    const all = take(`${kind}:project`, perProject, 'project');
    mine.n += 1;
    all.n += 1;
  }
}

interface ValuesCollection extends GoogleAppsScript.Sheets.Collection.Spreadsheets.ValuesCollection {}
/** Sheets.Spreadsheets.Values, counted as "Sheets.Spreadsheets.Values.<method>". */
class ValuesCollection extends FakeObject {
  constructor(
    kernel: Kernel,
    private readonly ctx: SheetsCtx,
    private readonly options: SheetsAdvancedOptions,
    private readonly gate: Gate,
  ) {
    super(kernel, 'Sheets', 'Spreadsheets.Values');
  }

  private spreadsheet(method: string, id: unknown): SpreadsheetModel {
    const ss = this.options.modelOf(String(id));
    if (!ss) throw apiError(method, 'Requested entity was not found.');
    return ss;
  }

  /** The unflushed-changes rule (file comment): the cells a read sees, or a refusal. */
  private cellsFor(method: string, ss: SpreadsheetModel, write: boolean): (sheet: SheetModel) => (row: number, column: number) => CellData | undefined {
    const live = (sheet: SheetModel) => (row: number, column: number) => sheet.get(row, column);
    const pending = this.ctx.pendingWrites;
    const exec = this.kernel.currentExecution;
    if (!exec || pending.execution !== exec.id) return live;
    if (write || (this.options.pending ?? 'refuse') === 'refuse') {
      throw new Error(
        `The in-memory Sheets service refuses sheets.spreadsheets.values.${method}: SpreadsheetApp changes of this execution are not flushed yet, which Google's API may not see (undocumented). Call SpreadsheetApp.flush() first.`,
      );
    }
    const before = pending.before.get(ss.id);
    if (!before) return live;
    return (sheet: SheetModel) => {
      const old = before.find((s) => s.id === sheet.id) ?? sheet;
      return (row: number, column: number) => old.get(row, column);
    };
  }

  batchGet(spreadsheetId: string, optionalArgs?: object): GoogleAppsScript.Sheets.Schema.BatchGetValuesResponse {
    this.count('batchGet');
    return this.read('batchGet', spreadsheetId, optionalArgs as Json | undefined, null);
  }

  get(spreadsheetId: string, range: string, optionalArgs?: object): GoogleAppsScript.Sheets.Schema.ValueRange {
    this.count('get');
    const res = this.read('get', spreadsheetId, optionalArgs as Json | undefined, range);
    return (res.valueRanges ?? [])[0] as GoogleAppsScript.Sheets.Schema.ValueRange;
  }

  private read(method: string, spreadsheetId: string, args: Json | undefined, single: string | null): GoogleAppsScript.Sheets.Schema.BatchGetValuesResponse {
    this.gate.check(method, 'Read');
    const ss = this.spreadsheet(method, spreadsheetId);
    const cells = this.cellsFor(method, ss, false);
    const render = option(method, 'value_render_option', args?.valueRenderOption, RENDER, 'FORMATTED_VALUE');
    const dates = option(method, 'date_time_render_option', args?.dateTimeRenderOption, DATE_RENDER, 'SERIAL_NUMBER');
    const dimension = option(method, 'major_dimension', args?.majorDimension, DIMENSIONS, 'ROWS');
    const asked = single !== null ? [single] : args?.ranges === undefined ? [] : Array.isArray(args.ranges) ? args.ranges : [args.ranges];
    // Every range is resolved before anything is read: one bad range fails the call.
    const targets = asked.map((r) => {
      const t = resolveRange(method, ss, r);
      const rows = Math.max(0, Math.min(t.rect.numRows, t.sheet.maxRows - t.rect.row + 1));
      const columns = Math.max(0, Math.min(t.rect.numColumns, t.sheet.maxColumns - t.rect.column + 1));
      if (rows === 0 || columns === 0) throw apiError(method, `Range (${quoteSheetName(t.sheet.name)}!${rectA1(t.rect)}) exceeds grid limits. Max rows: ${t.sheet.maxRows}, max columns: ${t.sheet.maxColumns}`);
      return { sheet: t.sheet, rect: { ...t.rect, numRows: rows, numColumns: columns } };
    });
    let carried = 0;
    const valueRanges = targets.map((t) => {
      const values = valuesOf(t, render, dates, dimension, ss.timeZone, cells(t.sheet));
      for (const row of values) carried += row.length;
      const out: Json = { range: `${quoteSheetName(t.sheet.name)}!${rectA1(t.rect)}`, majorDimension: dimension };
      if (values.length > 0) out.values = values;
      return out;
    });
    this.kernel.transfer('read', carried);
    return { spreadsheetId: ss.id, valueRanges } as GoogleAppsScript.Sheets.Schema.BatchGetValuesResponse;
  }

  batchUpdate(resource: GoogleAppsScript.Sheets.Schema.BatchUpdateValuesRequest, spreadsheetId: string): GoogleAppsScript.Sheets.Schema.BatchUpdateValuesResponse {
    this.count('batchUpdate');
    const body = (resource ?? {}) as Json;
    return this.write('batchUpdate', spreadsheetId, body.valueInputOption, Array.isArray(body.data) ? (body.data as Json[]) : []);
  }

  update(resource: GoogleAppsScript.Sheets.Schema.ValueRange, spreadsheetId: string, range: string, optionalArgs?: object): GoogleAppsScript.Sheets.Schema.UpdateValuesResponse {
    this.count('update');
    const res = this.write('update', spreadsheetId, (optionalArgs as Json | undefined)?.valueInputOption, [{ ...(resource as Json), range }]);
    return (res.responses ?? [])[0] as GoogleAppsScript.Sheets.Schema.UpdateValuesResponse;
  }

  private write(method: string, spreadsheetId: string, inputOption: unknown, data: Json[]): GoogleAppsScript.Sheets.Schema.BatchUpdateValuesResponse {
    this.gate.check(method, 'Write');
    const ss = this.spreadsheet(method, spreadsheetId);
    this.cellsFor(method, ss, true);
    if (inputOption !== 'RAW' && inputOption !== 'USER_ENTERED') {
      throw apiError(method, inputOption === undefined ? "'valueInputOption' is required but not specified" : `Invalid value at 'value_input_option' (type.googleapis.com/google.apps.sheets.v4.ValueInputOption), "${String(inputOption)}"`);
    }
    // Validate everything first: the ranges are applied together or not at all.
    const plans = data.map((d, k) => {
      const target = resolveRange(method, ss, d.range);
      const dimension = option(method, `data[${k}].major_dimension`, d.majorDimension, DIMENSIONS, 'ROWS');
      const raw = d.values === undefined ? [] : d.values;
      if (!Array.isArray(raw) || raw.some((r) => !Array.isArray(r))) throw apiError(method, `Invalid data[${k}]: values must be a list of lists.`);
      const lines = raw as unknown[][];
      // Rows-major from here on.
      const width = Math.max(0, ...lines.map((l) => l.length));
      const rows: unknown[][] =
        dimension === 'ROWS' ? lines : Array.from({ length: width }, (_, i) => lines.map((l) => l[i]));
      const { rect, sheet } = target;
      const numRows = rows.length;
      const numColumns = Math.max(0, ...rows.map((r) => r.length));
      if (numRows > rect.numRows) throw apiError(method, `Requested writing within range [${quoteSheetName(sheet.name)}!${rectA1(rect)}], but tried writing to row [${rect.row + numRows - 1}]`);
      if (numColumns > rect.numColumns) throw apiError(method, `Requested writing within range [${quoteSheetName(sheet.name)}!${rectA1(rect)}], but tried writing to column [${columnLetter(rect.column + numColumns - 1)}]`);
      if (rect.row + Math.max(numRows, 1) - 1 > sheet.maxRows || rect.column + Math.max(numColumns, 1) - 1 > sheet.maxColumns) {
        throw apiError(method, `Range (${quoteSheetName(sheet.name)}!${rectA1(rect)}) exceeds grid limits. Max rows: ${sheet.maxRows}, max columns: ${sheet.maxColumns}`);
      }
      rows.forEach((r) =>
        r.forEach((v) => {
          if (v === null || v === undefined || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) return;
          throw apiError(method, `Invalid values[${rows.indexOf(r)}][${r.indexOf(v)}]: ${isDateValue(v) ? 'a Date' : typeof v} is not a bool, string or number (the API's JSON values)`);
        }),
      );
      checkCellLength(this.ctx, rows);
      if (numRows > 0 && numColumns > 0) guardProtected(this.ctx, { ss, sheet, rect: { row: rect.row, column: rect.column, numRows, numColumns } });
      return { sheet, rect, rows, numRows, numColumns };
    });
    let cells = 0;
    const responses = plans.map((p) => {
      let updated = 0;
      const touchedRows = new Set<number>();
      const touchedColumns = new Set<number>();
      p.rows.forEach((r, i) =>
        r.forEach((v, j) => {
          if (v === null || v === undefined) return;
          const row = p.rect.row + i;
          const column = p.rect.column + j;
          const loc = { ss, sheet: p.sheet, rect: { row, column, numRows: 1, numColumns: 1 } };
          if (inputOption === 'RAW') {
            const cell = p.sheet.cell(row, column);
            cell.value = v as CellValue;
            cell.formula = '';
          } else {
            writeValues(this.ctx, loc, [[v]], { validate: false });
          }
          updated += 1;
          touchedRows.add(row);
          touchedColumns.add(column);
        }),
      );
      cells += updated;
      const updatedRange = `${quoteSheetName(p.sheet.name)}!${rectA1({ ...p.rect, numRows: Math.max(1, p.numRows), numColumns: Math.max(1, p.numColumns) })}`;
      return { spreadsheetId: ss.id, updatedRange, updatedRows: touchedRows.size, updatedColumns: touchedColumns.size, updatedCells: updated };
    });
    this.kernel.transfer('write', cells);
    const entry = this.kernel.file(ss.id);
    if (entry) entry.updatedAt = this.kernel.now();
    return {
      spreadsheetId: ss.id,
      totalUpdatedRows: responses.reduce((n, r) => n + r.updatedRows, 0),
      totalUpdatedColumns: Math.max(0, ...responses.map((r) => r.updatedColumns)),
      totalUpdatedCells: cells,
      totalUpdatedSheets: new Set(plans.filter((p) => p.numRows > 0).map((p) => p.sheet.id)).size,
      responses,
    } as GoogleAppsScript.Sheets.Schema.BatchUpdateValuesResponse;
  }
}
imitates(ValuesCollection, 'Sheets.Collection.Spreadsheets.ValuesCollection');

interface SpreadsheetsCollection extends GoogleAppsScript.Sheets.Collection.SpreadsheetsCollection {}
/** Sheets.Spreadsheets: only its Values collection is imitated. */
class SpreadsheetsCollection extends FakeObject {
  readonly Values: ValuesCollection;
  constructor(kernel: Kernel, ctx: SheetsCtx, options: SheetsAdvancedOptions) {
    super(kernel, 'Sheets', 'Spreadsheets');
    this.Values = new ValuesCollection(kernel, ctx, options, new Gate(kernel, options));
  }
}
imitates(SpreadsheetsCollection, 'Sheets.Collection.SpreadsheetsCollection');

interface SheetsService extends GoogleAppsScript.Sheets {}
/** The `Sheets` global (the Schema builders newXxx() are not imitated). */
class SheetsService extends FakeObject {
  readonly Spreadsheets: SpreadsheetsCollection;
  constructor(kernel: Kernel, ctx: SheetsCtx, options: SheetsAdvancedOptions) {
    super(kernel, 'Sheets', '');
    this.Spreadsheets = new SpreadsheetsCollection(kernel, ctx, options);
  }
}
imitates(SheetsService, 'Sheets');

export function createSheetsAdvanced(kernel: Kernel, ctx: SheetsCtx, options: SheetsAdvancedOptions): GoogleAppsScript.Sheets {
  return new SheetsService(kernel, ctx, options);
}

/** Whether `manifest` (appsscript.json) enables the Sheets advanced service. */
export function sheetsServiceEnabled(manifest: unknown): boolean {
  const services = ((manifest as Json)?.dependencies as Json | undefined)?.enabledAdvancedServices;
  return Array.isArray(services) && services.some((s) => (s as Json)?.serviceId === 'sheets' && (s as Json)?.userSymbol === 'Sheets');
}
