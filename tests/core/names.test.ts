import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bareSimilarity, closestNames, fullNameKey, isDegreesOnly, jaroWinkler, nameSimilarity, normalizeName, wordSimilarity } from '../../src/core/names';

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
    // prefix titles written without their dot
    ['dr Maria Lake', 'maria lake'],
    ['drg Yosefina Bria', 'yosefina bria'],
    ['Prof Yohanes Radja', 'yohanes radja'],
    ['Hj Siti Amalo', 'siti amalo'],
    ['Ns Theresia Ndun', 'theresia ndun'],
    ['Ir Herman Tanesib', 'herman tanesib'],
    ['Drs Andreas Koten', 'andreas koten'],
    ['Dra Agustina Ola', 'agustina ola'],
    ['Dr. dr. Hj. Maria Lake', 'maria lake'],
    ['dr.  dr. Maria Lake', 'maria lake'],
    // a full-width comma starts the titles as a comma does
    ['Maria Lake，S.Kep', 'maria lake'],
    // degrees spread over words, and a degree-like word inside the name kept
    ['Maria Lake S. K. M.', 'maria lake'],
    ['Maria Lake S Kep', 'maria lake'],
    ['Maria S.Kep. Lake', 'maria s kep lake'],
    ['Yohanes Se', 'yohanes'],
    ['Maria\tLake', 'maria lake'],
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
    ['Ma\u2019ruf Amalo', 'maruf amalo'],
    ['Ma\u2018ruf Amalo', 'maruf amalo'],
    ['Ma\u02bcruf Amalo', 'maruf amalo'],
    ['Ma`ruf Amalo', 'maruf amalo'],
    // the acute accent typed for an apostrophe: NFKC alone would make it a space ("ma ruf")
    ['Ma\u00b4ruf Amalo', 'maruf amalo'],
    ['H. Ma\u00b4ruf Amalo, S.KM', 'maruf amalo'],
    ['Ｍａｒｉａ Lake', 'maria lake'],
    ['Ｍａｒｉａ', 'maria'],
    // degrees glued to the name by a dot, a title in brackets or after a dash, doubled dots
    ['Maria Lake.SKM', 'maria lake'],
    ['Maria Lake.S.Kep', 'maria lake'],
    ['(dr) Maria Lake', 'maria lake'],
    ['- dr Maria Lake', 'maria lake'],
    ['I W..Sudarma', 'i w sudarma'],
    // a one-word name glued to its degree (people with one name are common here)
    ['Sumarni.SKM', 'sumarni'],
    ['Sumarni.S.Kep', 'sumarni'],
    // a title in brackets before a name holding a letter without a Latin base (ø stays ø)
    ['(dr.) Søren Lake', 'søren lake'],
    // any number of degrees after the name without a comma, five here
    ['Maria Lake S.Kep Ns M.Kep Sp.KJ M.Kes', 'maria lake'],
    // everything after the first comma is titles, even with nothing before it
    [', Maria Lake', ''],
    // a text that is only degrees keeps them rather than leaving nothing
    ['S. Kep.', 's kep'],
    ['SKM S. Kep.', 'skm'],
    // regex and replacement characters are plain text
    ['Maria $1 Lake (a+b)*', 'maria 1 lake a b'],
    ['=HYPERLINK("http://x","Maria")', 'hyperlink http x'],
    // titles only: the word is kept rather than leaving nothing
    ['dr.', 'dr'],
    ['Prof. Dr.', 'dr'],
    ['dr. -', 'dr'],
    ['SKM', 'skm'],
    ['', ''],
    ['-', ''],
  ])('%j → %j', (text, bare) => {
    expect(normalizeName(text)).toBe(bare);
  });

  // Every degree the product knows, as offices write it after a name without a comma (N5).
  const DEGREES_AS_WRITTEN = [
    'S.K.M.', 'S.Kep.', 'Ns.', 'M.Kes.', 'M.K.M.', 'M.Kep.', 'M.P.H.', 'M.M.', 'M.Si.', 'M.Sc.', 'M.Pd.', 'M.T.', 'MARS', 'Ph.D.',
    'A.Md.', 'A.M.K.', 'A.Md.Kep.', 'A.Md.Keb.', 'A.Md.Gz.', 'A.Md.AK.', 'A.Md.Farm.', 'A.Md.KL.', 'A.M.KL.', 'A.Md.Kes.', 'A.Md.Rad.',
    'S.Farm.', 'Apt.', 'S.ST.', 'S.STr.', 'S.Tr.Keb.', 'S.Tr.Kep.', 'S.Gz.', 'S.E.', 'S.H.', 'S.Kom.', 'S.Pd.', 'S.Sos.', 'S.IP.',
    'S.T.', 'S.Si.', 'S.Ked.', 'S.KG.', 'S.AP.', 'S.I.Kom.', 'S.TP.', 'S.Psi.', 'S.Ak.', 'M.Ak.', 'S.KE.', 'S.Fil.',
    'Sp.A.', 'Sp.OG.', 'Sp.PD.', 'Sp.B.', 'Sp.An.', 'Sp.Rad.', 'Sp.M.', 'Sp.JP.', 'Sp.KK.', 'Sp.S.', 'Sp.KJ.', 'Sp.THT.', 'Sp.PK.', 'Sp.P.',
    'M.Keb.', 'M.Gizi', 'M.Farm.', 'M.H.', 'M.Kom.', 'M.SE.',
  ];
  it.each(DEGREES_AS_WRITTEN)('drops the degree %s written after the name without a comma', (degree) => {
    expect(normalizeName(`Maria Goreti Lake ${degree}`)).toBe('maria goreti lake');
    expect(normalizeName(`Maria Goreti Lake ${degree.toUpperCase().replace(/\./g, '')}`)).toBe('maria goreti lake');
  });

  it('keeps a last word that is not a degree ("Lake Seran" stays whole)', () => {
    expect(normalizeName('Maria Lake Seran')).toBe('maria lake seran');
    expect(normalizeName('Maria Lake Sk')).toBe('maria lake sk');
  });

  it('never strips a surname that only looks like a degree when it is the only word', () => {
    expect(normalizeName('Se')).toBe('se');
    // a stray dot typed before it is not a word: the name is still the only word
    expect(normalizeName('. Se')).toBe('se');
    expect(normalizeName('. Mars')).toBe('mars');
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

describe('isDegreesOnly: a cell holding only a name\'s degrees (R6)', () => {
  it.each<[string, boolean]>([
    ['SKM', true],
    ['S. Kep. Ns.', true],
    ['M.Kes', true],
    ['S.Kep., M.Kes.', true],
    ['', false],
    [' - ', false],
    ['Maria', false],
    ['S.Kep Maria', false],
    ['Sp.PD-KGEH', false],
    ['S.Kep. . M.Kes.', true],
    // a comma with no space after it still separates two degrees
    ['S.Kep.,M.Kes.', true],
    ['SKM,Ns', true],
  ])('%j → %s', (text, expected) => {
    expect(isDegreesOnly(text)).toBe(expected);
  });
});

describe('fullNameKey (N5d)', () => {
  it('ignores case and spaces but keeps titles', () => {
    expect(fullNameKey('dr. Maria Lake, M.Kes.')).toBe(fullNameKey('DR.Maria  Lake,M.Kes.'));
    expect(fullNameKey('dr. Maria Lake, M.Kes.')).not.toBe(fullNameKey('Maria Lake'));
    // Whatever character stands for the apostrophe.
    for (const a of ['\u00b4', '\u2018', '\u2019', '\u02bc', '`']) expect(fullNameKey(`H. Ma${a}ruf Amalo, S.KM`)).toBe(fullNameKey("H. Ma'ruf Amalo, S.KM"));
    // full-width letters (typed on a phone keyboard) are the letters they show
    expect(fullNameKey('Ｍａｒｉａ')).toBe('maria');
    expect(fullNameKey('ＭＡＲＩＡ  Lake')).toBe(fullNameKey('maria lake'));
  });
});

describe('similarity for suggestions', () => {
  it('Jaro-Winkler gives the textbook values', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.9611, 4);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 4);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.8133, 4);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('', 'a')).toBe(0);
  });

  it('an initial matches a word of the same letter (0.9) and nothing else', () => {
    expect(wordSimilarity('m', 'maria')).toBe(0.9);
    expect(wordSimilarity('maria', 'm')).toBe(0.9);
    expect(wordSimilarity('k', 'maria')).toBe(0);
  });

  it('a missing middle name costs little, both ways', () => {
    expect(bareSimilarity('maria lake', 'maria goreti lake')).toBeCloseTo(0.9648, 4);
    expect(bareSimilarity('maria goreti lake', 'maria lake')).toBeCloseTo(0.9648, 4);
  });

  it('is 1 for equal strings and 0 against empty', () => {
    expect(jaroWinkler('maria', 'maria')).toBe(1);
    expect(jaroWinkler('', 'maria')).toBe(0);
    // two texts without a name in them are not alike (a nameless roster row is never suggested)
    expect(nameSimilarity('-', '')).toBe(0);
    expect(nameSimilarity('', '')).toBe(0);
  });

  it('is symmetric and within [0, 1]', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), (a, b) => {
        const x = nameSimilarity(a, b);
        return x === nameSimilarity(b, a) && x >= 0 && x <= 1;
      }),
    );
  });

  it('is symmetric for names of real words, as many or not (a suggestion does not depend on which name is the entry)', () => {
    const word = fc.constantFrom('maria', 'goreti', 'lake', 'yohanes', 'radja', 'bria', 'seran', 'ni', 'k', 'sri', 'dewi', 'w', 'marla', 'yohanis');
    const name = fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));
    fc.assert(fc.property(name, name, (a, b) => {
      expect(bareSimilarity(a, b)).toBe(bareSimilarity(b, a));
    }), { numRuns: 1000 });
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
    // Scores 0.98, 0.94, 0.92 (Maria Bria 0.90 is the fourth, Petrus Ndun below the threshold).
    expect(out).toEqual(['Maria Lake', 'Maria Lake Seran', 'Marla Lake']);
  });

  it('closestNames: equally close names come in the order of their labels, whatever the roster order', () => {
    const people = [
      { bare: 'maria lake', label: 'Maria Lake — Sekretariat' },
      { bare: 'maria lake', label: 'Maria Lake — Bidang P2P' },
      { bare: 'maria lake', label: 'Maria Lake — UPTD Laboratorium' },
      { bare: 'maria lake', label: 'Maria Lake — Bidang SDK' },
    ];
    const labels = (list: typeof people) => closestNames('Maria Lak', list, (p) => p.bare, (p) => p.label).map((p) => p.label);
    expect(labels(people)).toEqual(['Maria Lake — Bidang P2P', 'Maria Lake — Bidang SDK', 'Maria Lake — Sekretariat']);
    expect(labels([...people].reverse())).toEqual(labels(people));
  });

  it('closestNames suggests nothing below the threshold and nothing for an entry with no name in it', () => {
    expect(closestNames('Maria Lak', ['Petrus Ndun'], (n) => normalizeName(n), (n) => n)).toEqual([]);
    expect(closestNames('Maria Lak', ['Maria Lake'], (n) => normalizeName(n), (n) => n, 3, 0.99)).toEqual([]);
    expect(closestNames('Maria Lak', ['Maria Lake'], (n) => normalizeName(n), (n) => n, 3, 0.98)).toEqual(['Maria Lake']);
    expect(closestNames(' - ', ['Maria Lake'], (n) => normalizeName(n), (n) => n, 3, 0)).toEqual([]);
    // a name exactly at the threshold is suggested
    const at = bareSimilarity('maria lak', 'maria lake');
    expect(closestNames('Maria Lak', ['Maria Lake'], (n) => normalizeName(n), (n) => n, 3, at)).toEqual(['Maria Lake']);
  });
});
