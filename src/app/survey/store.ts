/**
 * Writing survey results: merges scored responses into `Hasil Survei` by response id, derives
 * bands and S5 statuses again, writes only the rows that changed (one write), and rewrites
 * `Ringkasan Survei` (one write, two style calls; colours and chart only when their shape
 * changed). A constant number of service calls whatever the number of earlier responses.
 */
import { asText, type Cell } from '../../core/cells';
import { specOf } from '../../core/schema';
import { bandColour, type BandTable } from '../../core/survey/bands';
import { summariseSurvey, type SurveySummary } from '../../core/survey/summary';
import { ensureRows, removeCharts, replaceChart, setBandRules, styleBlock } from '../../gas/formatting';
import { getJson, setJson } from '../../gas/properties';
import { ensureProductSheet, readAll, replaceBelow, styleHeader, writeBlock } from '../../gas/sheets';
import type { SurveyConfig } from './config';
import {
  deriveResults,
  mergeRecords,
  readRecords,
  resultHeader,
  resultRow,
  sameCell,
  STATUS_SUPERSEDED,
  type DerivedResult,
  type ResultRecord,
} from './results';
import { HEADER_FILL, summaryBlock } from './summary-layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface StoreOutcome {
  /** Rows in `Hasil Survei` after the run. */
  total: number;
  /** Data rows written: 0 (nothing changed), a span, or all of them. */
  rowsWritten: number;
  summary: SurveySummary;
  derived: DerivedResult[];
}

const FORMAT_KEY = 'survey.formatShape';

interface FormatShape {
  results: string;
  summary: string;
}

const keepText = (row: Cell[]): Cell[] => row.map((c) => (typeof c === 'string' ? asText(c) : c));

function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function colours(labels: string[], table: BandTable): { label: string; colour: string }[] {
  return labels.map((label) => ({ label, colour: bandColour(label, table) }));
}

/**
 * Merges `incoming` into `Hasil Survei` (or replaces its content when `replaceAll`), then rewrites
 * `Ringkasan Survei`.
 */
export function storeResults(config: SurveyConfig, incoming: ResultRecord[], replaceAll = false): StoreOutcome {
  const { sheet } = ensureProductSheet(specOf('surveyResults'));
  const values = readAll(sheet);
  const existing = replaceAll ? [] : readRecords(values);
  const records = mergeRecords(existing, incoming);
  const titles = config.questions.map((q) => q.title);
  const derived = deriveResults(records, titles, config.table);
  const header = resultHeader(titles);
  const rows = derived.map((d) => resultRow(d, titles, (ms) => new Date(ms)));
  const shape = getJson<FormatShape>(FORMAT_KEY, { results: '', summary: '' });
  const shapeBefore = JSON.stringify(shape);

  const haveHeader = (values[0] ?? []).map((h) => String(h ?? '').trim());
  const sameHeader = haveHeader.length === header.length && header.every((h, i) => haveHeader[i] === h);
  const haveRows = values.length > 1 || (values[0] ?? []).some((v) => v !== '') ? values.length - 1 : 0;
  let rowsWritten = 0;
  const categoryColumn = header.indexOf('Kategori') + 1;
  const resultsShape = JSON.stringify([categoryColumn, colours(labelsOf(derived, config.table), config.table)]);

  if (!sameHeader || haveRows > rows.length) {
    ensureRows(sheet, rows.length + 1);
    replaceBelow(sheet, 1, [header, ...rows.map(keepText)], header.length);
    styleHeader(sheet, 1, header.length);
    sheet.getRange(2, 1, Math.max(1, rows.length), 1).setNumberFormat('dd/mm/yyyy hh:mm');
    setResultWidths(sheet, titles.length);
    rowsWritten = rows.length;
    shape.results = '';
  } else {
    let first = -1;
    let last = -1;
    rows.forEach((row, i) => {
      const have = values[i + 1] ?? [];
      if (row.some((cell, c) => !sameCell(have[c], cell))) {
        if (first < 0) first = i;
        last = i;
      }
    });
    if (first >= 0) {
      ensureRows(sheet, last + 2);
      writeBlock(sheet, first + 2, 1, rows.slice(first, last + 1).map(keepText));
      if (last + 1 > haveRows) sheet.getRange(first + 2, 1, last - first + 1, 1).setNumberFormat('dd/mm/yyyy hh:mm');
      rowsWritten = last - first + 1;
    }
  }
  if (shape.results !== resultsShape) {
    const letter = columnLetter(categoryColumn);
    setBandRules(sheet, `${letter}2:${letter}`, colours(labelsOf(derived, config.table), config.table));
    shape.results = resultsShape;
  }

  const summary = summariseSurvey(derived, config.questions, config.table);
  writeSummary(summary, derived, config.table, shape);
  if (JSON.stringify(shape) !== shapeBefore) setJson(FORMAT_KEY, shape);
  return { total: rows.length, rowsWritten, summary, derived };
}

/** Column widths of `Hasil Survei` (a handful of calls, only when its layout is rewritten). */
function setResultWidths(sheet: Sheet, questions: number): void {
  sheet.setColumnWidths(1, 3, 200);
  if (questions > 0) sheet.setColumnWidths(4, questions, 110);
  const tail = [70, 110, 120, 320, 100, 360, 300, 220, 150];
  tail.forEach((w, i) => sheet.setColumnWidth(4 + questions + i, w));
}

function labelsOf(derived: DerivedResult[], table: BandTable): string[] {
  const labels = table.map((b) => b.label);
  for (const d of derived) if (labels.indexOf(d.category) < 0) labels.push(d.category);
  if (labels.indexOf('TIDAK LENGKAP') < 0) labels.push('TIDAK LENGKAP');
  return labels;
}

function writeSummary(summary: SurveySummary, derived: DerivedResult[], table: BandTable, shape: FormatShape): void {
  const { sheet, created } = ensureProductSheet(specOf('surveySummary'));
  const block = summaryBlock(summary, {
    now: Date.now(),
    responses: derived.length,
    superseded: derived.filter((d) => d.status === STATUS_SUPERSEDED).length,
  });
  const oldRows = sheet.getLastRow();
  const oldColumns = sheet.getLastColumn();
  ensureRows(sheet, block.rows.length);
  replaceBelow(sheet, 1, block.rows.map(keepText), block.width);
  const height = Math.max(block.rows.length, oldRows);
  const width = Math.max(block.width, oldColumns);
  const weights: ('bold' | 'normal')[][] = [];
  const fills: (string | null)[][] = [];
  for (let r = 0; r < height; r++) {
    const kind = block.kinds[r] ?? 'blank';
    const cells = block.rows[r] ?? [];
    weights.push(new Array(width).fill(kind === 'data' || kind === 'blank' ? 'normal' : 'bold'));
    fills.push(Array.from({ length: width }, (_, c) => (kind === 'header' && c < cells.length ? HEADER_FILL : null)));
  }
  styleBlock(sheet, weights, fills);
  if (created) {
    sheet.setColumnWidth(1, 300);
    sheet.setColumnWidth(2, 320);
  }

  const summaryShape = JSON.stringify([block.labels, block.chart, colours(block.labels, table)]);
  if (shape.summary !== summaryShape || (block.chart !== null && sheet.getCharts().length !== 1)) {
    setBandRules(sheet, `A1:${columnLetter(Math.max(block.width, 26))}`, colours(block.labels, table));
    if (block.chart) {
      replaceChart(sheet, {
        ...block.chart,
        title: 'Distribusi Kategori Survei per Periode',
        colours: block.labels.map((l) => bandColour(l, table)),
        anchorRow: 3,
        anchorColumn: block.width + 2,
      });
    } else removeCharts(sheet);
    shape.summary = summaryShape;
  }
}
