/**
 * The agents' cycle offline (M1, M2): `--plans` (Rencana Tindak as downloaded, with the head's
 * decisions) and `--reports` (the report Form's CSV as Google Forms downloads it) → `Laporan
 * Rencana Tindak` and `Pemantauan Agen` in the workbook and the monitoring report as .docx; the
 * reports that cannot be counted kept, marked and explained; files the CLI cannot read refused
 * with exit 2 and nothing written.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { docText, folder as folderOf, MARIA, OFFICE, ROSTER_HEAD, runIn, SURVEY, YOHANES } from './cli-helpers';

const ROSTER = ROSTER_HEAD.join('\n');

const BALLOTS = [
  'Stempel waktu,Alamat email,Calon agen perubahan 1,Calon agen perubahan 2',
  '20/11/2026 9:15:02,a@x.id,Maria Lake,Yohanes Bria',
  '20/11/2026 9:20:00,b@x.id,dr. Maria Lake,Yohanes Bria',
].join('\n');

const SETTINGS = {
  ...OFFICE,
  tanggalPenetapan: '2026-11-27',
  periode: { mulai: '2027-01-01', selesai: '2027-12-31' },
  penilaian: [
    { nip: MARIA, penilai: 'atasan', skor: [4, 5, 4, 5] },
    { nip: YOHANES, penilai: 'atasan', skor: [3, 4, 3, 4] },
  ],
  agen: [
    { nip: MARIA, peran: 'katalis' },
    { nip: YOHANES, peran: 'mediator' },
  ],
};

/** Rencana Tindak as File › Download › CSV gives it: header, column numbers, a title row per agent, entries, the approval columns. */
const PLANS = [
  'No,Nilai Organisasi & Core Value ASN,Perubahan yang Ingin Dicapai (Sasaran),Indikator Kinerja,Target,Kegiatan (Rencana Tindak),Waktu,Keterangan,Status,Keputusan Pimpinan,Catatan Pimpinan,Tanggal Keputusan,Diputuskan Oleh',
  '1,2,3,4,5,6,7,8,,,,,',
  '"Agen Perubahan: dr. Maria Lake, M.Kes. — NIP 19860926 201505 2 001 — Peran: Katalis",,,,,,,,,,,,',
  '1,BerAKHLAK – Adaptif,Antrean layanan lebih singkat,Layanan dengan nomor antrean daring,10,Nomor antrean daring,Januari–Juni 2027,,Disetujui,Disetujui,Lanjutkan,10/01/2027,kepala@x.id',
  '2,SOLIDER – Responsif,Keluhan dijawab cepat,Keluhan dijawab dalam 1 hari,20,Kanal pengaduan WhatsApp,Februari–Desember 2027,,Diajukan,,,,',
  ',,,,,,,,,,,,',
  '"Agen Perubahan: Yohanes Bria, SKM — NIP 19900101 201503 1 002 — Peran: Mediator",,,,,,,,,,,,',
  '1,BerAKHLAK – Kolaboratif,Forum agen aktif,Pertemuan forum,6,Forum berbagi dua bulanan,Februari–Desember 2027,Bersama Tim RB,Disetujui,Disetujui,,12/01/2027,kepala@x.id',
].join('\n');

const ACTIVITY = 'Kegiatan (rencana tindak yang disetujui)';
const HEADER = `Stempel waktu,Alamat email,${ACTIVITY},Periode (bulan pelaksanaan),Realisasi (angka),Kendala,Solusi,Tautan Bukti`;
const MARIA_1 = '"dr. Maria Lake, M.Kes. — No 1: Nomor antrean daring"';
const REPORTS = [
  HEADER,
  `15/03/2027 10:00:00,maria@x.id,${MARIA_1},Maret 2027,3,Sinyal lemah di loket,,https://drive.google.com/x`,
  `20/04/2027 10:00:00,maria@x.id,${MARIA_1},April 2027,4,Printer rusak,Pinjam dari TU,`,
  `21/04/2027 10:00:00,maria@x.id,${MARIA_1},April 2027,50%,,,`,
  '22/04/2027 10:00:00,maria@x.id,"dr. Maria Lake, M.Kes. — No 2: Kanal pengaduan WhatsApp",April 2027,5,,,',
  '23/04/2027 10:00:00,yohanes@x.id,"Yohanes Bria, SKM — No 1: Forum berbagi dua bulanan",April 2027,1,,,',
  '24/04/2027 10:00:00,yohanes@x.id,"Yohanes Bria, SKM — No 7: Kegiatan yang tidak pernah ada",April 2027,2,,,',
].join('\n');

const folder = (files: Record<string, string>) => folderOf('reports', files);

const BASE = { 'pegawai.csv': ROSTER, 'penjaringan.csv': BALLOTS, 'survei.csv': SURVEY, 'pengaturan.json': JSON.stringify(SETTINGS), 'rencana.csv': PLANS, 'laporan.csv': REPORTS };
const FLAGS = { roster: 'pegawai.csv', nominations: 'penjaringan.csv', survey: 'survei.csv', settings: 'pengaturan.json', plans: 'rencana.csv', reports: 'laporan.csv' };

const run = (dir: string, flags: Record<string, string>, extra: string[] = []) => runIn(dir, flags, { extra });

async function sheet(path: string, name: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v && typeof v === 'object' && 'richText' in (v as object) ? (v as { richText: { text: string }[] }).richText.map((t) => t.text).join('') : v))));
  return rows;
}

describe('offline mode: plans and reports', () => {
  it('writes Laporan Rencana Tindak and Pemantauan Agen into the workbook and the monitoring report as .docx; the reports that cannot be counted kept and explained', async () => {
    const dir = folder(BASE);
    const { code, out, err } = await run(dir, FLAGS);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const log = out.join('\n');
    expect(log).toContain('Rencana Tindak dari');
    expect(log).toMatch(/3 kegiatan, 2 disetujui/);
    expect(log).toMatch(/6 laporan, 3 dihitung, 3 tidak dihitung/);
    // Each report that is not counted: its CSV line and the product's reason.
    expect(log).toMatch(/baris 4 \(ID 3\): Realisasi "50%" bukan angka/);
    expect(log).toMatch(/baris 5 \(ID 4\): Kegiatan ini belum disetujui pimpinan/);
    expect(log).toMatch(/baris 7 \(ID 6\): Kegiatan "Yohanes Bria, SKM — No 7: Kegiatan yang tidak pernah ada" tidak ada di lembar Rencana Tindak/);
    const xlsx = join(dir, 'hasil', 'Rekap Agen Perubahan.xlsx');
    const ledger = (await sheet(xlsx, 'Laporan Rencana Tindak')).filter((r) => r.some((c) => c !== null && c !== undefined && c !== ''));
    expect(ledger[0]).toEqual(expect.arrayContaining(['ID Laporan', 'Realisasi', 'Status', 'Keterangan']));
    expect(ledger.slice(1).map((r) => r[13])).toEqual(['Dihitung', 'Dihitung', 'Tidak dihitung', 'Tidak dihitung', 'Dihitung', 'Tidak dihitung']);
    // The realisation typed as text stays as it was typed.
    expect(ledger[3][8]).toBe('50%');
    const monitoring = await sheet(xlsx, 'Pemantauan Agen');
    const maria = monitoring.find((r) => r[0] === 'dr. Maria Lake, M.Kes.' && r[4] === 'Nomor antrean daring')!;
    expect([maria[5], maria[6], maria[7], maria[8]]).toEqual(['Disetujui', 10, 7, 70]);
    const doc = join(dir, 'hasil', 'Laporan Pemantauan Agen Perubahan.docx');
    expect(out.some((l) => l.endsWith('Laporan Pemantauan Agen Perubahan.docx'))).toBe(true);
    const text = await docText(doc);
    for (const s of ['LAPORAN PEMANTAUAN AGEN PERUBAHAN', 'SEMESTER I 2027', 'dr. Maria Lake, M.Kes.', 'Yohanes Bria, SKM', 'Sinyal lemah di loket', 'Pinjam dari TU', '70%', 'Mengetahui,']) expect(text).toContain(s);
  }, 120_000);

  it('--semester picks another semester; one without data is refused (exit 2) and nothing is written', async () => {
    const dir = folder(BASE);
    const other = await run(dir, FLAGS, ['--semester', 'Semester II 2026']);
    expect(other.code, other.err.join('\n')).toBe(0);
    const text = await docText(join(dir, 'hasil', 'Laporan Pemantauan Agen Perubahan.docx'));
    expect(text).toContain('SEMESTER II 2026');
    expect(text).not.toContain('Sinyal lemah di loket');
    const fresh = folder(BASE);
    const bad = await run(fresh, FLAGS, ['--semester', 'Semester II 2027']);
    expect(bad.code).toBe(2);
    expect(bad.err.join('\n')).toContain('Semester II 2027 belum berisi laporan');
    expect(bad.err.join('\n')).toContain('Semester II 2026, Semester I 2027');
    expect(existsSync(join(fresh, 'hasil'))).toBe(false);
    const typo = await run(dir, FLAGS, ['--semester', 'semester depan']);
    expect(typo.code).toBe(2);
    expect(typo.err.join('\n')).toContain('bukan nama semester');
  }, 120_000);

  it('refuses what it cannot read for sure, naming the file (exit 2): not the report Form, reports without plans, plans without agents, an unknown decision, an agent not appointed', async () => {
    const cases: [Record<string, string>, Record<string, string>, RegExp][] = [
      [{ 'laporan.csv': 'Stempel waktu,Nama,Nilai\n15/03/2027 10:00:00,x,3\n' }, FLAGS, /laporan\.csv: bukan jawaban Formulir Laporan.*"Kegiatan \(rencana tindak yang disetujui\)"/],
      [{}, { ...FLAGS, plans: '' }, /--reports butuh --plans/],
      [{ 'pengaturan.json': JSON.stringify({ ...SETTINGS, agen: [] }) }, FLAGS, /rencana\.csv: --plans butuh --settings dengan "agen"/],
      [{ 'rencana.csv': PLANS.replace(',Disetujui,Disetujui,Lanjutkan', ',Disetujui,Setuju,Lanjutkan') }, FLAGS, /rencana\.csv: baris 4: Keputusan Pimpinan "Setuju" bukan "Disetujui" atau "Perlu Perbaikan"/],
      [{ 'rencana.csv': PLANS.replace('NIP 19900101 201503 1 002', 'NIP 19700101 199503 1 001') }, FLAGS, /rencana\.csv: baris 8: NIP 197001011995031001 bukan agen yang ditetapkan/],
      [{ 'rencana.csv': 'No,Kegiatan\n1,x\n' }, FLAGS, /rencana\.csv: kolom Rencana Tindak tidak lengkap/],
      [{ 'laporan.csv': REPORTS.replace('15/03/2027 10:00:00', '3/4/2027 10:00:00').replace(/20\/04\/2027|21\/04\/2027|22\/04\/2027|23\/04\/2027|24\/04\/2027/g, '4/4/2027') }, FLAGS, /laporan\.csv: kolom "Stempel waktu": urutan hari dan bulan tidak pasti/],
    ];
    for (const [files, flags, message] of cases) {
      const dir = folder({ ...BASE, ...files });
      const used = Object.fromEntries(Object.entries(flags).filter(([, v]) => v !== ''));
      const r = await run(dir, used);
      expect(r.code, `${message} ${r.err.join(' ')} ${r.out.slice(-3).join(' ')}`).toBe(2);
      expect(r.err.join('\n')).toMatch(message);
      expect(existsSync(join(dir, 'hasil'))).toBe(false);
    }
  }, 300_000);

  it('a column the report Form does not have is named and not read', async () => {
    const dir = folder({ ...BASE, 'laporan.csv': REPORTS.split('\n').map((l, i) => `${l},${i === 0 ? 'Catatan Tambahan' : 'x'}`).join('\n') });
    const { code, out } = await run(dir, FLAGS);
    expect(code).toBe(0);
    expect(out.join('\n')).toContain('kolom yang tidak ada di Formulir Laporan, tidak dibaca: Catatan Tambahan');
  }, 120_000);

  it('an agent with more entries than the block’s empty rows: the block grows, the next agent’s block moves down whole', async () => {
    const extra = [3, 4, 5, 6, 7].map((n) => `${n},SOLIDER – Lincah,Sasaran ${n},Indikator ${n},${n},Kegiatan tambahan ${n},Maret 2027,,Disetujui,Disetujui,,10/01/2027,kepala@x.id`);
    const lines = PLANS.split('\n');
    const at = lines.findIndex((l) => l.startsWith('2,SOLIDER – Responsif'));
    const plans = [...lines.slice(0, at + 1), ...extra, ...lines.slice(at + 1)].join('\n');
    const dir = folder({ ...BASE, 'rencana.csv': plans });
    const { code, out, err } = await run(dir, FLAGS);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out.join('\n')).toMatch(/8 kegiatan, 7 disetujui/);
    const monitoring = await sheet(join(dir, 'hasil', 'Rekap Agen Perubahan.xlsx'), 'Pemantauan Agen');
    const maria = monitoring.filter((r) => r[0] === 'dr. Maria Lake, M.Kes.' && r[4]).map((r) => r[4]);
    expect(maria).toEqual(['Nomor antrean daring', 'Kanal pengaduan WhatsApp', 'Kegiatan tambahan 3', 'Kegiatan tambahan 4', 'Kegiatan tambahan 5', 'Kegiatan tambahan 6', 'Kegiatan tambahan 7']);
    const yohanes = monitoring.find((r) => r[0] === 'Yohanes Bria, SKM' && r[4] === 'Forum berbagi dua bulanan')!;
    expect([yohanes[5], yohanes[7]]).toEqual(['Disetujui', 1]);
  }, 120_000);
});
