import { defineConfig } from 'vitest/config';

/** The test files that read the demo's shared run (tests/demo-run.ts). */
const DEMO_FILES = ['tests/offline/render-documents.test.ts', 'tests/offline/xlsx-calc.test.ts', 'tests/offline/csv-roundtrip.test.ts', 'tests/e2e/nominations-demo.test.ts'];

export default defineConfig({
  test: {
    // Two workers: on a 2-core machine Vitest's default (cores − 1) leaves one core idle.
    maxWorkers: 2,
    // The transformed test and source modules kept on disk (node_modules/.vitest-cache, keyed by
    // each file's content) between runs: a run after the first transforms only what changed.
    experimental: { fsModuleCache: true },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        // The pure core (src/core: no Apps Script globals, no fakes, no module state a test
        // changes): its 61 files share one module graph per worker instead of loading it afresh
        // for each file, which halves the time they take.
        extends: true,
        test: { name: 'core', include: ['tests/core/**/*.test.ts'], isolate: false, sequence: { groupOrder: 1 } },
      },
      {
        extends: true,
        // Builds the bundle once before these tests (the core tests do not use it). Each test
        // makes its own Workspace (the fakes keep their state in it, and the bundle runs in a vm
        // context of its own), so the files share one module graph per worker as well: the
        // fakes' modules are loaded once per worker instead of once per file (~65 s of CPU less).
        test: { name: 'product', include: ['tests/**/*.test.ts'], exclude: ['tests/core/**', 'tests/browser/**', ...DEMO_FILES], globalSetup: ['tests/global-setup.ts'], isolate: false, sequence: { groupOrder: 1 } },
      },
      {
        extends: true,
        // The files that check what the demo leaves (tests/demo-run.ts): one at a time in one
        // worker with one module graph, so the demo runs once for all of them.
        test: { name: 'demo', include: DEMO_FILES, globalSetup: ['tests/global-setup.ts'], isolate: false, maxWorkers: 1, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        // The pages in a real browser: one Chromium for all these files, started once. Each
        // file connects to it and serves pages from Workspaces of its own, so the files share
        // one module graph per worker too (the fakes and playwright-core loaded once).
        test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], globalSetup: ['tests/global-setup.ts', 'tests/browser/global-browser.ts'], isolate: false, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
