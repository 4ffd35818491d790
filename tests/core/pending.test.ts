import { describe, expect, it } from 'vitest';
import { fitForProperty, PENDING_VALUE_BYTES, utf8Length } from '../../src/core/pending';

describe('fitForProperty', () => {
  it('keeps a question titled "__proto__" as a question (found by the property test)', () => {
    const answers = JSON.parse(`{"__proto__": "${'x'.repeat(9000)}", " ": "a"}`) as Record<string, string>;
    const kept = fitForProperty({ id: 'r1', timestamp: 1, email: '', answers });
    expect(Object.keys(kept.answers).sort()).toEqual([' ', '__proto__']);
    expect(utf8Length(JSON.stringify(kept))).toBeLessThanOrEqual(PENDING_VALUE_BYTES);
  });
});
