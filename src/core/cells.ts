/**
 * What a cell holds, both ways. Sheets parses strings written by a script as if typed: "=…" becomes
 * a formula (a Form answer like =IMPORTXML(…) would run in the team's sheet), "+1" a number,
 * "0012" the number 12, an 18-digit NIP a rounded number. Text that came from people is written
 * with a leading apostrophe when it could be parsed, so it stays exactly the text it was.
 */

export type Cell = string | number | boolean | Date;

const PARSEABLE = /^\s*(?:[=+\-@']|[0-9.,\/:\s%$€£¥()eE-]+$|true\s*$|false\s*$)/i;

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
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** A cell read with getValues() as trimmed text ('' for empty; numbers without exponent). */
export function textOf(v: unknown): string {
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
