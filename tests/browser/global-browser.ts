// One headless Chromium for all the browser test files (each used to launch its own): started
// before them as a server, each file connects to it (harness.launchBrowser), closed at the end.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../src/offline/browser/pages';

/** The environment variable that carries the server's WebSocket endpoint to the test workers. */
export const BROWSER_ENDPOINT = 'AGEN_PERUBAHAN_BROWSER_WS';

export default async function setup(): Promise<() => Promise<void>> {
  const server = await chromium.launchServer({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  process.env[BROWSER_ENDPOINT] = server.wsEndpoint();
  return async () => {
    delete process.env[BROWSER_ENDPOINT];
    await server.close();
  };
}
