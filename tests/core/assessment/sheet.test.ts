import { describe, expect, it } from 'vitest';
import { assessmentLayout, RETIRED_NOTE, SUPERVISOR_ASSESSOR, type AssessmentRow } from '../../../src/core/assessment/layout';
import { assessmentSheetValues, parseAssessmentSheet } from '../../../src/core/assessment/sheet';
import { reconcileAssessment } from '../../../src/core/assessment/reconcile';
import { assessmentTotals } from '../../../src/core/assessment/totals';
import { ROLE_NAMES } from '../../../src/core/values';
import { cand, NIP, row } from './fixtures';

describe('sheet round trip and reconcileAssessment', () => {
  const S = SUPERVISOR_ASSESSOR;

  function sheetOf(assessors: string[], rows: AssessmentRow[]): unknown[][] {
    const layout = assessmentLayout(assessors);
    const values = assessmentSheetValues(layout, rows, assessmentTotals(rows, layout));
    // As Sheets gives them back: an apostrophe prefix is not part of the value.
    return values.map((r) => r.map((c) => (typeof c === 'string' && c.startsWith("'") ? c.slice(1) : c)));
  }

  it('reads back what it writes (scores, checkbox, role, retired)', () => {
    const rows = [
      row(NIP(1), { [S]: [5, 4, 3, 2], 'Tim 1': ['', '', '', ''] }, { chosen: true, role: 'Katalis' }),
      row(NIP(2), { [S]: ['x', 4, '', ''], 'Tim 1': [1, 1, 1, 1] }, { retired: true }),
    ];
    const parsed = parseAssessmentSheet(sheetOf(['Tim 1'], rows));
    expect(parsed.assessors).toEqual([S, 'Tim 1']);
    expect(parsed.rows.map((r) => r.nip)).toEqual([NIP(1), NIP(2)]);
    expect(parsed.rows[0].scores[S]).toEqual([5, 4, 3, 2]);
    expect(parsed.rows[1].scores[S]).toEqual(['x', 4, '', '']);
    expect(parsed.rows[0].chosen).toBe(true);
    expect(parsed.rows[0].role).toBe('Katalis');
    expect(parsed.rows[1].retired).toBe(true);
    expect(parsed.rows[0].supervisorNip).toBe(NIP(9));
  });

  it('writes grouped NIPs as text and the computed columns', () => {
    const layout = assessmentLayout([]);
    const rows = [row(NIP(1), { [S]: [5, 5, 5, 5] })];
    const values = assessmentSheetValues(layout, rows, assessmentTotals(rows, layout));
    expect(values[2][layout.nip]).toBe("'19800101 200501 1 001");
    expect(values[2][layout.total]).toBe(20);
    expect(values[2][layout.rank]).toBe(1);
    expect(values[2][layout.proposed]).toBe('Ya');
    expect(values[2][layout.chosen]).toBe(false);
  });

  it('keeps typed scores and choices, retires rows off the shortlist, appends new ones in order', () => {
    const existing = parseAssessmentSheet(
      sheetOf(['Tim 1'], [
        row(NIP(1), { [S]: [5, 4, 3, 2], 'Tim 1': [1, 2, 3, 4] }, { chosen: true, role: 'Mediator' }),
        row(NIP(2), { [S]: [3, 3, 3, 3] }, { chosen: true }),
        row(NIP(3), { [S]: ['7', '', '', ''] }),
      ]),
    );
    const shortlist = [cand(4), { ...cand(3), name: 'Calon 3 (nama baru)' }, cand(1), cand(5)];
    const out = reconcileAssessment(existing, shortlist, ['Tim 1']);
    expect(out.rows.map((r) => r.nip)).toEqual([NIP(1), NIP(2), NIP(3), NIP(4), NIP(5)]);
    expect(out.rows[0].scores).toEqual({ [S]: [5, 4, 3, 2], 'Tim 1': [1, 2, 3, 4] });
    expect(out.rows[0].chosen).toBe(true);
    expect(out.rows[0].role).toBe('Mediator');
    expect(out.rows[1].retired).toBe(true);
    expect(out.rows[1].scores[S]).toEqual([3, 3, 3, 3]);
    expect(out.rows[1].chosen).toBe(true);
    expect(out.rows[2].scores[S]).toEqual(['7', '', '', '']);
    expect(out.rows[2].name).toBe('Calon 3 (nama baru)');
    expect(out.rows[3].scores[S]).toEqual(['', '', '', '']);
    expect({ added: out.added, retired: out.retired, restored: out.restored }).toEqual({ added: 2, retired: 1, restored: 0 });
    const res = assessmentTotals(out.rows, out.layout);
    expect(res.rows[1].note).toContain(RETIRED_NOTE);
    expect(res.rows[1].rank).toBeNull();
  });

  it('restores a retired row that is back on the shortlist, and is idempotent', () => {
    const first = parseAssessmentSheet(sheetOf([], [row(NIP(1), { [S]: [4, 4, 4, 4] }, { retired: true })]));
    const out = reconcileAssessment(first, [cand(1)], []);
    expect(out.rows[0].retired).toBe(false);
    expect(out.restored).toBe(1);
    const again = reconcileAssessment({ assessors: out.layout.assessors, rows: out.rows }, [cand(1)], []);
    expect(again.rows).toEqual(out.rows);
    expect(again.added + again.retired + again.restored).toBe(0);
  });

  it('keeps the block of an assessor removed from the setting while it holds scores', () => {
    const existing = parseAssessmentSheet(
      sheetOf(['Tim 1', 'Tim 2'], [row(NIP(1), { [S]: [4, 4, 4, 4], 'Tim 1': ['', '', '', ''], 'Tim 2': [2, 2, 2, 2] })]),
    );
    const out = reconcileAssessment(existing, [cand(1)], ['Tim 3']);
    expect(out.layout.assessors).toEqual([S, 'Tim 3', 'Tim 2']);
    expect(out.rows[0].scores['Tim 2']).toEqual([2, 2, 2, 2]);
    expect(out.rows[0].scores['Tim 3']).toEqual(['', '', '', '']);
  });

  it('marks a second row of the same candidate as a duplicate, keeping its scores', () => {
    const existing = parseAssessmentSheet(sheetOf([], [row(NIP(1), { [S]: [4, 4, 4, 4] }), row(NIP(1), { [S]: [1, 1, 1, 1] })]));
    const out = reconcileAssessment(existing, [cand(1)], []);
    expect(out.rows.map((r) => r.duplicate)).toEqual([false, true]);
    expect(out.rows[1].scores[S]).toEqual([1, 1, 1, 1]);
    const res = assessmentTotals(out.rows, out.layout);
    expect(res.rows[1].rank).toBeNull();
    expect(res.rows[1].note).toContain('Baris ganda');
  });

  it('reads an empty or foreign sheet as no rows', () => {
    expect(parseAssessmentSheet([])).toEqual({ assessors: [], rows: [] });
    expect(parseAssessmentSheet([['a'], ['b']])).toEqual({ assessors: [], rows: [] });
    const out = reconcileAssessment({ assessors: [], rows: [] }, [cand(1), cand(2)], ['Tim 1']);
    expect(out.rows).toHaveLength(2);
    expect(out.added).toBe(2);
  });

  it('offers the five roles', () => {
    expect(ROLE_NAMES).toEqual(['Katalis', 'Penggerak Perubahan', 'Pemberi Solusi', 'Mediator', 'Penghubung']);
  });
});
