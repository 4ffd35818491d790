/**
 * Offline runs of more ballots than one execution reads (≥ 10,000 at Google's pace). The re-sync
 * stops at its time budget and schedules a continuation; the CLI runs every continuation to the
 * end (or fails loudly), so every ballot comes out counted, once — never an empty tally with
 * exit 0. Here FormApp's response getters are 20× slower than the default cost model (40 ms
 * each instead of 2), so 1,500 ballots take the same stops and continuations as 12,000 do at the
 * default pace (~5,000 responses read per execution), with an eighth of the work.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/offline/cli/main';
import { runContinuations } from '../../src/offline/cli/process';
import { createWorkspace, type CostModel, type Workspace } from '../../src/offline/workspace/index';

const FIRST = ['Yohanes', 'Maria', 'Petrus', 'Agustina', 'Fransiskus', 'Theresia', 'Yosef', 'Margaretha', 'Antonius', 'Veronika'];
const LAST = ['Bria', 'Lake', 'Ndun', 'Seran', 'Tefa', 'Bani', 'Nahak', 'Kolo', 'Manek', 'Tallo'];
const N = 1_500;
const SLOW_FORMS: CostModel = { 'FormApp.FormResponse': 40, 'FormApp.ItemResponse': 40, 'FormApp.Item': 40 };

/** 100 PNS with valid NIPs and distinct names. */
function roster(): { nip: string; name: string }[] {
  const out: { nip: string; name: string }[] = [];
  for (let i = 0; i < 100; i++) {
    const birth = `${1970 + (i % 25)}0${1 + (i % 9)}${10 + (i % 9)}`;
    const appointed = `${2000 + (i % 20)}0${1 + (i % 9)}`;
    out.push({ nip: `${birth}${appointed}${1 + (i % 2)}${String(i + 1).padStart(3, '0')}`, name: `${FIRST[i % 10]} ${LAST[Math.floor(i / 10)]}` });
  }
  return out;
}

function files(): { dir: string; votes: Map<string, number> } {
  const dir = mkdtempSync(join(tmpdir(), 'offline-large-'));
  const people = roster();
  const rosterCsv = ['NIP,Nama,Jabatan,Unit Kerja,Pangkat/Golongan,Status Kepegawaian,Hukuman Disiplin,NIP Atasan', ...people.map((p) => `${p.nip},${p.name},Staf,Sekretariat,Penata / III/c,PNS,,`)];
  const votes = new Map<string, number>();
  const lines = ['Stempel waktu,Alamat email,Calon agen perubahan 1,Calon agen perubahan 2,Calon agen perubahan 3'];
  for (let i = 0; i < N; i++) {
    const day = 13 + Math.floor(i / 1000);
    const s = i % 1000;
    const time = `${day}/11/2026 ${8 + Math.floor(s / 120)}:${String(Math.floor(s / 2) % 60).padStart(2, '0')}:${String((s % 2) * 30).padStart(2, '0')}`;
    const named = [people[i % 100], people[(i + 37) % 100], people[(i * 7 + 71) % 100]].filter((p, k, all) => all.indexOf(p) === k);
    for (const p of named) votes.set(p.nip, (votes.get(p.nip) ?? 0) + 1);
    lines.push([time, `pegawai${i}@dinkes.nttprov.go.id`, ...named.map((p) => p.name), '', ''].slice(0, 5).join(','));
  }
  writeFileSync(join(dir, 'pegawai.csv'), rosterCsv.join('\n'));
  writeFileSync(join(dir, 'penjaringan.csv'), lines.join('\n'));
  return { dir, votes };
}

describe('offline mode with more ballots than one execution reads', () => {
  it('runs the re-sync’s continuations to the end: every ballot counted once', async () => {
    const { dir, votes } = files();
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['--roster', join(dir, 'pegawai.csv'), '--nominations', join(dir, 'penjaringan.csv'), '--out', join(dir, 'hasil')], {
      stdout: (l) => out.push(l),
      stderr: (l) => err.push(l),
      now: Date.UTC(2026, 10, 27, 1),
      costModel: SLOW_FORMS,
    });
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const summary = JSON.parse(readFileSync(join(dir, 'hasil', 'summary.json'), 'utf8'));
    expect(summary.nominations.ballots).toEqual({ total: N, counted: N, invalid: 0, superseded: 0 });
    const got = new Map<string, number>(summary.nominations.ranking.map((r: { nip: string; votes: number }) => [r.nip, r.votes]));
    expect(got).toEqual(votes);
    // The team is told the work took more than one execution (here several continuations).
    expect(out.join('\n')).toMatch(/dilanjutkan|lanjutan/i);
    expect(out.filter((l) => /\[lanjutan otomatis\]/.test(l)).length).toBeGreaterThanOrEqual(2);
  }, 300_000);
});

describe('continuations that do not end well stop the program loudly', () => {
  /** A tiny bundle whose menu action schedules `handler` a minute later. */
  function workspace(handlers: string): Workspace {
    const ws = createWorkspace();
    ws.loadSource(`
      function start() { ScriptApp.newTrigger('next').timeBased().after(60000).create(); }
      ${handlers}
    `);
    return ws;
  }

  it('one that keeps scheduling the next forever', () => {
    const ws = workspace(`function next() { ScriptApp.newTrigger('next').timeBased().after(60000).create(); }`);
    ws.run('start');
    expect(() => runContinuations(ws, () => {})).toThrow(/lanjutan otomatis "next" tidak selesai/);
  });

  it('one that fails', () => {
    const ws = workspace(`function next() { throw new Error('Service Spreadsheets timed out'); }`);
    ws.run('start');
    expect(() => runContinuations(ws, () => {})).toThrow(/lanjutan otomatis "next" gagal: .*timed out/);
  });

  it('one that ends: run once, nothing left', () => {
    const ws = workspace(`function next() {}`);
    ws.run('start');
    expect(runContinuations(ws, () => {})).toBe(1);
    expect(ws.kernel.triggers).toEqual([]);
  });
});
