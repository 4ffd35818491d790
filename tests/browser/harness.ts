/**
 * The browser harness of the tests: the product's HtmlService pages in headless Chromium over the
 * in-memory Workspace. It lives in src/offline/browser/pages.ts, since the demo draws the sidebar
 * with it too.
 */
import type { ServedPage } from '../../src/offline/browser/pages';

export { CHROMIUM_ARGS, chromiumPath, LAPTOP_SIDEBAR, lastShown, launchBrowser, servePage, type ServedPage } from '../../src/offline/browser/pages';

/**
 * Opens every folded section of the Pengaturan sidebar (as a person pressing each title would),
 * for tests about the fields themselves; the folding is tested in sidebar-laptop.test.ts.
 */
export async function openAllSections(p: ServedPage): Promise<void> {
  const closed = p.page.locator('details.group:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
}
