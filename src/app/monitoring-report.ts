/**
 * "Buat Laporan Pemantauan": the monitoring report for the head of office, one semester (the
 * current one by the WITA date unless the user names another that has data), as a new Doc in
 * the output folder, logged in `Log Dokumen`. Its facts are `Pemantauan Agen`'s, from the same
 * records and the same core code (app/monitoring's monitoringData, core/monitoring), and the
 * sheet is laid out again in the same run so the two agree. Earlier reports stay.
 */
import { PLAN_STATUS } from '../core/action-plan-approval';
import { formatTanggalWaktu } from '../core/dates';
import { MONITORING_REPORT_TITLE, monitoringReport } from '../core/decree/monitoring-report';
import { UserError } from '../core/errors';
import { parseSemester, semesterMonitoring, semesterName, semestersWithData } from '../core/monitoring';
import { SHEETS } from '../core/schema';
import { fileIdFrom } from '../core/settings';
import { semesterOf, type Semester } from '../core/survey/periods';
import { createDocument } from '../gas/docs';
import { documentState, freeName } from '../gas/drive';
import { activeUserEmail } from '../gas/session';
import { logDocument } from '../gas/sheets';
import { alert, promptText } from '../gas/ui';
import { appointedAgents, syncActionPlan } from './action-plan';
import { emblemImage, outputFolder } from './decree/files';
import { monitoringData, writeMonitoring } from './monitoring';
import { loadSettings } from './settings';

const TITLE = 'Buat Laporan Pemantauan';

export type MonitoringReportResult =
  | { status: 'cancelled' }
  | { status: 'created'; id: string; name: string; url: string; semester: Semester; agents: number; approved: number; reports: number };

const titleCase = (s: string): string => s.toLowerCase().replace(/(^|\s)\S/g, (c) => c.toUpperCase());

/**
 * Makes the report. `ask` gets the question (the current semester and the semesters with data)
 * and returns what the user typed ('' = the current semester) or null to cancel.
 */
export function makeMonitoringReport(ask: (question: string) => string | null, now: number = Date.now()): MonitoringReportResult {
  const parsed = loadSettings();
  const agents = appointedAgents();
  if (agents.length === 0) {
    throw new UserError(
      `Belum ada agen yang dicentang "Ditetapkan" di lembar "${SHEETS.assessment}", jadi belum ada yang dipantau.`,
      'Tetapkan agen (Penilaian), jalankan Rencana Tindak › Siapkan Rencana Tindak, lalu jalankan menu ini lagi. Tidak ada dokumen yang dibuat.',
    );
  }
  const { reviewed } = syncActionPlan(agents, false, parsed.settings);
  if (!reviewed.some((r) => r.entry.appointed && r.status === PLAN_STATUS.approved)) {
    throw new UserError(
      `Belum ada kegiatan berstatus Disetujui di lembar "${SHEETS.actionPlan}", jadi belum ada rencana tindak yang dapat dipantau.`,
      'Agen mengisi rencana tindak, jalankan Rencana Tindak › Ajukan Rencana Tindak, dan Kepala Dinas memilih Disetujui di kolom Keputusan Pimpinan; lalu jalankan menu ini lagi. Tidak ada dokumen yang dibuat.',
    );
  }
  const data = monitoringData(reviewed, parsed);
  writeMonitoring(data, now);
  const available = semestersWithData(data.reports, data.trend);
  const listed = available.length > 0 ? available.map(semesterName).join(', ') : 'belum ada';
  const current = semesterOf(now);
  const answer = ask(
    [
      `Semester mana yang dilaporkan? Kosongkan untuk semester berjalan (${semesterName(current)}).`,
      `Semester yang berisi laporan atau hasil survei: ${listed}.`,
      'Tulis misalnya "Semester I 2027" atau "2027-1".',
    ].join('\n'),
  );
  if (answer === null) return { status: 'cancelled' };
  let chosen: Semester = current;
  if (answer.trim() !== '') {
    const typed = parseSemester(answer);
    if (!typed) throw new UserError(`"${answer.trim()}" bukan nama semester.`, `Tulis misalnya "Semester I 2027" (Januari–Juni) atau "Semester II 2027" (Juli–Desember). Semester yang berisi data: ${listed}.`);
    chosen = typed;
  }
  if (!available.some((s) => s.key === chosen.key)) {
    throw new UserError(
      `${semesterName(chosen)} belum berisi laporan agen yang dihitung maupun hasil survei dari unit kerja para agen, jadi laporannya akan kosong.`,
      available.length > 0
        ? `Semester yang berisi data: ${listed}. Jalankan menu ini lagi dan tulis salah satunya. Tidak ada dokumen yang dibuat.`
        : 'Bagikan Formulir Laporan (Rencana Tindak › Buat Formulir Laporan) kepada para agen dan tunggu laporan pertama, lalu jalankan menu ini lagi. Tidak ada dokumen yang dibuat.',
    );
  }
  const semester = semesterMonitoring(reviewed, data.reports, data.unitOf, data.trend, chosen);
  const skeleton = monitoringReport({ settings: parsed.settings, todayMs: now, data: semester, bands: data.table.map((b) => b.label) });
  const template = fileIdFrom(parsed.settings.templateId);
  const folder = outputFolder(parsed, template !== '' && documentState(template) === 'ok' ? template : '');
  const name = freeName(folder, `${titleCase(MONITORING_REPORT_TITLE)} ${semesterName(chosen)} ${formatTanggalWaktu(now)}`);
  const doc = createDocument(name, skeleton, folder, emblemImage(parsed));
  const approved = semester.toDate.reduce((n, a) => n + a.approved, 0);
  const reports = semester.inSemester.reduce((n, a) => n + a.activities.reduce((m, x) => m + (x.status === PLAN_STATUS.approved ? x.reports.length : 0), 0), 0);
  logDocument(doc.name, doc.url, activeUserEmail(), `Laporan pemantauan ${semesterName(chosen)}: ${semester.toDate.length} agen, ${approved} kegiatan disetujui, ${reports} laporan dihitung`);
  return { status: 'created', ...doc, semester: chosen, agents: semester.toDate.length, approved, reports };
}

/** Menu: Rencana Tindak › Buat Laporan Pemantauan. */
export function runMonitoringReport(): void {
  const r = makeMonitoringReport((q) => promptText(TITLE, q));
  if (r.status === 'cancelled') {
    alert(TITLE, 'Laporan pemantauan tidak dibuat.');
    return;
  }
  alert(
    TITLE,
    `Laporan pemantauan ${semesterName(r.semester)} dibuat: "${r.name}"\n${r.url}\n\n${r.agents} agen, ${r.approved} kegiatan disetujui, ${r.reports} laporan dihitung pada semester itu. Tercatat di lembar "${SHEETS.documents}".`,
  );
}
