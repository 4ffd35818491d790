import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestNames, fullNameKey, jaroWinkler, nameSimilarity, normalizeName } from '../../src/core/names';

describe('normalizeName (N5)', () => {
  it.each([
    ['Maria Goreti Lake', 'maria goreti lake'],
    ['dr. Maria Goreti Lake, M.Kes.', 'maria goreti lake'],
    ['drg. Yosefina Bria', 'yosefina bria'],
    ['Dr. Petrus Seran, SKM, M.Kes.', 'petrus seran'],
    ['Prof. Dr. dr. Yohanes Radja, Sp.PD', 'yohanes radja'],
    ['Ns. Theresia Ndun, S.Kep.', 'theresia ndun'],
    ['H. Muhammad Kana', 'muhammad kana'],
    ['Hj. Siti Amalo, S.E.', 'siti amalo'],
    ['Ir. Herman Tanesib', 'herman tanesib'],
    ['Drs. Andreas Koten', 'andreas koten'],
    ['Dra. Agustina Ola', 'agustina ola'],
    ['dr.Maria Lake', 'maria lake'],
    // degrees after the name without a comma: all spellings of S.K.M.
    ['Maria Lake SKM', 'maria lake'],
    ['Maria Lake S.KM', 'maria lake'],
    ['Maria Lake S.K.M.', 'maria lake'],
    ['Maria Lake, S.K.M.', 'maria lake'],
    ['Theresia Ndun S.Kep. Ns.', 'theresia ndun'],
    ['Theresia Ndun S. Kep', 'theresia ndun'],
    ['Yuliana Kolo A.Md.Kep.', 'yuliana kolo'],
    // Balinese and Timorese initials are part of the name
    ['I W. Sudarma', 'i w sudarma'],
    ['Ni K. Sri Dewi, S.Farm., Apt.', 'ni k sri dewi'],
    ['I Wayan Sudarma', 'i wayan sudarma'],
    // a bare "H" without dot may be an initial: kept
    ['H Muhammad', 'h muhammad'],
    // case, spaces, accents, punctuation
    ['  MARIA   goreti  LAKE ', 'maria goreti lake'],
    ['Élisabeth Bria', 'elisabeth bria'],
    ['Laga-Kaka Mbete', 'laga kaka mbete'],
    ["Ma'ruf Amalo", 'maruf amalo'],
    ['Ｍａｒｉａ Lake', 'maria lake'],
    // regex and replacement characters are plain text
    ['Maria $1 Lake (a+b)*', 'maria 1 lake a b'],
    ['=HYPERLINK("http://x","Maria")', 'hyperlink http x'],
    // titles only: the word is kept rather than leaving nothing
    ['dr.', 'dr'],
    ['', ''],
    ['-', ''],
  ])('%j → %j', (text, bare) => {
    expect(normalizeName(text)).toBe(bare);
  });

  it('never strips a surname that only looks like a degree when it is the only word', () => {
    expect(normalizeName('Se')).toBe('se');
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => normalizeName(normalizeName(s)) === normalizeName(s)), { numRuns: 2000 });
    const titled = fc.tuple(
      fc.constantFrom('', 'dr. ', 'Hj. ', 'Prof. Dr. ', 'Ns. ', 'H. ', 'dr '),
      fc.array(fc.constantFrom('Maria', 'I', 'W.', 'Ni', 'K.', 'Lake', 'S.', 'Kep.', 'SKM', 'Ns', 'H', 'dr', 'se'), { minLength: 1, maxLength: 5 }),
      fc.constantFrom('', ', S.Kep., Ns.', ' SKM', ' S.K.M.', ', M.Kes.'),
    ).map(([p, words, s]) => `${p}${words.join(' ')}${s}`);
    fc.assert(fc.property(titled, (s) => normalizeName(normalizeName(s)) === normalizeName(s)), { numRuns: 2000 });
  });

  it('gives only lower-case letters and digits separated by single spaces', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (s) => /^(?:[\p{Ll}\p{Lo}\p{Lm}\p{N}]+(?: [\p{Ll}\p{Lo}\p{Lm}\p{N}]+)*)?$/u.test(normalizeName(s))), { numRuns: 1000 });
  });
});

describe('fullNameKey (N5d)', () => {
  it('ignores case and spaces but keeps titles', () => {
    expect(fullNameKey('dr. Maria Lake, M.Kes.')).toBe(fullNameKey('DR.Maria  Lake,M.Kes.'));
    expect(fullNameKey('dr. Maria Lake, M.Kes.')).not.toBe(fullNameKey('Maria Lake'));
  });
});

describe('similarity for suggestions', () => {
  it('is 1 for equal strings and 0 against empty', () => {
    expect(jaroWinkler('maria', 'maria')).toBe(1);
    expect(jaroWinkler('', 'maria')).toBe(0);
  });

  it('is symmetric and within [0, 1]', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), (a, b) => {
        const x = nameSimilarity(a, b);
        return x === nameSimilarity(b, a) && x >= 0 && x <= 1;
      }),
    );
  });

  it.each([
    ['Yohanis Raja', 'Yohanes Radja', 'Yosefina Bria'],
    ['Maria Lake', 'dr. Maria Goreti Lake, M.Kes.', 'Marthen Seran'],
    ['Lake Maria', 'Maria Lake', 'Maria Bria'],
    ['I W. Sudarma', 'I Wayan Sudarma', 'I Made Sudira'],
  ])('%j is closer to %j than to %j', (entry, near, far) => {
    expect(nameSimilarity(entry, near)).toBeGreaterThan(nameSimilarity(entry, far));
  });

  it('closestNames returns at most the limit, best first, ties by label', () => {
    const roster = ['Maria Lake', 'Maria Bria', 'Maria Lake Seran', 'Petrus Ndun', 'Marla Lake'];
    const out = closestNames('Maria Lak', roster, (n) => normalizeName(n), (n) => n, 3, 0.5);
    expect(out).toHaveLength(3);
    expect(out[0]).toBe('Maria Lake');
    expect(out).not.toContain('Petrus Ndun');
  });
});
