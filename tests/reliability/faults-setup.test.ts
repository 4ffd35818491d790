/**
 * Faults in what every other feature stands on: "Siapkan Lembar Kerja", "Periksa
 * Data Pegawai" and `Log Kesalahan` itself. A Google call that throws in the middle (quota,
 * timeout) must leave the previous complete state, tell the team, and the next run must repair.
 */
import { describe, expect, it } from 'vitest';
import { SHEETS, SHEET_SPECS } from '../../src/core/schema';
import { demoRoster, rosterRows } from '../../src/offline/demo/roster';
import { lastDialog, loadedWorkspace, preparedWorkspace, sheetValues } from '../e2e/helpers';

const TIMEOUT = 'Service Spreadsheets timed out while accessing document with id x.';
const QUOTA = 'Service invoked too many times for one day: spreadsheets.';

/** Everything a user can see of the product's sheets (uncounted). */
function state(ws: ReturnType<typeof loadedWorkspace>) {
  return ws.sheets.sheetNames(ws.spreadsheetId).map((n) => ws.sheets.snapshot(ws.spreadsheetId, n));
}

function errorRows(ws: ReturnType<typeof loadedWorkspace>): unknown[][] {
  return (sheetValues(ws, SHEETS.errors) ?? []).slice(1);
}

describe('Siapkan Lembar Kerja interrupted by a failing call', () => {
  const setupSheets = SHEET_SPECS.filter((s) => s.createdBySetup).map((s) => s.name);

  // Every write call of the setup, failing at several points of the run.
  const points: [string, string, number][] = [
    ['the first sheet insert', 'SpreadsheetApp.Spreadsheet.insertSheet', 1],
    ['a later sheet insert', 'SpreadsheetApp.Spreadsheet.insertSheet', 4],
    ['the header of the first sheet', 'SpreadsheetApp.Range.setValues', 1],
    ['the settings rows', 'SpreadsheetApp.Range.setValues', 2],
    ['a header style', 'SpreadsheetApp.Range.setFontWeight', 3],
    ['a protection', 'SpreadsheetApp.Sheet.protect', 2],
  ];

  it.each(points)('at %s: the team is told, and the next run completes the same workbook as a clean run', (_label, match, nth) => {
    const clean = loadedWorkspace();
    clean.run('menuSiapkanLembarKerja');

    const ws = loadedWorkspace();
    ws.kernel.injectFault({ match, nth, message: TIMEOUT });
    ws.run('menuSiapkanLembarKerja');
    expect(lastDialog(ws)?.content).toContain('timed out');
    ws.ui.clear();

    ws.run('menuSiapkanLembarKerja');
    expect(lastDialog(ws)?.content).not.toContain('timed out');
    // The failure is in Log Kesalahan (a row below the header); every other sheet is as a clean run makes it.
    expect(errorRows(ws).map((r) => r[1])).toEqual(['Siapkan Lembar Kerja']);
    for (const name of setupSheets.filter((n) => n !== SHEETS.errors)) {
      const got = ws.sheets.snapshot(ws.spreadsheetId, name);
      const want = clean.sheets.snapshot(clean.spreadsheetId, name);
      expect(got, name).not.toBeNull();
      expect({ values: got!.values, protections: got!.protections, frozen: got!.frozenRows }, name).toEqual({
        values: want!.values,
        protections: want!.protections,
        frozen: want!.frozenRows,
      });
    }
  });
});

describe('Periksa Data Pegawai interrupted by a failing call', () => {
  it('a read that fails leaves the roster and the last report as they were, logs the error, and the next run writes the report', () => {
    const ws = preparedWorkspace();
    ws.run('menuPeriksaDataPegawai');
    const rosterBefore = sheetValues(ws, SHEETS.roster);
    const reportBefore = sheetValues(ws, SHEETS.rosterCheck);

    ws.kernel.injectFault({ match: 'SpreadsheetApp.Sheet.getSheetValues', message: QUOTA });
    ws.run('menuPeriksaDataPegawai');
    expect(lastDialog(ws)?.content).toContain('too many times');
    expect(sheetValues(ws, SHEETS.roster)).toEqual(rosterBefore);
    expect(sheetValues(ws, SHEETS.rosterCheck)).toEqual(reportBefore);
    const logged = errorRows(ws);
    expect(logged).toHaveLength(1);
    expect(logged[0][1]).toBe('Periksa Data Pegawai');
    expect(String(logged[0][3])).not.toBe('');

    ws.run('menuPeriksaDataPegawai');
    expect(sheetValues(ws, SHEETS.rosterCheck)).toEqual(reportBefore);
  });

  it('a report write that fails never leaves a half-old, half-new report', () => {
    const ws = preparedWorkspace();
    // First a roster with many problems: a long report.
    const rows = rosterRows(demoRoster()).map((r, i) => (i > 0 && i % 3 === 0 ? [r[0], '', ...r.slice(2)] : r));
    ws.sheets.userWrite(ws.spreadsheetId, SHEETS.roster, 1, 1, rows);
    ws.run('menuPeriksaDataPegawai');
    const longReport = sheetValues(ws, SHEETS.rosterCheck)!;
    expect(longReport.length).toBeGreaterThan(5);

    // The team fixes the roster; the next report is short, and its write fails once.
    ws.sheets.userWrite(ws.spreadsheetId, SHEETS.roster, 1, 1, rosterRows(demoRoster()));
    ws.kernel.injectFault({ match: 'SpreadsheetApp.Range.setValues', message: TIMEOUT });
    ws.run('menuPeriksaDataPegawai');
    const after = sheetValues(ws, SHEETS.rosterCheck)!;
    expect(after).toEqual(longReport);

    ws.run('menuPeriksaDataPegawai');
    const fixed = sheetValues(ws, SHEETS.rosterCheck)!;
    const clean = preparedWorkspace();
    clean.run('menuPeriksaDataPegawai');
    expect(fixed).toEqual(sheetValues(clean, SHEETS.rosterCheck));
  });
});

describe('Log Kesalahan', () => {
  it('is recreated, protected and with its header, when the team deleted it and an error occurs', () => {
    const ws = preparedWorkspace();
    ws.sheets.userDeleteSheet(ws.spreadsheetId, SHEETS.errors);
    ws.kernel.injectFault({ match: 'SpreadsheetApp.Sheet.getSheetValues', message: QUOTA });
    ws.run('menuPeriksaDataPegawai');
    const log = ws.sheets.snapshot(ws.spreadsheetId, SHEETS.errors)!;
    expect(log.values[0]).toEqual(['Waktu', 'Proses', 'Kesalahan', 'Yang perlu dilakukan']);
    expect(log.values).toHaveLength(2);
    expect(log.protections.map((p) => p.warningOnly)).toEqual([true]);
    expect(log.frozenRows).toBe(1);
  });

  it('keeps every earlier row: each error appends, none overwrites', () => {
    const ws = preparedWorkspace();
    for (let i = 0; i < 3; i++) {
      ws.kernel.injectFault({ match: 'SpreadsheetApp.Sheet.getSheetValues', message: `${QUOTA} #${i}` });
      ws.run('menuPeriksaDataPegawai');
    }
    expect(errorRows(ws).map((r) => r[2])).toEqual([0, 1, 2].map((i) => `${QUOTA} #${i}`));
  });

  it('an error whose text looks like a formula is stored as text', () => {
    const ws = preparedWorkspace();
    // (Not on getSheetValues: an error there that is not a service failure reads as -1 refused, and the sheet is read another way.)
    ws.kernel.injectFault({ match: 'SpreadsheetApp.Sheet.getLastRow', message: '=IMPORTXML("http://x.test","//a")' });
    ws.run('menuPeriksaDataPegawai');
    const log = ws.sheets.snapshot(ws.spreadsheetId, SHEETS.errors)!;
    expect(log.values[1][2]).toBe('=IMPORTXML("http://x.test","//a")');
    expect(log.formulas[1][2]).toBe('');
  });

  it('when writing the log itself fails, the run still ends without an uncaught error and the next error is logged', () => {
    const ws = preparedWorkspace();
    ws.kernel.injectFault({ match: 'SpreadsheetApp.Sheet.getSheetValues', message: QUOTA });
    ws.kernel.injectFault({ match: 'SpreadsheetApp.Range.setValues', message: TIMEOUT });
    expect(() => ws.run('menuPeriksaDataPegawai')).not.toThrow();
    expect(ws.logs.join('\n')).toContain('Log Kesalahan tidak dapat ditulis');
    expect(errorRows(ws)).toHaveLength(0);
    ws.kernel.injectFault({ match: 'SpreadsheetApp.Sheet.getSheetValues', message: QUOTA });
    ws.run('menuPeriksaDataPegawai');
    expect(errorRows(ws)).toHaveLength(1);
  });

  it('state before equals state after a failed run, sheet by sheet', () => {
    const ws = preparedWorkspace();
    ws.run('menuPeriksaDataPegawai');
    const before = state(ws).filter((s) => s!.name !== SHEETS.errors);
    ws.kernel.injectFault({ match: 'SpreadsheetApp.Range.setValues', message: TIMEOUT });
    ws.run('menuPeriksaDataPegawai');
    const after = state(ws).filter((s) => s!.name !== SHEETS.errors);
    expect(after).toEqual(before);
  });
});
