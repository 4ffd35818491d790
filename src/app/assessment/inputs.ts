/**
 * What the assessment and the decree read: the shortlist as the product's records decide it (the
 * ballots of `Log Surat Suara` with today's roster, corrections and settings — never the cells of
 * `Rekap Penjaringan`, a computed sheet a person may have typed into), and the roster of
 * `Pegawai`. One read per sheet; the decisions are pure (core/nominations/plan).
 */
import { UserError } from '../../core/errors';
import { currentTally } from '../../core/nominations/plan';
import type { TallyResult } from '../../core/nominations/tally';
import { SHEETS } from '../../core/schema';
import type { ParsedSettings } from '../../core/settings';
import type { Employee } from '../../core/types';
import type { ShortlistCandidate } from '../../core/assessment/reconcile';
import { activeSpreadsheet } from '../../gas/sheets';
import { filledNips, loadAll } from '../nominations/record';

/** One person of the tally, as the records decide it. */
export interface TallyEntry {
  nip: string;
  name: string;
  unit: string;
  votes: number;
  eligible: boolean;
  shortlisted: boolean;
}

/** The tally's candidates as entries (a roster row without NIP has no NIP here). */
export function tallyEntries(result: TallyResult): TallyEntry[] {
  return result.candidates.map((c) => ({
    nip: c.nip.startsWith('baris-') ? '' : c.nip,
    name: c.name,
    unit: c.unit,
    votes: c.votes,
    eligible: c.eligible,
    shortlisted: c.shortlisted,
  }));
}

/** The shortlisted candidates with their supervisor taken from the roster (NIP Atasan). */
export function shortlistCandidates(tally: readonly TallyEntry[], roster: readonly Employee[]): ShortlistCandidate[] {
  const byNip = new Map<string, Employee>();
  for (const e of roster) if (e.nip !== '' && !byNip.has(e.nip)) byNip.set(e.nip, e);
  return tally
    .filter((t) => t.shortlisted)
    .map((t) => {
      const me = byNip.get(t.nip);
      const boss = me && me.supervisorNip !== '' ? byNip.get(me.supervisorNip) : undefined;
      return {
        nip: t.nip,
        name: me?.name || t.name,
        unit: t.unit || me?.unit || '',
        votes: t.votes,
        supervisorName: boss?.name ?? '',
        supervisorNip: me?.supervisorNip ?? '',
      };
    });
}

/**
 * The tally from the records, and the roster it was decided with, reading Pegawai, Pilihan
 * Formulir, Koreksi Nama and Log Surat Suara once each (`settings`: as the click read them).
 */
export function readTallyFromRecords(parsed: ParsedSettings): { tally: TallyEntry[]; roster: Employee[] } {
  const loaded = loadAll(activeSpreadsheet(), parsed);
  if (!loaded.ledger.sheet) {
    throw new UserError(
      `Lembar "${SHEETS.ballots}" tidak ditemukan, jadi daftar pendek tidak bisa dihitung.`,
      'Jalankan Penjaringan › Sinkronkan Ulang Penjaringan: lembar dibuat lagi dari semua respons formulir. Lalu jalankan menu ini lagi.',
    );
  }
  const result = currentTally({
    settings: loaded.settings,
    roster: loaded.roster,
    labels: loaded.labels,
    ledgerRows: loaded.ledger.rows,
    correctionRows: loaded.corrections.sheet ? loaded.corrections.rows : null,
    filledNips: filledNips(),
  });
  return { tally: tallyEntries(result), roster: loaded.roster };
}
