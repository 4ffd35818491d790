/**
 * Session, Utilities, Logger and console. Utilities.formatDate implements the subset of Java's
 * SimpleDateFormat the product could use, with English names as on Google (the product formats
 * Indonesian dates itself).
 */
import type { Kernel } from '../kernel/kernel';

export const SCRIPT_TIME_ZONE = 'Asia/Makassar';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ZONE_OFFSETS_MIN: Record<string, number> = {
  'Asia/Makassar': 480,
  'Asia/Ujung_Pandang': 480,
  'Asia/Jakarta': 420,
  'Asia/Pontianak': 420,
  'Asia/Jayapura': 540,
  'Asia/Singapore': 480,
  UTC: 0,
  GMT: 0,
  'Etc/GMT': 0,
  'Etc/UTC': 0,
};

/** Offset in minutes east of UTC for the zones the product may meet; "GMT+8" / "GMT+08:00" too. */
export function zoneOffsetMinutes(timeZone: string): number {
  if (timeZone in ZONE_OFFSETS_MIN) return ZONE_OFFSETS_MIN[timeZone];
  const m = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(timeZone);
  if (m) return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
  return 0; // Google falls back to GMT for zones it does not know.
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** SimpleDateFormat subset: y M d E H h m s S a Z X and 'quoted' text. */
export function formatDate(ms: number, timeZone: string, pattern: string): string {
  const offset = zoneOffsetMinutes(timeZone);
  const d = new Date(ms + offset * 60_000);
  const fields = {
    y: d.getUTCFullYear(),
    M: d.getUTCMonth(),
    d: d.getUTCDate(),
    E: d.getUTCDay(),
    H: d.getUTCHours(),
    m: d.getUTCMinutes(),
    s: d.getUTCSeconds(),
    S: d.getUTCMilliseconds(),
  };
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      const stop = end < 0 ? pattern.length : end;
      out += pattern.slice(i + 1, stop);
      i = stop + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(c)) {
      out += c;
      i += 1;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === c) n += 1;
    i += n;
    switch (c) {
      case 'y':
        out += n === 2 ? pad(fields.y % 100, 2) : pad(fields.y, n);
        break;
      case 'M':
        out += n >= 4 ? MONTHS[fields.M] : n === 3 ? MONTHS[fields.M].slice(0, 3) : pad(fields.M + 1, n);
        break;
      case 'd':
        out += pad(fields.d, n);
        break;
      case 'E':
        out += n >= 4 ? DAYS[fields.E] : DAYS[fields.E].slice(0, 3);
        break;
      case 'H':
        out += pad(fields.H, n);
        break;
      case 'k':
        out += pad(fields.H === 0 ? 24 : fields.H, n);
        break;
      case 'h':
        out += pad(fields.H % 12 === 0 ? 12 : fields.H % 12, n);
        break;
      case 'a':
        out += fields.H < 12 ? 'AM' : 'PM';
        break;
      case 'm':
        out += pad(fields.m, n);
        break;
      case 's':
        out += pad(fields.s, n);
        break;
      case 'S':
        out += pad(fields.S, 3).slice(0, Math.max(n, 3)).padEnd(n, '0');
        break;
      case 'Z':
        out += `${sign}${pad(Math.floor(abs / 60), 2)}${pad(abs % 60, 2)}`;
        break;
      case 'X':
        out += offset === 0 ? 'Z' : n === 1 ? `${sign}${pad(Math.floor(abs / 60), 2)}` : n === 2 ? `${sign}${pad(Math.floor(abs / 60), 2)}${pad(abs % 60, 2)}` : `${sign}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
        break;
      case 'z':
        out += offset === 0 ? 'GMT' : `GMT${sign}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
        break;
      default:
        throw new Error(`Illegal pattern character '${c}'`);
    }
  }
  return out;
}

function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

function userObject(kernel: Kernel, email: () => string): GoogleAppsScript.Base.User {
  return {
    getEmail() {
      kernel.count('Session', 'User.getEmail');
      return email();
    },
  } as GoogleAppsScript.Base.User;
}

export function createSession(kernel: Kernel): GoogleAppsScript.Base.Session {
  const count = (m: string) => kernel.count('Session', m);
  const current = () => kernel.currentExecution?.user ?? kernel.user;
  return {
    getActiveUser() {
      count('getActiveUser');
      // In a simple trigger Google gives an empty e-mail rather than the user's.
      const limited = kernel.currentExecution?.kind === 'simple-trigger';
      return userObject(kernel, () => (limited ? '' : current()));
    },
    getEffectiveUser() {
      count('getEffectiveUser');
      const limited = kernel.currentExecution?.kind === 'simple-trigger';
      return userObject(kernel, () => (limited ? '' : current()));
    },
    getScriptTimeZone() {
      count('getScriptTimeZone');
      return SCRIPT_TIME_ZONE;
    },
    getActiveUserLocale() {
      count('getActiveUserLocale');
      return 'id';
    },
    getTemporaryActiveUserKey() {
      count('getTemporaryActiveUserKey');
      return Buffer.from(`temp-key:${current()}`).toString('base64').replace(/=+$/, '');
    },
  } as GoogleAppsScript.Base.Session;
}

export interface BlobLike {
  getDataAsString(charset?: string): string;
  getBytes(): number[];
  getContentType(): string | null;
  setContentType(type: string): BlobLike;
  getName(): string | null;
  setName(name: string): BlobLike;
  copyBlob(): BlobLike;
  setDataFromString(s: string): BlobLike;
}

export function makeBlob(kernel: Kernel, service: string, data: Buffer, contentType: string | null, name: string | null): BlobLike {
  let bytes = Buffer.from(data);
  let type = contentType;
  let fileName = name;
  const count = (m: string) => kernel.count(service, `Blob.${m}`);
  const blob: BlobLike = {
    getDataAsString() {
      count('getDataAsString');
      return bytes.toString('utf8');
    },
    getBytes() {
      count('getBytes');
      return [...bytes].map((b) => (b > 127 ? b - 256 : b)); // Java bytes are signed
    },
    getContentType() {
      count('getContentType');
      return type;
    },
    setContentType(t: string) {
      count('setContentType');
      type = t;
      return blob;
    },
    getName() {
      count('getName');
      return fileName;
    },
    setName(n: string) {
      count('setName');
      fileName = n;
      return blob;
    },
    copyBlob() {
      count('copyBlob');
      return makeBlob(kernel, service, bytes, type, fileName);
    },
    setDataFromString(s: string) {
      count('setDataFromString');
      bytes = Buffer.from(s, 'utf8');
      return blob;
    },
  };
  return blob;
}

export function createUtilities(kernel: Kernel): GoogleAppsScript.Utilities.Utilities {
  const count = (m: string) => kernel.count('Utilities', m);
  let uuidSeq = 0;
  return {
    formatDate(date: Date, timeZone: string, format: string): string {
      count('formatDate');
      if (!isDate(date)) throw kernel.makeError('Invalid argument: date');
      return formatDate(date.getTime(), String(timeZone), String(format));
    },
    sleep(milliseconds: number): void {
      count('sleep');
      if (milliseconds > 300_000) throw kernel.makeError('Invalid argument: milliseconds');
      kernel.advance(Math.max(0, milliseconds));
    },
    getUuid(): string {
      count('getUuid');
      const hex = (++uuidSeq).toString(16).padStart(12, '0');
      return `6f1c2b7a-4e0d-4a5b-9c3e-${hex}`;
    },
    newBlob(data: string | number[], contentType?: string, name?: string) {
      count('newBlob');
      const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.map((b) => b & 0xff));
      return makeBlob(kernel, 'Utilities', buf, contentType ?? null, name ?? null);
    },
    base64Encode(data: string | number[]): string {
      count('base64Encode');
      return (typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.map((b) => b & 0xff))).toString('base64');
    },
  } as unknown as GoogleAppsScript.Utilities.Utilities;
}

function render(args: unknown[]): string {
  return args
    .map((a) => {
      if (typeof a === 'string') return a;
      if (isDate(a)) return (a as Date).toISOString();
      if (a instanceof Error || (a && typeof a === 'object' && 'stack' in a && 'message' in a)) return String((a as Error).stack ?? a);
      try {
        return typeof a === 'object' ? JSON.stringify(a) : String(a);
      } catch {
        return String(a);
      }
    })
    .join(' ');
}

/** Logger.log: a format string with %s placeholders, or one value. */
export function createLogger(kernel: Kernel, logs: string[]): GoogleAppsScript.Base.Logger {
  const self = {
    log(format: unknown, ...values: unknown[]) {
      kernel.count('Logger', 'log');
      if (typeof format === 'string' && values.length > 0) {
        let i = 0;
        logs.push(format.replace(/%s/g, () => (i < values.length ? render([values[i++]]) : '%s')));
      } else {
        logs.push(render([format]));
      }
      return self;
    },
    getLog() {
      kernel.count('Logger', 'getLog');
      return logs.join('\n');
    },
    clear() {
      kernel.count('Logger', 'clear');
    },
  };
  return self as unknown as GoogleAppsScript.Base.Logger;
}

export function createConsole(kernel: Kernel, logs: string[]): Console {
  const level = (name: string, prefix: string) => (...args: unknown[]) => {
    kernel.count('console', name);
    logs.push(`${prefix}${render(args)}`);
  };
  return {
    log: level('log', ''),
    info: level('info', ''),
    warn: level('warn', 'WARNING: '),
    error: level('error', 'ERROR: '),
    time: (label?: string) => kernel.count('console', 'time') ?? label,
    timeEnd: (label?: string) => kernel.count('console', 'timeEnd') ?? label,
  } as unknown as Console;
}
