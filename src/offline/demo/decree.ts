/**
 * Demo of the assessment and the decree (A1–A4, D1–D4): the team fills the agency data, prepares Penilaian from the shortlist, types
 * sample scores, the head picks 3 agents with roles, then the default template, the berita acara
 * and the draft decree are made; the decree's text is printed. Deterministic (fixed seed).
 */
import { tallyHeaderRow } from '../../core/nominations/tally-layout';
import { SHEETS, TALLY_HEADER_ROW } from '../../core/schema';
import { SETTINGS } from '../../core/settings';
import type { Workspace } from '../workspace/index';
import { demoEmblem } from './emblem';
import { Random } from './random';
import { demoRoster } from './roster';
import { DEMO_AGENCY } from './settings';

const CRITERION = 'Inovatif dan proaktif';
const ROLES = ['Katalis', 'Penggerak Perubahan', 'Pemberi Solusi'];

function values(ws: Workspace, sheet: string): unknown[][] {
  return ws.sheets.values(ws.spreadsheetId, sheet) ?? [];
}

function dialog(ws: Workspace): string {
  const shown = ws.ui.shown();
  const d = shown[shown.length - 1];
  return d ? `[${d.title}] ${d.content}` : '(tidak ada dialog)';
}

const indent = (text: string): string => text.split('\n').map((l) => `  ${l}`).join('\n');

/** The team types a value next to its label in Pengaturan. */
function typeSetting(ws: Workspace, label: string, value: string): void {
  const i = values(ws, SHEETS.settings).findIndex((r) => String(r[0]).trim() === label);
  if (i >= 0) ws.sheets.userWrite(ws.spreadsheetId, SHEETS.settings, i + 1, 2, [[value]]);
}

/** A NIP as the tally prints it (grouped text; 18 bare digits would be read as a rounded number). */
const grouped = (nip: string): string => `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;

/** When the nominations demo did not run, a shortlist typed from the roster (eligible PNS). */
function ensureShortlist(ws: Workspace, log: (line: string) => void): void {
  const tally = values(ws, SHEETS.tally);
  if (tally.slice(tallyHeaderRow(tally) + 1).some((r) => String(r[7]) === 'Ya')) return;
  const roster = demoRoster();
  const picks = roster.filter((e, i) => i > 10 && e.status === 'PNS' && e.nip.length === 18 && ['', '-', 'Tidak ada'].includes(e.hukuman)).slice(0, 5);
  const rows = [['Peringkat', 'Nama', 'NIP', 'Unit Kerja', 'Suara', 'Memenuhi Syarat', 'Alasan', 'Daftar Pendek'], ...picks.map((e, i) => [String(i + 1), e.nama, grouped(e.nip), e.unit, String(12 - i * 2), 'Ya', '', 'Ya'])];
  ws.sheets.userWrite(ws.spreadsheetId, SHEETS.tally, TALLY_HEADER_ROW, 1, rows);
  log('(Rekap Penjaringan belum berisi daftar pendek: 5 calon diketik sebagai contoh.)');
}

export function runDemoDecree(ws: Workspace, log: (line: string) => void): void {
  const rnd = new Random(505);
  for (const def of SETTINGS) {
    const v = DEMO_AGENCY[def.key];
    if (v !== undefined) typeSetting(ws, def.label, v);
  }
  typeSetting(ws, 'Penilai Tambahan', 'Theresia Ndun, S.KM (Tim RB)\nGabriel Bria, S.H. (Tim RB)');
  // The office's emblem, uploaded to Drive and named in Pengaturan, goes left of the kop.
  const emblem = ws.drive.createFile('Lambang Provinsi NTT.png', 'image/png', demoEmblem());
  typeSetting(ws, 'Logo Kop (ID Gambar)', emblem);
  log('Pengaturan: data instansi, periode tugas, dua penilai tim RB dan logo kop (gambar di Drive) diketik.');
  ensureShortlist(ws, log);

  ws.run('menuSiapkanPenilaian');
  log(indent(dialog(ws)));

  // The team types the scores of every assessor for every candidate.
  const sheet = values(ws, SHEETS.assessment);
  const headers = (sheet[1] ?? []).map(String);
  const blocks = headers.map((h, i) => (h === CRITERION ? i : -1)).filter((i) => i >= 0);
  for (let r = 2; r < sheet.length; r++) {
    if (String(sheet[r][2]) === '') continue;
    const strength = rnd.int(2, 4);
    for (const c of blocks) {
      const scores = [0, 1, 2, 3].map(() => Math.min(5, Math.max(1, strength + rnd.int(0, 1))));
      ws.sheets.userWrite(ws.spreadsheetId, SHEETS.assessment, r + 1, c + 1, [scores]);
    }
  }
  ws.run('menuSiapkanPenilaian');
  const scored = values(ws, SHEETS.assessment);
  const col = (h: string) => headers.indexOf(h);
  const rows = scored.slice(2).map((r, i) => ({ row: i + 3, r })).filter(({ r }) => String(r[2]) !== '');
  log('Penilaian (nilai diketik tim, total dan peringkat dihitung):');
  log(`  ${'Peringkat'.padEnd(10)}${'Nama'.padEnd(40)}${'Total'.padEnd(8)}Diusulkan`);
  const ranked = rows.slice().sort((a, b) => Number(a.r[col('Peringkat')] || 99) - Number(b.r[col('Peringkat')] || 99));
  for (const { r } of ranked) {
    log(`  ${String(r[col('Peringkat')]).padEnd(10)}${String(r[2]).slice(0, 38).padEnd(40)}${String(r[col('Total')]).padEnd(8)}${String(r[col('Diusulkan')])}`);
  }

  // The head of office picks the best three; the team ticks Ditetapkan and picks their roles.
  ranked.slice(0, 3).forEach(({ row }, i) => {
    ws.sheets.userWrite(ws.spreadsheetId, SHEETS.assessment, row, col('Ditetapkan') + 1, [[true, ROLES[i]]]);
  });
  log(`Ditetapkan: ${ranked.slice(0, 3).map(({ r }, i) => `${String(r[2])} (${ROLES[i]})`).join('; ')}`);

  ws.run('menuBuatTemplateSK');
  log(indent(dialog(ws)));
  ws.run('menuBuatBeritaAcara');
  log(indent(dialog(ws)));
  ws.ui.answerNext('YES');
  ws.run('menuBuatDrafSK');
  log(indent(dialog(ws)));

  const logRows = values(ws, SHEETS.documents).slice(1).filter((r) => String(r[1]) !== '');
  log('Log Dokumen:');
  for (const r of logRows) log(`  ${String(r[1])} · ${String(r[3])} · ${String(r[4])}`);
  const draft = logRows.filter((r) => String(r[1]).startsWith('Draf SK')).pop();
  const id = draft ? /\/d\/([^/]+)/.exec(String(draft[2]))?.[1] : undefined;
  if (id) {
    const text = ws.docs.text(id);
    log('── Teks draf SK ──');
    log('[kop]');
    log(indent(text.header));
    log('[isi]');
    log(indent(text.body.replace(/\n{3,}/g, '\n\n')));
    log('[kaki halaman]');
    log(indent(text.footer));
  }
  const plan = values(ws, SHEETS.actionPlan).filter((r) => String(r[0]).startsWith('Agen Perubahan:'));
  log(`Rencana Tindak: ${plan.length} blok agen (${plan.map((r) => String(r[0]).replace('Agen Perubahan: ', '').split(' — ')[0]).join('; ')}), kolom 2 dengan pilihan nilai SOLIDER dan BerAKHLAK.`);
}
