/**
 * The offline CLI on the rosters offices have (R1–R4): a BKN SIASN export is read and laid out in
 * the product's own columns with its fields joined; a roster with damaged NIPs (R3) or without a
 * required column (R4) is refused with exit 2 and the rows or columns named.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCsvTable } from '../../src/offline/cli/csv';
import { correctionsFromCsv, rosterFromCsv } from '../../src/offline/cli/read-inputs';
import { folder as folderOf, runIn } from './cli-helpers';

const folder = (files: Record<string, string>) => folderOf('roster', files);
const run = (dir: string, flags: Record<string, string>) => runIn(dir, flags, { now: Date.UTC(2026, 10, 27) });

const SIASN = [
  'PNS_ID,NIP_BARU,NIP_LAMA,NAMA,GELAR_DEPAN,GELAR_BELAKANG,JENIS_PEGAWAI_NAMA,STATUS_CPNS_PNS,GOL_AKHIR_NAMA,JABATAN_NAMA,UNOR_NAMA,EMAIL',
  'A1,198609262015052001,140123456,MARIA LAKE,,"S.Kep., Ns.",PNS DAERAH PROVINSI,P,III/c,PERAWAT AHLI MUDA,BIDANG PELAYANAN KESEHATAN,maria@dinkes.go.id',
  'A2,199001012015031002,140123457,YOHANES BRIA,dr.,M.Kes,PNS DAERAH PROVINSI,P,III/b,DOKTER AHLI MUDA,SEKRETARIAT,',
  'A3,199203032019032003,140123458,THERESIA SERAN,Ns.,S.Kep.,PNS DAERAH PROVINSI,C,III/a,PERAWAT,UPTD LABORATORIUM KESEHATAN,',
].join('\n');

const BALLOTS = [
  'Timestamp,NIP Anda,Usulan calon 1,Usulan calon 2',
  '2026/11/20 9:15:02 AM GMT+8,199001012015031002,"Maria Lake, S.Kep., Ns.",Theresia Seran',
  '2026/11/20 9:20:02 AM GMT+8,198609262015052001,dr. Yohanes Bria,',
  '2026/11/20 9:25:02 AM GMT+8,199203032019032003,maria lake,',
].join('\n');

describe('a SIASN roster in the CLI (R1, R2)', () => {
  it('lays Pegawai out in the product\'s columns: titles joined, P/C as PNS/CPNS, NIP LAMA and the rest kept after', () => {
    const rows = rosterFromCsv(readCsvTable(SIASN), 'pegawai.csv');
    expect(rows[0]).toEqual(['NIP', 'Nama', 'Jabatan', 'Unit Kerja', 'Pangkat/Golongan', 'Status Kepegawaian', 'Email', 'PNS_ID', 'NIP_LAMA']);
    expect(rows.slice(1).map((r) => r.slice(0, 6))).toEqual([
      ['198609262015052001', 'MARIA LAKE, S.Kep., Ns.', 'PERAWAT AHLI MUDA', 'BIDANG PELAYANAN KESEHATAN', 'III/c', 'PNS'],
      ['199001012015031002', 'dr. YOHANES BRIA, M.Kes', 'DOKTER AHLI MUDA', 'SEKRETARIAT', 'III/b', 'PNS'],
      ['199203032019032003', 'Ns. THERESIA SERAN, S.Kep.', 'PERAWAT', 'UPTD LABORATORIUM KESEHATAN', 'III/a', 'CPNS'],
    ]);
    expect(rows[1].slice(7)).toEqual(['A1', '140123456']);
  });

  it('joins PANGKAT and GOLRU of a SIMPEG sheet, reads "Nama Lengkap" and "Status ASN"', () => {
    const csv = 'NIP BARU,Nama Lengkap,PANGKAT,GOLRU,SATKER,Status ASN,Hukuman Disiplin\n198609262015052001,"Maria Lake, SKM",Penata,III/c,Sekretariat,PNS Daerah Provinsi,Tdk\n';
    const rows = rosterFromCsv(readCsvTable(csv), 'p.csv');
    expect(rows).toEqual([
      ['NIP', 'Nama', 'Unit Kerja', 'Pangkat/Golongan', 'Status Kepegawaian', 'Hukuman Disiplin'],
      ['198609262015052001', 'Maria Lake, SKM', 'Sekretariat', 'Penata / III/c', 'PNS', 'Tdk'],
    ]);
  });

  it('runs the whole process on it: exit 0, titled names, P eligible and C not, the missing Hukuman Disiplin said', async () => {
    const dir = folder({ 'pegawai.csv': SIASN, 'penjaringan.csv': BALLOTS });
    const r = await run(dir, { roster: 'pegawai.csv', nominations: 'penjaringan.csv' });
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toMatch(/yang dibaca: NIP ← "NIP_BARU"; Nama ← "GELAR_DEPAN" \+ "NAMA" \+ "GELAR_BELAKANG"/);
    const summary = JSON.parse(readFileSync(join(dir, 'hasil', 'summary.json'), 'utf8'));
    expect(summary.nominations.ranking.map((e: { name: string; votes: number; eligible: boolean }) => [e.name, e.votes, e.eligible])).toEqual([
      ['MARIA LAKE, S.Kep., Ns.', 2, true],
      ['Ns. THERESIA SERAN, S.Kep.', 1, false],
      ['dr. YOHANES BRIA, M.Kes', 1, true],
    ]);
    expect(summary.nominations.shortlist).toEqual(['198609262015052001', '199001012015031002']);
    expect(summary.nominations.warnings).toEqual([expect.stringMatching(/tidak punya kolom Hukuman Disiplin.*hanya diperiksa dari Status Kepegawaian/)]);
  });
});

describe('sanction spellings in the CLI (R2)', () => {
  it('"Tdk", "N/A", "0", "Bebas", "Tidak sedang menjalani hukuman disiplin" are no sanction; "Teguran lisan" is', async () => {
    const people = ['Tdk', 'N/A', '0', 'Bebas', 'Tidak sedang menjalani hukuman disiplin', 'Teguran lisan'].map((h, i) => ({ nip: `1986092620150520${10 + i}`, name: `Pegawai ${String.fromCharCode(65 + i)}`, h }));
    const roster = ['NIP,Nama,Status Kepegawaian,Hukuman Disiplin', ...people.map((p) => `${p.nip},${p.name},PNS,${p.h}`)].join('\n');
    const ballots = ['Timestamp,NIP Anda,Usulan calon 1,Usulan calon 2,Usulan calon 3', `2026/11/20 9:15:02 AM GMT+8,${people[5].nip},${people[0].name},${people[1].name},${people[2].name}`, `2026/11/20 9:16:02 AM GMT+8,${people[0].nip},${people[3].name},${people[4].name},${people[5].name}`].join('\n');
    const dir = folder({ 'pegawai.csv': roster, 'penjaringan.csv': ballots });
    const r = await run(dir, { roster: 'pegawai.csv', nominations: 'penjaringan.csv' });
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toMatch(/"Teguran lisan": 1 pegawai/);
    const summary = JSON.parse(readFileSync(join(dir, 'hasil', 'summary.json'), 'utf8'));
    const eligible = Object.fromEntries(summary.nominations.ranking.map((e: { name: string; eligible: boolean }) => [e.name, e.eligible]));
    expect(eligible).toEqual({ 'Pegawai A': true, 'Pegawai B': true, 'Pegawai C': true, 'Pegawai D': true, 'Pegawai E': true, 'Pegawai F': false });
  });
});

describe('rosters the CLI refuses (R3, R4): exit 2, one Indonesian line, nothing written', () => {
  const ok = '198609262015052001,"Maria Lake, SKM",PNS';
  it.each([
    [
      'NIPs Excel turned into numbers (both locales, sequence 000)',
      ['NIP,Nama,Status Kepegawaian', ok, '"1,98609E+17",Yohanes Bria,PNS', ok.replace('52001', '52002'), '1.98609E+17,Paulus Seran,PNS', '198609262015051000,Agus Ndun,PNS'].join('\n'),
      /pegawai\.csv: 3 NIP rusak di baris 3, 5, 6 \(contoh baris 3: NIP tertulis "1,98609E\+17" \(notasi ilmiah\).*format kolom NIP sebagai Teks.*simpan ulang sebagai CSV/,
    ],
    [
      'a NIP column entirely in scientific notation',
      ['NIP,Nama,Status Kepegawaian', '1.98609E+17,A,PNS', '1.98609E+17,B,PNS', '1.97001E+17,C,PNS'].join('\n'),
      /pegawai\.csv: 3 NIP rusak di baris 2, 3, 4/,
    ],
    [
      'a damaged NIP Atasan',
      ['NIP,Nama,Status Kepegawaian,NIP Atasan', `${ok},1.97001E+17`].join('\n'),
      /pegawai\.csv: 1 NIP rusak di baris 2 \(contoh baris 2: NIP Atasan tertulis/,
    ],
    [
      'a DUK sheet without any status column',
      'NIP BARU,NAMA,PANGKAT,GOLRU,SATKER\n198609262015052001,A,Penata,III/c,X\n',
      /pegawai\.csv: kolom "Status Kepegawaian" tidak ditemukan di baris judul \(kolom yang ada: NIP BARU, NAMA, PANGKAT, GOLRU, SATKER\).*"STATUS CPNS PNS"/,
    ],
    [
      'only the old NIP',
      'NIP LAMA,Nama,Status\n140123456,A,PNS\n',
      /pegawai\.csv: kolom "NIP" tidak ditemukan.*Kolom "NIP LAMA" tidak dipakai: NIP lama \(9 angka\) bukan NIP/,
    ],
  ])('%s', async (_label, csv, message) => {
    const dir = folder({ 'pegawai.csv': csv });
    const r = await run(dir, { roster: 'pegawai.csv' });
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(message);
    expect(r.err[0]).not.toContain('\n');
    expect(existsSync(join(dir, 'hasil'))).toBe(false);
  });

  it('a nominations CSV re-saved by Excel (NIP answers in scientific notation) is refused with its rows', async () => {
    const ballots = ['Timestamp,NIP Anda,Usulan calon 1', '2026/11/20 9:15:02 AM GMT+8,"1,99001E+17",Maria Lake', '2026/11/20 9:16:02 AM GMT+8,198609262015052001,Yohanes Bria', '2026/11/20 9:17:02 AM GMT+8,1.99203E+17,Maria Lake'].join('\n');
    const dir = folder({ 'pegawai.csv': SIASN, 'penjaringan.csv': ballots });
    const r = await run(dir, { roster: 'pegawai.csv', nominations: 'penjaringan.csv' });
    expect(r.code).toBe(2);
    expect(r.err).toEqual([expect.stringMatching(/penjaringan\.csv: 2 NIP rusak di baris 2, 4 \(contoh baris 2, kolom "NIP Anda": NIP tertulis "1,99001E\+17" \(notasi ilmiah\).*Unduh ulang jawaban langsung dari Google Forms/)]);
    expect(existsSync(join(dir, 'hasil'))).toBe(false);
  });

  it('a nominations CSV whose NIP answers end in 000 (a spreadsheet kept 15 digits) is refused with its rows; one such answer is a slip', async () => {
    const zeroed = ['Timestamp,NIP Anda,Usulan calon 1', '2026/11/20 9:15:02 AM GMT+8,199001012015011000,Maria Lake', '2026/11/20 9:16:02 AM GMT+8,198609262015052001,Yohanes Bria', '2026/11/20 9:17:02 AM GMT+8,199203032016022000,Maria Lake'].join('\n');
    const dir = folder({ 'pegawai.csv': SIASN, 'penjaringan.csv': zeroed });
    const r = await run(dir, { roster: 'pegawai.csv', nominations: 'penjaringan.csv' });
    expect(r.code).toBe(2);
    expect(r.err).toEqual([expect.stringMatching(/penjaringan\.csv: 2 NIP rusak di baris 2, 4 \(contoh baris 2, kolom "NIP Anda": NIP 19900101 201501 1 000 berakhiran 000: nomor urut NIP tidak pernah 000.*Unduh ulang jawaban langsung dari Google Forms/)]);
    expect(existsSync(join(dir, 'hasil'))).toBe(false);
    // One answer ending in 000 among real ones: read; that voter is nobody's identity.
    const slip = ['Timestamp,NIP Anda,Usulan calon 1', '2026/11/20 9:15:02 AM GMT+8,199001012015011000,Maria Lake', '2026/11/20 9:16:02 AM GMT+8,198609262015052001,Yohanes Bria'].join('\n');
    const ok = await run(folder({ 'pegawai.csv': SIASN, 'penjaringan.csv': slip }), { roster: 'pegawai.csv', nominations: 'penjaringan.csv' });
    expect(ok.code).toBe(0);
  });

  it('a corrections CSV with a NIP ending in 000 is refused with its row: it is nobody\'s NIP', () => {
    expect(() => correctionsFromCsv(readCsvTable('Teks,NIP\nBu Yosi,198609262015052001\nPak Kornelis,197001011995031000\n'), 'k.csv')).toThrow(
      /^k\.csv: baris 3: NIP 19700101 199503 1 000 berakhiran 000: nomor urut NIP tidak pernah 000/,
    );
  });

  it('reads NIP BARU when NIP LAMA stands before it', () => {
    const rows = rosterFromCsv(readCsvTable('NIP LAMA,NIP BARU,Nama,Status\n140123456,198609262015052001,A,PNS\n'), 'p.csv');
    expect(rows[0].slice(0, 3)).toEqual(['NIP', 'Nama', 'Status Kepegawaian']);
    expect(rows[1].slice(0, 3)).toEqual(['198609262015052001', 'A', 'PNS']);
  });
});
