/**
 * One nomination run decided in memory, for every route (Form trigger, spreadsheet route,
 * re-sync): from what was read (Pengaturan, Pegawai, Koreksi Nama, Pilihan Formulir, Log Surat
 * Suara) and this run's responses to what is to be written: the changed span of the ledger, the
 * tally block, the new and refreshed rows of `Koreksi Nama`. app/nominations/record writes it.
 * Pure.
 */
import { asText, changedRuns, changedSpan, type Cell } from '../cells';
import { digitsOf, formatNip } from '../nip';
import { UserError } from '../errors';
import type { PlainResponse } from '../response';
import { SHEETS } from '../schema';
import type { Settings } from '../settings';
import type { Employee } from '../types';
import {
  CORRECTION_WIDTH,
  correctionsOf,
  correctionUpdate,
  decideCorrections,
  STATUS_NOT_USED,
  dropdownLists,
  entryCounts,
  parseCorrectionRows,
  REFRESHED_FROM,
  type CorrectionSheetRow,
} from './corrections';
import { ballotOf, entryOf, LEDGER_WIDTH, ledgerRow, parseLedger, type LedgerEntry } from './ledger';
import type { NominationMapping } from './mapping';
import { createResolver, type ChoiceLabelRow, type NameResolver } from './resolve';
import { tally, type TallyResult } from './tally';
import { tallyBanner, tallyBlock, type TallyBanner } from './tally-layout';

/** Google's data-validation list holds at most 500 items; longer rosters use a hidden list sheet. */
export const MAX_LIST_ITEMS = 500;
export const PICK_HELP = 'Pilih pegawai yang dimaksud teks ini (saran di atas daftar). Semua usulan dengan teks yang sama mengikuti pilihan ini pada proses berikutnya.';

/** What a run read, one read per sheet (rows include the header row; null: no such sheet). */
export interface RecordInput {
  settings: Settings;
  roster: Employee[];
  /** R3/R4: warning lines for the top of the tally (core/roster rosterNotices); none when absent. */
  rosterNotices?: string[];
  labels: ChoiceLabelRow[];
  ledgerRows: unknown[][] | null;
  correctionRows: unknown[][] | null;
  /**
   * The NIPs the product wrote into `Koreksi Nama`'s NIP column, by normalised text (remembered
   * by the caller), to tell them from a NIP the team typed; none when absent.
   */
  filledNips?: Readonly<Record<string, string>>;
}

export interface RecordOptions {
  /** Responses read this run (any order; the same id twice: the later in the list wins). */
  incoming: PlainResponse[];
  /** 'upsert': add to / replace in the ledger by id; 'replace': the incoming list is every response. */
  mode: 'upsert' | 'replace';
  /** Mark every incoming row as processed now, even when unchanged (re-sync). */
  touch: boolean;
  /** End of a re-sync: the ids the Form holds now; ledger rows of any other id are gone from the Form. */
  keepOnly?: ReadonlySet<string>;
  /** False for a re-sync chunk: the ledger only, tally at the end. */
  writeTally: boolean;
  mapping: NominationMapping;
  /** Lines for the team in `Rekap Penjaringan` besides the resolver's (a nominee question left out, N3). */
  notes?: string[];
}

/** The ledger's writes: rows from sheet row `row` on, then the rows the old ledger leaves below cleared. */
export interface LedgerPlan {
  /** Every ledger row, in ledger order. */
  rows: Cell[][];
  /** True when the sheet is missing and is to be created first. */
  create: boolean;
  /**
   * The runs of rows that changed (a superseded ballot far above, the new one at the end), one
   * write each, from `column` (1-based; 1 when absent) on.
   */
  writes: { row: number; column?: number; rows: Cell[][] }[];
  clear: { row: number; numRows: number; width: number } | null;
}

/** `Koreksi Nama` after the tally: refreshed Jumlah/Status/Saran, new rows with their dropdowns. */
export interface CorrectionsPlan {
  create: boolean;
  /** Jumlah, Status, Saran of the existing rows that changed (first to last), at (row, column); null when none did. */
  refresh: { row: number; column: number; rows: Cell[][] } | null;
  /** New rows at sheet row `row` (all CORRECTION_WIDTH columns), the dropdown in `dropdownColumn`. */
  add: {
    row: number;
    rows: Cell[][];
    dropdownColumn: number;
    /** One list per row, or null when a list would be too long: then `nameList` is the dropdown's source. */
    lists: string[][] | null;
    nameList: string[] | null;
    help: string;
  } | null;
  /** The NIP column (3) from sheet row `row` on: the NIPs of people the team picked, filled in. */
  nips: { row: number; rows: Cell[][] } | null;
  /** What the product has written into the NIP column now (for RecordInput.filledNips next time). */
  filledNips: Record<string, string>;
  /**
   * After the writes, the rows to sort so the texts that occur most stand first (whole rows, the
   * team's picks and columns with them): Jumlah descending, then the text; null when already so.
   */
  sort: { row: number; numRows: number; width: number; byColumn: number; thenColumn: number; rows: Map<number, number> } | null;
}

export interface RecordPlan {
  result: TallyResult;
  ledger: LedgerPlan;
  /** The tally block and its banner's look (null when this run does not write the tally). */
  tally: { block: Cell[][]; banner: TallyBanner } | null;
  corrections: CorrectionsPlan | null;
}

function sameContent(a: LedgerEntry, b: LedgerEntry): boolean {
  return a.timestamp === b.timestamp && a.voterKey === b.voterKey && a.rawEntries.join('\n') === b.rawEntries.join('\n');
}

/** The ledger after this run's responses, in ledger order (existing rows keep their place). */
export function mergeEntries(existing: LedgerEntry[], fresh: LedgerEntry[], options: Pick<RecordOptions, 'mode' | 'touch' | 'keepOnly'>): LedgerEntry[] {
  const before = new Map(existing.map((e) => [e.responseId, e]));
  const keep = (e: LedgerEntry): LedgerEntry => {
    const old = before.get(e.responseId);
    return old && !options.touch && sameContent(old, e) ? old : e;
  };
  let out: LedgerEntry[];
  if (options.mode === 'replace') {
    const byId = new Map<string, LedgerEntry>();
    for (const e of fresh) byId.set(e.responseId, keep(e));
    out = [...byId.values()];
  } else {
    const byId = new Map(existing.map((e) => [e.responseId, e]));
    for (const e of fresh) byId.set(e.responseId, keep(e));
    out = [...byId.values()];
  }
  const inForm = options.keepOnly;
  return inForm === undefined ? out : out.filter((e) => inForm.has(e.responseId));
}

/** The span of the ledger to write and what to clear below it. */
export function ledgerPlan(oldRows: unknown[][] | null, ledger: Cell[][]): LedgerPlan {
  const old = oldRows ? oldRows.slice(1) : [];
  const plan: LedgerPlan = { rows: ledger, create: oldRows === null, writes: [], clear: null };
  const runs = changedRuns(old, ledger, LEDGER_WIDTH);
  if (runs.length === 0) return plan;
  for (const run of runs) {
    const lastNew = Math.min(run.to, ledger.length - 1);
    if (lastNew >= run.from) plan.writes.push({ row: 2 + run.from, rows: ledger.slice(run.from, lastNew + 1) });
  }
  if (old.length > ledger.length) plan.clear = { row: 2 + ledger.length, numRows: old.length - ledger.length, width: Math.max(LEDGER_WIDTH, old[0]?.length ?? 0) };
  return plan;
}

/** What `Koreksi Nama` gets after a tally (rows as read, header first; null: no such sheet). */
export function correctionsPlan(
  sheetRows: unknown[][] | null,
  result: TallyResult,
  roster: readonly Employee[],
  filled: Readonly<Record<string, string>> = {},
  keyOf?: (text: string) => string,
): CorrectionsPlan {
  const rows = parseCorrectionRows((sheetRows ?? []).slice(1));
  const rowCount = sheetRows ? sheetRows.length : 1;
  const update = correctionUpdate(rows, rowCount, result.unresolved, entryCounts(result.ballots, keyOf), roster, filled);
  const plan: CorrectionsPlan = { create: sheetRows === null, refresh: null, add: null, nips: null, filledNips: {}, sort: null };
  // N5: a pick points at a NIP. The NIP column of a row whose person the team picked is filled.
  const decided = decideCorrections(rows, roster, filled);
  const typedOf = new Map(rows.map((r) => [r.row, digitsOf(r.nipText)]));
  const fills = new Map<number, string>();
  for (const d of decided) {
    const typed = typedOf.get(d.row) ?? '';
    if (d.fillNip !== null) {
      plan.filledNips[d.key] = d.fillNip;
      if (typed !== d.fillNip) fills.set(d.row, d.fillNip);
    } else if (typed !== '' && filled[d.key] === typed) plan.filledNips[d.key] = typed;
  }
  if (fills.size > 0) {
    const from = Math.min(...fills.keys());
    const to = Math.max(...fills.keys());
    const block: Cell[][] = [];
    for (let row = from; row <= to; row++) {
      const nip = fills.get(row);
      const cell = sheetRows?.[row - 1]?.[2];
      block.push([nip !== undefined ? asText(formatNip(nip)) : cell === undefined || cell === null ? '' : (cell as Cell)]);
    }
    plan.nips = { row: from, rows: block };
  }
  if (update.refreshed.length > 0) {
    const old = (sheetRows ?? []).slice(1).map((r) => r.slice(REFRESHED_FROM, REFRESHED_FROM + 3));
    // Only the rows from the first to the last that changed (a ballot changes a few counts).
    const span = changedSpan(old, update.refreshed, 3);
    if (span !== null) plan.refresh = { row: 2 + span.from, column: REFRESHED_FROM + 1, rows: update.refreshed.slice(span.from, span.to + 1) };
  }
  if (update.sorted) {
    const width = Math.max(CORRECTION_WIDTH, ...(sheetRows ?? []).map((r) => r.length));
    plan.sort = { row: 2, numRows: update.refreshed.length + update.added.length, width, byColumn: COUNT_COLUMN, thenColumn: 1, rows: update.sorted };
  }
  if (update.added.length === 0) return plan;
  // Every list holds every roster label (the suggested first): all are short, or none is.
  const dropdown = dropdownLists(roster);
  const nameList = dropdown([]);
  const short = nameList.length <= MAX_LIST_ITEMS;
  const lists = short ? update.added.map((a) => dropdown(a.suggestions)) : null;
  plan.add = {
    row: rowCount + 1,
    rows: update.added.map((a) => a.cells),
    dropdownColumn: 2,
    lists,
    nameList: short ? null : nameList,
    help: PICK_HELP,
  };
  return plan;
}

/** Column (1-based) of "Jumlah" in `Koreksi Nama`. */
const COUNT_COLUMN = REFRESHED_FROM + 1;


/**
 * The tally as the product's records decide it now: every ballot of `Log Surat Suara`, decided
 * again with today's roster, corrections, choice labels and settings. What `Rekap Penjaringan`
 * shows is never read back: Penilaian takes its candidates from here.
 */
export function currentTally(input: RecordInput): TallyResult {
  const { settings, roster } = input;
  const resolver = createResolver(roster, correctionsOf(parseCorrectionRows((input.correctionRows ?? []).slice(1)), roster, input.filledNips ?? {}), input.labels);
  const ballots = parseLedger((input.ledgerRows ?? []).slice(1)).map((e) => ballotOf(e, resolver, settings.perBallotLimit));
  return tally(ballots, roster, { shortlistSize: settings.shortlistSize, perBallotLimit: settings.perBallotLimit }, resolver);
}

/** Decides a run: ballots, supersession, tally, ledger rows, corrections. Throws UserError when it must not run. */
export function planRecord(input: RecordInput, options: RecordOptions, now: number): RecordPlan {
  const { settings, roster } = input;
  if (input.ledgerRows === null && options.mode === 'upsert' && !options.touch) {
    // Without the ledger, one response would become the whole tally.
    throw new UserError(
      `Lembar "${SHEETS.ballots}" tidak ditemukan (terhapus atau berganti nama). Usulan ini disimpan dan belum dihitung.`,
      'Jalankan Penjaringan › Sinkronkan Ulang Penjaringan: lembar dibuat lagi dari semua respons formulir.',
    );
  }
  const correctionRows = parseCorrectionRows((input.correctionRows ?? []).slice(1));
  const resolver = createResolver(roster, correctionsOf(correctionRows, roster, input.filledNips ?? {}), input.labels);

  const existing = parseLedger((input.ledgerRows ?? []).slice(1));
  const entries = runEntries(existing, options, resolver, now);
  const ballots = entries.map((e) => ballotOf(e, resolver, settings.perBallotLimit));
  // Suggestions only where they are shown: Koreksi Nama and the tally, written with writeTally.
  const result = tally(ballots, roster, { shortlistSize: settings.shortlistSize, perBallotLimit: settings.perBallotLimit }, resolver, options.writeTally);
  const finalById = new Map(result.ballots.map((b) => [b.responseId, b]));
  const ledger = entries.map((e) => {
    const b = finalById.get(e.responseId) ?? ballotOf(e, resolver, settings.perBallotLimit);
    return ledgerRow(e, b, b.voterLabel, resolver, (ms) => new Date(ms));
  });
  return finishPlan(input, options, now, { resolver, correctionRows, result, ledger: ledgerPlan(input.ledgerRows, ledger) });
}

/** The ledger's entries after this run's responses, in ledger order (planRecord and the running tally alike). */
export function runEntries(existing: LedgerEntry[], options: RecordOptions, resolver: NameResolver, now: number): LedgerEntry[] {
  // Only a response holding an answer with lost digits needs the recorded entries by id.
  let recorded: Map<string, LedgerEntry> | null = null;
  const fresh = options.incoming.map((r) => {
    // An answer a response tab holds with lost digits (a NIP Sheets stored as a number): the row
    // the ledger already recorded exactly for this response, unchanged since, is kept as it is.
    const old = r.inexact && r.inexact.length > 0 ? (recorded ??= new Map(existing.map((e) => [e.responseId, e]))).get(r.id) : undefined;
    if (old && Math.abs(old.timestamp - r.timestamp) < 1000) return { ...old, processedAt: options.touch ? now : old.processedAt };
    return entryOf(r, options.mapping, resolver, now);
  });
  return mergeEntries(existing, fresh, options);
}

/** The parts of a run decided before its corrections and tally block (see finishPlan). */
export interface DecidedRun {
  resolver: NameResolver;
  correctionRows: CorrectionSheetRow[];
  result: TallyResult;
  ledger: LedgerPlan;
}

/** From the tally to the plan: `Koreksi Nama`, the notes for the team, the tally block (every path alike). */
export function finishPlan(input: RecordInput, options: RecordOptions, now: number, run: DecidedRun): RecordPlan {
  const { settings, roster } = input;
  const { resolver, correctionRows, result } = run;
  const filled = input.filledNips ?? {};
  const corrections = options.writeTally ? correctionsPlan(input.correctionRows, result, roster, filled, resolver.keyOf) : null;
  // A row of Koreksi Nama that is not used says why in its Status; the tally names it too, by the
  // row it stands on after this run's sort (and by its text, which finds it whatever the order).
  const sorted = corrections?.sort?.rows;
  const shownRow = (row: number): number => sorted?.get(row) ?? row;
  const unused = decideCorrections(correctionRows, roster, filled, shownRow)
    .map((d, i) => ({ d, text: correctionRows[i].text }))
    .filter(({ d }) => d.status.startsWith(STATUS_NOT_USED))
    .map(({ d, text }) => `${SHEETS.corrections} baris ${shownRow(d.row)} ("${text}") ${d.status}`);
  const problems = [...resolver.problems, ...unused, ...(options.notes ?? [])];
  return {
    result,
    ledger: run.ledger,
    tally: options.writeTally
      ? {
          block: tallyBlock(result, settings.shortlistSize, problems, new Date(now), input.rosterNotices ?? []),
          banner: tallyBanner(result, settings.shortlistSize, problems, input.rosterNotices ?? []),
        }
      : null,
    corrections,
  };
}

