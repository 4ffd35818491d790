import { describe, expect, it } from 'vitest';
import type { Ballot } from '../../../src/core/nominations/ballot';
import {
  correctionsOf,
  correctionUpdate,
  decideCorrections,
  dropdownValues,
  entryCounts,
  parseCorrectionRows,
  pickedKey,
  sortedRows,
  STATUS_BAD_PICK,
  STATUS_GONE,
  STATUS_KNOWN,
} from '../../../src/core/nominations/corrections';
import type { UnresolvedResult } from '../../../src/core/nominations/tally';
import { NON_ASN, PETRUS, ROSTER, YOHANES, YOSEFINA_1, YOSEFINA_2 } from './fixtures';

describe('what the team picked in "Pegawai yang dimaksud" / "NIP" (N5a)', () => {
  it.each<[string, string, string, string | null]>([
    ['the dropdown label', 'Petrus Seran — Bidang SDK', '', PETRUS.nip],
    ['the bare name of one person', 'petrus seran', '', PETRUS.nip],
    ['a NIP typed in the NIP column wins over the pick', 'Petrus Seran — Bidang SDK', '19830404 200804 2 004', YOSEFINA_1.nip],
    ['a NIP written inside the pick', 'Yosefina 198405052009052005', '', YOSEFINA_2.nip],
    ['a typed NIP that is not in the roster', 'Petrus Seran', '199901012020011001', null],
    ['a shared bare name (two Yosefina Bria)', 'Yosefina Bria', '', null],
    ['the label of a person without a NIP', 'Welhelmina Pello — Sekretariat', '', `baris-${NON_ASN.row}`],
    ['nothing picked', '  ', '', null],
  ])('%s', (_label, pick, nipText, key) => {
    expect(pickedKey(pick, nipText, ROSTER)).toBe(key);
  });

  it('reads the rows below the header with their sheet row, skipping rows without text', () => {
    const rows = parseCorrectionRows([
      ['Petrus S', 'Petrus Seran — Bidang SDK', '', 3, 'tidak dikenal', ''],
      ['', 'x', '', '', '', ''],
      ['Yosefina', '', '19830404 200804 2 004', 1, 'ambigu', ''],
    ]);
    expect(rows.map((r) => [r.row, r.text, r.pick, r.nipText])).toEqual([
      [2, 'Petrus S', 'Petrus Seran — Bidang SDK', ''],
      [4, 'Yosefina', '', '19830404 200804 2 004'],
    ]);
    expect(correctionsOf(rows, ROSTER)).toEqual([{ text: 'Petrus S', nip: PETRUS.nip }, { text: 'Yosefina', nip: YOSEFINA_1.nip }]);
  });
});

const unresolved = (text: string, status: UnresolvedResult['status'], count: number, suggestions: string[] = []): UnresolvedResult => ({
  text,
  key: text.toLowerCase(),
  status,
  count,
  suggestions,
});

describe('what Koreksi Nama shows after a tally', () => {
  const sheet = parseCorrectionRows([
    ['petrus s', 'Petrus Seran — Bidang SDK', '', 1, 'tidak dikenal', 'old'],
    ['budi', '', '', 2, 'tidak dikenal', 'Budi Santoso'],
    ['dewi k', 'Orang Lain', '', 1, 'tidak dikenal', ''],
    ['maria l', '', '', 1, 'tidak dikenal', ''],
    ['lama', '', '', 4, 'tidak dikenal', 'saran lama'],
  ]);
  const counts = new Map([['petrus s', 2], ['budi', 3], ['dewi k', 1], ['maria l', 1], ['yosefina bria', 2], ['=x', 1]]);
  const update = correctionUpdate(sheet, 6, [unresolved('budi', 'tidak dikenal', 3, ['Budi A', 'Budi B']), unresolved('Yosefina Bria', 'ambigu', 2, ['Yosefina Bria, S.Kep.']), unresolved('=X', 'tidak dikenal', 1)], counts, ROSTER);

  it('refreshes Jumlah, Status and Saran of every row, never the team’s columns', () => {
    expect(update.refreshed).toEqual([
      [2, `dipakai: 19820303 200703 1 003`, 'old'],
      [3, 'tidak dikenal', 'Budi A\nBudi B'],
      [1, STATUS_BAD_PICK, ''],
      [1, STATUS_KNOWN, ''],
      [0, STATUS_GONE, 'saran lama'],
    ]);
    expect(update.refreshed.every((r) => r.length === 3)).toBe(true);
  });

  it('adds each text not listed yet once, as text, with its suggestions for the dropdown', () => {
    expect(update.added).toEqual([
      { cells: ['Yosefina Bria', '', '', 2, 'ambigu', 'Yosefina Bria, S.Kep.'], suggestions: ['Yosefina Bria, S.Kep.'] },
      { cells: ["'=X", '', '', 1, 'tidak dikenal', ''], suggestions: [] },
    ]);
  });

  it('keeps a blank line in the sheet blank', () => {
    const withGap = parseCorrectionRows([['a', '', '', 1, '', ''], ['', '', '', '', '', ''], ['b', '', '', 1, '', '']]);
    expect(correctionUpdate(withGap, 4, [], new Map(), ROSTER).refreshed[1]).toEqual(['', '', '']);
  });

  it('counts entries of current ballots only (a superseded ballot is not counted)', () => {
    const b = (status: Ballot['status'], rawEntries: string[]): Ballot => ({ responseId: 'r', timestamp: 0, voterKey: 'k', voterLabel: '', rawEntries, resolvedNips: [], status, reason: '', uncounted: [] });
    expect([...entryCounts([b('dihitung', ['Budi', 'budi ']), b('tidak sah', ['Budi']), b('digantikan', ['Budi', 'Ani'])])]).toEqual([['budi', 3]]);
  });
});

describe('the dropdown of "Pegawai yang dimaksud"', () => {
  it('lists the suggested people first, then everyone once', () => {
    const values = dropdownValues(['Yosefina Bria, S.Kep.', 'Petrus Seran'], ROSTER);
    expect(values.slice(0, 2)).toEqual(['Yosefina Bria, S.Kep. — Sekretariat', 'Petrus Seran — Bidang SDK']);
    expect(values).toHaveLength(ROSTER.length);
    expect(new Set(values).size).toBe(values.length);
  });
});

describe('decideCorrections: each row of Koreksi Nama decided (N5a)', () => {
  const rows = (...cells: [string, string, string][]) => parseCorrectionRows(cells.map(([t, p, n]) => [t, p, n, 1, '', '']));
  const LABEL = 'Petrus Seran — Bidang SDK';

  it.each<[string, [string, string, string], Record<string, string>, string | null, string, string | null]>([
    ['a pick: used, and its NIP is filled', ['pak petrus', LABEL, ''], {}, PETRUS.nip, 'dipakai: 19820303 200703 1 003', PETRUS.nip],
    ['a typed NIP alone: used as typed', ['pak petrus', '', '19820303 200703 1 003'], {}, PETRUS.nip, 'dipakai: 19820303 200703 1 003', null],
    ['pick and NIP agree', ['pak petrus', LABEL, PETRUS.nip], { 'pak petrus': PETRUS.nip }, PETRUS.nip, 'dipakai: 19820303 200703 1 003', null],
    ['a label from before HR added a title: its name part still names one person', ['pak petrus', 'Petrus Seran — Unit Lama', ''], {}, PETRUS.nip, 'dipakai: 19820303 200703 1 003', PETRUS.nip],
    ['a pick that no longer names anyone, NIP filled earlier: the NIP is used', ['pak petrus', 'Orang Lama — Unit', PETRUS.nip], { 'pak petrus': PETRUS.nip }, PETRUS.nip, 'dipakai: 19820303 200703 1 003', null],
    ['the pick changed after the product filled the NIP: the pick wins, the NIP follows', ['pak petrus', 'Yohanes Radja, SKM — Bidang P2P', PETRUS.nip], { 'pak petrus': PETRUS.nip }, YOHANES.nip, 'dipakai: 19810202 200602 1 002', YOHANES.nip],
    ['a NIP the team typed naming someone else than the pick: not used, says why', ['pak petrus', 'Yohanes Radja, SKM — Bidang P2P', PETRUS.nip], {}, null, 'tidak dipakai: Pegawai yang dimaksud menunjuk Yohanes Radja, SKM (19810202 200602 1 002), tetapi NIP menunjuk Petrus Seran (19820303 200703 1 003)', null],
    ['a typed NIP not in the roster: not used, says what to do', ['pak petrus', '', '199901012020011001'], {}, null, 'tidak dipakai: NIP 19990101 202001 1 001 tidak ada di lembar Pegawai', null],
    ['a pick nobody has', ['pak petrus', 'Orang Lain', ''], {}, null, STATUS_BAD_PICK, null],
  ])('%s', (_label, cells, filled, person, status, fill) => {
    const [d] = decideCorrections(rows(cells), ROSTER, filled);
    expect(d.person).toBe(person);
    expect(d.status.startsWith(status)).toBe(true);
    expect(d.fillNip).toBe(fill);
  });

  it('two rows for the same text naming different people: the last is used, the other says so and why', () => {
    const [first, second] = decideCorrections(rows(['pak petrus', LABEL, ''], ['PAK PETRUS', '', YOHANES.nip]), ROSTER, {});
    expect(second.person).toBe(YOHANES.nip);
    expect(first.person).toBeNull();
    expect(first.status).toMatch(/^tidak dipakai: teks yang sama dikoreksi lagi di baris 3 ke Yohanes Radja, SKM/);
    expect(first.fillNip).toBeNull();
    expect(correctionsOf(rows(['pak petrus', LABEL, ''], ['PAK PETRUS', '', YOHANES.nip]), ROSTER)).toEqual([{ text: 'PAK PETRUS', nip: YOHANES.nip }]);
  });

  it('two rows for the same text naming the same person: both used, the first says it repeats the other', () => {
    const [first, second] = decideCorrections(rows(['pak petrus', LABEL, ''], ['Pak Petrus', '', PETRUS.nip]), ROSTER, {});
    expect([first.person, second.person]).toEqual([PETRUS.nip, PETRUS.nip]);
    expect(first.status).toBe('dipakai: 19820303 200703 1 003 (sama dengan baris 3)');
  });
});

describe('sortedRows: where each row of Koreksi Nama stands after the sort', () => {
  it('Jumlah high to low, blanks last, then the text ignoring case; rows that compare equal keep their order', () => {
    const moved = sortedRows(
      [
        { count: 1, text: 'nama b' },
        { count: '', text: '' },
        { count: 3, text: 'Nama C' },
        { count: 1, text: 'Nama A' },
        { count: 1, text: 'NAMA B' },
        { count: 0, text: 'Nama D' },
      ],
      2,
    );
    expect([...moved.entries()].sort((a, b) => a[1] - b[1]).map(([from]) => from)).toEqual([4, 5, 2, 6, 7, 3]);
  });

  it('a row quoted in a status is quoted at its row after the sort', () => {
    const rows = parseCorrectionRows([
      ['Bu Yosi', '', ''],
      ['Pak Yohanes', '', `'${YOHANES.nip}`],
      ['pak yohanes', '', `'${PETRUS.nip}`],
    ]);
    const unresolved: UnresolvedResult[] = [{ text: 'Nama Baru', key: 'nama baru', count: 5, status: 'tidak dikenal', suggestions: [] }];
    const counts = new Map([['bu yosi', 1], ['pak yohanes', 2], ['nama baru', 5]]);
    const update = correctionUpdate(rows, 4, unresolved, counts, ROSTER);
    // Nama Baru (added as row 5) goes first; Pak Yohanes (rows 3, 4) to rows 3, 4; Bu Yosi to row 5.
    expect(update.sorted && [...update.sorted.entries()].sort((a, b) => a[0] - b[0])).toEqual([[2, 5], [3, 3], [4, 4], [5, 2]]);
    expect(String(update.refreshed[1][1])).toMatch(/dikoreksi lagi di baris 4 ke /);
  });
});
