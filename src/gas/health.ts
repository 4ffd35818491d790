/**
 * Small reads and writes behind Status & Bantuan and the daily check: who runs the script, the
 * size of a sheet, its last row, and removing triggers by id. Batched like the rest of gas/.
 */

/** E-mail of the account the script runs as (the trigger's owner inside a trigger), or ''. */
export function effectiveUserEmail(): string {
  try {
    return Session.getEffectiveUser().getEmail() || '';
  } catch {
    return '';
  }
}

/** The last row of a sheet that has content (0 when empty), or null when there is no such sheet. */
export function lastRowOf(sheet: GoogleAppsScript.Spreadsheet.Sheet | null): number | null {
  return sheet ? sheet.getLastRow() : null;
}

/** The values of row `row` (1-based), `width` columns wide, in one read. */
export function rowValues(sheet: GoogleAppsScript.Spreadsheet.Sheet, row: number, width: number): unknown[] {
  return sheet.getRange(row, 1, 1, width).getValues()[0] ?? [];
}

/** Deletes the current user's project triggers whose unique id is listed; returns how many went. */
export function deleteTriggers(uids: string[]): number {
  if (uids.length === 0) return 0;
  const wanted = new Set(uids);
  let removed = 0;
  for (const t of ScriptApp.getProjectTriggers()) {
    if (!wanted.has(t.getUniqueId())) continue;
    ScriptApp.deleteTrigger(t);
    removed += 1;
  }
  return removed;
}

/** The Form's response destination id ('' when none), without throwing. */
export function formDestinationId(form: GoogleAppsScript.Forms.Form): string {
  try {
    return form.getDestinationId() || '';
  } catch {
    return '';
  }
}
