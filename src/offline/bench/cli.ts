/**
 * The offline CLI at growing sizes: a roster of `rosterSize` people from the
 * demo generator and `ballots` Form-export rows, a quarter of the nominee entries typed with a
 * slip (so suggestions and Koreksi Nama rows are made), written as CSV; then `npm run offline`'s
 * program runs them in a child process, whose wall time and peak memory (max RSS) are measured.
 *
 * `node --import tsx src/offline/bench/cli.ts DIR ROSTER BALLOTS` writes the inputs into DIR (used
 * by the bench). Node-only.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { demoRoster, rosterRows, type DemoEmployee } from '../demo/roster';
import { Random } from '../demo/random';

const csvCell = (v: string): string => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csvLine = (cells: readonly string[]): string => cells.map(csvCell).join(',');

/** A slip a person makes typing a name: a letter dropped, doubled or swapped for another. */
export function typo(rnd: Random, name: string): string {
  const bare = name.split(',')[0];
  const at = rnd.int(1, Math.max(1, bare.length - 2));
  const kind = rnd.int(0, 2);
  if (kind === 0) return bare.slice(0, at) + bare.slice(at + 1);
  if (kind === 1) return bare.slice(0, at) + bare[at] + bare.slice(at);
  return bare.slice(0, at) + 'aeiou'[rnd.int(0, 4)] + bare.slice(at + 1);
}

/** Nominee entries: 3 per ballot, popular people more often, 25% with a slip. */
export function nomineeEntries(rnd: Random, roster: readonly DemoEmployee[], typoShare = 0.25): string[] {
  const out: string[] = [];
  for (let k = 0; k < 3; k++) {
    const p = roster[Math.floor(Math.pow(rnd.next(), 3) * roster.length)];
    out.push(rnd.next() < typoShare ? typo(rnd, p.nama) : rnd.chance(0.5) ? p.nama : p.nama.split(',')[0]);
  }
  return out;
}

/** Writes pegawai.csv and penjaringan.csv (Form export layout) into `dir`. */
export function writeCliInputs(dir: string, rosterSize: number, ballots: number, seed = 16): void {
  mkdirSync(dir, { recursive: true });
  const roster = demoRoster(2026, rosterSize);
  writeFileSync(join(dir, 'pegawai.csv'), rosterRows(roster).map(csvLine).join('\n'));
  const rnd = new Random(seed);
  const lines = [csvLine(['Stempel waktu', 'NIP Anda', 'Calon agen perubahan 1', 'Calon agen perubahan 2', 'Calon agen perubahan 3'])];
  const voters = roster.filter((e) => /^\d{18}$/.test(e.nip));
  for (let i = 0; i < ballots; i++) {
    const s = 1_000 + i * 20; // 20 s apart from 13 November 2026, 08:00
    const t = new Date(Date.UTC(2026, 10, 13, 8, 0, 0) + s * 1000);
    const time = `${t.getUTCDate()}/${t.getUTCMonth() + 1}/${t.getUTCFullYear()} ${t.getUTCHours()}:${String(t.getUTCMinutes()).padStart(2, '0')}:${String(t.getUTCSeconds()).padStart(2, '0')}`;
    // Voters cycle through the roster: beyond its size a voter's later ballot supersedes the earlier.
    lines.push(csvLine([time, voters[i % voters.length].nip, ...nomineeEntries(rnd, roster)]));
  }
  writeFileSync(join(dir, 'penjaringan.csv'), lines.join('\n'));
}

export interface CliMeasurement {
  rosterSize: number;
  ballots: number;
  wallMs: number;
  /** CPU time of the CLI process (user + system), ms: its wall time on an idle machine, about. */
  cpuMs: number;
  /** Peak resident memory of the CLI process, bytes. */
  peakBytes: number;
  exitCode: number | null;
  stderr: string;
}

/** Runs the CLI program (as `npm run offline` does, without the build) on generated inputs. */
export function measureCli(rosterSize: number, ballots: number): CliMeasurement {
  const dir = mkdtempSync(join(tmpdir(), 'bench-cli-'));
  try {
    writeCliInputs(dir, rosterSize, ballots);
    // The child reports its own peak RSS (kB) and CPU time (µs) on exit (process.resourceUsage()).
    const probe = join(dir, 'probe.mjs');
    writeFileSync(probe, `process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\nMAXRSS ' + u.maxRSS + ' CPU ' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });\n`);
    const t0 = performance.now();
    const run = spawnSync(process.execPath, ['--import', probe, '--import', 'tsx', 'src/offline/cli/main.ts', '--roster', join(dir, 'pegawai.csv'), '--nominations', join(dir, 'penjaringan.csv'), '--out', join(dir, 'hasil')], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      // The CLI as a user runs it: its services are not timed one by one.
      env: Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'AGEN_SERVICE_TIME')),
    });
    const wallMs = performance.now() - t0;
    const m = /MAXRSS (\d+) CPU (\d+)/.exec(run.stderr ?? '');
    return {
      rosterSize,
      ballots,
      wallMs,
      cpuMs: m ? Number(m[2]) / 1000 : NaN,
      peakBytes: m ? Number(m[1]) * 1024 : NaN,
      exitCode: run.status,
      stderr: (run.stderr ?? '').replace(/\n?MAXRSS \d+ CPU \d+\n?/, '').trim(),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('bench/cli.ts') && process.argv.length >= 5) {
  const [dir, roster, ballots] = process.argv.slice(2);
  writeCliInputs(dir, Number(roster), Number(ballots));
}
