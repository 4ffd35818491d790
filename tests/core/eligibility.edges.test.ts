/**
 * More sanction texts the mutation run of `eligibility.ts` showed untested (docs/mutation.md):
 * runs of spaces inside a kind of sanction, and a level that ends a text without "hukuman",
 * "disiplin" or "tingkat" before it (N6: then the kind decides, or the sanction is just active).
 */
import { describe, expect, it } from 'vitest';
import { eligibility, sanctionLevel } from '../../src/core/eligibility';

describe('sanctionLevel (N6)', () => {
  it.each([
    ['Teguran   lisan', 'ringan'],
    ['Pemotongan\ttunjangan kinerja', 'sedang'],
    ['Sanksi berat', null],
    ['Pelanggaran sedang', null],
  ] as [string, string | null][])('%j → %s', (text, level) => {
    expect(sanctionLevel(text)).toBe(level);
  });

  it('a sanction without a level is named as active', () => {
    expect(eligibility({ status: 'PNS', sanction: 'Sanksi berat' })).toEqual({ eligible: false, reason: 'Hukuman disiplin aktif' });
  });
});
