import { describe, expect, it } from 'vitest';
import { ASSESSMENT_FIRST_ROW, type AssessmentRow, assessmentLayout, columnLetter, RETIRED_NOTE, SUPERVISOR_ASSESSOR } from '../../src/core/assessment/layout';
import { assessmentSheetValues, parseAssessmentSheet } from '../../src/core/assessment/sheet';
import { reconcileAssessment, type ShortlistCandidate } from '../../src/core/assessment/reconcile';
import { assessmentTotals, scoreValue } from '../../src/core/assessment/totals';
import type { Cell } from '../../src/core/cells';
import { ASSESSMENT_CRITERIA, ROLE_NAMES } from '../../src/core/values';

const NIP = (n: number): string => `19800101200501100${n}`;

function row(nip: string, scores: Record<string, Cell[]>, extra: Partial<AssessmentRow> = {}): AssessmentRow {
  return {
    nip,
    name: `Calon ${nip.slice(-1)}`,
    unit: 'Bidang P2P',
    votes: 3,
    supervisorName: 'Atasan A',
    supervisorNip: NIP(9),
    scores,
    chosen: false,
    role: '',
    retired: false,
    duplicate: false,
    ...extra,
  };
}

const cand = (n: number, votes = 5): ShortlistCandidate => ({
  nip: NIP(n),
  name: `Calon ${n}`,
  unit: 'Bidang P2P',
  votes,
  supervisorName: 'Atasan A',
  supervisorNip: NIP(9),
});

describe('assessmentLayout', () => {
  it('puts the supervisor first, then the setting names once each, and the tail columns last', () => {
    const l = assessmentLayout(['Yohanes Bria', ' yohanes  bria ', '', 'Atasan Langsung', 'Maria Lake']);
    expect(l.assessors).toEqual([SUPERVISOR_ASSESSOR, 'Yohanes Bria', 'Maria Lake']);
    expect(l.width).toBe(7 + 3 * 4 + 6);
    expect(l.headers[1].slice(0, 7)).toEqual(['No', 'NIP', 'Nama', 'Unit Kerja', 'Suara', 'Atasan Langsung', 'NIP Atasan']);
    expect(l.headers[1].slice(7, 11)).toEqual(ASSESSMENT_CRITERIA.map((c) => c.name));
    expect(l.headers[1].slice(-6)).toEqual(['Total', 'Peringkat', 'Diusulkan', 'Ditetapkan', 'Peran', 'Keterangan']);
    expect(l.headers[0][7]).toBe('Penilai 1: Atasan Langsung');
    expect(l.headers[0][11]).toBe('Penilai 2: Yohanes Bria');
    expect(l.scoreColumns[2]).toEqual([15, 16, 17, 18]);
  });
});

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
