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
import { summariseSurvey, type SurveySummary } from '../../core/survey/summary';
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
  STATUS_SUPERSEDED,
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
  const resultsShape = JSON.stringify([categoryColumn, colours(labelsOf(derived, config.table), config.table)]);

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
    setBandRules(sheet, `${letter}2:${letter}`, colours(labelsOf(derived, config.table), config.table));
    shape.results = resultsShape;
  }

  const summary = summariseSurvey(derived, config.questions, config.table);
  writeSummary(ss, summary, derived, config.table, shape);
  if (JSON.stringify(shape) !== shapeBefore) props.set(FORMAT_KEY, shape);
  if (!given) props.commit();
  return { total: rows.length, rowsWritten, summary, derived };
}

/** Column widths of `Hasil Survei` (a handful of calls, only when its layout is rewritten). */
function setResultWidths(sheet: Sheet, questions: number, raw: boolean): void {
  setEqualWidths(sheet, 1, RESULT_HEAD.length, RESULT_WIDTHS.head);
  if (questions > 0) setEqualWidths(sheet, RESULT_HEAD.length + 1, questions, RESULT_WIDTHS.question);
  setWidths(sheet, RESULT_HEAD.length + 1 + questions, resultTailWidths(raw));
}

function labelsOf(derived: DerivedResult[], table: BandTable): string[] {
  const labels = table.map((b) => b.label);
  for (const d of derived) if (labels.indexOf(d.category) < 0) labels.push(d.category);
  if (labels.indexOf('TIDAK LENGKAP') < 0) labels.push('TIDAK LENGKAP');
  return labels;
}

function writeSummary(ss: Spreadsheet, summary: SurveySummary, derived: DerivedResult[], table: BandTable, shape: FormatShape): void {
  const { sheet, created } = ensureProductSheet(specOf('surveySummary'), ss);
  if (created) {
    shape.summary = '';
    delete shape.summaryMaxRows;
    delete shape.summaryStyle;
    delete shape.summaryLayout;
  }
  const block = summaryBlock(summary, {
    now: Date.now(),
    responses: derived.length,
    superseded: derived.filter((d) => d.status === STATUS_SUPERSEDED).length,
  });
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
