/**
 * Writing people's text into cells formatted as plain text ('@'). In such a cell Sheets stores
 * exactly what is written, apostrophe included, so the apostrophe trick of core/cells `asText`
 * must not be used there; setting the format first keeps "=…" from becoming a formula even when
 * the team pasted over the column's format.
 */

/** Writes `text` into one cell as plain text: one format call and one write. */
export function writePlainText(sheet: GoogleAppsScript.Spreadsheet.Sheet, row: number, column: number, text: string): void {
  const range = sheet.getRange(row, column);
  range.setNumberFormat('@');
  range.setValues([[text]]);
}

/** Inserts rows after `after` and writes them, every column as plain text. */
export function insertPlainTextRows(sheet: GoogleAppsScript.Spreadsheet.Sheet, after: number, rows: string[][]): void {
  if (rows.length === 0) return;
  const width = Math.max(...rows.map((r) => r.length));
  sheet.insertRowsAfter(after, rows.length);
  const range = sheet.getRange(after + 1, 1, rows.length, width);
  range.setNumberFormat('@');
  range.setValues(rows.map((r) => [...r, ...new Array<string>(width - r.length).fill('')]));
}
