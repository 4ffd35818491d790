/**
 * What the assessment and the decree read from the spreadsheet: the shortlist of
 * `Rekap Penjaringan`, the roster of `Pegawai`, and `Penilaian` itself. Parsing is pure
 * (values in, plain data out); the `read*` functions do one getValues per sheet.
 */
import { textOf } from '../../core/cells';
import { UserError } from '../../core/errors';
import { digitsOf } from '../../core/nip';
import { parseRoster } from '../../core/roster';
import { SHEETS, SHORTLIST_MARK, TALLY_HEADERS } from '../../core/schema';
import { tallyHeaderRow } from '../../core/nominations/tally-layout';
import type { Employee } from '../../core/types';
import type { ShortlistCandidate } from '../../core/assessment/reconcile';
import { readSheet } from '../../gas/sheets';

/** One row of the ranking table of `Rekap Penjaringan`. */
export interface TallyEntry {
  nip: string;
  name: string;
  unit: string;
  votes: number;
  eligible: boolean;
  shortlisted: boolean;
}

const key = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The ranking table at A1 of `Rekap Penjaringan` (TALLY_HEADERS, found by header text), one row
 * per person, ending at the first row without name and NIP.
 */
export function parseTally(values: readonly unknown[][]): TallyEntry[] {
  const top = Math.max(0, tallyHeaderRow(values));
  if (values.length === 0) return [];
  const header = values[top].map((v) => key(textOf(v)));
  const col = (h: string): number => header.indexOf(key(h));
  const [, nameH, nipH, unitH, votesH, eligibleH, , shortlistH] = TALLY_HEADERS;
  const c = { name: col(nameH), nip: col(nipH), unit: col(unitH), votes: col(votesH), eligible: col(eligibleH), shortlist: col(shortlistH) };
  if (c.name < 0 || c.shortlist < 0) return [];
  const at = (r: readonly unknown[], i: number): string => (i >= 0 ? textOf(r[i]) : '');
  const out: TallyEntry[] = [];
  for (let i = top + 1; i < values.length; i++) {
    const r = values[i];
    const name = at(r, c.name);
    const nip = digitsOf(at(r, c.nip));
    if (name === '' && nip === '') break;
    const votes = Number(at(r, c.votes));
    out.push({
      nip,
      name,
      unit: at(r, c.unit),
      votes: Number.isFinite(votes) ? votes : 0,
      eligible: key(at(r, c.eligible)) !== 'tidak',
      shortlisted: key(at(r, c.shortlist)) === key(SHORTLIST_MARK),
    });
  }
  return out;
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

/** `Rekap Penjaringan` as read; a missing sheet says what to run. */
export function readTally(): TallyEntry[] {
  const values = readSheet(SHEETS.tally);
  if (!values) {
    throw new UserError(
      `Lembar "${SHEETS.tally}" tidak ditemukan.`,
      'Jalankan Siapkan Lembar Kerja, hubungkan formulir penjaringan, lalu Sinkronkan Ulang Penjaringan.',
    );
  }
  return parseTally(values);
}

/** The employees of `Pegawai`; a missing sheet says what to do. */
export function readRoster(): Employee[] {
  const values = readSheet(SHEETS.roster);
  if (!values) {
    throw new UserError(`Lembar "${SHEETS.roster}" tidak ditemukan.`, `Jalankan Siapkan Lembar Kerja, lalu isi data pegawai di lembar "${SHEETS.roster}".`);
  }
  const [header = [], ...rows] = values;
  return parseRoster(header, rows).employees;
}
