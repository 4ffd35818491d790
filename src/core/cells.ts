/**
 * What a cell holds, both ways. Sheets parses strings written by a script as if typed: "=…" becomes
 * a formula (a Form answer like =IMPORTXML(…) would run in the team's sheet), "+1" a number,
 * "0012" the number 12, an 18-digit NIP a rounded number. Text that came from people is written
 * with a leading apostrophe when it could be parsed, so it stays exactly the text it was.
 */

export type Cell = string | number | boolean | Date;

const PARSEABLE = /^\s*(?:[=+\-@']|[0-9.,\/:\s%$€£¥()eE-]+$|true\s*$|false\s*$)/i;

/** A string as a cell value that stays text: prefixed with an apostrophe when Sheets would parse it. */
export function asText(value: string): string {
  if (value === '') return '';
  return PARSEABLE.test(value) ? `'${value}` : value;
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
