import { describe, it, expect } from 'vitest';
import { CsvError, decodeCsvBytes, detectDelimiter, findColumn, parseCsv, readCsvTable } from '../../src/offline/cli/csv';

describe('parseCsv', () => {
  it.each([
    ['plain', 'a,b,c\n1,2,3\n', [['a', 'b', 'c'], ['1', '2', '3']]],
    ['CRLF and no final newline', 'a,b\r\n1,2', [['a', 'b'], ['1', '2']]],
    ['old Mac CR', 'a,b\r1,2\r', [['a', 'b'], ['1', '2']]],
    ['quoted comma and titles', 'Nama\n"dr. Maria Lake, S.Kep., Ns."\n', [['Nama'], ['dr. Maria Lake, S.Kep., Ns.']]],
    ['doubled quotes', 'x\n"He said ""ya"""\n', [['x'], ['He said "ya"']]],
    ['line break inside quotes', 'x,y\n"baris 1\nbaris 2",z\n', [['x', 'y'], ['baris 1\nbaris 2', 'z']]],
    ['empty fields', 'a,b,c\n,,\n', [['a', 'b', 'c'], ['', '', '']]],
    ['semicolon', 'a;b\n"1;5";2\n', [['a', 'b'], ['1;5', '2']]],
    ['formula text stays text', 'k\n=IMPORTXML("x")\n', [['k'], ['=IMPORTXML("x")']]],
  ])('%s', (_name, text, expected) => {
    expect(parseCsv(text).records).toEqual(expected);
  });

  it('reports an unclosed quote with its line', () => {
    expect(() => parseCsv('a,b\n1,2\n"open,3\n4,5\n')).toThrow(/baris 3 tidak pernah ditutup/);
    expect(() => parseCsv('a\n"x')).toThrow(CsvError);
  });

  it('keeps a quoted field with text after its closing quote as written, quotes included', () => {
    expect(parseCsv('x,y\n"2"3,4\n').records).toEqual([['x', 'y'], ['"2"3', '4']]);
  });

  it('gives the starting line of each record, counting line breaks inside quotes', () => {
    expect(parseCsv('h\n"a\nb"\nc\n').lines).toEqual([1, 2, 4]);
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['a,b,c\n', ','],
    ['a;b;c\n1,5;2;3', ';'],
    ['a\tb\n', '\t'],
    ['"x;y",b,c\n', ','],
    ['single\n', ','],
  ])('%j → %j', (text, d) => expect(detectDelimiter(text)).toBe(d));
});

describe('readCsvTable', () => {
  it('trims headers, drops blank lines, pads short rows', () => {
    const t = readCsvTable('\n NIP , Nama ,Unit\n1,A\n\n,,\n2,B,X\n');
    expect(t.headers).toEqual(['NIP', 'Nama', 'Unit']);
    expect(t.rows).toEqual([['1', 'A', ''], ['2', 'B', 'X']]);
    expect(t.lines).toEqual([3, 6]);
  });

  it('accepts empty trailing fields but refuses extra filled ones', () => {
    expect(readCsvTable('a,b\n1,2,,\n').rows).toEqual([['1', '2']]);
    expect(() => readCsvTable('a,b\n1,2,3\n')).toThrow(/baris 2 berisi 3 kolom/);
  });

  it('refuses an empty file', () => {
    expect(() => readCsvTable('')).toThrow(/kosong/);
    expect(() => readCsvTable('\n\n')).toThrow(CsvError);
  });
});

describe('decodeCsvBytes', () => {
  it('strips a UTF-8 BOM', () => {
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('a');
  });
  it('reads UTF-16LE with a BOM', () => {
    expect(decodeCsvBytes(new Uint8Array([0xff, 0xfe, 0x61, 0, 0x2c, 0]))).toBe('a,');
  });
  it('falls back to Windows-1252 for non-UTF-8 bytes', () => {
    expect(decodeCsvBytes(new Uint8Array([0x4a, 0xe9]))).toBe('Jé');
  });
  it('refuses a zip (xlsx) and binary data', () => {
    expect(() => decodeCsvBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1]))).toThrow(/xlsx/);
    expect(() => decodeCsvBytes(new Uint8Array([0x61, 0, 0x62]))).toThrow(/biner/);
  });
});

describe('findColumn', () => {
  it('matches case- and space-insensitively', () => {
    expect(findColumn(['Stempel waktu', 'Alamat email'], ['Timestamp', 'Stempel Waktu'])).toBe(0);
    expect(findColumn(['unit kerja', 'PANGKAT / GOLONGAN'], ['Pangkat/Golongan'])).toBe(1);
    expect(findColumn(['a'], ['b'])).toBe(-1);
  });
});
