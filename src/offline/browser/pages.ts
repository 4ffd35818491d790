/**
 * Runs the product's HtmlService pages in headless Chromium (Debian's `chromium`, driven by
 * playwright-core) with a stand-in `google.script.run` that calls the REAL server functions of the
 * built bundle over the in-memory Workspace. The page is the HTML the bundle handed to
 * showSidebar/showModalDialog, served as is; every network request is refused and recorded (the
 * pages must load nothing from outside). Used by the browser tests (tests/browser) and by the
 * demo's pictures of the sidebar. Node only.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Workspace } from '../workspace/index';

/**
 * The sidebar's size on a 1366 × 768 laptop: Google Sheets gives an add-on sidebar 300 px of
 * width; of the 768 px of height, the taskbar (40), Chrome's tabs and address bar (about 110),
 * Sheets' title, menu, toolbar and formula bar (about 110) and the sidebar's own title bar (about
 * 50) leave about 460 px for the page.
 */
export const LAPTOP_SIDEBAR = { width: 300, height: 460 } as const;

/**
 * The part of a 1366 × 768 laptop screen where Google Sheets shows a modal dialog: the page area
 * under Chrome's tabs and address bar (about 110 px) above the taskbar (40).
 */
export const LAPTOP_PAGE = { width: 1366, height: 768 - 40 - 110 } as const;

/**
 * What Google's dialog adds around the page a script gives it: the title bar with its close
 * button (about 56 px) and the frame's padding (about 24 px a side).
 */
export const DIALOG_CHROME = { width: 48, height: 56 + 24 } as const;

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium binary, or an error that says how to install it (the tests never skip). */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  try {
    candidates.push(execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim());
  } catch {
    // `which` found nothing: the fixed paths above are all there is.
  }
  const found = candidates.find((p): p is string => typeof p === 'string' && p !== '' && existsSync(p));
  if (!found) {
    throw new Error(
      'Chromium not found: the browser tests need Debian\'s "chromium" (apt-get install -y chromium; .ci/run installs it) or CHROMIUM_PATH pointing at a Chromium binary.',
    );
  }
  return found;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}

export interface ServedPage {
  page: Page;
  /** Server functions the page called, in order. */
  calls: { name: string; args: unknown[] }[];
  /** URLs the page tried to fetch (all refused). */
  requests: string[];
  /** Uncaught errors in the page and window.alert/confirm dialogs it opened. */
  pageErrors: string[];
  dialogs: string[];
  /** Waits until no server call is in flight. */
  idle(): Promise<void>;
  /** True once the page called google.script.host.close(). */
  closed(): Promise<boolean>;
}

/** Apps Script refuses Dates (and functions) across google.script.run; so does the stand-in. */
function plainJson(value: unknown): string {
  return JSON.stringify(value === undefined ? null : value, function (this: unknown, key: string, v: unknown) {
    const raw = (this as Record<string, unknown>)[key];
    if (Object.prototype.toString.call(raw) === '[object Date]') {
      throw new Error(`google.script.run cannot carry a Date (at "${key}")`);
    }
    if (typeof v === 'function') throw new Error(`google.script.run cannot carry a function (at "${key}")`);
    return v;
  });
}

const STAND_IN = `(() => {
  window.__gasPending = 0;
  window.__gasClosed = false;
  function runner(success, failure, userObject) {
    return new Proxy({}, {
      get(_t, prop) {
        if (prop === 'withSuccessHandler') return (fn) => runner(fn, failure, userObject);
        if (prop === 'withFailureHandler') return (fn) => runner(success, fn, userObject);
        if (prop === 'withUserObject') return (o) => runner(success, failure, o);
        if (typeof prop !== 'string' || prop === 'then') return undefined;
        return (...args) => {
          window.__gasPending += 1;
          window.__gasCall(prop, JSON.stringify(args)).then((json) => {
            const r = JSON.parse(json);
            try {
              if (r.ok) { if (success) success(r.value, userObject); }
              else if (failure) { const e = new Error(r.message); e.name = r.name; failure(e, userObject); }
            } finally { window.__gasPending -= 1; }
          });
        };
      },
    });
  }
  window.google = { script: {
    run: runner(null, null, undefined),
    host: { close() { window.__gasClosed = true; }, setHeight() {}, setWidth() {}, editor: { focus() {} } },
  } };
})();`;

/**
 * Puts the stand-in first in <head>, so `google.script.run` exists before the page's own scripts
 * run, as it does in HtmlService's frame. (Init scripts do not run for setContent's document.)
 */
function withStandIn(html: string): string {
  const tag = `<script>${STAND_IN}</script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  return tag + html;
}

/** Opens `html` in a new page of `browser`, wired to `ws`. */
export async function servePage(
  browser: Browser,
  ws: Workspace,
  html: string,
  viewport: { width: number; height: number } = { width: 300, height: 900 },
): Promise<ServedPage> {
  const context = await browser.newContext({ viewport, javaScriptEnabled: true });
  const page = await context.newPage();
  const calls: ServedPage['calls'] = [];
  const requests: string[] = [];
  const pageErrors: string[] = [];
  const dialogs: string[] = [];
  await context.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.exposeFunction('__gasCall', (name: string, argsJson: string) => {
    const args = JSON.parse(argsJson) as unknown[];
    calls.push({ name, args });
    try {
      return plainJson({ ok: true, value: ws.run(name, ...args) });
    } catch (e) {
      const err = e as Error;
      return JSON.stringify({ ok: false, message: String(err?.message ?? err), name: String(err?.name ?? 'Error') });
    }
  });
  page.setDefaultTimeout(10_000);
  await page.setContent(withStandIn(html), { waitUntil: 'load' });
  const idle = async () => {
    await page.waitForFunction('window.__gasPending === 0');
  };
  await idle();
  return {
    page,
    calls,
    requests,
    pageErrors,
    dialogs,
    idle,
    closed: async () => (await page.evaluate('window.__gasClosed')) === true,
  };
}

/** The HTML of the last sidebar or dialog the bundle showed, with its title. */
export function lastShown(ws: Workspace, kind: 'sidebar' | 'modal'): { title: string; content: string; size?: { width: number; height: number } } {
  const shown = ws.ui.shown().filter((r) => r.kind === kind);
  const last = shown[shown.length - 1];
  if (!last) throw new Error(`No ${kind} was shown`);
  return last;
}
