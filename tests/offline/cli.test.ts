import { describe, it, expect } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_OUT, HELP, parseArgs, runCli, UsageError } from '../../src/offline/cli/main';

describe('parseArgs', () => {
  it.each([
    [['--roster', 'p.csv'], { roster: 'p.csv', out: DEFAULT_OUT }],
    [['--roster=p.csv', '--out=hasil'], { roster: 'p.csv', out: 'hasil' }],
    [
      ['--roster', 'p.csv', '--nominations', 'n.csv', '--corrections', 'k.csv', '--survey', 's.csv', '--settings', 'x.json', '--out', 'o'],
      { roster: 'p.csv', nominations: 'n.csv', corrections: 'k.csv', survey: 's.csv', settings: 'x.json', out: 'o' },
    ],
  ])('%j', (argv, expected) => expect(parseArgs(argv)).toEqual(expected));

  it.each([['--help'], ['-h'], ['--roster', 'p.csv', '--help']])('%j asks for help', (...argv) => expect(parseArgs(argv)).toBe('help'));

  it.each([
    [[], /--roster wajib/],
    [['--nominations', 'n.csv'], /--roster wajib/],
    [['--roster'], /--roster butuh nama berkas/],
    [['--roster', '--out', 'o'], /--roster butuh nama berkas/],
    [['--roster='], /--roster butuh/],
    [['--rooster', 'p.csv'], /pilihan "--rooster" tidak dikenal/],
    [['p.csv'], /argumen "p.csv" tidak dikenal/],
    [['--roster', 'a.csv', '--roster', 'b.csv'], /--roster ditulis dua kali/],
  ])('%j is refused', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return runCli(argv, { stdout: (l) => out.push(l), stderr: (l) => err.push(l) }).then((code) => ({ code, out, err }));
}

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'offline-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const ROSTER = 'NIP,Nama,Jabatan,Unit Kerja,Pangkat/Golongan,Status Kepegawaian\n198609262015052001,"dr. Maria Lake, M.Kes.",Analis,Sekretariat,III/a,PNS\n';

describe('runCli', () => {
  it('prints the help in Indonesian with exit 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toBe(HELP);
    expect(HELP).toContain('--corrections FILE');
  });

  it('a usage error is one line on stderr with exit 2', async () => {
    const r = await run(['--out', 'x']);
    expect(r).toMatchObject({ code: 2, out: [] });
    expect(r.err).toEqual(['Kesalahan: --roster wajib: berkas CSV data pegawai. Lihat --help.']);
  });

  it.each([
    ['a missing file', { 'p.csv': ROSTER }, ['--survey', 'hilang.csv'], /hilang\.csv: berkas tidak ditemukan\./],
    ['an unreadable CSV', { 'p.csv': ROSTER, 'n.csv': 'Timestamp,Calon 1\n"2026-11-20,X\n' }, ['--nominations', 'n.csv'], /n\.csv: CSV tidak terbaca: tanda kutip/],
    ['a roster without NIP', { 'p.csv': 'Nama,Status,Unit\nA,PNS,B\n' }, [], /p\.csv: kolom "NIP" tidak ditemukan/],
    ['a roster without Nama', { 'p.csv': 'NIP,Status,Unit\n198609262015052001,PNS,B\n' }, [], /p\.csv: kolom "Nama" tidak ditemukan/],
    ['nominations without a nominee column', { 'p.csv': ROSTER, 'n.csv': 'Timestamp,Nama Anda\n2026-11-20,A\n' }, ['--nominations', 'n.csv'], /n\.csv: tidak ada kolom calon/],
    ['a survey without a scored question', { 'p.csv': ROSTER, 's.csv': 'Stempel waktu,Saran\n20/11/2026 9:15:02,bagus\n' }, ['--survey', 's.csv'], /s\.csv: tidak ada pertanyaan bernilai/],
    ['bad settings', { 'p.csv': ROSTER, 'x.json': '{"agen": [{"nip": "1"}]}' }, ['--settings', 'x.json'], /x\.json: "agen\[0\]\.nip" harus NIP 18 angka/],
    ['an .xlsx given as roster', { 'p.csv': 'PK\u0003\u0004rest' }, [], /p\.csv: CSV tidak terbaca: berkas ini arsip ZIP/],
  ])('%s → one Indonesian line naming the file, exit 2, no output folder', async (_name, files, extra, message) => {
    const dir = folder(files);
    const out = join(dir, 'hasil');
    const argv = ['--roster', join(dir, 'p.csv'), ...extra.map((a) => (a.startsWith('--') ? a : join(dir, a))), '--out', out];
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/^Kesalahan: /);
    expect(r.err[0]).toMatch(message);
    expect(r.err[0]).not.toContain('\n');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('leaves an existing output folder untouched when the input is wrong', async () => {
    const dir = folder({ 'p.csv': 'Nama\nA\n' });
    const out = join(dir, 'hasil');
    mkdirSync(out);
    writeFileSync(join(out, 'summary.json'), '{"lama": true}');
    const r = await run(['--roster', join(dir, 'p.csv'), '--out', out]);
    expect(r.code).toBe(2);
    expect(readFileSync(join(out, 'summary.json'), 'utf8')).toBe('{"lama": true}');
  });
});
