// `npm run mutation`: mutation testing of the pure rules (src/core/) with Stryker and its vitest
// runner. Never part of `npm test` or CI (a whole run is ~6,000 mutants, an hour or more on two
// cores). Incremental: results are kept in stryker/incremental.json (committed), so a run only
// re-tests mutants whose code or covering tests changed. docs/mutation.md says how to run one
// file or folder, and lists the surviving mutants that are equivalent.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  mutate: ['src/core/**/*.ts'],
  incremental: true,
  incrementalFile: 'stryker/incremental.json',
  concurrency: 1,
  // A mutant that loops forever is stopped this long after its covering tests' normal time.
  timeoutMS: 5_000,
  // Static mutants (in module-level tables: the degree list, the band table, placeholder names)
  // run every test in tests/core, ~1 minute each here: skipped by default, and their tables are
  // pinned by table-driven tests. `STRYKER_STATIC=1 npm run mutation -- …` includes them.
  ignoreStatic: process.env.STRYKER_STATIC !== '1',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: false },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
