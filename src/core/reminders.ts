/**
 * Reminders (issue "agents at work", item 5): which agents have no counted report for the current
 * month (WITA), and which plan rows have waited for the head's decision (Diajukan) more than
 * PENDING_DAYS days, from their Tanggal Diajukan. Status & Bantuan lists them; only when the team
 * sets Kirim Pengingat Email to "Ya" does the menu Rencana Tindak › Kirim Pengingat Email mail
 * them: each agent their own reminder (the e-mail of the roster's Email column, by NIP), the head
 * one reminder listing the rows waiting for a decision (the head decides, not the agent). Who has
 * no e-mail is listed, not mailed. A reminder already sent today (Log Pengingat) is not sent again.
 */
import { PLAN_STATUS, type ReviewedEntry } from './action-plan-approval';
import { isDate } from './cells';
import { BULAN, formatTanggal, isoDate, witaParts } from './dates';
import { digitsOf } from './nip';
import { LEDGER, parsePeriod, REPORT_STATUS } from './reports';

/** A row Diajukan for more than this many days is listed as waiting for the head. */
export const PENDING_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

export const REMINDER_LOG_HEADERS = ['Waktu', 'Dikirim oleh', 'Kepada', 'Pengingat', 'Isi', 'Hasil', 'Kunci'];
export const REMINDER_LOG = { time: 0, sender: 1, to: 2, kind: 3, text: 4, result: 5, key: 6 } as const;
export const REMINDER_RESULT = { sent: 'Terkirim', noEmail: 'Tidak dikirim: tidak ada email', failed: 'Gagal' } as const;
export const REMINDER_KIND = { report: 'Laporan bulan ini', decision: 'Keputusan rencana tindak' } as const;

export interface AgentWithoutReport {
  nip: string;
  name: string;
  /** From the roster's Email column ('' = none: listed, never mailed). */
  email: string;
  /** The agent's approved activities, by their No. */
  activities: string[];
}

export interface PendingPlan {
  agentName: string;
  row: number;
  no: string;
  activity: string;
  submittedAt: number;
  days: number;
}

export interface ReminderList {
  /** "Desember 2026". */
  month: string;
  /** False when the current month lies outside the term of duty (no report is due). */
  reportsDue: boolean;
  noReport: AgentWithoutReport[];
  pending: PendingPlan[];
  /** Rows Diajukan without a readable Tanggal Diajukan (submitted before the product recorded it). */
  undated: number;
  /** The head's e-mail from Pengaturan ('' = not set). */
  headEmail: string;
}

export interface ReminderInputs {
  reviewed: readonly ReviewedEntry[];
  /** `Laporan Rencana Tindak` below its header (getValues). */
  ledger: readonly (readonly unknown[])[];
  /** Roster e-mail by NIP digits. */
  emails: ReadonlyMap<string, string>;
  headEmail: string;
  termStart: number | null;
  termEnd: number | null;
  now: number;
}

const monthKey = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;

/** What is due now: agents without a counted report this month, plans waiting more than PENDING_DAYS days. */
export function reminderList(input: ReminderInputs): ReminderList {
  const today = witaParts(input.now);
  const current = monthKey(today.year, today.month);
  const index = (y: number, m: number) => y * 12 + m - 1;
  let reportsDue = true;
  if (input.termStart !== null && input.termEnd !== null) {
    const a = witaParts(input.termStart);
    const b = witaParts(input.termEnd);
    const i = index(today.year, today.month);
    reportsDue = i >= index(a.year, a.month) && i <= index(b.year, b.month);
  }
  const reported = new Set<string>();
  for (const r of input.ledger) {
    if (String(r[LEDGER.status] ?? '') !== REPORT_STATUS.counted) continue;
    const p = parsePeriod(String(r[LEDGER.period] ?? ''));
    if (p && monthKey(p.year, p.month) === current) reported.add(digitsOf(String(r[LEDGER.nip] ?? '')));
  }
  const agents = new Map<string, AgentWithoutReport>();
  for (const r of input.reviewed) {
    const e = r.entry;
    if (!e.appointed || e.agentNip === '' || r.status !== PLAN_STATUS.approved || e.activity === '') continue;
    if (reported.has(e.agentNip)) continue;
    const a = agents.get(e.agentNip) ?? { nip: e.agentNip, name: e.agentName, email: input.emails.get(e.agentNip) ?? '', activities: [] };
    a.activities.push(`No ${e.no || '-'}: ${e.activity}`);
    agents.set(e.agentNip, a);
  }
  const pending: PendingPlan[] = [];
  let undated = 0;
  for (const r of input.reviewed) {
    if (!r.entry.appointed || r.status !== PLAN_STATUS.submitted) continue;
    if (r.submittedAt === null) {
      undated++;
      continue;
    }
    const days = Math.floor((input.now - r.submittedAt) / DAY_MS);
    if (days > PENDING_DAYS) pending.push({ agentName: r.entry.agentName, row: r.entry.row, no: r.entry.no, activity: r.entry.activity, submittedAt: r.submittedAt, days });
  }
  return {
    month: `${BULAN[today.month - 1]} ${today.year}`,
    reportsDue,
    noReport: reportsDue ? [...agents.values()] : [],
    pending,
    undated,
    headEmail: input.headEmail.trim().toLowerCase(),
  };
}

export interface ReminderMessage {
  /** Same key on the same WITA day = the same reminder (never sent twice a day). */
  key: string;
  kind: string;
  /** '' when the person has no e-mail (listed and logged, not mailed). */
  to: string;
  /** Whom it is about, for the log and the dialog. */
  about: string;
  subject: string;
  body: string;
}

export interface MessageContext {
  now: number;
  /** The report Form's link for agents ('' = not made yet). */
  reportFormUrl: string;
  spreadsheetUrl: string;
  sender: string;
  instansi: string;
}

const footer = (c: MessageContext) =>
  `\n\nPesan ini dikirim oleh Agen Perubahan (${c.instansi}) atas permintaan ${c.sender || 'Tim RB'}, dari spreadsheet rekap: ${c.spreadsheetUrl}\nPengingat yang sama tidak dikirim lebih dari sekali sehari.`;

/** The messages of a reminder list: one per agent without a report, one to the head for the waiting plans. */
export function reminderMessages(list: ReminderList, c: MessageContext): ReminderMessage[] {
  const out: ReminderMessage[] = [];
  const month = list.month;
  for (const a of list.noReport) {
    const form = c.reportFormUrl !== '' ? `isi formulir laporan: ${c.reportFormUrl}` : 'isi formulir laporan yang dibagikan Tim RB';
    out.push({
      key: `laporan|${a.nip}|${month}`,
      kind: REMINDER_KIND.report,
      to: a.email,
      about: a.name,
      subject: `Pengingat: laporan rencana tindak ${month}`,
      body:
        `Yth. ${a.name},\n\nSampai ${formatTanggal(c.now)} belum ada laporan pelaksanaan rencana tindak Anda untuk bulan ${month} yang tercatat. ` +
        `Mohon ${form}, satu laporan untuk setiap kegiatan yang disetujui:\n${a.activities.map((x) => `- ${x}`).join('\n')}` +
        footer(c),
    });
  }
  if (list.pending.length > 0) {
    out.push({
      key: `keputusan|${list.headEmail}`,
      kind: REMINDER_KIND.decision,
      to: list.headEmail,
      about: 'Kepala Dinas',
      subject: `Pengingat: ${list.pending.length} rencana tindak menunggu keputusan`,
      body:
        `Yth. Kepala Dinas,\n\nRencana tindak berikut sudah diajukan lebih dari ${PENDING_DAYS} hari dan belum diputuskan:\n` +
        list.pending.map((p) => `- ${p.agentName}, baris ${p.row} (No ${p.no || '-'}): ${p.activity} — diajukan ${formatTanggal(p.submittedAt)} (${p.days} hari)`).join('\n') +
        `\n\nIsi Disetujui atau Perlu Perbaikan di kolom Keputusan Pimpinan pada lembar Rencana Tindak.` +
        footer(c),
    });
  }
  return out;
}

/** The keys logged on the WITA day of `now` with a result starting with `result` (Log Pengingat below its header). */
export function loggedToday(log: readonly (readonly unknown[])[], now: number, result: string): Set<string> {
  const day = isoDate(now);
  const out = new Set<string>();
  for (const r of log) {
    const at = r[REMINDER_LOG.time];
    if (!isDate(at) || isoDate(at.getTime()) !== day) continue;
    if (String(r[REMINDER_LOG.result] ?? '').indexOf(result) === 0) out.add(String(r[REMINDER_LOG.key] ?? ''));
  }
  return out;
}
