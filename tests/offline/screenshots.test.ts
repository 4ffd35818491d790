/**
 * The pictures of the README's "Yang akan Anda lihat" section: the demo draws them into out/demo/
 * (not committed). `Rekap Penjaringan` and `Ringkasan Survei` as LibreOffice prints them, the
 * Pengaturan sidebar in Chromium at a laptop's size; the README shows exactly these files.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { LAPTOP_SIDEBAR } from '../../src/offline/browser/pages';
import { SCREENSHOTS, writeScreenshots } from '../../src/offline/demo/screenshots';
import { ballot, connected, pns } from '../e2e/nominations-helpers';
import { connectedSurvey, surveyAnswers, SURVEY_UNITS } from '../e2e/survey-helpers';

/** Width and height of a PNG (its IHDR chunk). */
function pngSize(path: string): { width: number; height: number } {
  const b = readFileSync(path);
  expect(b.toString('latin1', 1, 4)).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('the demo’s pictures of what the team sees', () => {
  it('draws Rekap Penjaringan, Ringkasan Survei and the sidebar, and the README shows those files', async () => {
    const { ws, formId } = connectedSurvey();
    [[1, 2, 2, 1, 1], [2, 2, 2, 2, 2], [4, 4, 3, 4, 4]].forEach((a, i) => ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[i], a), { email: `r${i}@dinkes.go.id` }));
    const nominations = connected(ws);
    pns.slice(40, 46).forEach((voter, i) => ws.forms.submit(nominations, ballot(voter, pns[i % 3].nama)));
    const dir = mkdtempSync(join(tmpdir(), 'tampilan-test-'));
    try {
      const out = await writeScreenshots(ws, dir);
      expect(out.skipped).toEqual([]);
      expect(out.files.map((f) => basename(f)).sort()).toEqual(Object.values(SCREENSHOTS).sort());
      const sidebar = pngSize(join(dir, SCREENSHOTS.sidebar));
      expect(sidebar).toEqual({ width: LAPTOP_SIDEBAR.width, height: LAPTOP_SIDEBAR.height });
      for (const sheet of [SCREENSHOTS.tally, SCREENSHOTS.summary]) {
        const size = pngSize(join(dir, sheet));
        expect(size.width, sheet).toBeGreaterThan(800);
        expect(size.height, sheet).toBeGreaterThan(500);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
    const shown = [...readme.matchAll(/!\[[^\]]*\]\(out\/demo\/([^)]+\.png)\)/g)].map((m) => m[1]);
    expect(shown.sort()).toEqual(Object.values(SCREENSHOTS).sort());
  }, 300_000);
});
