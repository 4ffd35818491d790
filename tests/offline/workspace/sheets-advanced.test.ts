/** The in-memory Sheets advanced service (Sheets API v4, spreadsheets.values) against Google's documented semantics. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorkspace, sheetsQuotaError, type WorkspaceOptions } from '../../../src/offline/workspace/index';

/* eslint-disable @typescript-eslint/no-explicit-any */
const SCOPES = ['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/drive'];

function manifestDir(services: { userSymbol: string; serviceId: string; version: string }[], scopes = SCOPES): string {
  const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
  writeFileSync(join(dir, 'appsscript.json'), JSON.stringify({ dependencies: { enabledAdvancedServices: services }, oauthScopes: scopes }));
  return dir;
}
const SHEETS = { userSymbol: 'Sheets', serviceId: 'sheets', version: 'v4' };

function setup(options: WorkspaceOptions = {}) {
  const ws = createWorkspace({ distDir: manifestDir([SHEETS]), ...options });
  const Sheets = ws.globals.Sheets as any;
  const SpreadsheetApp = ws.globals.SpreadsheetApp as any;
  const id = ws.spreadsheetId;
  // An execution of the script (a menu click), for what depends on one.
  const inExecution = <T>(fn: () => T, kind: 'editor' | 'trigger' | 'simple-trigger' = 'editor'): T => {
    const exec = ws.kernel.beginExecution(kind);
    try {
      return fn();
    } finally {
      ws.kernel.endExecution(exec);
    }
  };
  return { ws, Sheets, SpreadsheetApp, id, inExecution };
}

/** Log: a header, two rows with a gap column and a blank row between them, a date and a boolean. */
function withLog(t: ReturnType<typeof setup>): void {
  t.ws.sheets.userWrite(t.id, 'Log Surat Suara', 1, 1, [
    ['Waktu', 'NIP', 'Nama', 'Catatan'],
    ['2026-11-27 09:15:00', 198609262015051000, 'Budi', ''],
    ['', '', '', ''],
    ['27/11/2026', "'0123", true, 'x'],
  ]);
}

describe('Sheets.Spreadsheets.Values.batchGet', () => {
  it('gives the value ranges in the order asked, each with the whole requested range and the values without trailing empties', () => {
    const t = setup();
    withLog(t);
    t.ws.sheets.userWrite(t.id, 'Pengaturan', 1, 1, [['Kunci', 'Nilai'], ['a', 1]]);
    const res = t.Sheets.Spreadsheets.Values.batchGet(t.id, { ranges: ["'Pengaturan'", "'Log Surat Suara'!A1:C2"], valueRenderOption: 'UNFORMATTED_VALUE' });
    expect(res.spreadsheetId).toBe(t.id);
    expect(res.valueRanges.map((v: any) => v.range)).toEqual(['Pengaturan!A1:Z1000', "'Log Surat Suara'!A1:C2"]);
    expect(res.valueRanges[0].values).toEqual([['Kunci', 'Nilai'], ['a', 1]]);
    expect(res.valueRanges[0].majorDimension).toBe('ROWS');
    expect(res.valueRanges[1].values[1]).toEqual([expect.any(Number), 198609262015051000, 'Budi']);
  });

  it('leaves out trailing empty cells and rows, keeps an empty cell before a value as "" and an empty row before a later one as []', () => {
    const t = setup();
    withLog(t);
    const [v] = t.Sheets.Spreadsheets.Values.batchGet(t.id, { ranges: ["'Log Surat Suara'"], valueRenderOption: 'UNFORMATTED_VALUE' }).valueRanges;
    expect(v.values).toHaveLength(4);
    expect(v.values[1]).toHaveLength(3); // "Catatan" of Budi is empty: left out
    expect(v.values[2]).toEqual([]);
    expect(v.values[3]).toEqual([expect.any(Number), '0123', true, 'x']);
    t.ws.sheets.userWrite(t.id, 'Kosong', 1, 1, [['']]);
    const [empty] = t.Sheets.Spreadsheets.Values.batchGet(t.id, { ranges: ['Kosong'] }).valueRanges;
    expect(empty.values).toBeUndefined();
    expect(empty.range).toBe('Kosong!A1:Z1000');
  });

  it('renders dates as serial numbers in the spreadsheet time zone (SERIAL_NUMBER, the default) or as shown (FORMATTED_STRING); FORMATTED_VALUE shows every value', () => {
    const t = setup();
    withLog(t);
    const get = (o: object) => t.Sheets.Spreadsheets.Values.batchGet(t.id, { ranges: ["'Log Surat Suara'!A2:C4"], ...o }).valueRanges[0].values;
    // 27 Nov 2026 09:15 WITA: 46353 days after 30 Dec 1899, plus 9.25 hours.
    const serial = get({ valueRenderOption: 'UNFORMATTED_VALUE' })[0][0];
    expect(serial).toBeCloseTo(46353 + 9.25 / 24, 9);
    expect(get({ valueRenderOption: 'UNFORMATTED_VALUE', dateTimeRenderOption: 'FORMATTED_STRING' })[0][0]).toBe('27/11/2026 09:15:00');
    expect(get({ valueRenderOption: 'UNFORMATTED_VALUE', dateTimeRenderOption: 'FORMATTED_STRING' })[2][0]).toBe('27/11/2026');
    expect(get({})[0]).toEqual(['27/11/2026 09:15:00', '1.98609E+17', 'Budi']);
    expect(get({})[2]).toEqual(['27/11/2026', '0123', 'TRUE']);
    // The same instant in a spreadsheet set to Jakarta time is an hour earlier on the wall clock.
    t.ws.sheets.setTimeZone(t.id, 'Asia/Jakarta');
    expect(get({ valueRenderOption: 'UNFORMATTED_VALUE' })[0][0]).toBeCloseTo(46353 + 8.25 / 24, 9);
  });

  it('FORMULA gives a formula as written; COLUMNS turns the values', () => {
    const t = setup();
    t.ws.sheets.userWrite(t.id, 'F', 1, 1, [[1, '=A1*2'], [3, '']]);
    const get = (o: object) => t.Sheets.Spreadsheets.Values.batchGet(t.id, { ranges: ['F'], ...o }).valueRanges[0].values;
    expect(get({ valueRenderOption: 'FORMULA' })).toEqual([[1, '=A1*2'], [3]]);
    expect(get({ valueRenderOption: 'UNFORMATTED_VALUE', majorDimension: 'COLUMNS' })).toEqual([[1, 3]]);
  });

  it('fails the whole call for a sheet that does not exist, and for an unknown spreadsheet or option', () => {
    const t = setup();
    withLog(t);
    expect(() => t.Sheets.Spreadsheets.Values.batchGet(t.id, { ranges: ["'Log Surat Suara'", "'Pegawai'"] })).toThrow(
      "API call to sheets.spreadsheets.values.batchGet failed with error: Unable to parse range: 'Pegawai'",
    );
    expect(() => t.Sheets.Spreadsheets.Values.batchGet('nope', { ranges: ['A1'] })).toThrow(/Requested entity was not found/);
    expect(() => t.Sheets.Spreadsheets.Values.batchGet(t.id, { ranges: ['A1'], valueRenderOption: 'RAW' })).toThrow(/Invalid value at 'value_render_option'/);
  });

  it('is one counted call whatever the number of ranges, carrying the cells it returns', () => {
    const t = setup();
    withLog(t);
    t.ws.kernel.resetCalls();
    t.Sheets.Spreadsheets.Values.batchGet(t.id, { ranges: ["'Log Surat Suara'", "'Log Surat Suara'!A1:B1"], valueRenderOption: 'UNFORMATTED_VALUE' });
    expect(t.ws.kernel.calls()).toEqual({ 'Sheets.Spreadsheets.Values.batchGet': 1 });
    expect(t.ws.kernel.cells().read).toBe(4 + 3 + 0 + 4 + 2);
  });

  it('needs a scope Google lists for it (drive or spreadsheets, not spreadsheets.currentonly) and an authorised execution', () => {
    const t = setup({ grantedScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'] });
    expect(() => t.Sheets.Spreadsheets.Values.batchGet(t.id, { ranges: ['A1'] })).toThrow(/insufficient authentication scopes/);
    const u = setup();
    expect(() => u.inExecution(() => u.Sheets.Spreadsheets.Values.batchGet(u.id, { ranges: ['A1'] }), 'simple-trigger')).toThrow(/You do not have permission to call Sheets\.Spreadsheets\.Values\.batchGet/);
  });

  it('exists only when the manifest enables it, and not when switched off', () => {
    expect(createWorkspace({ distDir: manifestDir([]) }).globals.Sheets).toBeUndefined();
    expect(createWorkspace({ distDir: manifestDir([SHEETS]), sheetsApi: false }).globals.Sheets).toBeUndefined();
    expect(createWorkspace({ distDir: manifestDir([SHEETS]) }).globals.Sheets).toBeDefined();
  });
});

describe('quotas (60 read and 60 write requests a minute per user)', () => {
  it('the 61st read of a minute fails with the 429 message; the next minute reads again', () => {
    const t = setup();
    withLog(t);
    t.ws.kernel.setNow(Date.UTC(2026, 11, 2, 1, 0, 0));
    for (let i = 0; i < 60; i += 1) t.Sheets.Spreadsheets.Values.batchGet(t.id, { ranges: ['A1'] });
    expect(() => t.Sheets.Spreadsheets.Values.batchGet(t.id, { ranges: ['A1'] })).toThrow(sheetsQuotaError('batchGet', 'Read'));
    t.ws.kernel.advance(60_000);
    expect(() => t.Sheets.Spreadsheets.Values.batchGet(t.id, { ranges: ['A1'] })).not.toThrow();
  });

  it('a limit of 0 refuses every read and write (the switch the fallback tests use)', () => {
    const t = setup({ sheetsApiQuota: { readsPerMinute: 0, writesPerMinute: 0 } });
    expect(() => t.Sheets.Spreadsheets.Values.batchGet(t.id, { ranges: ['A1'] })).toThrow(/Quota exceeded for quota metric 'Read requests'/);
    expect(() => t.Sheets.Spreadsheets.Values.batchUpdate({ valueInputOption: 'RAW', data: [{ range: 'A1', values: [[1]] }] }, t.id)).toThrow(/Quota exceeded for quota metric 'Write requests'/);
  });
});

describe('Sheets.Spreadsheets.Values.batchUpdate', () => {
  const snap = (t: ReturnType<typeof setup>, name: string) => t.ws.sheets.snapshot(t.id, name)!.values;

  it('RAW stores strings as given; USER_ENTERED parses them as typed; null leaves a cell, "" empties it', () => {
    const t = setup();
    t.ws.sheets.userWrite(t.id, 'S', 1, 1, [['keep', 'old']]);
    const res = t.Sheets.Spreadsheets.Values.batchUpdate(
      {
        valueInputOption: 'RAW',
        data: [
          { range: "'S'!A1:B1", values: [[null, '']] },
          { range: "'S'!A2:C2", values: [['0123', '=1+1', 5]] },
        ],
      },
      t.id,
    );
    expect(snap(t, 'S')).toEqual([['keep', '', ''], ['0123', '=1+1', 5]]);
    expect(res.totalUpdatedCells).toBe(4);
    expect(res.responses[1]).toMatchObject({ updatedRange: 'S!A2:C2', updatedRows: 1, updatedColumns: 3, updatedCells: 3 });
    t.Sheets.Spreadsheets.Values.batchUpdate({ valueInputOption: 'USER_ENTERED', data: [{ range: 'S!A3:C3', values: [['0123', 'true', '27/11/2026']] }] }, t.id);
    const row = snap(t, 'S')[2];
    expect(row[0]).toBe(123);
    expect(row[1]).toBe(true);
    expect(row[2]).toBeInstanceOf(Date);
  });

  it('refuses more values than the range holds, a range past the grid, a Date, a missing valueInputOption: and then writes nothing', () => {
    const t = setup();
    t.ws.sheets.userWrite(t.id, 'S', 1, 1, [['a']]);
    const upd = (data: object[], valueInputOption: unknown = 'RAW') => () => t.Sheets.Spreadsheets.Values.batchUpdate({ valueInputOption, data }, t.id);
    expect(upd([{ range: 'S!A2', values: [['x']] }, { range: 'S!A1:A1', values: [['y'], ['z']] }])).toThrow(/Requested writing within range \[S!A1:A1\], but tried writing to row \[2\]/);
    expect(upd([{ range: 'S!A1001:B1001', values: [['x']] }])).toThrow(/exceeds grid limits/);
    expect(upd([{ range: 'S!A2', values: [[new Date()]] }])).toThrow(/not a bool, string or number/);
    expect(() => t.Sheets.Spreadsheets.Values.batchUpdate({ data: [{ range: 'S!A2', values: [['x']] }] }, t.id)).toThrow(/'valueInputOption' is required/);
    expect(snap(t, 'S')).toEqual([['a']]);
  });

  it('respects protections as SpreadsheetApp does', () => {
    const t = setup();
    t.ws.sheets.userWrite(t.id, 'S', 1, 1, [['a']]);
    t.inExecution(() => t.SpreadsheetApp.getActive().getSheetByName('S').protect());
    const exec = t.ws.kernel.beginExecution('editor', undefined, 'orang@contoh.id');
    try {
      expect(() => t.Sheets.Spreadsheets.Values.batchUpdate({ valueInputOption: 'RAW', data: [{ range: 'S!A1', values: [['b']] }] }, t.id)).toThrow(/protected/i);
    } finally {
      t.ws.kernel.endExecution(exec);
    }
    expect(snap(t, 'S')).toEqual([['a']]);
  });
});

describe('SpreadsheetApp changes not yet flushed', () => {
  it('refuses an API read or write while the execution holds unflushed SpreadsheetApp changes (default); after flush() it sees them', () => {
    const t = setup();
    withLog(t);
    t.inExecution(() => {
      const sheet = t.SpreadsheetApp.getActive().getSheetByName('Log Surat Suara');
      // Reading with SpreadsheetApp changes nothing: the API may read.
      sheet.getSheetValues(1, 1, -1, -1);
      expect(() => t.Sheets.Spreadsheets.Values.batchGet(t.id, { ranges: ['A1'] })).not.toThrow();
      sheet.getRange(5, 1, 1, 2).setValues([['baru', 1]]);
      expect(() => t.Sheets.Spreadsheets.Values.batchGet(t.id, { ranges: ["'Log Surat Suara'"] })).toThrow(/not flushed yet.*SpreadsheetApp\.flush\(\)/);
      expect(() => t.Sheets.Spreadsheets.Values.batchUpdate({ valueInputOption: 'RAW', data: [{ range: 'A1', values: [[1]] }] }, t.id)).toThrow(/not flushed yet/);
      t.SpreadsheetApp.flush();
      const [v] = t.Sheets.Spreadsheets.Values.batchGet(t.id, { ranges: ["'Log Surat Suara'"], valueRenderOption: 'UNFORMATTED_VALUE' }).valueRanges;
      expect(v.values[4]).toEqual(['baru', 1]);
    });
  });

  it("'stale': a read sees the cells as at the last flush, not the pending changes", () => {
    const t = setup({ sheetsApiPending: 'stale' });
    withLog(t);
    t.inExecution(() => {
      t.SpreadsheetApp.getActive().getSheetByName('Log Surat Suara').getRange(5, 1, 1, 2).setValues([['baru', 1]]);
      const [v] = t.Sheets.Spreadsheets.Values.batchGet(t.id, { ranges: ["'Log Surat Suara'"], valueRenderOption: 'UNFORMATTED_VALUE' }).valueRanges;
      expect(v.values).toHaveLength(4);
      t.SpreadsheetApp.flush();
      expect(t.Sheets.Spreadsheets.Values.batchGet(t.id, { ranges: ["'Log Surat Suara'"] }).valueRanges[0].values).toHaveLength(5);
    });
  });

  it('the end of an execution applies its changes: the next execution reads them', () => {
    const t = setup();
    withLog(t);
    t.inExecution(() => t.SpreadsheetApp.getActive().getSheetByName('Log Surat Suara').getRange(5, 1).setValue('baru'));
    t.inExecution(() => expect(t.Sheets.Spreadsheets.Values.batchGet(t.id, { ranges: ["'Log Surat Suara'"] }).valueRanges[0].values).toHaveLength(5));
  });
});
