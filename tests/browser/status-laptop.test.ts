/**
 * Status & Bantuan on a 1366 × 768 laptop. Google shows a modal dialog in the browser's page area
 * (LAPTOP_PAGE: the screen less Chrome's bars and the taskbar), with its own title bar and frame
 * around the script's page (DIALOG_CHROME). The dialog, chrome included, fits that area; its page
 * is as wide as the frame (nothing cut off at the right); what is taller than the frame scrolls
 * inside it, down to the last button.
 */
import { describe, expect, it } from 'vitest';
import { preparedWorkspace, sheetValues } from '../e2e/helpers';
import { browserForFile, connectedWithoutDailyCheck, DIALOG_CHROME, LAPTOP_PAGE, lastShown } from './harness';

const serve = browserForFile();

describe('Status & Bantuan on a 1366 × 768 laptop (browser)', () => {
  it('fits the screen with Google\'s dialog chrome, nothing cut off, and scrolls inside to its last button', async () => {
    const ws = preparedWorkspace();
    // A full report: a Form connected, its daily check gone (a red row with its meaning), errors logged.
    connectedWithoutDailyCheck(ws);
    const log = sheetValues(ws, 'Log Kesalahan') ?? [];
    ws.sheets.userWrite(ws.spreadsheetId, 'Log Kesalahan', log.length + 1, 1, [
      [new Date(Date.UTC(2026, 10, 27, 0, 30)), 'Survei', 'Kolom "Unit Kerja" tidak ditemukan di formulir survei. '.repeat(4), 'Hubungkan ulang formulir survei'],
    ]);

    ws.run('menuStatusBantuan');
    const shown = lastShown(ws, 'modal');
    expect(shown.title).toBe('Status & Bantuan');
    const size = shown.size!;
    expect(size.width + DIALOG_CHROME.width).toBeLessThanOrEqual(LAPTOP_PAGE.width);
    expect(size.height + DIALOG_CHROME.height).toBeLessThanOrEqual(LAPTOP_PAGE.height);

    const p = await serve(ws, shown.content, size);
    await p.idle();
    if (process.env.STATUS_SHOT) await p.page.screenshot({ path: process.env.STATUS_SHOT });
    const metrics = (await p.page.evaluate(
      '(() => { const e = document.scrollingElement; return { sw: e.scrollWidth, cw: e.clientWidth, sh: e.scrollHeight, ch: e.clientHeight, overflow: getComputedStyle(document.body).overflowY + "/" + getComputedStyle(document.documentElement).overflowY }; })()',
    )) as { sw: number; cw: number; sh: number; ch: number; overflow: string };
    // Nothing runs past the frame's right edge.
    expect(metrics.sw).toBeLessThanOrEqual(metrics.cw);
    // Taller than the frame: it scrolls inside (never hidden).
    expect(metrics.sh).toBeGreaterThan(metrics.ch);
    expect(metrics.overflow).not.toContain('hidden');
    for (const name of ['Perbaiki Pemicu', 'Periksa Lagi', 'Tutup']) {
      const button = p.page.getByRole('button', { name });
      await button.scrollIntoViewIfNeeded();
      const box = (await button.boundingBox())!;
      expect(box.x, name).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, name).toBeLessThanOrEqual(size.width);
      expect(box.y, name).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, name).toBeLessThanOrEqual(size.height);
    }
    // Scrolled to the end, the last line of the page is in the frame.
    await p.page.evaluate('window.scrollTo(0, document.scrollingElement.scrollHeight)');
    const last = (await p.page.evaluate('(() => { const all = document.body.querySelectorAll("*"); let bottom = 0; for (const e of all) { const r = e.getBoundingClientRect(); if (r.height > 0) bottom = Math.max(bottom, r.bottom); } return bottom; })()')) as number;
    expect(last).toBeLessThanOrEqual(size.height + 1);
    expect(p.pageErrors).toEqual([]);
    await p.page.context().close();
  });
});
