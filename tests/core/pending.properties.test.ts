/** Properties of a response kept for the next run: it fits one script property (9 KB), cut only visibly. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CUT_MARK } from '../../src/core/cells';
import { fitForProperty, PENDING_VALUE_BYTES, utf8Length } from '../../src/core/pending';

describe('a response kept for the next run fits one property (9 KB)', () => {
  const answer = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 3000 }), fc.array(fc.string({ maxLength: 2000 }), { maxLength: 4 }), fc.constant('x'.repeat(60_000)));
  it('fitForProperty: fits, keeps every question, cuts only with the mark, and leaves small ones as they are', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 20 }), answer, { maxKeys: 6 }), (answers) => {
        const r = { id: 'r1', timestamp: 1, email: 'a@b.id', answers };
        const kept = fitForProperty(r);
        const size = utf8Length(JSON.stringify(kept));
        expect(size).toBeLessThanOrEqual(PENDING_VALUE_BYTES);
        expect(Object.keys(kept.answers).sort()).toEqual(Object.keys(answers).sort());
        if (utf8Length(JSON.stringify(r)) <= PENDING_VALUE_BYTES) expect(kept).toBe(r);
        for (const k of Object.keys(answers)) {
          const before = ([] as string[]).concat(answers[k]);
          const after = ([] as string[]).concat(kept.answers[k]);
          after.forEach((t, i) => {
            if (t !== before[i]) {
              expect(t.endsWith(CUT_MARK)).toBe(true);
              expect(before[i].startsWith(t.slice(0, -CUT_MARK.length))).toBe(true);
            }
          });
        }
      }),
      { numRuns: 200 },
    );
  });
});
