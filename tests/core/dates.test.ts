import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  BULAN,
  columnFieldOrder,
  parseDateInOrder,
  HARI,
  formatTanggal,
  formatTanggalWaktu,
  formatWaktuLembar,
  hariTanggal,
  isoDate,
  parseDateInput,
  witaParts,
  witaToMs,
} from '../../src/core/dates';

const utc = (iso: string) => Date.parse(iso);

describe('formatting in WITA (UTC+8)', () => {
  it.each([
    ['2026-11-26T16:30:00Z', '27 November 2026', '2026-11-27'],
    ['2026-11-26T15:59:59Z', '26 November 2026', '2026-11-26'],
    ['2026-11-26T16:00:00Z', '27 November 2026', '2026-11-27'],
    ['2026-12-31T16:00:00Z', '1 Januari 2027', '2027-01-01'],
    ['2026-12-31T15:59:59Z', '31 Desember 2026', '2026-12-31'],
    ['2028-02-28T16:00:00Z', '29 Februari 2028', '2028-02-29'],
  ])('%s → %s', (instant, tanggal, iso) => {
    expect(formatTanggal(utc(instant))).toBe(tanggal);
    expect(isoDate(utc(instant))).toBe(iso);
  });

  it('formats the time with a dot and WITA', () => {
    expect(formatTanggalWaktu(utc('2026-11-27T01:05:00Z'))).toBe('27 November 2026 09.05 WITA');
    expect(formatTanggalWaktu(utc('2026-11-26T16:30:00Z'))).toBe('27 November 2026 00.30 WITA');
    // In sheets: one format for timestamps, the day first, in Kupang time.
    expect(formatWaktuLembar(utc('2026-11-27T01:15:00Z'))).toBe('27/11/2026 09.15');
    expect(formatWaktuLembar(utc('2026-11-26T16:30:00Z'))).toBe('27/11/2026 00.30');
  });

  it('names the day in Kupang, not in UTC', () => {
    expect(hariTanggal(utc('2026-11-26T16:30:00Z'))).toBe('Jumat, 27 November 2026');
    expect(hariTanggal(utc('2026-11-26T15:30:00Z'))).toBe('Kamis, 26 November 2026');
  });

  it('has the Indonesian month and day names', () => {
    expect(BULAN).toHaveLength(12);
    expect(BULAN[1]).toBe('Februari');
    expect(BULAN[7]).toBe('Agustus');
    expect(HARI).toEqual(['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu']);
  });

  it('witaParts and witaToMs are inverse', () => {
    expect(witaParts(utc('2026-11-26T16:30:05Z'))).toEqual({ year: 2026, month: 11, day: 27, hour: 0, minute: 30, second: 5, weekday: 5 });
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1) / 1000, max: Date.UTC(2100, 0, 1) / 1000 }), (s) => {
        const ms = s * 1000;
        const p = witaParts(ms);
        expect(witaToMs(p.year, p.month, p.day, p.hour, p.minute, p.second)).toBe(ms);
      }),
    );
  });
});

describe('parseDateInput', () => {
  it.each([
    // Google Forms export, any GMT offset
    ['2026/11/20 9:15:02 AM GMT+8', '2026-11-20T01:15:02Z'],
    ['2026/11/20 9:15:02 PM GMT+8', '2026-11-20T13:15:02Z'],
    ['2026/11/20 12:00:00 AM GMT+8', '2026-11-19T16:00:00Z'],
    ['2026/11/20 12:30:00 PM GMT+8', '2026-11-20T04:30:00Z'],
    ['2026/11/20 9:15:02 AM GMT+7', '2026-11-20T02:15:02Z'],
    ['2026/11/20 9:15:02 AM GMT-3', '2026-11-20T12:15:02Z'],
    ['2026/11/20 9:15:02 AM GMT+5:30', '2026-11-20T03:45:02Z'],
    ['2026/11/20 9:15:02 AM GMT+0800', '2026-11-20T01:15:02Z'],
    ['2026/11/20 9:15:02 AM GMT', '2026-11-20T09:15:02Z'],
    ['2026/11/20 09:15:02', '2026-11-20T01:15:02Z'],
    // ISO 8601
    ['2026-11-27', '2026-11-26T16:00:00Z'],
    ['2026-11-27T09:15:02', '2026-11-27T01:15:02Z'],
    ['2026-11-27 09:15', '2026-11-27T01:15:00Z'],
    ['2026-11-27T01:15:02Z', '2026-11-27T01:15:02Z'],
    ['2026-11-27T01:15:02.250Z', '2026-11-27T01:15:02.250Z'],
    ['2026-11-27T09:15:02+08:00', '2026-11-27T01:15:02Z'],
    ['2026-11-27T09:15:02+0700', '2026-11-27T02:15:02Z'],
    ['2026-11-27T09:15:02-05:00', '2026-11-27T14:15:02Z'],
    // Day first, WITA
    ['20/11/2026 9:15:02', '2026-11-20T01:15:02Z'],
    ['20/11/2026', '2026-11-19T16:00:00Z'],
    ['1/2/2026', '2026-01-31T16:00:00Z'],
    ['20-11-2026', '2026-11-19T16:00:00Z'],
    ['20.11.2026 21.30', '2026-11-20T13:30:00Z'],
    // Words, old spellings, with day name and time
    ['27 November 2026', '2026-11-26T16:00:00Z'],
    ['27 Nopember 2026', '2026-11-26T16:00:00Z'],
    ['3 Pebruari 2026', '2026-02-02T16:00:00Z'],
    ['3 februari 2026', '2026-02-02T16:00:00Z'],
    ['17 Agustus 2026', '2026-08-16T16:00:00Z'],
    ['17 Agt 2026', '2026-08-16T16:00:00Z'],
    ['Jumat, 27 November 2026', '2026-11-26T16:00:00Z'],
    ['27 November 2026 09.05 WITA', '2026-11-27T01:05:00Z'],
    ['27 November 2026 09.05 WIB', '2026-11-27T02:05:00Z'],
    ['  27   November   2026  ', '2026-11-26T16:00:00Z'],
  ])('accepts %j', (text, iso) => {
    expect(parseDateInput(text)).toBe(Date.parse(iso));
  });

  it.each([
    '',
    '   ',
    'kemarin',
    '30/02/2026',
    '31/04/2026',
    '29/02/2026',
    '2026/13/01',
    '2026-00-10',
    '2026-11-31',
    '32/01/2026',
    '20/11/26',
    '27 Novembre 2026',
    'Besok, 27 November 2026',
    '20/11/2026 25:00',
    '20/11/2026 9:61',
    '20/11/2026 13:00 PM',
    '2026/11/20 9:15:02 AM GMT+99',
    '2026-11-27T09:15:02+08:00 extra',
    '20/11-2026',
  ])('rejects %j', (text) => {
    expect(parseDateInput(text)).toBeNull();
  });

  it('round-trips its own formats', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1) / 60000, max: Date.UTC(2100, 0, 1) / 60000 }), (minutes) => {
        const ms = minutes * 60000;
        expect(parseDateInput(formatTanggalWaktu(ms))).toBe(ms);
        expect(parseDateInput(isoDate(ms))).toBe(parseDateInput(formatTanggal(ms)));
        expect(isoDate(parseDateInput(formatTanggal(ms)) as number)).toBe(isoDate(ms));
      }),
    );
  });
});

describe('columnFieldOrder and parseDateInOrder (R5)', () => {
  it.each<[string, string[], string]>([
    ['year first needs no order', ['2026/11/20 9:15:02 AM GMT+8', '2026-11-21'], 'none'],
    ['a first field above 12 means day/month', ['4/2/2026 9:15:02', '13/2/2026 10:00:00'], 'day-month'],
    ['a second field above 12 means month/day', ['4/2/2026 9:15:02', '4/13/2026 9:15:02'], 'month-day'],
    ['no value decides', ['4/2/2026 9:15:02', '5/3/2026 10:00:00'], 'undecided'],
    ['values contradict', ['13/2/2026 9:15:02', '2/14/2026 10:00:00'], 'contradictory'],
    ['equal fields read the same either way', ['5/5/2026 9:00:00'], 'none'],
  ])('%s', (_name, values, kind) => {
    const out = columnFieldOrder(values);
    expect(out.kind === 'decided' ? out.order : out.kind).toBe(kind);
  });

  it('reads month/day when told, and leaves other forms alone', () => {
    expect(parseDateInOrder('4/13/2026 9:15:02', 'month-day')).toBe(parseDateInput('13/4/2026 9:15:02'));
    expect(parseDateInOrder('4/2/2026 9:15:02 PM', 'month-day')).toBe(parseDateInput('2/4/2026 9:15:02 PM'));
    expect(parseDateInOrder('4/2/2026', 'day-month')).toBe(parseDateInput('4/2/2026'));
    expect(parseDateInOrder('2026/11/20 9:15:02 AM GMT+8', 'month-day')).toBe(parseDateInput('2026/11/20 9:15:02 AM GMT+8'));
  });
});
