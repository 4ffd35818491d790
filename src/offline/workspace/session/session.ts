/**
 * Session, Utilities, Logger and console (Blob: session/blob.ts). Utilities.formatDate implements the subset of Java's
 * SimpleDateFormat the product could use, with English names as on Google (the product formats
 * Indonesian dates itself).
 */
import { FakeObject, imitates } from '../kernel/fake';
import type { Kernel } from '../kernel/kernel';
import { Blob } from './blob';

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

export interface User extends GoogleAppsScript.Base.User {}
/** A Base.User: the e-mail of Session's users, of a Protection's editors. */
export class User extends FakeObject {
  constructor(kernel: Kernel, service: string, private readonly email: () => string) {
    super(kernel, service, 'User');
  }
  getEmail(): string {
    this.count('getEmail');
    return this.email();
  }
  override toString(): string {
    return this.email();
  }
}
imitates(User, 'Base.User');

const USERINFO_EMAIL_SCOPE = 'https://www.googleapis.com/auth/userinfo.email';

interface Session extends GoogleAppsScript.Base.Session {}
class Session extends FakeObject {
  constructor(kernel: Kernel) {
    super(kernel, 'Session', '');
  }
  private current(): string {
    return this.kernel.currentExecution?.user ?? this.kernel.user;
  }
  /** In a simple trigger Google gives an empty e-mail rather than the user's. */
  private user(): User {
    const limited = this.kernel.currentExecution?.kind === 'simple-trigger';
    return new User(this.kernel, 'Session', () => (limited ? '' : this.current()));
  }
  getActiveUser(): User {
    this.count('getActiveUser');
    this.kernel.requireBoundAccess('Session.getActiveUser', [USERINFO_EMAIL_SCOPE]);
    return this.user();
  }
  getEffectiveUser(): User {
    this.count('getEffectiveUser');
    this.kernel.requireBoundAccess('Session.getEffectiveUser', [USERINFO_EMAIL_SCOPE]);
    return this.user();
  }
  getScriptTimeZone(): string {
    this.count('getScriptTimeZone');
    return SCRIPT_TIME_ZONE;
  }
  getActiveUserLocale(): string {
    this.count('getActiveUserLocale');
    return 'id';
  }
  getTemporaryActiveUserKey(): string {
    this.count('getTemporaryActiveUserKey');
    this.kernel.requireBoundAccess('Session.getTemporaryActiveUserKey', [USERINFO_EMAIL_SCOPE]);
    return Buffer.from(`temp-key:${this.current()}`).toString('base64').replace(/=+$/, '');
  }
}
imitates(Session, 'Base.Session');

export function createSession(kernel: Kernel): GoogleAppsScript.Base.Session {
  return new Session(kernel);
}

interface Utilities extends GoogleAppsScript.Utilities.Utilities {}
class Utilities extends FakeObject {
  private uuidSeq = 0;
  constructor(kernel: Kernel) {
    super(kernel, 'Utilities', '');
  }
  formatDate(date: Date, timeZone: string, format: string): string {
    this.count('formatDate');
    if (!isDate(date)) throw this.kernel.makeError('Invalid argument: date');
    return formatDate(date.getTime(), String(timeZone), String(format));
  }
  sleep(milliseconds: number): void {
    this.count('sleep');
    if (milliseconds > 300_000) throw this.kernel.makeError('Invalid argument: milliseconds');
    this.kernel.advance(Math.max(0, milliseconds));
  }
  getUuid(): string {
    this.count('getUuid');
    const hex = (++this.uuidSeq).toString(16).padStart(12, '0');
    return `6f1c2b7a-4e0d-4a5b-9c3e-${hex}`;
  }
  newBlob(data: string | number[], contentType?: string, name?: string): Blob {
    this.count('newBlob');
    const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.map((b) => b & 0xff));
    return new Blob(this.kernel, 'Utilities', buf, contentType ?? null, name ?? null);
  }
  base64Encode(data: string | number[]): string {
    this.count('base64Encode');
    return (typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.map((b) => b & 0xff))).toString('base64');
  }
}
imitates(Utilities, 'Utilities.Utilities');

export function createUtilities(kernel: Kernel): GoogleAppsScript.Utilities.Utilities {
  return new Utilities(kernel);
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

interface Logger extends GoogleAppsScript.Base.Logger {}
/** Logger.log: a format string with %s placeholders, or one value. */
class Logger extends FakeObject {
  constructor(kernel: Kernel, private readonly logs: string[]) {
    super(kernel, 'Logger', '');
  }
  log(format: unknown, ...values: unknown[]): this {
    this.count('log');
    if (typeof format === 'string' && values.length > 0) {
      let i = 0;
      this.logs.push(format.replace(/%s/g, () => (i < values.length ? render([values[i++]]) : '%s')));
    } else {
      this.logs.push(render([format]));
    }
    return this;
  }
  getLog(): string {
    this.count('getLog');
    return this.logs.join('\n');
  }
  clear(): void {
    this.count('clear');
  }
}
imitates(Logger, 'Base.Logger');

export function createLogger(kernel: Kernel, logs: string[]): GoogleAppsScript.Base.Logger {
  return new Logger(kernel, logs);
}

/**
 * Apps Script's console as Google documents it (error, info, log, time, timeEnd, warn);
 * @types/google-apps-script declares the global as the runtime's whole Console.
 */
export type AppsScriptConsole = Pick<Console, 'error' | 'info' | 'log' | 'time' | 'timeEnd' | 'warn'>;

/** Apps Script's console (Stackdriver logging): the levels it has, written to the execution log. */
class FakeConsole extends FakeObject implements AppsScriptConsole {
  constructor(kernel: Kernel, private readonly logs: string[]) {
    super(kernel, 'console', '');
  }
  private write(level: string, prefix: string, args: unknown[]): void {
    this.count(level);
    this.logs.push(`${prefix}${render(args)}`);
  }
  log(...args: unknown[]): void {
    this.write('log', '', args);
  }
  info(...args: unknown[]): void {
    this.write('info', '', args);
  }
  warn(...args: unknown[]): void {
    this.write('warn', 'WARNING: ', args);
  }
  error(...args: unknown[]): void {
    this.write('error', 'ERROR: ', args);
  }
  time(): void {
    this.count('time');
  }
  timeEnd(): void {
    this.count('timeEnd');
  }
}

export function createConsole(kernel: Kernel, logs: string[]): AppsScriptConsole {
  return new FakeConsole(kernel, logs);
}
