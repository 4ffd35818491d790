import { describe, expect, it } from 'vitest';
import { asText, CELLS_PER_WRITE_CALL, changedRuns, changedSpan, numberOf, sameCell } from '../../src/core/cells';

const at = new Date(Date.UTC(2026, 7, 1, 2, 0));

describe('sameCell: does the cell read back already hold what would be written?', () => {
  it.each<[string, unknown, unknown, boolean]>([
    ['the same text', 'Maria Lake', 'Maria Lake', true],
    ['text written with asText (apostrophe) reads back without it', '=IMPORTXML(1)', asText('=IMPORTXML(1)'), true],
    ['a NIP kept as text', '198001012005012001', asText('198001012005012001'), true],
    ['text that really starts with an apostrophe', "'Maria", asText("'Maria"), true],
    ['another text', 'Maria Lake', 'Maria Lak', false],
    ['a blank cell and ""', '', '', true],
    ['a missing cell and ""', undefined, '', true],
    ['a missing cell and text', undefined, 'x', false],
    ['the same number', 12.5, 12.5, true],
    ['a number within 1e-9', 0.1 + 0.2, 0.3, true],
    ['numeric text for a number', '5', 5, true],
    ['a number read as text', 5, '5', true],
    ['another number', 5, 6, false],
    ['the same instant', new Date(at.getTime()), at, true],
    ['another instant', new Date(at.getTime() + 1), at, false],
    ['a date where text is written', at, at.toISOString(), false],
    ['text where a date is written', at.toISOString(), at, false],
    ['a checkbox as text', true, 'true', true],
  ])('%s → %s', (_label, have, written, same) => {
    expect(sameCell(have, written)).toBe(same);
  });

  it('numberOf reads numbers and numeric text only', () => {
    expect([numberOf(3), numberOf(' 4.5 '), numberOf(''), numberOf('x'), numberOf(NaN), numberOf(null)]).toEqual([3, 4.5, null, null, null, null]);
  });
});

describe('changedSpan: the one block of rows to rewrite', () => {
  const row = (id: string, v = 'a') => [asText(id), v];
  it.each<[string, unknown[][], unknown[][], { from: number; to: number } | null]>([
    ['nothing changed', [['1', 'a'], ['2', 'a']], [row('1'), row('2')], null],
    ['one row in the middle', [['1', 'a'], ['2', 'a'], ['3', 'a']], [row('1'), row('2', 'b'), row('3')], { from: 1, to: 1 }],
    ['first and last: everything between is rewritten', [['1', 'a'], ['2', 'a'], ['3', 'a']], [row('1', 'b'), row('2'), row('3', 'b')], { from: 0, to: 2 }],
    ['rows appended', [['1', 'a']], [row('1'), row('2'), row('3')], { from: 1, to: 2 }],
    ['rows gone at the end', [['1', 'a'], ['2', 'a'], ['3', 'a']], [row('1')], { from: 1, to: 2 }],
    ['an empty sheet', [], [row('1')], { from: 0, to: 0 }],
  ])('%s', (_label, before, after, span) => {
    expect(changedSpan(before, after, 2)).toEqual(span);
  });

  it('looks only at the first `width` columns', () => {
    expect(changedSpan([['1', 'a', 'team note']], [[asText('1'), 'a']], 2)).toBeNull();
  });
});

describe('changedRuns: the rows to write, one call per run, bounded', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => [`r${i}`, i]);
  const changed = (base: unknown[][], at: number[]) => base.map((r, i) => (at.includes(i) ? [`x${i}`, i] : r));

  it('equal lists: nothing to write', () => {
    expect(changedRuns(rows(10), rows(10), 2)).toEqual([]);
  });

  it('a row far above and rows appended at the end: two runs, not the span between them', () => {
    const before = rows(20_000);
    const after = [...changed(before, [10]), ['new', 1], ['new', 2]];
    expect(changedRuns(before, after, 2)).toEqual([
      { from: 10, to: 10 },
      { from: 20_000, to: 20_001 },
    ]);
  });

  it('runs closer than one call’s worth of cells are joined (rewriting the rows between costs less)', () => {
    const before = rows(20_000);
    const near = Math.floor(CELLS_PER_WRITE_CALL / 2) - 1;
    expect(changedRuns(before, changed(before, [100, 100 + near]), 2)).toEqual([{ from: 100, to: 100 + near }]);
    expect(changedRuns(before, changed(before, [100, 100 + near + 3]), 2)).toHaveLength(2);
  });

  it('never more than maxRuns: the closest runs are joined first', () => {
    const before = rows(100);
    const after = changed(before, [0, 10, 12, 50, 99]);
    // Five single rows; the gaps 10→12, then 0→10 are the smallest.
    expect(changedRuns(before, after, 2, 3, 0)).toEqual([
      { from: 0, to: 12 },
      { from: 50, to: 50 },
      { from: 99, to: 99 },
    ]);
    expect(changedRuns(before, after, 2, 1, 0)).toEqual([{ from: 0, to: 99 }]);
  });

  it('rows removed at the end count as changed (they are blanked by the write)', () => {
    expect(changedRuns(rows(6), rows(4), 2)).toEqual([{ from: 4, to: 5 }]);
  });
});
