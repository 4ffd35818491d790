import { describe, expect, it } from 'vitest';
import { createSpreadsheetApp, Kernel } from '../../../src/offline/workspace/index';

function setup(costModel?: Record<string, number>) {
  const kernel = new Kernel({ costModel });
  const app = createSpreadsheetApp(kernel);
  app.backdoor.createSpreadsheet('Rekap Agen Perubahan', { bound: true });
  const sheet = app.SpreadsheetApp.getActive().getSheets()[0];
  kernel.resetCalls();
  return { kernel, sheet };
}

describe('cells carried by reads and writes (the size-aware cost of npm run bench)', () => {
  it('counts the cells of getValues, getSheetValues, getDisplayValues, setValues and appendRow', () => {
    const { kernel, sheet } = setup();
    sheet.getRange(1, 1, 3, 4).setValues([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]);
    sheet.appendRow(['a', 'b']);
    expect(kernel.cells()).toEqual({ read: 0, write: 14 });
    sheet.getRange(1, 1, 2, 2).getValues();
    sheet.getRange(1, 1, 1, 3).getDisplayValues();
    // -1: up to the last row and column with data (4 rows × 4 columns).
    expect(sheet.getSheetValues(1, 1, -1, -1)).toHaveLength(4);
    expect(kernel.cells()).toEqual({ read: 4 + 3 + 16, write: 14 });
    kernel.resetCalls();
    expect(kernel.cells()).toEqual({ read: 0, write: 0 });
  });

  it('charges nothing per cell by default, and cells.read / cells.write ms per cell when a model sets them', () => {
    const free = setup();
    const t0 = free.kernel.now();
    free.sheet.getRange(1, 1, 100, 10).setValues(Array.from({ length: 100 }, () => new Array(10).fill('x')));
    const perCall = free.kernel.now() - t0;

    const priced = setup({ 'cells.read': 0.01, 'cells.write': 0.02 });
    const t1 = priced.kernel.now();
    priced.sheet.getRange(1, 1, 100, 10).setValues(Array.from({ length: 100 }, () => new Array(10).fill('x')));
    expect(priced.kernel.now() - t1).toBeCloseTo(perCall + 1000 * 0.02, 6);
    const t2 = priced.kernel.now();
    priced.sheet.getRange(1, 1, 100, 10).getValues();
    const t3 = priced.kernel.now();
    free.sheet.getRange(1, 1, 100, 10).getValues();
    expect(t3 - t2 - (free.kernel.now() - t0 - perCall)).toBeCloseTo(1000 * 0.01, 6);
  });
});
