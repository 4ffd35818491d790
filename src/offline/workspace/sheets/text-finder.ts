/**
 * The in-memory TextFinder (Spreadsheet.createTextFinder, Sheet.createTextFinder,
 * Range.createTextFinder). Every public method counts as "SpreadsheetApp.TextFinder.<method>".
 *
 * What Google's reference documents, imitated as written:
 *  - matching is on a cell's displayed value ("otherwise cells with formulas are considered based
 *    on their displayed value"); with matchFormulaText(true) a formula cell is matched on its
 *    formula text;
 *  - matchCase: default case-insensitive; matchEntireCell: default partial (substring) matching;
 *    useRegularExpression: the search string is a regular expression (Google's is RE2; JavaScript's
 *    RegExp stands in, and a pattern it cannot compile is refused); ignoreDiacritics: default
 *    diacritics count;
 *  - findNext / findPrevious: the next / previous matching cell, or null when there is none (no
 *    wrapping round); getCurrentMatch: the cell the last findNext/findPrevious returned, null
 *    before any; findAll: every matching cell (Range[], [] when none);
 *  - startFrom(range): the search starts immediately after that cell;
 *  - replaceWith / replaceAllWith: replace the search text in the current match / every match.
 *
 * What it does not document, decided here (the product must not depend on any of it):
 *  - order: row by row (left to right, then down), sheets in tab order for a spreadsheet;
 *  - empty cells never match; an empty search text is refused ("Invalid argument: findText");
 *  - findAll ignores startFrom and leaves the current match alone;
 *  - findPrevious on a fresh finder returns null (the position is before the first cell);
 *  - startFrom with a block starts after its top-left cell;
 *  - replaceAllWith returns the number of cells changed (the reference's description says
 *    "occurrences", its return line "cells"); the new text is parsed as if typed;
 *  - whether a search sees values this execution wrote and has not flushed: 'sees' (default) or
 *    'stale' (it sees the cells as at the last flush; SheetsOptions.textFinderPending).
 *
 * The search runs on Google's side: only the call is counted, no cell transfer.
 *
 * Node-only (src/offline is never bundled).
 */

import { imitates, notImitatedError, orNull } from '../kernel/fake';
import { guardProtected } from './cells';
import { type RangeLoc, type SheetsCtx, SheetsObject } from './context';
import type { CellData, SheetModel, SpreadsheetModel } from './model';
import { displayValue, type GridRect, parseInput } from './values';

type GRange = GoogleAppsScript.Spreadsheet.Range;

/** Formats whose display of a number or date is digits and separators only (no month names, no quoted text). */
const PLAIN_FORMAT = /^(?!.*m{3})(|general|[0#.,%]+|(?:dd?|mm?|yy(?:yy)?|hh?|ss?|[/.:\- ])+)$/i;

/** The texts of "^(?:a|b|c)$" whose alternatives are plain characters and escapes only, else null. */
function anchoredLiterals(source: string): string[] | null {
  if (!source.startsWith('^(?:') || !source.endsWith(')$')) return null;
  const body = source.slice(4, -2);
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') {
      const next = body[i + 1];
      if (next === undefined || !/[.*+?^${}()|[\]\\/\-@_]/.test(next)) return null;
      current += next;
      i++;
    } else if (c === '|') {
      out.push(current);
      current = '';
    } else if (/[.*+?^${}()[\]]/.test(c)) return null;
    else current += c;
  }
  out.push(current);
  return out;
}

/** Whether a TextFinder sees this execution's unflushed writes (undocumented). */
export type TextFinderPending = 'sees' | 'stale';

/** One block the finder searches: a range, a sheet's whole grid, or each sheet of a spreadsheet. */
export interface FinderScope {
  ss: SpreadsheetModel;
  /** Blocks in search order; `sheet` is the live sheet. */
  blocks: { sheet: SheetModel; rect: GridRect }[];
}

interface Position {
  block: number;
  row: number;
  column: number;
}

function before(a: Position, b: Position): boolean {
  return a.block !== b.block ? a.block < b.block : a.row !== b.row ? a.row < b.row : a.column < b.column;
}

function stripDiacritics(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface TextFinder extends GoogleAppsScript.Spreadsheet.TextFinder {}
export class TextFinder extends SheetsObject {
  private options = { matchCase: false, matchEntireCell: false, matchFormulaText: false, regex: false, ignoreDiacritics: false };
  /** Where findNext continues after (null: before the first cell). */
  private position: Position | null = null;
  private current: Position | null = null;

  constructor(ctx: SheetsCtx, private readonly scope: FinderScope, private readonly findText: string) {
    super(ctx, 'TextFinder');
  }

  /** The finder a create call hands out; an empty or missing text is refused. */
  static create(ctx: SheetsCtx, scope: FinderScope, findText: unknown): TextFinder {
    if (typeof findText !== 'string' || findText === '') throw ctx.kernel.makeError('Invalid argument: findText');
    return new TextFinder(ctx, scope, findText);
  }

  // ---- options ----
  private flag(method: string, key: keyof TextFinder['options'], value: unknown): this {
    this.count(method);
    if (typeof value !== 'boolean') throw this.ctx.kernel.makeError(`The parameters (${value === null ? 'null' : typeof value}) don't match the method signature for SpreadsheetApp.TextFinder.${method}.`);
    this.options[key] = value;
    return this;
  }
  matchCase(matchCase: boolean): this {
    return this.flag('matchCase', 'matchCase', matchCase);
  }
  matchEntireCell(matchEntireCell: boolean): this {
    return this.flag('matchEntireCell', 'matchEntireCell', matchEntireCell);
  }
  matchFormulaText(matchFormulaText: boolean): this {
    return this.flag('matchFormulaText', 'matchFormulaText', matchFormulaText);
  }
  useRegularExpression(useRegEx: boolean): this {
    return this.flag('useRegularExpression', 'regex', useRegEx);
  }
  ignoreDiacritics(ignoreDiacritics: boolean): this {
    return this.flag('ignoreDiacritics', 'ignoreDiacritics', ignoreDiacritics);
  }
  startFrom(startRange: GRange): this {
    this.count('startFrom');
    const loc = this.ctx.locOf(startRange);
    const block = this.scope.blocks.findIndex((b) => b.sheet === loc.sheet);
    // Outside the finder's sheets: Google's behaviour is unknown; searching from the start is the
    // least surprising.
    this.position = block < 0 ? null : { block, row: loc.rect.row, column: loc.rect.column };
    this.current = null;
    return this;
  }

  // ---- searching ----
  private pattern(global: boolean): RegExp {
    const o = this.options;
    let source = o.regex ? this.findText : escapeRegExp(o.ignoreDiacritics ? stripDiacritics(this.findText) : this.findText);
    if (o.matchEntireCell) source = `^(?:${source})$`;
    try {
      return new RegExp(source, `${o.matchCase ? '' : 'i'}${global ? 'g' : ''}`);
    } catch {
      throw this.ctx.kernel.makeError(`Invalid regular expression: ${this.findText}`);
    }
  }

  /** What the search sees of a cell: its formula (matchFormulaText) or its display value. */
  private textOf(cell: CellData | undefined): string {
    if (!cell) return '';
    if (this.options.matchFormulaText && cell.formula) return cell.formula;
    const shown = displayValue(cell.value, cell.format ?? '');
    return this.options.ignoreDiacritics ? stripDiacritics(shown) : shown;
  }

  /** The sheet whose cells the search reads: the live one, or as at the last flush ('stale'). */
  private readable(sheet: SheetModel): SheetModel {
    if (this.ctx.textFinderPending !== 'stale') return sheet;
    const pending = this.ctx.pendingWrites;
    const exec = this.ctx.kernel.currentExecution;
    if (!exec || pending.execution !== exec.id) return sheet;
    return pending.before.get(this.scope.ss.id)?.find((s) => s.id === sheet.id) ?? sheet;
  }

  /**
   * When the search can only match whole cells equal to some literal texts (matchEntireCell
   * without a regular expression, or an anchored alternation of escaped literals), those texts
   * (lower-cased unless matchCase), else null: a shortcut of this in-memory search, the same
   * matches as the regular expression.
   */
  private literals(): Set<string> | null {
    const o = this.options;
    if (o.ignoreDiacritics || o.matchFormulaText) return null;
    let texts: string[] | null = null;
    if (!o.regex) texts = o.matchEntireCell ? [this.findText] : null;
    else {
      texts = anchoredLiterals(this.findText);
    }
    if (!texts) return null;
    return new Set(texts.map((t) => (o.matchCase ? t : t.toLowerCase())));
  }

  /** Every matching cell, in search order. */
  private matches(): Position[] {
    const re = this.pattern(false);
    const literals = this.literals();
    // A number, date or boolean shown in a plain or numeric date format shows only digits and
    // separators: it cannot equal a literal holding anything else.
    const plainOnly = literals !== null && [...literals].every((t) => /[^0-9.,:/\-+ E%]/i.test(t) && !/^(true|false)$/i.test(t));
    const caseOf = (t: string) => (this.options.matchCase ? t : t.toLowerCase());
    const lengths = literals ? new Set([...literals].map((t) => t.length)) : null;
    const plainFormats = new Map<string, boolean>();
    const plainFormat = (f: string) => plainFormats.get(f) ?? (plainFormats.set(f, PLAIN_FORMAT.test(f)), plainFormats.get(f) as boolean);
    const out: Position[] = [];
    this.scope.blocks.forEach((b, block) => {
      const sheet = this.readable(b.sheet);
      const last = Math.min(b.rect.row + b.rect.numRows - 1, sheet.rows.length);
      for (let row = b.rect.row; row <= last; row += 1) {
        const cells = sheet.rows[row - 1];
        if (!cells) continue;
        const lastColumn = Math.min(b.rect.column + b.rect.numColumns - 1, cells.length);
        for (let column = b.rect.column; column <= lastColumn; column += 1) {
          const cell = cells[column - 1];
          if (!cell) continue;
          if (plainOnly && typeof cell.value !== 'string' && !cell.formula && plainFormat(cell.format ?? '')) continue;
          // Lower-casing keeps a text's length (but for İ, U+0130): another length cannot match.
          if (lengths && typeof cell.value === 'string' && !cell.formula && !cell.format && !lengths.has(cell.value.length) && cell.value.indexOf('\u0130') < 0) continue;
          const text = this.textOf(cell);
          if (text === '') continue;
          if (literals ? literals.has(caseOf(text)) : re.test(text)) out.push({ block, row, column });
        }
      }
    });
    return out;
  }

  private rangeAt(p: Position): GRange {
    return this.ctx.makeRange({ ss: this.scope.ss, sheet: this.scope.blocks[p.block].sheet, rect: { row: p.row, column: p.column, numRows: 1, numColumns: 1 } });
  }

  findAll(): GRange[] {
    this.count('findAll');
    return this.matches().map((p) => this.rangeAt(p));
  }
  findNext(): GRange | null {
    this.count('findNext');
    const from = this.position;
    const next = this.matches().find((p) => from === null || before(from, p)) ?? null;
    return this.moveTo(next);
  }
  findPrevious(): GRange | null {
    this.count('findPrevious');
    const from = this.position;
    if (from === null) return this.moveTo(null);
    const found = this.matches().filter((p) => before(p, from));
    return this.moveTo(found.length > 0 ? found[found.length - 1] : null);
  }
  private moveTo(p: Position | null): GRange | null {
    this.current = p;
    // At the end the position stays where it was: findNext keeps answering null.
    if (p) this.position = p;
    return p ? this.rangeAt(p) : null;
  }
  getCurrentMatch(): GRange | null {
    this.count('getCurrentMatch');
    return orNull(this.current ? this.rangeAt(this.current) : null);
  }

  // ---- replacing ----
  /** Replaces the search text in one cell; returns the occurrences replaced (0: none). */
  private replaceIn(p: Position, replaceText: string): number {
    // Which characters Google keeps when a match ignored diacritics is not documented.
    if (this.options.ignoreDiacritics) throw notImitatedError('TextFinder', 'replacing with ignoreDiacritics(true)');
    const { sheet } = this.scope.blocks[p.block];
    const cell = sheet.get(p.row, p.column);
    const text = this.textOf(cell);
    if (!cell || text === '') return 0;
    const re = this.pattern(true);
    const found = text.match(re)?.length ?? 0;
    if (found === 0) return 0;
    const loc: RangeLoc = { ss: this.scope.ss, sheet, rect: { row: p.row, column: p.column, numRows: 1, numColumns: 1 } };
    guardProtected(this.ctx, loc);
    const replaced = text.replace(re, this.options.regex ? replaceText : replaceText.replace(/\$/g, '$$$$'));
    const parsed = parseInput(replaced, cell.format ?? '', this.ctx.kernel.makeDate, this.ctx.textCells);
    cell.value = parsed.value;
    cell.formula = parsed.formula;
    return found;
  }
  replaceWith(replaceText: string): number {
    this.count('replaceWith');
    if (!this.current) return 0;
    return this.replaceIn(this.current, String(replaceText));
  }
  replaceAllWith(replaceText: string): number {
    this.count('replaceAllWith');
    let cells = 0;
    for (const p of this.matches()) if (this.replaceIn(p, String(replaceText)) > 0) cells += 1;
    return cells;
  }
}
imitates(TextFinder, 'Spreadsheet.TextFinder');
