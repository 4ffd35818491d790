/**
 * `npm run demo`: the built bundle (dist/Code.js) in the in-memory Workspace with the demo data,
 * every user action that exists, printed as the team would see it. No Google account needed.
 */
import { join } from 'node:path';
import { asText } from '../../core/cells';
import { SHEETS } from '../../core/schema';
import { runDemoNominations } from './ballots';
import { runDemoAgents } from './agents';
import { runDemoDecree } from './decree';
import { demoRoster, rosterRows } from './roster';
import { siasnRows } from './siasn';
import { runDemoReadiness, runDemoSettings, runDemoStatus } from './settings';
import { runDemoSurvey } from './survey';
import { writeScreenshots } from './screenshots';
import { writeSampleCsvs } from './sample-csv';
import { OUTPUT_FILES, writeOutputs } from '../output/write-outputs';
import { createWorkspace, type Workspace } from '../workspace/index';

const log = (line = '') => console.log(line);

function heading(title: string): void {
  log('');
  log(`━━ ${title} ${'━'.repeat(Math.max(0, 70 - title.length))}`);
}

function lastDialog(ws: Workspace): string {
  const shown = ws.ui.shown();
  const d = shown[shown.length - 1];
  return d ? `[${d.title}]\n${d.content}` : '(tidak ada dialog)';
}

export function runFoundationDemo(ws: Workspace): void {
  heading('Membuka spreadsheet: menu Agen Perubahan');
  ws.open();
  for (const menu of ws.ui.menus()) {
    log(`${menu.title}`);
    for (const item of menu.items) {
      if (item.kind === 'item') log(`  • ${item.caption}`);
      else if (item.kind === 'submenu') log(`  ▸ ${item.caption}: ${item.items.map((i) => (i.kind === 'item' ? i.caption : '')).filter(Boolean).join(' · ')}`);
    }
  }

  heading('Siapkan Lembar Kerja');
  ws.run('menuSiapkanLembarKerja');
  log(lastDialog(ws));
  log(`Lembar: ${ws.sheets.sheetNames(ws.spreadsheetId).join(', ')}`);

  heading('Data pegawai (150 orang) ditempel ke lembar Pegawai');
  const roster = demoRoster();
  ws.sheets.userWrite(ws.spreadsheetId, SHEETS.roster, 1, 1, rosterRows(roster));
  const byStatus = new Map<string, number>();
  roster.forEach((e) => byStatus.set(e.status, (byStatus.get(e.status) ?? 0) + 1));
  log([...byStatus].map(([s, n]) => `${s}: ${n}`).join(' · '));

  heading('Periksa Data Pegawai');
  ws.run('menuPeriksaDataPegawai');
  log(lastDialog(ws));
}

/**
 * A roster as BKN SIASN exports it, pasted as it is into `Pegawai` of a second spreadsheet: the
 * product reads it through its header table (titles joined, P/C as status, NIP LAMA not used).
 */
export function runSiasnDemo(distDir: string): void {
  heading('Contoh lain: data pegawai ekspor SIASN BKN ditempel apa adanya');
  const ws = createWorkspace({ distDir });
  ws.load();
  ws.open();
  ws.run('menuSiapkanLembarKerja');
  const rows = siasnRows(demoRoster());
  // Pasted as text (the column formatted as Teks biasa first), so NIP BARU keeps its 18 digits.
  ws.sheets.userWrite(ws.spreadsheetId, SHEETS.roster, 1, 1, rows.map((r) => r.map(asText)));
  log(`Kolom SIASN: ${rows[0].join(' · ')} (${rows.length - 1} PNS/CPNS)`);
  ws.ui.clear();
  ws.run('menuPeriksaDataPegawai');
  log(lastDialog(ws));
}

async function main(): Promise<void> {
  const ws = createWorkspace({ distDir: join(process.cwd(), 'dist') });
  ws.load();
  runFoundationDemo(ws);
  runSiasnDemo(join(process.cwd(), 'dist'));

  heading('Pengaturan… (sidebar)');
  runDemoSettings(ws, log);

  heading('Penjaringan: usulan calon agen perubahan');
  runDemoNominations(ws, log);

  heading('Penilaian, penetapan, dan draf Surat Keputusan');
  runDemoDecree(ws, log);

  heading('Survei SOLIDER berAKHLAK');
  runDemoSurvey(ws, log);

  heading('Rencana tindak: persetujuan, laporan agen, Pemantauan Agen');
  runDemoAgents(ws, log);

  heading('Status & Bantuan');
  runDemoStatus(ws, log);

  heading('Uji Kesiapan (di Google sungguhan: sekali setelah pemasangan)');
  runDemoReadiness(ws, log);

  heading('Berkas keluaran');
  const out = await writeOutputs(ws, join(process.cwd(), 'out', 'demo'));
  for (const [kind, path] of Object.entries(out.files)) log(`  ${OUTPUT_FILES[kind as keyof typeof OUTPUT_FILES]}: ${path}`);
  const pictures = await writeScreenshots(ws, out.dir);
  for (const file of pictures.files) log(`  Gambar tampilan: ${file}`);
  for (const reason of pictures.skipped) log(`  Gambar tampilan dilewati: ${reason}`);
  const data = writeSampleCsvs(ws, join(process.cwd(), 'out', 'demo', 'data'));
  log(`  Data contoh (CSV seperti unduhan Google Forms): ${Object.values(data).join(', ')}`);
  log('');
  log('Ulangi rekap yang sama tanpa akun Google (mode offline):');
  log('  npm run offline -- --roster out/demo/data/pegawai.csv --nominations out/demo/data/penjaringan.csv \\');
  log('    --corrections out/demo/data/koreksi-nama.csv --survey out/demo/data/survei.csv --out out/offline');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
