/**
 * Survey summary orders (S6) the mutation run of `survey/summary.ts` showed untested
 * (docs/mutation.md): periods and units arriving out of order still come out chronological and
 * A–Z, so the sheet does not reshuffle between runs.
 */
import { describe, expect, it } from 'vitest';
import { summariseSurvey } from '../../../src/core/survey/summary';
import { questions, resp, S1, S2 } from './fixtures';

const S0 = { periodKey: '2025-S2', periodLabel: 'Semester II 2025 (Juli–Desember)' };

describe('summariseSurvey: orders that do not depend on the input (S6)', () => {
  it('periods chronological, whatever order they come in', () => {
    for (const order of [[S2, S0, S1], [S1, S2, S0], [S2, S1, S0]]) {
      const s = summariseSurvey(order.map((p) => resp('', p, [1, 1, 1, 1, 1])), questions);
      expect(s.perPeriod.map((g) => g.key)).toEqual(['2025-S2', '2026-S1', '2026-S2']);
    }
  });

  it('units A–Z ignoring case, whatever order they come in', () => {
    for (const units of [['Zeta', 'alfa', 'Beta'], ['Beta', 'Zeta', 'alfa'], ['Zeta', 'Beta', 'alfa']]) {
      const s = summariseSurvey(units.map((u) => resp(u, S2, [1, 1, 1, 1, 1])), questions);
      expect(s.perUnit.map((g) => g.label)).toEqual(['alfa', 'Beta', 'Zeta']);
    }
  });
});
