/**
 * The Uji Kesiapan entry of Status & Bantuan in a real browser: never run, then
 * the last result with the checks that need action, as text.
 */
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../src/offline/workspace/index';
import { preparedWorkspace } from '../e2e/helpers';
import { browserForFile, lastShown } from './harness';

const serve = browserForFile();

async function readinessLine(ws: Workspace): Promise<string> {
  ws.run('menuStatusBantuan');
  const p = await serve(ws, lastShown(ws, 'modal').content, { width: 680, height: 600 });
  await p.page.locator('#readiness:not(:empty)').waitFor();
  const text = (await p.page.locator('#readiness').textContent()) ?? '';
  expect(p.pageErrors).toEqual([]);
  await p.page.context().close();
  return text;
}

describe('Status & Bantuan shows the last Uji Kesiapan (browser)', () => {
  it('before the first run it says to run it; after a run with a problem it names that check', async () => {
    const ws = preparedWorkspace();
    expect(await readinessLine(ws)).toBe('Belum pernah dijalankan. Jalankan menu Agen Perubahan › Uji Kesiapan sekali setelah pemasangan.');
    ws.sheets.setTimeZone(ws.spreadsheetId, 'Asia/Jakarta');
    ws.run('menuUjiKesiapan');
    expect(await readinessLine(ws)).toMatch(/^\d+ \w+ 2026 \d\d\.\d\d WITA oleh tim\.rb@dinkes\.nttprov\.go\.id: 11 dari 12 pemeriksaan OK; perlu tindakan: Zona waktu \(lihat lembar Uji Kesiapan\)\.$/);
  });
});
