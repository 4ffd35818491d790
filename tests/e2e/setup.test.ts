import { describe, expect, it } from 'vitest';
import { MENU_TITLE } from '../../src/core/menu';
import { SHEETS } from '../../src/core/schema';
import { demoRoster, rosterRows } from '../../src/offline/demo/roster';
import { lastDialog, loadedWorkspace, sheetValues } from './helpers';

describe('onOpen', () => {
  it('builds the menu "Agen Perubahan" in the limited mode of a simple trigger', () => {
    const ws = loadedWorkspace();
    ws.kernel.resetCalls();
    ws.open();
    const menu = ws.ui.menus().find((m) => m.title === MENU_TITLE);
    expect(menu?.items.map((i) => (i.kind === 'item' || i.kind === 'submenu' ? i.caption : '-'))).toContain('Siapkan Lembar Kerja');
    const services = Object.keys(ws.kernel.callsByService());
    expect(services).toEqual(['SpreadsheetApp']);
  });
});

describe('Siapkan Lembar Kerja', () => {
  it('creates the product sheets with Indonesian headers, frozen header rows and protections', () => {
    const ws = loadedWorkspace();
    ws.run('menuSiapkanLembarKerja');
    const names = ws.sheets.sheetNames(ws.spreadsheetId);
    for (const name of [SHEETS.settings, SHEETS.roster, SHEETS.corrections, SHEETS.tally, SHEETS.ballots, SHEETS.errors]) {
      expect(names).toContain(name);
    }
    const roster = ws.sheets.snapshot(ws.spreadsheetId, SHEETS.roster)!;
    expect(roster.values[0].slice(0, 6)).toEqual(['NIP', 'Nama', 'Jabatan', 'Unit Kerja', 'Pangkat/Golongan', 'Status Kepegawaian']);
    expect(roster.frozenRows).toBe(1);
    expect(roster.validations.some((v) => v.values.flat().includes('CPNS'))).toBe(true);
    const tally = ws.sheets.snapshot(ws.spreadsheetId, SHEETS.tally)!;
    expect(tally.protections.length).toBeGreaterThan(0);
    const ballots = ws.sheets.snapshot(ws.spreadsheetId, SHEETS.ballots)!;
    expect(ballots.protections.some((p) => !p.warningOnly)).toBe(true);
    const settings = sheetValues(ws, SHEETS.settings)!;
    expect(settings.map((r) => r[0])).toContain('Nama Instansi');
    expect(settings.map((r) => r[0])).toContain('Tabel Kategori Survei');
    expect(lastDialog(ws)?.content).toMatch(/Lembar baru/);
  });

  it('running it twice changes nothing and never touches a sheet the user made or filled', () => {
    const ws = loadedWorkspace();
    ws.sheets.userWrite(ws.spreadsheetId, 'Catatan Saya', 1, 1, [['jangan diubah', 42]]);
    ws.run('menuSiapkanLembarKerja');
    ws.sheets.userWrite(ws.spreadsheetId, SHEETS.roster, 1, 1, rosterRows(demoRoster()).slice(0, 5));
    const before = ws.sheets.sheetNames(ws.spreadsheetId).map((n) => ws.sheets.snapshot(ws.spreadsheetId, n));
    ws.run('menuSiapkanLembarKerja');
    const after = ws.sheets.sheetNames(ws.spreadsheetId).map((n) => ws.sheets.snapshot(ws.spreadsheetId, n));
    expect(after).toEqual(before);
    expect(sheetValues(ws, 'Catatan Saya')).toEqual([['jangan diubah', 42]]);
    expect(lastDialog(ws)?.content).toMatch(/Sudah ada dan tidak diubah/);
  });
});

describe('Periksa Data Pegawai', () => {
  it('reports each roster problem with its row, in Indonesian, and changes no data', () => {
    const ws = loadedWorkspace();
    ws.run('menuSiapkanLembarKerja');
    const rows = rosterRows(demoRoster());
    // a duplicate NIP, a missing name, an unknown status, a supervisor not in the roster
    rows[5] = [...rows[5]];
    rows[5][0] = rows[4][0];
    rows[6] = [...rows[6]];
    rows[6][1] = '';
    rows[7] = [...rows[7]];
    rows[7][5] = 'Honorer Daerah X';
    ws.sheets.userWrite(ws.spreadsheetId, SHEETS.roster, 1, 1, rows);
    const rosterBefore = sheetValues(ws, SHEETS.roster);
    ws.run('menuPeriksaDataPegawai');
    expect(sheetValues(ws, SHEETS.roster)).toEqual(rosterBefore);
    const report = sheetValues(ws, SHEETS.rosterCheck)!;
    const text = report.map((r) => r.join(' | ')).join('\n');
    expect(text).toMatch(/^6 \|.*NIP/m); // the duplicate, row 6 of the sheet
    expect(text).toMatch(/^7 \|.*[Nn]ama/m);
    expect(text).toMatch(/^8 \|.*[Ss]tatus/m);
    expect(lastDialog(ws)?.content).toMatch(/masalah/);
    expect(lastDialog(ws)?.content).toMatch(/Data pegawai tidak diubah/);
  });

  it('says what to do when the roster sheet was deleted', () => {
    const ws = loadedWorkspace();
    ws.run('menuSiapkanLembarKerja');
    ws.sheets.userDeleteSheet(ws.spreadsheetId, SHEETS.roster);
    ws.run('menuPeriksaDataPegawai');
    expect(lastDialog(ws)?.content).toMatch(/Pegawai.*tidak ditemukan[\s\S]*Siapkan Lembar Kerja/);
  });
});
