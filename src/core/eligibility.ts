/**
 * N6: who may become an agent (seed "Kriteria AOC"): Status Kepegawaian PNS and no active
 * disciplinary sanction. Votes for others are counted and shown with the reason, never shortlisted.
 * A person whose roster NIP is damaged (R3) waits outside the shortlist until it is repaired: the
 * votes written with the real NIP could not be counted for them.
 */
import { hasActiveSanction, normalizeStatus } from './roster';
import type { Employee } from './types';

export interface Eligibility {
  eligible: boolean;
  /** '' when eligible; otherwise every reason, in Indonesian, joined with "; ". */
  reason: string;
}

/** N6 for one employee: PNS and no active sanction, with the reasons why not. */
export function eligibility(employee: Pick<Employee, 'status' | 'sanction'> & Partial<Pick<Employee, 'nipDamage' | 'row'>>): Eligibility {
  const reasons: string[] = [];
  const status = normalizeStatus(employee.status);
  if (status === null) {
    const written = employee.status.trim();
    reasons.push(written === '' ? 'Status Kepegawaian kosong' : `Status Kepegawaian tidak dikenal: "${written}"`);
  } else if (status !== 'PNS') {
    reasons.push(`Status ${status} (bukan PNS)`);
  }
  if (hasActiveSanction(employee.sanction)) {
    reasons.push(`Sedang menjalani hukuman disiplin: ${employee.sanction.trim()}`);
  }
  // R3: who this is cannot be confirmed by NIP, and ballots naming the NIP were not counted.
  if (employee.nipDamage) {
    reasons.push(`NIP rusak di lembar Pegawai${employee.row ? ` (baris ${employee.row})` : ''}: perbaiki dulu, lalu Sinkronkan Ulang`);
  }
  return { eligible: reasons.length === 0, reason: reasons.join('; ') };
}
