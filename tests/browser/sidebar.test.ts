/**
 * The Pengaturan sidebar in a real browser, wired to the real server functions of the built
 * bundle over the in-memory Workspace: what the team sees, types and saves.
 */
import { describe, expect, it } from 'vitest';
import { SIDEBAR_GROUPS } from '../../src/core/settings-form';
import { SETTINGS } from '../../src/core/settings';
import type { Workspace } from '../../src/offline/workspace/index';
import { preparedWorkspace, sheetValues } from '../e2e/helpers';
import { browserForFile, lastShown, openAllSections, type ServedPage } from './harness';

const serve = browserForFile();

const labelOf = (key: string) => SETTINGS.find((d) => d.key === key)!.label;

/** The value cell of a Pengaturan row, by label. */
function setting(ws: Workspace, label: string): unknown {
  const row = (sheetValues(ws, 'Pengaturan') ?? []).find((r) => r[0] === label);
  if (!row) throw new Error(`No Pengaturan row "${label}"`);
  return row[1];
}

function typeSetting(ws: Workspace, label: string, value: string): void {
  const rows = sheetValues(ws, 'Pengaturan') ?? [];
  const i = rows.findIndex((r) => r[0] === label);
  ws.sheets.userWrite(ws.spreadsheetId, 'Pengaturan', i + 1, 2, [[value]]);
}

function nominationForm(ws: Workspace, title = 'Usulan Agen Perubahan 2026'): string {
  const id = ws.forms.createForm({
    title,
    items: [
      { kind: 'TEXT', title: 'NIP Anda' },
      { kind: 'TEXT', title: 'Usulan calon agen perubahan 1' },
      { kind: 'TEXT', title: 'Usulan calon agen perubahan 2' },
      { kind: 'TEXT', title: 'Usulan calon agen perubahan 3' },
    ],
  });
  return ws.forms.view(id).editUrl;
}

function surveyForm(ws: Workspace): string {
  const id = ws.forms.createForm({
    title: 'Survei SOLIDER berAKHLAK',
    items: [
      { kind: 'LIST', title: 'Unit Kerja', choices: ['Sekretariat', 'Bidang Pelayanan Kesehatan'] },
      { kind: 'MULTIPLE_CHOICE', title: 'Pimpinan memberi teladan', choices: ['1. Selalu', '2. Sering', '3. Jarang', '4. Tidak pernah'] },
      { kind: 'MULTIPLE_CHOICE', title: 'Rekan kerja saling membantu', choices: ['1. Selalu', '2. Sering', '3. Jarang', '4. Tidak pernah'] },
    ],
  });
  return ws.forms.view(id).editUrl;
}

async function openSidebar(ws: Workspace): Promise<ServedPage> {
  ws.run('menuPengaturan');
  const shown = lastShown(ws, 'sidebar');
  expect(shown.title).toBe('Pengaturan Agen Perubahan');
  const p = await serve(ws, shown.content);
  await openAllSections(p);
  return p;
}

async function save(p: ServedPage): Promise<string> {
  await p.page.getByRole('button', { name: 'Simpan' }).click();
  await p.idle();
  return (await p.page.locator('#status').textContent()) ?? '';
}

describe('Pengaturan sidebar (browser)', () => {
  it('opens from the menu with a label for every field and the stored values, loading nothing from outside', async () => {
    const ws = preparedWorkspace();
    const p = await openSidebar(ws);
    for (const key of SIDEBAR_GROUPS.flatMap((g) => g.keys)) {
      await expect(p.page.getByLabel(labelOf(key), { exact: true }).count()).resolves.toBe(1);
    }
    expect(await p.page.getByLabel('Nama Instansi', { exact: true }).inputValue()).toBe('Dinas Kesehatan Provinsi Nusa Tenggara Timur');
    expect(await p.page.getByLabel('Kota', { exact: true }).inputValue()).toBe('Kupang');
    expect(await p.page.getByLabel('Jumlah Daftar Pendek', { exact: true }).inputValue()).toBe('5');
    for (const g of SIDEBAR_GROUPS) await expect(p.page.getByRole('group', { name: g.title }).count()).resolves.toBe(1);
    expect(p.calls.map((c) => c.name)).toEqual(['sidebarLoad']);
    expect(p.requests).toEqual([]);
    expect(p.pageErrors).toEqual([]);
    await p.page.context().close();
  });

  it('fills every field, saves, and the Pengaturan sheet holds the new values', async () => {
    const ws = preparedWorkspace();
    const nomUrl = nominationForm(ws);
    const surUrl = surveyForm(ws);
    const templateId = ws.docs.createDocument('Template SK kami', [{ type: 'PARAGRAPH', text: 'Menetapkan {{NAMA}}' }]);
    const folderId = ws.drive.createFolder('Draf SK Agen Perubahan');
    const p = await openSidebar(ws);
    const typed: Record<string, string> = {
      nominationFormUrl: nomUrl,
      surveyFormUrl: surUrl,
      instansi: 'Dinas Kesehatan, Kependudukan dan Pencatatan Sipil Provinsi NTT',
      alamat: 'Jl. Moh. Hatta No. 19, Kupang',
      telepon: '(0380) 833 180',
      emailKantor: 'dinkes@nttprov.go.id',
      kodePos: '85111',
      kota: 'Kupang',
      kepalaNama: 'dr. Maria Fransiska Bria, M.Kes.',
      kepalaNip: '19700101 199503 2 002',
      kepalaPangkat: 'Pembina Utama Muda / IV/c',
      nomorSurat: '800/123/DINKES/2026',
      tanggalPenetapan: '27/11/2026',
      periodeMulai: '1 Januari 2027',
      periodeSelesai: '31/12/2027',
      templateId: `https://docs.google.com/document/d/${templateId}/edit`,
      outputFolderId: `https://drive.google.com/drive/folders/${folderId}`,
      shortlistSize: '6',
      perBallotLimit: '2',
      agentCount: '4',
      assessors: 'Ani Lake, S.KM\nBudi Seran',
    };
    for (const [key, value] of Object.entries(typed)) await p.page.getByLabel(labelOf(key), { exact: true }).fill(value);
    const status = await save(p);
    expect(status).toContain('Tersimpan di lembar Pengaturan');
    const stored: Record<string, string> = {
      ...typed,
      kota: 'Kupang',
      kepalaNip: '197001011995032002',
      tanggalPenetapan: '27 November 2026',
      periodeMulai: '1 Januari 2027',
      periodeSelesai: '31 Desember 2027',
      templateId,
      outputFolderId: folderId,
      assessors: 'Ani Lake, S.KM\nBudi Seran',
    };
    for (const [key, value] of Object.entries(stored)) {
      expect(setting(ws, labelOf(key)), key).toBe(value);
    }
    // Kota did not change, so it is not listed among the saved settings.
    expect(status).not.toContain('Kota');
    expect(status).toContain('Formulir berubah');
    // What was saved is what a fresh load shows.
    await p.page.getByRole('button', { name: 'Muat ulang' }).click();
    await p.idle();
    expect(await p.page.getByLabel('NIP Kepala Dinas', { exact: true }).inputValue()).toBe('197001011995032002');
    expect(await p.page.getByLabel('Periode Tugas Selesai', { exact: true }).inputValue()).toBe('31 Desember 2027');
    expect(p.pageErrors).toEqual([]);
    await p.page.context().close();
  });

  it('shows each bad value next to its field, focuses the first, and writes nothing', async () => {
    const ws = preparedWorkspace();
    const before = JSON.stringify(sheetValues(ws, 'Pengaturan'));
    const p = await openSidebar(ws);
    const bad: Record<string, [string, string]> = {
      nominationFormUrl: ['https://forms.gle/AbCdEf123', 'Tautan pendek'],
      surveyFormUrl: ['https://docs.google.com/forms/d/1NoSuchFormAnywhere0000000000000/edit', 'tidak dapat dibuka'],
      emailKantor: ['dinkes di ntt', 'bukan alamat email'],
      kodePos: ['851', '5 angka'],
      kepalaNip: ['1970 0101', '18 angka'],
      tanggalPenetapan: ['30/02/2026', 'bukan tanggal'],
      periodeMulai: ['1 Januari 2028', ''],
      periodeSelesai: ['31/12/2027', 'lebih awal'],
      templateId: ['template saya', 'Google Drive'],
      outputFolderId: ['https://drive.google.com/drive/folders/1NoSuchFolderAnywhere000000000000000', 'tidak dapat dibuka'],
      shortlistSize: ['0', 'bilangan bulat 1–50'],
      agentCount: ['', 'wajib diisi'],
    };
    for (const [key, [value]] of Object.entries(bad)) await p.page.getByLabel(labelOf(key), { exact: true }).fill(value);
    const status = await save(p);
    expect(status).toContain('Belum disimpan');
    for (const [key, [, message]] of Object.entries(bad)) {
      const input = p.page.getByLabel(labelOf(key), { exact: true });
      const error = (await p.page.locator(`#e-${key}`).textContent()) ?? '';
      if (message === '') {
        expect(error, key).toBe('');
        continue;
      }
      expect(error, key).toContain(message);
      expect(await input.getAttribute('aria-invalid'), key).toBe('true');
      // The message is announced with the field (aria-describedby).
      expect(await input.getAttribute('aria-describedby')).toContain(`e-${key}`);
    }
    const focused = await p.page.evaluate('document.activeElement && document.activeElement.id');
    expect(focused).toBe('f-nominationFormUrl');
    expect(JSON.stringify(sheetValues(ws, 'Pengaturan'))).toBe(before);
    // Fixing the fields clears their messages on the next save.
    await p.page.getByLabel(labelOf('kepalaNip'), { exact: true }).fill('197001011995032002');
    await save(p);
    expect(await p.page.locator('#e-kepalaNip').textContent()).toBe('');
    await p.page.context().close();
  });

  it('"Periksa formulir" opens each Form and shows the detected questions', async () => {
    const ws = preparedWorkspace();
    const nomUrl = nominationForm(ws);
    const surUrl = surveyForm(ws);
    const p = await openSidebar(ws);
    await p.page.getByLabel('URL Formulir Penjaringan', { exact: true }).fill(nomUrl);
    await p.page.locator('#check-nomination').click();
    await p.idle();
    const nom = (await p.page.locator('#r-nominationFormUrl').textContent()) ?? '';
    expect(nom).toContain('Usulan Agen Perubahan 2026');
    expect(nom).toContain('Usulan calon agen perubahan 1; Usulan calon agen perubahan 2; Usulan calon agen perubahan 3');
    expect(nom).toContain('"NIP Anda"');

    await p.page.getByLabel('URL Formulir Survei', { exact: true }).fill(surUrl);
    await p.page.locator('#check-survey').click();
    await p.idle();
    const sur = (await p.page.locator('#r-surveyFormUrl').textContent()) ?? '';
    expect(sur).toContain('Pertanyaan dinilai (2)');
    expect(sur).toContain('Pimpinan memberi teladan; Rekan kerja saling membantu');
    expect(sur).toContain('Unit Kerja');

    // A viewform link is explained next to the field, not in the result box.
    await p.page.getByLabel('URL Formulir Survei', { exact: true }).fill('https://docs.google.com/forms/d/e/1FAIpQLSdXyz0123456789abcdefghij/viewform');
    await p.page.locator('#check-survey').click();
    await p.idle();
    expect(await p.page.locator('#e-surveyFormUrl').textContent()).toContain('tautan untuk mengisi formulir');
    // Checking writes nothing.
    expect(setting(ws, 'URL Formulir Penjaringan')).toBe('');
    await p.page.context().close();
  });

  it('shows names and titles holding HTML as text: nothing in them runs or loads', async () => {
    const ws = preparedWorkspace();
    const evil = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
    typeSetting(ws, 'Penilai Tambahan', `Ani ${evil}\nBudi`);
    typeSetting(ws, 'Nama Kepala Dinas', `dr. ${evil}`);
    const id = ws.forms.createForm({
      title: `Formulir ${evil}`,
      items: [{ kind: 'TEXT', title: `Usulan calon ${evil}` }],
    });
    const p = await openSidebar(ws);
    expect(await p.page.getByLabel('Penilai Tambahan', { exact: true }).inputValue()).toBe(`Ani ${evil}\nBudi`);
    expect(await p.page.getByLabel('Nama Kepala Dinas', { exact: true }).inputValue()).toBe(`dr. ${evil}`);
    await p.page.getByLabel('URL Formulir Penjaringan', { exact: true }).fill(ws.forms.view(id).editUrl);
    await p.page.locator('#check-nomination').click();
    await p.idle();
    expect(await p.page.locator('#r-nominationFormUrl').textContent()).toContain(`Usulan calon ${evil}`);
    expect(await p.page.locator('#r-nominationFormUrl img, #r-nominationFormUrl script').count()).toBe(0);
    expect(await p.page.evaluate('window.__xss')).toBeUndefined();
    expect(p.requests).toEqual([]);
    expect(p.dialogs).toEqual([]);
    await p.page.context().close();
  });

  it('works from the keyboard: Tab reaches Simpan after the last field, Enter in a field saves', async () => {
    const ws = preparedWorkspace();
    const p = await openSidebar(ws);
    await p.page.getByLabel('Penilai Tambahan', { exact: true }).focus();
    await p.page.keyboard.press('Tab');
    expect(await p.page.evaluate('document.activeElement.id')).toBe('save');
    await p.page.getByLabel('Kota', { exact: true }).focus();
    await p.page.keyboard.press('Control+A');
    await p.page.keyboard.type('Atambua');
    await p.page.keyboard.press('Enter');
    await p.idle();
    expect(await p.page.locator('#status').textContent()).toContain('Tersimpan di lembar Pengaturan: Kota.');
    expect(setting(ws, 'Kota')).toBe('Atambua');
    await p.page.context().close();
  });

  it('"Hubungkan formulir" connects each saved Form: trigger installed, result shown', async () => {
    const ws = preparedWorkspace();
    const url = surveyForm(ws);
    const p = await openSidebar(ws);
    await p.page.getByLabel('URL Formulir Survei', { exact: true }).fill(url);
    // Not saved yet: the button says so and changes nothing.
    await p.page.locator('#connect-survey').click();
    expect(await p.page.locator('#c-surveyFormUrl').textContent()).toContain('Simpan dulu');
    await save(p);
    await p.page.locator('#connect-survey').click();
    await p.idle();
    expect(p.calls.map((c) => c.name)).toContain('surveyConnect');
    const text = (await p.page.locator('#c-surveyFormUrl').textContent()) ?? '';
    expect(text.length).toBeGreaterThan(20);
    expect(ws.kernel.triggers.filter((t) => t.handler === 'onSurveyFormSubmit')).toHaveLength(1);
    // The nomination Form the same way.
    await p.page.getByLabel('URL Formulir Penjaringan', { exact: true }).fill(nominationForm(ws));
    await save(p);
    await p.page.locator('#connect-nomination').click();
    await p.idle();
    expect(p.calls.map((c) => c.name)).toContain('nominationConnect');
    expect(await p.page.locator('#c-nominationFormUrl').textContent()).not.toBe('');
    expect(ws.kernel.triggers.filter((t) => t.handler === 'onNominationFormSubmit')).toHaveLength(1);
    expect(p.pageErrors).toEqual([]);
    await p.page.context().close();
  });

  it('as an add-on, connecting asks first on the page and acts only after "Ya, lanjutkan"', async () => {
    const ws = preparedWorkspace({ addOn: true });
    const url = surveyForm(ws);
    const p = await openSidebar(ws);
    await p.page.getByLabel('URL Formulir Survei', { exact: true }).fill(url);
    await save(p);
    await p.page.locator('#connect-survey').click();
    await p.idle();
    expect(await p.page.locator('#q-surveyFormUrl').textContent()).not.toBe('');
    expect(ws.kernel.triggers.filter((t) => t.eventType === 'ON_FORM_SUBMIT')).toHaveLength(0);
    await p.page.getByRole('button', { name: 'Batal' }).click();
    expect(await p.page.locator('#c-surveyFormUrl').textContent()).toContain('Dibatalkan');
    await p.page.locator('#connect-survey').click();
    await p.idle();
    await p.page.getByRole('button', { name: 'Ya, lanjutkan' }).click();
    await p.idle();
    expect(ws.kernel.triggers.filter((t) => t.handler === 'onSpreadsheetFormSubmit')).toHaveLength(1);
    expect(p.calls.filter((c) => c.name === 'surveyConnect').map((c) => c.args)).toEqual([[false], [false], [true]]);
    await p.page.context().close();
  });

  it('tells the team to run setup when Pengaturan does not exist', async () => {
    const ws = preparedWorkspace();
    ws.sheets.userDeleteSheet(ws.spreadsheetId, 'Pengaturan');
    const p = await openSidebar(ws);
    expect(await p.page.locator('#status').textContent()).toContain('Siapkan Lembar Kerja');
    expect(await p.page.getByRole('button', { name: 'Simpan' }).isDisabled()).toBe(true);
    await p.page.context().close();
  });
});
