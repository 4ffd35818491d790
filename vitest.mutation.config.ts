import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Under Stryker each mutant runs the tests that cover it and stops at the first failure (bail), so
 * the order of the test files decides what a killed mutant costs: the file that failed last time
 * first (the previous mutant was often a neighbour), then the quickest files, the slow scale and
 * property files last. The tests that run are the same in any order; only the time changes.
 */
class QuickFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cache = this.ctx.cache;
    const state = (f: TestSpecification) => cache.getFileTestResults(`${f.project.name}:${relative(this.ctx.config.root, f.moduleId)}`);
    return [...files].sort((a, b) => {
      const sa = state(a);
      const sb = state(b);
      if (!sa || !sb) return sa ? 1 : sb ? -1 : 0; // unknown first
      if (sa.failed !== sb.failed) return sa.failed ? -1 : 1;
      return sa.duration - sb.duration;
    });
  }
}

// The tests Stryker runs against each mutant of src/core/ (stryker.config.mjs): the unit,
// property and hostile tests of the rules, in tests/core/. No global setup: they need no bundle.
// One module graph for all the files, as in the `core` project of vitest.config.ts (these files
// change no module state), so a mutant run does not load src/core afresh for every test file.
export default defineConfig({
  test: {
    include: ['tests/core/**/*.test.ts'],
    // The dry run measures coverage of every mutant (a call per statement): on a loaded machine the
    // suggestion tests over a big roster take minutes then.
    testTimeout: 600_000,
    isolate: false,
    // Read by the scale test of the tally (tests/core/nominations/tally.test.ts) to run a tenth of it.
    env: { MUTATION_RUN: '1' },
    sequence: { sequencer: QuickFirst },
  },
});
