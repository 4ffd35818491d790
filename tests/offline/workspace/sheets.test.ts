import { describe, expect, it } from 'vitest';
import { Kernel } from '../../../src/offline/workspace/index';
import { createSpreadsheetApp } from '../../../src/offline/workspace/index';

function setup() {
  const kernel = new Kernel();
  const app = createSpreadsheetApp(kernel);
  const id = app.backdoor.createSpreadsheet('Rekap Agen Perubahan', { bound: true });
  const ss = app.SpreadsheetApp.getActive();
  const sheet = ss.getSheets()[0];
  kernel.resetCalls();
  return { kernel, app, id, ss, sheet, SpreadsheetApp: app.SpreadsheetApp };
}

function errorOf(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}

describe('Spreadsheet', () => {
  it('is the bound spreadsheet, registered in the Drive, with one tab "Sheet1" of 1000 x 26', () => {
    const { kernel, id, ss, sheet } = setup();
    expect(ss.getId()).toBe(id);
    expect(ss.getName()).toBe('Rekap Agen Perubahan');
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${id}/edit`);
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Makassar');
    expect(kernel.file(id)?.mimeType).toBe('application/vnd.google-apps.spreadsheet');
    expect(sheet.getName()).toBe('Sheet1');
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getLastRow(), sheet.getLastColumn()]).toEqual([1000, 26, 0, 0]);
  });

  it('insertSheet refuses a name that exists, with Google\'s message', () => {
    const { ss } = setup();
    ss.insertSheet('Pegawai');
    const e = errorOf(() => ss.insertSheet('Pegawai'));
    expect(e.message).toBe('A sheet with the name "Pegawai" already exists. Please enter another name.');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Pegawai']);
  });

  it('insertSheet at an index, getSheetByName null when missing, deleteSheet, last sheet kept', () => {
    const { ss } = setup();
    const a = ss.insertSheet('A', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['A', 'Sheet1']);
    expect(a.getIndex()).toBe(1);
    expect(ss.getSheetByName('Tidak Ada')).toBeNull();
    ss.deleteSheet(ss.getSheetByName('Sheet1')!);
    expect(errorOf(() => ss.deleteSheet(a)).message).toBe("You can't remove all the sheets in a document.");
  });

  it('openById opens another spreadsheet and fails for an unknown id', () => {
    const { app, SpreadsheetApp } = setup();
    const other = app.backdoor.createSpreadsheet('Lain');
    expect(SpreadsheetApp.openById(other).getName()).toBe('Lain');
    expect(() => SpreadsheetApp.openById('nope')).toThrow(/openById/);
  });

  it('records toasts', () => {
    const { app, id, ss } = setup();
    ss.toast('Selesai', 'Agen Perubahan', 5);
    expect(app.backdoor.toasts(id)).toEqual([{ message: 'Selesai', title: 'Agen Perubahan' }]);
  });
});

describe('Range values', () => {
  it.each([
    [[[1], [2]], 3, 1, 'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.'],
    [[[1, 2, 3]], 1, 2, 'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.'],
    [[[1, 2], [3]], 2, 2, 'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.'],
  ])('setValues(%j) on %i x %i throws Google\'s message', (data, rows, cols, message) => {
    const { sheet } = setup();
    const e = errorOf(() => sheet.getRange(1, 1, rows, cols).setValues(data));
    expect(e.message).toBe(message);
    expect(e.name).toBe('Exception');
    expect(sheet.getLastRow()).toBe(0);
  });

  it.each([
    [0, 1, 1, 1, 'The starting row of the range is too small.'],
    [1, 0, 1, 1, 'The starting column of the range is too small.'],
    [1, 1, 0, 1, 'The number of rows in the range must be at least 1.'],
    [1, 1, 1, 0, 'The number of columns in the range must be at least 1.'],
  ])('getRange(%i, %i, %i, %i) throws', (r, c, nr, nc, message) => {
    const { sheet } = setup();
    expect(errorOf(() => sheet.getRange(r, c, nr, nc)).message).toBe(message);
  });

  it('turns "=..." into a formula, keeps apostrophe and plain-text cells as text', () => {
    const { sheet } = setup();
    sheet.getRange(1, 3, 3, 1).setNumberFormat('@');
    sheet.getRange(1, 1, 3, 3).setValues([
      ['=IMPORTXML("http://x","//a")', "'=1+1", '=2+2'],
      ['0123', "'0123", '0123'],
      ['198609262015051001', "'198609262015051001", '198609262015051001'],
    ]);
    const range = sheet.getRange(1, 1, 3, 3);
    expect(range.getFormulas()[0]).toEqual(['=IMPORTXML("http://x","//a")', '', '']);
    expect(range.getValues()).toEqual([
      ['', '=1+1', '=2+2'],
      [123, '0123', '0123'],
      [198609262015051000, '198609262015051001', '198609262015051001'],
    ]);
  });

  it('getValues gives numbers, booleans, Dates (made by kernel.makeDate) and "" for empty cells', () => {
    const { kernel, sheet } = setup();
    const made: number[] = [];
    kernel.makeDate = (ms) => {
      made.push(ms);
      return new Date(ms);
    };
    const when = new Date('2026-11-27T01:00:00Z');
    sheet.getRange('A1:D1').setValues([[3.5, true, when, null]]);
    const [row] = sheet.getRange('A1:E1').getValues();
    expect(row).toEqual([3.5, true, when, '', '']);
    expect(made).toContain(when.getTime());
    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([['3.5', 'TRUE', '27/11/2026 09:00:00', '']]);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([1, 3]);
  });

  it('formats numbers for display by the number format', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setNumberFormats([['0.00', '#,##0', '0%']]).setValues([[2, 1234567, 0.75]]);
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['2.00', '1,234,567', '75%']]);
    sheet.getRange('D1').setNumberFormat('dd/MM/yyyy').setValue('2026-11-27');
    expect(sheet.getRange('D1').getDisplayValue()).toBe('27/11/2026');
  });

  it('writing beyond the grid grows the sheet; appendRow writes after the last row', () => {
    const { sheet } = setup();
    sheet.getRange(1001, 27).setValue('x');
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1001, 27]);
    sheet.appendRow(['a', 'b']);
    expect(sheet.getRange(1002, 1, 1, 2).getValues()).toEqual([['a', 'b']]);
  });

  it('insertRowsAfter and deleteRows move the cells below', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([['1'], ['2'], ['3']]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange('A1:A5').getValues().flat()).toEqual([1, '', '', 2, 3]);
    expect(sheet.getMaxRows()).toBe(1002);
    sheet.deleteRows(2, 2);
    sheet.deleteRow(1);
    expect(sheet.getRange('A1:A2').getValues().flat()).toEqual([2, 3]);
    expect(errorOf(() => sheet.deleteRows(1, 999)).message).toBe("You can't delete all the rows on the sheet.");
  });

  it('clearContent keeps formats, clear removes both', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1').setValue(5).setBackground('#ff0000');
    r.clearContent();
    expect([r.getValue(), r.getBackground()]).toEqual(['', '#ff0000']);
    r.setValue(5).clear();
    expect([r.getValue(), r.getBackground()]).toEqual(['', '#ffffff']);
  });

  it('offset, getA1Notation and getDataRange', () => {
    const { sheet } = setup();
    sheet.getRange('B2:C3').setValues([[1, 2], [3, 4]]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C3');
    expect(sheet.getRange('B2').offset(1, 1, 2, 2).getA1Notation()).toBe('C3:D4');
    expect(() => sheet.getRange('A1').offset(-1, 0)).toThrow('The starting row of the range is too small.');
  });
});

describe('data validation', () => {
  it('a reject-input rule makes a script write throw and leaves the block unwritten', () => {
    const { SpreadsheetApp, sheet } = setup();
    const rule = SpreadsheetApp.newDataValidation().requireValueInList(['PNS', 'CPNS', 'PPPK'], true).setAllowInvalid(false).setHelpText('Pilih status').build();
    sheet.getRange('B2:B10').setDataValidation(rule);
    sheet.getRange('A2:B2').setValues([['x', 'PNS']]);
    const e = errorOf(() => sheet.getRange('A3:B3').setValues([['y', 'Honorer']]));
    expect(e.message).toBe('The data you entered in cell B3 violates the data validation rules set on this cell.');
    expect(sheet.getRange('A3:B3').getValues()).toEqual([['', '']]);
    const got = sheet.getRange('B5').getDataValidation()!;
    expect(got.getCriteriaType()).toBe(SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST);
    expect(got.getCriteriaValues()).toEqual([['PNS', 'CPNS', 'PPPK'], true]);
    expect([got.getAllowInvalid(), got.getHelpText()]).toEqual([false, 'Pilih status']);
  });

  it('a warning rule (allowInvalid, the default) accepts anything', () => {
    const { SpreadsheetApp, sheet } = setup();
    sheet.getRange('A1').setDataValidation(SpreadsheetApp.newDataValidation().requireNumberBetween(1, 5).build());
    sheet.getRange('A1').setValue(99);
    expect(sheet.getRange('A1').getValue()).toBe(99);
  });

  it.each<[unknown, boolean]>([
    [true, true],
    [false, true],
    ['', true],
    ['ya', false],
    [1, false],
  ])('a checkbox cell given %j accepts it: %s', (value, ok) => {
    const { sheet } = setup();
    const r = sheet.getRange('A1').insertCheckboxes();
    expect(r.getValue()).toBe(false);
    if (ok) {
      r.setValue(value);
      expect(r.getValue()).toBe(value);
    } else expect(() => r.setValue(value)).toThrow('violates the data validation rules');
  });

  it('check/uncheck/isChecked on checkbox cells', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:A2').insertCheckboxes();
    r.check();
    expect(r.isChecked()).toBe(true);
    sheet.getRange('A2').uncheck();
    expect(r.isChecked()).toBeNull();
  });

  it('requireValueInRange checks against the values of that range', () => {
    const { SpreadsheetApp, ss, sheet } = setup();
    const list = ss.insertSheet('Daftar');
    list.getRange('A1:A2').setValues([['Ya'], ['Tidak']]);
    sheet.getRange('A1').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInRange(list.getRange('A1:A2')).setAllowInvalid(false).build());
    sheet.getRange('A1').setValue('Ya');
    expect(() => sheet.getRange('A1').setValue('Mungkin')).toThrow(/A1 violates/);
  });
});

describe('protections', () => {
  it('sheet.protect() returns the existing sheet protection; getProtections lists by type', () => {
    const { SpreadsheetApp, sheet } = setup();
    const p = sheet.protect().setDescription('dihitung').setWarningOnly(true);
    expect(sheet.protect().getDescription()).toBe('dihitung');
    sheet.getRange('A1:B2').protect().setDescription('kunci');
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).map((x) => x.getDescription())).toEqual(['dihitung']);
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).map((x) => x.getRange().getA1Notation())).toEqual(['A1:B2']);
    expect(p.isWarningOnly()).toBe(true);
    p.remove();
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)).toEqual([]);
  });

  it('editors: owner stays, others removed; a user who is not an editor cannot write', () => {
    const { kernel, sheet } = setup();
    const p = sheet.protect();
    p.addEditor('lain@dinkes.nttprov.go.id');
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([kernel.user, 'lain@dinkes.nttprov.go.id']);
    p.removeEditors(['lain@dinkes.nttprov.go.id', kernel.user]);
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([kernel.user]);
    sheet.getRange('A1').setValue('pemilik boleh');
    const exec = kernel.beginExecution('editor', undefined, 'staf@dinkes.nttprov.go.id');
    expect(p.canEdit()).toBe(false);
    expect(() => sheet.getRange('A2').setValue('x')).toThrow(/protected cell/);
    kernel.endExecution(exec);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([['pemilik boleh'], ['']]);
  });
});

describe('conditional formats and charts', () => {
  it('records rules and charts', () => {
    const { SpreadsheetApp, app, id, sheet } = setup();
    const rule = SpreadsheetApp.newConditionalFormatRule().whenNumberGreaterThan(80).setBackground('#b7e1cd').setRanges([sheet.getRange('C2:C50')]).build();
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), rule]);
    expect(sheet.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe('C2:C50');
    const chart = sheet.newChart().setChartType(app.Charts.ChartType.COLUMN).addRange(sheet.getRange('A1:B5')).setPosition(2, 4, 0, 0).setOption('title', 'Skor').build();
    sheet.insertChart(chart);
    expect(sheet.getCharts()).toHaveLength(1);
    const snap = app.backdoor.snapshot(id, 'Sheet1')!;
    expect(snap.conditionalFormats).toEqual([{ ranges: ['C2:C50'], condition: 'NUMBER_GREATER_THAN', values: [80], background: '#b7e1cd', fontColor: null }]);
    expect(snap.charts).toEqual([{ type: 'COLUMN', ranges: ['A1:B5'], title: 'Skor', position: { row: 2, column: 4, offsetX: 0, offsetY: 0 }, options: { title: 'Skor' } }]);
    sheet.removeChart(sheet.getCharts()[0]);
    expect(sheet.getCharts()).toHaveLength(0);
  });
});

describe('call counting', () => {
  it('counts every call per class and method, back doors never', () => {
    const { kernel, app, id, ss } = setup();
    const sheet = ss.getSheetByName('Sheet1')!;
    sheet.getRange(1, 1, 1, 2).setValues([[1, 2]]);
    sheet.getRange('A1:B1').getValues();
    app.backdoor.userWrite(id, 'Sheet1', 2, 1, [['a']]);
    app.backdoor.snapshot(id, 'Sheet1');
    expect(kernel.calls()).toEqual({
      'SpreadsheetApp.Range.getValues': 1,
      'SpreadsheetApp.Range.setValues': 1,
      'SpreadsheetApp.Sheet.getRange': 2,
      'SpreadsheetApp.Spreadsheet.getSheetByName': 1,
    });
  });

  it('an injected fault makes the matching call throw', () => {
    const { kernel, sheet } = setup();
    kernel.injectFault({ match: 'SpreadsheetApp.Range.setValues', message: 'Service Spreadsheets timed out while accessing document with id x.' });
    expect(() => sheet.getRange('A1').setValues([[1]])).toThrow('timed out');
    sheet.getRange('A1').setValues([[1]]);
  });
});

describe('back door', () => {
  it('userWrite parses like typing, creates a missing tab, and snapshot gives the data block', () => {
    const { app, id } = setup();
    app.backdoor.userWrite(id, 'Catatan Saya', 1, 1, [['jangan diubah', '42', '=A1']]);
    const snap = app.backdoor.snapshot(id, 'Catatan Saya')!;
    expect(snap.values).toEqual([['jangan diubah', 42, '']]);
    expect(snap.formulas).toEqual([['', '', '=A1']]);
    expect(app.backdoor.sheetNames(id)).toEqual(['Sheet1', 'Catatan Saya']);
    expect(app.backdoor.snapshot(id, 'Tidak Ada')).toBeNull();
  });

  it('snapshot reports frozen rows, validations by range, formats and widths', () => {
    const { SpreadsheetApp, app, id, sheet } = setup();
    sheet.getRange(1, 1, 1, 2).setValues([['NIP', 'Status']]).setFontWeight('bold').setBackground('#1f4e79');
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(1, 180);
    sheet.getRange('B2:B4').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['PNS', 'CPNS']).setAllowInvalid(false).build());
    sheet.getRange('A2:A4').setNumberFormat('@');
    const snap = app.backdoor.snapshot(id, 'Sheet1')!;
    expect(snap.frozenRows).toBe(1);
    expect(snap.validations).toEqual([{ range: 'B2:B4', criteria: 'VALUE_IN_LIST', values: [['PNS', 'CPNS'], true], allowInvalid: false, helpText: '' }]);
    expect(snap.fontWeights).toEqual({ A1: 'bold', B1: 'bold' });
    expect(snap.backgrounds).toEqual({ A1: '#1f4e79', B1: '#1f4e79' });
    expect(snap.numberFormats).toEqual({ A2: '@', A3: '@', A4: '@' });
    expect(snap.columnWidths).toEqual({ 1: 180 });
  });

  it('linkFormDestination names tabs "Form Responses N", freezes the header; appendFormRow gives a counted range', () => {
    const { kernel, app, id, ss } = setup();
    const first = app.backdoor.linkFormDestination(id, 'https://docs.google.com/forms/d/F1/viewform', ['Timestamp', 'NIP', 'Nama']);
    const second = app.backdoor.linkFormDestination(id, 'https://docs.google.com/forms/d/F2/viewform', ['Timestamp', 'Skor']);
    expect([first, second]).toEqual(['Form Responses 1', 'Form Responses 2']);
    expect(app.backdoor.headers(id, first)).toEqual(['Timestamp', 'NIP', 'Nama']);
    expect(app.backdoor.addFormColumn(id, first, 'Alasan')).toBe(4);
    const at = new Date('2026-11-27T02:00:00Z');
    kernel.resetCalls();
    const range = app.backdoor.appendFormRow(id, first, [at, '198609262015051001', 'Maria']);
    expect(kernel.totalCalls()).toBe(0);
    expect(range.getRow()).toBe(2);
    expect(range.getSheet().getFormUrl()).toBe('https://docs.google.com/forms/d/F1/viewform');
    expect(kernel.calls()['SpreadsheetApp.Range.getRow']).toBe(1);
    const snap = app.backdoor.snapshot(id, first)!;
    expect(snap.frozenRows).toBe(1);
    expect(snap.values[1]).toEqual([at, 198609262015051000, 'Maria', '']);
    expect(app.backdoor.displayValues(id, first)[1][0]).toBe('27/11/2026 10:00:00');
    expect(ss.getSheetByName('Sheet1')!.getFormUrl()).toBeNull();
  });

  it('a copied spreadsheet (Drive makeCopy) is independent', () => {
    const { kernel, app, id, sheet } = setup();
    sheet.getRange('A1').setValue('asli');
    const copy = kernel.file(id)!.content!.cloneForCopy('copy-id');
    kernel.registerFile({ id: 'copy-id', name: 'Salinan', mimeType: 'application/vnd.google-apps.spreadsheet', content: copy });
    sheet.getRange('A1').setValue('diubah');
    expect(app.backdoor.snapshot('copy-id', 'Sheet1')!.values).toEqual([['asli']]);
  });
});
