/**
 * Formatting of the product's computed sheets that goes beyond values: band colours by conditional
 * formatting, a replaced (never duplicated) chart, row styles of a report block, and room for rows.
 * Each function costs a fixed number of calls whatever the size of the data.
 */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Rows added at a time when a sheet grows, so appending one row rarely costs an extra call. */
const GROW_BY = 500;

/** Makes sure the sheet has at least `rows` rows (Sheets refuses ranges beyond its grid). */
export function ensureRows(sheet: Sheet, rows: number): void {
  const max = sheet.getMaxRows();
  if (rows > max) sheet.insertRowsAfter(max, Math.max(rows - max, GROW_BY));
}

/**
 * Replaces the sheet's conditional format rules by one rule per label: a cell in `a1` whose text
 * equals the label gets the label's background. The product owns the sheet, so its rules are all ours.
 */
export function setBandRules(sheet: Sheet, a1: string, colours: { label: string; colour: string }[]): void {
  const range = sheet.getRange(a1);
  const rules = colours.map((c) =>
    SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo(c.label).setBackground(c.colour).setRanges([range]).build(),
  );
  sheet.setConditionalFormatRules(rules);
}

export interface ChartSpec {
  /** The data block: first row headers (series names), first column the categories. */
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
  title: string;
  colours: string[];
  anchorRow: number;
  anchorColumn: number;
}

/** Removes the sheet's charts and inserts a stacked column chart of the block. */
export function replaceChart(sheet: Sheet, spec: ChartSpec): void {
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  const chart = sheet
    .newChart()
    .setChartType(Charts.ChartType.COLUMN)
    .addRange(sheet.getRange(spec.row, spec.column, spec.numRows, spec.numColumns))
    .setNumHeaders(1)
    .setOption('title', spec.title)
    .setOption('isStacked', true)
    .setOption('colors', spec.colours)
    .setOption('legend', { position: 'right' })
    .setPosition(spec.anchorRow, spec.anchorColumn, 0, 0)
    .build();
  sheet.insertChart(chart);
}

/** Removes every chart of the sheet (no data to chart). */
export function removeCharts(sheet: Sheet): void {
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
}

/** Font weights and backgrounds of a block in two calls (null = plain). */
export function styleBlock(sheet: Sheet, weights: ('bold' | 'normal')[][], backgrounds: (string | null)[][]): void {
  if (weights.length === 0) return;
  const range = sheet.getRange(1, 1, weights.length, weights[0].length);
  range.setFontWeights(weights);
  range.setBackgrounds(backgrounds);
}
