/** The hostile corpus's NIP texts: each is found (or not) and checked as expected, and nothing throws (N5, R3). */
import { describe, expect, it } from 'vitest';
import { checkNip, findNipInText } from '../../src/core/nip';
import { NIP_TEXTS } from '../hostile/corpus';

describe('NIPs', () => {
  it.each(NIP_TEXTS.map((t) => [t.id, t] as const))('%s', (_id, item) => {
    expect(findNipInText(item.text)).toBe(item.found);
    const problems = checkNip(item.text, 'PNS', Date.parse('2026-11-27T00:00:00Z'));
    if (item.problems.length === 0) expect(problems).toEqual([]);
    for (const p of item.problems) expect(problems.join(' ')).toMatch(p);
  });
});
