import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Two workers: on a 2-core machine Vitest's default (cores − 1) leaves one core idle.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        // The pure core (src/core: no Apps Script globals, no fakes, no module state a test
        // changes): its 61 files share one module graph per worker instead of loading it afresh
        // for each file, which halves the time they take.
        extends: true,
        test: { name: 'core', include: ['tests/core/**/*.test.ts'], isolate: false },
      },
      {
        extends: true,
        // Builds the bundle once before these tests (the core tests do not use it). Each test
        // makes its own Workspace (the fakes keep their state in it, and the bundle runs in a vm
        // context of its own), so the files share one module graph per worker as well: the
        // fakes' modules are loaded once per worker instead of once per file (~65 s of CPU less).
        test: { name: 'product', include: ['tests/**/*.test.ts'], exclude: ['tests/core/**', 'tests/browser/**'], globalSetup: ['tests/global-setup.ts'], isolate: false },
      },
      {
        extends: true,
        // The pages in a real browser: one Chromium for all these files, started once.
        test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], globalSetup: ['tests/global-setup.ts', 'tests/browser/global-browser.ts'] },
      },
    ],
  },
});
