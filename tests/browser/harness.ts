/**
 * The browser harness of the tests: the product's HtmlService pages in headless Chromium over the
 * in-memory Workspace. It lives in src/offline/browser/pages.ts, since the demo draws the sidebar
 * with it too.
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser as launchOwnBrowser, servePage, type ServedPage } from '../../src/offline/browser/pages';
import { BROWSER_ENDPOINT } from './global-browser';
import type { Workspace } from '../../src/offline/workspace/index';
import { sheetValues } from '../e2e/helpers';

export { CHROMIUM_ARGS, chromiumPath, DIALOG_CHROME, LAPTOP_PAGE, LAPTOP_SIDEBAR, lastShown, servePage, type ServedPage } from '../../src/offline/browser/pages';

/**
 * The browser of a test file: a connection to the one Chromium the browser tests' global setup
 * started (tests/browser/global-browser.ts), or, when a file runs without it, a Chromium of its
 * own. `close()` of a connection closes the file's pages and contexts and disconnects; the
 * shared Chromium goes at the end of the run.
 */
export function launchBrowser(): Promise<Browser> {
  const endpoint = process.env[BROWSER_ENDPOINT];
  return endpoint ? chromium.connect(endpoint) : launchOwnBrowser();
}

/**
 * Opens every folded section of the Pengaturan sidebar (as a person pressing each title would),
 * for tests about the fields themselves; the folding is tested in sidebar-laptop.test.ts.
 */
export async function openAllSections(p: ServedPage): Promise<void> {
  const closed = p.page.locator('details.group:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
}

/**
 * The browser of one test file, connected before its tests and closed after them; the function
 * returned serves a page in it (servePage's arguments without the browser).
 */
export function browserForFile(): (...args: Parameters<typeof servePage> extends [Browser, ...infer Rest] ? Rest : never) => Promise<ServedPage> {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return (...args) => servePage(browser as Browser, ...args);
}

/** A nomination Form connected through the menu, then its daily check gone (a red row of Status & Bantuan). */
export function connectedWithoutDailyCheck(ws: Workspace): string {
  const formId = ws.forms.createForm({ title: 'Usulan', items: [{ kind: 'TEXT', title: 'Usulan calon 1' }] });
  const rows = sheetValues(ws, 'Pengaturan') ?? [];
  ws.sheets.userWrite(ws.spreadsheetId, 'Pengaturan', rows.findIndex((r) => r[0] === 'URL Formulir Penjaringan') + 1, 2, [[ws.forms.view(formId).editUrl]]);
  ws.run('menuHubungkanFormulirPenjaringan');
  ws.kernel.removeTrigger(ws.kernel.triggers.find((t) => t.handler === 'cekHarian')!.uid);
  return formId;
}
