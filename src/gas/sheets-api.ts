/**
 * The Sheets advanced service (the Sheets API v4, `Sheets` in Apps Script): the one place that
 * calls it. It reads several whole sheets in one request where SpreadsheetApp needs two calls a
 * sheet (getSheetByName, getSheetValues), and gives the values `sheetValues` (gas/sheets) would:
 * numbers, text, booleans, and Dates for date cells.
 *
 * One difference it cannot see: the API leaves trailing empty values out, and a cell holding only
 * a formula that shows nothing (`=""`, `=IF(…;"")`) is empty to it while SpreadsheetApp's data
 * range counts it. So the rectangle may be narrower or shorter than `sheetValues`' by such cells
 * at its right or bottom edge: a caller treats a missing cell as empty and never takes the
 * rectangle's size for the sheet's last row (where that matters, an append position, it asks
 * SpreadsheetApp).
 *
 * The API renders a date either as its serial number or as the cell shows it, never as a Date:
 * one request asks for serial numbers (UNFORMATTED_VALUE, SERIAL_NUMBER), a second, for the
 * sheets that hold numbers at all, asks the same ranges with dates as shown (FORMATTED_STRING).
 * A cell that is a number in the first and text in the second is a date: its serial is turned
 * into the instant in the spreadsheet's time zone (core/sheet-serial), exactly or not at all.
 *
 * Whenever it cannot give the values for sure, it gives null and the caller reads through
 * SpreadsheetApp as before, for the whole run: the service not enabled (a manifest without it),
 * its per-minute quota spent by a burst of submissions (HTTP 429, "Quota exceeded"), a sheet
 * that is not there by that name (a renamed product sheet is found by its mark, which only
 * SpreadsheetApp can do), a date in a zone whose offset has changed, two requests that disagree
 * (someone typed between them). Nothing is ever half read.
 *
 * SpreadsheetApp holds back its changes until flush() ("Spreadsheet operations are sometimes
 * bundled together"), and whether the API sees changes not yet flushed is not documented, so
 * every read here flushes first.
 */
import { serialToInstant } from '../core/sheet-serial';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type ValueRange = GoogleAppsScript.Sheets.Schema.ValueRange;

/** How the last read of this execution went: for Uji Kesiapan, the health check and tests. */
export type SheetsApiOutcome = { read: 'api' } | { read: 'fallback'; reason: 'absent' | 'quota' | 'failed' | 'unsure'; detail: string };
let lastOutcome: SheetsApiOutcome | null = null;

export function sheetsApiOutcome(): SheetsApiOutcome | null {
  return lastOutcome;
}

/** True when the manifest enables the Sheets advanced service (the `Sheets` global exists). */
export function sheetsApiEnabled(): boolean {
  return service() !== null;
}

function service(): GoogleAppsScript.Sheets | null {
  return typeof Sheets !== 'undefined' && Sheets !== null && typeof Sheets.Spreadsheets?.Values?.batchGet === 'function' ? Sheets : null;
}

/** A whole sheet in A1 notation: its name, quoted (quotes inside doubled). */
export function wholeSheetRange(name: string): string {
  return `'${name.split("'").join("''")}'`;
}

const QUOTA = /quota|rate ?limit|too many requests|429/i;

/** Thrown inside a read that cannot be finished for sure. */
class Unsure extends Error {}

function errorText(e: unknown): string {
  return e !== null && typeof e === 'object' && 'message' in e ? String((e as Error).message) : String(e);
}

function rangesOf(res: GoogleAppsScript.Sheets.Schema.BatchGetValuesResponse, n: number): unknown[][][] {
  const ranges: ValueRange[] = res?.valueRanges ?? [];
  if (ranges.length !== n) throw new Unsure(`${ranges.length} value ranges for ${n} sheets`);
  return ranges.map((r) => (Array.isArray(r.values) ? (r.values as unknown[][]) : []));
}

const hasNumber = (rows: readonly unknown[][]) => rows.some((r) => r.some((v) => typeof v === 'number'));

/**
 * The values of the sheets named `names` (exact tab names), in that order, each as `sheetValues`
 * gives it, or null when they cannot be read this way for sure (see the file comment; the caller
 * reads them through SpreadsheetApp). `zone` gives the spreadsheet's time zone when a date needs
 * it (one call, asked only then).
 */
export function readWholeSheets(ss: Spreadsheet, names: readonly string[], zone: () => string = () => ss.getSpreadsheetTimeZone()): unknown[][][] | null {
  if (names.length === 0) return [];
  const api = service();
  if (!api) {
    lastOutcome = { read: 'fallback', reason: 'absent', detail: 'Sheets advanced service not enabled' };
    return null;
  }
  try {
    SpreadsheetApp.flush();
    const id = ss.getId();
    const ranges = names.map(wholeSheetRange);
    const serials = rangesOf(api.Spreadsheets.Values.batchGet(id, { ranges, valueRenderOption: 'UNFORMATTED_VALUE', dateTimeRenderOption: 'SERIAL_NUMBER', majorDimension: 'ROWS' }), names.length);
    const numeric = serials.map((rows, i) => (hasNumber(rows) ? i : -1)).filter((i) => i >= 0);
    const shown: (unknown[][] | null)[] = names.map(() => null);
    if (numeric.length > 0) {
      const res = api.Spreadsheets.Values.batchGet(id, { ranges: numeric.map((i) => ranges[i]), valueRenderOption: 'UNFORMATTED_VALUE', dateTimeRenderOption: 'FORMATTED_STRING', majorDimension: 'ROWS' });
      rangesOf(res, numeric.length).forEach((rows, k) => (shown[numeric[k]] = rows));
    }
    let tz: string | null = null;
    const out = serials.map((rows, i) => {
      const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
      const other = shown[i];
      return rows.map((r, ri) => {
        const line = new Array<unknown>(width);
        for (let c = 0; c < width; c += 1) {
          const v = c < r.length ? r[c] : '';
          if (typeof v !== 'number') {
            line[c] = v === null || v === undefined ? '' : v;
            continue;
          }
          const seen = other?.[ri]?.[c];
          if (typeof seen === 'number') {
            if (seen !== v) throw new Unsure('the two reads disagree');
            line[c] = v;
          } else if (typeof seen === 'string' && seen !== '') {
            tz ??= zone();
            const ms = serialToInstant(v, tz);
            if (ms === null) throw new Unsure(`a date in time zone ${tz}`);
            line[c] = new Date(ms);
          } else {
            throw new Unsure('the two reads disagree');
          }
        }
        return line;
      });
    });
    lastOutcome = { read: 'api' };
    return out;
  } catch (e) {
    const detail = errorText(e);
    lastOutcome = { read: 'fallback', reason: e instanceof Unsure ? 'unsure' : QUOTA.test(detail) ? 'quota' : 'failed', detail };
    return null;
  }
}

/** Uji Kesiapan: whether the service is enabled, and what one read of A1 of the first sheet gave. */
export function probeSheetsApi(ss: Spreadsheet): { enabled: false } | { enabled: true; error: string | null } {
  const api = service();
  if (!api) return { enabled: false };
  try {
    SpreadsheetApp.flush();
    api.Spreadsheets.Values.batchGet(ss.getId(), { ranges: ['A1'], valueRenderOption: 'UNFORMATTED_VALUE' });
    return { enabled: true, error: null };
  } catch (e) {
    return { enabled: true, error: errorText(e) };
  }
}
