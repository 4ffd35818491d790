/** The in-memory Docs advanced service (Docs API v1) against Google's documented semantics. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDocumentApp, createWorkspace, Kernel } from '../../../src/offline/workspace/index';
import { createDocsAdvanced, docsServiceEnabled } from '../../../src/offline/workspace/index';

/* eslint-disable @typescript-eslint/no-explicit-any */
function setup() {
  const kernel = new Kernel();
  const DocumentApp = createDocumentApp(kernel).DocumentApp as any;
  const Docs = createDocsAdvanced(kernel) as any;
  return { kernel, DocumentApp, Docs };
}

/** A saved document: a title, a 2×2 table, a closing paragraph, a header. */
function saved(t: ReturnType<typeof setup>): string {
  const doc = t.DocumentApp.create('d');
  const body = doc.getBody();
  body.appendParagraph('Judul {{NAMA}}');
  body.appendTable([
    ['No', 'Nama'],
    ['1', '{{NAMA}} dan {{nama}}'],
  ]);
  body.appendParagraph('Akhir');
  doc.addHeader().appendParagraph('Kop {{NAMA}}');
  const id = doc.getId();
  doc.saveAndClose();
  return id;
}

const replaceAll = (text: string, replaceText: string, matchCase = true) => ({ replaceAllText: { containsText: { text, matchCase }, replaceText } });

describe('Docs.Documents.get', () => {
  it('numbers the body in UTF-16 units: a section break, paragraphs ending in a newline, tables with rows and cells', () => {
    const t = setup();
    const id = saved(t);
    const doc = t.Docs.Documents.get(id);
    const content = doc.body.content;
    expect(content[0]).toEqual({ endIndex: 1, sectionBreak: { sectionStyle: {} } });
    // The empty paragraph a new Doc starts with, then the title.
    expect(content[1]).toMatchObject({ startIndex: 1, endIndex: 2 });
    expect(content[2]).toMatchObject({ startIndex: 2, endIndex: 2 + 'Judul {{NAMA}}\n'.length });
    const table = content.find((e: any) => e.table);
    expect(table.table.rows).toBe(2);
    expect(table.table.columns).toBe(2);
    expect(table.table.tableRows[0].startIndex).toBe(table.startIndex + 1);
    expect(table.table.tableRows[0].tableCells[0].content[0].paragraph.elements[0].textRun.content).toBe('No\n');
    // Every element starts where the one before it ends.
    for (let i = 2; i < content.length; i++) expect(content[i].startIndex).toBe(content[i - 1].endIndex);
    expect(doc.headers['kix.header0'].content[1].paragraph.elements[0].textRun.content).toBe('Kop {{NAMA}}\n');
    expect(doc.documentStyle.pageSize.width).toEqual({ magnitude: 612, unit: 'PT' });
  });

  it('refuses a document that does not exist, or is in the bin', () => {
    const t = setup();
    expect(() => t.Docs.Documents.get('nope')).toThrow(/docs\.documents\.get failed with error: Requested entity was not found/);
  });
});

describe('Docs.Documents.batchUpdate replaceAllText', () => {
  it.each([
    ['$1 \\ $& \\$ $$', '$1 \\ $& \\$ $$'],
    ['{{NAMA}}', '{{NAMA}}'],
    ['', ''],
  ])('inserts %j as written, in body, tables and header, and counts the occurrences', (value, expected) => {
    const t = setup();
    const id = saved(t);
    const res = t.Docs.Documents.batchUpdate({ requests: [replaceAll('{{NAMA}}', value)] }, id);
    expect(res.replies).toEqual([{ replaceAllText: { occurrencesChanged: 3 } }]);
    const doc = t.DocumentApp.openById(id);
    const text = doc.getBody().getText();
    expect(text).toContain(`\nJudul ${expected}\n`);
    expect(text).toContain(`\n1\t${expected} dan {{nama}}\n`);
    expect(doc.getHeader().getText()).toBe(`\nKop ${expected}`);
  });

  it('matches case only when asked, and an empty reply when nothing matched', () => {
    const t = setup();
    const id = saved(t);
    const res = t.Docs.Documents.batchUpdate({ requests: [replaceAll('{{nama}}', 'x', false), replaceAll('tidak ada', 'y')] }, id);
    expect(res.replies).toEqual([{ replaceAllText: { occurrencesChanged: 4 } }, { replaceAllText: {} }]);
  });

  it('runs the requests in order (a later one sees what an earlier one wrote)', () => {
    const t = setup();
    const id = saved(t);
    t.Docs.Documents.batchUpdate({ requests: [replaceAll('{{NAMA}}', '[A]'), replaceAll('[A]', 'B')] }, id);
    expect(t.DocumentApp.openById(id).getHeader().getText()).toBe('\nKop B');
  });

  it('matches across formatting runs; the text takes the formatting of the first replaced character', () => {
    const t = setup();
    const doc = t.DocumentApp.create('d');
    const p = doc.getBody().appendParagraph('Di {{KOTA}} ya');
    p.editAsText().setBold(3, 6, true); // "{{KO" bold, "TA}}" plain
    const id = doc.getId();
    doc.saveAndClose();
    t.Docs.Documents.batchUpdate({ requests: [replaceAll('{{KOTA}}', 'Kupang')] }, id);
    const text = t.DocumentApp.openById(id).getBody().getChild(1).editAsText();
    expect(text.getText()).toBe('Di Kupang ya');
    expect([text.isBold(2), text.isBold(3), text.isBold(8), text.isBold(9)]).toEqual([false, true, true, false]);
  });

  it('applies nothing when any request is invalid (atomic), and throws Google\'s message', () => {
    const t = setup();
    const id = saved(t);
    expect(() => t.Docs.Documents.batchUpdate({ requests: [replaceAll('{{NAMA}}', 'X'), replaceAll('', 'Y')] }, id)).toThrow(
      /Invalid requests\[1\]\.replaceAllText: The containsText text must not be empty/,
    );
    expect(t.DocumentApp.openById(id).getHeader().getText()).toBe('\nKop {{NAMA}}');
    expect(() => t.Docs.Documents.batchUpdate({ requests: [] }, id)).toThrow(/at least one request/);
    expect(() => t.Docs.Documents.batchUpdate({ requests: [{ insertText: { text: 'x' } }] }, id)).toThrow(/not imitated: .*insertText/);
  });
});

describe('Docs.Documents.batchUpdate pinTableHeaderRows', () => {
  it('pins the first rows of the table that starts at the index; any other index is refused', () => {
    const t = setup();
    const id = saved(t);
    const start = t.Docs.Documents.get(id).body.content.find((e: any) => e.table).startIndex;
    const pin = (index: number, n: number) => ({ pinTableHeaderRows: { tableStartLocation: { index }, pinnedHeaderRowsCount: n } });
    expect(() => t.Docs.Documents.batchUpdate({ requests: [pin(start + 1, 1)] }, id)).toThrow(/must be the start of a table/);
    expect(() => t.Docs.Documents.batchUpdate({ requests: [pin(start, 3)] }, id)).toThrow(/between 0 and the number of rows/);
    t.Docs.Documents.batchUpdate({ requests: [pin(start, 1)] }, id);
    const kernelDoc = (t.kernel.file(id)!.content as any).body.children.find((c: any) => c.type === 'TABLE');
    expect(kernelDoc.pinnedHeaderRows).toBe(1);
    // A copy keeps it (File.makeCopy copies the document).
    expect((t.kernel.file(id)!.content as any).cloneForCopy('x').body.children.find((c: any) => c.type === 'TABLE').pinnedHeaderRows).toBe(1);
  });
});

describe('Docs.Documents.batchUpdate updateParagraphStyle keepWithNext', () => {
  /** `value` null: the field is named in `fields` but left unset. */
  const keep = (startIndex: number, endIndex: number, value: boolean | null = true, fields = 'keepWithNext') => ({
    updateParagraphStyle: { range: { startIndex, endIndex }, paragraphStyle: value === null ? {} : { keepWithNext: value }, fields },
  });

  it('sets it on every paragraph the range overlaps, body and table cells, and get returns it', () => {
    const t = setup();
    const id = saved(t);
    const content = t.Docs.Documents.get(id).body.content;
    const title = content[2];
    const table = content.find((e: any) => e.table);
    const cell = table.table.tableRows[0].tableCells[1].content[0];
    t.Docs.Documents.batchUpdate({ requests: [keep(title.startIndex, title.startIndex + 1), keep(cell.startIndex + 1, cell.endIndex)] }, id);
    const after = t.Docs.Documents.get(id).body.content;
    expect(after[2].paragraph.paragraphStyle).toEqual({ keepWithNext: true });
    // Only the paragraphs overlapped: not the one before the title, not the other cells.
    expect(after[1].paragraph.paragraphStyle).toEqual({});
    const cells = after.find((e: any) => e.table).table.tableRows.flatMap((r: any) => r.tableCells.map((c: any) => c.content[0].paragraph.paragraphStyle));
    expect(cells).toEqual([{}, { keepWithNext: true }, {}, {}]);
    // The model holds it (the back door's tree, and so the .docx, shows it); a copy keeps it.
    const model = t.kernel.file(id)!.content as any;
    expect(model.body.children[1].keepWithNext).toBe(true);
    expect(model.cloneForCopy('x').body.children[1].keepWithNext).toBe(true);
    // A field named but left unset is reset to its default.
    t.Docs.Documents.batchUpdate({ requests: [keep(title.startIndex, title.endIndex, null)] }, id);
    expect(t.Docs.Documents.get(id).body.content[2].paragraph.paragraphStyle).toEqual({});
  });

  it("refuses a request without fields or with a range outside the body's text, and changes nothing", () => {
    const t = setup();
    const id = saved(t);
    const content = t.Docs.Documents.get(id).body.content;
    const end = content.at(-1).endIndex;
    expect(() => t.Docs.Documents.batchUpdate({ requests: [keep(2, 3, true, '')] }, id)).toThrow(/At least one field/);
    expect(() => t.Docs.Documents.batchUpdate({ requests: [keep(2, 3), keep(end, end + 5)] }, id)).toThrow(/must be less than the end index/);
    expect(() => t.Docs.Documents.batchUpdate({ requests: [keep(3, 3)] }, id)).toThrow(/updateParagraphStyle/);
    // All or nothing: the valid first request of the refused batch was not applied.
    expect(t.Docs.Documents.get(id).body.content[2].paragraph.paragraphStyle).toEqual({});
    expect(() => t.Docs.Documents.batchUpdate({ requests: [keep(2, 3, true, 'alignment')] }, id)).toThrow(/not imitated.*alignment/);
  });
});

describe('what Google would not let through', () => {
  it('refuses while a DocumentApp object of the same execution holds unsaved changes (the API would not see them)', () => {
    const t = setup();
    const id = saved(t);
    t.kernel.beginExecution('editor');
    const doc = t.DocumentApp.openById(id);
    doc.getBody().appendParagraph('baru');
    expect(() => t.Docs.Documents.get(id)).toThrow(/unsaved changes.*saveAndClose/);
    doc.saveAndClose();
    expect(t.Docs.Documents.get(id).body.content.at(-1).paragraph.elements[0].textRun.content).toBe('baru\n');
  });

  it('exists only when the manifest enables it', () => {
    expect(docsServiceEnabled({ dependencies: { enabledAdvancedServices: [{ userSymbol: 'Docs', serviceId: 'docs', version: 'v1' }] } })).toBe(true);
    expect(docsServiceEnabled({ dependencies: {} })).toBe(false);
    const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
    writeFileSync(join(dir, 'appsscript.json'), JSON.stringify({ dependencies: {} }));
    expect(createWorkspace({ distDir: dir }).globals.Docs).toBeUndefined();
    writeFileSync(join(dir, 'appsscript.json'), JSON.stringify({ dependencies: { enabledAdvancedServices: [{ userSymbol: 'Docs', serviceId: 'docs', version: 'v1' }] } }));
    expect(createWorkspace({ distDir: dir }).globals.Docs).toBeDefined();
  });

  it('counts its calls as the Docs service', () => {
    const t = setup();
    const id = saved(t);
    t.kernel.resetCalls();
    t.Docs.Documents.get(id);
    t.Docs.Documents.batchUpdate({ requests: [replaceAll('x', 'y')] }, id);
    expect(t.kernel.calls()).toEqual({ 'Docs.Documents.get': 1, 'Docs.Documents.batchUpdate': 1 });
  });
});
