/**
 * A2: the rows after the shortlist changed. Every row and every typed score, Ditetapkan and Peran
 * survive every re-sync; candidates no longer on the shortlist are retired, never deleted.
 */
import type { Cell } from '../cells';
import { digitsOf } from '../nip';
import { normalizeName } from '../names';
import { N_CRITERIA, assessmentLayout, assessorList, labelKey, type AssessmentLayout, type AssessmentRow, type ParsedAssessment, type TeamColumn } from './layout';
import { cellText } from './sheet';

/** A shortlisted candidate as the nominations part and `Pegawai` describe them. */
export interface ShortlistCandidate {
  nip: string;
  name: string;
  unit: string;
  votes: number;
  supervisorName: string;
  supervisorNip: string;
}

export interface Reconciled {
  layout: AssessmentLayout;
  rows: AssessmentRow[];
  added: number;
  retired: number;
  /** Retired rows that are back on the shortlist. */
  restored: number;
  /** The team's own columns, kept (each row keeps its cells in them). */
  teamColumns: TeamColumn[];
}

/** The identity of a candidate across syncs: the NIP, else the bare name. */
export function candidateKey(c: { nip: string; name: string }): string {
  const nip = digitsOf(c.nip);
  return nip !== '' ? `nip:${nip}` : `nama:${normalizeName(c.name)}`;
}

/** The identity columns of a row, as the shortlist and `Pegawai` give them now. */
function identityOf(c: ShortlistCandidate): Pick<AssessmentRow, 'nip' | 'name' | 'unit' | 'votes' | 'supervisorName' | 'supervisorNip'> {
  return { nip: digitsOf(c.nip), name: c.name, unit: c.unit, votes: c.votes, supervisorName: c.supervisorName, supervisorNip: digitsOf(c.supervisorNip) };
}

const hasTyped = (cells: readonly Cell[]): boolean => cells.some((c) => cellText(c) !== '');

/**
 * A2: the new rows after the shortlist changed. Keeps every row and every typed score, Ditetapkan
 * and Peran; refreshes identity columns of candidates still on the shortlist; retires the others
 * (kept, scores kept); appends new candidates in shortlist order. An assessor dropped from the
 * setting keeps their block while any score of theirs is typed.
 */
export function reconcileAssessment(
  existing: ParsedAssessment,
  shortlist: readonly ShortlistCandidate[],
  assessorSetting: readonly string[],
): Reconciled {
  const wanted = assessorList(assessorSetting);
  const wantedKeys = new Set(wanted.map(labelKey));
  const kept = existing.assessors.filter(
    (a) => !wantedKeys.has(labelKey(a)) && existing.rows.some((r) => r.scores[a] !== undefined && hasTyped(r.scores[a])),
  );
  const layout = assessmentLayout([...wanted.slice(1), ...kept]);
  const byLabel = new Map(existing.assessors.map((a) => [labelKey(a), a]));

  const fresh = new Map<string, ShortlistCandidate>();
  for (const c of shortlist) if (!fresh.has(candidateKey(c))) fresh.set(candidateKey(c), c);

  const seen = new Set<string>();
  let retired = 0;
  let restored = 0;
  const rows: AssessmentRow[] = existing.rows.map((old) => {
    const key = candidateKey(old);
    const scores: Record<string, Cell[]> = {};
    for (const a of layout.assessors) {
      const from = byLabel.get(labelKey(a));
      const cells = from !== undefined ? old.scores[from] : undefined;
      scores[a] = cells ? cells.slice(0, N_CRITERIA) : new Array<Cell>(N_CRITERIA).fill('');
    }
    const base = { ...old, scores, duplicate: false };
    if (seen.has(key)) return { ...base, duplicate: true };
    seen.add(key);
    const c = fresh.get(key);
    if (!c) {
      if (!old.retired) retired += 1;
      return { ...base, retired: true };
    }
    if (old.retired) restored += 1;
    return { ...base, ...identityOf(c), retired: false };
  });
  let added = 0;
  fresh.forEach((c, key) => {
    if (seen.has(key)) return;
    added += 1;
    const scores: Record<string, Cell[]> = {};
    for (const a of layout.assessors) scores[a] = new Array<Cell>(N_CRITERIA).fill('');
    rows.push({
      ...identityOf(c),
      scores,
      chosen: false,
      role: '',
      retired: false,
      duplicate: false,
    });
  });
  return { layout, rows, added, retired, restored, teamColumns: existing.teamColumns ?? [] };
}
