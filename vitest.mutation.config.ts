import { defineConfig } from 'vitest/config';

// The tests Stryker runs against each mutant of src/core/ (stryker.config.mjs): the unit,
// property and hostile tests of the rules, in tests/core/. No global setup: they need no bundle.
export default defineConfig({
  test: {
    include: ['tests/core/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
