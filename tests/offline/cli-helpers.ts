/**
 * What the CLI tests share: the small roster and survey they start from, the office's settings,
 * a folder of input files, one CLI run with its output captured, and the text of a .docx.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { runCli } from '../../src/offline/cli/main';

export const KEPALA = '197001011995031001';
export const MARIA = '198609262015052001';
export const YOHANES = '199001012015031002';

/** The roster's header and its first three people (the head of office, Maria, Yohanes). */
export const ROSTER_HEAD = [
  'NIP,Nama,Jabatan,Unit Kerja,Pangkat/Golongan,Status Kepegawaian,Hukuman Disiplin,NIP Atasan',
  `${KEPALA},"dr. Kepala Dinas, M.Kes.",Kepala Dinas,Sekretariat,Pembina Utama Muda / IV/c,PNS,,`,
  `${MARIA},"dr. Maria Lake, M.Kes.",Analis Kebijakan,Sekretariat,Penata Muda / III/a,PNS,,${KEPALA}`,
  `${YOHANES},"Yohanes Bria, SKM",Epidemiolog Kesehatan,Bidang P2P,Penata Muda Tk. I / III/b,PNS,,${KEPALA}`,
];

/** One survey response as Google Forms downloads it. */
export const SURVEY = ['Timestamp,Unit Kerja,S1,S2,S3,S4,S5', '2026/11/20 9:15:02 AM GMT+8,Sekretariat,1 - Selalu,1 - Selalu,2 - Sering,1 - Selalu,1 - Selalu'].join('\n');

/** The office and its head, as pengaturan.json names them. */
export const OFFICE = {
  instansi: 'Dinas Kesehatan Provinsi Nusa Tenggara Timur',
  kota: 'Kupang',
  kepala: { nama: 'dr. Kepala Dinas, M.Kes.', nip: '19700101 199503 1 001', pangkat: 'Pembina Utama Muda / IV/c' },
};

/** A new folder holding `files` (name → text). */
export function folder(prefix: string, files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), `offline-${prefix}-`));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** One CLI run on files of `dir` (flag → file name), writing to dir/hasil; its exit code and lines. */
export async function runIn(dir: string, flags: Record<string, string>, options: { before?: string[]; extra?: string[]; now?: number } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const argv = [...(options.before ?? []), ...Object.entries(flags).flatMap(([f, file]) => [`--${f}`, join(dir, file)]), ...(options.extra ?? []), '--out', join(dir, 'hasil')];
  const code = await runCli(argv, { stdout: (l) => out.push(l), stderr: (l) => err.push(l), now: options.now ?? Date.UTC(2026, 10, 27, 1) });
  return { code, out, err };
}

/** The text of a .docx: a line per paragraph, tabs kept, a page break as a line "[HALAMAN]". */
export async function docText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .replace(/<w:br w:type="page"\/>/g, '\n[HALAMAN]\n')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&');
}
