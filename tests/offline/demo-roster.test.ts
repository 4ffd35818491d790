import { describe, expect, it } from 'vitest';
import { demoRoster } from '../../src/offline/demo/roster';
import { normalizeName } from '../../src/core/names';

describe('demo roster generator (benchmarks need offices far bigger than the demo)', () => {
  it('a 3,000-person (three-word names, NIP sequence past 999) roster: names and NIPs distinct but for the demo\'s deliberate slips, same output for the same seed', () => {
    const roster = demoRoster(7, 3_000);
    expect(roster).toHaveLength(3_000);
    // The demo's namesakes ("Maria Lake" twice, in different units) are the only shared bare names.
    const byName = new Map<string, number>();
    for (const e of roster) byName.set(normalizeName(e.nama), (byName.get(normalizeName(e.nama)) ?? 0) + 1);
    expect([...byName].filter(([, n]) => n > 1).map(([name]) => name)).toEqual(['maria lake']);
    const nips = roster.map((e) => e.nip).filter((n) => n !== '');
    expect(nips.length).toBeGreaterThan(2_500);
    expect(new Set(nips).size).toBe(nips.length);
    // One NIP lost a digit on purpose (the demo's damaged roster row); all others are 18 digits.
    expect(nips.filter((nip) => !/^\d{18}$/.test(nip))).toHaveLength(1);
    expect(demoRoster(7, 3_000).map((e) => e.nip + e.nama)).toEqual(roster.map((e) => e.nip + e.nama));
  });
});
