/**
 * Cell values of the in-memory Sheets: how a string written by a script (or typed by a user) is
 * parsed, how a stored value is shown for a number format, and A1 notation.
 *
 * Parsing imitates Sheets' USER_ENTERED input, which is what `Range.setValue(s)` does (Apps
 * Script reference, Range.setValues; Sheets API ValueInputOption USER_ENTERED: "values will be
 * parsed as if the user typed them into the UI"). Kept deliberately conservative:
 * - a leading apostrophe keeps the rest as text (the apostrophe is not stored);
 * - "=…" (longer than "=") becomes a formula, whose value this fake does not compute ('');
 * - TRUE/FALSE in any case become booleans;
 * - numbers use "." as the decimal mark and "," only as a thousands separator in groups of three
 *   ("0123" → 123, "1,234" → 1234, "+5" → 5, "1e3" → 1000, "50%" → 0.5); "1,5" stays text;
 *   digits beyond the 15th significant one are lost (198609262015051234 → 198609262015051000);
 * - dates: ISO "yyyy-MM-dd[ HH:mm[:ss]]" and day-first "dd/MM/yyyy[ HH:mm[:ss]]" (as a user in
 *   Indonesia types them) become Dates at that wall-clock time in the spreadsheet's zone;
 * - in a cell formatted as plain text ('@') strings are stored exactly as written.
 * `null`/`undefined` are stored as empty cells, as Apps Script does.
 *
 * Node-only (src/offline is never bundled).
 */

import type { CellValue } from '../contracts';

/** Asia/Makassar (WITA) has no daylight saving: a fixed UTC+8. */
export const SPREADSHEET_TIME_ZONE = 'Asia/Makassar';
export const ZONE_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Sheets' serial day 0 is 1899-12-30; 25569 is 1970-01-01. */
const SERIAL_EPOCH_OFFSET = 25569;

export function isDateValue(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

export interface ParsedInput {
  value: CellValue;
  /** The formula ('' for none). */
  formula: string;
  /** A number format Sheets applies on its own (dates, percentages), when the cell has none. */
  impliedFormat?: string;
}

export const DATE_FORMAT = 'dd/MM/yyyy';
export const DATE_TIME_FORMAT = 'dd/MM/yyyy HH:mm:ss';

const NUMBER_RE = /^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)?(?:\.\d*)?(?:[eE][+-]?\d+)?$/;
const ISO_DATE_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const DMY_DATE_RE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function parseNumber(text: string): number | null {
  if (!/\d/.test(text) || !NUMBER_RE.test(text)) return null;
  const n = Number(text.split(',').join(''));
  return Number.isFinite(n) ? n : null;
}

/** Wall-clock fields in the spreadsheet's zone → epoch ms, or null when not a real date. */
function zonedMs(y: number, mo: number, d: number, h: number, mi: number, s: number): number | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const utc = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(utc);
  if (check.getUTCDate() !== d || check.getUTCMonth() !== mo - 1) return null; // 31/02 etc.
  return utc - ZONE_OFFSET_MS;
}

function parseDate(text: string): { ms: number; withTime: boolean } | null {
  let m = ISO_DATE_RE.exec(text);
  let fields: number[] | null = null;
  if (m) fields = [Number(m[1]), Number(m[2]), Number(m[3])];
  else {
    m = DMY_DATE_RE.exec(text);
    if (m) fields = [Number(m[3]), Number(m[2]), Number(m[1])];
  }
  if (!m || !fields) return null;
  const withTime = m[4] !== undefined;
  const ms = zonedMs(fields[0], fields[1], fields[2], Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
  return ms === null ? null : { ms, withTime };
}

/**
 * What Google does not document about a plain-text (`@`) cell, switchable so the product is tested
 * under each reading: a leading apostrophe hidden as in any cell ('eaten', the default) or kept as
 * part of the text ('kept'); text starting with "=" kept as text ('text', the default) or made a
 * formula anyway ('formula').
 */
export interface TextCellBehaviour {
  apostrophe: 'eaten' | 'kept';
  equals: 'text' | 'formula';
}

export const DEFAULT_TEXT_CELLS: TextCellBehaviour = { apostrophe: 'eaten', equals: 'text' };

/**
 * A value written by a script or a user, as Sheets stores it. `format` is the cell's number
 * format ('' when none); `makeDate` builds Dates in the bundle's realm; `textCells` how a
 * plain-text cell treats what Google leaves undocumented.
 */
export function parseInput(raw: unknown, format: string, makeDate: (ms: number) => Date, textCells: TextCellBehaviour = DEFAULT_TEXT_CELLS): ParsedInput {
  if (raw === null || raw === undefined) return { value: '', formula: '' };
  if (typeof raw === 'number') return { value: Number.isFinite(raw) ? raw : String(raw), formula: '' };
  if (typeof raw === 'boolean') return { value: raw, formula: '' };
  if (isDateValue(raw)) {
    const ms = raw.getTime();
    return { value: makeDate(ms), formula: '', impliedFormat: (ms + ZONE_OFFSET_MS) % DAY_MS === 0 ? DATE_FORMAT : DATE_TIME_FORMAT };
  }
  const text = typeof raw === 'string' ? raw : String(raw);
  // The quote prefix is a marker of the entry, not part of the value, whatever the number
  // format: Sheets hides it and getValue() returns the text after it.
  if (text.startsWith("'")) return { value: format === '@' && textCells.apostrophe === 'kept' ? text : text.slice(1), formula: '' };
  if (format === '@') return textCells.equals === 'formula' && text.length > 1 && text.startsWith('=') ? { value: '', formula: text } : { value: text, formula: '' };
  if (text.length > 1 && text.startsWith('=')) return { value: '', formula: text };
  const trimmed = text.trim();
  if (trimmed === '') return { value: text, formula: '' };
  if (/^true$/i.test(trimmed)) return { value: true, formula: '' };
  if (/^false$/i.test(trimmed)) return { value: false, formula: '' };
  if (trimmed.endsWith('%')) {
    const n = parseNumber(trimmed.slice(0, -1).trim());
    if (n !== null) return { value: n / 100, formula: '', impliedFormat: trimmed.includes('.') ? '0.00%' : '0%' };
  }
  const n = parseNumber(trimmed);
  // Sheets keeps 15 significant digits of a typed number: an 18-digit NIP loses its last three.
  if (n !== null) return { value: Number(n.toPrecision(15)), formula: '' };
  const date = parseDate(trimmed);
  if (date) return { value: makeDate(date.ms), formula: '', impliedFormat: date.withTime ? DATE_TIME_FORMAT : DATE_FORMAT };
  return { value: text, formula: '' };
}

// ---- display ------------------------------------------------------------------------------------

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Date formats in Sheets' pattern language (developers.google.com/sheets/api/guides/formats): d,
 * dd; M, MM (always the month); m, mm (the minute when the previous non-literal token is an hour
 * or the next one is a second, else the month); h, hh (12-hour only when the pattern holds an
 * AM/PM indicator, else 24-hour); H, HH (24-hour); s, ss; yy, yyyy; "am/pm", "a/p" or a; quoted
 * text and any other character literally.
 */
export function formatDateValue(ms: number, pattern: string): string {
  const d = new Date(ms + ZONE_OFFSET_MS);
  type Token = { literal: string } | { c: string; n: number };
  const tokens: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === '"' || c === "'") {
      const end = pattern.indexOf(c, i + 1);
      const stop = end < 0 ? pattern.length : end;
      tokens.push({ literal: pattern.slice(i + 1, stop) });
      i = stop + 1;
      continue;
    }
    const ampm = /^(am\/pm|a\/p)/i.exec(pattern.slice(i));
    if (ampm) {
      tokens.push({ c: ampm[1].length === 5 ? 'AMPM' : 'AP', n: 1 });
      i += ampm[1].length;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === c) n += 1;
    tokens.push(/[yMdHhmsa]/.test(c) ? { c, n } : { literal: c.repeat(n) });
    i += n;
  }
  const fields = tokens.map((t, k) => ({ t, k })).filter((x): x is { t: { c: string; n: number }; k: number } => 'c' in x.t);
  const twelveHour = fields.some((f) => f.t.c === 'AMPM' || f.t.c === 'AP' || f.t.c === 'a');
  const hours = d.getUTCHours();
  let out = '';
  tokens.forEach((t, k) => {
    if ('literal' in t) {
      out += t.literal;
      return;
    }
    const at = fields.findIndex((f) => f.k === k);
    const { c, n } = t;
    switch (c) {
      case 'y':
        out += n === 2 ? pad(d.getUTCFullYear() % 100) : pad(d.getUTCFullYear(), 4);
        break;
      case 'M':
        out += pad(d.getUTCMonth() + 1, n >= 2 ? 2 : 1);
        break;
      case 'm': {
        const before = fields[at - 1]?.t.c;
        const after = fields[at + 1]?.t.c;
        const minute = before === 'h' || before === 'H' || after === 's';
        out += pad(minute ? d.getUTCMinutes() : d.getUTCMonth() + 1, n >= 2 ? 2 : 1);
        break;
      }
      case 'd':
        out += pad(d.getUTCDate(), n >= 2 ? 2 : 1);
        break;
      case 'H':
        out += pad(hours, n >= 2 ? 2 : 1);
        break;
      case 'h':
        out += pad(twelveHour ? (hours % 12 === 0 ? 12 : hours % 12) : hours, n >= 2 ? 2 : 1);
        break;
      case 's':
        out += pad(d.getUTCSeconds(), n >= 2 ? 2 : 1);
        break;
      case 'AMPM':
      case 'a':
        out += hours < 12 ? 'AM' : 'PM';
        break;
      case 'AP':
        out += hours < 12 ? 'A' : 'P';
        break;
    }
  });
  return out;
}

export function isDateFormat(format: string): boolean {
  return /[yd]|HH|hh?[:.]m|ss|am\/pm|a\/p/i.test(format.replace(/"[^"]*"/g, ''));
}

export function serialToMs(serial: number): number {
  return (serial - SERIAL_EPOCH_OFFSET) * DAY_MS - ZONE_OFFSET_MS;
}

export function msToSerial(ms: number): number {
  return (ms + ZONE_OFFSET_MS) / DAY_MS + SERIAL_EPOCH_OFFSET;
}

/** Sheets' automatic format: integers in full up to 15 digits, then scientific with 6 digits. */
export function generalNumber(n: number): string {
  if (n === 0) return '0';
  if (Math.abs(n) >= 1e15 || Math.abs(n) < 1e-9) {
    const [mantissa, exp] = n.toExponential(5).split('e');
    const m = mantissa.includes('.') ? mantissa.replace(/0+$/, '').replace(/\.$/, '') : mantissa;
    const e = Number(exp);
    return `${m}E${e < 0 ? '-' : '+'}${pad(Math.abs(e))}`;
  }
  if (Number.isInteger(n)) return n.toFixed(0);
  return String(Number(n.toPrecision(10)));
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function formatNumber(n: number, format: string): string {
  const f = format.trim();
  if (f === '' || f === '@' || /^general$/i.test(f)) return generalNumber(n);
  if (isDateFormat(f)) return formatDateValue(serialToMs(n), f);
  const percent = f.endsWith('%');
  const body = percent ? f.slice(0, -1) : f;
  const m = /^(#,##0|0)(?:\.(0+))?$/.exec(body);
  if (!m) return generalNumber(n);
  const decimals = m[2]?.length ?? 0;
  const value = percent ? n * 100 : n;
  let text = Math.abs(value).toFixed(decimals);
  if (m[1] === '#,##0') {
    const [int, frac] = text.split('.');
    text = groupThousands(int) + (frac !== undefined ? `.${frac}` : '');
  }
  const negative = value < 0 && Number(text.replace(/,/g, '')) !== 0;
  return `${negative ? '-' : ''}${text}${percent ? '%' : ''}`;
}

/** What the cell shows (getDisplayValue) for a stored value and the cell's number format. */
export function displayValue(value: CellValue, format: string): string {
  if (value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return formatNumber(value, format);
  if (isDateValue(value)) {
    const ms = value.getTime();
    if (format && isDateFormat(format)) return formatDateValue(ms, format);
    if (format && format !== '@' && !/^general$/i.test(format)) return formatNumber(msToSerial(ms), format);
    return formatDateValue(ms, (ms + ZONE_OFFSET_MS) % DAY_MS === 0 ? DATE_FORMAT : DATE_TIME_FORMAT);
  }
  return String(value);
}

// ---- A1 notation ----------------------------------------------------------------------------------

export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(row: number, column: number, numRows = 1, numColumns = 1): string {
  const start = `${columnLetter(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnLetter(column + numColumns - 1)}${row + numRows - 1}`;
}

export interface GridRect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/**
 * Parses "B2", "A1:C3", "A:C" (whole columns), "2:4" (whole rows), optionally after a sheet name
 * ("'Rekap Penjaringan'!A1:B2"). Returns the sheet name ('' when none) and the rectangle, or null.
 */
export function parseA1(notation: string, maxRows: number, maxColumns: number): { sheetName: string; rect: GridRect } | null {
  let text = notation.trim();
  let sheetName = '';
  const bang = text.lastIndexOf('!');
  if (bang >= 0) {
    sheetName = text.slice(0, bang);
    if (sheetName.startsWith("'") && sheetName.endsWith("'")) sheetName = sheetName.slice(1, -1).split("''").join("'");
    text = text.slice(bang + 1);
  }
  const parts = text.split(':');
  if (parts.length > 2) return null;
  const ends = parts.map((p) => /^\$?([A-Za-z]*)\$?(\d*)$/.exec(p));
  if (ends.some((m) => !m || (m[1] === '' && m[2] === ''))) return null;
  const [m1, m2 = m1] = ends as RegExpExecArray[];
  const c1 = m1[1] ? columnNumber(m1[1]) : 1;
  const r1 = m1[2] ? Number(m1[2]) : 1;
  const c2 = m2[1] ? columnNumber(m2[1]) : maxColumns;
  const r2 = m2[2] ? Number(m2[2]) : maxRows;
  if (parts.length === 1 && (!m1[1] || !m1[2])) return null;
  const row = Math.min(r1, r2);
  const column = Math.min(c1, c2);
  if (row < 1 || column < 1) return null;
  return { sheetName, rect: { row, column, numRows: Math.abs(r2 - r1) + 1, numColumns: Math.abs(c2 - c1) + 1 } };
}
