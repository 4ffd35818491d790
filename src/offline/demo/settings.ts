/**
 * Demo of the Pengaturan sidebar and Status & Bantuan: the team fills the agency data through the
 * sidebar's server function (exactly what the page sends on "Simpan"), a mistake is refused with
 * its message, then the status dialog's report is printed before and after "Perbaiki Pemicu".
 */
import { SETTINGS } from '../../core/settings';
import type { Workspace } from '../workspace/index';

interface SaveResult {
  ok: boolean;
  errors: Record<string, string>;
  saved: string[];
  message: string;
}

interface StatusReport {
  generatedAt: string;
  triggers: { label: string; stateText: string; detail: string; owner: string; lastRun: string }[];
  lastError: { time: string; process: string; message: string } | null;
  errorCount: number;
  counts: { label: string; value: number | null; detail: string }[];
  notes: { time: string; text: string }[];
}

/** What the team types into the sidebar for the demo office. */
export const DEMO_AGENCY: Record<string, string> = {
  instansi: 'Dinas Kesehatan Provinsi Nusa Tenggara Timur',
  alamat: 'Jl. Moh. Hatta No. 19, Kupang',
  telepon: '(0380) 833 180',
  emailKantor: 'dinkes@nttprov.go.id',
  kodePos: '85111',
  kota: 'Kupang',
  kepalaNama: 'dr. Yohanes Bria Seran, M.Kes.',
  kepalaNip: '19700512 199803 1 004',
  kepalaPangkat: 'Pembina Utama Muda / IV/c',
  // After the berita acara the demo makes (1 December 2026): a decree never predates it.
  tanggalPenetapan: '4/12/2026',
  periodeMulai: '1 Januari 2027',
  periodeSelesai: '31/12/2027',
};

/** Agency data by its Pengaturan label, as the team types it into the sheet (tests, benchmark). */
export const AGENCY_BY_LABEL: Record<string, string> = {
  'Alamat Kantor': 'Jl. Moh. Hatta No. 19',
  'Telepon Kantor': '(0380) 833180',
  'Email Kantor': 'dinkes@nttprov.go.id',
  'Kode Pos': '85111',
  'Nama Kepala Dinas': 'dr. Yohanes Benyamin Radja, M.Kes.',
  'NIP Kepala Dinas': '19700512 199803 1 004',
  'Pangkat Kepala Dinas': 'Pembina Utama Muda / IV/c',
  'Periode Tugas Mulai': '1 Januari 2027',
  'Periode Tugas Selesai': '31 Desember 2027',
};

/** Fills Pengaturan through the sidebar (one refused attempt, then the corrected one). */
export function runDemoSettings(ws: Workspace, log: (line: string) => void): void {
  const wrong = ws.run<SaveResult>('sidebarSave', { ...DEMO_AGENCY, kepalaNip: '19700512 1998', kodePos: '851' });
  log(`Simpan (dengan salah ketik): ${wrong.message}`);
  for (const [key, message] of Object.entries(wrong.errors)) {
    log(`  ✗ ${SETTINGS.find((d) => d.key === key)?.label ?? key}: ${message}`);
  }
  const ok = ws.run<SaveResult>('sidebarSave', DEMO_AGENCY);
  log(`Simpan (setelah diperbaiki): ${ok.message}`);
}

function printStatus(r: StatusReport, log: (line: string) => void): void {
  for (const t of r.triggers) {
    log(`  ${t.label.padEnd(30)} ${t.stateText.padEnd(16)} ${t.lastRun || 'belum pernah berjalan'}`);
    log(`  ${''.padEnd(30)} ${t.detail}${t.owner ? ` (dipasang oleh ${t.owner})` : ''}`);
  }
  log(`  Kesalahan terakhir: ${r.lastError ? `${r.lastError.time} · ${r.lastError.process} · ${r.lastError.message}` : 'tidak ada'}${r.errorCount > 1 ? ` (${r.errorCount} baris)` : ''}`);
  for (const c of r.counts) log(`  ${c.label}: ${c.value ?? '—'}${c.detail ? ` (${c.detail})` : ''}`);
  for (const n of r.notes.slice(0, 3)) log(`  Catatan ${n.time}: ${n.text}`);
}

/** Status & Bantuan: the report, "Perbaiki Pemicu", and the report again. */
export function runDemoStatus(ws: Workspace, log: (line: string) => void): void {
  ws.run('menuStatusBantuan');
  log('Status & Bantuan:');
  printStatus(ws.run<StatusReport>('statusLoad'), log);
  const repaired = ws.run<{ ok: boolean; summary: string; report: StatusReport | null }>('statusRepairTriggers');
  log(`Perbaiki Pemicu: ${repaired.summary}`);
  if (repaired.report) printStatus(repaired.report, log);
}

/**
 * Menu Status & Bantuan › Uji Kesiapan, as the team would run it once after installing: the
 * dialog (one line per check, ✔ OK or ✘ TIDAK OK with what to do) and where the result is kept.
 */
export function runDemoReadiness(ws: Workspace, log: (line: string) => void): void {
  ws.run('menuUjiKesiapan');
  const shown = ws.ui.shown();
  const dialog = shown[shown.length - 1];
  log(dialog ? `[${dialog.title}]\n${dialog.content}` : '(tidak ada dialog)');
}
