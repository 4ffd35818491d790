import { describe, expect, it } from 'vitest';
import { a1, displayValue, generalNumber, parseA1, parseInput } from '../../../src/offline/workspace/index';

const mk = (ms: number) => new Date(ms);
const wita = (iso: string) => new Date(`${iso}+08:00`);

describe('parseInput (what Sheets stores for a script write)', () => {
  it.each<[string, unknown, string, unknown, string]>([
    // raw, cell format, expected value, expected formula
    ['formula', '=SUM(A1:A3)', '', '', '=SUM(A1:A3)'],
    ['formula kept as text in a plain-text cell', '=SUM(A1:A3)', '@', '=SUM(A1:A3)', ''],
    ['apostrophe keeps text', "'0123", '', '0123', ''],
    ['apostrophe before =', "'=1+1", '', '=1+1', ''],
    ['leading zeros lost', '0123', '', 123, ''],
    ['plain-text cell keeps zeros', '0123', '@', '0123', ''],
    ['quote prefix is consumed in a plain-text cell too', "'0123", '@', '0123', ''],
    ['18-digit NIP rounds like a double', '198609262015051001', '', 198609262015051000, ''],
    ['NIP written as text survives', "'198609262015051001", '', '198609262015051001', ''],
    ['thousands separators', '1,234,567', '', 1234567, ''],
    ['comma decimal stays text', '1,5', '', '1,5', ''],
    ['decimal point', '3.25', '', 3.25, ''],
    ['plus sign', '+62', '', 62, ''],
    ['percent', '50%', '', 0.5, ''],
    ['TRUE', 'TRUE', '', true, ''],
    ['false any case', 'false', '', false, ''],
    ['words', 'Kepala Seksi', '', 'Kepala Seksi', ''],
    ['lone =', '=', '', '=', ''],
    ['null', null, '', '', ''],
    ['undefined', undefined, '', '', ''],
    ['number as given', 42, '@', 42, ''],
    ['boolean as given', true, '', true, ''],
  ])('%s', (_label, raw, format, value, formula) => {
    const p = parseInput(raw, format, mk);
    expect(p.value).toEqual(value);
    expect(p.formula).toBe(formula);
  });

  it.each([
    ['2026-11-27', '2026-11-27T00:00:00'],
    ['27/11/2026', '2026-11-27T00:00:00'],
    ['2026-11-27 13:45', '2026-11-27T13:45:00'],
    ['27/11/2026 08:05:09', '2026-11-27T08:05:09'],
  ])('date string %s becomes a Date at that WITA time', (raw, wall) => {
    const p = parseInput(raw, '', mk);
    expect(Object.prototype.toString.call(p.value)).toBe('[object Date]');
    expect((p.value as Date).getTime()).toBe(wita(wall).getTime());
  });

  it.each(['31/02/2026', '2026-13-01', '11/27/2026'])('impossible date %s stays text', (raw) => {
    expect(parseInput(raw, '', mk).value).toBe(raw);
  });
});

describe('displayValue (getDisplayValues)', () => {
  it.each<[unknown, string, string]>([
    [1234.5, '', '1234.5'],
    [1234.5, '0', '1235'],
    [1234.5, '0.0', '1234.5'],
    [2, '0.00', '2.00'],
    [1234567.891, '#,##0', '1,234,568'],
    [0.256, '0%', '26%'],
    [0.256, '0.0%', '25.6%'],
    [42, '@', '42'],
    [198609262015051000, '', '1.98609E+17'],
    [0.1 + 0.2, '', '0.3'],
    [true, '', 'TRUE'],
    [false, '', 'FALSE'],
    ['teks', '0.00', 'teks'],
    ['', '0', ''],
  ])('%s with format %j shows %j', (value, format, shown) => {
    expect(displayValue(value as never, format)).toBe(shown);
  });

  it.each([
    ['dd/MM/yyyy', '27/11/2026'],
    ['yyyy-MM-dd HH:mm:ss', '2026-11-27 09:05:07'],
    ['dd/MM/yyyy HH:mm', '27/11/2026 09:05'],
    ['', '27/11/2026 09:05:07'],
    // Sheets' own tokens: mm is the month unless it follows an hour or precedes a second.
    ['dd/mm/yyyy', '27/11/2026'],
    ['dd/mm/yyyy hh.mm', '27/11/2026 09.05'],
    ['dd/mm/yyyy hh:mm:ss', '27/11/2026 09:05:07'],
    ['mm:ss', '05:07'],
    ['d/m/yy', '27/11/26'],
  ])('a Date with format %j shows %j in WITA', (format, shown) => {
    expect(displayValue(new Date('2026-11-27T01:05:07Z'), format)).toBe(shown);
  });

  it('hh is the 24-hour clock unless the pattern has an AM/PM indicator', () => {
    const afternoon = new Date('2026-11-27T07:30:00Z'); // 15.30 WITA
    expect(displayValue(afternoon, 'dd/mm/yyyy hh.mm')).toBe('27/11/2026 15.30');
    expect(displayValue(afternoon, 'h:mm am/pm')).toBe('3:30 PM');
    expect(displayValue(afternoon, 'hh:mm a/p')).toBe('03:30 P');
  });

  it('shows a date serial number with a date format', () => {
    expect(displayValue(46353, 'dd/MM/yyyy')).toBe('27/11/2026');
  });

  it('general numbers switch to scientific notation from 15 digits', () => {
    expect(generalNumber(123456789012345)).toBe('123456789012345');
    expect(generalNumber(1234567890123456)).toBe('1.23457E+15');
  });
});

describe('A1 notation', () => {
  it.each<[string, number, number, number, number, string]>([
    ['B2', 2, 2, 1, 1, ''],
    ['A1:C3', 1, 1, 3, 3, ''],
    ['C3:A1', 1, 1, 3, 3, ''],
    ['A:B', 1, 1, 1000, 2, ''],
    ['2:4', 2, 1, 3, 26, ''],
    ["'Rekap Penjaringan'!AA10", 10, 27, 1, 1, 'Rekap Penjaringan'],
  ])('%s', (text, row, column, numRows, numColumns, sheetName) => {
    expect(parseA1(text, 1000, 26)).toEqual({ sheetName, rect: { row, column, numRows, numColumns } });
  });

  it.each(['', 'A', '1', 'A1:B2:C3', 'hello world'])('%j is not a range', (text) => {
    expect(parseA1(text, 1000, 26)).toBeNull();
  });

  it('writes A1 notation for cells and blocks', () => {
    expect(a1(1, 1)).toBe('A1');
    expect(a1(2, 27, 3, 2)).toBe('AA2:AB4');
  });
});
