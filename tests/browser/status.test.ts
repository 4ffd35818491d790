/**
 * Status & Bantuan in a real browser over the real server functions: trigger states, the repair
 * button, the last error, counts, and closing.
 */
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../src/offline/workspace/index';
import { preparedWorkspace, sheetValues } from '../e2e/helpers';
import { browserForFile, connectedWithoutDailyCheck, lastShown, type ServedPage } from './harness';

const serve = browserForFile();

async function openStatus(ws: Workspace): Promise<ServedPage> {
  ws.run('menuStatusBantuan');
  const shown = lastShown(ws, 'modal');
  expect(shown.title).toBe('Status & Bantuan');
  return serve(ws, shown.content, shown.size!);
}

const rowOf = (p: ServedPage, label: string) => p.page.locator('#triggers tr', { hasText: label });

describe('Status & Bantuan (browser)', () => {
  it('a fresh install opens without red: nothing connected yet, and it says what happens when a Form is connected', async () => {
    const ws = preparedWorkspace();
    const p = await openStatus(ws);
    expect(await p.page.locator('#triggers tr[data-state="missing"], #triggers tr[data-state="problem"]').count()).toBe(0);
    expect(await p.page.locator('#message').getAttribute('class')).not.toContain('bad');
    expect(await p.page.locator('#message').textContent()).toContain('Belum ada formulir yang terhubung');
    expect(await rowOf(p, 'Pemeriksaan Harian').textContent()).toContain('formulir pertama');
    expect(await p.page.locator('#repair-plan').textContent()).toContain('tidak mengubah apa pun');
    expect(p.pageErrors).toEqual([]);
    await p.page.context().close();
  });

  it('a daily check that went missing is red with what it means, the button says what it will do, and does it', async () => {
    const ws = preparedWorkspace();
    connectedWithoutDailyCheck(ws);
    const p = await openStatus(ws);
    const daily = rowOf(p, 'Pemeriksaan Harian');
    expect(await daily.getAttribute('data-state')).toBe('missing');
    expect(await daily.textContent()).toContain('Tidak terpasang');
    expect(await daily.locator('.meaning').textContent()).toContain('Artinya: Tanpa pemeriksaan harian');
    expect(await rowOf(p, 'Kiriman Formulir Penjaringan').getAttribute('data-state')).toBe('ok');
    expect(await p.page.locator('#message').textContent()).toContain('Perbaiki Pemicu');
    const plan = p.page.locator('#repair-plan');
    expect(await plan.textContent()).toBe('Bila ditekan, Perbaiki Pemicu akan: memasang kembali Pemeriksaan Harian.');
    // Screen readers hear the plan with the button.
    expect(await p.page.getByRole('button', { name: 'Perbaiki Pemicu' }).getAttribute('aria-describedby')).toBe('repair-plan');

    await p.page.getByRole('button', { name: 'Perbaiki Pemicu' }).click();
    await p.idle();
    expect(await p.page.locator('#message').textContent()).toContain('Dipasang kembali: Pemeriksaan Harian.');
    expect(await daily.getAttribute('data-state')).toBe('ok');
    expect(await daily.textContent()).toContain(`Dipasang oleh ${ws.kernel.user}`);
    expect(ws.kernel.triggers.filter((t) => t.handler === 'cekHarian')).toHaveLength(1);
    expect(await p.page.locator('#notes').textContent()).toContain('Perbaiki Pemicu oleh');
    expect(p.requests).toEqual([]);
    expect(p.pageErrors).toEqual([]);
    await p.page.context().close();
  });

  it('shows the last error of Log Kesalahan and the counts, as text', async () => {
    const ws = preparedWorkspace();
    const evil = '<img src=x onerror="window.__xss=1">';
    const log = sheetValues(ws, 'Log Kesalahan') ?? [];
    ws.sheets.userWrite(ws.spreadsheetId, 'Log Kesalahan', log.length + 1, 1, [
      [new Date(Date.UTC(2026, 10, 26, 1, 5)), 'Penjaringan', 'Formulir lama', 'Periksa tautan'],
      [new Date(Date.UTC(2026, 10, 27, 0, 30)), 'Survei', `Kolom ${evil} hilang`, 'Hubungkan ulang formulir survei'],
    ]);
    ws.sheets.userWrite(ws.spreadsheetId, 'Log Dokumen', 2, 1, [
      [new Date(), 'Draf SK Agen Perubahan', 'https://docs.google.com/document/d/x/edit', 'tim.rb', ''],
    ]);
    const p = await openStatus(ws);
    const error = (await p.page.locator('#last-error').textContent()) ?? '';
    expect(error).toContain('27 November 2026 08.30 WITA · Survei');
    expect(error).toContain(`Kolom ${evil} hilang`);
    expect(error).toContain('Hubungkan ulang formulir survei');
    expect(error).toContain('Seluruhnya 2 baris');
    expect(await p.page.evaluate('window.__xss')).toBeUndefined();
    expect(await p.page.locator('#last-error img').count()).toBe(0);
    const counts = (await p.page.locator('#counts').textContent()) ?? '';
    expect(counts).toContain('Dokumen dibuat (Log Dokumen)1');
    expect(p.requests).toEqual([]);
    await p.page.context().close();
  });

  it('closes with Tutup', async () => {
    const ws = preparedWorkspace();
    const p = await openStatus(ws);
    expect(await p.closed()).toBe(false);
    await p.page.getByRole('button', { name: 'Tutup' }).click();
    expect(await p.closed()).toBe(true);
    await p.page.context().close();
  });
});
