/**
 * Koreksi Nama cases the mutation run of `nominations/corrections.ts` showed untested
 * (docs/mutation.md): what a row says when it points at a person without NIP or at a NIP nobody
 * has (N5a), the sort of the sheet as Sheets sorts (blanks last, numbers before text before
 * booleans), when no sort is needed, and the dropdown lists (copies, no blank labels).
 */
import { describe, expect, it } from 'vitest';
import { countsDescending, decideCorrections, dropdownLists, parseCorrectionRows, pickedPerson, sortedRows } from '../../../src/core/nominations/corrections';
import { NON_ASN, PETRUS, ROSTER, YOHANES, person } from './fixtures';

const rows = (...cells: [string, string, string][]) => parseCorrectionRows(cells.map(([t, p, n]) => [t, p, n, 1, '', '']));

describe('decideCorrections: what a row says (N5a)', () => {
  it('a pick of a person without NIP is used by roster row, and no NIP is filled', () => {
    const [d] = decideCorrections(rows(['bu wely', 'Welhelmina Pello — Sekretariat', '']), ROSTER, {});
    expect(d).toEqual({ row: 2, key: 'bu wely', person: `baris-${NON_ASN.row}`, status: 'dipakai: pegawai tanpa NIP', fillNip: null });
  });

  it('a pick and a typed NIP nobody has: the message names the person picked and the NIP as typed', () => {
    const [d] = decideCorrections(rows(['pak petrus', 'Yohanes Radja, SKM — Bidang P2P', '199901012020011001']), ROSTER, {});
    expect(d.person).toBeNull();
    expect(d.status).toBe(
      'tidak dipakai: Pegawai yang dimaksud menunjuk Yohanes Radja, SKM (19810202 200602 1 002), tetapi NIP menunjuk 19990101 202001 1 001. Kosongkan NIP bila pilihan sudah benar (NIP diisi lagi otomatis), atau kosongkan pilihan.',
    );
  });

  it('a pick of a person without NIP and a NIP of another: the message names the first by name alone', () => {
    const [d] = decideCorrections(rows(['bu wely', 'Welhelmina Pello — Sekretariat', PETRUS.nip]), ROSTER, {});
    expect(d.status).toBe(
      'tidak dipakai: Pegawai yang dimaksud menunjuk Welhelmina Pello, tetapi NIP menunjuk Petrus Seran (19820303 200703 1 003). Kosongkan NIP bila pilihan sudah benar (NIP diisi lagi otomatis), atau kosongkan pilihan.',
    );
  });

  it('a row without text key is never the winner of its text; rows with no pick say nothing', () => {
    const ds = decideCorrections(rows(['- -', '', PETRUS.nip], ['?', '', YOHANES.nip], ['pak x', '', '']), ROSTER, {});
    expect(ds.map((d) => [d.person, d.status])).toEqual([
      [PETRUS.nip, 'dipakai: 19820303 200703 1 003'],
      [YOHANES.nip, 'dipakai: 19810202 200602 1 002'],
      [null, ''],
    ]);
  });

  it('the row of the winner is quoted as the sheet will show it', () => {
    const ds = decideCorrections(rows(['pak petrus', '', PETRUS.nip], ['Pak Petrus', '', YOHANES.nip]), ROSTER, {}, (row) => row + 10);
    expect(ds[0].status).toBe('tidak dipakai: teks yang sama dikoreksi lagi di baris 13 ke Yohanes Radja, SKM (19810202 200602 1 002); yang dipakai baris terakhir. Hapus baris yang salah.');
  });
});

describe('pickedPerson', () => {
  it('a pick that starts with the separator names nobody', () => {
    expect(pickedPerson(' — Bidang SDK', ROSTER)).toBeNull();
    expect(pickedPerson('Petrus Seran — Unit Lama', ROSTER)).toBe(PETRUS.nip);
    expect(pickedPerson('- — Unit Lama', [...ROSTER, person('198001012005011001', '-')])).toBeNull();
  });
});

describe('sortedRows: as Sheets sorts Jumlah, then the text', () => {
  it('blanks last in either column, numbers before text before booleans', () => {
    const moved = sortedRows(
      [
        { count: 'banyak', text: 'a' },
        { count: true, text: 'b' },
        { count: 2, text: '' },
        { count: 2, text: 'x' },
        { count: '', text: 'c' },
        { count: 5, text: 'y' },
      ],
      2,
    );
    // by Jumlah descending (booleans, text, numbers high to low; blank last), then text ascending (blank last)
    expect([...moved.entries()].sort((a, b) => a[1] - b[1]).map(([from]) => from)).toEqual([3, 2, 7, 5, 4, 6]);
  });
});

describe('countsDescending: no sort needed', () => {
  it.each([
    [[], true],
    [[3, 3, 1, '', ''], true],
    [[3, '', 2], false],
    [[1, 2], false],
    [['', ''], true],
  ] as [(number | string)[], boolean][])('%j → %s', (counts, expected) => {
    expect(countsDescending(counts)).toBe(expected);
  });
});

describe('dropdownLists', () => {
  it('gives a fresh list each time, without blank labels, suggestions by name or by label first', () => {
    const roster = [...ROSTER, person('', '', { unit: '' })];
    const lists = dropdownLists(roster);
    const plain = lists([]);
    expect(plain).not.toContain('');
    plain.push('x');
    expect(lists([])).not.toContain('x');
    expect(lists(['Yohanes Radja, SKM — Bidang P2P']).slice(0, 1)).toEqual(['Yohanes Radja, SKM — Bidang P2P']);
    expect(lists(['Petrus Seran', 'Tidak Ada'])[0]).toBe('Petrus Seran — Bidang SDK');
    expect(lists(['Petrus Seran'])).toHaveLength(plain.length - 1);
  });
});
