/**
 * More date cases the mutation run of `dates.ts` showed untested (docs/mutation.md): an offset of
 * hours only after a time (D3), digits before a year-first date, and a 12 in either field of a
 * day/month date, which tells nothing about the column's order (R5).
 */
import { describe, expect, it } from 'vitest';
import { columnFieldOrder, parseDateInput } from '../../src/core/dates';

describe('parseDateInput (D3)', () => {
  it('an offset of hours only, right after the time', () => {
    expect(parseDateInput('2026-11-27T09:15+08')).toBe(Date.parse('2026-11-27T01:15:00Z'));
    expect(parseDateInput('2026-11-27 09:15 -03')).toBe(Date.parse('2026-11-27T12:15:00Z'));
  });

  it.each(['x2026-11-20', '12026-11-20', 'No. 2026/11/20'])('%j is no date', (text) => {
    expect(parseDateInput(text)).toBeNull();
  });
});

describe('columnFieldOrder: a 12 decides nothing (R5)', () => {
  it.each(['11/12/2026', '4/12/2026 9:00', '12/4/2026'])('%j', (value) => {
    expect(columnFieldOrder([value])).toEqual({ kind: 'undecided', example: value });
  });
});
