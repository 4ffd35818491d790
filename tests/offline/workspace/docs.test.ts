import { describe, it, expect } from 'vitest';
import { Kernel } from '../../../src/offline/workspace/index';
import { createDocumentApp } from '../../../src/offline/workspace/index';
import { createDriveApp } from '../../../src/offline/workspace/index';

/* eslint-disable @typescript-eslint/no-explicit-any */
function setup() {
  const kernel = new Kernel();
  const docs = createDocumentApp(kernel);
  const drive = createDriveApp(kernel);
  const DocumentApp = docs.DocumentApp as any;
  return { kernel, DocumentApp, docs: docs.backdoor, drive: drive.backdoor, DriveApp: drive.DriveApp as any };
}

/** A template like the team's: placeholders in header, body, footer and a table. */
function template(t: ReturnType<typeof setup>): string {
  return t.docs.createDocument(
    'Template SK',
    [
      { type: 'PARAGRAPH', text: 'KEPUTUSAN KEPALA DINAS {{TAHUN}}', bold: true },
      { type: 'TABLE', rows: [['No', 'Nama'], ['{{NO}}', '{{NAMA}}']] },
      { type: 'PARAGRAPH', text: 'Ditetapkan di {{KOTA}}' },
    ],
    { header: ['DINAS KESEHATAN {{PROVINSI}}'], footer: ['Halaman {{TAHUN}}'] },
  );
}

describe('DocumentApp replaceText', () => {
  it('replaces an escaped pattern in body, header, footer and table cells', () => {
    const t = setup();
    const doc = t.DocumentApp.openById(template(t));
    for (const section of [doc.getBody(), doc.getHeader(), doc.getFooter()]) {
      section.replaceText('\\{\\{TAHUN\\}\\}', '2026');
      section.replaceText('\\{\\{PROVINSI\\}\\}', 'NTT');
      section.replaceText('\\{\\{NAMA\\}\\}', 'Maria Goreti');
    }
    const text = t.docs.text(doc.getId());
    expect(text.header).toBe('DINAS KESEHATAN NTT');
    expect(text.footer).toBe('Halaman 2026');
    expect(text.body).toBe('KEPUTUSAN KEPALA DINAS 2026\nNo\tNama\n{{NO}}\tMaria Goreti\nDitetapkan di {{KOTA}}');
    // Body.replaceText does not touch the header: it is a separate section.
    const other = t.DocumentApp.openById(template(t));
    other.getBody().replaceText('\\{\\{PROVINSI\\}\\}', 'X');
    expect(t.docs.text(other.getId()).header).toBe('DINAS KESEHATAN {{PROVINSI}}');
  });

  it.each([
    // [pattern, text, expected text after replacing with "#"]  (RE2 syntax)
    ['{{X}}', 'a {{X}} b', 'a # b'], // RE2 reads a "{" that starts no repetition as a literal
    ['a.c', 'abc a.c', '# #'],
    ['\\.', 'a.c', 'a#c'],
    ['x{2}', 'xxx', '#x'],
    ['(?i)nama', 'NAMA', '#'],
    ['^Hal', 'Hal Hal', '# Hal'],
  ])('pattern %s on %s behaves as RE2', (pattern, text, expected) => {
    const t = setup();
    const doc = t.DocumentApp.create('d');
    const p = doc.getBody().appendParagraph(text);
    p.replaceText(pattern, '#');
    expect(p.getText()).toBe(expected);
  });

  it.each(['(?<=a)b', '[a', '(', 'a**'])('refuses the pattern %s that RE2 cannot compile', (pattern) => {
    const t = setup();
    const body = t.DocumentApp.create('d').getBody();
    body.appendParagraph('ab');
    expect(() => body.replaceText(pattern, 'x')).toThrow(/searchPattern/);
    expect(() => body.findText(pattern)).toThrow(/searchPattern/);
  });

  it('does not match a placeholder whose characters have mixed formatting', () => {
    const t = setup();
    const doc = t.DocumentApp.create('d');
    const p = doc.getBody().appendParagraph('Nama: {{NAMA}}');
    p.editAsText().setBold(6, 9, true); // "{{NA" bold, "MA}}" plain
    expect(p.editAsText().getTextAttributeIndices()).toEqual([0, 6, 10]);
    p.replaceText('\\{\\{NAMA\\}\\}', 'Yohanes');
    expect(p.getText()).toBe('Nama: {{NAMA}}');
    expect(doc.getBody().findText('\\{\\{NAMA\\}\\}')).toBeNull();
    // Uniform formatting again: the runs merge and the placeholder is found.
    p.editAsText().setBold(6, 13, true);
    p.replaceText('\\{\\{NAMA\\}\\}', 'Yohanes');
    expect(p.getText()).toBe('Nama: Yohanes');
    expect(p.editAsText().isBold(6)).toBe(true);
    expect(p.editAsText().isBold(0)).toBe(false);
  });

  it.each([
    // [pattern, replacement, expected] — Java Matcher.appendReplacement rules
    ['\\{\\{H\\}\\}', 'Rp \\$5', 'Rp $5'],
    ['\\{\\{H\\}\\}', 'C:\\\\data', 'C:\\data'],
    ['\\{\\{(H)\\}\\}', '[$1]', '[H]'],
    ['\\{\\{H\\}\\}', '$0$0', '{{H}}{{H}}'],
    ['\\{\\{H\\}\\}', 'a\\b', 'ab'], // a backslash before an ordinary character is eaten
  ])('replacement %s / %s gives %s', (pattern, replacement, expected) => {
    const t = setup();
    const p = t.DocumentApp.create('d').getBody().appendParagraph('{{H}}');
    p.replaceText(pattern, replacement);
    expect(p.getText()).toBe(expected);
  });

  it.each([
    ['Rp $5', /group/], // "$5" refers to a group that does not exist
    ['100$', /group/], // a lone "$"
    ['a$$b', /group/], // "$$" is not JavaScript's escape here
    ['C:\\', /escaped/], // a trailing lone backslash
  ])('an unescaped value %s fails like on Google', (value, error) => {
    const t = setup();
    const p = t.DocumentApp.create('d').getBody().appendParagraph('{{H}}');
    expect(() => p.replaceText('\\{\\{H\\}\\}', value)).toThrow(error);
  });

  it.each([
    // [pattern, replacement, expected] — the literal switch: the replacement as written
    ['\\{\\{H\\}\\}', 'Rp \\$5', 'Rp \\$5'],
    ['\\{\\{H\\}\\}', 'Rp $5', 'Rp $5'],
    ['\\{\\{(H)\\}\\}', '[$1]', '[$1]'],
    ['\\{\\{H\\}\\}', 'C:\\', 'C:\\'],
    ['\\{\\{H\\}\\}', '$&$$', '$&$$'],
    ['x*', '-', '-{-{-H-}-}-'], // empty matches advance one character, as Java's replaceAll does
  ])('under the literal switch, replacement %s / %s gives %s', (pattern, replacement, expected) => {
    const kernel = new Kernel();
    const DocumentApp = createDocumentApp(kernel, { replacement: 'literal' }).DocumentApp as any;
    const p = DocumentApp.create('d').getBody().appendParagraph('{{H}}');
    p.replaceText(pattern, replacement);
    expect(p.getText()).toBe(expected);
  });

  it('the two switches agree on a replacement without $ or \\', () => {
    for (const replacement of ['Maria Goreti, S.Kep.', '{{NAMA}} (a|b).*', '']) {
      const texts = (['java', 'literal'] as const).map((mode) => {
        const DocumentApp = createDocumentApp(new Kernel(), { replacement: mode }).DocumentApp as any;
        const p = DocumentApp.create('d').getBody().appendParagraph('Nama: {{H}}; {{H}}');
        p.replaceText('\\{\\{H\\}\\}', replacement);
        return p.getText();
      });
      expect(texts[0]).toBe(`Nama: ${replacement}; ${replacement}`);
      expect(texts[1]).toBe(texts[0]);
    }
  });

  it('a malformed replacement is harmless when nothing matches', () => {
    const t = setup();
    const p = t.DocumentApp.create('d').getBody().appendParagraph('tidak ada');
    expect(() => p.replaceText('\\{\\{H\\}\\}', '$')).not.toThrow();
  });
});

describe('DocumentApp findText and findElement', () => {
  it('walks matches in order with from, giving Text offsets', () => {
    const t = setup();
    const body = t.DocumentApp.create('d').getBody();
    body.appendParagraph('{{A}} dan {{B}}');
    body.appendTable([['{{C}}']]);
    const found: string[] = [];
    let r = body.findText('\\{\\{[A-Z]+\\}\\}');
    while (r) {
      const text = r.getElement().getText();
      found.push(text.slice(r.getStartOffset(), r.getEndOffsetInclusive() + 1));
      expect(r.isPartial()).toBe(text !== '{{C}}');
      r = body.findText('\\{\\{[A-Z]+\\}\\}', r);
    }
    expect(found).toEqual(['{{A}}', '{{B}}', '{{C}}']);
  });

  it('finds elements by type', () => {
    const t = setup();
    const body = t.DocumentApp.create('d').getBody();
    body.appendTable([['a']]);
    body.appendTable([['b']]);
    const first = body.findElement(t.DocumentApp.ElementType.TABLE);
    expect(first.getElement().getText()).toBe('a');
    const second = body.findElement(t.DocumentApp.ElementType.TABLE, first);
    expect(second.getElement().getText()).toBe('b');
    expect(body.findElement(t.DocumentApp.ElementType.TABLE, second)).toBeNull();
  });
});

describe('DocumentApp structure', () => {
  it('repeats a table row with copy + insertTableRow, keeping its formatting', () => {
    const t = setup();
    const doc = t.DocumentApp.openById(template(t));
    const table = doc.getBody().getTables()[0];
    const row = table.getRow(1);
    row.getCell(1).editAsText().setBold(true);
    const names = ['Ana', 'Beni', 'Cici'];
    names.forEach((name, i) => {
      const copy = table.insertTableRow(table.getChildIndex(row) + i + 1, row.copy());
      copy.replaceText('\\{\\{NO\\}\\}', String(i + 1));
      copy.replaceText('\\{\\{NAMA\\}\\}', name);
    });
    table.removeRow(table.getChildIndex(row));
    const view = t.docs.elements(doc.getId()).find((e) => e.type === 'TABLE');
    expect(view?.rows).toEqual([['No', 'Nama'], ['1', 'Ana'], ['2', 'Beni'], ['3', 'Cici']]);
    expect(table.getCell(2, 1).editAsText().isBold(0)).toBe(true);
    expect(table.getRow(1).getParentTable().getNumRows()).toBe(4);
  });

  it('refuses to insert an element that is still attached', () => {
    const t = setup();
    const table = t.DocumentApp.create('d').getBody().appendTable([['a']]);
    expect(() => table.appendTableRow(table.getRow(0))).toThrow('Element must be detached.');
  });

  it('builds paragraphs, list items, page breaks and keeps the last paragraph', () => {
    const t = setup();
    const doc = t.DocumentApp.create('d');
    const body = doc.getBody();
    expect(body.getNumChildren()).toBe(1);
    const title = body.insertParagraph(0, 'MEMUTUSKAN');
    title.setHeading(t.DocumentApp.ParagraphHeading.HEADING1).setAlignment(t.DocumentApp.HorizontalAlignment.CENTER);
    title.setAttributes({ [t.DocumentApp.Attribute.BOLD]: true, [t.DocumentApp.Attribute.FONT_SIZE]: 14 });
    body.appendListItem('katalis');
    body.appendPageBreak();
    body.appendParagraph('Lampiran');
    const view = t.docs.elements(doc.getId());
    expect(view.map((e) => e.type)).toEqual(['PARAGRAPH', 'PARAGRAPH', 'LIST_ITEM', 'PAGE_BREAK', 'PARAGRAPH']);
    expect(view[0]).toMatchObject({ text: 'MEMUTUSKAN', heading: 'HEADING1', alignment: 'CENTER', bold: true });
    expect(title.getAttributes()[t.DocumentApp.Attribute.FONT_SIZE]).toBe(14);
    const last = body.getChild(body.getNumChildren() - 1);
    expect(() => last.removeFromParent()).toThrow("Can't remove the last paragraph in a document section.");
    body.removeChild(body.getChild(1));
    expect(body.getNumChildren()).toBe(4);
    body.clear();
    expect(body.getText()).toBe('');
    expect(body.getNumChildren()).toBe(1);
  });

  it('as…() hands an element back as its own class; a conversion to another class is refused', () => {
    const t = setup();
    const doc = t.DocumentApp.create('d');
    const body = doc.getBody();
    body.appendParagraph('Kupang');
    body.appendListItem('katalis');
    body.appendTable([['a']]);
    const brk = body.appendPageBreak();
    const rule = body.appendHorizontalRule();
    // Read back through getChild, as the product reads a template: each a plain Element.
    const [para, item, table] = [body.getChild(1), body.getChild(2), body.getChild(3)];
    const row = table.asTable().getRow(0);
    const cell = row.getCell(0);
    const text = para.asParagraph().getChild(0);
    expect(para.getType()).toBe(t.DocumentApp.ElementType.PARAGRAPH);
    const own: [any, string][] = [
      [para, 'asParagraph'], [item, 'asListItem'], [table, 'asTable'], [row, 'asTableRow'], [cell, 'asTableCell'],
      [text, 'asText'], [body, 'asBody'], [brk, 'asPageBreak'], [rule, 'asHorizontalRule'], [body.editAsText(), 'asText'],
    ];
    for (const [element, method] of own) expect(element[method](), method).toBe(element);
    expect(item.asListItem().getNestingLevel()).toBe(0);
    // Google does not document a conversion to another class: the fake refuses it.
    expect(() => item.asParagraph()).toThrow('Cannot convert ListItem to Paragraph.');
    expect(() => table.asText()).toThrow('Cannot convert Table to Text.');
    expect(() => para.asTable()).toThrow('Cannot convert Paragraph to Table.');
    expect(() => body.asTableCell()).toThrow('Cannot convert Body to TableCell.');
    // appendParagraph takes a Paragraph and appendListItem a ListItem, as Google's signatures say.
    expect(() => body.appendParagraph(item.copy())).toThrow('Invalid argument: paragraph');
    expect(() => body.insertListItem(0, para.copy())).toThrow('Invalid argument: listItem');
    expect(body.appendParagraph(para.copy()).getText()).toBe('Kupang');
    const before = t.kernel.calls();
    for (const [element, method] of own) element[method]();
    expect(t.kernel.calls()).toEqual(before); // a conversion is no call
  });

  it('edits Text by offsets', () => {
    const t = setup();
    const p = t.DocumentApp.create('d').getBody().appendParagraph('Kupang');
    const text = p.editAsText();
    text.insertText(0, 'Di ').appendText(', NTT').deleteText(0, 2);
    expect(text.getText()).toBe('Kupang, NTT');
    text.setFontSize(0, 5, 12).setItalic(true);
    expect(text.getFontSize(0)).toBe(12);
    expect(text.getFontSize()).toBeNull();
    expect(text.isItalic()).toBe(true);
    expect(() => text.deleteText(5, 40)).toThrow(/Index/);
  });

  it('adds header and footer only once', () => {
    const t = setup();
    const doc = t.DocumentApp.create('d');
    expect(doc.getHeader()).toBeNull();
    doc.addHeader().appendParagraph('KOP');
    doc.addFooter();
    expect(t.docs.text(doc.getId()).header).toBe('\nKOP');
    expect(() => doc.addHeader()).toThrow();
  });
});

describe('DocumentApp documents', () => {
  it('creates a document in My Drive with a docs URL', () => {
    const t = setup();
    const doc = t.DocumentApp.create('Draf SK');
    expect(doc.getName()).toBe('Draf SK');
    expect(doc.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit`);
    const root = t.DriveApp.getRootFolder();
    expect(t.drive.listFolder(root.getId()).map((f) => f.name)).toEqual(['Draf SK']);
    expect(t.DocumentApp.openByUrl(doc.getUrl()).getName()).toBe('Draf SK');
  });

  it('throws on every call after saveAndClose, and can be opened again', () => {
    const t = setup();
    const doc = t.DocumentApp.create('d');
    const body = doc.getBody();
    body.appendParagraph('a');
    doc.saveAndClose();
    expect(() => body.appendParagraph('b')).toThrow('Document is closed, its contents cannot be updated.');
    expect(() => doc.getBody()).toThrow('Document is closed, its contents cannot be updated.');
    expect(doc.getUrl()).toContain(doc.getId());
    const again = t.DocumentApp.openById(doc.getId());
    again.getBody().appendParagraph('b');
    expect(t.docs.text(doc.getId()).body).toBe('\na\nb');
  });

  it('exports a PDF blob', () => {
    const t = setup();
    const doc = t.DocumentApp.create('SK');
    doc.getBody().appendParagraph('isi');
    doc.saveAndClose();
    const blob = doc.getAs('application/pdf');
    expect(blob.getContentType()).toBe('application/pdf');
    expect(blob.getBytes().length).toBeGreaterThan(10);
    expect(blob.getDataAsString()).toContain('isi');
  });

  it('gives Google\'s error for a missing document', () => {
    const t = setup();
    expect(() => t.DocumentApp.openById('nope')).toThrow("Document nope is missing (perhaps it was deleted, or you don't have read access?)");
  });

  it('is refused in a simple trigger', () => {
    const t = setup();
    const id = template(t);
    t.kernel.beginExecution('simple-trigger');
    expect(() => t.DocumentApp.openById(id)).toThrow(
      'You do not have permission to call DocumentApp.openById. Required permissions: https://www.googleapis.com/auth/documents',
    );
    expect(() => t.DocumentApp.create('x')).toThrow(/DocumentApp.create/);
  });

  it('counts every call', () => {
    const t = setup();
    const doc = t.DocumentApp.openById(template(t));
    t.kernel.resetCalls();
    const body = doc.getBody();
    body.appendParagraph('a');
    body.appendParagraph('b').setHeading(t.DocumentApp.ParagraphHeading.HEADING2);
    body.replaceText('a', 'b');
    doc.getHeader().getText();
    expect(t.kernel.calls()).toEqual({
      'DocumentApp.Body.appendParagraph': 2,
      'DocumentApp.Body.replaceText': 1,
      'DocumentApp.Document.getBody': 1,
      'DocumentApp.Document.getHeader': 1,
      'DocumentApp.HeaderSection.getText': 1,
      'DocumentApp.Paragraph.setHeading': 1,
    });
  });
});

describe('DocumentApp inline images', () => {
  it('appends an image from a Drive blob at one point per pixel, resizable; refuses a blob that is no image', async () => {
    const { png } = await import('../../../src/offline/demo/emblem');
    const kernel = new Kernel();
    const docs = createDocumentApp(kernel);
    const drive = createDriveApp(kernel);
    const DocumentApp = docs.DocumentApp as any;
    const DriveApp = drive.DriveApp as any;
    const id = drive.backdoor.createFile('logo.png', 'image/png', png(30, 40, () => [0, 0, 255, 255]));
    const blob = DriveApp.getFileById(id).getBlob();
    expect(blob.getContentType()).toBe('image/png');
    const doc = DocumentApp.create('d');
    const image = doc.getBody().appendParagraph('').appendInlineImage(blob);
    expect([image.getWidth(), image.getHeight()]).toEqual([30, 40]);
    image.setWidth(15).setHeight(20);
    const tree = docs.backdoor.tree(doc.getId());
    const last = tree.body[tree.body.length - 1];
    expect(last.type === 'PARAGRAPH' && last.children[0]).toMatchObject({ type: 'INLINE_IMAGE', mimeType: 'image/png', width: 15, height: 20 });
    const pdf = DriveApp.getFileById(doc.getId()).getBlob();
    expect(() => doc.getBody().appendParagraph('').appendInlineImage(pdf)).toThrow(/not a PNG, GIF or JPEG/);
    expect(() => image.setWidth(0)).toThrow(/width/);
  });
});
