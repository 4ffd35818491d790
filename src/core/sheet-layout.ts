/**
 * The layout of a computed sheet as plain data (column widths, frozen rows, header cells, merged
 * banner rows, one-line cells, number formats), so every writer applies the same layout whichever
 * path made the sheet, and a short mark of it tells a later run whether the sheet is laid out.
 * Also the date formats of every sheet, and a row-height estimate for wrapped text. Pure.
 */

/** Dates in sheets: "27/11/2026" (Sheets' tokens: mm is the month here). */
export const SHEET_DATE_FORMAT = 'dd/mm/yyyy';
/** Timestamps in sheets: "27/11/2026 09.15" (mm after hh is the minute; 24-hour without AM/PM). */
export const SHEET_TIMESTAMP_FORMAT = 'dd/mm/yyyy hh.mm';

/** A rectangle, 1-based; numRows 0 = down to the last row of the sheet. */
export interface LayoutRect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface SheetLayout {
  /** Column widths in pixels from column A. */
  widths: readonly number[];
  frozenRows: number;
  /** Header cells: bold, white on navy, wrapped. */
  headers: readonly LayoutRect[];
  /** Cells merged across (one merge per row of the rectangle). */
  merges: readonly LayoutRect[];
  /** Wrapped cells (text on several lines, top-aligned). */
  wrapped: readonly LayoutRect[];
  /** One-line cells: text longer than the column is cut at its edge, so no row grows taller. */
  clipped: readonly LayoutRect[];
  numberFormats: readonly (LayoutRect & { format: string })[];
  /** Row heights in pixels (numRows 0 = down to the last row): a hand-set height is undone. */
  rowHeights: readonly { row: number; numRows: number; height: number }[];
}

/** Runs of equal widths, so a layout sets its widths with as few calls as possible. */
export function widthRuns(widths: readonly number[]): { column: number; count: number; width: number }[] {
  const runs: { column: number; count: number; width: number }[] = [];
  widths.forEach((width, i) => {
    const last = runs[runs.length - 1];
    if (last && last.width === width && last.column + last.count === i + 1) last.count += 1;
    else runs.push({ column: i + 1, count: 1, width });
  });
  return runs;
}

/**
 * "Is this sheet already laid out?": what the product last applied to one of its sheets, part by
 * part (its layout, a banner's styles, colour rules, a chart), each as a signature of what was
 * applied (layoutMark, or a JSON). A write applies a part when needsApplying says so, then
 * records the signature. The use case keeps the look in the document properties (`Rekap
 * Penjaringan`'s with the tally's state, the survey sheets' beside their grid sizes) and forgets
 * it when a run fails, so the next write applies every part again.
 */
export interface SheetLook {
  readonly [part: string]: string | number | undefined;
}

/** True when `part` must be applied: nothing is remembered, or it was applied with another signature. */
export function needsApplying(look: SheetLook | null | undefined, part: string, signature: string): boolean {
  return look === null || look === undefined || look[part] !== signature;
}

/** A short, stable mark of a layout (djb2 of its JSON): equal marks, equal layouts. */
export function layoutMark(layout: unknown): string {
  const text = JSON.stringify(layout);
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = ((h * 33) ^ text.charCodeAt(i)) >>> 0;
  return h.toString(36);
}

/** Average width of a character of Sheets' default font (Arial 10) in pixels, rounded up. */
const CHAR_PX = 7;
/** Row height of one line of Arial 10, and of each further wrapped line. */
export const ROW_PX = 21;
const LINE_PX = 16;

/** Lines `text` takes when wrapped in a cell `widthPx` wide (at least 1). */
export function wrappedLines(text: string, widthPx: number): number {
  const perLine = Math.max(1, Math.floor((widthPx - 8) / CHAR_PX));
  return String(text)
    .split('\n')
    .reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
}

/** The row height that shows `lines` lines of Arial 10. */
export function rowHeightFor(lines: number): number {
  return ROW_PX + Math.max(0, lines - 1) * LINE_PX;
}

/** Width in pixels of `count` columns from `column` (1-based) of a layout. */
export function spanWidth(widths: readonly number[], column: number, count: number): number {
  let w = 0;
  for (let c = column; c < column + count; c++) w += widths[c - 1] ?? 100;
  return w;
}
