/**
 * Siapkan Lembar Kerja and the spreadsheet's own time zone: a spreadsheet in
 * another zone is set to Asia/Makassar and the team is told from which zone; one already in WITA
 * is left alone and nothing is said.
 */
import { describe, expect, it } from 'vitest';
import { Kernel, createSpreadsheetApp } from '../../src/offline/workspace/index';
import { lastDialog, loadedWorkspace } from './helpers';

const zoneOf = (ws: ReturnType<typeof loadedWorkspace>) => {
  const exec = ws.kernel.beginExecution('editor');
  const zone = (ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActive().getSpreadsheetTimeZone();
  ws.kernel.endExecution(exec);
  return zone;
};

describe('Siapkan Lembar Kerja sets the spreadsheet to WITA', () => {
  it('a spreadsheet made in Jakarta becomes Asia/Makassar, and the dialog says so', () => {
    const ws = loadedWorkspace();
    ws.sheets.setTimeZone(ws.spreadsheetId, 'Asia/Jakarta');
    ws.run('menuSiapkanLembarKerja');
    expect(zoneOf(ws)).toBe('Asia/Makassar');
    expect(lastDialog(ws)!.content).toContain('Zona waktu spreadsheet diubah dari Asia/Jakarta menjadi Asia/Makassar (WITA)');
    // Run again: nothing to change, nothing said.
    ws.run('menuSiapkanLembarKerja');
    expect(lastDialog(ws)!.content).not.toContain('Zona waktu');
    expect(ws.kernel.calls()['SpreadsheetApp.Spreadsheet.setSpreadsheetTimeZone']).toBe(1);
  });

  it('a spreadsheet already in Asia/Makassar is not touched', () => {
    const ws = loadedWorkspace();
    ws.run('menuSiapkanLembarKerja');
    expect(ws.kernel.calls()['SpreadsheetApp.Spreadsheet.setSpreadsheetTimeZone']).toBeUndefined();
    expect(lastDialog(ws)!.content).not.toContain('Zona waktu');
  });
});

describe('the in-memory Spreadsheet time zone', () => {
  it('keeps what setSpreadsheetTimeZone sets, refuses what is not a zone name', () => {
    const kernel = new Kernel();
    const app = createSpreadsheetApp(kernel);
    app.backdoor.createSpreadsheet('X', { bound: true });
    const ss = app.SpreadsheetApp.getActive();
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Makassar');
    ss.setSpreadsheetTimeZone('America/New_York');
    expect(ss.getSpreadsheetTimeZone()).toBe('America/New_York');
    expect(() => ss.setSpreadsheetTimeZone('WITA')).toThrow('Invalid argument: timezone');
  });
});
