/**
 * What the in-memory Sheets records of a sheet's layout and shows in snapshots: font colours and
 * families, wrap strategies, row heights, merges, chart anchors; and Range.sort, which moves
 * whole cells (formats and data validation with their row), as sorting does in Sheets.
 */
import { describe, expect, it } from 'vitest';
import { createSpreadsheetApp, Kernel } from '../../../src/offline/workspace/index';

function setup() {
  const kernel = new Kernel();
  const app = createSpreadsheetApp(kernel);
  const id = app.backdoor.createSpreadsheet('Rekap', { bound: true });
  const ss = app.SpreadsheetApp.getActive();
  const sheet = ss.getSheets()[0];
  const snap = () => app.backdoor.snapshot(id, sheet.getName())!;
  return { kernel, app, id, ss, sheet, snap, SpreadsheetApp: app.SpreadsheetApp };
}

describe('layout in snapshots', () => {
  it('keeps font colours, families, wrap strategies, alignment, row heights and merges', () => {
    const { sheet, snap, SpreadsheetApp } = setup();
    sheet.getRange('A1:B1').setFontColor('#ffffff').setFontFamily('Arial').setWrapStrategy(SpreadsheetApp.WrapStrategy.CLIP);
    sheet.getRange('A2').setWrap(true).setVerticalAlignment('top').setHorizontalAlignment('center');
    sheet.setRowHeight(1, 42);
    sheet.setRowHeights(3, 2, 30);
    sheet.getRange('A1:H1').merge();
    sheet.getRange('A1:H1').merge();
    const s = snap();
    expect(s.fontColors).toEqual({ A1: '#ffffff', B1: '#ffffff' });
    expect(s.fontFamilies).toEqual({ A1: 'Arial', B1: 'Arial' });
    expect(s.wraps).toEqual({ A1: 'CLIP', B1: 'CLIP', A2: 'WRAP' });
    expect(s.verticalAlignments).toEqual({ A2: 'top' });
    expect(s.horizontalAlignments).toEqual({ A2: 'center' });
    expect(s.rowHeights).toEqual({ 1: 42, 3: 30, 4: 30 });
    expect(sheet.getRowHeight(2)).toBe(21);
    expect(s.merges).toEqual(['A1:H1']);
  });

  it('row heights move with inserted and deleted rows', () => {
    const { sheet, snap } = setup();
    sheet.setRowHeight(5, 50);
    sheet.insertRowsAfter(2, 3);
    expect(snap().rowHeights).toEqual({ 8: 50 });
    sheet.deleteRows(1, 2);
    expect(snap().rowHeights).toEqual({ 6: 50 });
  });

  it('shows a chart with its anchor cell and options', () => {
    const { sheet, snap, app } = setup();
    sheet.getRange('A1:C3').setValues([['Periode', 'BAIK', 'KURANG'], ['2026 I', 1, 2], ['2026 II', 3, 4]]);
    const chart = sheet
      .newChart()
      .setChartType(app.Charts.ChartType.COLUMN)
      .addRange(sheet.getRange('A1:C3'))
      .setOption('title', 'Distribusi')
      .setOption('width', 640)
      .setPosition(5, 1, 0, 4)
      .build();
    sheet.insertChart(chart);
    const [c] = snap().charts;
    expect(c.position).toEqual({ row: 5, column: 1, offsetX: 0, offsetY: 4 });
    expect(c.options).toMatchObject({ title: 'Distribusi', width: 640 });
  });
});

describe('Range.sort', () => {
  it('sorts rows by absolute column numbers, descending counts first, moving validation and formats with the row', () => {
    const { sheet, SpreadsheetApp } = setup();
    sheet.getRange('A1:C5').setValues([
      ['Teks', 'Pilihan', 'Jumlah'],
      ['budi', '', 1],
      ['ani', 'Ani Lake', 3],
      ['citra', '', ''],
      ['Dedi', '', 3],
    ]);
    const rule = (v: string) => SpreadsheetApp.newDataValidation().requireValueInList([v], true).build();
    sheet.getRange('B2:B5').setDataValidations([[rule('untuk budi')], [rule('untuk ani')], [rule('untuk citra')], [rule('untuk dedi')]]);
    sheet.getRange('A3').setBackground('#ffff00');
    sheet.getRange('A2:C5').sort([{ column: 3, ascending: false }, { column: 1, ascending: true }]);
    expect(sheet.getRange('A2:C5').getValues()).toEqual([
      ['ani', 'Ani Lake', 3],
      ['Dedi', '', 3],
      ['budi', '', 1],
      ['citra', '', ''],
    ]);
    const lists = sheet.getRange('B2:B5').getDataValidations().map((r) => r[0]!.getCriteriaValues()[0]);
    expect(lists).toEqual([['untuk ani'], ['untuk dedi'], ['untuk budi'], ['untuk citra']]);
    expect(sheet.getRange('A2').getBackground()).toBe('#ffff00');
  });

  it('takes a bare column number (ascending) and refuses a column outside the range', () => {
    const { sheet } = setup();
    sheet.getRange('B1:C3').setValues([['b', 2], ['a', 1], ['c', 3]]);
    sheet.getRange('B1:C3').sort(3);
    expect(sheet.getRange('B1:B3').getValues()).toEqual([['a'], ['b'], ['c']]);
    expect(() => sheet.getRange('B1:C3').sort(1)).toThrow();
  });
});
