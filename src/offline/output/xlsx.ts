/**
 * The bound spreadsheet as an Excel workbook: every sheet in tab order with its values, formulas,
 * header colours, bold cells, number formats, frozen rows/columns, column widths, notes, hidden
 * state, dropdown/number validations and simple conditional colours (the band colours).
 *
 * Dates: the spreadsheet lives in Kupang time (WITA, UTC+8) and Excel has no time zones, so a
 * date is written as its WITA wall-clock time. Not exported: protections (offline copies are for
 * reading and editing freely). Charts, which exceljs cannot write, are added as DrawingML parts
 * afterwards (xlsx-parts.ts).
 */
import ExcelJS from 'exceljs';
import { WITA_OFFSET_MS } from '../../core/dates';
import { SHEETS } from '../../core/schema';
import type { CellValue, SheetSnapshot, SheetsBackdoor } from '../workspace/index';
import { finishXlsx } from './xlsx-parts';

/** Sheets' default font, which a cell without its own family shows. */
const SHEETS_FONT = 'Arial';
const SHEETS_FONT_SIZE = 10;

function cellA1(row: number, column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}

// ExcelJS keeps validations over a range on `worksheet.dataValidations` (lib/doc/worksheet.js,
// where a cell's own `dataValidation` is stored too), which its typings leave out.
declare module 'exceljs' {
  interface Worksheet {
    readonly dataValidations: { add(address: string, validation: DataValidation): void };
  }
}

/** Google's default column width in pixels. */
const DEFAULT_WIDTH_PX = 100;
const EXCEL_MAX_TEXT = 32767;

/** The part of a Workspace the exporter needs. */
export interface SpreadsheetSource {
  sheets: Pick<SheetsBackdoor, 'sheetNames' | 'snapshot'>;
  spreadsheetId: string;
}

const PRODUCT_SHEETS = new Set<string>(Object.values(SHEETS));

function isBlankSheet(s: SheetSnapshot): boolean {
  return s.values.every((r) => r.every((v) => v === '')) && s.formulas.every((r) => r.every((f) => f === ''));
}

/**
 * Snapshots of every sheet of a spreadsheet, in tab order. A blank sheet the product does not
 * own (the "Sheet1" every new spreadsheet starts with) is left out; the product's own sheets are
 * always there, even empty.
 */
export function snapshotsOf(source: SpreadsheetSource, spreadsheetId = source.spreadsheetId): SheetSnapshot[] {
  return source.sheets
    .sheetNames(spreadsheetId)
    .map((name) => source.sheets.snapshot(spreadsheetId, name))
    .filter((s): s is SheetSnapshot => s !== null && (PRODUCT_SHEETS.has(s.name) || !isBlankSheet(s)));
}

/** "#1a73e8", "#fff" or a few CSS names → Excel ARGB, or null when there is none. */
export function argbOf(colour: string | null | undefined): string | null {
  if (!colour) return null;
  const named: Record<string, string> = { red: '#ff0000', green: '#00ff00', blue: '#0000ff', yellow: '#ffff00', black: '#000000', white: '#ffffff', orange: '#ffa500', gray: '#808080', grey: '#808080' };
  let c = colour.trim().toLowerCase();
  c = named[c] ?? c;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (short) c = `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  if (!/^#[0-9a-f]{6}$/.test(c)) return null;
  return `FF${c.slice(1).toUpperCase()}`;
}

/** Pixels (Google) → Excel character widths. */
export function excelWidth(px: number): number {
  return Math.max(2, Math.round(((px - 5) / 7) * 100) / 100);
}

/** A valid, unique Excel sheet name (≤ 31 characters, none of []:*?/\). */
function excelSheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, '-').slice(0, 31) || 'Lembar';
  let candidate = base;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${base.slice(0, 31 - String(i).length - 1)}~${i}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

function isDateValue(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** A WITA wall-clock Date (as UTC fields), what Excel should show. */
function witaWallClock(d: Date): Date {
  return new Date(d.getTime() + WITA_OFFSET_MS);
}

function defaultDateFormat(wall: Date): string {
  const midnight = wall.getUTCHours() === 0 && wall.getUTCMinutes() === 0 && wall.getUTCSeconds() === 0;
  return midnight ? 'dd/mm/yyyy' : 'dd/mm/yyyy hh.mm';
}

function cellValue(v: CellValue): ExcelJS.CellValue {
  if (isDateValue(v)) return witaWallClock(v);
  if (typeof v === 'string') return v.length > EXCEL_MAX_TEXT ? v.slice(0, EXCEL_MAX_TEXT) : v;
  return v;
}

/** Rough display width in characters of a cell, for columns Google left at the default width. */
function textWidth(v: CellValue): number {
  if (isDateValue(v)) return 19;
  const s = String(v);
  return Math.max(...s.split('\n').map((line) => line.length));
}

/** List-type validations; Excel caps an inline list at 255 characters. */
function listValidation(values: unknown[], allowInvalid: boolean, helpText: string): ExcelJS.DataValidation | null {
  const items = values.map((x) => String(x));
  const inline = items.map((s) => s.replace(/"/g, '""')).join(',');
  if (items.length === 0 || inline.length > 250 || items.some((s) => s.includes(','))) return null;
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`"${inline}"`],
    showErrorMessage: !allowInvalid,
    errorStyle: allowInvalid ? 'warning' : 'stop',
    ...(helpText ? { showInputMessage: true, prompt: helpText } : {}),
  };
}

function validationOf(v: SheetSnapshot['validations'][number]): ExcelJS.DataValidation | null {
  const help = v.helpText ? { showInputMessage: true, prompt: v.helpText } : {};
  const strict = { showErrorMessage: !v.allowInvalid, errorStyle: v.allowInvalid ? 'warning' : 'stop' } as const;
  switch (v.criteria) {
    case 'VALUE_IN_LIST':
      return listValidation(Array.isArray(v.values[0]) ? (v.values[0] as unknown[]) : v.values, v.allowInvalid, v.helpText);
    case 'VALUE_IN_RANGE': {
      const ref = typeof v.values[0] === 'string' ? (v.values[0] as string) : null;
      return ref ? { type: 'list', allowBlank: true, formulae: [ref.startsWith('=') ? ref.slice(1) : ref], ...strict, ...help } : null;
    }
    case 'NUMBER_BETWEEN':
    case 'NUMBER_NOT_BETWEEN': {
      const [a, b] = v.values.map(Number);
      if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
      const whole = Number.isInteger(a) && Number.isInteger(b);
      return { type: whole ? 'whole' : 'decimal', operator: v.criteria === 'NUMBER_BETWEEN' ? 'between' : 'notBetween', allowBlank: true, formulae: [a, b], ...strict, ...help };
    }
    case 'CHECKBOX':
      // Excel shows the stored TRUE/FALSE; a dropdown keeps the cell to those two values.
      return { type: 'list', allowBlank: true, formulae: ['"TRUE,FALSE"'], ...strict, ...help };
    default:
      return null;
  }
}

function conditionalRule(cf: SheetSnapshot['conditionalFormats'][number], priority: number): ExcelJS.ConditionalFormattingRule | null {
  const fill = argbOf(cf.background);
  const font = argbOf(cf.fontColor);
  const style: Partial<ExcelJS.Style> = {};
  if (fill) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: fill }, fgColor: { argb: fill } };
  if (font) style.font = { color: { argb: font } };
  const vals = cf.values.map((x) => (Array.isArray(x) ? x[0] : x));
  const quoted = (x: unknown) => `"${String(x).replace(/"/g, '""')}"`;
  switch (cf.condition) {
    case 'TEXT_EQUAL_TO':
    case 'TEXT_EQ':
      return { type: 'cellIs', operator: 'equal', formulae: [quoted(vals[0])], style, priority };
    case 'TEXT_CONTAINS':
      return { type: 'containsText', operator: 'containsText', text: String(vals[0]), style, priority };
    case 'NUMBER_BETWEEN':
      return { type: 'cellIs', operator: 'between', formulae: [Number(vals[0]), Number(vals[1])], style, priority };
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return { type: 'cellIs', operator: 'lessThanOrEqual' as ExcelJS.CellIsOperators, formulae: [Number(vals[0])], style, priority };
    case 'NUMBER_GREATER_THAN':
      return { type: 'cellIs', operator: 'greaterThan', formulae: [Number(vals[0])], style, priority };
    case 'NUMBER_EQUAL_TO':
      return { type: 'cellIs', operator: 'equal', formulae: [Number(vals[0])], style, priority };
    case 'CUSTOM_FORMULA': {
      const f = String(vals[0] ?? '');
      return f ? { type: 'expression', formulae: [f.startsWith('=') ? f.slice(1) : f], style, priority } : null;
    }
    default:
      return null;
  }
}

/** Fills one worksheet from a snapshot. */
function fillWorksheet(sheet: ExcelJS.Worksheet, snap: SheetSnapshot): void {
  const width = Math.max(0, ...snap.values.map((r) => r.length));
  const contentWidths: number[] = new Array(width).fill(0);

  snap.values.forEach((row, r) => {
    const excelRow = sheet.getRow(r + 1);
    row.forEach((value, c) => {
      const formula = snap.formulas[r]?.[c] ?? '';
      if (value === '' && formula === '') return;
      const cell = excelRow.getCell(c + 1);
      if (formula !== '') {
        cell.value = { formula: formula.replace(/^=/, ''), result: value === '' ? undefined : (cellValue(value) as never) } as ExcelJS.CellFormulaValue;
      } else {
        cell.value = cellValue(value);
        if (isDateValue(value)) cell.numFmt = defaultDateFormat(witaWallClock(value));
        if (typeof value === 'string' && value.includes('\n')) cell.alignment = { wrapText: true, vertical: 'top' };
      }
      contentWidths[c] = Math.max(contentWidths[c], textWidth(value));
    });
  });

  for (const [a1, colour] of Object.entries(snap.backgrounds)) {
    const argb = argbOf(colour);
    if (argb && argb !== 'FFFFFFFF') sheet.getCell(a1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
  }
  // Every cell with content or a style gets Sheets' font (Arial 10 unless set), its colour and weight.
  const fontCells = new Set<string>([
    ...Object.keys(snap.fontWeights),
    ...Object.keys(snap.fontColors),
    ...Object.keys(snap.fontFamilies),
    ...Object.keys(snap.backgrounds),
  ]);
  snap.values.forEach((row, r) => row.forEach((v, c) => (v !== '' || (snap.formulas[r]?.[c] ?? '') !== '') && fontCells.add(cellA1(r + 1, c + 1))));
  for (const a1 of fontCells) {
    const font: Partial<ExcelJS.Font> = { name: snap.fontFamilies[a1] ?? SHEETS_FONT, size: SHEETS_FONT_SIZE };
    if (snap.fontWeights[a1] === 'bold') font.bold = true;
    const colour = argbOf(snap.fontColors[a1]);
    if (colour) font.color = { argb: colour };
    sheet.getCell(a1).font = font;
  }
  // Wrapping and alignment as set in the sheet (a cell holding a line break wraps unless clipped).
  const alignCells = new Set<string>([...Object.keys(snap.wraps), ...Object.keys(snap.horizontalAlignments), ...Object.keys(snap.verticalAlignments)]);
  for (const a1 of alignCells) {
    const cell = sheet.getCell(a1);
    const alignment: Partial<ExcelJS.Alignment> = { ...cell.alignment };
    const wrap = snap.wraps[a1];
    if (wrap === 'WRAP') alignment.wrapText = true;
    else if (wrap === 'CLIP' || wrap === 'OVERFLOW') alignment.wrapText = false;
    const v = snap.verticalAlignments[a1];
    if (v) alignment.vertical = v.toLowerCase() === 'center' ? 'middle' : (v.toLowerCase() as ExcelJS.Alignment['vertical']);
    const h = snap.horizontalAlignments[a1];
    if (h) alignment.horizontal = h.toLowerCase() as ExcelJS.Alignment['horizontal'];
    cell.alignment = alignment;
  }
  for (const [row, px] of Object.entries(snap.rowHeights)) sheet.getRow(Number(row)).height = Math.round(px * 0.75 * 100) / 100;
  for (const [a1, format] of Object.entries(snap.numberFormats)) {
    if (format && format !== 'General') sheet.getCell(a1).numFmt = format;
  }
  for (const [a1, note] of Object.entries(snap.notes)) {
    if (note) sheet.getCell(a1).note = note;
  }

  for (let c = 1; c <= Math.max(width, ...Object.keys(snap.columnWidths).map(Number)); c++) {
    const px = snap.columnWidths[c];
    const column = sheet.getColumn(c);
    if (px !== undefined) column.width = excelWidth(px);
    else column.width = Math.min(60, Math.max(excelWidth(DEFAULT_WIDTH_PX), (contentWidths[c - 1] ?? 0) + 2));
  }

  for (const range of snap.merges) {
    try {
      sheet.mergeCells(range);
    } catch {
      // An overlapping merge (Sheets refuses those too): the cells stay unmerged.
    }
  }

  if (snap.frozenRows > 0 || snap.frozenColumns > 0) {
    sheet.views = [{ state: 'frozen', xSplit: snap.frozenColumns, ySplit: snap.frozenRows, topLeftCell: undefined, activeCell: 'A1' }];
  }

  const dv = sheet.dataValidations;
  for (const v of snap.validations) {
    const rule = validationOf(v);
    if (rule && v.range) dv.add(v.range, rule);
  }
  let priority = 1;
  for (const cf of snap.conditionalFormats) {
    const rule = conditionalRule(cf, priority);
    if (!rule || cf.ranges.length === 0) continue;
    priority++;
    for (const ref of cf.ranges) sheet.addConditionalFormatting({ ref, rules: [rule] });
  }
}

/** A workbook holding every snapshot, in order. */
export function workbookFromSnapshots(snapshots: readonly SheetSnapshot[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Agen Perubahan';
  wb.created = new Date(0);
  wb.modified = new Date(0);
  const taken = new Set<string>();
  for (const snap of snapshots) {
    const sheet = wb.addWorksheet(excelSheetName(snap.name, taken), { state: snap.hidden ? 'hidden' : 'visible' });
    fillWorksheet(sheet, snap);
  }
  if (snapshots.length > 0 && snapshots.every((s) => s.hidden)) wb.worksheets[0].state = 'visible';
  wb.calcProperties.fullCalcOnLoad = true;
  return wb;
}

/**
 * The .xlsx bytes of a spreadsheet of the workspace: what exceljs writes, finished with what it
 * cannot write (Sheets' default font, the charts; see xlsx-parts).
 */
export async function exportXlsx(source: SpreadsheetSource, spreadsheetId = source.spreadsheetId): Promise<Buffer> {
  const snapshots = snapshotsOf(source, spreadsheetId);
  const wb = workbookFromSnapshots(snapshots);
  return finishXlsx(Buffer.from(await wb.xlsx.writeBuffer()), snapshots, wb.worksheets.map((w) => w.name));
}
