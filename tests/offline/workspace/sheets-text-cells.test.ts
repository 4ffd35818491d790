/**
 * The in-memory Sheets' switches for what Google does not document about plain-text (@) cells and
 * response tabs: the apostrophe kept or eaten, "=" kept as text or made a
 * formula, and Form answers parsed (an 18-digit NIP becomes a rounded number) or kept as text.
 */
import { describe, expect, it } from 'vitest';
import { Kernel, createSpreadsheetApp } from '../../../src/offline/workspace/index';
import type { SheetsOptions } from '../../../src/offline/workspace/sheets/spreadsheet-app';

function cells(options: SheetsOptions, writes: [format: string, value: string][]) {
  const kernel = new Kernel();
  const app = createSpreadsheetApp(kernel, options);
  app.backdoor.createSpreadsheet('X', { bound: true });
  const range = app.SpreadsheetApp.getActive().getSheets()[0].getRange(1, 1, writes.length, 1);
  range.setNumberFormats(writes.map(([f]) => [f]));
  range.setValues(writes.map(([, v]) => [v]));
  return { values: range.getValues().map((r) => r[0]), formulas: range.getFormulas().map((r) => r[0]) };
}

const WRITES: [string, string][] = [
  ['@', "'abc"],
  ['@', '=1+1'],
  ['@', "'=1+1"],
  ['General', "'=1+1"],
  ['General', '=1+1'],
];

describe('plain-text cells, both ways', () => {
  it("default: the apostrophe is eaten everywhere, '=' stays text in @", () => {
    expect(cells({}, WRITES)).toEqual({ values: ['abc', '=1+1', '=1+1', '=1+1', ''], formulas: ['', '', '', '', '=1+1'] });
  });

  it("'kept': an @ cell keeps the apostrophe as text; an ordinary cell still hides it", () => {
    expect(cells({ textCells: { apostrophe: 'kept' } }, WRITES).values).toEqual(["'abc", '=1+1', "'=1+1", '=1+1', '']);
  });

  it("'formula': '=' in an @ cell becomes a formula; with an apostrophe it stays text either way", () => {
    const out = cells({ textCells: { equals: 'formula' } }, WRITES);
    expect(out.formulas).toEqual(['', '=1+1', '', '', '=1+1']);
    expect(out.values.slice(2, 4)).toEqual(['=1+1', '=1+1']);
  });
});

describe('Form answers in a response tab', () => {
  function tab(options: SheetsOptions) {
    const kernel = new Kernel();
    const app = createSpreadsheetApp(kernel, options);
    const id = app.backdoor.createSpreadsheet('X', { bound: true });
    const name = app.backdoor.linkFormDestination(id, 'https://docs.google.com/forms/d/abc/viewform', ['Timestamp', 'NIP Anda', 'Nama']);
    app.backdoor.appendFormRow(id, name, [kernel.makeDate(0), '198609262015051001', '0123']);
    return app.backdoor.snapshot(id, name)!.values[1].slice(1);
  }

  it("'parsed' (default): a NIP becomes a number and loses its last digits, leading zeros go", () => {
    expect(tab({})).toEqual([198609262015051000, 123]);
  });

  it("'text': answers kept as typed", () => {
    expect(tab({ formAnswers: 'text' })).toEqual(['198609262015051001', '0123']);
  });
});
