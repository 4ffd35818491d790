/**
 * The sidebar's "Buat template bawaan" button in a real browser, wired to the real server
 * functions of the built bundle over the in-memory Workspace: the id appears in the field, the
 * Pengaturan sheet holds it, and problems show next to the field.
 */
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../src/offline/workspace/index';
import { preparedWorkspace, sheetValues } from '../e2e/helpers';
import { browserForFile, lastShown, openAllSections, type ServedPage } from './harness';

const serve = browserForFile();

const setting = (ws: Workspace, label: string) => (sheetValues(ws, 'Pengaturan') ?? []).find((r) => r[0] === label)?.[1];

async function openSidebar(ws: Workspace): Promise<ServedPage> {
  ws.run('menuPengaturan');
  const p = await serve(ws, lastShown(ws, 'sidebar').content);
  await openAllSections(p);
  return p;
}

const templateField = (p: ServedPage) => p.page.getByLabel('ID Template SK', { exact: true });
const button = (p: ServedPage) => p.page.getByRole('button', { name: 'Buat template bawaan' });

describe('Pengaturan sidebar: Buat template bawaan (browser)', () => {
  it('creates the default template: its id appears in the field and in the Pengaturan sheet', async () => {
    const ws = preparedWorkspace();
    const p = await openSidebar(ws);
    expect(await templateField(p).inputValue()).toBe('');
    expect(setting(ws, 'ID Template SK')).toBe('');
    await button(p).click();
    await p.idle();
    const id = String(setting(ws, 'ID Template SK'));
    expect(id).not.toBe('');
    expect(await templateField(p).inputValue()).toBe(id);
    expect(ws.docs.text(id).body).toContain('MEMUTUSKAN');
    expect(await p.page.locator('#t-templateId').textContent()).toContain('Template SK dibuat');
    expect(await p.page.getByRole('link', { name: 'Buka template di Google Docs' }).getAttribute('href')).toBe(
      `https://docs.google.com/document/d/${id}/edit`,
    );
    expect(await p.page.locator('#status').textContent()).toContain('tersimpan di lembar Pengaturan');
    expect(p.calls.map((c) => c.name)).toEqual(['sidebarLoad', 'sidebarCreateTemplate']);
    // The field now counts as saved: pressing Simpan changes nothing.
    await p.page.getByRole('button', { name: 'Simpan' }).click();
    await p.idle();
    expect(await p.page.locator('#status').textContent()).toBe('Tidak ada perubahan.');
    // A second press makes nothing.
    await button(p).click();
    await p.idle();
    expect(await p.page.locator('#t-templateId').textContent()).toContain('sudah ada');
    expect(setting(ws, 'ID Template SK')).toBe(id);
    expect(p.pageErrors).toEqual([]);
    expect(p.requests).toEqual([]);
    expect(p.dialogs).toEqual([]);
    await p.page.context().close();
  });

  it('asks to save a changed template or folder field first, and creates nothing', async () => {
    const ws = preparedWorkspace();
    const p = await openSidebar(ws);
    await p.page.getByLabel('ID Folder Keluaran', { exact: true }).fill(ws.drive.createFolder('Draf'));
    await button(p).click();
    expect(await p.page.locator('#t-templateId').textContent()).toContain('Simpan dulu perubahan ID Folder Keluaran');
    expect(p.calls.map((c) => c.name)).toEqual(['sidebarLoad']);
    expect(setting(ws, 'ID Template SK')).toBe('');
    await p.page.context().close();
  });

  it('saves the output folder, then makes the template inside it', async () => {
    const ws = preparedWorkspace();
    const folder = ws.drive.createFolder('Draf SK Agen Perubahan');
    const p = await openSidebar(ws);
    await p.page.getByLabel('ID Folder Keluaran', { exact: true }).fill(`https://drive.google.com/drive/folders/${folder}`);
    await p.page.getByRole('button', { name: 'Simpan' }).click();
    await p.idle();
    await button(p).click();
    await p.idle();
    const id = String(setting(ws, 'ID Template SK'));
    expect(ws.drive.listFolder(folder).map((f) => f.id)).toEqual([id]);
    expect(await templateField(p).inputValue()).toBe(id);
    await p.page.context().close();
  });

  it('a saved output folder that was deleted: the message shows next to the field, nothing is recorded', async () => {
    const ws = preparedWorkspace();
    const folder = ws.drive.createFolder('Draf SK');
    const p = await openSidebar(ws);
    await p.page.getByLabel('ID Folder Keluaran', { exact: true }).fill(folder);
    await p.page.getByRole('button', { name: 'Simpan' }).click();
    await p.idle();
    ws.drive.remove(folder);
    await button(p).click();
    await p.idle();
    const error = (await p.page.locator('#e-templateId').textContent()) ?? '';
    expect(error).toContain('Folder keluaran');
    expect(await templateField(p).getAttribute('aria-invalid')).toBe('true');
    expect(await templateField(p).inputValue()).toBe('');
    expect(setting(ws, 'ID Template SK')).toBe('');
    // Typing a folder that is not there is refused on save, next to its field.
    await p.page.getByLabel('ID Folder Keluaran', { exact: true }).fill(ws.docs.createDocument('Bukan folder', [{ type: 'PARAGRAPH', text: 'x' }]));
    await p.page.getByRole('button', { name: 'Simpan' }).click();
    await p.idle();
    expect(await p.page.locator('#e-outputFolderId').textContent()).toContain('bukan folder');
    expect(setting(ws, 'ID Folder Keluaran')).toBe(folder);
    await p.page.context().close();
  });
});
