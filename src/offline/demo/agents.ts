/**
 * The demo of the agents' cycle : two agents fill their action plans, submit them, the
 * head approves them in the protected columns, the report Form is made, a few reports come in
 * (one of them invalid), and the ledger is printed. Used by the demo and the benchmark.
 */
import type { Workspace } from '../workspace/index';
import { SHEETS } from '../../core/schema';

export const DEMO_HEAD_EMAIL = 'kepala.dinas@dinkes.nttprov.go.id';

const values = (ws: Workspace, name: string): unknown[][] => ws.sheets.values(ws.spreadsheetId, name) ?? [];
const lastDialog = (ws: Workspace): string => ws.ui.shown().pop()?.content ?? '';
const indent = (text: string) => text.split('\n').map((l) => `  ${l}`).join('\n');

const PLANS: readonly (string | number)[][][] = [
  [
    ['BerAKHLAK – Berorientasi Pelayanan', 'Antrean layanan lebih singkat', 'Layanan dengan nomor antrean daring', 12, 'Nomor antrean daring di loket', 'Januari–Juni 2027', ''],
    ['SOLIDER – Integritas dan Inovatif', 'Laporan kegiatan tepat waktu', 'Laporan bulanan terkirim', 12, 'Lembar kendali laporan bulanan', 'Januari–Desember 2027', ''],
  ],
  [['BerAKHLAK – Kolaboratif', 'Forum agen perubahan aktif', 'Pertemuan forum', 6, 'Forum berbagi dua bulanan', 'Februari–Desember 2027', 'Bersama Tim RB']],
];

function typeSetting(ws: Workspace, label: string, value: string): void {
  const rows = values(ws, SHEETS.settings);
  const i = rows.findIndex((r) => String(r[0]).trim() === label);
  if (i >= 0) ws.sheets.userWrite(ws.spreadsheetId, SHEETS.settings, i + 1, 2, [[value]]);
}

/** Blocks of `Rencana Tindak`: the agent's name and the 1-based row of its title. */
function blocks(ws: Workspace): { name: string; row: number }[] {
  return values(ws, SHEETS.actionPlan)
    .map((r, i) => ({ t: String(r[0]), row: i + 1 }))
    .filter((b) => b.t.startsWith('Agen Perubahan:') && !b.t.includes('tidak lagi'))
    .map((b) => ({ name: b.t.replace('Agen Perubahan: ', '').split(' — ')[0], row: b.row }));
}

/** The first two agents fill and submit their plans; the head approves every submitted row. Returns the agents' names. */
export function approveDemoPlans(ws: Workspace, log: (line: string) => void): string[] {
  typeSetting(ws, 'Email Kepala Dinas', DEMO_HEAD_EMAIL);
  const agents = blocks(ws).slice(0, 2);
  agents.forEach((a, k) => ws.sheets.userWrite(ws.spreadsheetId, SHEETS.actionPlan, a.row + 1, 2, PLANS[k].map((r) => r.slice())));
  ws.run('menuAjukanRencanaTindak');
  log(indent(lastDialog(ws)));
  const v = values(ws, SHEETS.actionPlan);
  const status = v[0].indexOf('Status');
  const decision = v[0].indexOf('Keputusan Pimpinan');
  v.forEach((r, i) => {
    if (r[status] === 'Diajukan') ws.sheets.userWrite(ws.spreadsheetId, SHEETS.actionPlan, i + 1, decision + 1, [['Disetujui', 'Lanjutkan', '15/01/2027', DEMO_HEAD_EMAIL]], DEMO_HEAD_EMAIL);
  });
  ws.run('menuSiapkanRencanaTindak');
  const after = values(ws, SHEETS.actionPlan);
  log(`Kepala Dinas (${DEMO_HEAD_EMAIL}) menyetujui ${after.filter((r) => r[status] === 'Disetujui').length} baris rencana tindak di kolom Keputusan Pimpinan.`);
  return agents.map((a) => a.name);
}

/** The report Form's id (from Pengaturan). */
export function demoReportForm(ws: Workspace): string {
  const url = String(values(ws, SHEETS.settings).find((r) => r[0] === 'URL Formulir Laporan')?.[1] ?? '');
  return /\/d\/([^/]+)\//.exec(url)?.[1] ?? '';
}

/** One report through the product's Form. */
export function sendDemoReport(ws: Workspace, activity: string, period: string, realisation: string, problems = '', solutions = '', email = 'agen@dinkes.nttprov.go.id'): string {
  return ws.forms.submit(
    demoReportForm(ws),
    {
      'Kegiatan (rencana tindak yang disetujui)': activity,
      'Periode (bulan pelaksanaan)': period,
      'Realisasi (angka)': realisation,
      Kendala: problems,
      Solusi: solutions,
      'Tautan Bukti': 'https://drive.google.com/drive/folders/bukti-kegiatan',
    },
    { email },
  );
}

/** The whole cycle: plans approved, the report Form made, four reports (one invalid), the ledger printed. */
export function runDemoAgents(ws: Workspace, log: (line: string) => void): void {
  const [first, second] = approveDemoPlans(ws, log);
  ws.run('menuBuatFormulirLaporan');
  log(indent(lastDialog(ws)));
  const activity = (name: string, no: number, text: string) => `${name} — No ${no}: ${text}`;
  sendDemoReport(ws, activity(first, 1, 'Nomor antrean daring di loket'), 'Februari 2027', '3', 'Jaringan internet di loket sering putus', '');
  sendDemoReport(ws, activity(first, 1, 'Nomor antrean daring di loket'), 'Maret 2027', '4', '', 'Modem cadangan dari bagian umum');
  sendDemoReport(ws, activity(first, 2, 'Lembar kendali laporan bulanan'), 'Maret 2027', '50%');
  if (second) sendDemoReport(ws, activity(second, 1, 'Forum berbagi dua bulanan'), 'April 2027', '1', 'Jadwal bentrok dengan rapat', 'Forum digeser ke Jumat sore');
  const ledger = values(ws, SHEETS.reports);
  log(`${SHEETS.reports} (${ledger.length - 1} laporan):`);
  for (const r of ledger.slice(1)) log(`  ${String(r[3]).slice(0, 28).padEnd(30)}${String(r[7]).padEnd(15)}realisasi ${String(r[8]).padEnd(6)}target ${String(r[9]).padEnd(4)}${String(r[13])}${r[14] ? ` — ${String(r[14])}` : ''}`);
  printMonitoring(ws, log);
  makeDemoMonitoringReport(ws, log);
}

/** The semester of the demo's reports (the demo's clock is in November 2026, their months in 2027). */
export const DEMO_REPORT_SEMESTER = 'Semester I 2027';

/** Rencana Tindak › Buat Laporan Pemantauan for the semester of the reports; prints the question and the result. */
export function makeDemoMonitoringReport(ws: Workspace, log: (line: string) => void): void {
  ws.ui.answerNext({ button: 'OK', text: DEMO_REPORT_SEMESTER });
  ws.run('menuBuatLaporanPemantauan');
  const shown = ws.ui.shown();
  const asked = shown.filter((s) => s.kind === 'prompt').pop();
  if (asked) log(`Buat Laporan Pemantauan — pertanyaan: ${asked.content.replace(/\n/g, ' ')}\n  Jawaban: ${DEMO_REPORT_SEMESTER}`);
  log(indent(lastDialog(ws)));
}

/** `Pemantauan Agen` as the head reads it: activities, summaries, the survey of the agents' units. */
export function printMonitoring(ws: Workspace, log: (line: string) => void): void {
  const v = values(ws, SHEETS.monitoring);
  log(`${SHEETS.monitoring}:`);
  for (const r of v.slice(1)) {
    const cells = r.map((c) => String(c)).filter((c, i, all) => c !== '' || all.slice(i).some((x) => x !== ''));
    if (cells.length === 0) continue;
    log(`  ${cells.map((c) => c.replace(/\n/g, ' / ').slice(0, 40)).join(' | ')}`);
  }
}
