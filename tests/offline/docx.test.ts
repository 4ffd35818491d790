import { describe, it, expect } from 'vitest';
import JSZip from 'jszip';
import { Packer } from 'docx';
import { columnWidths, documentFromParts, exportDocx, type DocParts } from '../../src/offline/output/docx';
import type { DocElementView } from '../../src/offline/workspace/index';

const decree: DocParts = {
  title: 'Draf SK',
  header: [{ type: 'PARAGRAPH', text: 'PEMERINTAH PROVINSI NUSA TENGGARA TIMUR', alignment: 'CENTER', bold: true }],
  footer: [{ type: 'PARAGRAPH', text: 'Draf — bukan dokumen resmi', alignment: 'RIGHT' }],
  body: [
    { type: 'PARAGRAPH', text: 'KEPUTUSAN KEPALA DINAS KESEHATAN', heading: 'HEADING1', alignment: 'CENTER', bold: true },
    { type: 'PARAGRAPH', text: 'Menimbang\t:\ta. bahwa …\nb. bahwa …', alignment: 'JUSTIFY' },
    { type: 'LIST_ITEM', text: 'katalis' },
    { type: 'HORIZONTAL_RULE' },
    { type: 'PARAGRAPH', text: 'Nama R&D <Tim> $1 \\ {{NAMA}}' },
    { type: 'PAGE_BREAK' },
    { type: 'PARAGRAPH', text: 'LAMPIRAN KEPUTUSAN KEPALA DINAS', heading: 'HEADING2', alignment: 'CENTER' },
    {
      type: 'TABLE',
      rows: [
        ['No', 'Nama', 'NIP', 'Peran'],
        ['1', 'dr. Maria Lake, M.Kes.', '19860926 201505 2 001', 'katalis'],
        ['2', 'Yohanes Bria, SKM', '19900101 201503 1 002'],
      ],
    },
  ],
};

async function partsOf(buf: Buffer | Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(buf);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) if (name.endsWith('.xml')) out[name] = await zip.file(name)!.async('string');
  return out;
}

/** The visible text of a WordprocessingML part. */
function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
}

describe('documentFromParts', () => {
  it('writes a valid docx with header and footer parts', async () => {
    const parts = await partsOf(await Packer.toBuffer(documentFromParts(decree)));
    expect(Object.keys(parts)).toEqual(expect.arrayContaining(['word/document.xml', '[Content_Types].xml', 'word/styles.xml']));
    const header = Object.entries(parts).find(([n]) => /^word\/header\d*\.xml$/.test(n));
    const footer = Object.entries(parts).find(([n]) => /^word\/footer\d*\.xml$/.test(n));
    expect(textOf(header![1])).toContain('PEMERINTAH PROVINSI NUSA TENGGARA TIMUR');
    expect(header![1]).toContain('<w:jc w:val="center"/>');
    expect(textOf(footer![1])).toContain('Draf — bukan dokumen resmi');
  });

  it('keeps headings, alignment, bold, tabs, line breaks and literal special characters', async () => {
    const xml = (await partsOf(await Packer.toBuffer(documentFromParts(decree))))['word/document.xml'];
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(xml).toContain('<w:jc w:val="both"/>');
    expect(xml).toMatch(/<w:b\/>[\s\S]*KEPUTUSAN KEPALA DINAS KESEHATAN/);
    expect(xml).toContain('<w:tab/>');
    expect(xml).toContain('<w:br/>');
    expect(textOf(xml)).toContain('Nama R&amp;D &lt;Tim&gt; $1 \\ {{NAMA}}');
    expect(xml).toContain('<w:numPr>');
  });

  it('puts the Lampiran after a page break and keeps the agents table (header row bold, short rows padded)', async () => {
    const xml = (await partsOf(await Packer.toBuffer(documentFromParts(decree))))['word/document.xml'];
    const pageBreak = xml.indexOf('<w:br w:type="page"/>');
    expect(pageBreak).toBeGreaterThan(xml.indexOf('{{NAMA}}'));
    expect(xml.indexOf('LAMPIRAN KEPUTUSAN')).toBeGreaterThan(pageBreak);
    const table = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
    expect((table.match(/<w:tr>/g) ?? []).length + (table.match(/<w:tr /g) ?? []).length).toBe(3);
    expect((table.match(/<w:tc>/g) ?? []).length).toBe(12);
    expect(table).toContain('<w:tblHeader/>');
    expect(textOf(table)).toContain('dr. Maria Lake, M.Kes.|19860926 201505 2 001|katalis');
  });

  it('rules data tables only; a layout table (Menimbang : a. …) is borderless with narrow label columns', async () => {
    const layout: DocElementView = { type: 'TABLE', rows: [['Menimbang', ':', 'a.', 'bahwa dalam rangka percepatan pelaksanaan Reformasi Birokrasi, diperlukan pegawai teladan;']] };
    const xml = (await partsOf(await Packer.toBuffer(documentFromParts({ body: [layout, decree.body[7]] }))))['word/document.xml'];
    const [first, second] = xml.split('</w:tbl>');
    expect(first).toContain('w:val="none"');
    expect(first).not.toContain('w:val="single"');
    expect(second).toContain('w:val="single"');
    const w = columnWidths(layout.rows!, 4, 10000);
    expect(w[1]).toBeLessThan(500);
    expect(w[3]).toBeGreaterThan(7000);
    expect(w.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(10000);
  });

  it('omits header and footer parts when the Doc has none', async () => {
    const parts = await partsOf(await Packer.toBuffer(documentFromParts({ body: [{ type: 'PARAGRAPH', text: 'x' }] })));
    expect(Object.keys(parts).some((n) => /^word\/header/.test(n))).toBe(false);
  });
});

describe('exportDocx', () => {
  it('reads body, header and footer through the back door; a missing section is no header', async () => {
    const sections: Record<string, DocElementView[]> = { body: decree.body, header: decree.header! };
    const source = {
      docs: {
        elements: (id: string, section: 'body' | 'header' | 'footer' = 'body') => {
          if (id !== 'doc1') throw new Error('no doc');
          if (!sections[section]) throw new Error('no section');
          return sections[section];
        },
      },
    };
    const parts = await partsOf(await exportDocx(source, 'doc1', 'Berita Acara'));
    expect(textOf(parts['word/document.xml'])).toContain('LAMPIRAN KEPUTUSAN KEPALA DINAS');
    expect(Object.keys(parts).some((n) => /^word\/header\d*\.xml$/.test(n))).toBe(true);
    expect(Object.keys(parts).some((n) => /^word\/footer\d*\.xml$/.test(n))).toBe(false);
    expect(parts['docProps/core.xml']).toContain('Berita Acara');
  });
});
