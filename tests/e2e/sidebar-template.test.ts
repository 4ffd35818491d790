/**
 * The sidebar's "ID Template SK" and "ID Folder Keluaran" fields through the built bundle:
 * "Buat template bawaan" (sidebarCreateTemplate) and the check on save that a typed template is a
 * Doc that opens and a typed folder is a folder that opens.
 */
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../src/offline/workspace/index';
import { preparedWorkspace, sheetValues } from './helpers';

interface Creation {
  ok: boolean;
  created: boolean;
  id: string;
  url: string;
  message: string;
}
interface Save {
  ok: boolean;
  errors: Record<string, string>;
  saved: string[];
  message: string;
}

const create = (ws: Workspace) => ws.run<Creation>('sidebarCreateTemplate');
const save = (ws: Workspace, input: Record<string, string>) => ws.run<Save>('sidebarSave', input);
const setting = (ws: Workspace, label: string) => (sheetValues(ws, 'Pengaturan') ?? []).find((r) => r[0] === label)?.[1];
const docLog = (ws: Workspace) => (sheetValues(ws, 'Log Dokumen') ?? []).slice(1).filter((r) => r.some((c) => c !== ''));

function typeSetting(ws: Workspace, label: string, value: string): void {
  const i = (sheetValues(ws, 'Pengaturan') ?? []).findIndex((r) => r[0] === label);
  ws.sheets.userWrite(ws.spreadsheetId, 'Pengaturan', i + 1, 2, [[value]]);
}

function aDoc(ws: Workspace, name = 'Template SK kami'): string {
  return ws.docs.createDocument(name, [{ type: 'PARAGRAPH', text: 'Menetapkan {{NAMA}}' }]);
}

describe('sidebarCreateTemplate', () => {
  it('creates the default template, records its id in Pengaturan and the Doc in Log Dokumen', () => {
    const ws = preparedWorkspace();
    const r = create(ws);
    expect(r.ok).toBe(true);
    expect(r.created).toBe(true);
    expect(r.id).not.toBe('');
    expect(r.url).toBe(`https://docs.google.com/document/d/${r.id}/edit`);
    expect(r.message).toContain('Template SK dibuat');
    expect(setting(ws, 'ID Template SK')).toBe(r.id);
    const text = ws.docs.text(r.id);
    for (const part of ['MEMUTUSKAN', 'KESATU', 'LAMPIRAN', '{{NAMA}}']) expect(text.body).toContain(part);
    expect(docLog(ws)).toHaveLength(1);
    // No dialog: the sidebar shows the result itself.
    expect(ws.ui.shown().filter((s) => s.kind === 'alert')).toEqual([]);
  });

  it('a second press makes nothing and says the template is there', () => {
    const ws = preparedWorkspace();
    const first = create(ws);
    const again = create(ws);
    expect(again).toMatchObject({ ok: true, created: false, id: first.id });
    expect(again.message).toContain('sudah ada');
    expect(again.message).toContain('kosongkan ID Template SK');
    expect(docLog(ws)).toHaveLength(1);
  });

  it('puts the template into the saved output folder', () => {
    const ws = preparedWorkspace();
    const folder = ws.drive.createFolder('Draf SK Agen Perubahan');
    expect(save(ws, { outputFolderId: `https://drive.google.com/drive/folders/${folder}` }).ok).toBe(true);
    const r = create(ws);
    expect(ws.drive.listFolder(folder).map((f) => f.id)).toEqual([r.id]);
  });

  it('replaces a template that was deleted', () => {
    const ws = preparedWorkspace();
    const first = create(ws);
    ws.drive.remove(first.id);
    const r = create(ws);
    expect(r.created).toBe(true);
    expect(r.id).not.toBe(first.id);
    expect(setting(ws, 'ID Template SK')).toBe(r.id);
  });

  it('a deleted output folder: the message names the Pengaturan row, nothing is made or recorded', () => {
    const ws = preparedWorkspace();
    const folder = ws.drive.createFolder('Draf SK');
    save(ws, { outputFolderId: folder });
    ws.drive.remove(folder);
    const r = create(ws);
    expect(r.ok).toBe(false);
    expect(r.id).toBe('');
    expect(r.message).toContain('Folder keluaran');
    expect(r.message).toContain('ID Folder Keluaran');
    expect(setting(ws, 'ID Template SK')).toBe('');
    expect(docLog(ws)).toHaveLength(0);
  });

  it('without Pengaturan it says to run Siapkan Lembar Kerja', () => {
    const ws = preparedWorkspace();
    ws.sheets.userDeleteSheet(ws.spreadsheetId, 'Pengaturan');
    const r = create(ws);
    expect(r.ok).toBe(false);
    expect(r.message).toContain('Siapkan Lembar Kerja');
  });
});

describe('sidebarSave: template and output folder must open and be the right kind', () => {
  type Case = { name: string; key: 'templateId' | 'outputFolderId'; value: (ws: Workspace) => string; error: string | null };
  const cases: Case[] = [
    { name: 'a Google Doc by link', key: 'templateId', value: (ws) => `https://docs.google.com/document/d/${aDoc(ws)}/edit`, error: null },
    { name: 'a Doc that does not exist', key: 'templateId', value: () => '1NoSuchTemplateDocAnywhere00000000000', error: 'tidak dapat dibuka' },
    {
      name: 'a Doc in the bin',
      key: 'templateId',
      value: (ws) => {
        const id = aDoc(ws);
        ws.drive.trash(id);
        return id;
      },
      error: 'Sampah',
    },
    { name: 'a folder where a Doc is expected', key: 'templateId', value: (ws) => ws.drive.createFolder('Folder'), error: 'bukan Google Doc' },
    { name: 'a folder by link', key: 'outputFolderId', value: (ws) => `https://drive.google.com/drive/folders/${ws.drive.createFolder('Draf')}`, error: null },
    { name: 'a folder that does not exist', key: 'outputFolderId', value: () => '1NoSuchFolderAnywhere000000000000000', error: 'tidak dapat dibuka' },
    {
      name: 'a folder in the bin',
      key: 'outputFolderId',
      value: (ws) => {
        const id = ws.drive.createFolder('Lama');
        ws.drive.trash(id);
        return id;
      },
      error: 'Sampah',
    },
    { name: 'a Doc where a folder is expected', key: 'outputFolderId', value: (ws) => aDoc(ws), error: 'bukan folder' },
  ];
  const LABEL = { templateId: 'ID Template SK', outputFolderId: 'ID Folder Keluaran' };

  for (const c of cases) {
    it(`${LABEL[c.key]}: ${c.name}`, () => {
      const ws = preparedWorkspace();
      const value = c.value(ws);
      const before = JSON.stringify(sheetValues(ws, 'Pengaturan'));
      const r = save(ws, { [c.key]: value, kota: 'Atambua' });
      if (c.error === null) {
        expect(r.ok).toBe(true);
        expect(r.saved).toContain(LABEL[c.key]);
        expect(String(setting(ws, LABEL[c.key]))).not.toBe('');
        expect(value).toContain(String(setting(ws, LABEL[c.key])));
      } else {
        expect(r.ok).toBe(false);
        expect(r.errors[c.key]).toContain(c.error);
        expect(Object.keys(r.errors)).toEqual([c.key]);
        // Nothing is written, not even the good field.
        expect(JSON.stringify(sheetValues(ws, 'Pengaturan'))).toBe(before);
      }
    });
  }

  it('an unchanged template that has since been deleted does not block saving other fields', () => {
    const ws = preparedWorkspace();
    const id = aDoc(ws);
    typeSetting(ws, 'ID Template SK', id);
    ws.drive.remove(id);
    const r = save(ws, { templateId: id, kota: 'Atambua' });
    expect(r.ok).toBe(true);
    expect(setting(ws, 'Kota')).toBe('Atambua');
  });
});
