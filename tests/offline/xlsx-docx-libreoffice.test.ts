/**
 * The .xlsx and .docx open in LibreOffice and keep their text. Where
 * `libreoffice`/`soffice` is installed, both files are converted with `--headless --convert-to`
 * and the converted text is checked; where it is not, the test says so in its name and checks
 * the files are valid zips holding the parts Excel/Word need and the text in them.
 */
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { exportDocx } from '../../src/offline/output/docx';
import { exportXlsx } from '../../src/offline/output/xlsx';
import { loadedWorkspace } from '../e2e/helpers';
import { convertWithOffice } from '../office';

function findOffice(): string | null {
  for (const name of ['libreoffice', 'soffice']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim() || null;
    } catch {
      // not installed under this name
    }
  }
  return null;
}

const office = findOffice();

/** A workspace after setup with a roster, and a decree-like Doc made as a user would. */
async function files(): Promise<{ dir: string; xlsx: string; docx: string }> {
  const ws = loadedWorkspace();
  ws.open();
  ws.run('menuSiapkanLembarKerja');
  ws.sheets.userWrite(ws.spreadsheetId, 'Pegawai', 1, 1, [
    ['NIP', 'Nama', 'Jabatan'],
    ["'198609262015052001", 'dr. Maria Lake, M.Kes.', 'Analis Kebijakan'],
  ]);
  const docId = ws.docs.createDocument(
    'Draf SK',
    [
      { type: 'PARAGRAPH', text: 'KEPUTUSAN KEPALA DINAS KESEHATAN', heading: 'HEADING1', alignment: 'CENTER' },
      { type: 'PARAGRAPH', text: 'KESATU\t:\tMenetapkan agen perubahan.' },
      { type: 'PAGE_BREAK' },
      { type: 'PARAGRAPH', text: 'LAMPIRAN KEPUTUSAN KEPALA DINAS', alignment: 'CENTER' },
      { type: 'TABLE', rows: [['No', 'Nama', 'NIP', 'Peran'], ['1', 'dr. Maria Lake, M.Kes.', '19860926 201505 2 001', 'katalis']] },
    ],
    { header: ['PEMERINTAH PROVINSI NUSA TENGGARA TIMUR'], footer: ['Draf'] },
  );
  const dir = mkdtempSync(join(tmpdir(), 'offline-lo-'));
  const xlsx = join(dir, 'Rekap Agen Perubahan.xlsx');
  const docx = join(dir, 'Draf SK Agen Perubahan.docx');
  writeFileSync(xlsx, await exportXlsx(ws));
  writeFileSync(docx, await exportDocx(ws, docId));
  return { dir, xlsx, docx };
}

/** The text of an HTML page's body as a reader sees it: the tags dropped, the entities decoded. */
function bodyText(html: string): string {
  const body = html.slice(html.search(/<body[\s>]/i));
  return body.replace(/<[^>]+>/g, '').replace(/&nbsp;|&#160;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

describe('the workbook and the decree open elsewhere', () => {
  if (office) {
    it(`LibreOffice (${office}) converts both and the text survives`, async () => {
      const f = await files();
      // Both files to HTML in one LibreOffice start: the decree's text as Writer read it, the
      // workbook's sheets as Calc read them.
      const [docHtml, bookHtml] = convertWithOffice([f.docx, f.xlsx], 'html', f.dir).map((file) => readFileSync(file, 'utf8'));
      const docText = bodyText(docHtml);
      expect(docText).toContain('KEPUTUSAN KEPALA DINAS KESEHATAN');
      expect(docText).toContain('LAMPIRAN KEPUTUSAN KEPALA DINAS');
      expect(docText).toContain('dr. Maria Lake, M.Kes.');
      expect(docText).toContain('19860926 201505 2 001');
      // The Lampiran is on its own page: two pages in the PDF LibreOffice renders.
      const pdf = readFileSync(convertWithOffice([f.docx], 'pdf', f.dir)[0]).toString('latin1');
      expect(pdf.match(/\/Count (\d+)/)?.[1]).toBe('2');
      const html = bookHtml;
      // LibreOffice's HTML export leaves out empty sheets; these hold at least their headers.
      for (const sheet of ['Pengaturan', 'Pegawai', 'Koreksi Nama', 'Rekap Penjaringan', 'Log Surat Suara']) expect(html).toContain(sheet);
      expect(html).toContain('198609262015052001');
      expect(html).toContain('dr. Maria Lake, M.Kes.');
    }, 180_000);
  } else {
    it('LibreOffice is not installed here: the files are valid zips with the parts Excel and Word need, and their text', async () => {
      const f = await files();
      const book = await JSZip.loadAsync(readFileSync(f.xlsx));
      expect(Object.keys(book.files)).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/styles.xml', 'xl/worksheets/sheet1.xml']));
      const workbook = await book.file('xl/workbook.xml')!.async('string');
      for (const sheet of ['Pengaturan', 'Pegawai', 'Koreksi Nama', 'Rekap Penjaringan', 'Log Surat Suara', 'Hasil Survei']) expect(workbook).toContain(`name="${sheet}"`);
      const strings = await book.file('xl/sharedStrings.xml')!.async('string');
      expect(strings).toContain('198609262015052001');
      const doc = await JSZip.loadAsync(readFileSync(f.docx));
      expect(Object.keys(doc.files)).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml']));
      const body = await doc.file('word/document.xml')!.async('string');
      expect(body).toContain('LAMPIRAN KEPUTUSAN KEPALA DINAS');
      expect(body).toContain('<w:br w:type="page"/>');
    });
  }
});
