/**
 * The running tally (one submission's work independent of the number of earlier ballots): a
 * submission that trusts the decisions `Log Surat Suara` already records, and decides only what
 * this run changes.
 *
 * What "nothing the decisions depend on has changed" means is a fingerprint, kept in document
 * properties by every run that writes the ledger: a hash of the roster as read (Pegawai), of the
 * Form's choice labels (Pilihan Formulir), of the settings that matter (per-ballot limit,
 * shortlist size, mapping), of `Koreksi Nama` as the product left it (the team's text, pick and
 * NIP of every row, where it stands, and the Saran the product wrote) with the NIPs the product
 * filled in, and a checksum and row count of the ledger as the product left it. While the sheets
 * read agree with it, every ledger row holds exactly what a full decision would write again
 * (its ballot decided with the same roster, corrections, labels and limit, its supersession by
 * the same ballots of its voter), so only this run's new or changed ballots and the other
 * ballots of their voters (N1) are decided again; every other row is counted from its decided
 * columns (Calon Dihitung, Status, Catatan Usulan). Suggestions already in Koreksi Nama's Saran
 * are taken again for a text whose suggestion search would be the same; only a new text is
 * searched. Any disagreement (the team edited a sheet, a run died half-way, a row typed into the
 * ledger, another product version, a re-sync) gives null: the caller decides everything
 * (planRecord), exactly as before, and that run's fingerprint is kept for the next one. So every
 * ballot is still counted exactly once whatever happens between two runs. Pure.
 */
import { asText, CELLS_PER_WRITE_CALL, isDate, sameCell, textOf, unquoted, type Cell } from '../cells';
import { normalizeName } from '../names';
import type { Employee } from '../types';
import { voterKeyOfKey, type Ballot, type UncountedEntry, type UncountedReason } from './ballot';
import { correctionsOf, parseCorrectionRows, REFRESHED_FROM } from './corrections';
import { ballotOf, candidateLine, LEDGER_COLUMNS as COL, LEDGER_WIDTH, ledgerRow, parseLedger, type LedgerEntry } from './ledger';
import { finishPlan, runEntries, type CorrectionsPlan, type LedgerPlan, type RecordInput, type RecordOptions, type RecordPlan } from './plan';
import { createResolver, nameTextOf, personKey, type NameResolver } from './resolve';
import { applySupersession, countFinal, type TallyResult } from './tally';

/** Changes with any change of how a ballot is decided or a sheet written: an old fingerprint is then never trusted. */
export const RUNNING_VERSION = 'running-1';

/** Above this many new or changed responses in one run, deciding everything costs about the same. */
export const MAX_RUNNING_CHANGES = 50;

export interface Fingerprint {
  version: string;
  roster: string;
  labels: string;
  settings: string;
  /** Koreksi Nama as the product left it, and the NIPs it filled in. */
  corrections: string;
  /**
   * Unresolved keys whose Saran the product wrote from a search that differs from the key's own
   * (a spelling holding an 18-digit number): their Saran is never taken again.
   */
  oddKeys: string[];
  /** The ledger as the product left it: data rows and a checksum of their cells (two 32-bit lanes). */
  ledger: { rows: number; sum: [number, number] };
  /** How the run that kept it decided (never compared): for support and tests. */
  decided?: { path: 'running' | 'full'; ballots: number };
}

// ---- hashing -------------------------------------------------------------------------------

/** A cell as it compares between what was written and what is read back (one leading apostrophe is Sheets' text mark). */
function cellKey(v: unknown): string {
  if (v === null || v === undefined || v === '') return '';
  if (isDate(v)) return `D${v.getTime()}`;
  if (typeof v === 'number') return `N${v}`;
  if (typeof v === 'boolean') return `B${v}`;
  const s = String(v);
  return `S${s.startsWith("'") ? s.slice(1) : s}`;
}

/** Two 32-bit lanes of a text (FNV-1a, and a polynomial one), added into `into`. */
function hashInto(text: string, into: [number, number]): void {
  let a = 0x811c9dc5;
  let b = 0x2545f491;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Shifts and adds, not Math.imul (FNV's prime 2^24 + 2^8 + 0x93; × 31): as exact, and far
    // quicker where Math.imul is not inlined (the bundle in a vm context).
    a ^= c;
    a = (a + (a << 1) + (a << 4) + (a << 7) + (a << 8) + (a << 24)) | 0;
    b = ((b << 5) - b + c) | 0;
  }
  into[0] = (into[0] + (a >>> 0)) >>> 0;
  into[1] = (into[1] + (b >>> 0)) >>> 0;
}

function hashText(text: string): string {
  const h: [number, number] = [0, 0];
  hashInto(text, h);
  return `${h[0].toString(16)}.${h[1].toString(16)}.${text.length}`;
}

/** One ledger row's share of the checksum (where it stands and its cells, as cellKey compares them). */
function ledgerRowHash(index: number, row: readonly unknown[]): [number, number] {
  // One text per row, hashed in one loop (quicker in a vm context than feeding each cell).
  let text = `${index}`;
  for (let c = 0; c < LEDGER_WIDTH; c++) text += `\u0001${cellKey(row[c])}`;
  const h: [number, number] = [0, 0];
  hashInto(text, h);
  return h;
}

const add = (s: [number, number], h: [number, number]): void => {
  s[0] = (s[0] + h[0]) >>> 0;
  s[1] = (s[1] + h[1]) >>> 0;
};
const sub = (s: [number, number], h: [number, number]): void => {
  s[0] = (s[0] - h[0]) >>> 0;
  s[1] = (s[1] - h[1]) >>> 0;
};

/** The checksum of ledger data rows (below the header). */
export function ledgerSum(rows: readonly (readonly unknown[])[]): [number, number] {
  const s: [number, number] = [0, 0];
  for (let i = 0; i < rows.length; i++) add(s, ledgerRowHash(i, rows[i]));
  return s;
}

const sortedJson = (o: Readonly<Record<string, string>>): string => JSON.stringify(Object.keys(o).sort().map((k) => [k, o[k]]));

/**
 * Koreksi Nama's share: every row with a text, where it stands, its text, pick, NIP and Saran
 * (Jumlah and Status are decided again by every run), and the NIPs the product filled in.
 */
function correctionsHash(rows: readonly { row: number; cells: readonly unknown[] }[], filled: Readonly<Record<string, string>>): string {
  const s: [number, number] = [0, 0];
  let n = 0;
  for (const r of rows) {
    if (textOf(unquoted(r.cells[0])) === '') continue;
    n++;
    hashInto(`${r.row}\u0001${cellKey(r.cells[0])}\u0001${cellKey(r.cells[1])}\u0001${cellKey(r.cells[2])}\u0001${cellKey(r.cells[REFRESHED_FROM + 2])}`, s);
  }
  return `${s[0].toString(16)}.${s[1].toString(16)}.${n}.${hashText(sortedJson(filled))}`;
}

/** Koreksi Nama as read (rows include the header). */
function correctionsAsRead(sheetRows: readonly (readonly unknown[])[] | null, filled: Readonly<Record<string, string>>): string {
  const rows = (sheetRows ?? []).slice(1).map((cells, i) => ({ row: i + 2, cells }));
  return correctionsHash(rows, filled);
}

/** Koreksi Nama as the writes of `plan` leave it (record.ts writeCorrections: refresh, NIPs, new rows, then the sort). */
function correctionsAfter(sheetRows: readonly (readonly unknown[])[] | null, plan: CorrectionsPlan | null, filledBefore: Readonly<Record<string, string>>): string {
  if (plan === null) return correctionsAsRead(sheetRows, filledBefore);
  const byRow = new Map<number, unknown[]>();
  (sheetRows ?? []).forEach((cells, i) => {
    if (i > 0) byRow.set(i + 1, cells.slice());
  });
  const put = (row: number, column: number, cells: readonly Cell[]) => {
    const at = byRow.get(row) ?? [];
    cells.forEach((v, c) => (at[column - 1 + c] = v));
    byRow.set(row, at);
  };
  if (plan.refresh) plan.refresh.rows.forEach((cells, k) => put(plan.refresh!.row + k, plan.refresh!.column, cells));
  if (plan.nips) plan.nips.rows.forEach((cells, k) => put(plan.nips!.row + k, 3, cells));
  if (plan.add) plan.add.rows.forEach((cells, k) => put(plan.add!.row + k, 1, cells));
  const sort = plan.sort;
  const rows = [...byRow.entries()].map(([row, cells]) => ({ row: sort && row >= sort.row && row < sort.row + sort.numRows ? (sort.rows.get(row) ?? row) : row, cells }));
  rows.sort((a, b) => a.row - b.row);
  return correctionsHash(rows, plan.filledNips);
}

/** What a run reads that its decisions depend on, besides Koreksi Nama and the ledger. */
function inputPrints(input: RecordInput, options: RecordOptions): Pick<Fingerprint, 'version' | 'roster' | 'labels' | 'settings'> {
  return {
    version: RUNNING_VERSION,
    roster: hashText(JSON.stringify(input.roster)),
    labels: hashText(JSON.stringify(input.labels)),
    settings: hashText(JSON.stringify([input.settings.perBallotLimit, input.settings.shortlistSize, options.mapping.nomineeQuestions, options.mapping.voterNipQuestion])),
  };
}

/** The keys whose Saran comes from a search on another text than the key itself (see Fingerprint.oddKeys). */
function oddKeysOf(result: TallyResult, keyOf: (text: string) => string): string[] {
  return result.unresolved.filter((u) => u.status === 'tidak dikenal' && keyOf(nameTextOf(u.text)) !== u.key).map((u) => u.key);
}

/** The fingerprint a full run (planRecord) leaves: its whole ledger and Koreksi Nama as written. */
export function fingerprintAfter(input: RecordInput, options: RecordOptions, plan: RecordPlan): Fingerprint {
  return {
    ...inputPrints(input, options),
    corrections: correctionsAfter(input.correctionRows, plan.corrections, input.filledNips ?? {}),
    oddKeys: oddKeysOf(plan.result, normalizeName),
    ledger: { rows: plan.ledger.rows.length, sum: ledgerSum(plan.ledger.rows) },
    decided: { path: 'full', ballots: plan.ledger.rows.length },
  };
}

// ---- the running decision --------------------------------------------------------------------

const RECORDED_STATUSES = new Set(['dihitung', 'tidak sah', 'digantikan']);
const REASONS: UncountedReason[] = ['mengusulkan diri sendiri', 'tidak dikenal', 'ambigu', 'ganda', 'NIP rusak di jawaban', 'NIP rusak di Pegawai'];

/** Each "Calon Dihitung" line the roster can give, to its person; null for a line two people share. */
function candidateKeysByLine(roster: readonly Employee[], resolver: NameResolver): Map<string, string | null> {
  const out = new Map<string, string | null>();
  const seen = new Set<string>();
  for (const e of roster) {
    const key = personKey(e);
    if (seen.has(key)) continue;
    seen.add(key);
    const line = candidateLine(key, resolver);
    out.set(line, out.has(line) ? null : key);
  }
  return out;
}

/** "text: reason" lines of Catatan Usulan; null when a line is not one the product writes. */
function uncountedOf(cell: string): UncountedEntry[] | null {
  if (cell === '') return [];
  const out: UncountedEntry[] = [];
  for (const line of cell.split('\n')) {
    const reason = REASONS.find((r) => line.endsWith(`: ${r}`));
    if (reason === undefined) return null;
    out.push({ text: line.slice(0, line.length - reason.length - 2), reason });
  }
  return out;
}

/** The ballot a ledger row records (its decided columns), or null when the row is not one the product writes. */
function recordedBallot(row: readonly unknown[], entry: LedgerEntry, voterKey: string, lines: ReadonlyMap<string, string | null>): Ballot | null {
  const status = textOf(row[COL.Status]);
  if (!RECORDED_STATUSES.has(status)) return null;
  const counted = textOf(row[COL['Calon Dihitung']]);
  const resolvedNips: string[] = [];
  if (counted !== '') {
    for (const line of counted.split('\n')) {
      const key = lines.get(line);
      if (key === undefined || key === null) return null;
      resolvedNips.push(key);
    }
  }
  const uncounted = uncountedOf(textOf(row[COL['Catatan Usulan']]));
  if (uncounted === null) return null;
  const by = textOf(row[COL['Digantikan oleh']]);
  const ballot: Ballot = {
    responseId: entry.responseId,
    timestamp: entry.timestamp,
    voterKey,
    voterLabel: textOf(row[COL.Pengusul]),
    rawEntries: entry.rawEntries,
    resolvedNips,
    status: status as Ballot['status'],
    reason: textOf(row[COL.Alasan]),
    uncounted,
  };
  if (by !== '') ballot.supersededBy = by;
  return ballot;
}

/** The suggestions Koreksi Nama's Saran already holds for texts the product searched by their own key. */
function knownSuggestions(input: RecordInput, oddKeys: readonly string[], resolver: NameResolver): (key: string, text: string) => string[] | null {
  const odd = new Set(oddKeys);
  const saran = new Map<string, string[]>();
  for (const r of parseCorrectionRows((input.correctionRows ?? []).slice(1))) {
    // Only a row the last run refreshed with this text's own suggestions: no pick, status "tidak dikenal".
    if (r.pick !== '' || r.nipText !== '' || textOf(r.cells[REFRESHED_FROM + 1]) !== 'tidak dikenal') continue;
    const key = resolver.keyOf(r.text);
    if (odd.has(key) || saran.has(key)) continue;
    const cell = textOf(unquoted(r.cells[REFRESHED_FROM + 2]));
    saran.set(key, cell === '' ? [] : cell.split('\n'));
  }
  return (key, text) => {
    const s = saran.get(key);
    return s !== undefined && resolver.keyOf(nameTextOf(text)) === key ? s.slice() : null;
  };
}

export interface RunningPlan {
  plan: RecordPlan;
  fingerprint: Fingerprint;
  /** Ballots decided again this run (the new or changed ones and their voters' others). */
  decided: number;
}

interface Run {
  from: number;
  to: number;
  /** 0-based columns first to last written across the run. */
  first: number;
  last: number;
}

/**
 * The writes of the changed ledger rows (sorted, each with the columns that differ), joined as
 * the full decision joins them (core/cells changedRuns: rows closer than CELLS_PER_WRITE_CALL
 * cells of whole rows, at most 3 writes, the closest joined first), so a submission makes the
 * same calls either way; each write covers only the columns that differ across it.
 */
function runsOf(changed: readonly Run[]): Run[] {
  const joinGap = Math.floor(CELLS_PER_WRITE_CALL / LEDGER_WIDTH);
  const runs: Run[] = [];
  for (const r of changed) {
    const last = runs[runs.length - 1];
    if (last && r.from - last.to - 1 <= joinGap) runs[runs.length - 1] = joined(last, r);
    else runs.push({ ...r });
  }
  while (runs.length > 3) {
    let k = 0;
    for (let j = 1; j < runs.length - 1; j++) if (runs[j + 1].from - runs[j].to < runs[k + 1].from - runs[k].to) k = j;
    runs.splice(k, 2, joined(runs[k], runs[k + 1]));
  }
  return runs;
}

const joined = (a: Run, b: Run): Run => ({ from: a.from, to: b.to, first: Math.min(a.first, b.first), last: Math.max(a.last, b.last) });

/**
 * The running decision of one submission, or null when it cannot be trusted (then planRecord
 * decides everything). `previous`: the fingerprint the last run kept.
 */
export function planRunning(input: RecordInput, options: RecordOptions, now: number, previous: Fingerprint | null): RunningPlan | null {
  if (previous === null || previous.version !== RUNNING_VERSION || !Array.isArray(previous.oddKeys) || !previous.ledger || !Array.isArray(previous.ledger.sum)) return null;
  if (options.touch || options.keepOnly !== undefined || !options.writeTally || input.ledgerRows === null) return null;
  const prints = inputPrints(input, options);
  if (prints.roster !== previous.roster || prints.labels !== previous.labels || prints.settings !== previous.settings) return null;
  const filled = input.filledNips ?? {};
  if (correctionsAsRead(input.correctionRows, filled) !== previous.corrections) return null;
  const rows = input.ledgerRows.slice(1);
  if (rows.length !== previous.ledger.rows) return null;
  const sum = ledgerSum(rows);
  if (sum[0] !== previous.ledger.sum[0] || sum[1] !== previous.ledger.sum[1]) return null;

  const { settings, roster } = input;
  const correctionRows = parseCorrectionRows((input.correctionRows ?? []).slice(1));
  const resolver = createResolver(roster, correctionsOf(correctionRows, roster, filled), input.labels);
  const existing = parseLedger(rows);
  if (existing.length !== rows.length) return null;
  const entries = runEntries(existing, options, resolver, now);
  // Every recorded response is still there, in its place (a response gone from a tab: decide everything).
  if (entries.length < existing.length) return null;
  const changed: number[] = [];
  for (let i = 0; i < entries.length; i++) {
    if (i < existing.length && entries[i] === existing[i]) continue;
    if (i < existing.length && entries[i].responseId !== existing[i].responseId) return null;
    changed.push(i);
    if (changed.length > MAX_RUNNING_CHANGES) return null;
  }

  // N1: the voters of the changed ballots (before and after the change) have all their ballots decided again.
  const memo = new Map<string, string>();
  const voterKey = (e: LedgerEntry): string => {
    const stable = e.voterKey.startsWith('nip:') || e.voterKey.startsWith('email:');
    if (!stable) return voterKeyOfKey(e.voterKey, e.responseId, resolver);
    let k = memo.get(e.voterKey);
    if (k === undefined) {
      k = voterKeyOfKey(e.voterKey, e.responseId, resolver);
      memo.set(e.voterKey, k);
    }
    return k;
  };
  const voters = new Set<string>();
  for (const i of changed) {
    voters.add(voterKey(entries[i]));
    if (i < existing.length) voters.add(voterKey(existing[i]));
  }
  const keys = entries.map(voterKey);
  const inGroup = new Uint8Array(entries.length);
  const group: number[] = [];
  for (let i = 0; i < entries.length; i++) {
    if (voters.has(keys[i])) {
      inGroup[i] = 1;
      group.push(i);
    }
  }
  for (const i of changed) {
    if (!inGroup[i]) {
      inGroup[i] = 1;
      group.push(i);
    }
  }
  group.sort((a, b) => a - b);
  const decided = new Map(applySupersession(group.map((i) => ballotOf(entries[i], resolver, settings.perBallotLimit))).map((b) => [b.responseId, b]));

  const lines = candidateKeysByLine(roster, resolver);
  const finals: Ballot[] = new Array<Ballot>(entries.length);
  for (let i = 0; i < entries.length; i++) {
    if (inGroup[i]) {
      const b = decided.get(entries[i].responseId);
      if (!b) return null;
      finals[i] = b;
      continue;
    }
    const b = recordedBallot(rows[i], entries[i], keys[i], lines);
    if (b === null) return null;
    finals[i] = b;
  }

  // The ledger: the rows that differ now, in runs; only the columns that differ across a run.
  const makeDate = (ms: number) => new Date(ms);
  const newRows = new Map<number, Cell[]>();
  const changedRows: Run[] = [];
  for (const i of group) {
    const row = ledgerRow(entries[i], finals[i], finals[i].voterLabel, resolver, makeDate);
    const old = rows[i];
    let first = LEDGER_WIDTH;
    let last = -1;
    for (let c = 0; c < LEDGER_WIDTH; c++) {
      if (old !== undefined && sameCell(old[c], row[c])) continue;
      first = Math.min(first, c);
      last = Math.max(last, c);
    }
    if (last < 0) continue;
    newRows.set(i, row);
    changedRows.push({ from: i, to: i, first, last });
  }
  const ledger: LedgerPlan = { rows: [], create: false, writes: [], clear: null };
  const newSum: [number, number] = [sum[0], sum[1]];
  for (const run of runsOf(changedRows)) {
    const { first, last } = run;
    const block: Cell[][] = [];
    for (let i = run.from; i <= run.to; i++) {
      const row = newRows.get(i);
      if (row === undefined) {
        // A row between two that changed, written again as it is. The checksum says it holds what
        // the product wrote (every text through asText, which Sheets gives back without its
        // mark): the same text through asText again is that same write.
        const again: Cell[] = [];
        for (let c = first; c <= last; c++) {
          const v = rows[i][c];
          again.push(typeof v === 'string' ? asText(v) : v === null || v === undefined ? '' : (v as Cell));
        }
        block.push(again);
        continue;
      }
      block.push(row.slice(first, last + 1));
      if (i < rows.length) sub(newSum, ledgerRowHash(i, rows[i]));
      // What the row holds after the write: the columns written, the rest as read.
      const after: unknown[] = i < rows.length ? rows[i].slice(0, LEDGER_WIDTH) : new Array<unknown>(LEDGER_WIDTH).fill('');
      for (let c = first; c <= last; c++) after[c] = row[c];
      add(newSum, ledgerRowHash(i, after));
    }
    ledger.writes.push({ row: 2 + run.from, column: first + 1, rows: block });
  }

  const final = finals.slice().sort((a, b) => a.timestamp - b.timestamp || (a.responseId < b.responseId ? -1 : a.responseId > b.responseId ? 1 : 0));
  const result = countFinal(final, roster, { shortlistSize: settings.shortlistSize, perBallotLimit: settings.perBallotLimit }, resolver, true, knownSuggestions(input, previous.oddKeys, resolver));
  const plan = finishPlan(input, options, now, { resolver, correctionRows, result, ledger });
  return {
    plan,
    decided: group.length,
    fingerprint: {
      ...prints,
      corrections: correctionsAfter(input.correctionRows, plan.corrections, filled),
      oddKeys: oddKeysOf(result, resolver.keyOf),
      ledger: { rows: entries.length, sum: newSum },
      decided: { path: 'running', ballots: group.length },
    },
  };
}
