/**
 * Writing survey results: merges scored responses into `Hasil Survei` by response id, derives
 * bands and S5 statuses again, writes only the rows that changed (one write), and rewrites
 * `Ringkasan Survei` (one write, two style calls; colours and chart only when their shape
 * changed). A constant number of service calls whatever the number of earlier responses.
 */
import { asText, changedSpan, columnLetter, type Cell } from '../../core/cells';
import { specOf } from '../../core/schema';
import { bandColour, type BandTable } from '../../core/survey/bands';
import { isSeedScale } from '../../core/survey/scale';
import { summaryFromTally, type SurveySummary } from '../../core/survey/summary';
import { applyToTally, tallyConsistent, tallyOf, type SurveyTally } from '../../core/survey/tally';
import { clearRunning, loadRunning, resultsChecksum, runningMark, saveRunning } from './running';
import { semesterOf } from '../../core/survey/periods';
import {
  activeSpreadsheet,
  ensureProductSheet,
  GROW_BY,
  insertRowsAfter,
  lastColumnOf,
  lastRowOf,
  maxRowsOf,
  removeCharts,
  replaceBelow,
  rowsHolding,
  rowValues,
  productSheet,
  replaceChart,
  layOutWhole,
  setBandRules,
  setColumnFormat,
  setEqualWidths,
  setWidths,
  sheetValues,
  styleBlock,
  styleHeader,
  writeBlock,
} from '../../gas/sheets';
import { layoutMark, needsApplying, SHEET_TIMESTAMP_FORMAT, type SheetLook } from '../../core/sheet-layout';
import { readProperties, type PropertySnapshot } from '../../gas/properties';
import type { SurveyConfig } from '../../core/survey/config';
import {
  deriveResults,
  mergeRecords,
  readRecords,
  resultHeader,
  RESULT_HEAD,
  RESULT_WIDTHS,
  resultTailWidths,
  resultRow,
  type DerivedResult,
  type ResultRecord,
} from '../../core/survey/results';
import { HEADER_FILL, SUMMARY_WIDTHS, summaryBlock, summaryWidths } from '../../core/survey/summary-layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface StoreOutcome {
  /** Rows in `Hasil Survei` after the run. */
  total: number;
  /** Data rows written: 0 (nothing changed), a span, or all of them. */
  rowsWritten: number;
  summary: SurveySummary;
  derived: DerivedResult[];
}

const FORMAT_KEY = 'survey.formatShape';

/**
 * What this product last did to the two sheets, so a submission skips what did not change: the
 * conditional-format rules (`results`, `summary`), the grid size of `Hasil Survei` with its date
 * column formatted down to the last row (`resultsMaxRows`), and the grid size and row styles of
 * the last `Ringkasan Survei` block (`summaryMaxRows`, `summaryStyle`). Unknown values are read from the
 * sheet (a few calls); a failed run forgets all of it (forgetShapes).
 */
interface FormatShape extends SheetLook {
  results: string;
  summary: string;
  resultsMaxRows?: number;
  summaryMaxRows?: number;
  summaryStyle?: string;
  /** Mark of the `Ringkasan Survei` layout last applied (its column widths). */
  summaryLayout?: string;
}

/** Forgets what the sheets looked like: the next run lays both out again. */
export function forgetShapes(props: PropertySnapshot): void {
  props.remove(FORMAT_KEY);
}

const keepText = (row: Cell[]): Cell[] => row.map((c) => (typeof c === 'string' ? asText(c) : c));

function colours(labels: string[], table: BandTable): { label: string; colour: string }[] {
  return labels.map((label) => ({ label, colour: bandColour(label, table) }));
}

/**
 * Makes room for `rows` rows in `Hasil Survei` with the date column formatted down to the end of
 * the grid, so appended rows need no formatting call. Returns the grid's row count.
 */
function resultRoom(sheet: Sheet, rows: number, known: number | undefined): number {
  let max = known ?? maxRowsOf(sheet);
  let formatFrom = known === undefined ? 2 : max + 1;
  if (rows > max) {
    insertRowsAfter(sheet, max, Math.max(rows - max, GROW_BY));
    formatFrom = Math.min(formatFrom, max + 1);
    max = maxRowsOf(sheet);
  }
  if (formatFrom <= max) setColumnFormat(sheet, formatFrom, 1, max - formatFrom + 1, SHEET_TIMESTAMP_FORMAT);
  return max;
}

/**
 * Merges `incoming` into `Hasil Survei` (or replaces its content when `replaceAll`: a re-sync or
 * a connection, which also lay both sheets out again whatever was remembered; with `keepOnly`,
 * keeps only earlier rows of those response ids), then rewrites
 * `Ringkasan Survei`. Remembered shapes go to `props` (committed here when not given).
 */
export function storeResults(
  config: SurveyConfig,
  incoming: ResultRecord[],
  replaceAll: boolean | { keepOnly: ReadonlySet<string> } = false,
  given?: PropertySnapshot,
  ss: Spreadsheet = activeSpreadsheet(),
  options: StoreOptions = {},
): StoreOutcome {
  const props = given ?? readProperties();
  const { sheet, created } = ensureProductSheet(specOf('surveyResults'), ss);
  const values = sheetValues(sheet);
  const kept = replaceAll === true ? [] : readRecords(values);
  // The last chunk of a re-sync: rows of responses no longer in the Form go.
  const existing = typeof replaceAll === 'object' ? kept.filter((r) => replaceAll.keepOnly.has(r.id)) : kept;
  const records = mergeRecords(existing, incoming);
  const titles = config.questions.map((q) => q.title);
  const derived = deriveResults(records, titles, config.table);
  // S1a: on a scale other than the seed's, the answers' own total stands beside the mapped one.
  const raw = config.scale?.kind === 'use' && !isSeedScale(config.scale.scale);
  const header = resultHeader(titles, raw);
  const rows = derived.map((d) => resultRow(d, titles, (ms) => new Date(ms), raw));
  const shape: FormatShape = created || replaceAll ? { results: '', summary: '' } : props.get<FormatShape>(FORMAT_KEY, { results: '', summary: '' });
  const shapeBefore = JSON.stringify(shape);

  const haveHeader = (values[0] ?? []).map((h) => String(h ?? '').trim());
  const sameHeader = haveHeader.length === header.length && header.every((h, i) => haveHeader[i] === h);
  const haveRows = values.length > 1 || (values[0] ?? []).some((v) => v !== '') ? values.length - 1 : 0;
  let rowsWritten = 0;
  const categoryColumn = header.indexOf('Kategori') + 1;
  const tally = tallyOf(derived, titles.length);
  const resultsShape = JSON.stringify([categoryColumn, colours(labelsOfTally(tally, config.table), config.table)]);

  if (!sameHeader || haveRows > rows.length || replaceAll) {
    shape.resultsMaxRows = resultRoom(sheet, rows.length + 1, undefined);
    replaceBelow(sheet, 1, [header, ...rows.map(keepText)], header.length);
    styleHeader(sheet, 1, header.length);
    setResultWidths(sheet, titles.length, raw);
    rowsWritten = rows.length;
    shape.results = '';
  } else {
    const written = rows.map(keepText);
    const span = changedSpan(values.slice(1), written, header.length);
    if (span) {
      shape.resultsMaxRows = resultRoom(sheet, span.to + 2, shape.resultsMaxRows);
      writeBlock(sheet, span.from + 2, 1, written.slice(span.from, span.to + 1));
      rowsWritten = span.to - span.from + 1;
    }
  }
  if (needsApplying(shape, 'results', resultsShape)) {
    const letter = columnLetter(categoryColumn);
    setBandRules(sheet, `${letter}2:${letter}`, colours(labelsOfTally(tally, config.table), config.table));
    shape.results = resultsShape;
  }

  const summary = summaryFromTally(tally, config.questions, config.table);
  writeSummary(ss, summary, { responses: tally.records, superseded: tally.superseded }, config.table, shape);
  if (JSON.stringify(shape) !== shapeBefore) props.set(FORMAT_KEY, shape);
  // The running counts the next submission starts from, with what they were computed against.
  const lastRecord = derived.length > 0 ? derived[derived.length - 1].record : null;
  saveRunning(props, {
    mark: runningMark(config, header),
    rows: rows.length,
    lastId: lastRecord?.id ?? '',
    lastEmail: lastRecord?.email ?? '',
    tabRows: options.tabRows ?? null,
    tabHeader: options.tabHeader ?? null,
    tally,
  });
  if (!given) props.commit();
  return { total: rows.length, rowsWritten, summary, derived };
}

/** Where a submission's responses came from, for the running counts' fingerprint. */
export interface StoreOptions {
  /** Rows of the response tab this run read (the add-on route), null on the Form route. */
  tabRows?: number | null;
  /** The response tab's header (the add-on route), null on the Form route. */
  tabHeader?: string[] | null;
}

/**
 * One new response written with the running counts instead of every earlier row: the counts and
 * their fingerprint (running.ts) must match what is in `Hasil Survei` now (its row count, its
 * last row, the configuration and layout); the respondent's earlier rows are found with the
 * TextFinder (e-mail and response id columns), read, and checked against what the product wrote;
 * only their S5 decisions are derived again, the counts adjusted, the new row appended, the
 * changed earlier rows rewritten and the summary written. Returns null, having written nothing,
 * whenever anything is not as the counts expect (a hand edit, a run that died half-way, a setting
 * or the Form changed, an edited response): the caller then runs the full computation.
 */
/** True when a complete record's total is the sum of its scores (as the product writes them, to 2 decimals). */
function totalMatchesScores(r: ResultRecord): boolean {
  let sum = 0;
  for (const v of r.scores.values()) {
    if (v === null) return false;
    sum += v;
  }
  return r.total !== null && Math.abs(Math.round(sum * 100) / 100 - r.total) < 0.005;
}

/** More earlier rows than this for one response (a respondent answering hundreds of times): the full computation. */
const MAX_EARLIER_ROWS = 60;

export function storeOneRunning(config: SurveyConfig, record: ResultRecord, props: PropertySnapshot, ss: Spreadsheet, options: StoreOptions = {}): StoreOutcome | null {
  const state = loadRunning(props, config.questions.length);
  if (!state) return null;
  const titles = config.questions.map((q) => q.title);
  const raw = config.scale?.kind === 'use' && !isSeedScale(config.scale.scale);
  const header = resultHeader(titles, raw);
  if (state.mark !== runningMark(config, header)) return null;
  if ((options.tabRows ?? null) !== null && (state.tabRows === null || options.tabRows !== state.tabRows + 1)) return null;
  if ((options.tabRows ?? null) === null && state.tabRows !== null) return null;
  const sheet = productSheet('surveyResults', ss);
  if (!sheet) return null;
  const last = lastRowOf(sheet) ?? 0;
  // This response already written (an event delivered twice, an edited response): not for the counts.
  if (last !== state.rows + 1 || record.id === state.lastId) return null;
  const width = header.length;
  // One search finds the respondent's rows, a row of this response id, and the last row the
  // counts hold (by its id, where the product wrote it).
  const found = rowsHolding(sheet, [record.email, record.id, state.lastId]);
  if (state.rows > 0 && found.indexOf(last) < 0) return null;
  if (found.length > MAX_EARLIER_ROWS) return null;
  const period = semesterOf(record.timestamp).key;
  const group: { row: number; values: unknown[]; record: ResultRecord }[] = [];
  for (const row of found) {
    // The last row matched by its id; it is read only when it may be this respondent's.
    if (row === last && (record.email === '' || state.lastEmail !== record.email)) continue;
    const values = rowValues(sheet, row, width);
    const [earlier] = readRecords([header, values]);
    // A row the product cannot read back, or this very response again (edited): not sure.
    if (!earlier || earlier.id === record.id) return null;
    if (row === last && earlier.id !== state.lastId) return null;
    // A score or total changed by hand: the product writes a complete row's total as its scores' sum.
    if (earlier.complete && !totalMatchesScores(earlier)) return null;
    if (record.email !== '' && earlier.email === record.email && semesterOf(earlier.timestamp).key === period) group.push({ row, values, record: earlier });
  }
  const before = deriveResults(
    group.map((g) => g.record),
    titles,
    config.table,
  );
  // The earlier rows must show what the product wrote for them, or the counts do not hold them.
  const writtenOf = (d: DerivedResult) => keepText(resultRow(d, titles, (ms) => new Date(ms), raw));
  if (before.some((d, i) => resultsChecksum(writtenOf(d)) !== resultsChecksum(group[i].values))) return null;
  const after = deriveResults([...group.map((g) => g.record), record], titles, config.table);

  const tally: SurveyTally = state.tally;
  before.forEach((d) => applyToTally(tally, d, -1));
  // Taking out what the counts never held (an earlier row changed by hand): not sure.
  if (!tallyConsistent(tally)) return null;
  after.forEach((d) => applyToTally(tally, d, 1));

  const shape: FormatShape = props.get<FormatShape>(FORMAT_KEY, { results: '', summary: '' });
  const shapeBefore = JSON.stringify(shape);
  const newRow = writtenOf(after[after.length - 1]);
  // Appended first: a run that dies after any write leaves the row count the counts do not expect.
  shape.resultsMaxRows = resultRoom(sheet, last + 1, shape.resultsMaxRows);
  writeBlock(sheet, last + 1, 1, [newRow]);
  let rowsWritten = 1;
  group.forEach((g, i) => {
    const row = writtenOf(after[i]);
    if (resultsChecksum(row) === resultsChecksum(g.values)) return;
    writeBlock(sheet, g.row, 1, [row]);
    rowsWritten += 1;
  });
  const categoryColumn = header.indexOf('Kategori') + 1;
  const labels = labelsOfTally(tally, config.table);
  const resultsShape = JSON.stringify([categoryColumn, colours(labels, config.table)]);
  if (needsApplying(shape, 'results', resultsShape)) {
    const letter = columnLetter(categoryColumn);
    setBandRules(sheet, `${letter}2:${letter}`, colours(labels, config.table));
    shape.results = resultsShape;
  }
  const summary = summaryFromTally(tally, config.questions, config.table);
  writeSummary(ss, summary, { responses: tally.records, superseded: tally.superseded }, config.table, shape);
  if (JSON.stringify(shape) !== shapeBefore) props.set(FORMAT_KEY, shape);
  saveRunning(props, {
    mark: state.mark,
    rows: state.rows + 1,
    lastId: record.id,
    lastEmail: record.email,
    tabRows: options.tabRows ?? null,
    tabHeader: options.tabHeader ?? null,
    tally,
  });
  return { total: tally.records, rowsWritten, summary, derived: after };
}

export { clearRunning };

/** Column widths of `Hasil Survei` (a handful of calls, only when its layout is rewritten). */
function setResultWidths(sheet: Sheet, questions: number, raw: boolean): void {
  setEqualWidths(sheet, 1, RESULT_HEAD.length, RESULT_WIDTHS.head);
  if (questions > 0) setEqualWidths(sheet, RESULT_HEAD.length + 1, questions, RESULT_WIDTHS.question);
  setWidths(sheet, RESULT_HEAD.length + 1 + questions, resultTailWidths(raw));
}

/** The categories `Hasil Survei` colours: the table's, then the others its rows hold (A–Z), then TIDAK LENGKAP. */
function labelsOfTally(tally: SurveyTally, table: BandTable): string[] {
  const labels = table.map((b) => b.label);
  const others = Object.keys(tally.categories)
    .filter((l) => labels.indexOf(l) < 0 && l !== 'TIDAK LENGKAP')
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [...labels, ...others, 'TIDAK LENGKAP'];
}

function writeSummary(ss: Spreadsheet, summary: SurveySummary, counts: { responses: number; superseded: number }, table: BandTable, shape: FormatShape): void {
  const { sheet, created } = ensureProductSheet(specOf('surveySummary'), ss);
  if (created) {
    shape.summary = '';
    delete shape.summaryMaxRows;
    delete shape.summaryStyle;
    delete shape.summaryLayout;
  }
  const block = summaryBlock(summary, { now: Date.now(), responses: counts.responses, superseded: counts.superseded });
  // A computed sheet is laid out whole: what it holds now is read, so a row a person typed below
  // (or beside) the summary is gone at this write, never kept because a remembered size missed it.
  const oldRows = lastRowOf(sheet) ?? 0;
  const oldColumns = lastColumnOf(sheet);
  const maxRows = shape.summaryMaxRows ?? maxRowsOf(sheet);
  if (block.rows.length > maxRows) {
    insertRowsAfter(sheet, maxRows, block.rows.length - maxRows);
    shape.summaryMaxRows = block.rows.length;
  } else shape.summaryMaxRows = maxRows;
  layOutWhole(sheet, block.rows.map(keepText), block.width, { rows: oldRows, columns: oldColumns });

  const height = Math.max(block.rows.length, oldRows);
  const width = Math.max(block.width, oldColumns);
  // Row styles follow the block's layout: when it is the one styled last time, nothing to do.
  const style = JSON.stringify([block.kinds, block.rows.map((r) => r.length), block.width]);
  if (needsApplying(shape, 'summaryStyle', style) || height !== block.rows.length || width !== block.width) {
    const weights: ('bold' | 'normal')[][] = [];
    const fills: (string | null)[][] = [];
    const wraps: boolean[][] = [];
    for (let r = 0; r < height; r++) {
      const kind = block.kinds[r] ?? 'blank';
      const cells = block.rows[r] ?? [];
      weights.push(new Array(width).fill(kind === 'data' || kind === 'blank' || kind === 'chart' ? 'normal' : 'bold'));
      fills.push(Array.from({ length: width }, (_, c) => (kind === 'header' && c < cells.length ? HEADER_FILL : null)));
      // The figures' headers ("% KURANG BAIK") wrap inside their 100-px columns; every other row
      // stays one line (an aspect in column C of a question row would wrap over its neighbours).
      wraps.push(Array.from({ length: width }, (_, c) => kind === 'header' && c >= SUMMARY_WIDTHS.length && c < cells.length));
    }
    styleBlock(sheet, weights, fills, wraps);
    shape.summaryStyle = style;
  }
  const widths = summaryWidths(block.width);
  const layout = layoutMark(widths);
  if (needsApplying(shape, 'summaryLayout', layout)) {
    // Titles and notes in columns A–B run on to the right (the wraps go with the row styles).
    setWidths(sheet, 1, widths);
    shape.summaryLayout = layout;
  }

  // The chart is placed when the summary's shape (its labels, the chart's rows, the colours) is
  // not the one placed last time; a chart deleted by hand comes back with the next re-sync, or
  // with the next submission once the summary changes shape (not counted on every submission:
  // one getCharts call each).
  const summaryShape = JSON.stringify([block.labels, block.chart, colours(block.labels, table)]);
  if (needsApplying(shape, 'summary', summaryShape)) {
    setBandRules(sheet, `A1:${columnLetter(Math.max(block.width, 26))}`, colours(block.labels, table));
    if (block.chart) {
      replaceChart(sheet, {
        ...block.chart,
        title: 'Distribusi Kategori Survei per Periode',
        colours: block.labels.map((l) => bandColour(l, table)),
      });
    } else removeCharts(sheet);
    shape.summary = summaryShape;
  }
}
