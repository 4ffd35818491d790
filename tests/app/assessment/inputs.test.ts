/** The shortlist from the records (never from Rekap Penjaringan's cells) and each candidate's supervisor. */
import { describe, expect, it } from 'vitest';
import { shortlistCandidates, tallyEntries } from '../../../src/app/assessment/inputs';
import type { CandidateResult, TallyResult } from '../../../src/core/nominations/tally';
import type { Employee } from '../../../src/core/types';

const emp = (nip: string, name: string, supervisorNip = ''): Employee => ({
  nip, name, jabatan: 'Staf', unit: 'Sekretariat', pangkat: 'Penata / III/c', status: 'PNS', sanction: '', supervisorNip, email: '', row: 2,
});

/** A tally result with only what tallyEntries reads. */
function result(candidates: Partial<CandidateResult>[]): TallyResult {
  const full = candidates.map((c) => ({ nip: '', name: '', unit: '', votes: 0, eligible: true, reason: '', rank: null, shortlisted: false, ...c }));
  return { candidates: full } as unknown as TallyResult;
}

describe('tallyEntries (the shortlist from the records)', () => {
  it('keeps NIP, name, unit, votes, eligibility and the shortlist mark; a roster row without NIP has none', () => {
    const entries = tallyEntries(
      result([
        { nip: '198609262015051001', name: 'Ana', unit: 'Sek', votes: 7, shortlisted: true },
        { nip: 'baris-12', name: 'Budi', unit: 'Sek', votes: 2, eligible: false, reason: 'Status bukan PNS' },
      ]),
    );
    expect(entries).toEqual([
      { nip: '198609262015051001', name: 'Ana', unit: 'Sek', votes: 7, eligible: true, shortlisted: true },
      { nip: '', name: 'Budi', unit: 'Sek', votes: 2, eligible: false, shortlisted: false },
    ]);
  });
});

describe('shortlistCandidates', () => {
  const roster = [emp('111111111111111111', 'dr. Kepala, M.Kes.'), emp('222222222222222222', 'Ana, S.KM', '111111111111111111'), emp('333333333333333333', 'Budi', '999999999999999999')];
  it('takes the titled roster name and the supervisor named by NIP Atasan; an unknown supervisor stays blank', () => {
    const tally = tallyEntries(
      result([
        { nip: '222222222222222222', name: 'Ana', unit: 'Sek', votes: 5, shortlisted: true },
        { nip: '333333333333333333', name: 'Budi', unit: 'Sek', votes: 4, shortlisted: true },
        { nip: '444444444444444444', name: 'Cici', unit: 'Sek', votes: 1 },
      ]),
    );
    expect(shortlistCandidates(tally, roster)).toEqual([
      { nip: '222222222222222222', name: 'Ana, S.KM', unit: 'Sek', votes: 5, supervisorName: 'dr. Kepala, M.Kes.', supervisorNip: '111111111111111111' },
      { nip: '333333333333333333', name: 'Budi', unit: 'Sek', votes: 4, supervisorName: '', supervisorNip: '999999999999999999' },
    ]);
  });
});
