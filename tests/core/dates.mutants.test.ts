/**
 * Date cases the mutation run of `dates.ts` showed untested (docs/mutation.md): the bounds of the
 * clock and of the years read (D3), every zone a timestamp may carry, the two-digit padding of what
 * sheets show, and the examples R5 names when a column's day/month order is unclear.
 */
import { describe, expect, it } from 'vitest';
import { columnFieldOrder, formatTanggalWaktu, formatWaktuLembar, hariTanggal, isoDate, KUPANG_TIME_ZONE, parseDateInOrder, parseDateInput } from '../../src/core/dates';

const utc = (iso: string) => Date.parse(iso);

describe('formatting: two digits where sheets show two (D3)', () => {
  it.each([
    ['2026-01-31T16:00:00Z', '01/02/2026 00.00', '2026-02-01', '1 Februari 2026 00.00 WITA'],
    ['2026-10-09T02:10:00Z', '09/10/2026 10.10', '2026-10-09', '9 Oktober 2026 10.10 WITA'],
    ['2026-12-09T15:09:00Z', '09/12/2026 23.09', '2026-12-09', '9 Desember 2026 23.09 WITA'],
  ])('%s', (instant, lembar, iso, waktu) => {
    expect(formatWaktuLembar(utc(instant))).toBe(lembar);
    expect(isoDate(utc(instant))).toBe(iso);
    expect(formatTanggalWaktu(utc(instant))).toBe(waktu);
  });

  it('names every day of a week in Kupang', () => {
    const days = [0, 1, 2, 3, 4, 5, 6].map((i) => hariTanggal(utc('2026-11-28T16:00:00Z') + i * 86_400_000).split(',')[0]);
    expect(days).toEqual(['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu']);
  });

  it('the zone of the spreadsheet and the script is Kupang\'s', () => {
    expect(KUPANG_TIME_ZONE).toBe('Asia/Makassar');
  });
});

describe('parseDateInput: zones (D3)', () => {
  it.each([
    ['2026-11-27 09:15 WITA', '2026-11-27T01:15:00Z'],
    ['2026-11-27 09:15 wita', '2026-11-27T01:15:00Z'],
    ['2026-11-27 09:15 WIT', '2026-11-27T00:15:00Z'],
    ['2026-11-27 09:15 WIB', '2026-11-27T02:15:00Z'],
    ['2026-11-27 09:15 UTC', '2026-11-27T09:15:00Z'],
    ['2026-11-27 09:15 GMT', '2026-11-27T09:15:00Z'],
    ['2026-11-27 09:15Z', '2026-11-27T09:15:00Z'],
    ['2026-11-27 09:15 UTC+8', '2026-11-27T01:15:00Z'],
    ['2026-11-27 09:15 GMT +8', '2026-11-27T01:15:00Z'],
    ['2026-11-27 09:15 GMT-10', '2026-11-27T19:15:00Z'],
    ['2026-11-27 09:15 GMT+14', '2026-11-26T19:15:00Z'],
    ['2026-11-27 09:15 GMT+5:59', '2026-11-27T03:16:00Z'],
    ['2026-11-27T09:15:00-0930', '2026-11-27T18:45:00Z'],
  ])('%j', (text, iso) => {
    expect(parseDateInput(text)).toBe(utc(iso));
  });

  it.each(['2026-11-27 09:15 GMT+15', '2026-11-27 09:15 GMT+5:60', '2026-11-27 09:15 WITE', '2026-11-27 09:15 +8'])(
    'rejects %j',
    (text) => {
      expect(parseDateInput(text)).toBeNull();
    },
  );
});

describe('parseDateInput: the clock (D3)', () => {
  it.each([
    ['20/11/2026 23:59:59', '2026-11-20T15:59:59Z'],
    ['20/11/2026 00:00', '2026-11-19T16:00:00Z'],
    ['20/11/2026 0.00', '2026-11-19T16:00:00Z'],
    ['20/11/2026 9:15:02.5', '2026-11-20T01:15:02.500Z'],
    ['20/11/2026 9:15:02,25', '2026-11-20T01:15:02.250Z'],
    ['20/11/2026 9:15:02.125', '2026-11-20T01:15:02.125Z'],
    ['20/11/2026 9.15.02', '2026-11-20T01:15:02Z'],
    ['20/11/2026 12:00 AM', '2026-11-19T16:00:00Z'],
    ['20/11/2026 12:00 PM', '2026-11-20T04:00:00Z'],
    ['20/11/2026 1:00 PM', '2026-11-20T05:00:00Z'],
    ['20/11/2026 11:00 pm', '2026-11-20T15:00:00Z'],
    ['20/11/2026 11:00 P.M.', '2026-11-20T15:00:00Z'],
    ['20/11/2026 11:00 a.m.', '2026-11-20T03:00:00Z'],
    ['20/11/2026 11:00AM', '2026-11-20T03:00:00Z'],
    ['20/11/2026 11:00:59 AM', '2026-11-20T03:00:59Z'],
  ])('%j', (text, iso) => {
    expect(parseDateInput(text)).toBe(utc(iso));
  });

  it.each([
    '20/11/2026 24:00',
    '20/11/2026 0:00 AM',
    '20/11/2026 13:00 AM',
    '20/11/2026 9:60',
    '20/11/2026 9:15:60',
    '20/11/2026 9',
    '20/11/2026 9:5',
    '20/11/2026 123:00',
    '20/11/2026 9:15:02.1234',
    '20/11/2026 pagi',
  ])('rejects %j', (text) => {
    expect(parseDateInput(text)).toBeNull();
  });
});

describe('parseDateInput: the calendar (D3)', () => {
  it.each([
    ['1900-01-01', '1899-12-31T16:00:00Z'],
    ['2200-12-31', '2200-12-30T16:00:00Z'],
    ['29/02/2028', '2028-02-28T16:00:00Z'],
    ['31/12/2026', '2026-12-30T16:00:00Z'],
    ['1/1/2026', '2025-12-31T16:00:00Z'],
    ['2026-1-5', '2026-01-04T16:00:00Z'],
    ['jumat, 27 November 2026', '2026-11-26T16:00:00Z'],
    ['Jumat 27 November 2026', '2026-11-26T16:00:00Z'],
    ['27 Nov. 2026', '2026-11-26T16:00:00Z'],
    ['27 NOVEMBER 2026, 09.05', '2026-11-27T01:05:00Z'],
    ['27 November 2026 9:05 PM', '2026-11-27T13:05:00Z'],
    ['1 Mei 2026', '2026-04-30T16:00:00Z'],
    ['31 Desember 2026', '2026-12-30T16:00:00Z'],
  ])('%j', (text, iso) => {
    expect(parseDateInput(text)).toBe(utc(iso));
  });

  it.each([
    '1899-12-31',
    '2201-01-01',
    '00/11/2026',
    '20/00/2026',
    '20/13/2026',
    '2026-12-32',
    '0 November 2026',
    '32 November 2026',
    'Jumat,, 27 November 2026',
    '27 November 2026 kemarin',
    '2026/11/20/',
    '2026/11-20',
    '120/11/2026',
    '20/11/20261',
    '2026x11x20',
  ])('rejects %j', (text) => {
    expect(parseDateInput(text)).toBeNull();
  });

  it('is null for anything but a text', () => {
    expect(parseDateInput(45000 as unknown as string)).toBeNull();
    expect(parseDateInput(null as unknown as string)).toBeNull();
    expect(parseDateInOrder(45000 as unknown as string, 'month-day')).toBeNull();
  });
});

describe('columnFieldOrder: what R5 shows the team', () => {
  it('names the first value of each kind, trimmed', () => {
    expect(columnFieldOrder(['  13/2/2026 9:00 ', '14/2/2026', ' 2/14/2026 ', '3/15/2026'])).toEqual({ kind: 'contradictory', dayFirst: '13/2/2026 9:00', monthFirst: '2/14/2026' });
    expect(columnFieldOrder(['x', ' 4/2/2026 9:00 ', '5/3/2026'])).toEqual({ kind: 'undecided', example: '4/2/2026 9:00' });
  });

  it('a field of 12 is a month either way; a value with both fields above 12 decides nothing', () => {
    expect(columnFieldOrder(['12/11/2026'])).toEqual({ kind: 'undecided', example: '12/11/2026' });
    expect(columnFieldOrder(['13/12/2026'])).toEqual({ kind: 'decided', order: 'day-month' });
    expect(columnFieldOrder(['12/13/2026'])).toEqual({ kind: 'decided', order: 'month-day' });
    expect(columnFieldOrder(['13/13/2026', '14/14/2026'])).toEqual({ kind: 'none' });
    expect(columnFieldOrder([])).toEqual({ kind: 'none' });
  });

  it('reads only values whose year ends the date', () => {
    expect(columnFieldOrder(['4/2/20261', '4/2/2026x'])).toEqual({ kind: 'none' });
    expect(columnFieldOrder(['4.2.2026', '4-2-2026'])).toEqual({ kind: 'undecided', example: '4.2.2026' });
    expect(columnFieldOrder(['4/2-2026'])).toEqual({ kind: 'none' });
  });
});

describe('parseDateInOrder (R5)', () => {
  it('swaps the two fields, whatever their separator and the spaces around', () => {
    expect(parseDateInOrder('  4/13/2026 9:15:02  ', 'month-day')).toBe(parseDateInput('13/4/2026 9:15:02'));
    expect(parseDateInOrder('4.13.2026', 'month-day')).toBe(parseDateInput('13.4.2026'));
    expect(parseDateInOrder('4-13-2026 21.00', 'month-day')).toBe(utc('2026-04-13T13:00:00Z'));
    expect(parseDateInOrder('13/4/2026', 'month-day')).toBeNull();
  });
});
