/**
 * The in-memory Sheets' switch for Sheet.getSheetValues with -1 counts, which Google's reference
 * does not clearly document: the data rectangle (default), a refusal like any count below 1, or
 * the whole grid with its blank rows and columns. Explicit counts are the same in every mode.
 */
import { describe, expect, it } from 'vitest';
import { Kernel, createSpreadsheetApp } from '../../../src/offline/workspace/index';
import type { SheetsOptions } from '../../../src/offline/workspace/sheets/spreadsheet-app';

function sheetWithBlock(options: SheetsOptions) {
  const kernel = new Kernel();
  const app = createSpreadsheetApp(kernel, options);
  app.backdoor.createSpreadsheet('X', { bound: true });
  const sheet = app.SpreadsheetApp.getActive().getSheets()[0];
  sheet.getRange(1, 1, 2, 3).setValues([
    ['a', '', 'c'],
    ['', 'b', ''],
  ]);
  return sheet;
}

describe('Sheet.getSheetValues(1, 1, -1, -1) under each behaviour', () => {
  it("'data' (default): exactly the rectangle up to the last row and column with content", () => {
    const sheet = sheetWithBlock({});
    expect(sheet.getSheetValues(1, 1, -1, -1)).toEqual([
      ['a', '', 'c'],
      ['', 'b', ''],
    ]);
    expect(sheet.getSheetValues(2, 2, -1, -1)).toEqual([['b', '']]);
  });

  it("'throws': -1 is refused with Google's message for a count below 1", () => {
    const sheet = sheetWithBlock({ sheetValuesMinusOne: 'throws' });
    expect(() => sheet.getSheetValues(1, 1, -1, -1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getSheetValues(1, 1, 2, -1)).toThrow('The number of columns in the range must be at least 1.');
  });

  it("'grid': the whole grid, blank rows and columns included, up to getMaxRows × getMaxColumns", () => {
    const sheet = sheetWithBlock({ sheetValuesMinusOne: 'grid' });
    const got = sheet.getSheetValues(1, 1, -1, -1);
    expect(got).toHaveLength(sheet.getMaxRows());
    expect(got.every((r) => r.length === sheet.getMaxColumns())).toBe(true);
    expect(got.slice(0, 2).map((r) => r.slice(0, 3))).toEqual([
      ['a', '', 'c'],
      ['', 'b', ''],
    ]);
    expect(got.slice(2).flat().every((v) => v === '')).toBe(true);
    expect(sheet.getMaxRows()).toBeGreaterThan(2);
  });

  it('explicit counts read the same in every mode; an empty sheet refuses -1 in data mode as a zero-row range', () => {
    for (const sheetValuesMinusOne of ['data', 'throws', 'grid'] as const) {
      expect(sheetWithBlock({ sheetValuesMinusOne }).getSheetValues(1, 2, 2, 2), sheetValuesMinusOne).toEqual([
        ['', 'c'],
        ['b', ''],
      ]);
    }
    const kernel = new Kernel();
    const app = createSpreadsheetApp(kernel, {});
    app.backdoor.createSpreadsheet('Y', { bound: true });
    expect(() => app.SpreadsheetApp.getActive().getSheets()[0].getSheetValues(1, 1, -1, -1)).toThrow('The number of rows in the range must be at least 1.');
  });
});
