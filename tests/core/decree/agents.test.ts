import { describe, expect, it } from 'vitest';
import { assessmentLayout, type AssessmentRow, SUPERVISOR_ASSESSOR } from '../../../src/core/assessment/layout';
import { assessmentTotals } from '../../../src/core/assessment/totals';
import type { Cell } from '../../../src/core/cells';
import { decreeAgents, decreeChoice } from '../../../src/core/decree/agents';
import type { Employee } from '../../../src/core/types';
import { person } from '../nominations/fixtures';

const A = person('198001012005012001', 'Ani Lake');
const B = person('198102022006021002', 'Beni Radja');
const C = person('198203032007031003', 'Carla Seran');
const D = person('198304042008042004', 'Dedi Bria', { status: 'CPNS' });
const roster: Employee[] = [A, B, C, D, person(A.nip, 'Ani Lake (baris ganda)')];

const layout = assessmentLayout([]);
function row(e: Employee, scores: Cell[], over: Partial<AssessmentRow> = {}): AssessmentRow {
  return { nip: e.nip, name: e.name, unit: e.unit, votes: 3, supervisorName: '', supervisorNip: '', scores: { [SUPERVISOR_ASSESSOR]: scores }, chosen: true, role: '', retired: false, duplicate: false, ...over };
}

describe('who goes into the decree (D1–D2)', () => {
  const rows = [
    row(A, [3, 3, 3, 3], { role: 'Katalis' }), // total 12, rank 3
    row(B, [5, 5, 5, 5], { chosen: false }), // rank 1, not chosen
    row(C, [4, 4, 4, 4], { role: '  ' }), // rank 2
    row(D, ['', '', '', '']), // not assessed
    row(C, [5, 5, 5, 5], { duplicate: true, chosen: false }),
  ];
  const result = assessmentTotals(rows, layout);

  it('the ticked rows, in sheet order with their Penilaian row; N6 by NIP from the first roster row; the assessed NIPs', () => {
    const c = decreeChoice(rows, result, roster);
    expect(c.chosen).toEqual([
      { nip: A.nip, name: A.name, role: 'Katalis', row: 3 },
      { nip: C.nip, name: C.name, role: '  ', row: 5 },
      { nip: D.nip, name: D.name, role: '', row: 6 },
    ]);
    expect([...c.eligibility.keys()]).toEqual([A.nip, B.nip, C.nip, D.nip]);
    expect(c.eligibility.get(A.nip)?.eligible).toBe(true);
    expect(c.eligibility.get(D.nip)?.eligible).toBe(false);
    expect(c.assessedNips).toEqual([A.nip, B.nip, C.nip]);
  });

  it('the agents best rank first, an unranked one last; a blank role is none', () => {
    const agents = decreeAgents(rows, result, roster);
    expect(agents.map((a) => [a.employee.name, a.role])).toEqual([
      ['Carla Seran', null],
      ['Ani Lake', 'Katalis'],
      ['Dedi Bria', null],
    ]);
  });

  it('equal ranks keep the sheet order', () => {
    const tied = [row(C, [4, 4, 4, 4]), row(A, [4, 4, 4, 4]), row(B, [4, 4, 4, 4])];
    expect(decreeAgents(tied, assessmentTotals(tied, layout), roster).map((a) => a.employee.nip)).toEqual([C.nip, A.nip, B.nip]);
  });
});
