/**
 * Real Forms downloads through the offline CLI (the built bundle underneath): each bad input of
 * R1–R6 is either read right or refused with one Indonesian line (exit 2) — never
 * a tally from misread input.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { folder as folderOf, runIn } from './cli-helpers';
import type { Summary } from '../../src/offline/output/summary';

const MARIA = '198609262015052001';
const YOHANES = '199001012015031002';
const PETRUS = '198805052014031004';
const AGUS = '198703032012121003';
const SINTA = '199202022019032005';
const VOTER = '197001011995031001';

const ROSTER = [
  'NIP,Nama,Jabatan,Unit Kerja,Pangkat/Golongan,Status Kepegawaian,Hukuman Disiplin,NIP Atasan,Email',
  `${VOTER},"dr. Kepala Dinas, M.Kes.",Kepala Dinas,Sekretariat,IV/c,PNS,,,kadis@dinkes.go.id`,
  `${MARIA},"dr. Maria Lake, M.Kes.",Analis Kebijakan,Sekretariat,III/a,PNS,,${VOTER},maria@dinkes.go.id`,
  `${YOHANES},"Yohanes Bria, SKM",Epidemiolog,Bidang P2P,III/b,PNS,,${VOTER},yohanes@dinkes.go.id`,
  `${PETRUS},"Petrus Ndun, S.E.",Bendahara,Sekretariat,III/c,PNS,,${VOTER},petrus@dinkes.go.id`,
  `${AGUS},"Agustinus Seran, S.Kep., Ns.",Perawat,Bidang Yankes,III/c,PNS,,${VOTER},agus@dinkes.go.id`,
  `${SINTA},"Sinta Manafe, S.Farm., Apt.",Apoteker,Bidang SDK,III/b,PNS,,${VOTER},sinta@dinkes.go.id`,
].join('\n');

async function run(files: Record<string, string>, flags: Record<string, string>) {
  const dir = folderOf('real', { 'p.csv': ROSTER, ...files });
  const { code, out, err } = await runIn(dir, flags, { before: ['--roster', join(dir, 'p.csv')] });
  const summaryFile = join(dir, 'hasil', 'summary.json');
  const summary = existsSync(summaryFile) ? (JSON.parse(readFileSync(summaryFile, 'utf8')) as Summary) : null;
  return { code, out, err, summary, dir };
}

const votes = (s: Summary | null, nip: string) => s?.nominations?.ranking.find((r) => r.nip === nip)?.votes ?? 0;

describe('nomination CSVs', () => {
  it('two columns with the same title are two questions', async () => {
    const csv = ['Timestamp,NIP Anda,Nama Calon,Nama Calon,Nama Calon', `2026/11/20 9:15:02 AM GMT+8,${VOTER},Maria Lake,Yohanes Bria,Petrus Ndun`].join('\n');
    const r = await run({ 'n.csv': csv }, { nominations: 'n.csv' });
    expect(r.err).toEqual([]);
    expect([MARIA, YOHANES, PETRUS].map((n) => votes(r.summary, n))).toEqual([1, 1, 1]);
  });

  it('"Jabatan Calon" and "Unit Kerja Calon" columns are details, not nominees', async () => {
    const csv = [
      'Timestamp,NIP Anda,Nama Calon 1,Jabatan Calon 1,Unit Kerja Calon 1,Nama Calon 2,Jabatan Calon 2,Unit Kerja Calon 2',
      `2026/11/20 9:15:02 AM GMT+8,${VOTER},Maria Lake,Analis Kebijakan,Sekretariat,Yohanes Bria,Epidemiolog,Bidang P2P`,
    ].join('\n');
    const r = await run({ 'n.csv': csv }, { nominations: 'n.csv' });
    expect(r.err).toEqual([]);
    expect(r.summary?.nominations?.ballots.counted).toBe(1);
    expect(r.summary?.nominations?.unresolved).toEqual([]);
    expect([MARIA, YOHANES].map((n) => votes(r.summary, n))).toEqual([1, 1]);
  });

  it('a checkbox column: each cell split against the roster\'s titled names, longest first; a five-name ballot has five entries', async () => {
    const csv = [
      'Timestamp,NIP Anda,Pilih calon agen perubahan',
      `2026/11/20 9:15:02 AM GMT+8,${VOTER},"dr. Maria Lake, M.Kes., Yohanes Bria, SKM, Agustinus Seran, S.Kep., Ns."`,
      `2026/11/20 9:16:02 AM GMT+8,${YOHANES},"dr. Maria Lake, M.Kes., Sinta Manafe, S.Farm., Apt., Orang Lain"`,
      `2026/11/20 9:17:02 AM GMT+8,${PETRUS},"dr. Maria Lake, M.Kes., Yohanes Bria, SKM, Agustinus Seran, S.Kep., Ns., Sinta Manafe, S.Farm., Apt., dr. Kepala Dinas, M.Kes."`,
    ].join('\n');
    const r = await run({ 'n.csv': csv }, { nominations: 'n.csv' });
    expect(r.err).toEqual([]);
    expect(votes(r.summary, MARIA)).toBe(2);
    expect(votes(r.summary, YOHANES)).toBe(1);
    expect(votes(r.summary, AGUS)).toBe(1);
    expect(votes(r.summary, SINTA)).toBe(1);
    expect(r.summary?.nominations?.unresolved.map((u) => u.text)).toEqual(['Orang Lain']);
    expect(r.summary?.nominations?.ballots).toMatchObject({ total: 3, counted: 2, invalid: 1 });
  });

  it('a US-locale Sheet saved as CSV: the month/day order is read from the whole column', async () => {
    const csv = ['Timestamp,NIP Anda,Calon 1', `4/2/2026 9:15:02,${MARIA},Yohanes Bria`, `4/13/2026 9:15:02,${MARIA},Petrus Ndun`].join('\n');
    const r = await run({ 'n.csv': csv }, { nominations: 'n.csv' });
    expect(r.err).toEqual([]);
    // 13 April is after 2 April: the later ballot counts.
    expect(votes(r.summary, PETRUS)).toBe(1);
    expect(votes(r.summary, YOHANES)).toBe(0);
  });

  it.each([
    ['no value decides', ['4/2/2026 9:15:02', '5/3/2026 10:00:00']],
    ['values contradict', ['13/2/2026 9:15:02', '2/14/2026 10:00:00']],
  ])('a timestamp column whose day/month order is uncertain (%s) is refused, naming the column', async (_name, stamps) => {
    const csv = ['Timestamp,NIP Anda,Calon 1', `${stamps[0]},${MARIA},Yohanes Bria`, `${stamps[1]},${MARIA},Petrus Ndun`].join('\n');
    const r = await run({ 'n.csv': csv }, { nominations: 'n.csv' });
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toContain('"Timestamp"');
    expect(r.err[0]).toContain('Download responses (.csv)');
    expect(r.summary).toBeNull();
  });

  it('"Username" is the voter; Google\'s column wins over a typed e-mail question', async () => {
    const csv = [
      'Timestamp,Username,Email,Calon 1',
      `2026/11/20 9:15:02 AM GMT+8,maria@dinkes.go.id,sama@contoh.id,Yohanes Bria`,
      `2026/11/20 9:16:02 AM GMT+8,petrus@dinkes.go.id,sama@contoh.id,Agustinus Seran`,
      `2026/11/20 9:17:02 AM GMT+8,MARIA@dinkes.go.id,sama@contoh.id,Sinta Manafe`,
    ].join('\n');
    const r = await run({ 'n.csv': csv }, { nominations: 'n.csv' });
    expect(r.err).toEqual([]);
    expect(r.summary?.nominations?.ballots).toMatchObject({ total: 3, counted: 2, superseded: 1 });
    expect([YOHANES, AGUS, SINTA].map((n) => votes(r.summary, n))).toEqual([0, 1, 1]);
  });

  it('"Nama pengguna" (Indonesian) is the voter, and a NIP ballot before the Form collected e-mails is the same voter', async () => {
    const csv = [
      'Stempel waktu,Nama pengguna,NIP Anda,Calon 1',
      `2026/11/20 9:15:02 AM GMT+8,,${MARIA},Yohanes Bria`,
      `2026/11/21 9:15:02 AM GMT+8,maria@dinkes.go.id,,Petrus Ndun`,
    ].join('\n');
    const r = await run({ 'n.csv': csv }, { nominations: 'n.csv' });
    expect(r.err).toEqual([]);
    expect(r.summary?.nominations?.ballots).toMatchObject({ total: 2, counted: 1, superseded: 1 });
    expect(votes(r.summary, PETRUS)).toBe(1);
  });
});

const SURVEY_HEAD = 'Timestamp,Alamat email,Unit Kerja,S1,S2,S3,S4,S5';

describe('survey CSVs', () => {
  it('range options, a "Saran" answer starting with "1." and a quiz Score column are not scored; an "Other" answer with a digit is TIDAK LENGKAP', async () => {
    const csv = [
      `Timestamp,Alamat email,Score,Masa kerja,S1,S2,S3,S4,S5,Saran`,
      '2026/11/20 9:15:02 AM GMT+8,a@x.id,8 / 10,1-5 tahun,1 - Selalu,1 - Selalu,2 - Sering,1 - Selalu,1 - Selalu,1. Tingkatkan sosialisasi',
      '2026/11/20 9:16:02 AM GMT+8,b@x.id,6 / 10,> 20 tahun,1 - Selalu,2 - Sering,2 - Sering,1 - Selalu,1 - Selalu,',
      '2026/11/20 9:17:02 AM GMT+8,c@x.id,5 / 10,6-10 tahun,1 kali sebulan,2 - Sering,2 - Sering,1 - Selalu,1 - Selalu,',
    ].join('\n');
    const r = await run({ 's.csv': csv }, { survey: 's.csv' });
    expect(r.err).toEqual([]);
    const responses = r.summary?.survey?.responses ?? [];
    expect(responses.map((x) => x.total)).toEqual([6, 7, null]);
    expect(responses.map((x) => x.band)).toEqual(['BAIK', 'BELUM BAIK', 'TIDAK LENGKAP']);
  });

  it('"1. Selalu" and "Selalu (1)" in one survey are both numbered', async () => {
    const csv = [SURVEY_HEAD, '2026/11/20 9:15:02 AM GMT+8,a@x.id,Sekretariat,1. Selalu,Selalu (1),2. Sering,Sering (2),Tidak pernah (4)'].join('\n');
    const r = await run({ 's.csv': csv }, { survey: 's.csv' });
    expect(r.err).toEqual([]);
    expect(r.summary?.survey?.responses[0]).toMatchObject({ total: 10, band: 'KURANG BAIK' });
  });

  const likert = [SURVEY_HEAD, '2026/11/20 9:15:02 AM GMT+8,a@x.id,Sekretariat,5,5,5,5,5', '2026/11/20 9:16:02 AM GMT+8,b@x.id,Sekretariat,1,2,3,4,5'].join('\n');

  it('a 1–5 survey without "skalaSurvei" is refused (exit 2), naming the question and the key', async () => {
    const r = await run({ 's.csv': likert }, { survey: 's.csv' });
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toContain('skalaSurvei');
    expect(r.err[0]).toContain('S1');
    expect(r.summary).toBeNull();
  });

  it('with "skalaSurvei" 1–5, 5 best: mapped onto 1–4 and banded', async () => {
    const settings = JSON.stringify({ skalaSurvei: { terendah: 1, tertinggi: 5, terbaik: 'tertinggi' } });
    const r = await run({ 's.csv': likert, 'x.json': settings }, { survey: 's.csv', settings: 'x.json' });
    expect(r.err).toEqual([]);
    expect(r.summary?.survey?.responses.map((x) => [x.total, x.band])).toEqual([
      [5, 'BAIK'],
      [12.5, 'KURANG BAIK'],
    ]);
  });

  it('a bad "skalaSurvei" is refused naming the key', async () => {
    const settings = JSON.stringify({ skalaSurvei: { terendah: 1, tertinggi: 5, terbaik: 'atas' } });
    const r = await run({ 's.csv': likert, 'x.json': settings }, { survey: 's.csv', settings: 'x.json' });
    expect(r.code).toBe(2);
    expect(r.err[0]).toContain('skalaSurvei.terbaik');
  });

  it('a 1–4 survey of bare numbers is scored as is', async () => {
    const csv = [SURVEY_HEAD, '2026/11/20 9:15:02 AM GMT+8,a@x.id,Sekretariat,1,1,2,1,1', '2026/11/20 9:16:02 AM GMT+8,b@x.id,Sekretariat,4,4,3,4,4'].join('\n');
    const r = await run({ 's.csv': csv }, { survey: 's.csv' });
    expect(r.err).toEqual([]);
    expect(r.summary?.survey?.responses.map((x) => [x.total, x.band])).toEqual([
      [6, 'BAIK'],
      [19, 'TIDAK BAIK'],
    ]);
  });

  it('two survey columns with the same title are both scored', async () => {
    const csv = ['Timestamp,Alamat email,S1,S1,S3,S4,S5', '2026/11/20 9:15:02 AM GMT+8,a@x.id,1 - Selalu,4 - Tidak pernah,1 - Selalu,1 - Selalu,1 - Selalu'].join('\n');
    const r = await run({ 's.csv': csv }, { survey: 's.csv' });
    expect(r.err).toEqual([]);
    expect(r.summary?.survey?.responses[0].total).toBe(8);
  });
});
