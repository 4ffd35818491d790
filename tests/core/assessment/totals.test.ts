import { describe, expect, it } from 'vitest';
import { ASSESSMENT_FIRST_ROW, assessmentLayout, RETIRED_NOTE, SUPERVISOR_ASSESSOR } from '../../../src/core/assessment/layout';
import { columnLetter } from '../../../src/core/cells';
import { assessmentTotals, scoreValue } from '../../../src/core/assessment/totals';
import type { Cell } from '../../../src/core/cells';
import { NIP, row } from './fixtures';

describe('scoreValue', () => {
  it.each<[unknown, number | null]>([
    ['', null],
    ['  ', null],
    [null, null],
    [1, 1],
    [5, 5],
    ['4', 4],
    [' 3 ', 3],
    ['4,0', 4],
    [0, NaN],
    [6, NaN],
    [4.5, NaN],
    ['4,5', NaN],
    ['empat', NaN],
    [true, NaN],
    [new Date(2026, 0, 1), NaN],
  ])('%j → %j', (input, expected) => {
    expect(scoreValue(input)).toEqual(expected);
  });
});

describe('assessmentTotals', () => {
  const layout = assessmentLayout(['Tim 1', 'Tim 2']);
  const S = SUPERVISOR_ASSESSOR;

  it.each<[string, Record<string, Cell[]>, number | null, string[]]>([
    ['one complete assessor', { [S]: [4, 4, 4, 4] }, 16, [S]],
    ['mean over assessors of the sums', { [S]: [5, 5, 5, 5], 'Tim 1': [3, 3, 3, 3], 'Tim 2': [4, 4, 4, 3] }, 15.67, [S, 'Tim 1', 'Tim 2']],
    ['partial block excluded', { [S]: [5, 5, 5, 5], 'Tim 1': [1, '', '', ''] }, 20, [S]],
    ['invalid block excluded', { [S]: [5, 5, 5, 5], 'Tim 1': [1, 1, 1, 9] }, 20, [S]],
    ['nobody complete', { [S]: [5, '', 5, 5] }, null, []],
    ['text numbers count', { [S]: ['2', '3', '4', '5'] }, 14, [S]],
  ])('%s', (_name, scores, total, counted) => {
    const res = assessmentTotals([row(NIP(1), scores)], layout);
    expect(res.rows[0].total).toBe(total);
    expect(res.rows[0].counted).toEqual(counted);
  });

  it('flags partial and invalid blocks in Keterangan and reports invalid cells with row and column', () => {
    const rows = [row(NIP(1), { [S]: [5, 5, 5, 5] }), row(NIP(2), { [S]: [4, 4, 4, 4], 'Tim 1': [2, '', 3, ''], 'Tim 2': [3, 'x', 3, 3] })];
    const res = assessmentTotals(rows, layout);
    expect(res.rows[1].incomplete).toEqual(['Tim 1']);
    expect(res.rows[1].invalid).toEqual(['Tim 2']);
    expect(res.rows[1].note).toContain('Belum lengkap (tidak dihitung): Tim 1');
    expect(res.rows[1].note).toContain('Nilai tidak sah (tidak dihitung): Tim 2');
    expect(res.problems).toHaveLength(1);
    const p = res.problems[0];
    expect(p.row).toBe(ASSESSMENT_FIRST_ROW + 1);
    expect(p.column).toBe(layout.scoreColumns[2][1] + 1);
    expect(p.message).toContain(`kolom ${columnLetter(p.column)}`);
    expect(p.message).toContain('"x" bukan nilai yang sah');
    expect(p.message).toContain('Bertanggung jawab');
  });

  it('notes a missing supervisor score and an unassessed row', () => {
    const res = assessmentTotals([row(NIP(1), { 'Tim 1': [4, 4, 4, 4] }), row(NIP(2), {})], layout);
    expect(res.rows[0].note).toBe('Atasan langsung belum menilai');
    expect(res.rows[1].note).toBe('Belum dinilai');
    expect(res.rows[1].rank).toBeNull();
  });

  it('shares ranks (1, 2, 2, 4) and skips retired rows', () => {
    const blocks: Cell[][] = [[4, 4, 4, 4], [5, 5, 4, 4], [4, 4, 4, 4], [5, 5, 5, 5], [3, 3, 3, 3]];
    const rows = blocks.map((b, i) => row(NIP(i + 1), { [S]: b }, { retired: i === 4 }));
    rows.push(row(NIP(7), { [S]: [2, 2, 2, 2] }));
    const res = assessmentTotals(rows, layout);
    expect(res.rows.map((r) => r.rank)).toEqual([3, 2, 3, 1, null, 5]);
    expect(res.rows[4].note).toContain(RETIRED_NOTE);
  });

  it('proposes the top N; a tie at the cut-off proposes all tied and is flagged', () => {
    // Sums 20, 19, 18, 17, 16, 16, 12.
    const blocks: Cell[][] = [[5, 5, 5, 5], [5, 5, 5, 4], [5, 5, 4, 4], [5, 4, 4, 4], [4, 4, 4, 4], [4, 4, 4, 4], [3, 3, 3, 3]];
    const rows = blocks.map((b, i) => row(NIP(i + 1), { [S]: b }));
    const res = assessmentTotals(rows, layout, 5);
    expect(res.rows.map((r) => r.proposed)).toEqual([true, true, true, true, true, true, false]);
    expect(res.tieAtCutoff).toBe(true);
    expect(res.rows[5].note).toContain('Nilai sama di batas 5 besar');
    const three = assessmentTotals(rows, layout, 3);
    expect(three.rows.filter((r) => r.proposed)).toHaveLength(3);
    expect(three.tieAtCutoff).toBe(false);
  });

  it('reports an unknown Peran', () => {
    const res = assessmentTotals([row(NIP(1), { [S]: [4, 4, 4, 4] }, { role: 'Ketua' }), row(NIP(2), {}, { role: 'katalis' })], layout);
    expect(res.problems).toHaveLength(1);
    expect(res.problems[0].message).toContain('"Ketua" bukan peran yang dikenal');
    expect(res.problems[0].column).toBe(layout.role + 1);
  });

  it('gives criterion means over counted assessors', () => {
    const res = assessmentTotals([row(NIP(1), { [S]: [5, 4, 3, 2], 'Tim 1': [4, 4, 4, 4], 'Tim 2': [1, '', '', ''] })], layout);
    expect(res.rows[0].criterionMeans).toEqual([4.5, 4, 3.5, 3]);
  });
});
