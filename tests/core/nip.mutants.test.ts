/**
 * NIP cases the mutation run of `nip.ts` showed untested (docs/mutation.md): the exact messages
 * `Periksa Data Pegawai` shows (R1), the bounds of the PNS layout, the statuses it applies to, what
 * a damaged NIP is said to have been (R3), and damaged NIPs inside an answer (N5b).
 */
import { describe, expect, it } from 'vitest';
import { checkNip, couldBeDamagedFrom, findDamagedNipInText, findNipInText, formatNip, nipDamage, withoutScientificNumbers } from '../../src/core/nip';

// 1 Dec 2026, 00:30 WITA (= 30 Nov 2026, 16:30 UTC)
const TODAY = Date.UTC(2026, 10, 30, 16, 30);

describe('checkNip: the messages as the team reads them', () => {
  it.each([
    ['letters', ' 19860926 2015O5 1 001 ', [
      'NIP berisi huruf atau tanda selain angka: "19860926 2015O5 1 001". Tulis 18 angka saja.',
      'NIP harus 18 angka; tertulis 17 angka.',
    ]],
    ['a slash', '19860926/201505/1/001', ['NIP berisi huruf atau tanda selain angka: "19860926/201505/1/001". Tulis 18 angka saja.']],
    ['birth date', '198602302015051001', ['Tanggal lahir dalam NIP (19860230) bukan tanggal yang sah.']],
    ['appointment month', '198609262015131001', ['Bulan pengangkatan dalam NIP (201513) tidak sah.']],
    ['appointment before birth', '198609261986091001', ['Tahun dan bulan pengangkatan dalam NIP (198609) tidak setelah tanggal lahir.']],
    ['appointment in the future', '198609262027011001', ['Tahun dan bulan pengangkatan dalam NIP (202701) ada di masa depan.']],
    ['sex digit', '198609262015050001', ['Angka jenis kelamin dalam NIP (angka ke-15) harus 1 atau 2; tertulis 0.']],
    ['every part at once', '190013322027003001', [
      'Tanggal lahir dalam NIP (19001332) bukan tanggal yang sah.',
      'Bulan pengangkatan dalam NIP (202700) tidak sah.',
      'Angka jenis kelamin dalam NIP (angka ke-15) harus 1 atau 2; tertulis 3.',
    ]],
  ])('%s', (_what, nip, messages) => {
    expect(checkNip(nip, 'PNS', TODAY)).toEqual(messages);
  });

  it('dots and dashes between the groups are allowed', () => {
    expect(checkNip('19860926.201505-1 001', 'PNS', TODAY)).toEqual([]);
  });
});

describe('checkNip: the bounds of the PNS layout (R1)', () => {
  it.each([
    ['born in 1900', '190001012015051001', []],
    ['born in 1899', '189912312015051001', [/Tanggal lahir/]],
    ['born on day 0', '198609002015051001', [/Tanggal lahir/]],
    ['born in month 0', '198600102015051001', [/Tanggal lahir/]],
    ['born on 29 Feb of a leap year', '198802292015051001', []],
    ['born on 29 Feb of another year', '198702292015051001', [/Tanggal lahir/]],
    ['born in December', '198612312015051001', []],
    ['appointed in January', '198609262015011001', []],
    ['appointed in December', '198609262015121001', []],
    ['appointed before 1900', '180001011899121001', [/Tanggal lahir/, /Bulan pengangkatan/]],
    ['appointed in 1900, after a birth in 1900', '190001011900021001', []],
    ['appointed in the birth month', '198609261986091001', [/tidak setelah/]],
    ['appointed the month after birth', '198609261986101001', []],
    ['appointed the month after birth, a year later', '198612261987011001', []],
    ['appointed a year earlier than birth, a later month', '198601261985121001', [/tidak setelah/]],
    ['appointed next month (WITA)', '198609262027011001', [/masa depan/]],
    ['an invalid birth date does not also say "not after birth"', '198613011980011001', [/Tanggal lahir/]],
    ['an invalid appointment month does not also say "in the future"', '198609262099131001', [/Bulan pengangkatan/]],
    ['sex digit 2', '198609262015052001', []],
  ] as [string, string, RegExp[]][])('%s', (_what, nip, expected) => {
    const problems = checkNip(nip, 'PNS', TODAY);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((re, i) => expect(problems[i]).toMatch(re));
  });

  it('the future is judged in Kupang time (WITA), not UTC', () => {
    // 31 Dec 2026, 16:30 UTC is 1 Jan 2027 in Kupang: an appointment in January 2027 is not in the future.
    expect(checkNip('198609262027011001', 'PNS', Date.UTC(2026, 11, 31, 16, 30))).toEqual([]);
    expect(checkNip('198609262027011001', 'PNS', Date.UTC(2026, 11, 31, 15, 30))).toEqual([expect.stringMatching(/masa depan/)]);
  });

  it.each([
    ['PNS', true], ['CPNS', true], [' pns ', true], ['C.P.N.S', true], ['Pns', true],
    ['PPPK', false], ['Non ASN', false], ['', false], ['PNS Daerah', false],
  ] as [string, boolean][])('status %j: layout checked → %s', (status, checked) => {
    expect(checkNip('198613012015053001', status, TODAY).length > 0).toBe(checked);
  });
});

describe('formatNip and findNipInText', () => {
  it('groups 8 6 1 3', () => {
    expect(formatNip('123456789012345678')).toBe('12345678 901234 5 678');
    expect(formatNip('12345678901234567x')).toBe('12345678901234567x');
    expect(formatNip('x123456789012345678')).toBe('x123456789012345678');
  });

  it.each([
    ['a grouped NIP after another number', 'Telp 0812 3456 7890, NIP 19860926 201505 2 001', '198609262015052001'],
    ['digit groups joined by up to 3 separators', '1986 0926  2015 - 0520 01', '198609262015052001'],
    ['groups joined by a non-breaking space', '1986\u00a00926\u00a02015\u00a00520\u00a001', '198609262015052001'],
    ['groups joined by 4 separators are two numbers', '198609262015 -  052001', null],
    ['a second run is read when the first is not 18 digits', 'Telp 0812, 1986 0926 2015 0520 01', '198609262015052001'],
    ['a NIP right after a digit is not one', 'x1198609262015052001', null],
  ])('%s', (_what, text, nip) => {
    expect(findNipInText(text)).toBe(nip);
  });
});

describe('nipDamage: what the damaged value is said to have been (R3)', () => {
  it.each<[string, unknown, string, string]>([
    ['an 18-digit number', 198609262015051000, '198609262015051000', '198609262015051'],
    ['a number shown in scientific notation', 1.98609e17, '198609000000000000', '198609'],
    ['a 16-digit number', 1986092620150510, '1986092620150510', '198609262015051'],
    ['exactly 10^15', 1e15, '1000000000000000', '1'],
    ['a negative number', -1.98609e17, '198609000000000000', '198609'],
    ['a fraction', 1.5, '1.5', '15'],
    ['a fraction of 15 digits', 123456789012345.5, '123456789012346', '123456789012346'],
  ])('%s', (_what, value, written, known) => {
    expect(nipDamage(value)).toMatchObject({ kind: 'angka', written, knownDigits: known });
  });

  it('a whole number below 10^15 is exact; no number at all is not a NIP', () => {
    expect(nipDamage(999999999999999)).toBeNull();
    expect(nipDamage(Number.NaN)).toBeNull();
    expect(nipDamage(Number.POSITIVE_INFINITY)).toBeNull();
    expect(nipDamage(undefined)).toBeNull();
  });

  it('the message of a number says what the sheet holds', () => {
    expect(nipDamage(198609262015051000)?.message).toBe(
      'NIP tersimpan sebagai angka (198609262015051000), bukan teks: lembar kerja hanya menyimpan 15 angka penting, jadi angka terakhir NIP sudah hilang.',
    );
  });

  it.each<[string, string, string]>([
    ['a sign and spaces', ' +1,98609 E +17 ', '198609'],
    ['a minus sign', '-1.98609E17', '198609'],
    ['a decimal mark without decimals', '1.E17', '1'],
    ['a mantissa ending in zeros', '1,98600E+17', '1986'],
    ['zero', '0E+17', '0'],
  ])('scientific notation with %s', (_what, text, known) => {
    expect(nipDamage(text)).toMatchObject({ kind: 'notasi ilmiah', written: text.trim(), knownDigits: known });
  });

  it.each([
    ['an exponent of 4 digits', '1,98609E+1700'],
    ['no exponent', '1,98609E+'],
    ['no mantissa', 'E+17'],
    ['a word', 'NIP 1,98609E+17'],
  ])('%s is not scientific notation', (_what, text) => {
    expect(nipDamage(text)).toBeNull();
  });

  it('a sequence 000 keeps the first 15 digits, trailing zeros dropped', () => {
    expect(nipDamage('198609262015050000')).toMatchObject({ kind: 'urutan 000', written: '198609262015050000', knownDigits: '19860926201505' });
    expect(nipDamage('198609262015051000')?.message).toBe(
      'NIP 19860926 201505 1 000 berakhiran 000: nomor urut NIP tidak pernah 000, jadi tiga angka terakhirnya hilang ketika NIP diubah menjadi angka.',
    );
    expect(nipDamage('NIP 198609262015051000')).toBeNull();
    expect(nipDamage('98609262015051000')).toBeNull();
  });

  it('the message of scientific notation quotes the text', () => {
    expect(nipDamage(' 1,98609E+17 ')?.message).toBe(
      'NIP tertulis "1,98609E+17" (notasi ilmiah): Excel atau lembar kerja mengubah NIP menjadi angka, dan angka-angka terakhirnya hilang.',
    );
  });
});

describe('couldBeDamagedFrom', () => {
  it('compares at most 15 digits, and never with nothing left', () => {
    expect(couldBeDamagedFrom('198609262015051001', { knownDigits: '1986092620150519999' })).toBe(true);
    expect(couldBeDamagedFrom('198609262015051001', { knownDigits: '0' })).toBe(false);
    expect(couldBeDamagedFrom('000000000000000001', { knownDigits: '0' })).toBe(false);
    expect(couldBeDamagedFrom('198609262015051001', { knownDigits: '' })).toBe(false);
    expect(couldBeDamagedFrom('198609262015051001', { knownDigits: '198607' })).toBe(false);
    expect(couldBeDamagedFrom('198609262015051001', { knownDigits: '198608' })).toBe(true);
    expect(couldBeDamagedFrom(' 198609262015051001', { knownDigits: '198609' })).toBe(false);
    expect(couldBeDamagedFrom('1986092620150510011', { knownDigits: '198609' })).toBe(false);
  });
});

describe('damaged NIPs in an answer (N5b, R3)', () => {
  it.each([
    ['scientific notation', 'Pak Guru, NIP 1,98609E+17', 'notasi ilmiah', '198609'],
    ['spaced scientific notation', 'NIP 1.98609 e 17.', 'notasi ilmiah', '198609'],
    ['a sequence 000', 'Pak Guru 19860926 201505 1 000', 'urutan 000', '198609262015051'],
  ])('%s', (_what, text, kind, known) => {
    expect(findDamagedNipInText(text)).toMatchObject({ kind, knownDigits: known });
  });

  it.each([
    ['a sound NIP', 'Pak Guru 19860926 201505 1 001'],
    ['no NIP', 'Pak Guru'],
    ['a version number', 'v1.2.3E+17x'],
  ])('%s is not damaged', (_what, text) => {
    expect(findDamagedNipInText(text)).toBeNull();
  });

  it('the name is read without the scientific-notation numbers in it', () => {
    expect(withoutScientificNumbers('Ana 1,98609E+17 Lake 2E17')).toBe('Ana   Lake  ');
    expect(withoutScientificNumbers('Ana Lake')).toBe('Ana Lake');
  });
});
