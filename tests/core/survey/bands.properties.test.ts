/** Properties of survey bands (S3, S4): monotone in the total. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BAND_TABLE, bandFor } from '../../../src/core/survey/bands';

describe('survey bands are monotone (S3, S4)', () => {
  const order = DEFAULT_BAND_TABLE.map((b) => b.label);
  it('a higher total with the same number of questions never gets a better band', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), (n, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const x = bandFor(lo, n).band;
        const y = bandFor(hi, n).band;
        expect(x).not.toBeNull();
        expect(order.indexOf(y!.label)).toBeGreaterThanOrEqual(order.indexOf(x!.label));
      }),
    );
  });
});
