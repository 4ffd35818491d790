/**
 * gas/sheets rowsMatching over the in-memory TextFinder: the rows of one column whose cell shows
 * the text whole, whatever else the sheet holds, at a cost that does not grow with the sheet.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rowsMatching } from '../../src/gas/sheets';
import { createWorkspace, type WorkspaceOptions } from '../../src/offline/workspace/index';

/* eslint-disable @typescript-eslint/no-explicit-any */
function world(rows: unknown[][], options: WorkspaceOptions = {}) {
  const ws = createWorkspace(options);
  for (const [k, v] of Object.entries(ws.globals)) vi.stubGlobal(k, v);
  ws.sheets.userWrite(ws.spreadsheetId, 'Hasil Survei', 1, 1, rows as any);
  const exec = ws.kernel.beginExecution('trigger');
  const ss = (ws.globals.SpreadsheetApp as any).getActive() as GoogleAppsScript.Spreadsheet.Spreadsheet;
  return { ws, sheet: ss.getSheetByName('Hasil Survei') as GoogleAppsScript.Spreadsheet.Sheet, end: () => ws.kernel.endExecution(exec) };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const people = (n: number) => [['Waktu', 'Responden', 'ID'], ...Array.from({ length: n }, (_, i) => [`t${i}`, `orang${i % 50}@dinkes.go.id`, `id${i}`])];

describe('rowsMatching', () => {
  it('gives the rows of that column whose whole cell is the text, case and all, below the header', () => {
    const { sheet, end } = world([
      ['Responden', 'Responden', 'x'],
      ['ana@x.id', 'ana@x.id', ''],
      ['ANA@x.id', 'ana@x.id', ''],
      ['ana@x.id.co', 'ana@x.id', ''],
      ['', 'ana@x.id', ''],
      ['ana@x.id', 'b', ''],
    ]);
    expect(rowsMatching(sheet, 1, 'ana@x.id')).toEqual([2, 6]);
    expect(rowsMatching(sheet, 2, 'ana@x.id', 4)).toEqual([4, 5]);
    expect(rowsMatching(sheet, 1, 'Responden')).toEqual([]);
    expect(rowsMatching(sheet, 1, 'Responden', 1)).toEqual([1]);
    expect(rowsMatching(sheet, 1, '')).toEqual([]);
    // Regular-expression characters are plain text.
    expect(rowsMatching(sheet, 1, 'ana@x.i.')).toEqual([]);
    end();
  });

  it('costs the same calls and no cell read at 100 and 10,000 rows', () => {
    const cost = (n: number) => {
      const { ws, sheet, end } = world(people(n));
      ws.kernel.resetCalls();
      const rows = rowsMatching(sheet, 2, 'orang7@dinkes.go.id');
      const out = { calls: ws.kernel.calls(), cells: ws.kernel.cells(), found: rows.length, first: rows[0] };
      end();
      vi.unstubAllGlobals();
      return out;
    };
    const small = cost(100);
    const big = cost(10_000);
    expect(small.first).toBe(9);
    expect(big.found).toBe(200);
    expect(small.cells).toEqual({ read: 0, write: 0 });
    expect(big.cells).toEqual({ read: 0, write: 0 });
    const fixed = (c: Record<string, number>) => Object.entries(c).filter(([k]) => k !== 'SpreadsheetApp.Range.getRow');
    expect(fixed(big.calls)).toEqual(fixed(small.calls));
    expect(big.calls['SpreadsheetApp.Range.getRow']).toBe(200);
  });
});
