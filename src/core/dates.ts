/**
 * Indonesian dates in Kupang time (WITA, UTC+8, no daylight saving). Computed by arithmetic on
 * UTC fields: Intl time zones and Utilities.formatDate are not trusted for this in Apps Script.
 */

/** WITA is UTC+8 all year. */
/** Kupang's time zone (WITA, UTC+8, no daylight saving): the spreadsheet's and the script's. */
export const KUPANG_TIME_ZONE = 'Asia/Makassar';

export const WITA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Month names, January first, as written in official documents. */
export const BULAN: readonly string[] = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

/** Day names indexed like Date.getUTCDay(): 0 = Minggu (Sunday). */
export const HARI: readonly string[] = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];

/** Calendar fields of an instant as seen on a clock in Kupang. */
export interface WitaParts {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Minggu … 6 = Sabtu */
  weekday: number;
}

/** The WITA calendar fields of `ms` (milliseconds since the epoch). */
export function witaParts(ms: number): WitaParts {
  const d = new Date(ms + WITA_OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: d.getUTCDay(),
  };
}

/** The instant (ms) at which a Kupang clock shows the given fields (month 1–12). */
export function witaToMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute, second) - WITA_OFFSET_MS;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** "27 November 2026": the WITA date of `ms` in the official format. */
export function formatTanggal(ms: number): string {
  const p = witaParts(ms);
  return `${p.day} ${BULAN[p.month - 1]} ${p.year}`;
}

/** "27 November 2026 09.05 WITA". */
export function formatTanggalWaktu(ms: number): string {
  const p = witaParts(ms);
  return `${formatTanggal(ms)} ${pad2(p.hour)}.${pad2(p.minute)} WITA`;
}

/** "27/11/2026 09.15": a timestamp as every sheet shows it (SHEET_TIMESTAMP_FORMAT), in WITA. */
export function formatWaktuLembar(ms: number): string {
  const p = witaParts(ms);
  return `${pad2(p.day)}/${pad2(p.month)}/${p.year} ${pad2(p.hour)}.${pad2(p.minute)}`;
}

/** "Jumat, 27 November 2026". */
export function hariTanggal(ms: number): string {
  return `${HARI[witaParts(ms).weekday]}, ${formatTanggal(ms)}`;
}

/** "2026-11-27": the WITA date of `ms` as ISO 8601. */
export function isoDate(ms: number): string {
  const p = witaParts(ms);
  return `${p.year}-${pad2(p.month)}-${pad2(p.day)}`;
}

// Month words accepted when reading: Indonesian (old spellings too), common abbreviations, English.
const MONTH_WORDS: Record<string, number> = {};
const monthSpellings: string[][] = [
  ['januari', 'jan', 'january'],
  ['februari', 'pebruari', 'feb', 'peb', 'february'],
  ['maret', 'mar', 'march'],
  ['april', 'apr'],
  ['mei', 'may'],
  ['juni', 'jun', 'june'],
  ['juli', 'jul', 'july'],
  ['agustus', 'agu', 'agt', 'ags', 'aug', 'august'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt', 'oct', 'october'],
  ['november', 'nopember', 'nov', 'nop'],
  ['desember', 'des', 'dec', 'december'],
];
monthSpellings.forEach((words, i) => words.forEach((w) => (MONTH_WORDS[w] = i + 1)));

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validDate(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Zone text → offset from UTC in minutes, or null when not a zone we know. Empty = WITA. */
function zoneOffsetMinutes(zone: string): number | null {
  const z = zone.trim().toUpperCase();
  if (z === '' || z === 'WITA') return 8 * 60;
  if (z === 'Z' || z === 'UTC' || z === 'GMT') return 0;
  if (z === 'WIB') return 7 * 60;
  if (z === 'WIT') return 9 * 60;
  const m = /^(?:GMT|UTC)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(z);
  if (!m) return null;
  const h = Number(m[2]);
  const min = m[3] === undefined ? 0 : Number(m[3]);
  if (h > 14 || min > 59) return null;
  return (m[1] === '-' ? -1 : 1) * (h * 60 + min);
}

interface ClockTime {
  hour: number;
  minute: number;
  second: number;
  ms: number;
}

/** "9:15:02 AM", "09.05", "21:00", "" (midnight) → clock fields, or null. */
function parseClock(text: string): ClockTime | null {
  const t = text.trim();
  if (t === '') return { hour: 0, minute: 0, second: 0, ms: 0 };
  const m = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,](\d{1,3}))?)?\s*(AM|PM|A\.M\.|P\.M\.)?$/i.exec(t);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const second = m[3] === undefined ? 0 : Number(m[3]);
  const ms = m[4] === undefined ? 0 : Number((m[4] + '00').slice(0, 3));
  const meridiem = m[5] === undefined ? '' : m[5].replace(/\./g, '').toUpperCase();
  if (minute > 59 || second > 59) return null;
  if (meridiem !== '') {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'PM' ? 12 : 0);
  } else if (hour > 23) {
    return null;
  }
  return { hour, minute, second, ms };
}

/** Splits "9:15:02 AM GMT+8" / "09.05 WITA" / "10:00:00+08:00" into clock text and zone text. */
function splitZone(rest: string): { clock: string; zone: string } {
  const m = /^(.*?)\s*((?:GMT|UTC)\s*[+-]\d{1,2}(?::?\d{2})?|[+-]\d{2}(?::?\d{2})?|Z|UTC|GMT|WITA|WIB|WIT)?$/i.exec(rest.trim());
  if (!m) return { clock: rest, zone: '' };
  return { clock: m[1], zone: m[2] ?? '' };
}

function build(y: number, mo: number, d: number, rest: string): number | null {
  if (!validDate(y, mo, d)) return null;
  const { clock, zone } = splitZone(rest);
  const time = parseClock(clock);
  const offset = zoneOffsetMinutes(zone);
  if (time === null || offset === null) return null;
  return Date.UTC(y, mo - 1, d, time.hour, time.minute, time.second, time.ms) - offset * 60 * 1000;
}

/**
 * Reads a date (and time) as Google Forms exports and people type it; returns ms since the epoch,
 * or null when the text is not a real date. Without a zone the text means Kupang time (WITA).
 * Accepted: "2026/11/20 9:15:02 AM GMT+8" (any GMT±h[:mm]); ISO 8601 "2026-11-27",
 * "2026-11-27T09:15:02", "…Z", "…+08:00"; day first "20/11/2026", "20/11/2026 9:15:02",
 * "20-11-2026"; words "27 November 2026", "27 Nopember 2026", "Jumat, 27 November 2026 09.05 WITA".
 * Rejected: impossible dates (30/02/2026), month 13, two-digit years, words ("kemarin"), "".
 */
export function parseDateInput(text: string): number | null {
  if (typeof text !== 'string') return null;
  const t = text.trim().replace(/\s+/g, ' '); // '' matches none of the forms below

  // Year first: 2026/11/20 …, 2026-11-27, 2026-11-27T09:15:02+08:00
  let m = /^(\d{4})([\/-])(\d{1,2})\2(\d{1,2})(?:(?:T| )(.*))?$/i.exec(t);
  if (m) return build(Number(m[1]), Number(m[3]), Number(m[4]), m[5] ?? '');

  // Day first: 20/11/2026, 20-11-2026, 20.11.2026, optionally with a time.
  m = /^(\d{1,2})([\/.-])(\d{1,2})\2(\d{4})(?: (.*))?$/.exec(t);
  if (m) return build(Number(m[4]), Number(m[3]), Number(m[1]), m[5] ?? '');

  // Words: [Hari,] 27 November 2026 [09.05 [WITA]]
  m = /^(?:([A-Za-z]+),? )?(\d{1,2}) ([A-Za-z]+)\.? (\d{4})(?:,? (.*))?$/.exec(t);
  if (m) {
    if (m[1] !== undefined && !HARI.some((h) => h.toLowerCase() === m![1].toLowerCase())) return null;
    const month = MONTH_WORDS[m[3].toLowerCase()];
    if (month === undefined) return null;
    return build(Number(m[4]), month, Number(m[2]), m[5] ?? '');
  }
  return null;
}

/** Which of the two leading fields of "4/2/2026" is the day (R5). */
export type FieldOrder = 'day-month' | 'month-day';

const TWO_FIELDS = /^\s*(\d{1,2})([\/.-])(\d{1,2})\2(\d{4})(?=\s|$)/;

export type ColumnOrder =
  /** No value needs the order (year first, ISO, words). */
  | { kind: 'none' }
  | { kind: 'decided'; order: FieldOrder }
  /** Values like "4/2/2026" where no value tells the order. */
  | { kind: 'undecided'; example: string }
  /** One value needs day/month ("13/2/2026"), another month/day ("2/14/2026"). */
  | { kind: 'contradictory'; dayFirst: string; monthFirst: string };

/**
 * R5: the day/month order of a whole timestamp column, never guessed from one value. A first field
 * above 12 anywhere means day/month; a second field above 12 anywhere means month/day.
 */
export function columnFieldOrder(values: readonly string[]): ColumnOrder {
  let dayFirst: string | null = null;
  let monthFirst: string | null = null;
  let ambiguous: string | null = null;
  for (const v of values) {
    const m = TWO_FIELDS.exec(v);
    if (!m) continue;
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (a > 12 && b <= 12) dayFirst ??= v.trim();
    else if (b > 12 && a <= 12) monthFirst ??= v.trim();
    // "5/5/2026" reads the same either way.
    else if (a <= 12 && b <= 12 && a !== b) ambiguous ??= v.trim();
  }
  if (dayFirst !== null && monthFirst !== null) return { kind: 'contradictory', dayFirst, monthFirst };
  if (dayFirst !== null) return { kind: 'decided', order: 'day-month' };
  if (monthFirst !== null) return { kind: 'decided', order: 'month-day' };
  if (ambiguous !== null) return { kind: 'undecided', example: ambiguous };
  return { kind: 'none' };
}

/** parseDateInput with "4/2/2026 …" read in `order` (day/month is parseDateInput's own reading). */
export function parseDateInOrder(text: string, order: FieldOrder): number | null {
  if (order === 'day-month' || typeof text !== 'string') return parseDateInput(text);
  const m = TWO_FIELDS.exec(text);
  if (!m) return parseDateInput(text);
  const rest = text.trim().slice(m[0].trim().length);
  return parseDateInput(`${m[3]}${m[2]}${m[1]}${m[2]}${m[4]}${rest}`);
}
