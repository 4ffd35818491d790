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
    const level = sanctionLevel(employee.sanction);
    // Only the level: the sanction's own text (decision number, cut, months) stays in Pegawai.
    reasons.push(level ? `Hukuman disiplin ${level}` : 'Hukuman disiplin aktif');
  }
  // R3: who this is cannot be confirmed by NIP, and ballots naming the NIP were not counted.
  if (employee.nipDamage) {
    reasons.push(`NIP rusak di lembar Pegawai${employee.row ? ` (baris ${employee.row})` : ''}: perbaiki dulu, lalu Sinkronkan Ulang`);
  }
  return { eligible: reasons.length === 0, reason: reasons.join('; ') };
}

export type SanctionLevel = 'ringan' | 'sedang' | 'berat';

/** The kinds of sanction PP 94/2021 (and the older PP 53/2010) put in each level. */
const KINDS: { level: SanctionLevel; pattern: RegExp }[] = [
  { level: 'berat', pattern: /penurunan jabatan|pembebasan dari jabatan|pemberhentian|diberhentikan|pemindahan dalam rangka penurunan|penurunan pangkat[^;]*\b(3|tiga) tahun/ },
  { level: 'sedang', pattern: /pemotongan tunjangan|potongan tunjangan|penundaan kenaikan|penurunan pangkat/ },
  { level: 'ringan', pattern: /teguran lisan|teguran tertulis|pernyataan tidak puas/ },
];

/**
 * The level of a sanction as the roster writes it: a level named after "hukuman", "disiplin" or
 * "tingkat" ("Hukuman disiplin sedang: …", "hukdis berat"), a cell that is only the level, or the
 * kind of sanction (teguran tertulis → ringan, pemotongan tunjangan kinerja → sedang,
 * pembebasan dari jabatan → berat); null when the text says none of these.
 */
export function sanctionLevel(text: string): SanctionLevel | null {
  const t = String(text).toLowerCase().replace(/\s+/g, ' ').trim();
  const only = /^(ringan|sedang|berat)\.?$/.exec(t);
  if (only) return only[1] as SanctionLevel;
  const named = /(hukuman|disiplin|hukdis|tingkat|kategori)\s*(disiplin\s*)?(tingkat\s*)?[:\-]?\s*(ringan|sedang|berat)\b/.exec(t);
  if (named) return named[4] as SanctionLevel;
  return KINDS.find((k) => k.pattern.test(t))?.level ?? null;
}
