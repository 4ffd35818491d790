/** Properties of Indonesian dates (D3): what the product prints, it reads back as the same WITA day. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTanggal, isoDate, parseDateInput, witaParts, witaToMs } from '../../src/core/dates';

describe('dates: what the product prints, it reads back', () => {
  const instant = fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2150, 0, 1) });
  it('formatTanggal and isoDate read back as the same WITA day', () => {
    fc.assert(
      fc.property(instant, (ms) => {
        const p = witaParts(ms);
        const midnight = witaToMs(p.year, p.month, p.day);
        expect(parseDateInput(formatTanggal(ms))).toBe(midnight);
        expect(parseDateInput(isoDate(ms))).toBe(midnight);
      }),
      { numRuns: 500 },
    );
  });
});
