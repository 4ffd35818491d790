/** The offline .docx renders what the Doc holds, read back from its XML. */
import { describe, it, expect } from 'vitest';
import JSZip from 'jszip';
import { Packer } from 'docx';
import { documentFromTree, exportDocx } from '../../src/offline/output/docx';
import type { DocAttributes, DocBlockView, DocTreeView } from '../../src/offline/workspace/index';
import { createDocumentApp, Kernel } from '../../src/offline/workspace/index';

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

const F4 = { width: 609.45, height: 935.43, marginTop: 70.87, marginRight: 70.87, marginBottom: 70.87, marginLeft: 85.04 };
const para = (text: string, attrs: DocAttributes = {}, runAttrs: DocAttributes = {}): DocBlockView => ({
  type: 'PARAGRAPH',
  attrs,
  textDefaults: {},
  keepWithNext: false,
  children: [{ type: 'TEXT', runs: [{ text, attrs: runAttrs }] }],
});

/** A Doc made through the in-memory DocumentApp, the way the product renders one. */
function madeDoc(): { tree: DocTreeView } {
  const kernel = new Kernel();
  const { DocumentApp, backdoor } = createDocumentApp(kernel) as unknown as { DocumentApp: any; backdoor: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
  const doc = DocumentApp.create('SK');
  const body = doc.getBody();
  body.setPageWidth(F4.width).setPageHeight(F4.height).setMarginTop(F4.marginTop).setMarginRight(F4.marginRight).setMarginBottom(F4.marginBottom).setMarginLeft(F4.marginLeft);
  body.appendParagraph('KEPUTUSAN').setAttributes({ HORIZONTAL_ALIGNMENT: 'CENTER', BOLD: true, FONT_SIZE: 14 });
  const sign = body.appendParagraph('Ditetapkan di Kupang');
  sign.setAttributes({ INDENT_START: 227, INDENT_FIRST_LINE: 227, LINE_SPACING: 1, SPACING_AFTER: 0, HORIZONTAL_ALIGNMENT: 'JUSTIFY' });
  const p = body.appendParagraph('teladan (role model) tim');
  p.editAsText().setItalic(9, 18, true);
  const layout = body.appendTable([['Menimbang', ':', 'a.', 'bahwa …']]);
  layout.setBorderWidth(0);
  [94.85, 13.9, 27.51, 317.28].forEach((w: number, i: number) => layout.setColumnWidth(i, w));
  const data = body.appendTable([
    ['No', 'Nama'],
    ['1', 'Maria'],
  ]);
  data.setBorderWidth(0.75);
  data.setBorderColor('#000000');
  data.setColumnWidth(0, 40);
  data.setColumnWidth(1, 413.54);
  (kernel.file(doc.getId())!.content as any).body.children.filter((c: any) => c.type === 'TABLE')[1].pinnedHeaderRows = 1; // eslint-disable-line @typescript-eslint/no-explicit-any
  body.appendHorizontalRule();
  body.appendPageBreak();
  body.appendParagraph('LAMPIRAN');
  body.editAsText().setFontFamily('Arial');
  return { tree: backdoor.tree(doc.getId()) };
}

describe('documentFromTree', () => {
  it('takes the page size and margins of the Doc', async () => {
    const xml = (await partsOf(await Packer.toBuffer(documentFromTree(madeDoc().tree))))['word/document.xml'];
    expect(xml).toMatch(/<w:pgSz w:w="12189" w:h="18709"/);
    expect(xml).toMatch(/<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1701"/);
  });

  it('keeps alignment, indents (first line from the margin as Docs measures it), spacing, bold, size, italics and font', async () => {
    const xml = (await partsOf(await Packer.toBuffer(documentFromTree(madeDoc().tree))))['word/document.xml'];
    expect(xml).toMatch(/<w:jc w:val="center"\/>[\s\S]*?<w:b\/>[\s\S]*?<w:sz w:val="28"\/>[\s\S]*?KEPUTUSAN/);
    const sign = xml.slice(xml.lastIndexOf('<w:p>', xml.indexOf('Ditetapkan di Kupang')), xml.indexOf('Ditetapkan di Kupang'));
    expect(sign).toContain('<w:ind w:left="4540"/>');
    expect(sign).toMatch(/<w:spacing w:after="0" w:line="240" w:lineRule="auto"\/>/);
    expect(sign).toContain('<w:jc w:val="both"/>');
    expect(xml).toMatch(/<w:i\/>[\s\S]*?<w:t xml:space="preserve">role model<\/w:t>/);
    expect(xml).toContain('w:ascii="Arial"');
  });

  it('sizes tables with the Doc\'s widths, rules data tables, leaves layout tables bare, repeats pinned header rows', async () => {
    const xml = (await partsOf(await Packer.toBuffer(documentFromTree(madeDoc().tree))))['word/document.xml'];
    const [layout, data] = xml.split('</w:tbl>');
    expect(layout).toContain('<w:gridCol w:w="1897"/><w:gridCol w:w="278"/><w:gridCol w:w="550"/><w:gridCol w:w="6346"/>');
    expect(layout).toContain('<w:tblLayout w:type="fixed"/>');
    expect(layout).toMatch(/<w:top w:val="none"/);
    expect(layout).not.toContain('<w:tblHeader/>');
    expect(data).toMatch(/<w:top w:val="single" w:color="000000" w:sz="6"/);
    expect(data).toContain('<w:gridCol w:w="800"/><w:gridCol w:w="8271"/>');
    expect((data.match(/<w:tblHeader\/>/g) ?? []).length).toBe(1);
    expect(textOf(data)).toContain('No|Nama|1|Maria');
  });

  it('writes page breaks and horizontal rules where the Doc has them', async () => {
    const xml = (await partsOf(await Packer.toBuffer(documentFromTree(madeDoc().tree))))['word/document.xml'];
    expect(xml.indexOf('<w:br w:type="page"/>')).toBeLessThan(xml.indexOf('LAMPIRAN'));
    expect(xml).toMatch(/<w:bottom w:val="single" w:color="000000" w:sz="12" w:space="1"\/>/);
  });

  it('falls back to Google Docs\' own defaults where the Doc holds nothing', async () => {
    const tree: DocTreeView = {
      page: F4,
      body: [para('x'), { type: 'TABLE', columnWidths: [null, null], borderWidth: null, borderColor: null, pinnedHeaderRows: 0, rows: [{ attrs: {}, cells: [{ attrs: {}, background: null, blocks: [] }, { attrs: {}, background: '#f3f3f3', blocks: [para('y')] }] }] }],
      header: null,
      footer: null,
    };
    const parts = await partsOf(await Packer.toBuffer(documentFromTree(tree)));
    const xml = parts['word/document.xml'];
    // Unset widths share the text width; unset borders are Docs' 1 pt black; backgrounds kept.
    expect(xml).toContain('<w:gridCol w:w="4535"/><w:gridCol w:w="4535"/>');
    expect(xml).toMatch(/<w:top w:val="single" w:color="000000" w:sz="8"/);
    expect(xml).toContain('w:fill="F3F3F3"');
    expect(parts['word/styles.xml']).toMatch(/<w:rFonts w:ascii="Arial"/);
    expect(parts["word/styles.xml"]).toContain('<w:spacing w:after="0" w:before="0" w:line="276" w:lineRule="auto"/>');
    expect(Object.keys(parts).some((n) => /^word\/header/.test(n))).toBe(false);
  });

  it('keeps a paragraph the Doc keeps with the next on its page (keepWithNext → w:keepNext), and no other', async () => {
    const tree: DocTreeView = { page: F4, body: [{ ...(para('Tim Penilai,') as Exclude<DocBlockView, { type: 'TABLE' }>), keepWithNext: true }, para('lepas')], header: null, footer: null };
    const xml = (await partsOf(await Packer.toBuffer(documentFromTree(tree))))['word/document.xml'];
    const paragraphs = [...xml.matchAll(/<w:p>.*?<\/w:p>/g)].map((m) => m[0]);
    expect(paragraphs.filter((p) => p.includes('<w:keepNext/>')).map(textOf)).toEqual(['Tim Penilai,']);
  });

  it('keeps text literally, "$1 \\ {{NAMA}} <b>" included', async () => {
    const tree: DocTreeView = { page: F4, body: [para('Nama R&D <Tim> $1 \\ {{NAMA}}')], header: [para('KOP')], footer: null };
    const parts = await partsOf(await Packer.toBuffer(documentFromTree(tree)));
    expect(textOf(parts['word/document.xml'])).toContain('Nama R&amp;D &lt;Tim&gt; $1 \\ {{NAMA}}');
    expect(textOf(Object.entries(parts).find(([n]) => /^word\/header\d*\.xml$/.test(n))![1])).toBe('KOP');
  });
});

describe('exportDocx', () => {
  it('reads the Doc through the back door and titles the file', async () => {
    const source = { docs: { tree: (id: string) => (id === 'doc1' ? madeDoc().tree : (() => { throw new Error('no doc'); })()) } };
    const parts = await partsOf(await exportDocx(source, 'doc1', 'Berita Acara'));
    expect(textOf(parts['word/document.xml'])).toContain('LAMPIRAN');
    expect(parts['docProps/core.xml']).toContain('Berita Acara');
  });
});

describe('images', () => {
  it('puts a Doc image in the .docx at its size (points → pixels at 96 per inch)', async () => {
    const { png } = await import('../../src/offline/demo/emblem');
    const data = png(4, 2, () => [255, 0, 0, 255]).toString('base64');
    const tree: DocTreeView = {
      page: F4,
      body: [{ type: 'PARAGRAPH', attrs: {}, textDefaults: {}, keepWithNext: false, children: [{ type: 'INLINE_IMAGE', mimeType: 'image/png', data, width: 54, height: 27 }] }],
      header: null,
      footer: null,
    };
    const zip = await JSZip.loadAsync(await Packer.toBuffer(documentFromTree(tree)));
    expect(Object.keys(zip.files).some((n) => /^word\/media\/.+\.png$/.test(n))).toBe(true);
    const xml = await zip.file('word/document.xml')!.async('string');
    // 54 pt = 72 px = 685800 EMU
    expect(xml).toContain('cx="685800"');
  });
});
