/**
 * The one way nominations reach the sheets, for every route (Form trigger, spreadsheet route,
 * re-sync): read Pengaturan, Pegawai, Koreksi Nama, Pilihan Formulir and Log Surat Suara once;
 * decide everything in memory (core/nominations/plan: ballots, supersession, tally, corrections);
 * then write whole blocks: the changed span of the ledger, the tally, the correction columns.
 * Nothing is written before everything is decided, so a failure leaves the sheets as they were.
 *
 * The caller holds the script lock.
 */
import { asText, textOf, type Cell } from '../../core/cells';
import { UserError } from '../../core/errors';
import { CORRECTION_WIDTH } from '../../core/nominations/corrections';
import { detectMapping, labelledQuestions, uncountedNomineeQuestions, type FormQuestion, type NominationMapping } from '../../core/nominations/mapping';
import { byLabel } from '../../core/questions';
import { planRecord, type CorrectionsPlan, type LedgerPlan, type RecordInput, type RecordOptions as PlanOptions } from '../../core/nominations/plan';
import { fingerprintAfter, planRunning, type Fingerprint } from '../../core/nominations/running';
import type { ChoiceLabelRow } from '../../core/nominations/resolve';
import type { TallyResult } from '../../core/nominations/tally';
import { BANNER, TALLY_BLOCK_WIDTH, TALLY_LAYOUT, TALLY_LAYOUT_MARK, tallyBanner, tallyBlock, type TallyBanner } from '../../core/nominations/tally-layout';
import { needsApplying } from '../../core/sheet-layout';
import { missingColumnsMessage, parseRoster, rosterNotices } from '../../core/roster';
import { SHEETS, SHORTLIST_MARK, specOf, TALLY_HEADER_ROW, TALLY_HEADERS, type SheetKey } from '../../core/schema';
import { parseSettings, type ParsedSettings, type Settings } from '../../core/settings';
import type { Employee } from '../../core/types';
import {
  applyLayout,
  clearRows,
  createProductSheet,
  highlightRowsWhen,
  layOutChanged,
  productSheet,
  replaceBelow,
  sheetNamed,
  sheetValues,
  sortRowsBy,
  styleBanner,
  writeBlock,
  writeRowsWithDropdowns,
  writeRowsWithRangeDropdown,
} from '../../gas/sheets';
import type { TallyLook, TallyShape } from './state';
import { deleteDocumentProperties, getJson, setJson, type PropertySnapshot } from '../../gas/properties';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Loaded {
  settings: Settings;
  /** Pengaturan as read (rows of each setting), for writing back a mapping the product owns. */
  parsedSettings: ParsedSettings;
  roster: Employee[];
  /** R3/R4: warning lines for the top of the tally (damaged NIPs, no Hukuman Disiplin column). */
  rosterNotices: string[];
  labels: ChoiceLabelRow[];
  ledger: { sheet: Sheet | null; rows: unknown[][] };
  corrections: { sheet: Sheet | null; rows: unknown[][] };
  tallySheet: Sheet | null;
}

/** A product sheet found by name or mark (gas/sheets productSheet), with its values. */
function sheetAndRows(ss: Spreadsheet, key: SheetKey): { sheet: Sheet | null; rows: unknown[][] } {
  const sheet = productSheet(key, ss);
  return { sheet, rows: sheet ? sheetValues(sheet) : [] };
}

/**
 * Reads everything a tally needs: one read per sheet (`settings`: already read by the caller, so
 * Pengaturan is not read again).
 */
export function loadAll(ss: Spreadsheet, given?: ParsedSettings): Loaded {
  const settingsRows = given ? null : sheetAndRows(ss, 'settings');
  if (settingsRows && !settingsRows.sheet) {
    throw new UserError(`Lembar "${SHEETS.settings}" tidak ditemukan.`, 'Jalankan Agen Perubahan › Siapkan Lembar Kerja, lalu hubungkan lagi formulir penjaringan.');
  }
  const rosterRows = sheetAndRows(ss, 'roster');
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
  // The hidden list of the Form's choice labels is absent until the team fills the Form's choices:
  // found by name only (a mark search on every submission would cost four calls for nothing).
  const labelSheet = sheetNamed(SHEETS.formChoices, ss);
  const labelRows = (labelSheet ? sheetValues(labelSheet) : []).slice(1);
  const parsedSettings = given ?? parseSettings(settingsRows?.rows ?? []);
  return {
    settings: parsedSettings.settings,
    parsedSettings,
    roster: roster.employees,
    rosterNotices: rosterNotices(roster),
    labels: labelRows.map((r) => ({ label: textOf(r[0]), nip: textOf(r[1]) })).filter((l) => l.label !== '' && l.nip !== ''),
    ledger: sheetAndRows(ss, 'ballots'),
    corrections: sheetAndRows(ss, 'corrections'),
    tallySheet: productSheet('tally', ss),
  };
}

export const MAPPING_HINT =
  'Tulis judul pertanyaan yang benar di lembar Pengaturan (Pertanyaan Calon / Pertanyaan NIP Pengusul), atau kosongkan keduanya dan jalankan Penjaringan › Hubungkan Formulir Penjaringan. Usulan yang masuk disimpan dan dihitung setelah diperbaiki (Sinkronkan Ulang Penjaringan); rekap yang ada tidak dihapus.';

/** The mapping the product itself last wrote to Pengaturan (labels), to tell it from the team's. */
export interface WrittenMapping {
  nominees: string[];
  voterNip: string;
  /** The item keys of those questions (absent in state saved by an earlier version). */
  keys?: string[];
}

export interface RunMapping {
  mapping: NominationMapping;
  /** Lines for `Rekap Penjaringan` (a nominee question the team's mapping leaves out). */
  notes: string[];
  /** The mapping to write to Pengaturan now (the product's own, changed with the Form), or null. */
  rewrite: WrittenMapping | null;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x.trim().toLowerCase() === b[i].trim().toLowerCase());

/**
 * N3 for one run. While Pengaturan holds the mapping the product wrote, the questions are detected
 * again from the Form as it is now, so a nominee question added after connecting counts from the
 * next response on (and Pengaturan shows it). The team's own mapping is kept as typed: a question
 * it names that the Form no longer has stops the run, naming it; a nominee question it leaves
 * out is reported in the notes.
 */
export function mappingFor(settings: Settings, questions: readonly FormQuestion[], written: WrittenMapping | null): RunMapping {
  if (settings.nomineeQuestions.length === 0) {
    throw new UserError(
      'Formulir penjaringan belum dihubungkan (Pertanyaan Calon di Pengaturan masih kosong).',
      'Isi URL Formulir Penjaringan di Pengaturan, lalu jalankan Penjaringan › Hubungkan Formulir Penjaringan.',
    );
  }
  const ours = written !== null && sameList(settings.nomineeQuestions, written.nominees) && settings.voterNipQuestion.trim().toLowerCase() === written.voterNip.trim().toLowerCase();
  // Detected again only while every question the product chose is still in the Form (by item, so
  // a renamed question is followed; by label for state saved before items were remembered): a
  // deleted one stops the run below, naming it, rather than its answers going uncounted.
  const labelledNow = labelledQuestions(questions);
  const keysNow = new Set(labelledNow.map((q) => q.key));
  const allThere =
    ours &&
    (written.keys
      ? written.keys.every((k) => keysNow.has(k))
      : [...written.nominees, ...(written.voterNip.trim() ? [written.voterNip] : [])].every((l) => byLabel(labelledNow, l) !== null));
  if (ours && allThere) {
    const detected = detectMapping(questions);
    const kept = !written.keys || written.keys.every((k) => k === detected.voterNipQuestion || detected.nomineeQuestions.includes(k));
    if (detected.problems.length === 0 && kept) {
      const voterNip = detected.voterNipLabel ?? '';
      const keys = [...detected.nomineeQuestions, ...(detected.voterNipQuestion ? [detected.voterNipQuestion] : [])];
      const changed = !sameList(detected.nomineeLabels, written.nominees) || voterNip.trim().toLowerCase() !== written.voterNip.trim().toLowerCase() || !written.keys;
      return { mapping: detected, notes: [], rewrite: changed ? { nominees: detected.nomineeLabels, voterNip, keys } : null };
    }
    if (detected.problems.length === 0 && written.keys) {
      // A question the product chose was renamed so that its title no longer reads as a nominee
      // question: it is still the same item, and still counted.
      const byKey = new Map(labelledNow.map((q) => [q.key, q]));
      const nominees = [...new Set([...written.keys.filter((k) => byKey.has(k) && k !== detected.voterNipQuestion), ...detected.nomineeQuestions])];
      const mapping = detectMapping(questions, { nomineeQuestions: nominees.map((k) => byKey.get(k)!.label), voterNipQuestion: detected.voterNipLabel ?? '' });
      const voterNip = mapping.voterNipLabel ?? '';
      const keys = [...mapping.nomineeQuestions, ...(mapping.voterNipQuestion ? [mapping.voterNipQuestion] : [])];
      return { mapping, notes: [], rewrite: { nominees: mapping.nomineeLabels, voterNip, keys } };
    }
  }
  const mapping = detectMapping(questions, { nomineeQuestions: settings.nomineeQuestions, voterNipQuestion: settings.voterNipQuestion });
  if (mapping.problems.length > 0) {
    throw new UserError(`Formulir penjaringan sudah berubah: ${mapping.problems.join(' ')}`, MAPPING_HINT);
  }
  const notes = uncountedNomineeQuestions(questions, mapping).map(
    (label) =>
      `Pertanyaan "${label}" di formulir tampak berisi nama calon, tetapi tidak tercantum di Pengaturan (Pertanyaan Calon): jawabannya tidak dihitung. ` +
      'Bila perlu dihitung, tambahkan judulnya di Pertanyaan Calon, lalu jalankan Penjaringan › Sinkronkan Ulang Penjaringan.',
  );
  return { mapping, notes, rewrite: null };
}

/** N3 with the team's titles from Pengaturan; any title missing from the Form stops the run. */
export function mappingOf(settings: Settings, questions: readonly FormQuestion[]): NominationMapping {
  return mappingFor(settings, questions, null).mapping;
}

export interface RecordOptions extends PlanOptions {
  /**
   * The size of the tally block as last written (remembered by the caller), so the tally is
   * rewritten without reading the sheet's size; null or absent: read it from the sheet.
   */
  tallyShape?: TallyShape | null;
  /** The run's properties snapshot (committed by the caller); without one, they are read and written here. */
  props?: PropertySnapshot;
  /** How the tally was last laid out (remembered by the caller); null or absent: lay it out. */
  tallyLook?: TallyLook | null;
  /** Lay the tally out whatever the remembered look says (a re-sync repairs it). */
  forceLayout?: boolean;
}

/** The NIPs the product wrote into Koreksi Nama's NIP column, by normalised text (see RecordInput.filledNips). */
const FILLED_NIPS_KEY = 'koreksi.nipDiisi';

export interface RecordReport {
  /** The size of the tally block written now (null when the tally was not written). */
  tallyShape: TallyShape | null;
  /** The tally's look after this run (null when the tally was not written). */
  tallyLook: TallyLook | null;
  result: TallyResult;
  ledgerRows: number;
  correctionsAdded: number;
}

/** Where the running tally's fingerprint is kept (document properties). */
export const FINGERPRINT_KEY = 'nominasi.jejak';

/** The fingerprint the last run kept (from the run's snapshot, else one read); null when none. */
function fingerprintOf(props?: PropertySnapshot): Fingerprint | null {
  return props ? props.get<Fingerprint | null>(FINGERPRINT_KEY, null) : getJson<Fingerprint | null>(FINGERPRINT_KEY, null);
}

/** Keeps (null: forgets) the fingerprint, in the run's snapshot or with its own write. */
export function saveFingerprint(props: PropertySnapshot | undefined, print: Fingerprint | null): void {
  if (props) {
    if (print === null) props.remove(FINGERPRINT_KEY);
    else props.set(FINGERPRINT_KEY, print);
  } else if (print === null) deleteDocumentProperties([FINGERPRINT_KEY]);
  else setJson(FINGERPRINT_KEY, print);
}

/** Decides (core/nominations/plan), then writes. Returns what was counted. */
/** The NIPs the product has written into Koreksi Nama (from the run's snapshot, else one read). */
export function filledNips(props?: PropertySnapshot): Record<string, string> {
  return props ? props.get<Record<string, string>>(FILLED_NIPS_KEY, {}) : getJson<Record<string, string>>(FILLED_NIPS_KEY, {});
}

export function recordResponses(ss: Spreadsheet, loaded: Loaded, options: RecordOptions): RecordReport {
  const filledBefore = filledNips(options.props);
  const input: RecordInput = {
    settings: loaded.settings,
    roster: loaded.roster,
    rosterNotices: loaded.rosterNotices,
    labels: loaded.labels,
    ledgerRows: loaded.ledger.sheet ? loaded.ledger.rows : null,
    correctionRows: loaded.corrections.sheet ? loaded.corrections.rows : null,
    filledNips: filledBefore,
  };
  const now = Date.now();
  // The running tally while the fingerprint the last run kept still holds (core/nominations/running);
  // otherwise everything is decided again, and this run's fingerprint kept for the next.
  const running = planRunning(input, options, now, fingerprintOf(options.props));
  const plan = running ? running.plan : planRecord(input, options, now);

  // Everything is decided; now write.
  writeLedger(ss, loaded.ledger.sheet, plan.ledger);
  let tallyShape: TallyShape | null = null;
  let tallyLook: TallyLook | null = null;
  if (plan.tally) {
    const written = writeTally(ss, loaded.tallySheet, {
      ...plan.tally,
      look: options.forceLayout ? null : (options.tallyLook ?? null),
    });
    tallyShape = written.shape;
    tallyLook = written.look;
  }
  if (plan.corrections) {
    writeCorrections(ss, loaded.corrections.sheet, plan.corrections);
    const filled = plan.corrections.filledNips;
    if (JSON.stringify(filled) !== JSON.stringify(filledBefore)) {
      if (options.props) options.props.set(FILLED_NIPS_KEY, filled);
      else setJson(FILLED_NIPS_KEY, filled);
    }
  }
  // Kept only once every write is done (with the run's properties): a run that dies half-way
  // leaves the last fingerprint, which the sheets it half wrote no longer match.
  // A re-sync's middle page (no Koreksi Nama written) leaves it: the ledger it rewrote no longer matches it.
  if (plan.corrections !== null) saveFingerprint(options.props, running?.fingerprint ?? fingerprintAfter(input, options, plan));
  return {
    tallyShape,
    tallyLook,
    result: plan.result,
    ledgerRows: running ? running.fingerprint.ledger.rows : plan.ledger.rows.length,
    correctionsAdded: plan.corrections?.add?.rows.length ?? 0,
  };
}

function writeLedger(ss: Spreadsheet, existing: Sheet | null, plan: LedgerPlan): void {
  const sheet = existing ?? createProductSheet(specOf('ballots'), ss);
  for (const w of plan.writes) writeBlock(sheet, w.row, w.column ?? 1, w.rows);
  if (plan.clear) clearRows(sheet, plan.clear.row, plan.clear.numRows, plan.clear.width);
}

/** Green rows for the shortlist (whole table rows whose Daftar Pendek column holds the mark). */
const SHORTLIST_FILL = '#d9ead3';

/** The tally's layout (TALLY_LAYOUT) and its one conditional rule: a constant number of calls. */
export function layOutTally(sheet: Sheet): void {
  applyLayout(sheet, TALLY_LAYOUT);
  const first = TALLY_HEADER_ROW + 1;
  highlightRowsWhen(sheet, first, TALLY_HEADERS.length, `=$H${first}="${SHORTLIST_MARK}"`, SHORTLIST_FILL);
}

/** A signature of the banner's look: equal signatures need no restyling. */
function bannerSignature(banner: TallyBanner): string {
  return JSON.stringify(banner.styles);
}

/**
 * Writes the tally: a computed sheet, made whole again by every write (the sheet read, the rows
 * that differ written in one call), so a row or a value a person typed into it is gone, and what
 * it shows is never used as data. Its
 * layout (widths, colours, banner rows) is applied when the sheet is new or its remembered look
 * is not today's layout, and the banner restyled only when its look changed. Returns the size
 * and look to remember.
 */
export function writeTally(
  ss: Spreadsheet,
  existing: Sheet | null,
  t: { block: Cell[][]; banner: TallyBanner; look: TallyLook | null },
): { shape: TallyShape; look: TallyLook } {
  const sheet = existing ?? createProductSheet(specOf('tally'), ss);
  const laidOut = existing !== null && !needsApplying(t.look, 'layout', TALLY_LAYOUT_MARK);
  if (!laidOut) layOutTally(sheet);
  // A computed sheet: made whole again by every write (what a person typed into it is gone), in
  // one read and one write of the rows that changed: a ballot moves a few candidates, while the
  // rest of a long tally (and the unresolved texts listed below it) stays as it is.
  layOutChanged(sheet, t.block, TALLY_BLOCK_WIDTH);
  const banner = bannerSignature(t.banner);
  if (!laidOut || needsApplying(t.look, 'banner', banner)) styleBanner(sheet, BANNER.noteRow, TALLY_HEADERS.length, t.banner.styles);
  return { shape: { rows: t.block.length, columns: TALLY_BLOCK_WIDTH }, look: { layout: TALLY_LAYOUT_MARK, banner } };
}

/** An empty tally: what `Rekap Penjaringan` shows before the first ballot. */
const EMPTY_TALLY: TallyResult = {
  ballots: [],
  candidates: [],
  shortlist: [],
  tieAtCutoff: false,
  tiedAtCutoff: [],
  counts: { total: 0, counted: 0, invalid: 0, superseded: 0 },
  unresolved: [],
};

/**
 * Lays out a new, empty `Rekap Penjaringan` (Siapkan Lembar Kerja): banner, headers, widths,
 * colours, as every later write keeps them. Returns the size and look to remember.
 */
export function prepareTallySheet(ss: Spreadsheet, sheet: Sheet, shortlistSize: number): { shape: TallyShape; look: TallyLook } {
  return writeTally(ss, sheet, {
    block: tallyBlock(EMPTY_TALLY, shortlistSize, [], null),
    banner: tallyBanner(EMPTY_TALLY, shortlistSize, []),
    look: null,
  });
}

/** Refreshes Jumlah/Status/Saran and adds the new unresolved texts with their dropdowns. */
function writeCorrections(ss: Spreadsheet, existing: Sheet | null, plan: CorrectionsPlan): void {
  const sheet = existing ?? createProductSheet(specOf('corrections'), ss);
  if (plan.refresh) writeBlock(sheet, plan.refresh.row, plan.refresh.column, plan.refresh.rows);
  if (plan.nips) writeBlock(sheet, plan.nips.row, 3, plan.nips.rows);
  const add = plan.add;
  if (add && add.lists) {
    writeRowsWithDropdowns(sheet, add.row, add.rows, CORRECTION_WIDTH, add.dropdownColumn, add.lists, add.help);
  } else if (add) {
    const all = add.nameList ?? [];
    const listSheet = productSheet('nameList', ss) ?? createProductSheet(specOf('nameList'), ss);
    replaceBelow(listSheet, 2, all.map((l) => [asText(l)]), 1);
    writeRowsWithRangeDropdown(sheet, add.row, add.rows, CORRECTION_WIDTH, add.dropdownColumn, listSheet, all.length, add.help);
  }
  // The texts that occur most stand first; the team's picks (and columns) move with their row.
  const sort = plan.sort;
  if (sort) sortRowsBy(sheet, sort.row, sort.numRows, sort.width, sort.byColumn, sort.thenColumn);
}
