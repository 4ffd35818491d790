/** Properties of survey respondents (S5): one response per respondent and semester, whatever the order. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latestPerRespondent } from '../../../src/core/survey/periods';

describe('survey respondents (S5)', () => {
  const response = fc.record({
    id: fc.uuid(),
    timestamp: fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 31) }),
    email: fc.constantFrom('', 'a@x.id', 'A@X.id ', 'b@x.id', 'c@x.id'),
  });
  it('which responses count does not depend on the order they are read in (distinct timestamps)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(response, { maxLength: 25, selector: (r) => r.timestamp }).chain((rs) => fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length }))),
        ([rs, shuffled]) => {
          const counted = (list: typeof rs) => {
            const d = latestPerRespondent(list);
            return list.filter((_, i) => d[i].counted).map((r) => r.id).sort();
          };
          expect(counted(shuffled)).toEqual(counted(rs));
        },
      ),
    );
  });

  it('exactly one response per identified respondent and semester counts', () => {
    fc.assert(
      fc.property(fc.array(response, { maxLength: 30 }), (rs) => {
        const d = latestPerRespondent(rs);
        const seen = new Map<string, number>();
        rs.forEach((r, i) => {
          const who = r.email.trim().toLowerCase();
          if (who === '' || !d[i].counted) return;
          const key = `${d[i].period}|${who}`;
          seen.set(key, (seen.get(key) ?? 0) + 1);
        });
        for (const n of seen.values()) expect(n).toBe(1);
        const groups = new Set(rs.filter((r) => r.email.trim() !== '').map((r) => `${latestPerRespondent([r])[0].period}|${r.email.trim().toLowerCase()}`));
        expect(seen.size).toBe(groups.size);
      }),
    );
  });
});
