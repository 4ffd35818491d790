import { describe, expect, it } from 'vitest';
import { checkNip, digitsOf, findNipInText, formatNip } from '../../src/core/nip';

// 1 Dec 2026, 00:30 WITA (= 30 Nov 2026, 16:30 UTC)
const TODAY = Date.UTC(2026, 10, 30, 16, 30);

describe('digitsOf / formatNip', () => {
  it.each([
    ['19860926 201505 1 001', '198609262015051001'],
    ['1986.0926-2015 05 1 001', '198609262015051001'],
    ['', ''],
    ['NIP: abc', ''],
  ])('digitsOf(%j) = %j', (text, digits) => {
    expect(digitsOf(text)).toBe(digits);
  });

  it.each([
    ['198609262015051001', '19860926 201505 1 001'],
    ['12345', '12345'],
    ['1986092620150510011', '1986092620150510011'],
    ['', ''],
  ])('formatNip(%j) = %j', (digits, printed) => {
    expect(formatNip(digits)).toBe(printed);
  });
});

describe('checkNip', () => {
  it.each([
    ['a valid PNS NIP', '198609262015051001', 'PNS', []],
    ['a valid NIP written with spaces', '19860926 201505 2 001', 'CPNS', []],
    ['17 digits', '19860926201505100', 'PNS', [/18 angka; tertulis 17/]],
    ['19 digits', '1986092620150510012', 'PNS', [/18 angka; tertulis 19/]],
    ['letters', '19860926 2015O5 1 001', 'PNS', [/huruf/, /18 angka/]],
    ['no real birth date (31 Feb)', '198602312015051001', 'PNS', [/Tanggal lahir/]],
    ['birth month 13', '198613012015051001', 'PNS', [/Tanggal lahir/]],
    ['appointment month 00', '198609262015001001', 'PNS', [/Bulan pengangkatan/]],
    ['appointment before birth', '198609261985051001', 'PNS', [/tidak setelah tanggal lahir/]],
    ['appointment in the future', '198609262027011001', 'PNS', [/masa depan/]],
    ['appointment this month (WITA)', '198609262026121001', 'PNS', []],
    ['sex digit 3', '198609262015053001', 'PNS', [/jenis kelamin.*3/]],
    ['PPPK: only the length', '198609262023134001', 'PPPK', []],
    ['PPPK with 17 digits', '19860926202313400', 'PPPK', [/18 angka/]],
    ['blank', '', 'PNS', [/kosong/]],
  ])('%s', (_label, nip, status, expected) => {
    const problems = checkNip(nip, status, TODAY);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((re, i) => expect(problems[i]).toMatch(re));
  });

  it('skips the future check without a today', () => {
    expect(checkNip('198609262099011001', 'PNS')).toEqual([]);
  });
});

describe('findNipInText (N5b)', () => {
  it.each([
    ['198609262015051001', '198609262015051001'],
    ['Maria Lake 19860926 201505 2 001', '198609262015052001'],
    ['NIP. 19860926.201505.2.001 (Sekretariat)', '198609262015052001'],
    ['19860926-201505-2-001', '198609262015052001'],
    ['1986 0926 2015 0520 01', '198609262015052001'],
    ['Maria Lake', null],
    ['1986092620150520', null],
    ['19860926201505200123', null],
    ['Telp 081234567890', null],
  ])('%j → %j', (text, nip) => {
    expect(findNipInText(text)).toBe(nip);
  });
});
