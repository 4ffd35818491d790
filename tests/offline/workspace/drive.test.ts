import { describe, it, expect } from 'vitest';
import { Kernel, MimeTypes } from '../../../src/offline/workspace/index';
import { createDocumentApp } from '../../../src/offline/workspace/index';
import { createDriveApp, NOT_FOUND_ERROR } from '../../../src/offline/workspace/index';

function setup() {
  const kernel = new Kernel();
  const docs = createDocumentApp(kernel);
  const drive = createDriveApp(kernel);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const any = (x: unknown) => x as any;
  return { kernel, DocumentApp: any(docs.DocumentApp), DriveApp: any(drive.DriveApp), docs: docs.backdoor, drive: drive.backdoor };
}

interface Named {
  getId(): string;
  getName(): string;
}

function drain(it: { hasNext(): boolean; next(): Named }): Named[] {
  const out: Named[] = [];
  while (it.hasNext()) out.push(it.next());
  return out;
}

describe('DriveApp makeCopy', () => {
  it('copies a template Doc with its header and footer into a folder, as an independent document', () => {
    const t = setup();
    const folder = t.drive.createFolder('Draf SK');
    const templateId = t.docs.createDocument('Template', [{ type: 'PARAGRAPH', text: 'Nama: {{NAMA}}' }], {
      header: ['KOP {{TAHUN}}'],
      footer: ['Kupang'],
    });
    const created = t.DriveApp.getFileById(templateId).getDateCreated().getTime();
    t.kernel.advance(60_000);
    const copy = t.DriveApp.getFileById(templateId).makeCopy('SK Agen 2026', t.DriveApp.getFolderById(folder));
    expect(copy.getId()).not.toBe(templateId);
    expect(copy.getName()).toBe('SK Agen 2026');
    expect(copy.getMimeType()).toBe(MimeTypes.DOCUMENT);
    expect(copy.getDateCreated().getTime()).toBeGreaterThanOrEqual(created + 60_000);
    expect(t.drive.listFolder(folder)).toEqual([{ id: copy.getId(), name: 'SK Agen 2026', mimeType: MimeTypes.DOCUMENT }]);

    const doc = t.DocumentApp.openById(copy.getId());
    doc.getHeader().replaceText('\\{\\{TAHUN\\}\\}', '2026');
    doc.getBody().replaceText('\\{\\{NAMA\\}\\}', 'Ana');
    expect(t.docs.text(copy.getId())).toEqual({ body: 'Nama: Ana', header: 'KOP 2026', footer: 'Kupang' });
    expect(t.docs.text(templateId)).toEqual({ body: 'Nama: {{NAMA}}', header: 'KOP {{TAHUN}}', footer: 'Kupang' });
  });

  it('names a copy "Copy of …" and keeps it beside the original by default', () => {
    const t = setup();
    const folder = t.drive.createFolder('F');
    const id = t.docs.createDocument('Template', [], { folderId: folder });
    const copy = t.DriveApp.getFileById(id).makeCopy();
    expect(copy.getName()).toBe('Copy of Template');
    expect(drain(copy.getParents()).map((f) => f.getId())).toEqual([folder]);
  });
});

describe('DriveApp trash and removal', () => {
  it('still opens a trashed file, and refuses a removed one with Google\'s error', () => {
    const t = setup();
    const id = t.docs.createDocument('Lama', [{ type: 'PARAGRAPH', text: 'x' }]);
    t.drive.trash(id);
    expect(t.DriveApp.getFileById(id).isTrashed()).toBe(true);
    expect(t.DocumentApp.openById(id).getBody().getText()).toBe('x');
    expect(t.drive.listFolder(t.DriveApp.getRootFolder().getId())).toEqual([]);

    t.drive.remove(id);
    expect(() => t.DriveApp.getFileById(id)).toThrow(NOT_FOUND_ERROR);
    expect(() => t.DocumentApp.openById(id)).toThrow(/is missing/);
    expect(() => t.DriveApp.getFolderById('nope')).toThrow(NOT_FOUND_ERROR);
  });

  it('setTrashed from the script moves a file to the bin and back', () => {
    const t = setup();
    const file = t.DriveApp.getFileById(t.docs.createDocument('A', []));
    file.setTrashed(true);
    expect(file.isTrashed()).toBe(true);
    file.setTrashed(false);
    expect(file.isTrashed()).toBe(false);
  });
});

describe('DriveApp folders and files', () => {
  it('lists files and folders with iterators, trashed ones included as on Google', () => {
    const t = setup();
    const root = t.DriveApp.getRootFolder();
    const out = root.createFolder('Keluaran');
    const sub = out.createFolder('2026');
    const a = t.docs.createDocument('SK A', [], { folderId: out.getId() });
    const b = t.docs.createDocument('SK B', [], { folderId: out.getId() });
    t.drive.trash(b);
    expect(drain(out.getFiles()).map((f) => f.getName())).toEqual(['SK A', 'SK B']);
    expect(drain(out.getFilesByName('SK A')).map((f) => f.getId())).toEqual([a]);
    expect(drain(out.getFolders()).map((f) => f.getName())).toEqual(['2026']);
    expect(drain(root.getFolders()).map((f) => f.getName())).toEqual(['Keluaran']);
    expect(drain(t.DriveApp.getFilesByName('SK B'))).toHaveLength(1);
    expect(t.drive.listFolder(out.getId()).map((f) => f.name)).toEqual(['2026', 'SK A']);
    expect(sub.getUrl()).toBe(`https://drive.google.com/drive/folders/${sub.getId()}`);
    const it = out.getFolders();
    it.next();
    expect(() => it.next()).toThrow(/iterator has reached the end/);
  });

  it('moves a file, tells its owner, dates, URL and exports a PDF', () => {
    const t = setup();
    const dest = t.DriveApp.createFolder('Arsip');
    const doc = t.DocumentApp.create('Berita Acara');
    doc.getBody().appendParagraph('hasil');
    const file = t.DriveApp.getFileById(doc.getId());
    file.moveTo(dest);
    expect(drain(file.getParents()).map((f) => f.getName())).toEqual(['Arsip']);
    expect(file.getOwner().getEmail()).toBe(t.kernel.user);
    expect(Object.prototype.toString.call(file.getLastUpdated())).toBe('[object Date]');
    expect(file.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit?usp=drivesdk`);
    const pdf = file.getAs('application/pdf');
    expect(pdf.getContentType()).toBe('application/pdf');
    expect(pdf.getDataAsString()).toContain('hasil');
  });

  it('counts every call and refuses all of them in a simple trigger', () => {
    const t = setup();
    const id = t.docs.createDocument('A', []);
    t.kernel.resetCalls();
    const file = t.DriveApp.getFileById(id);
    file.getName();
    file.getName();
    file.makeCopy('B');
    expect(t.kernel.calls()).toEqual({ 'DriveApp.getFileById': 1, 'DriveApp.File.getName': 2, 'DriveApp.File.makeCopy': 1 });
    t.kernel.beginExecution('simple-trigger');
    expect(() => t.DriveApp.getFileById(id)).toThrow(
      'You do not have permission to call DriveApp.getFileById. Required permissions: https://www.googleapis.com/auth/drive',
    );
    expect(() => file.getName()).toThrow(/permission/);
  });
});
