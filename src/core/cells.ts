/**
 * What a cell holds, both ways. Sheets parses strings written by a script as if typed: "=…" becomes
 * a formula (a Form answer like =IMPORTXML(…) would run in the team's sheet), "+1" a number,
 * "0012" the number 12, an 18-digit NIP a rounded number.
 *
 * One rule per kind of cell, each right whatever Google does with an apostrophe in a plain-text
 * (`@`) cell (undocumented: kept as text, or eaten as in an ordinary cell):
 * - text the product writes from people goes into ordinary cells, through `asText`: a leading
 *   apostrophe when Sheets would parse it, which Sheets hides as it does for typed input;
 * - `@` columns exist only where the team types or pastes (NIPs in Pegawai, Pengaturan values).
 *   The product writes there through `asTeamText` (no apostrophe, except before "=" in case `@`
 *   does not keep "=" as text either) and reads them through `unquoted`, which drops one leading
 *   apostrophe: the one the team typed, or the one before "=", whether Google kept it or not.
 */

export type Cell = string | number | boolean | Date;

const PARSEABLE = /^\s*(?:[=+\-@']|[0-9.,\/:\s%$€£¥()eE+-]+$|true\s*$|false\s*$)/i;

/** Google refuses to write a cell holding more than 50,000 characters (the whole write fails). */
export const CELL_TEXT_LIMIT = 50000;
/** Appended where asText had to cut a text to fit one cell. */
export const CUT_MARK = ' … [dipotong]';

/**
 * A string as a cell value that stays text: prefixed with an apostrophe when Sheets would parse
 * it, and cut (with a visible mark) to fit one cell, so one oversized answer never makes a whole
 * write fail.
 */
export function asText(value: string): string {
  if (value === '') return '';
  const fitted = value.length <= CELL_TEXT_LIMIT - 1 ? value : cut(value, CELL_TEXT_LIMIT - 1 - CUT_MARK.length) + CUT_MARK;
  return PARSEABLE.test(fitted) ? `'${fitted}` : fitted;
}

/**
 * A string for a plain-text (`@`) cell the team also types into: cut to fit one cell, never
 * given an apostrophe except before a leading "=" (read back through `unquoted`).
 */
export function asTeamText(value: string): string {
  if (value === '') return '';
  const fitted = value.length <= CELL_TEXT_LIMIT - 1 ? value : cut(value, CELL_TEXT_LIMIT - 1 - CUT_MARK.length) + CUT_MARK;
  return /^\s*=/.test(fitted) ? `'${fitted}` : fitted;
}

/** A value read from a plain-text (`@`) cell: one leading apostrophe dropped (see the file's header). */
export function unquoted<T>(value: T): T | string {
  return typeof value === 'string' && value.startsWith("'") ? value.slice(1) : value;
}

/** Every cell of a block read from a team sheet's `@` columns, through `unquoted`. */
export function unquotedRows(rows: readonly unknown[][], columns?: readonly number[]): unknown[][] {
  return rows.map((r) => r.map((c, i) => (columns === undefined || columns.includes(i) ? unquoted(c) : c)));
}

/**
 * Lines that will be joined by "\n" into one cell, each cut (with the mark) so the whole fits:
 * a huge line never pushes the lines after it out of the cell (they may be what a ballot is
 * rebuilt from).
 */
export function fitLines(lines: readonly string[], limit = CELL_TEXT_LIMIT - 1): string[] {
  const total = lines.reduce((n, l) => n + l.length, 0) + Math.max(0, lines.length - 1);
  if (total <= limit) return [...lines];
  const share = Math.floor((limit - lines.length) / Math.max(1, lines.length));
  return lines.map((l) => (l.length <= share ? l : cut(l, Math.max(1, share - CUT_MARK.length)) + CUT_MARK));
}

/** The first `n` UTF-16 units of `s`, never ending inside a surrogate pair. */
function cut(s: string, n: number): string {
  const code = s.charCodeAt(n - 1);
  return code >= 0xd800 && code <= 0xdbff ? s.slice(0, n - 1) : s.slice(0, n);
}

/** True when `v` is a Date, whichever realm built it. */
export function isDate(v: unknown): v is Date {
  // Most cells are text or numbers: only an object can be a Date (of any realm).
  return typeof v === 'object' && v !== null && Object.prototype.toString.call(v) === '[object Date]';
}

/** A cell read with getValues() as trimmed text ('' for empty; numbers without exponent). */
export function textOf(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') {
    if (Number.isInteger(v) && Math.abs(v) < 1e21) return v.toFixed(0);
    return String(v);
  }
  if (isDate(v)) return v.toISOString();
  return String(v).trim();
}

/** Pads every row to `width` with '' so a block is rectangular for setValues. */
export function rectangular(rows: Cell[][], width: number): Cell[][] {
  return rows.map((r) => (r.length >= width ? r.slice(0, width) : [...r, ...new Array<Cell>(width - r.length).fill('')]));
}

/** A number, or numeric text as a number; null for anything else. */
export function numberOf(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
}

/**
 * True when `have`, a cell as getValues gives it back, already holds `written`, a value as it is
 * passed to setValues (text through asText): the apostrophe asText adds is not part of what Sheets
 * gives back; a number matches within 1e-9 or as numeric text; a blank cell matches ''.
 */
export function sameCell(have: unknown, written: unknown): boolean {
  if (isDate(written)) return isDate(have) && have.getTime() === written.getTime();
  if (isDate(have)) return false;
  if (typeof written === 'number') return typeof have === 'number' ? Math.abs(have - written) < 1e-9 : numberOf(have) === written;
  const want = written === null || written === undefined ? '' : String(written);
  if (have === null || have === undefined) return want === '';
  return String(have) === (typeof written === 'string' && want.startsWith("'") ? want.slice(1) : want);
}

/** The first and last index where two row lists differ (sameCell, `width` columns), or null when they are equal. */
export function changedSpan(before: readonly (readonly unknown[])[], after: readonly (readonly unknown[])[], width: number): { from: number; to: number } | null {
  return changedRuns(before, after, width, 1, Infinity)[0] ?? null;
}

/**
 * About as many cells as one more write call costs: the bench's cost model (src/offline/bench)
 * prices a write call at ~340 ms (getRange + setValues) and a cell written at 0.02 ms, so
 * rewriting fewer unchanged cells than this between two changed runs is cheaper than a call.
 */
export const CELLS_PER_WRITE_CALL = 15_000;

/**
 * The runs of rows where two row lists differ (sameCell, `width` columns), first to last, each
 * written with one call: runs closer than CELLS_PER_WRITE_CALL cells of unchanged rows are joined
 * (rewriting them costs less than another call), and at most `maxRuns` are returned (the closest
 * joined first), so the calls stay bounded whatever the data. [] when the lists are equal.
 */
export function changedRuns(
  before: readonly (readonly unknown[])[],
  after: readonly (readonly unknown[])[],
  width: number,
  maxRuns = 3,
  joinGap = Math.floor(CELLS_PER_WRITE_CALL / Math.max(1, width)),
): { from: number; to: number }[] {
  const runs: { from: number; to: number }[] = [];
  const n = Math.max(before.length, after.length);
  for (let i = 0; i < n; i++) {
    const a = before[i];
    const b = after[i];
    let same = a !== undefined && b !== undefined;
    for (let c = 0; same && c < width; c++) if (!sameCell(a[c], b[c])) same = false;
    if (same) continue;
    const last = runs[runs.length - 1];
    if (last && i - last.to - 1 <= joinGap) last.to = i;
    else runs.push({ from: i, to: i });
  }
  while (runs.length > Math.max(1, maxRuns)) {
    let k = 0;
    for (let j = 1; j < runs.length - 1; j++) if (runs[j + 1].from - runs[j].to < runs[k + 1].from - runs[k].to) k = j;
    runs.splice(k, 2, { from: runs[k].from, to: runs[k + 1].to });
  }
  return runs;
}

/** Column letters of a 1-based column (1 → A, 27 → AA). */
export function columnLetter(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
