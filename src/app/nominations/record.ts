/**
 * The one way nominations reach the sheets, for every route (Form trigger, spreadsheet route,
 * re-sync): read Pengaturan, Pegawai, Koreksi Nama, Pilihan Formulir and Log Surat Suara once;
 * decide everything in memory (ballots, supersession, tally, corrections); then write whole
 * blocks: the changed span of the ledger, the tally, the correction columns. Nothing is written
 * before everything is decided, so a failure leaves the sheets as they were.
 *
 * The caller holds the script lock.
 */
import { asText, textOf, type Cell } from '../../core/cells';
import { UserError } from '../../core/errors';
import { detectMapping, type FormQuestion, type NominationMapping } from '../../core/nominations/mapping';
import { createResolver, type ChoiceLabelRow } from '../../core/nominations/resolve';
import { tally, type TallyResult } from '../../core/nominations/tally';
import { missingColumnsMessage, parseRoster, rosterNotices } from '../../core/roster';
import { SHEETS, SHORTLIST_MARK, specOf, TALLY_HEADERS, TALLY_SUMMARY_COLUMN } from '../../core/schema';
import { parseSettings, type Settings } from '../../core/settings';
import type { Employee } from '../../core/types';
import type { PlainResponse } from '../../core/response';
import { clearRows, createProductSheet, highlightWhen, styleBanner, replaceBelow, replaceKnownBlock, setWidths, sheetNamed, sheetValues, styleCells, styleNote, writeBlock, writeRowsWithDropdowns, writeRowsWithRangeDropdown } from '../../gas/sheets';
import {
  changedSpan,
  ballotOf,
  entryOf,
  LEDGER_WIDTH,
  ledgerRow,
  parseLedger,
  type LedgerEntry,
} from '../../core/nominations/ledger';
import {
  CORRECTION_WIDTH,
  correctionsOf,
  correctionUpdate,
  dropdownValues,
  entryCounts,
  parseCorrectionRows,
  REFRESHED_FROM,
} from '../../core/nominations/corrections';
import type { TallyShape } from './state';
import { SUMMARY, TALLY_BLOCK_WIDTH, tallyBlock, UNRESOLVED_HEADERS } from '../../core/nominations/tally-layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Google's data-validation list holds at most 500 items; longer rosters use a hidden list sheet. */
const MAX_LIST_ITEMS = 500;
const PICK_HELP = 'Pilih pegawai yang dimaksud teks ini (saran di atas daftar). Semua usulan dengan teks yang sama mengikuti pilihan ini pada proses berikutnya.';

export interface Loaded {
  settings: Settings;
  roster: Employee[];
  /** R3/R4: warning lines for the top of the tally (damaged NIPs, no Hukuman Disiplin column). */
  rosterNotices: string[];
  labels: ChoiceLabelRow[];
  ledger: { sheet: Sheet | null; rows: unknown[][] };
  corrections: { sheet: Sheet | null; rows: unknown[][] };
  tallySheet: Sheet | null;
}

function sheetAndRows(ss: Spreadsheet, name: string): { sheet: Sheet | null; rows: unknown[][] } {
  const sheet = sheetNamed(name, ss);
  return { sheet, rows: sheet ? sheetValues(sheet) : [] };
}

/** Reads everything a tally needs: one read per sheet. */
export function loadAll(ss: Spreadsheet): Loaded {
  const settingsRows = sheetAndRows(ss, SHEETS.settings);
  if (!settingsRows.sheet) {
    throw new UserError(`Lembar "${SHEETS.settings}" tidak ditemukan.`, 'Jalankan Agen Perubahan › Siapkan Lembar Kerja, lalu hubungkan lagi formulir penjaringan.');
  }
  const rosterRows = sheetAndRows(ss, SHEETS.roster);
  if (!rosterRows.sheet) {
    throw new UserError(`Lembar "${SHEETS.roster}" tidak ditemukan; usulan tidak bisa dicocokkan dengan pegawai.`, `Buat lagi lembar "${SHEETS.roster}" (Siapkan Lembar Kerja), isi data pegawai, lalu jalankan Penjaringan › Sinkronkan Ulang Penjaringan.`);
  }
  const [header = [], ...rows] = rosterRows.rows;
  const roster = parseRoster(header, rows);
  if (roster.missingRequired.length > 0) {
    // R4: without NIP, Nama or Status Kepegawaian no ballot can be decided for sure.
    throw new UserError(
      `Lembar "${SHEETS.roster}" tidak bisa dipakai: ${missingColumnsMessage(roster.missingRequired, roster.columns)}`,
      `Perbaiki baris judul lembar "${SHEETS.roster}" (lihat Periksa Data Pegawai), lalu jalankan Penjaringan › Sinkronkan Ulang Penjaringan. Usulan yang masuk disimpan dan dihitung setelah diperbaiki.`,
    );
  }
  const labelRows = sheetAndRows(ss, SHEETS.formChoices).rows.slice(1);
  return {
    settings: parseSettings(settingsRows.rows).settings,
    roster: roster.employees,
    rosterNotices: rosterNotices(roster),
    labels: labelRows.map((r) => ({ label: textOf(r[0]), nip: textOf(r[1]) })).filter((l) => l.label !== '' && l.nip !== ''),
    ledger: sheetAndRows(ss, SHEETS.ballots),
    corrections: sheetAndRows(ss, SHEETS.corrections),
    tallySheet: sheetNamed(SHEETS.tally, ss),
  };
}

export const MAPPING_HINT =
  'Tulis judul pertanyaan yang benar di lembar Pengaturan (Pertanyaan Calon / Pertanyaan NIP Pengusul), atau kosongkan keduanya dan jalankan Penjaringan › Hubungkan Formulir Penjaringan. Usulan yang masuk disimpan dan dihitung setelah diperbaiki (Sinkronkan Ulang Penjaringan); rekap yang ada tidak dihapus.';

/** N3 with the team's titles from Pengaturan; any title missing from the Form stops the run. */
export function mappingOf(settings: Settings, questions: readonly FormQuestion[]): NominationMapping {
  if (settings.nomineeQuestions.length === 0) {
    throw new UserError(
      'Formulir penjaringan belum dihubungkan (Pertanyaan Calon di Pengaturan masih kosong).',
      'Isi URL Formulir Penjaringan di Pengaturan, lalu jalankan Penjaringan › Hubungkan Formulir Penjaringan.',
    );
  }
  const mapping = detectMapping(questions, { nomineeQuestions: settings.nomineeQuestions, voterNipQuestion: settings.voterNipQuestion });
  if (mapping.problems.length > 0) {
    throw new UserError(`Formulir penjaringan sudah berubah: ${mapping.problems.join(' ')}`, MAPPING_HINT);
  }
  return mapping;
}

export interface RecordOptions {
  /** Responses read this run (any order; the same id twice: the later in the list wins). */
  incoming: PlainResponse[];
  /** 'upsert': add to / replace in the ledger by id; 'replace': the incoming list is every response. */
  mode: 'upsert' | 'replace';
  /** Mark every incoming row as processed now, even when unchanged (re-sync). */
  touch: boolean;
  /** Drop ledger rows processed before this time (end of a re-sync: responses gone from the Form). */
  dropBefore?: number;
  /** False for a re-sync chunk: the ledger only, tally at the end. */
  writeTally: boolean;
  mapping: NominationMapping;
  /**
   * The size of the tally block as last written (remembered by the caller), so the tally is
   * rewritten without reading the sheet's size; null or absent: read it from the sheet.
   */
  tallyShape?: TallyShape | null;
}

export interface RecordReport {
  /** The size of the tally block written now (null when the tally was not written). */
  tallyShape: TallyShape | null;
  result: TallyResult;
  ledgerRows: number;
  correctionsAdded: number;
}

function sameContent(a: LedgerEntry, b: LedgerEntry): boolean {
  return a.timestamp === b.timestamp && a.voterKey === b.voterKey && a.rawEntries.join('\n') === b.rawEntries.join('\n');
}

/** The ledger after this run's responses, in ledger order (existing rows keep their place). */
export function mergeEntries(existing: LedgerEntry[], fresh: LedgerEntry[], options: Pick<RecordOptions, 'mode' | 'touch' | 'dropBefore'>): LedgerEntry[] {
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
  return options.dropBefore === undefined ? out : out.filter((e) => e.processedAt >= (options.dropBefore as number));
}

/** Decides and writes. Returns what was counted. */
export function recordResponses(ss: Spreadsheet, loaded: Loaded, options: RecordOptions): RecordReport {
  const { settings, roster } = loaded;
  if (!loaded.ledger.sheet && options.mode === 'upsert' && !options.touch) {
    // Without the ledger, one response would become the whole tally.
    throw new UserError(
      `Lembar "${SHEETS.ballots}" tidak ditemukan (terhapus atau berganti nama). Usulan ini disimpan dan belum dihitung.`,
      'Jalankan Penjaringan › Sinkronkan Ulang Penjaringan: lembar dibuat lagi dari semua respons formulir.',
    );
  }
  const correctionRows = parseCorrectionRows(loaded.corrections.rows.slice(1));
  const resolver = createResolver(roster, correctionsOf(correctionRows, roster), loaded.labels);
  const now = Date.now();

  const existing = parseLedger(loaded.ledger.rows.slice(1));
  const fresh = options.incoming.map((r) => entryOf(r, options.mapping, resolver, now));
  const entries = mergeEntries(existing, fresh, options);
  const ballots = entries.map((e) => ballotOf(e, resolver, settings.perBallotLimit));
  const result = tally(ballots, roster, { shortlistSize: settings.shortlistSize, perBallotLimit: settings.perBallotLimit }, resolver);
  const finalById = new Map(result.ballots.map((b) => [b.responseId, b]));
  const ledger = entries.map((e) => {
    const b = finalById.get(e.responseId) ?? ballotOf(e, resolver, settings.perBallotLimit);
    return ledgerRow(e, b, b.voterLabel, resolver, (ms) => new Date(ms));
  });
  const problems = [...resolver.problems];

  // Everything is decided; now write.
  writeLedger(ss, loaded, ledger);
  let added = 0;
  let tallyShape: TallyShape | null = null;
  if (options.writeTally) {
    const block = tallyBlock(result, settings.shortlistSize, problems, new Date(now), loaded.rosterNotices);
    tallyShape = writeTally(ss, loaded, block, loaded.rosterNotices.length, options.tallyShape ?? null);
    added = writeCorrections(ss, loaded, correctionRows, result, entryCounts(result.ballots));
  }
  return { tallyShape, result, ledgerRows: ledger.length, correctionsAdded: added };
}

function writeLedger(ss: Spreadsheet, loaded: Loaded, ledger: Cell[][]): void {
  let sheet = loaded.ledger.sheet;
  let old = loaded.ledger.rows.slice(1);
  if (!sheet) {
    sheet = createProductSheet(specOf('ballots'), ss);
    old = [];
  }
  const span = changedSpan(old, ledger, LEDGER_WIDTH);
  if (span === null) return;
  const lastNew = Math.min(span.to, ledger.length - 1);
  if (lastNew >= span.from) writeBlock(sheet, 2 + span.from, 1, ledger.slice(span.from, lastNew + 1));
  if (old.length > ledger.length) clearRows(sheet, 2 + ledger.length, old.length - ledger.length, Math.max(LEDGER_WIDTH, old[0]?.length ?? 0));
}

function createTallySheet(ss: Spreadsheet): Sheet {
  const sheet = createProductSheet(specOf('tally'), ss);
  const col = TALLY_SUMMARY_COLUMN;
  styleCells(sheet, SUMMARY.headerRow, col, 2);
  styleCells(sheet, SUMMARY.unresolvedHeaderRow, col, UNRESOLVED_HEADERS.length);
  styleNote(sheet, SUMMARY.noteRow, col + 1);
  styleNote(sheet, SUMMARY.problemsRow, col + 1);
  setWidths(sheet, 1, [80, 280, 180, 240, 60, 120, 300, 110, 30]);
  setWidths(sheet, col, [260, 420, 110, 320]);
  highlightWhen(sheet, 8, SHORTLIST_MARK, '#c8e6c9');
  return sheet;
}

/** Warning lines the tally may have had above its table when their number is not remembered. */
const NOTICE_ROWS_UNKNOWN = 3;

/**
 * Writes the tally block; with a known earlier size, without reading the sheet's size. The
 * warning lines above the table and its header row are styled whenever their number changed (or
 * is not known), so a table that moved keeps its header look and a warning never stays red.
 */
function writeTally(ss: Spreadsheet, loaded: Loaded, block: Cell[][], notices: number, known: TallyShape | null): TallyShape {
  const created = !loaded.tallySheet;
  const sheet = loaded.tallySheet ?? createTallySheet(ss);
  if (known && loaded.tallySheet) replaceKnownBlock(sheet, block, TALLY_BLOCK_WIDTH, known.rows, known.columns);
  else replaceBelow(sheet, 1, block, TALLY_BLOCK_WIDTH);
  const before = created ? 0 : known?.notices;
  if (before !== notices) styleBanner(sheet, notices, TALLY_HEADERS.length, before ?? NOTICE_ROWS_UNKNOWN);
  return { rows: block.length, columns: TALLY_BLOCK_WIDTH, notices };
}

/** Adds new unresolved texts and refreshes Jumlah/Status/Saran; returns how many rows were added. */
function writeCorrections(
  ss: Spreadsheet,
  loaded: Loaded,
  rows: ReturnType<typeof parseCorrectionRows>,
  result: TallyResult,
  counts: Map<string, number>,
): number {
  let sheet = loaded.corrections.sheet;
  let sheetRows = loaded.corrections.rows.length;
  if (!sheet) {
    sheet = createProductSheet(specOf('corrections'), ss);
    sheetRows = 1;
  }
  const update = correctionUpdate(rows, sheetRows, result.unresolved, counts, loaded.roster);
  if (update.refreshed.length > 0) {
    const old = loaded.corrections.rows.slice(1).map((r) => r.slice(REFRESHED_FROM, REFRESHED_FROM + 3));
    if (changedSpan(old, update.refreshed, 3) !== null) {
      writeBlock(sheet, 2, REFRESHED_FROM + 1, update.refreshed);
    }
  }
  if (update.added.length === 0) return 0;
  const at = sheetRows + 1;
  const cells = update.added.map((a) => a.cells);
  const lists = update.added.map((a) => dropdownValues(a.suggestions, loaded.roster));
  if (lists.every((l) => l.length <= MAX_LIST_ITEMS)) {
    writeRowsWithDropdowns(sheet, at, cells, CORRECTION_WIDTH, 2, lists, PICK_HELP);
  } else {
    const all = dropdownValues([], loaded.roster);
    const listSheet = sheetNamed(SHEETS.nameList, ss) ?? createProductSheet(specOf('nameList'), ss);
    replaceBelow(listSheet, 2, all.map((l) => [asText(l)]), 1);
    writeRowsWithRangeDropdown(sheet, at, cells, CORRECTION_WIDTH, 2, listSheet, all.length, PICK_HELP);
  }
  return update.added.length;
}
