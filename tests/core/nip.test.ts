import { describe, expect, it } from 'vitest';
import { checkNip, couldBeDamagedFrom, digitsOf, findNipInText, formatNip, NIP_DAMAGE_FIX, nipDamage } from '../../src/core/nip';

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

describe('nipDamage (R3: a NIP a spreadsheet turned into a number)', () => {
  it.each<[string, unknown, string | null, string]>([
    ['scientific notation, Indonesian decimal comma', '1,98609E+17', 'notasi ilmiah', '198609'],
    ['scientific notation, decimal point', '1.98609E+17', 'notasi ilmiah', '198609'],
    ['scientific notation, lower case, no plus', ' 1.98609e17 ', 'notasi ilmiah', '198609'],
    ['scientific notation without decimals', '2E+17', 'notasi ilmiah', '2'],
    ['18 digits whose sequence is 000', '198609262015051000', 'urutan 000', '198609262015051'],
    ['grouped, sequence 000', '19860926 201505 1 000', 'urutan 000', '198609262015051'],
    ['an 18-digit number (15 digits kept)', 198609262015051000, 'angka', '198609262015051'],
    ['a number shown as 1.98609E+17', 1.98609e17, 'angka', '198609'],
    ['a 16-digit number', 1986092620150510, 'angka', '198609262015051'],
    ['a fraction', 1.5, 'angka', '15'],
    ['a sound NIP', '198609262015051001', null, ''],
    ['a sound grouped NIP', '19860926 201505 1 001', null, ''],
    ['a short number is exact', 12345, null, ''],
    ['a 9-digit old NIP', '140123456', null, ''],
    ['a sequence 000 inside a longer number is not a NIP', '1986092620150510000', null, ''],
    ['text that is not a NIP', 'Maria Lake', null, ''],
    ['blank', '', null, ''],
    ['null', null, null, ''],
  ])('%s', (_label, value, kind, known) => {
    const d = nipDamage(value);
    if (kind === null) {
      expect(d).toBeNull();
      return;
    }
    expect(d).toMatchObject({ kind, knownDigits: known });
    expect(d?.message).toMatch(/NIP/);
  });

  it('says what happened in Indonesian, with the value as written', () => {
    expect(nipDamage('1,98609E+17')?.message).toMatch(/"1,98609E\+17".*notasi ilmiah/);
    expect(nipDamage('198609262015051000')?.message).toMatch(/19860926 201505 1 000 berakhiran 000/);
    expect(nipDamage(1.98609e17)?.message).toMatch(/angka \(198609000000000000\).*15 angka/);
    expect(NIP_DAMAGE_FIX).toMatch(/Teks biasa.*tempel lagi/);
  });
});

describe('couldBeDamagedFrom', () => {
  it.each<[string, string, boolean]>([
    ['198609262015051001', '1,98609E+17', true],
    ['198609562015051001', '1,98610E+17', true], // rounded up
    ['198609262015051001', '198609262015051000', true],
    ['198609262015052001', '198609262015051000', true], // one unit in the 15th digit: cut or rounded
    ['198609262015053001', '198609262015051000', false],
    ['197001011995031001', '1,98609E+17', false],
    ['1986092620150510', '1,98609E+17', false],
  ])('%s from %s → %s', (nip, damaged, expected) => {
    const d = nipDamage(damaged);
    expect(d).not.toBeNull();
    expect(couldBeDamagedFrom(nip, d!)).toBe(expected);
  });
});
