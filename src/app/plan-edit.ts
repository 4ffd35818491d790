/**
 * The edit-time review of `Rencana Tindak` (simple trigger onEdit). Statuses otherwise change only
 * when a Rencana Tindak menu runs; with this, an approved row its agent changes is Diajukan again
 * at the edit, with the change written out, and a decision the head types is recorded with the
 * row's content at that moment (so a change made before the next menu run is still seen).
 *
 * A simple trigger runs as the person editing, in AuthMode.LIMITED, at most 30 seconds, and may
 * not use services that need authorisation (platform.md; Google's "Simple triggers" guide). So it
 * is cheap and narrow: the sheet's name, then only the header and the edited rows are read, and
 * only the product's own cells of those rows (Status, Tanggal Diajukan, Perubahan Setelah
 * Keputusan, Isi yang Diputuskan) are written, each column only when it changed. No other sheet
 * is read or written: Pemantauan Agen and the report Form's dropdown follow at the next menu run
 * or report. It never throws at the person typing (a simple trigger's error goes to the
 * executions log only).
 */
import { ACTION_PLAN_HEADER_ROWS, APPROVAL_HEADERS, approvalLayout } from '../core/action-plan';
import { reviewEditedRows, type EditedRow } from '../core/action-plan-approval';
import { type Cell, isDate } from '../core/cells';
import { modeOf } from '../core/menu';
import { SHEETS } from '../core/schema';
import { editedRows, writeBlock } from '../gas/sheets';

interface EditEvent {
  authMode?: unknown;
  range?: GoogleAppsScript.Spreadsheet.Range;
}

const same = (a: unknown, b: Cell): boolean => {
  if (isDate(a) || isDate(b)) return isDate(a) && isDate(b) && a.getTime() === b.getTime();
  const text = (v: unknown) => {
    const t = v === null || v === undefined ? '' : String(v);
    return t.startsWith("'") ? t.slice(1) : t;
  };
  return text(a) === text(b);
};

export function onPlanEdit(e?: EditEvent): void {
  try {
    // An add-on not yet used in this spreadsheet (AuthMode.NONE) may not read it.
    if (!e || !e.range || modeOf(e) === 'NONE') return;
    const edit = editedRows(e.range, SHEETS.actionPlan, ACTION_PLAN_HEADER_ROWS);
    if (!edit) return;
    const headers = edit.header.map((h) => String(h ?? '').trim());
    // A sheet the product has not laid out with its approval columns yet: left to the menu.
    if (!(Object.values(APPROVAL_HEADERS) as string[]).every((h) => headers.includes(h))) return;
    const layout = approvalLayout(edit.header);
    const reviewed = reviewEditedRows(layout, edit.rows, edit.from, Date.now());
    if (reviewed.length === 0) return;
    for (const key of ['status', 'submitted', 'change', 'record'] as const) writeColumn(edit, reviewed, key, layout[key]);
  } catch (err) {
    console.error(`Pemeriksaan Rencana Tindak saat diedit gagal: ${String((err as Error)?.message ?? err)}`);
  }
}

/** Writes one product column over the span of the edited rows, only when a cell in it changed. */
function writeColumn(edit: { sheet: GoogleAppsScript.Spreadsheet.Sheet; from: number; rows: unknown[][] }, reviewed: readonly EditedRow[], key: keyof EditedRow['cells'], column: number): void {
  const changed = reviewed.filter((r) => !same(edit.rows[r.row - edit.from][column], r.cells[key]));
  if (changed.length === 0) return;
  const first = Math.min(...changed.map((r) => r.row));
  const last = Math.max(...changed.map((r) => r.row));
  const byRow = new Map(reviewed.map((r) => [r.row, r.cells[key]]));
  const block: Cell[][] = [];
  for (let row = first; row <= last; row++) {
    const old = edit.rows[row - edit.from][column];
    // Rows in between that were not reviewed (a title row) keep what they hold.
    block.push([byRow.has(row) ? byRow.get(row)! : ((isDate(old) || typeof old === 'number' || typeof old === 'boolean' ? old : String(old ?? '')) as Cell)]);
  }
  writeBlock(edit.sheet, first, column + 1, block);
}
