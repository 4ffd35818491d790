/**
 * Who goes into the decree (D1–D2): the candidates ticked Ditetapkan in `Penilaian`, checked
 * against the roster (N6) and the totals, then ordered for the decree: best rank first, then
 * sheet order. Pure.
 */
import { ASSESSMENT_FIRST_ROW, type AssessmentRow } from '../assessment/layout';
import type { AssessmentResult } from '../assessment/totals';
import { eligibility, type Eligibility } from '../eligibility';
import type { Employee } from '../types';
import type { DecreeAgent } from './model';
import type { ChosenCandidate } from './preflight';

/** What the pre-flight needs to know about the chosen candidates. */
export interface DecreeChoice {
  /** Rows ticked Ditetapkan, in sheet order. */
  chosen: ChosenCandidate[];
  /** N6 by NIP for every roster NIP (the first roster row of a NIP wins). */
  eligibility: Map<string, Eligibility>;
  /** NIPs of the active rows (neither retired nor duplicate) that have a total. */
  assessedNips: string[];
}

function rosterByNip(roster: readonly Employee[]): Map<string, Employee> {
  const byNip = new Map<string, Employee>();
  for (const e of roster) if (e.nip !== '' && !byNip.has(e.nip)) byNip.set(e.nip, e);
  return byNip;
}

export function decreeChoice(rows: readonly AssessmentRow[], result: AssessmentResult, roster: readonly Employee[]): DecreeChoice {
  const chosen: ChosenCandidate[] = [];
  rows.forEach((r, i) => {
    if (r.chosen) chosen.push({ nip: r.nip, name: r.name, role: r.role, row: ASSESSMENT_FIRST_ROW + i });
  });
  const byNip = new Map<string, Eligibility>();
  rosterByNip(roster).forEach((e, nip) => byNip.set(nip, eligibility(e)));
  const assessedNips = rows.filter((r, i) => !r.retired && !r.duplicate && result.rows[i].total !== null).map((r) => r.nip);
  return { chosen, eligibility: byNip, assessedNips };
}

/**
 * The agents of the decree, once the pre-flight passed (every chosen NIP is in the roster): in
 * rank order (best first), ties and unranked rows in sheet order; a blank role is null.
 */
export function decreeAgents(rows: readonly AssessmentRow[], result: AssessmentResult, roster: readonly Employee[]): DecreeAgent[] {
  const byNip = rosterByNip(roster);
  const firstRow = new Map<string, number>();
  rows.forEach((r, i) => {
    if (r.chosen && !firstRow.has(r.nip)) firstRow.set(r.nip, i);
  });
  const order = (nip: string): [number, number] => {
    const i = firstRow.get(nip) ?? 0;
    return [result.rows[i].rank ?? Number.MAX_SAFE_INTEGER, i];
  };
  return rows
    .filter((r) => r.chosen)
    .map((r) => ({ employee: byNip.get(r.nip) as Employee, role: r.role.trim() === '' ? null : r.role }))
    .sort((a, b) => {
      const [ra, ia] = order(a.employee.nip);
      const [rb, ib] = order(b.employee.nip);
      return ra - rb || ia - ib;
    });
}
