/**
 * MailApp, as Google's reference documents it (developers.google.com/apps-script/reference/mail/mail-app):
 *  - `getRemainingDailyQuota()`: "the number of recipients you can send emails to for the rest
 *    of the day"; quotas "are based on the number of email recipients" (to, cc and bcc each count)
 *    and "reset 24 hours after the first request" (guides/services/quotas: 100 a day for a
 *    consumer account, 1,500 for Google Workspace);
 *  - `sendEmail` in its four overloads: (message), (recipient, subject, body),
 *    (recipient, subject, body, options), (to, replyTo, subject, body);
 *  - past the quota: "Service invoked too many times for one day: email."; an address that is not
 *    one: "Invalid email: <address>"; no recipient at all: "Failed to send email: no recipient";
 *  - scope https://www.googleapis.com/auth/script.send_mail: refused in a simple trigger and in
 *    AuthMode.NONE, like every service that needs authorisation.
 * Nothing leaves the machine: each message is kept for the test (backdoor.sent).
 *
 * Node-only (src/offline is never bundled).
 */
import { FakeObject, imitates } from '../kernel/fake';
import type { Kernel } from '../kernel/kernel';

export const MAIL_QUOTA_ERROR = 'Service invoked too many times for one day: email.';
export const MAIL_NO_RECIPIENT_ERROR = 'Failed to send email: no recipient';
export const invalidEmailError = (address: string): string => `Invalid email: ${address}`;
const SCOPE = 'https://www.googleapis.com/auth/script.send_mail';
const DAY_MS = 24 * 60 * 60 * 1000;
/** Google's quota for a consumer (gmail.com) account; Workspace accounts get 1,500. */
export const CONSUMER_MAIL_QUOTA = 100;

export interface SentMail {
  /** Who sent it (the execution's user). */
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  replyTo: string;
  subject: string;
  body: string;
  htmlBody: string;
  name: string;
  at: number;
}

export interface MailBackdoor {
  /** Every message sent, in order. */
  readonly sent: SentMail[];
  /** Sets what getRemainingDailyQuota answers now (the rest of today's window). */
  setRemainingQuota(n: number): void;
}

const ADDRESS = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/;

interface Window {
  startedAt: number | null;
  remaining: number;
}

interface MailApp extends GoogleAppsScript.Mail.MailApp {}
class MailApp extends FakeObject {
  constructor(
    kernel: Kernel,
    private readonly daily: number,
    private readonly window: Window,
    private readonly outbox: SentMail[],
  ) {
    super(kernel, 'MailApp', '');
  }

  /** Today's remaining recipients: the window resets 24 hours after its first request. */
  private remaining(): number {
    const w = this.window;
    if (w.startedAt !== null && this.kernel.now() - w.startedAt >= DAY_MS) {
      w.startedAt = null;
      w.remaining = this.daily;
    }
    return w.remaining;
  }

  getRemainingDailyQuota(): GoogleAppsScript.Integer {
    this.count('getRemainingDailyQuota');
    this.kernel.requireAuthorization('MailApp.getRemainingDailyQuota', [SCOPE]);
    return this.remaining();
  }

  sendEmail(...args: unknown[]): void {
    this.count('sendEmail');
    this.kernel.requireAuthorization('MailApp.sendEmail', [SCOPE]);
    const m = messageOf(args, (text) => this.kernel.makeError(text));
    const split = (list: string) =>
      list
        .split(',')
        .map((a) => a.trim())
        .filter((a) => a !== '');
    const to = split(m.to);
    const cc = split(m.cc);
    const bcc = split(m.bcc);
    const all = [...to, ...cc, ...bcc];
    if (all.length === 0) throw this.kernel.makeError(MAIL_NO_RECIPIENT_ERROR);
    const bad = all.find((a) => !ADDRESS.test(a));
    if (bad !== undefined) throw this.kernel.makeError(invalidEmailError(bad));
    if (m.replyTo !== '' && !ADDRESS.test(m.replyTo)) throw this.kernel.makeError(invalidEmailError(m.replyTo));
    if (this.remaining() < all.length) throw this.kernel.makeError(MAIL_QUOTA_ERROR);
    if (this.window.startedAt === null) this.window.startedAt = this.kernel.now();
    this.window.remaining -= all.length;
    const from = this.kernel.currentExecution?.user ?? this.kernel.user;
    this.outbox.push({ from, to, cc, bcc, replyTo: m.replyTo, subject: m.subject, body: m.body, htmlBody: m.htmlBody, name: m.name, at: this.kernel.now() });
  }
}
imitates(MailApp, 'Mail.MailApp');

interface Message {
  to: string;
  cc: string;
  bcc: string;
  replyTo: string;
  subject: string;
  body: string;
  htmlBody: string;
  name: string;
}

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

/** The four overloads of sendEmail, as one message. */
function messageOf(args: unknown[], error: (text: string) => Error): Message {
  const options = (o: unknown): Partial<Record<keyof Message, unknown>> => (o && typeof o === 'object' ? (o as Partial<Record<keyof Message, unknown>>) : {});
  if (args.length === 1) {
    const o = options(args[0]);
    if (!args[0] || typeof args[0] !== 'object') throw error('Invalid argument: message');
    return { to: str(o.to), cc: str(o.cc), bcc: str(o.bcc), replyTo: str(o.replyTo), subject: str(o.subject), body: str(o.body), htmlBody: str(o.htmlBody), name: str(o.name) };
  }
  if (args.length === 3) return { to: str(args[0]), cc: '', bcc: '', replyTo: '', subject: str(args[1]), body: str(args[2]), htmlBody: '', name: '' };
  if (args.length === 4 && typeof args[3] === 'string') {
    // sendEmail(to, replyTo, subject, body)
    return { to: str(args[0]), cc: '', bcc: '', replyTo: str(args[1]), subject: str(args[2]), body: str(args[3]), htmlBody: '', name: '' };
  }
  if (args.length === 4) {
    const o = options(args[3]);
    return { to: str(args[0]), cc: str(o.cc), bcc: str(o.bcc), replyTo: str(o.replyTo), subject: str(args[1]), body: str(args[2]), htmlBody: str(o.htmlBody), name: str(o.name) };
  }
  throw error('The parameters do not match the method signature for MailApp.sendEmail.');
}

export interface MailOptions {
  /** Recipients a day (default 100, a consumer account; 1,500 for Google Workspace). */
  dailyQuota?: number;
}

export function createMailApp(kernel: Kernel, options: MailOptions = {}): { MailApp: GoogleAppsScript.Mail.MailApp; backdoor: MailBackdoor } {
  const daily = options.dailyQuota ?? CONSUMER_MAIL_QUOTA;
  const window: Window = { startedAt: null, remaining: daily };
  const sent: SentMail[] = [];
  return {
    MailApp: new MailApp(kernel, daily, window, sent),
    backdoor: {
      sent,
      setRemainingQuota(n: number) {
        window.remaining = n;
        if (window.startedAt === null) window.startedAt = kernel.now();
      },
    },
  };
}
