/**
 * `Log Surat Suara` as plain data, both ways. The ledger keeps what a ballot is rebuilt from (the
 * voter key of N1 and the raw entries, one per line), so a change of roster, corrections or
 * settings re-decides every ballot without reading the Form again. Pure: no Apps Script here.
 */
import { asText, fitLines, isDate, textOf, type Cell } from '../cells';
import { formatNip } from '../nip';
import { BALLOT_LOG_HEADERS } from '../schema';
import { decideBallot, entriesOf, splitEntries, voterOf, voterOfKey, type Ballot } from './ballot';
import type { NameResolver } from './resolve';
import type { PlainResponse } from '../response';

/** What a ballot is rebuilt from: one response, reduced to its voter and its entries. */
export interface LedgerEntry {
  responseId: string;
  timestamp: number;
  /** N1 key: 'email:…', 'nip:…' or 'response:…'. */
  voterKey: string;
  /** Non-blank entries as written, in question order. */
  rawEntries: string[];
  /** When the product last decided this row (ms). */
  processedAt: number;
}

export const LEDGER_WIDTH = BALLOT_LOG_HEADERS.length;
/** 0-based column of each ledger header. */
export const LEDGER_COLUMNS = Object.fromEntries(BALLOT_LOG_HEADERS.map((h, i) => [h, i])) as Record<string, number>;
const COL = LEDGER_COLUMNS;

/** A Form response reduced to a ledger entry (voter decided by N1, entries split by N3). */
export function entryOf(
  response: PlainResponse,
  mapping: { nomineeQuestions: string[]; voterNipQuestion: string | null },
  resolver: NameResolver,
  processedAt: number,
): LedgerEntry {
  const voter = voterOf(response, mapping, resolver);
  // The ledger keeps the identity the response gives (an e-mail stays an e-mail): which NIP the
  // roster gives that e-mail is decided again on every run (N1).
  const email = String(response.email ?? '').trim().toLowerCase();
  return { responseId: response.id, timestamp: response.timestamp, voterKey: email !== '' ? `email:${email}` : voter.key, rawEntries: entriesOf(response, mapping), processedAt };
}

/** The ballot of a ledger entry with today's roster, corrections and limit. */
export function ballotOf(entry: LedgerEntry, resolver: NameResolver, perBallotLimit: number): Ballot {
  const voter = voterOfKey(entry.voterKey, entry.responseId, resolver);
  return decideBallot(entry.responseId, entry.timestamp, voter, splitEntries(entry.rawEntries), resolver, { perBallotLimit });
}

function msOf(v: unknown): number {
  if (isDate(v)) return v.getTime();
  const n = typeof v === 'number' ? v : Date.parse(String(v));
  return Number.isFinite(n) ? n : 0;
}

/** Ledger rows (below the header) → entries; rows without a response id are skipped. */
export function parseLedger(rows: readonly (readonly unknown[])[]): LedgerEntry[] {
  const out: LedgerEntry[] = [];
  for (const r of rows) {
    const responseId = textOf(r[COL['ID Respons']]);
    if (responseId === '') continue;
    const raw = r[COL['Usulan (teks asli)']];
    out.push({
      responseId,
      timestamp: msOf(r[COL['Waktu Kirim']]),
      voterKey: textOf(r[COL['Kunci Pengusul']]) || `response:${responseId}`,
      rawEntries: String(raw ?? '')
        .split('\n')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
      processedAt: msOf(r[COL.Diproses]),
    });
  }
  return out;
}

/** "19860926 201505 1 001 — Nama" per counted person ('' NIP for roster rows without one). */
export function candidateLine(key: string, resolver: NameResolver): string {
  const e = resolver.employee(key);
  const nip = key.startsWith('baris-') ? '' : formatNip(key);
  const name = e?.name ?? '';
  return nip && name ? `${nip} — ${name}` : nip || name;
}

/** One ledger row for the sheet. Voter and entries are people's text: kept as text. */
export function ledgerRow(entry: LedgerEntry, ballot: Ballot, voterLabel: string, resolver: NameResolver, makeDate: (ms: number) => Date): Cell[] {
  const row: Cell[] = new Array<Cell>(LEDGER_WIDTH).fill('');
  row[COL['ID Respons']] = asText(entry.responseId);
  row[COL['Waktu Kirim']] = makeDate(entry.timestamp);
  row[COL.Pengusul] = asText(voterLabel);
  row[COL['Kunci Pengusul']] = asText(entry.voterKey);
  row[COL['Usulan (teks asli)']] = asText(fitLines(entry.rawEntries).join('\n'));
  row[COL['Calon Dihitung']] = asText(ballot.resolvedNips.map((k) => candidateLine(k, resolver)).join('\n'));
  decidedCells(ballot).forEach((v, i) => (row[DECIDED_FROM + i] = v));
  row[COL.Diproses] = makeDate(entry.processedAt);
  return row;
}

/** The first of the four adjacent columns decidedCells fills (Status). */
export const DECIDED_FROM = COL.Status;

/** Status, Alasan, Catatan Usulan, Digantikan oleh of a ballot's row (all a supersession changes). */
export function decidedCells(ballot: Ballot): Cell[] {
  return [ballot.status, asText(ballot.reason), asText(ballot.uncounted.map((u) => `${u.text}: ${u.reason}`).join('\n')), asText(ballot.supersededBy ?? '')];
}
