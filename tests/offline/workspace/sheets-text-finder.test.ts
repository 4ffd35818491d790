/** The in-memory TextFinder, as Google's reference documents it (sheets/text-finder.ts). */
import { describe, expect, it } from 'vitest';
import { createSpreadsheetApp, Kernel } from '../../../src/offline/workspace/index';
import type { TextFinderPending } from '../../../src/offline/workspace/sheets/text-finder';

function setup(textFinderPending?: TextFinderPending) {
  const kernel = new Kernel();
  const app = createSpreadsheetApp(kernel, { textFinderPending });
  const id = app.backdoor.createSpreadsheet('Rekap', { bound: true });
  const ss = app.SpreadsheetApp.getActive();
  const sheet = ss.insertSheet('Hasil Survei');
  app.backdoor.userWrite(id, 'Hasil Survei', 1, 1, [
    ['Id', 'Responden', 'Semester', 'Total'],
    ['r1', 'Ana Maria', '2026-S1', 12],
    ['r2', 'ana', '2026-S2', 7],
    ['r3', 'Budi', '2026-S1', 120],
    ['r4', 'José', '2026-S2', 1.5],
    ['r5', 'ANA', '2026-S1', ''],
  ]);
  const inExecution = <T>(fn: () => T): T => {
    const exec = kernel.beginExecution('trigger');
    try {
      return fn();
    } finally {
      kernel.endExecution(exec);
    }
  };
  return { kernel, app, id, ss, sheet, inExecution };
}

const where = (ranges: GoogleAppsScript.Spreadsheet.Range[]) => ranges.map((r) => r.getA1Notation());

describe('TextFinder: matching', () => {
  it('is case-insensitive and matches substrings by default; matchCase and matchEntireCell narrow it', () => {
    const { sheet } = setup();
    expect(where(sheet.createTextFinder('ana').findAll())).toEqual(['B2', 'B3', 'B6']);
    expect(where(sheet.createTextFinder('ana').matchCase(true).findAll())).toEqual(['B3']);
    expect(where(sheet.createTextFinder('ana').matchEntireCell(true).findAll())).toEqual(['B3', 'B6']);
    expect(where(sheet.createTextFinder('ANA').matchCase(true).matchEntireCell(true).findAll())).toEqual(['B6']);
    expect(sheet.createTextFinder('nobody').findAll()).toEqual([]);
  });

  it('matches the display value of numbers, row by row, and never an empty cell', () => {
    const { sheet } = setup();
    // 12 and 120 both show "12"; 1.5 shows "1.5"; the header row is searched too.
    expect(where(sheet.createTextFinder('12').findAll())).toEqual(['D2', 'D4']);
    expect(where(sheet.createTextFinder('12').matchEntireCell(true).findAll())).toEqual(['D2']);
    expect(where(sheet.createTextFinder('2026-S1').findAll())).toEqual(['C2', 'C4', 'C6']);
    expect(where(sheet.createTextFinder('.*').useRegularExpression(true).findAll())).toHaveLength(5 * 4 + 4 - 1);
  });

  it('a range finder searches only its range, in row order', () => {
    const { sheet } = setup();
    expect(where(sheet.getRange('B2:B6').createTextFinder('a').findAll())).toEqual(['B2', 'B3', 'B6']);
    expect(where(sheet.getRange(1, 2, 6, 2).createTextFinder('s').findAll())).toEqual(['B1', 'C1', 'C2', 'C3', 'C4', 'B5', 'C5', 'C6']);
    expect(sheet.getRange('A1:A6').createTextFinder('ana').findAll()).toEqual([]);
  });

  it('regular expressions, diacritics, and formula text', () => {
    const { id, app, sheet } = setup();
    expect(where(sheet.createTextFinder('^r[24]$').useRegularExpression(true).findAll())).toEqual(['A3', 'A5']);
    // Not a regular expression by default: the dot is a dot.
    expect(sheet.createTextFinder('r.').findAll()).toEqual([]);
    expect(where(sheet.createTextFinder('jose').findAll())).toEqual([]);
    expect(where(sheet.createTextFinder('jose').ignoreDiacritics(true).findAll())).toEqual(['B5']);
    expect(() => sheet.createTextFinder('(').useRegularExpression(true).findAll()).toThrow(/Invalid regular expression/);
    app.backdoor.userWrite(id, 'Hasil Survei', 8, 1, [['=SUM(D2:D4)']]);
    expect(sheet.createTextFinder('SUM').findAll()).toEqual([]);
    expect(where(sheet.createTextFinder('SUM').matchFormulaText(true).findAll())).toEqual(['A8']);
  });

  it('refuses an empty search text and a non-boolean option', () => {
    const { sheet } = setup();
    expect(() => sheet.createTextFinder('')).toThrow(/Invalid argument: findText/);
    expect(() => sheet.createTextFinder('a').matchCase('yes' as unknown as boolean)).toThrow(/don't match the method signature/);
  });

  it('a spreadsheet finder searches every sheet in tab order', () => {
    const { id, app, ss } = setup();
    app.backdoor.userWrite(id, 'Sheet1', 1, 1, [['ana di Sheet1']]);
    const found = ss.createTextFinder('ana').matchCase(true).findAll();
    expect(found.map((r) => `${r.getSheet().getName()}!${r.getA1Notation()}`)).toEqual(['Sheet1!A1', 'Hasil Survei!B3']);
  });
});

describe('TextFinder: walking the matches', () => {
  it('findNext walks in order and answers null at the end, for good; getCurrentMatch follows', () => {
    const { sheet } = setup();
    const f = sheet.createTextFinder('ana');
    expect(f.getCurrentMatch()).toBeNull();
    expect(f.findNext()?.getA1Notation()).toBe('B2');
    expect(f.getCurrentMatch()?.getA1Notation()).toBe('B2');
    expect(f.findNext()?.getA1Notation()).toBe('B3');
    expect(f.findNext()?.getA1Notation()).toBe('B6');
    expect(f.findNext()).toBeNull();
    expect(f.getCurrentMatch()).toBeNull();
    expect(f.findNext()).toBeNull();
    expect(f.findPrevious()?.getA1Notation()).toBe('B3');
  });

  it('findPrevious walks back; null before the first', () => {
    const { sheet } = setup();
    const f = sheet.createTextFinder('ana');
    expect(f.findPrevious()).toBeNull();
    f.findNext();
    f.findNext();
    expect(f.findPrevious()?.getA1Notation()).toBe('B2');
    expect(f.findPrevious()).toBeNull();
  });

  it('startFrom starts immediately after the given cell; findAll ignores it', () => {
    const { sheet } = setup();
    const f = sheet.createTextFinder('ana').startFrom(sheet.getRange('B3'));
    expect(f.findNext()?.getA1Notation()).toBe('B6');
    expect(where(f.findAll())).toEqual(['B2', 'B3', 'B6']);
    expect(sheet.createTextFinder('ana').startFrom(sheet.getRange('C2')).findNext()?.getA1Notation()).toBe('B3');
    expect(sheet.createTextFinder('ana').startFrom(sheet.getRange('B6')).findNext()).toBeNull();
  });

  it('sees a cell changed after the finder was made', () => {
    const { id, app, sheet } = setup();
    const f = sheet.createTextFinder('citra');
    expect(f.findNext()).toBeNull();
    app.backdoor.userWrite(id, 'Hasil Survei', 9, 2, [['Citra']]);
    expect(f.findNext()?.getA1Notation()).toBe('B9');
  });
});

describe('TextFinder: replacing', () => {
  it('replaceAllWith replaces in every matching cell and counts the cells; replaceWith only the current match', () => {
    const { sheet } = setup();
    expect(sheet.getRange('C2:C6').createTextFinder('2026').replaceAllWith('2027')).toBe(5);
    expect(sheet.getRange('C2:C6').getValues().flat()).toEqual(['2027-S1', '2027-S2', '2027-S1', '2027-S2', '2027-S1']);
    const f = sheet.createTextFinder('ana').matchEntireCell(true);
    expect(f.replaceWith('x')).toBe(0);
    f.findNext();
    expect(f.replaceWith('Ana Z')).toBe(1);
    expect(sheet.getRange('B3').getValue()).toBe('Ana Z');
    expect(sheet.getRange('B6').getValue()).toBe('ANA');
  });

  it('a replaced number is parsed as typed; regex groups work in the replacement', () => {
    const { sheet } = setup();
    expect(sheet.getRange('D2').createTextFinder('12').matchEntireCell(true).replaceAllWith('13')).toBe(1);
    expect(sheet.getRange('D2').getValue()).toBe(13);
    expect(sheet.getRange('A2:A3').createTextFinder('r(\\d)').useRegularExpression(true).replaceAllWith('R-$1')).toBe(2);
    expect(sheet.getRange('A2:A3').getValues().flat()).toEqual(['R-1', 'R-2']);
  });
});

describe('TextFinder: counted calls and unflushed writes', () => {
  it('every call is counted as SpreadsheetApp.TextFinder.<method>, with no cells transferred', () => {
    const { kernel, sheet } = setup();
    kernel.resetCalls();
    const f = sheet.getRange('B1:B6').createTextFinder('ana').matchEntireCell(true);
    f.findAll();
    f.findNext();
    const calls = kernel.calls();
    expect(calls['SpreadsheetApp.Range.createTextFinder']).toBe(1);
    expect(calls['SpreadsheetApp.TextFinder.matchEntireCell']).toBe(1);
    expect(calls['SpreadsheetApp.TextFinder.findAll']).toBe(1);
    expect(calls['SpreadsheetApp.TextFinder.findNext']).toBe(1);
    expect(kernel.cells()).toEqual({ read: 0, write: 0 });
  });

  it("'sees' (default): a value written in the same execution is found before flush; 'stale': only after flush", () => {
    for (const mode of ['sees', 'stale'] as const) {
      const { app, sheet, inExecution } = setup(mode);
      inExecution(() => {
        sheet.getRange(7, 2).setValue('Dewi');
        const before = sheet.createTextFinder('Dewi').findAll();
        expect(where(before)).toEqual(mode === 'sees' ? ['B7'] : []);
        app.SpreadsheetApp.flush();
        expect(where(sheet.createTextFinder('Dewi').findAll())).toEqual(['B7']);
      });
    }
  });
});

describe('TextFinder: the whole-cell literal shortcut finds what the regular expression finds', () => {
  it('property: "^(?:a|b)$" over texts, numbers, dates, booleans and formats equals the same expression written so the shortcut cannot apply', async () => {
    const fc = (await import('fast-check')).default;
    const cell = fc.oneof(
      fc.constantFrom('ana@x.id', 'ANA@x.id', 'ana@x.idd', '2_AB', '12', 'TRUE', 'Ánà@x.id', ''),
      fc.integer({ min: -5, max: 20 }),
      fc.constantFrom(1.5, 1e21, true, false),
      fc.date({ min: new Date(Date.UTC(2026, 0, 1)), max: new Date(Date.UTC(2027, 0, 1)), noInvalidDate: true }),
    );
    const literal = fc.constantFrom('ana@x.id', '2_AB', '12', 'true', '1.5', 'ana@x\\.id');
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }), fc.array(literal, { minLength: 1, maxLength: 3 }), fc.boolean(), fc.constantFrom('', '@', '0.00', 'dd/mm/yyyy hh.mm', 'dd MMM yyyy'), (rows, lits, matchCase, format) => {
        const { id, app, sheet } = setup();
        const width = Math.max(...rows.map((r) => r.length));
        app.backdoor.userWrite(id, 'Hasil Survei', 10, 1, rows.map((r) => [...r, ...new Array(width - r.length).fill('')]) as never);
        if (format !== '') sheet.getRange(10, 1, rows.length, width).setNumberFormat(format);
        const escaped = lits.map((l) => (l.includes('\\') ? l : l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
        const shortcut = sheet.createTextFinder(`^(?:${escaped.join('|')})$`).useRegularExpression(true).matchCase(matchCase).findAll();
        const plain = sheet.createTextFinder(`^(?:${escaped.map((l) => `(?:${l})`).join('|')})$`).useRegularExpression(true).matchCase(matchCase).findAll();
        expect(where(shortcut)).toEqual(where(plain));
      }),
      { numRuns: 150 },
    );
  });
});
