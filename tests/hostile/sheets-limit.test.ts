/** The in-memory Sheets refuses, like Google, a cell text longer than 50,000 characters. */
import { describe, expect, it } from 'vitest';
import { Kernel } from '../../src/offline/workspace/index';
import { createSpreadsheetApp } from '../../src/offline/workspace/index';

describe('cell text limit', () => {
  const sheet = () => {
    const app = createSpreadsheetApp(new Kernel());
    app.backdoor.createSpreadsheet('Rekap', { bound: true });
    return app.SpreadsheetApp.getActive().getSheets()[0];
  };
  it('accepts 50,000 characters and refuses 50,001 with Google\'s message, writing nothing', () => {
    const s = sheet();
    s.getRange(1, 1, 1, 2).setValues([['a'.repeat(50_000), 'ok']]);
    expect(String(s.getRange(1, 1).getValue()).length).toBe(50_000);
    expect(() => s.getRange(2, 1, 1, 2).setValues([['b', 'c'.repeat(50_001)]])).toThrow('Your input contains more than the maximum of 50000 characters in a single cell.');
    expect(() => s.getRange(3, 1).setValue('d'.repeat(50_001))).toThrow('50000 characters');
    expect(s.getRange(2, 1, 2, 2).getValues()).toEqual([['', ''], ['', '']]);
  });
});
