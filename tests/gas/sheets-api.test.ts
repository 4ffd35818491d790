/**
 * gas/sheets-api readWholeSheets against gas/sheets sheetValues, over the in-memory Workspace:
 * whatever the sheets hold (text, numbers, booleans, dates and date-times typed or written as
 * Dates, blanks inside and around), the API's rows are the same values, Dates included; and
 * wherever it cannot be sure it gives null (the caller reads through SpreadsheetApp).
 */
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readWholeSheets, sheetsApiOutcome } from '../../src/gas/sheets-api';
import { sheetValues } from '../../src/gas/sheets';
import { createWorkspace, type WorkspaceOptions } from '../../src/offline/workspace/index';

/* eslint-disable @typescript-eslint/no-explicit-any */
function manifestDir(withSheets: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
  const services = withSheets ? [{ userSymbol: 'Sheets', serviceId: 'sheets', version: 'v4' }] : [];
  writeFileSync(join(dir, 'appsscript.json'), JSON.stringify({ dependencies: { enabledAdvancedServices: services }, oauthScopes: ['https://www.googleapis.com/auth/drive'] }));
  return dir;
}
const WITH = manifestDir(true);
const WITHOUT = manifestDir(false);

/** A workspace whose services are this test's globals, inside one editor execution. */
function world(options: WorkspaceOptions = {}, withSheets = true) {
  const ws = createWorkspace({ distDir: withSheets ? WITH : WITHOUT, ...options });
  for (const [k, v] of Object.entries(ws.globals)) vi.stubGlobal(k, v);
  if (!withSheets) vi.stubGlobal('Sheets', undefined);
  const exec = ws.kernel.beginExecution('editor');
  const ss = (ws.globals.SpreadsheetApp as any).getActive() as GoogleAppsScript.Spreadsheet.Spreadsheet;
  return { ws, ss, end: () => ws.kernel.endExecution(exec) };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

/** What a cell may hold: typed text (parsed as typed: numbers, dates, booleans), '' blanks, Dates written by a script. */
const typed = fc.oneof(
  fc.constant(''),
  fc.constant(''),
  fc.string({ maxLength: 6 }),
  fc.integer({ min: -1000, max: 1_000_000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constantFrom('0123', "'0123", 'TRUE', '27/11/2026', '2026-11-27 09:15', '27/11/2026 23:59:59', '198609262015051234', '1,5', '50%'),
  fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }),
);
const block = fc.array(fc.array(typed, { minLength: 0, maxLength: 5 }), { minLength: 0, maxLength: 6 });

/** Rows without their trailing empty cells and trailing empty rows, padded to one width. */
function trimmed(rows: unknown[][]): unknown[][] {
  const cut = rows.map((r) => {
    let n = r.length;
    while (n > 0 && r[n - 1] === '') n -= 1;
    return r.slice(0, n);
  });
  while (cut.length > 0 && cut[cut.length - 1].length === 0) cut.pop();
  const width = cut.reduce((w, r) => Math.max(w, r.length), 0);
  return cut.map((r) => [...r, ...new Array<unknown>(width - r.length).fill('')]);
}

describe('readWholeSheets gives what sheetValues gives', () => {
  it('but for a formula showing nothing at the edge: the API leaves it out, SpreadsheetApp counts it', () => {
    const t = world();
    try {
      const sheet = t.ss.insertSheet('Rumus');
      sheet.getRange(1, 1, 1, 2).setValues([['Nama', 'Ada']]);
      sheet.getRange(3, 3).setValues([['= ']]);
      expect(sheetValues(t.ss.getSheetByName('Rumus')!)).toEqual([['Nama', 'Ada', ''], ['', '', ''], ['', '', '']]);
      expect(readWholeSheets(t.ss, ['Rumus'])).toEqual([[['Nama', 'Ada']]]);
    } finally {
      t.end();
      vi.unstubAllGlobals();
    }
  });

  it('for any blocks of values in several sheets, dates and numbers included (property)', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 3 }), fc.constantFrom('Asia/Makassar', 'Asia/Jakarta', 'Asia/Jayapura', 'UTC'), (blocks, zone) => {
        const t = world();
        try {
          t.ws.sheets.setTimeZone(t.ws.spreadsheetId, zone);
          const names = blocks.map((_, i) => (i === 1 ? "Log 'Surat' Suara" : `Lembar ${i}`));
          blocks.forEach((rows, i) => {
            const sheet = t.ss.insertSheet(names[i]);
            rows.forEach((r, ri) => {
              if (r.length > 0) sheet.getRange(ri + 2, 2, 1, r.length).setValues([r]);
            });
          });
          const expected = names.map((n) => sheetValues(t.ss.getSheetByName(n)!));
          const got = readWholeSheets(t.ss, names);
          expect(sheetsApiOutcome()).toEqual({ read: 'api' });
          // Equal up to trailing empty cells: a typed "=…" is a formula, which may show nothing
          // (the next test, and the file comment of gas/sheets-api).
          expect(got?.map(trimmed)).toEqual(expected.map(trimmed));
        } finally {
          t.end();
          vi.unstubAllGlobals();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('costs a flush, getId, and one batchGet (two when a sheet holds numbers), and the time zone only for a date', () => {
    const t = world();
    t.ws.sheets.userWrite(t.ws.spreadsheetId, 'A', 1, 1, [['x', 'y']]);
    t.ws.sheets.userWrite(t.ws.spreadsheetId, 'B', 1, 1, [['a', 'b']]);
    t.ws.kernel.resetCalls();
    readWholeSheets(t.ss, ['A', 'B']);
    expect(t.ws.kernel.calls()).toEqual({ 'SpreadsheetApp.flush': 1, 'SpreadsheetApp.Spreadsheet.getId': 1, 'Sheets.Spreadsheets.Values.batchGet': 1 });
    t.ws.sheets.userWrite(t.ws.spreadsheetId, 'B', 2, 1, [[1, '27/11/2026']]);
    t.ws.kernel.resetCalls();
    const [, b] = readWholeSheets(t.ss, ['A', 'B'])!;
    expect(b[1][1]).toBeInstanceOf(Date);
    expect(t.ws.kernel.totalCalls('Sheets')).toBe(2);
    expect(t.ws.kernel.calls()['SpreadsheetApp.Spreadsheet.getSpreadsheetTimeZone']).toBe(1);
    t.end();
  });

  it('flushes first, so SpreadsheetApp changes of the execution are read (under either pending behaviour)', () => {
    for (const pending of ['refuse', 'stale'] as const) {
      const t = world({ sheetsApiPending: pending });
      t.ws.sheets.userWrite(t.ws.spreadsheetId, 'A', 1, 1, [['x']]);
      t.ss.getSheetByName('A')!.getRange(2, 1).setValue('baru');
      expect(readWholeSheets(t.ss, ['A'])).toEqual([[['x'], ['baru']]]);
      t.end();
      vi.unstubAllGlobals();
    }
  });
});

describe('readWholeSheets gives null when it cannot be sure (the caller reads through SpreadsheetApp)', () => {
  it('the service not enabled', () => {
    const t = world({}, false);
    expect(readWholeSheets(t.ss, ['Sheet1'])).toBeNull();
    expect(sheetsApiOutcome()).toMatchObject({ read: 'fallback', reason: 'absent' });
    t.end();
  });

  it('the per-minute quota spent (HTTP 429)', () => {
    const t = world({ sheetsApiQuota: { readsPerMinute: 0 } });
    expect(readWholeSheets(t.ss, ['Sheet1'])).toBeNull();
    expect(sheetsApiOutcome()).toMatchObject({ read: 'fallback', reason: 'quota' });
    t.end();
  });

  it('a sheet missing by that name', () => {
    const t = world();
    expect(readWholeSheets(t.ss, ['Sheet1', 'Pegawai'])).toBeNull();
    expect(sheetsApiOutcome()).toMatchObject({ read: 'fallback', reason: 'failed', detail: expect.stringMatching(/Unable to parse range/) });
    t.end();
  });

  it('a date in a zone with daylight saving, or a time of day (1899)', () => {
    const t = world();
    t.ws.sheets.setTimeZone(t.ws.spreadsheetId, 'Europe/Amsterdam');
    t.ws.sheets.userWrite(t.ws.spreadsheetId, 'A', 1, 1, [['27/11/2026']]);
    expect(readWholeSheets(t.ss, ['A'])).toBeNull();
    expect(sheetsApiOutcome()).toMatchObject({ read: 'fallback', reason: 'unsure' });
    t.ws.sheets.setTimeZone(t.ws.spreadsheetId, 'Asia/Makassar');
    t.ss.getSheetByName('A')!.getRange(2, 1).setValue(new Date(Date.UTC(1899, 11, 30, 1, 0, 0)));
    expect(readWholeSheets(t.ss, ['A'])).toBeNull();
    t.end();
  });

  it('the second read disagreeing with the first (someone typed between them)', () => {
    const t = world();
    t.ws.sheets.userWrite(t.ws.spreadsheetId, 'A', 1, 1, [[5]]);
    let n = 0;
    t.ws.kernel.onCall = (service, member) => {
      if (member === 'Spreadsheets.Values.batchGet' && ++n === 2) t.ws.sheets.userWrite(t.ws.spreadsheetId, 'A', 1, 1, [[6]]);
    };
    expect(readWholeSheets(t.ss, ['A'])).toBeNull();
    t.ws.kernel.onCall = null;
    t.end();
  });
});
