/**
 * `npm run offline -- --roster pegawai.csv [--nominations …] [--corrections …] [--survey …]
 * [--settings …] [--plans … [--reports … [--semester …]]] --out DIR`: the whole process from CSV
 * exports, without a Google account.
 *
 * Exit codes: 0 done; 2 a problem with the input (one Indonesian line naming the file; nothing
 * is written in DIR); 1 an unexpected failure of the program.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { csvTableOf, correctionsFromCsv, InputError, responsesFromCsv, rosterFromCsv, settingsFromJson } from './read-inputs';
import { plansFromCsv, reportsFromCsv } from './read-reports';
import { parseRoster } from '../../core/roster';
import { describeSources, mapRosterColumns } from '../../core/roster-columns';
import { writeOutputs } from '../output/write-outputs';
import { runOfflineProcess, type OfflineInputs } from './process';
import { createWorkspace, type CostModel } from '../workspace/index';

export interface CliOptions {
  roster: string;
  nominations?: string;
  corrections?: string;
  survey?: string;
  settings?: string;
  plans?: string;
  reports?: string;
  semester?: string;
  out: string;
}

export class UsageError extends Error {}

const FLAGS = ['roster', 'nominations', 'corrections', 'survey', 'settings', 'plans', 'reports', 'semester', 'out'] as const;
type Flag = (typeof FLAGS)[number];

export const DEFAULT_OUT = join('out', 'offline');

export const HELP = `Agen Perubahan — mode offline: seluruh proses dari berkas CSV unduhan Google Forms.

Pemakaian:
  npm run offline -- --roster pegawai.csv [pilihan]

  --roster FILE        data pegawai (CSV; kolom NIP, Nama, Jabatan, Unit Kerja, Pangkat/Golongan,
                       Status Kepegawaian, Hukuman Disiplin, NIP Atasan, Email; atau ekspor SIASN
                       BKN / SIMPEG apa adanya; NIP, Nama, Status Kepegawaian wajib; NIP sebagai
                       teks, bukan angka) — wajib
  --nominations FILE   jawaban formulir penjaringan (CSV dari Google Forms)
  --corrections FILE   koreksi nama (CSV; kolom "Teks", "NIP")
  --survey FILE        jawaban formulir survei (CSV dari Google Forms)
  --settings FILE      pengaturan, penilaian tim, dan agen yang ditetapkan (JSON); survei dengan
                       skala selain 1–4 (1 terbaik) butuh "skalaSurvei": { "terendah": 1,
                       "tertinggi": 5, "terbaik": "tertinggi" }
  --plans FILE         rencana tindak para agen yang ditetapkan (CSV lembar Rencana Tindak,
                       unduh dari spreadsheet rekap: File › Download › CSV; kolom delapan kolom
                       rencana tindak, Status, Keputusan Pimpinan, Catatan Pimpinan, Tanggal
                       Keputusan; baris agen di bawah baris judul "Agen Perubahan: … — NIP …",
                       atau kolom "NIP Agen" per baris); butuh --settings dengan "agen" dan
                       "periode". Kegiatan dengan Keputusan Pimpinan "Disetujui" disetujui.
  --reports FILE       jawaban Formulir Laporan (CSV dari Google Forms, apa adanya); butuh
                       --plans. Laporan yang tidak dapat dihitung (kegiatan tidak ada di rencana
                       tindak, realisasi bukan angka, …) tetap dicatat dan diberi keterangan.
  --semester TEKS      semester laporan pemantauan, mis. "Semester I 2027" (bawaan: semester
                       bulan laporan terbaru)
  --out DIR            folder hasil (dibuat bila belum ada; bawaan ${DEFAULT_OUT})

Hasil di DIR: Rekap Agen Perubahan.xlsx, summary.json, bila agen ditetapkan
Berita Acara Penilaian.docx serta Draf SK Agen Perubahan.docx, dan dengan --reports
Laporan Pemantauan Agen Perubahan.docx (lembar Laporan Rencana Tindak dan Pemantauan Agen
ada di Rekap Agen Perubahan.xlsx).`;

/** Command-line arguments → options. "--flag value" and "--flag=value" both work. */
export function parseArgs(argv: readonly string[]): CliOptions | 'help' {
  const found: Partial<Record<Flag, string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help' || arg === '--bantuan') return 'help';
    const m = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
    if (!m) throw new UsageError(`argumen "${arg}" tidak dikenal. Lihat --help.`);
    const flag = m[1] as Flag;
    if (!FLAGS.includes(flag)) throw new UsageError(`pilihan "--${m[1]}" tidak dikenal (yang ada: ${FLAGS.map((f) => `--${f}`).join(', ')}).`);
    let value = m[2];
    if (value === undefined) {
      value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${flag} butuh nama berkas atau folder.`);
      i++;
    }
    if (value.trim() === '') throw new UsageError(`--${flag} butuh nama berkas atau folder.`);
    if (found[flag] !== undefined) throw new UsageError(`--${flag} ditulis dua kali.`);
    found[flag] = value;
  }
  if (!found.roster) throw new UsageError('--roster wajib: berkas CSV data pegawai. Lihat --help.');
  return { ...found, roster: found.roster, out: found.out ?? DEFAULT_OUT };
}

export interface CliIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  /** Reads a file's bytes (default fs.readFileSync). */
  readFile?: (path: string) => Uint8Array;
  /** The simulated clock's start (default now, or just after the last response). */
  now?: number;
  /** Folder holding the built bundle (default dist/ of the repository). */
  distDir?: string;
  /**
   * Simulated ms per service call (default the kernel's): a test makes FormApp slower so that a
   * few hundred ballots already take more than one execution, as thousands do at the default.
   */
  costModel?: CostModel;
}

/** Reads and checks every input file; throws InputError naming the file. */
export function readInputs(options: CliOptions, read: (path: string) => Uint8Array): OfflineInputs {
  const rosterTable = csvTableOf(options.roster, read);
  const inputs: OfflineInputs = {
    roster: rosterFromCsv(rosterTable, options.roster),
    rosterSources: describeSources(mapRosterColumns(rosterTable.headers)),
    files: { roster: options.roster, nominations: options.nominations, survey: options.survey, settings: options.settings, corrections: options.corrections },
  };
  if (options.corrections) inputs.corrections = correctionsFromCsv(csvTableOf(options.corrections, read), options.corrections);
  const [rosterHeader = [], ...rosterRows] = inputs.roster;
  const employees = parseRoster(rosterHeader, rosterRows).employees;
  if (options.nominations) inputs.nominations = responsesFromCsv(csvTableOf(options.nominations, read), options.nominations, 'nominations', employees);
  if (options.survey) inputs.survey = responsesFromCsv(csvTableOf(options.survey, read), options.survey, 'survey');
  if (options.settings) {
    let text: string;
    try {
      text = new TextDecoder('utf-8').decode(read(options.settings));
    } catch (err) {
      const code = (err as { code?: string }).code;
      throw new InputError(`${options.settings}: ${code === 'ENOENT' ? 'berkas tidak ditemukan.' : `berkas tidak bisa dibaca (${(err as Error).message}).`}`);
    }
    inputs.settings = settingsFromJson(text, options.settings);
  }
  if (options.reports && !options.plans) throw new InputError(`${options.reports}: --reports butuh --plans (rencana tindak yang disetujui), karena setiap laporan diperiksa terhadap kegiatan yang disetujui.`);
  if (options.semester && !options.reports) throw new InputError('--semester butuh --reports (laporan para agen).');
  if (options.plans) {
    const agents = inputs.settings?.agen.length ?? 0;
    if (agents === 0) throw new InputError(`${options.plans}: --plans butuh --settings dengan "agen" (agen yang ditetapkan) dan --nominations: rencana tindak hanya untuk agen yang ditetapkan.`);
    inputs.plans = plansFromCsv(csvTableOf(options.plans, read), options.plans);
    inputs.files = { ...inputs.files, plans: options.plans };
  }
  if (options.reports) inputs.reports = reportsFromCsv(csvTableOf(options.reports, read), options.reports);
  if (options.semester) inputs.semester = options.semester;
  return inputs;
}

function lastResponseTime(inputs: OfflineInputs): number {
  // Reports come later in the cycle: the clock moves to each report's time when it is sent (enter-reports).
  const times = [...(inputs.nominations?.responses ?? []), ...(inputs.survey?.responses ?? [])].map((r) => r.at);
  return times.length > 0 ? Math.max(...times) : 0;
}

/** A path as the user should read it: relative inside the current folder, else absolute. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
}

/** Runs offline mode; returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let options: CliOptions | 'help';
  try {
    options = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`Kesalahan: ${err.message}`);
      return 2;
    }
    throw err;
  }
  if (options === 'help') {
    io.stdout(HELP);
    return 0;
  }
  try {
    const inputs = readInputs(options, io.readFile ?? ((p) => readFileSync(p)));
    const start = Math.max(io.now ?? Date.now(), lastResponseTime(inputs) + 60_000);
    const ws = createWorkspace({ start, ...(io.distDir ? { distDir: io.distDir } : {}), ...(io.costModel ? { costModel: io.costModel } : {}) });
    ws.load();
    if (inputs.rosterSources) io.stdout(`Kolom ${shown(resolve(options.roster))} yang dibaca: ${inputs.rosterSources.join('; ')}`);
    const result = runOfflineProcess(ws, inputs, (line) => io.stdout(`  ${line}`));
    const written = await writeOutputs(ws, options.out, {
      nominations: Boolean(inputs.nominations),
      survey: Boolean(inputs.survey),
      surveyIds: result.surveyForm?.csvIds,
      ...(result.decreeExpected ? {} : { beritaAcaraId: null, decreeId: null }),
      ...(result.monitoringReport ? {} : { monitoringId: null }),
    });
    io.stdout(`Hasil ditulis ke ${shown(written.dir)}:`);
    for (const path of Object.values(written.files)) io.stdout(`  ${shown(path)}`);
    return 0;
  } catch (err) {
    if (err instanceof InputError) {
      io.stderr(`Kesalahan: ${err.message}`);
      return 2;
    }
    io.stderr(`Kesalahan program (bukan karena berkas Anda): ${(err as Error).stack ?? String(err)}`);
    return 1;
  }
}

/** Entry for `npm run offline` and bin/offline.mjs. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const code = await runCli(argv, {
    stdout: (line) => console.log(line),
    stderr: (line) => console.error(line),
    distDir: resolve(fileURLToPath(new URL('../../../dist', import.meta.url))),
  });
  process.exitCode = code;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  void main();
}
