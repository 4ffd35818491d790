/**
 * `Log Surat Suara` as plain data, both ways. The ledger keeps what a ballot is rebuilt from (the
 * voter key of N1 and the raw entries, one per line), so a change of roster, corrections or
 * settings re-decides every ballot without reading the Form again. Pure: no Apps Script here.
 */
import { asText, fitLines, isDate, textOf, type Cell } from '../cells';
import { formatNip } from '../nip';
import { BALLOT_LOG_HEADERS } from '../schema';
import { toBallot, type Ballot, type NominationResponse } from './ballot';
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
const COL = Object.fromEntries(BALLOT_LOG_HEADERS.map((h, i) => [h, i])) as Record<string, number>;

const NOMINEES = 'nominees';
const VOTER_NIP = 'voterNip';
/** The mapping a LedgerEntry is decided with: one pseudo-question for entries, one for the NIP. */
export const LEDGER_MAPPING = { nomineeQuestions: [NOMINEES], voterNipQuestion: VOTER_NIP };

/** A Form response reduced to a ledger entry (voter decided by N1, entries split by N3). */
export function entryOf(
  response: PlainResponse,
  mapping: { nomineeQuestions: string[]; voterNipQuestion: string | null },
  resolver: NameResolver,
  processedAt: number,
): LedgerEntry {
  // toBallot decides voter and entries; resolution is redone on every run anyway.
  const b = toBallot(response, mapping, resolver, { perBallotLimit: Number.MAX_SAFE_INTEGER });
  return { responseId: response.id, timestamp: response.timestamp, voterKey: b.voterKey, rawEntries: b.rawEntries, processedAt };
}

/** The ballot of a ledger entry with today's roster, corrections and limit. */
export function ballotOf(entry: LedgerEntry, resolver: NameResolver, perBallotLimit: number): Ballot {
  const response: NominationResponse = { id: entry.responseId, timestamp: entry.timestamp, email: '', answers: { [NOMINEES]: entry.rawEntries } };
  if (entry.voterKey.startsWith('email:')) response.email = entry.voterKey.slice('email:'.length);
  else if (entry.voterKey.startsWith('nip:')) response.answers[VOTER_NIP] = entry.voterKey.slice('nip:'.length);
  const ballot = toBallot(response, LEDGER_MAPPING, resolver, { perBallotLimit });
  // A voter without identity keeps the key of the response it came from.
  return entry.voterKey.startsWith('response:') ? { ...ballot, voterKey: entry.voterKey } : ballot;
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
function candidateLine(key: string, resolver: NameResolver): string {
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
  row[COL.Status] = ballot.status;
  row[COL.Alasan] = asText(ballot.reason);
  row[COL['Catatan Usulan']] = asText(ballot.uncounted.map((u) => `${u.text}: ${u.reason}`).join('\n'));
  row[COL['Digantikan oleh']] = asText(ballot.supersededBy ?? '');
  row[COL.Diproses] = makeDate(entry.processedAt);
  return row;
}

/** A cell as the sheet gives it back, for comparing what is there with what would be written. */
export function cellKey(v: unknown): string {
  if (isDate(v)) return `d${v.getTime()}`;
  if (typeof v === 'number' || typeof v === 'boolean') return `s${String(v)}`;
  const s = String(v ?? '');
  return `s${s.startsWith("'") ? s.slice(1) : s}`;
}

/** The first and last index where two row lists differ, or null when they are equal. */
export function changedSpan(before: readonly (readonly unknown[])[], after: readonly (readonly unknown[])[], width: number): { from: number; to: number } | null {
  let from = -1;
  let to = -1;
  const n = Math.max(before.length, after.length);
  for (let i = 0; i < n; i++) {
    const a = before[i];
    const b = after[i];
    let same = a !== undefined && b !== undefined;
    for (let c = 0; same && c < width; c++) if (cellKey(a?.[c]) !== cellKey(b?.[c])) same = false;
    if (!same) {
      if (from < 0) from = i;
      to = i;
    }
  }
  return from < 0 ? null : { from, to };
}
