/** Properties of NIPs (N5, D3): grouping and finding are inverse. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digitsOf, findNipInText, formatNip } from '../../src/core/nip';

describe('NIP: grouping and finding are inverse', () => {
  const nip = fc.stringMatching(/^\d{18}$/);
  it('digitsOf(formatNip(d)) === d and the grouped form is found in any surrounding text', () => {
    fc.assert(
      fc.property(nip, fc.stringMatching(/^[^0-9]{0,15}$/), fc.stringMatching(/^[^0-9]{0,15}$/), (d, before, after) => {
        expect(digitsOf(formatNip(d))).toBe(d);
        expect(findNipInText(`${before}${formatNip(d)}${after}`)).toBe(d);
        expect(findNipInText(`${before}${d}${after}`)).toBe(d);
      }),
    );
  });

  it('never finds a NIP in a number longer than 18 digits', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{19,25}$/), (d) => {
      expect(findNipInText(d)).toBeNull();
    }));
  });
});
