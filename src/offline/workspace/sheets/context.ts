/**
 * What the in-memory Sheets' objects share: where a Range points, and the context every counted
 * object is built with (kernel, counting, factories).
 *
 * Node-only (src/offline is never bundled).
 */

import type { CellValue } from '../contracts';
import { enumMemberOf, type EnumMember, type EnumName, FakeObject } from '../kernel/fake';
import type { Kernel } from '../kernel/kernel';
import type { SheetModel, SpreadsheetModel } from './model';
import { a1, type GridRect } from './values';

type Range = GoogleAppsScript.Spreadsheet.Range;

/** Where a fake Range points. */
export interface RangeLoc {
  ss: SpreadsheetModel;
  sheet: SheetModel;
  rect: GridRect;
}

/** What the builders need from the rest of the fake. */
import type { TextCellBehaviour } from './values';

/**
 * Google does not document whether removeEditor(s) can take the protection's creator, or the
 * spreadsheet's owner, off its editors (the Sheets UI always lets the owner edit). 'owner'
 * (default): the owner stays, the creator can be removed; 'owner-and-creator': both stay;
 * 'nobody': both can be taken off the list (the owner may still edit, as the UI always allows).
 */
export type ProtectionKeeps = 'owner' | 'owner-and-creator' | 'nobody';

export interface SheetsCtx {
  kernel: Kernel;
  /** The location behind a fake Range (throws for anything else). */
  locOf(range: unknown): RangeLoc;
  makeRange(loc: RangeLoc): Range;
  /** Stored values of a location, uncounted. */
  valuesAt(loc: RangeLoc): CellValue[][];
  /** A User object for an e-mail (Protection.getEditors). */
  user(email: string): GoogleAppsScript.Base.User;
  makeSheet(ss: SpreadsheetModel, sheet: SheetModel): GoogleAppsScript.Spreadsheet.Sheet;
  makeSpreadsheet(ss: SpreadsheetModel): GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** E-mail of the spreadsheet file's owner. */
  ownerOf(ss: SpreadsheetModel): string;
  /** E-mail of whoever runs the current execution (the kernel's user outside one). */
  currentUser(): string;
  /** How plain-text cells treat what Google does not document (values.ts TextCellBehaviour). */
  textCells: TextCellBehaviour;
  /** What Sheet.getSheetValues does with -1 for numRows/numColumns (SheetsOptions.sheetValuesMinusOne). */
  sheetValuesMinusOne: SheetValuesMinusOne;
  /** Whom Protection.removeEditor(s) cannot take off the editors (SheetsOptions.protectionKeeps). */
  protectionKeeps: ProtectionKeeps;
  /** Whether a TextFinder sees this execution's unflushed writes (SheetsOptions.textFinderPending). */
  textFinderPending: 'sees' | 'stale';
  /**
   * SpreadsheetApp changes not yet flushed (what the Sheets API fake, sheets/advanced.ts, checks):
   * the execution that made them (null: none), and, when `keepBefore` is set, every spreadsheet's
   * cells as they were at that execution's last flush (its start).
   */
  pendingWrites: { execution: number | null; keepBefore: boolean; before: Map<string, SheetModel[]> };
  /** Every spreadsheet of the Drive (for the pending-writes snapshot). */
  allSpreadsheets(): SpreadsheetModel[];
}

/**
 * The members of SpreadsheetApp's classes that change a spreadsheet (values, formats, rows,
 * protections, charts, metadata): what SpreadsheetApp may hold back until flush(). Builders and
 * finders only describe; selection (setActive…, activate) changes nothing stored.
 */
const CHANGES = /^(replace|set|clear|insert|delete|append|add|remove|copy|move|sort|merge|breakApart|hide|show|unhide|protect|autoResize|trim|randomize|duplicate|uncheck|check|group|ungroup|expand|collapse|shift|updateChart|removeChart|rename|deleteRow|deleteColumn)/;
const CHANGING_CLASSES = new Set(['Range', 'Sheet', 'Spreadsheet', 'Protection', 'DeveloperMetadata', 'RangeList', 'TextFinder']);

/** Marks the current execution as holding unflushed changes when `cls.method` is a change. */
function notePending(ctx: SheetsCtx, cls: string, method: string, snapshot: (ss: SpreadsheetModel) => SheetModel[]): void {
  if (!CHANGING_CLASSES.has(cls) || /^setActive/.test(method) || !CHANGES.test(method)) return;
  const exec = ctx.kernel.currentExecution;
  if (!exec) return;
  const p = ctx.pendingWrites;
  if (p.execution === exec.id) return;
  p.execution = exec.id;
  p.before = new Map();
  if (p.keepBefore) for (const ss of ctx.allSpreadsheets()) p.before.set(ss.id, snapshot(ss));
}

/** Copies of a spreadsheet's sheets with their cells (for the 'stale' reads). */
function cellsOf(ss: SpreadsheetModel): SheetModel[] {
  return ss.sheets.map((s) => s.clone());
}

/**
 * Sheet.getSheetValues(row, column, -1, -1): Google's reference does not clearly document -1. The
 * product reads every sheet with it, so the fake plays each plausible behaviour: 'data' (default;
 * up to the last row and column with content, as getDataRange), 'throws' (-1 refused like any
 * count below 1) or 'grid' (the whole grid, blank rows and columns up to getMaxRows/getMaxColumns).
 */
export type SheetValuesMinusOne = 'data' | 'throws' | 'grid';

export function locA1(loc: RangeLoc): string {
  return a1(loc.rect.row, loc.rect.column, loc.rect.numRows, loc.rect.numColumns);
}

/** Every SpreadsheetApp object: counted as "SpreadsheetApp.<cls>.<method>". */
export abstract class SheetsObject extends FakeObject {
  protected constructor(
    protected readonly ctx: SheetsCtx,
    cls: string,
  ) {
    super(ctx.kernel, 'SpreadsheetApp', cls);
    // Not enumerable, like FakeObject's own fields.
    Object.defineProperty(this, 'changeClass', { value: cls });
  }

  protected override count(method: string): void {
    super.count(method);
    notePending(this.ctx, (this as unknown as { changeClass: string }).changeClass, method, cellsOf);
  }
}

/** The member name of an enum value a script passed; anything else is refused, as Google does. */
export function enumArg<K extends EnumName>(ctx: SheetsCtx, name: K, value: unknown, what: string): EnumMember<K> {
  const member = enumMemberOf(name, value);
  if (member === null) throw ctx.kernel.makeError(`Invalid argument: ${what}`);
  return member;
}
