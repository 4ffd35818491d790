/** Rows and shortlist candidates for the assessment tests. */
import type { AssessmentRow } from '../../../src/core/assessment/layout';
import type { ShortlistCandidate } from '../../../src/core/assessment/reconcile';
import type { Cell } from '../../../src/core/cells';

export const NIP = (n: number): string => `19800101200501100${n}`;

export function row(nip: string, scores: Record<string, Cell[]>, extra: Partial<AssessmentRow> = {}): AssessmentRow {
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

export const cand = (n: number, votes = 5): ShortlistCandidate => ({
  nip: NIP(n),
  name: `Calon ${n}`,
  unit: 'Bidang P2P',
  votes,
  supervisorName: 'Atasan A',
  supervisorNip: NIP(9),
});
