/**
 * Reminders without e-mail surprises. Status & Bantuan lists the agents with no counted report in
 * the current month (WITA) and the plan rows Diajukan for more than 14 days (core/reminders).
 * Nothing is mailed unless `Pengaturan` says Kirim Pengingat Email = Ya; then the menu
 * Rencana Tindak › Kirim Pengingat Email (a person's deliberate click, never the daily trigger:
 * a mail goes out only when someone of the team asks for it, from their own account and quota)
 * asks once, checks MailApp's remaining daily quota against the messages to send and refuses
 * when it is smaller (nothing sent), then sends each and logs each in `Log Pengingat` at once.
 * A reminder already sent today is not sent again.
 */
import { approvalLayout } from '../core/action-plan';
import { planEntries, type ReviewedEntry, reviewEntry } from '../core/action-plan-approval';
import { asText } from '../core/cells';
import { busyError, UserError } from '../core/errors';
import { isoDate } from '../core/dates';
import { loggedToday, REMINDER_KIND, REMINDER_RESULT, reminderList, type ReminderList, reminderMessages, type ReminderMessage } from '../core/reminders';
import { parseRoster } from '../core/roster';
import { SHEETS, specOf } from '../core/schema';
import { remindersByEmail, type ParsedSettings } from '../core/settings';
import { openFormOrNull } from '../gas/forms';
import { withScriptLock } from '../gas/lock';
import { remainingMailQuota, sendMail } from '../gas/mail';
import { activeUserEmail } from '../gas/session';
import { appendRows, ensureProductSheet, readSheet, sheetValues, spreadsheetUrl } from '../gas/sheets';
import { alert, confirm } from '../gas/ui';
import { reportFormId } from './reports';
import { loadSettings } from './settings';

const TITLE = 'Kirim Pengingat Email';
const LOCK_MS = 30 * 1000;

/** The plan as it stands (a read-only review: no status is changed here). */
function reviewedPlan(): ReviewedEntry[] {
  const values = readSheet('actionPlan') ?? [];
  const layout = approvalLayout(values[0] ?? []);
  return planEntries(values, layout).map((e) => reviewEntry(e, false));
}

/** What is due now, from Rencana Tindak, Laporan Rencana Tindak and Pegawai (one read each). */
export function gatherReminders(parsed: ParsedSettings = loadSettings(), now = Date.now()): ReminderList {
  const [rosterHeader = [], ...rosterRows] = readSheet('roster') ?? [];
  const emails = new Map(parseRoster(rosterHeader, rosterRows).employees.filter((e) => e.nip !== '' && e.email !== '').map((e) => [e.nip, e.email]));
  const ledger = (readSheet('reports') ?? []).slice(1);
  const s = parsed.settings;
  return reminderList({ reviewed: reviewedPlan(), ledger, emails, headEmail: s.kepalaEmail, termStart: s.periodeMulai, termEnd: s.periodeSelesai, now });
}

export interface StatusReminders {
  month: string;
  reportsDue: boolean;
  /** Kirim Pengingat Email is "Ya". */
  emailOn: boolean;
  noReport: { name: string; email: string }[];
  pending: { text: string }[];
  /** Rows Diajukan with no Tanggal Diajukan yet (they get one at the next run of a Rencana Tindak menu). */
  undated: number;
  /** What the team can do, one sentence. */
  note: string;
}

/** Status & Bantuan's part: the list, and whether e-mail is on. Never throws (the dialog shows a problem instead). */
export function statusReminders(parsed: ParsedSettings): StatusReminders | null {
  if (!readSheet('actionPlan')) return null;
  const list = gatherReminders(parsed);
  const emailOn = remindersByEmail(parsed.settings);
  const anything = list.noReport.length + list.pending.length > 0;
  return {
    month: list.month,
    reportsDue: list.reportsDue,
    emailOn,
    noReport: list.noReport.map((a) => ({ name: a.name, email: a.email })),
    pending: list.pending.map((p) => ({ text: `${p.agentName}, baris ${p.row} (No ${p.no || '-'}): ${p.activity} — diajukan ${isoDateText(p.submittedAt)}, ${p.days} hari` })),
    undated: list.undated,
    note: !anything
      ? 'Tidak ada pengingat saat ini.'
      : emailOn
        ? 'Pengingat email aktif: jalankan Rencana Tindak › Kirim Pengingat Email untuk mengirimnya (yang tanpa email hanya tercantum di sini).'
        : 'Tidak ada email yang dikirim (Kirim Pengingat Email di Pengaturan: Tidak). Sampaikan pengingat ini sendiri, atau ubah pengaturan itu menjadi Ya.',
  };
}

const isoDateText = (ms: number) => isoDate(ms).split('-').reverse().join('/');

const logRow = (m: ReminderMessage, sender: string, result: string) => [new Date(), asText(sender), asText(m.to), asText(`${m.kind}: ${m.about}`), asText(m.subject), asText(result), asText(m.key)];

/** Menu: Rencana Tindak › Kirim Pengingat Email. */
export function runSendReminders(): void {
  const parsed = loadSettings();
  if (!remindersByEmail(parsed.settings)) {
    alert(
      TITLE,
      `Pengingat email tidak aktif, jadi tidak ada email yang dikirim. Daftar pengingat tetap ada di Agen Perubahan › Status & Bantuan.\nUntuk mengirimnya lewat email, isi "Ya" pada baris "Kirim Pengingat Email" di lembar ${SHEETS.settings} (atau Pengaturan…), lalu jalankan menu ini lagi.`,
    );
    return;
  }
  const out = withScriptLock(LOCK_MS, () => sendDue(parsed));
  if (!out.ran) throw busyError('berjalan, jadi pengingat belum dikirim.', 'Tunggu sebentar lalu jalankan menu ini lagi; pengingat yang sudah terkirim hari ini tidak dikirim dua kali.');
}

function sendDue(parsed: ParsedSettings): void {
  const now = Date.now();
  const list = gatherReminders(parsed, now);
  const sender = activeUserEmail();
  const form = openFormOrNull(reportFormId());
  const messages = reminderMessages(list, {
    now,
    reportFormUrl: form ? form.getPublishedUrl() : '',
    spreadsheetUrl: spreadsheetUrl(),
    sender,
    instansi: parsed.settings.instansi,
  });
  if (messages.length === 0) {
    alert(TITLE, `Tidak ada pengingat saat ini: semua agen yang punya kegiatan disetujui sudah melapor untuk ${list.month}, dan tidak ada rencana tindak yang menunggu keputusan lebih dari 14 hari. Tidak ada email yang dikirim.`);
    return;
  }
  const { sheet } = ensureProductSheet(specOf('reminders'));
  const log = sheetValues(sheet).slice(1);
  const sent = loggedToday(log, now, REMINDER_RESULT.sent);
  const listed = loggedToday(log, now, REMINDER_RESULT.noEmail);
  const already = messages.filter((m) => sent.has(m.key));
  const noEmail = messages.filter((m) => m.to === '' && !sent.has(m.key));
  const toSend = messages.filter((m) => m.to !== '' && !sent.has(m.key));
  const noEmailLines = noEmail.map((m) => `- ${m.about}${m.kind === REMINDER_KIND.decision ? ' (Email Kepala Dinas belum diisi di Pengaturan)' : ' (kolom Email di lembar Pegawai kosong)'}`);
  // The ones without an e-mail are logged once a day (listed, not mailed).
  appendRows(
    sheet,
    noEmail.filter((m) => !listed.has(m.key)).map((m) => logRow(m, sender, REMINDER_RESULT.noEmail)),
  );
  if (toSend.length === 0) {
    alert(
      TITLE,
      [
        'Tidak ada email yang dikirim.',
        already.length > 0 ? `${already.length} pengingat sudah terkirim hari ini (lembar ${SHEETS.reminders}); pengingat yang sama tidak dikirim dua kali sehari.` : '',
        noEmailLines.length > 0 ? `Tanpa alamat email (sampaikan sendiri):\n${noEmailLines.join('\n')}` : '',
      ]
        .filter((l) => l !== '')
        .join('\n'),
    );
    return;
  }
  const quota = remainingMailQuota();
  if (quota < toSend.length) {
    throw new UserError(
      `Kuota email harian Google untuk akun ini tinggal ${quota} penerima, padahal ada ${toSend.length} pengingat yang akan dikirim. Tidak ada email yang dikirim.`,
      'Jalankan menu ini lagi besok (kuota pulih 24 jam setelah email pertama hari ini), atau dari akun Google Workspace kantor yang kuotanya lebih besar.',
    );
  }
  if (!confirm(TITLE, `Kirim ${toSend.length} email pengingat dari akun ${sender || 'Anda'} kepada:\n${toSend.map((m) => `- ${m.about} <${m.to}>`).join('\n')}\n\nSisa kuota email hari ini: ${quota} penerima.`)) {
    alert(TITLE, 'Dibatalkan: tidak ada email yang dikirim.');
    return;
  }
  const failed: string[] = [];
  let ok = 0;
  for (const m of toSend) {
    const error = sendMail(m.to, m.subject, m.body, 'Agen Perubahan');
    // Logged right after each send: a run cut short never sends a logged reminder again, nor loses one.
    appendRows(sheet, [logRow(m, sender, error === '' ? REMINDER_RESULT.sent : `${REMINDER_RESULT.failed}: ${error}`)]);
    if (error === '') ok++;
    else failed.push(`- ${m.about} <${m.to}>: ${error}`);
  }
  alert(
    TITLE,
    [
      `${ok} email pengingat terkirim; semuanya tercatat di lembar ${SHEETS.reminders}.`,
      failed.length > 0 ? `Gagal dikirim (periksa alamatnya):\n${failed.join('\n')}` : '',
      already.length > 0 ? `${already.length} pengingat lain sudah terkirim hari ini dan tidak dikirim lagi.` : '',
      noEmailLines.length > 0 ? `Tanpa alamat email (sampaikan sendiri):\n${noEmailLines.join('\n')}` : '',
    ]
      .filter((l) => l !== '')
      .join('\n'),
  );
}
