/**
 * The stored state of the in-memory Sheets: spreadsheets, their tabs, cells and what scripts
 * recorded on them (protections, validations, conditional formats, charts). No counting here:
 * the counted Apps Script objects in sheets/spreadsheet-app.ts / sheets/range.ts read and write this model.
 *
 * Node-only (src/offline is never bundled).
 */

import type { CellValue } from '../contracts';
import type { CopyableContent } from '../kernel/kernel';
import { a1, isDateValue } from './values';

/** A data validation rule as stored on cells (shared by every cell of one setDataValidation). */
export interface ValidationModel {
  readonly criteria: string;
  readonly values: unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string;
}

export interface CellData {
  value: CellValue;
  formula: string;
  format?: string;
  background?: string;
  fontWeight?: string;
  fontColor?: string;
  fontSize?: number;
  fontFamily?: string;
  wrap?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  note?: string;
  validation?: ValidationModel;
}

export interface ProtectionModel {
  /** '' for a whole-sheet protection, else the protected range in A1 notation. */
  range: string;
  description: string;
  warningOnly: boolean;
  editors: string[];
  /** Who made it (Range/Sheet.protect() as that user). */
  creator?: string;
  unprotected: string[];
  removed: boolean;
  /**
   * Everyone in the owner's Workspace domain may edit it (canDomainEdit). Google: "Until the
   * script actually changes the list of editors for the sheet … or sets a new value for
   * Protection.setDomainEdit(editable), the permissions mirror those of the spreadsheet itself"
   * (apps-script/reference/spreadsheet/sheet#protect()), so a spreadsheet shared with the domain
   * gives new protections domain edit, and removing editors does not take it away.
   */
  domainEdit?: boolean;
}

export interface ConditionalRuleModel {
  ranges: { sheetId: number; a1: string }[];
  condition: string;
  values: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
}

export interface ChartModel {
  id: string;
  type: string;
  ranges: string[];
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
}

/** Developer metadata on a sheet (sheets/metadata.ts). */
export interface MetadataModel {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;

function copyCell(c: CellData): CellData {
  return { ...c, value: isDateValue(c.value) ? new Date(c.value.getTime()) : c.value };
}

export class SheetModel {
  /** rows[r-1][c-1]; sparse. */
  rows: (CellData | undefined)[][] = [];
  maxRows = DEFAULT_ROWS;
  maxColumns = DEFAULT_COLUMNS;
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  tabColor: string | null = null;
  formUrl: string | null = null;
  protections: ProtectionModel[] = [];
  conditionalRules: ConditionalRuleModel[] = [];
  charts: ChartModel[] = [];
  columnWidths = new Map<number, number>();
  /** Heights set by a script (setRowHeight/s); others are Sheets' default 21 px. */
  rowHeights = new Map<number, number>();
  merges: string[] = [];
  /** Developer metadata located on this sheet: it stays through renames, and goes with the sheet. */
  metadata: MetadataModel[] = [];

  constructor(public readonly id: number, public name: string) {}

  get(row: number, column: number): CellData | undefined {
    return this.rows[row - 1]?.[column - 1];
  }

  /** The cell, created when missing; grows the sheet when it lies beyond the grid. */
  cell(row: number, column: number): CellData {
    this.grow(row, column);
    const r = this.rows[row - 1] ?? (this.rows[row - 1] = []);
    return r[column - 1] ?? (r[column - 1] = { value: '', formula: '' });
  }

  grow(row: number, column: number): void {
    if (row > this.maxRows) this.maxRows = row;
    if (column > this.maxColumns) this.maxColumns = column;
  }

  static hasContent(c: CellData | undefined): boolean {
    return !!c && (c.value !== '' || c.formula !== '');
  }

  lastRow(): number {
    for (let r = this.rows.length; r >= 1; r -= 1) {
      const row = this.rows[r - 1];
      if (row && row.some((c) => SheetModel.hasContent(c))) return r;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length; c > last; c -= 1) {
        if (SheetModel.hasContent(row[c - 1])) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  insertRows(afterRow: number, count: number): void {
    while (this.rows.length < afterRow) this.rows.push([]);
    this.rows.splice(afterRow, 0, ...Array.from({ length: count }, () => []));
    this.maxRows += count;
    this.rowHeights = new Map([...this.rowHeights].map(([r, h]) => [r > afterRow ? r + count : r, h]));
  }

  deleteRows(start: number, count: number): void {
    this.rows.splice(start - 1, count);
    this.maxRows -= count;
    const kept = [...this.rowHeights].filter(([r]) => r < start || r >= start + count);
    this.rowHeights = new Map(kept.map(([r, h]) => [r >= start + count ? r - count : r, h]));
  }

  insertColumns(afterColumn: number, count: number): void {
    for (const row of this.rows) {
      if (!row || row.length <= afterColumn) continue;
      row.splice(afterColumn, 0, ...new Array<CellData | undefined>(count));
    }
    this.maxColumns += count;
  }

  deleteColumns(start: number, count: number): void {
    for (const row of this.rows) row?.splice(start - 1, count);
    this.maxColumns -= count;
  }

  clone(newId = this.id): SheetModel {
    const s = new SheetModel(newId, this.name);
    s.rows = this.rows.map((row) => (row ? row.map((c) => (c ? copyCell(c) : undefined)) : []));
    s.maxRows = this.maxRows;
    s.maxColumns = this.maxColumns;
    s.frozenRows = this.frozenRows;
    s.frozenColumns = this.frozenColumns;
    s.hidden = this.hidden;
    s.tabColor = this.tabColor;
    s.formUrl = null; // a copied spreadsheet is not the destination of the Form
    s.protections = this.protections.filter((p) => !p.removed).map((p) => ({ ...p, editors: [...p.editors], unprotected: [...p.unprotected] }));
    s.conditionalRules = this.conditionalRules.map((r) => ({ ...r, ranges: r.ranges.map((x) => ({ ...x, sheetId: newId })), values: [...r.values] }));
    s.charts = this.charts.map((c) => ({ ...c, ranges: [...c.ranges], options: { ...c.options }, position: { ...c.position } }));
    s.columnWidths = new Map(this.columnWidths);
    s.rowHeights = new Map(this.rowHeights);
    s.merges = [...this.merges];
    s.metadata = this.metadata.map((m) => ({ ...m }));
    return s;
  }

  /** Cells holding `rule`, as few A1 rectangles as a row-run merge gives. */
  rectanglesOf(predicate: (c: CellData) => boolean): string[] {
    const runs: { row: number; c1: number; c2: number }[] = [];
    this.rows.forEach((row, ri) => {
      if (!row) return;
      let start = 0;
      for (let ci = 0; ci <= row.length; ci += 1) {
        const hit = ci < row.length && !!row[ci] && predicate(row[ci] as CellData);
        if (hit && start === 0) start = ci + 1;
        if (!hit && start > 0) {
          runs.push({ row: ri + 1, c1: start, c2: ci });
          start = 0;
        }
      }
    });
    const rects: { row: number; c1: number; c2: number; rows: number }[] = [];
    for (const run of runs) {
      const prev = rects.find((r) => r.c1 === run.c1 && r.c2 === run.c2 && r.row + r.rows === run.row);
      if (prev) prev.rows += 1;
      else rects.push({ ...run, rows: 1 });
    }
    return rects.map((r) => a1(r.row, r.c1, r.rows, r.c2 - r.c1 + 1));
  }
}

export class SpreadsheetModel implements CopyableContent {
  sheets: SheetModel[] = [];
  activeSheetId = 0;
  toasts: { message: string; title: string }[] = [];
  /** Shared so that everyone in the owner's Workspace domain can edit (Drive's "anyone in <domain>"). */
  sharedWithDomain = false;
  /** File › Settings › Time zone (Google's default for a new file is the creator's zone). */
  timeZone = 'Asia/Makassar';
  private sheetSeq = 0;
  private metadataSeq = 0;

  constructor(public readonly id: string) {}

  /** A developer metadata id, unique in this spreadsheet (positive, as Google's). */
  newMetadataId(): number {
    this.metadataSeq += 1;
    return 4_100_000 + this.metadataSeq * 17;
  }

  newSheetId(): number {
    // The first tab of a new spreadsheet has id 0; later ones get large arbitrary ids.
    const id = this.sheetSeq === 0 ? 0 : 1_200_000_000 + this.sheetSeq * 7_919;
    this.sheetSeq += 1;
    return id;
  }

  byName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name) ?? this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  byId(id: number): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  addSheet(name: string, index = this.sheets.length): SheetModel {
    const sheet = new SheetModel(this.newSheetId(), name);
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    return sheet;
  }

  removeSheet(sheet: SheetModel): void {
    const i = this.sheets.indexOf(sheet);
    if (i >= 0) this.sheets.splice(i, 1);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[0]?.id ?? 0;
  }

  get activeSheet(): SheetModel | undefined {
    return this.byId(this.activeSheetId) ?? this.sheets[0];
  }

  cloneForCopy(newId: string): SpreadsheetModel {
    const copy = new SpreadsheetModel(newId);
    copy.sheetSeq = this.sheetSeq;
    copy.metadataSeq = this.metadataSeq;
    copy.sheets = this.sheets.map((s) => s.clone());
    copy.activeSheetId = this.activeSheetId;
    copy.timeZone = this.timeZone;
    return copy;
  }
}
