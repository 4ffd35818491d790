/**
 * The whole process from CSVs through the CLI: roster, ballots, corrections, survey, the team's
 * assessment and the head's choice → the workbook, the berita acara, the draft decree and
 * summary.json; and the settings problems only the process can find.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { docText, folder as folderOf, OFFICE, ROSTER_HEAD, runIn, SURVEY } from './cli-helpers';

const ROSTER = [
  ...ROSTER_HEAD,
  '198805052014031004,"Petrus Ndun, S.E.",Bendahara,Sekretariat,Penata / III/c,PNS,Teguran tertulis,197001011995031001',
].join('\n');

const BALLOTS = [
  'Stempel waktu,Alamat email,Calon agen perubahan 1,Calon agen perubahan 2',
  '20/11/2026 9:15:02,a@x.id,Maria Lake,Yohanes Bria',
  '20/11/2026 9:20:00,b@x.id,dr. Maria Lake,Petrus Ndun',
  '20/11/2026 9:30:00,c@x.id,bu maria,Yohanes',
].join('\n');

const SETTINGS = {
  ...OFFICE,
  nomorSurat: '800/123/DINKES/2026',
  tanggalPenetapan: '2026-11-27',
  periode: { mulai: '2027-01-01', selesai: '2027-12-31' },
  penilaian: [
    { nip: '198609262015052001', penilai: 'atasan', skor: [4, 5, 4, 5] },
    { nip: '199001012015031002', penilai: 'Tim RB', skor: [3, 4, 3, 4] },
  ],
  agen: [
    { nip: '198609262015052001', peran: 'katalis' },
    { nip: '199001012015031002' },
  ],
};

const folder = (files: Record<string, string>) => folderOf('full', files);
const run = (dir: string, flags: Record<string, string>) => runIn(dir, flags);

describe('offline mode, the whole process', () => {
  it('writes the workbook, the berita acara, the draft decree and summary.json', async () => {
    const dir = folder({
      'pegawai.csv': ROSTER,
      'penjaringan.csv': BALLOTS,
      'koreksi.csv': 'Teks,NIP\nbu maria,198609262015052001\n',
      'survei.csv': SURVEY,
      'pengaturan.json': JSON.stringify(SETTINGS),
    });
    const r = await run(dir, { roster: 'pegawai.csv', nominations: 'penjaringan.csv', corrections: 'koreksi.csv', survey: 'survei.csv', settings: 'pengaturan.json' });
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'hasil')).sort()).toEqual(['Berita Acara Penilaian.docx', 'Draf SK Agen Perubahan.docx', 'Rekap Agen Perubahan.xlsx', 'summary.json']);

    const decree = await docText(join(dir, 'hasil', 'Draf SK Agen Perubahan.docx'));
    for (const text of ['dr. Maria Lake, M.Kes.', '19860926 201505 2 001', 'Yohanes Bria, SKM', '19900101 201503 1 002', 'Katalis', '27 November 2026', 'LAMPIRAN']) {
      expect(decree).toContain(text);
    }
    expect(decree).not.toContain('{{');
    expect(decree.indexOf('[HALAMAN]')).toBeGreaterThan(-1);
    expect(decree.lastIndexOf('LAMPIRAN')).toBeGreaterThan(decree.indexOf('[HALAMAN]'));
    const minutes = await docText(join(dir, 'hasil', 'Berita Acara Penilaian.docx'));
    expect(minutes).toContain('dr. Maria Lake, M.Kes.');

    const book = await JSZip.loadAsync(readFileSync(join(dir, 'hasil', 'Rekap Agen Perubahan.xlsx')));
    const workbook = await book.file('xl/workbook.xml')!.async('string');
    for (const sheet of ['Pengaturan', 'Pegawai', 'Rekap Penjaringan', 'Penilaian', 'Hasil Survei', 'Log Dokumen']) expect(workbook).toContain(`name="${sheet}"`);

    const summary = JSON.parse(readFileSync(join(dir, 'hasil', 'summary.json'), 'utf8'));
    expect(summary.nominations.shortlist).toEqual(['198609262015052001', '199001012015031002']);
    expect(summary.nominations.ballots).toEqual({ total: 3, counted: 3, invalid: 0, superseded: 0 });
    expect(summary.survey.bandCounts).toEqual({ BAIK: 1, 'BELUM BAIK': 0, 'KURANG BAIK': 0, 'TIDAK BAIK': 0, 'TIDAK LENGKAP': 0 });
  });

  it.each([
    ['an agent who is not on the shortlist', { agen: [{ nip: '198805052014031004' }], penilaian: [{ nip: '198805052014031004', penilai: 'atasan', skor: [4, 4, 4, 4] }] }, true, /pengaturan\.json: penilaian\[0\]: NIP 198805052014031004 tidak ada di daftar pendek/],
    ['agents without --nominations', { agen: [{ nip: '198609262015052001' }], penilaian: [{ nip: '198609262015052001', penilai: 'atasan', skor: [4, 4, 4, 4] }] }, false, /pengaturan\.json: "penilaian"\/"agen" butuh --nominations/],
  ])('%s → exit 2 naming the settings file, nothing written', async (_name, settings, withBallots, message) => {
    const dir = folder({ 'pegawai.csv': ROSTER, 'penjaringan.csv': BALLOTS, 'pengaturan.json': JSON.stringify(settings) });
    const flags: Record<string, string> = { roster: 'pegawai.csv', settings: 'pengaturan.json' };
    if (withBallots) flags.nominations = 'penjaringan.csv';
    const r = await run(dir, flags);
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(message);
    expect(existsSync(join(dir, 'hasil'))).toBe(false);
  });
});
