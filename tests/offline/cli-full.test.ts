/**
 * The whole process from CSVs through the CLI: roster, ballots, corrections, survey, the team's
 * assessment and the head's choice → the workbook, the berita acara, the draft decree and
 * summary.json; and the settings problems only the process can find.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { runCli } from '../../src/offline/cli/main';

const ROSTER = [
  'NIP,Nama,Jabatan,Unit Kerja,Pangkat/Golongan,Status Kepegawaian,Hukuman Disiplin,NIP Atasan',
  '197001011995031001,"dr. Kepala Dinas, M.Kes.",Kepala Dinas,Sekretariat,Pembina Utama Muda / IV/c,PNS,,',
  '198609262015052001,"dr. Maria Lake, M.Kes.",Analis Kebijakan,Sekretariat,Penata Muda / III/a,PNS,,197001011995031001',
  '199001012015031002,"Yohanes Bria, SKM",Epidemiolog Kesehatan,Bidang P2P,Penata Muda Tk. I / III/b,PNS,,197001011995031001',
  '198805052014031004,"Petrus Ndun, S.E.",Bendahara,Sekretariat,Penata / III/c,PNS,Teguran tertulis,197001011995031001',
].join('\n');

const BALLOTS = [
  'Stempel waktu,Alamat email,Calon agen perubahan 1,Calon agen perubahan 2',
  '20/11/2026 9:15:02,a@x.id,Maria Lake,Yohanes Bria',
  '20/11/2026 9:20:00,b@x.id,dr. Maria Lake,Petrus Ndun',
  '20/11/2026 9:30:00,c@x.id,bu maria,Yohanes',
].join('\n');

const SURVEY = ['Timestamp,Unit Kerja,S1,S2,S3,S4,S5', '2026/11/20 9:15:02 AM GMT+8,Sekretariat,1 - Selalu,1 - Selalu,2 - Sering,1 - Selalu,1 - Selalu'].join('\n');

const SETTINGS = {
  instansi: 'Dinas Kesehatan Provinsi Nusa Tenggara Timur',
  kota: 'Kupang',
  kepala: { nama: 'dr. Kepala Dinas, M.Kes.', nip: '19700101 199503 1 001', pangkat: 'Pembina Utama Muda / IV/c' },
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

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'offline-full-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function run(dir: string, flags: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const argv = [...Object.entries(flags).flatMap(([f, file]) => [`--${f}`, join(dir, file)]), '--out', join(dir, 'hasil')];
  const code = await runCli(argv, { stdout: (l) => out.push(l), stderr: (l) => err.push(l), now: Date.UTC(2026, 10, 27, 1) });
  return { code, out, err };
}

async function docText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .replace(/<w:br w:type="page"\/>/g, '\n[HALAMAN]\n')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&');
}

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
