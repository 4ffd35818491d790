/**
 * Pictures of what the team sees, for the README's "Yang akan Anda lihat": `Rekap Penjaringan`
 * and `Ringkasan Survei` as LibreOffice draws the demo's workbook (one sheet each, converted to
 * PDF, its first page to PNG), and the Pengaturan sidebar in Chromium at a laptop's size after a
 * save. Written into the demo's output folder; needs LibreOffice, poppler (pdftoppm) and
 * Chromium, and says which is missing instead of failing the demo.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { SHEETS } from '../../core/schema';
import { chromiumPath, LAPTOP_SIDEBAR, launchBrowser, servePage } from '../browser/pages';
import { finishXlsx } from '../output/xlsx-parts';
import { workbookFromSnapshots } from '../output/xlsx';
import type { Workspace } from '../workspace/index';

export const SCREENSHOTS = {
  tally: 'tampilan-rekap-penjaringan.png',
  summary: 'tampilan-ringkasan-survei.png',
  sidebar: 'tampilan-pengaturan.png',
} as const;

function which(name: string): string | null {
  try {
    return execFileSync('which', [name], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/** Excel's paper size number of A3 (exceljs' PaperSize lists no A3). */
const A3 = 8;

/**
 * Sheets of the workspace as PNGs of their first printed page (landscape A3, as on a wide screen):
 * each sheet a workbook of its own, all converted to PDF by one start of LibreOffice.
 */
async function sheetPictures(ws: Workspace, pictures: readonly (readonly [name: string, out: string])[], office: string, pdftoppm: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tampilan-'));
  try {
    const books: string[] = [];
    for (const [k, [name]] of pictures.entries()) {
      const snap = ws.sheets.snapshot(ws.spreadsheetId, name);
      if (!snap) throw new Error(`Lembar "${name}" tidak ada.`);
      const wb = workbookFromSnapshots([{ ...snap, hidden: false }]);
      const sheet = wb.worksheets[0];
      sheet.pageSetup = { ...sheet.pageSetup, orientation: 'landscape', paperSize: A3 as unknown as ExcelJS.PaperSize, scale: 62, fitToPage: false, margins: { left: 0.3, right: 0.3, top: 0.3, bottom: 0.3, header: 0, footer: 0 } };
      const xlsx = join(dir, `lembar-${k + 1}.xlsx`);
      writeFileSync(xlsx, await finishXlsx(Buffer.from(await wb.xlsx.writeBuffer()), [snap], [sheet.name]));
      books.push(xlsx);
    }
    execFileSync(office, ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, ...books], { stdio: 'pipe', timeout: 180_000 });
    for (const [k, [, out]] of pictures.entries()) {
      execFileSync(pdftoppm, ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', join(dir, `lembar-${k + 1}.pdf`), join(dir, `halaman-${k + 1}`)], { stdio: 'pipe' });
      renameSync(join(dir, `halaman-${k + 1}.png`), out);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The Pengaturan sidebar at a laptop's sidebar size, after Simpan (the result beside the button). */
async function sidebarPicture(ws: Workspace, out: string): Promise<void> {
  ws.run('menuPengaturan');
  const shown = ws.ui.shown().filter((s) => s.kind === 'sidebar');
  const browser = await launchBrowser();
  try {
    const p = await servePage(browser, ws, shown[shown.length - 1].content, LAPTOP_SIDEBAR);
    // Pressed where it stands, as a hand does: the page stays at its top (a locator click scrolls).
    const save = await p.page.locator('#save').boundingBox();
    if (save) await p.page.mouse.click(save.x + save.width / 2, save.y + save.height / 2);
    await p.idle();
    await p.page.screenshot({ path: out });
  } finally {
    await browser.close();
  }
}

/** Writes the pictures into `dir`; returns the files written and what was left out, and why. */
export async function writeScreenshots(ws: Workspace, dir: string): Promise<{ files: string[]; skipped: string[] }> {
  const files: string[] = [];
  const skipped: string[] = [];
  const office = which('soffice') ?? which('libreoffice');
  const pdftoppm = which('pdftoppm');
  if (office && pdftoppm) {
    const pictures = [
      [SHEETS.tally, join(dir, SCREENSHOTS.tally)],
      [SHEETS.surveySummary, join(dir, SCREENSHOTS.summary)],
    ] as const;
    await sheetPictures(ws, pictures, office, pdftoppm);
    files.push(...pictures.map(([, out]) => out));
  } else {
    skipped.push(`${SCREENSHOTS.tally}, ${SCREENSHOTS.summary}: perlu LibreOffice dan pdftoppm (apt-get install libreoffice-calc-nogui poppler-utils)`);
  }
  let chromium = '';
  try {
    chromium = chromiumPath();
  } catch {
    skipped.push(`${SCREENSHOTS.sidebar}: perlu Chromium (apt-get install chromium)`);
  }
  if (chromium && existsSync(chromium)) {
    await sidebarPicture(ws, join(dir, SCREENSHOTS.sidebar));
    files.push(join(dir, SCREENSHOTS.sidebar));
  }
  return { files, skipped };
}
