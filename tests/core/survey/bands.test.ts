import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  BAND_COLOURS,
  DEFAULT_BAND_TABLE,
  INCOMPLETE_LABEL,
  bandColour,
  bandFor,
  defaultBandRows,
  validateBandTable,
  type BandTable,
} from '../../../src/core/survey/bands';

describe('bandFor with 5 questions (seed table)', () => {
  it.each([
    [4, 'BAIK'],
    [5, 'BAIK'],
    [6, 'BAIK'],
    [7, 'BELUM BAIK'],
    [9, 'BELUM BAIK'],
    [10, 'KURANG BAIK'],
    [13, 'KURANG BAIK'],
    [14, 'TIDAK BAIK'],
    [20, 'TIDAK BAIK'],
    [21, 'TIDAK BAIK'],
  ])('total %i → %s', (total, label) => {
    const r = bandFor(total, 5);
    expect(r.scaled).toBe(total);
    expect(r.band?.label).toBe(label);
  });

  it('carries the recommendation', () => {
    expect(bandFor(8, 5).band?.recommendation).toBe('Perlu peningkatan (sosialisasi)');
    expect(bandFor(15, 5).band?.recommendation).toBe('Perlu sosialisasi, pelatihan, dan penanganan intensif atau penegakan aturan');
  });
});

describe('bandFor with n ≠ 5 (scaled to 5, banded by upper bounds)', () => {
  it.each([
    // n = 10: exact landings on 6, 9, 13 and just above
    [12, 10, 6, 'BAIK'],
    [13, 10, 6.5, 'BELUM BAIK'],
    [18, 10, 9, 'BELUM BAIK'],
    [19, 10, 9.5, 'KURANG BAIK'],
    [26, 10, 13, 'KURANG BAIK'],
    [27, 10, 13.5, 'TIDAK BAIK'],
    // n = 3: 3.6 / 5.4 / 7.8 are not reachable; nearest below and above
    [3, 3, 5, 'BAIK'],
    [4, 3, 20 / 3, 'BELUM BAIK'],
    [5, 3, 25 / 3, 'BELUM BAIK'],
    [6, 3, 10, 'KURANG BAIK'],
    [7, 3, 35 / 3, 'KURANG BAIK'],
    [8, 3, 40 / 3, 'TIDAK BAIK'],
    [12, 3, 20, 'TIDAK BAIK'],
    // n = 4
    [4, 4, 5, 'BAIK'],
    [5, 4, 6.25, 'BELUM BAIK'],
    [7, 4, 8.75, 'BELUM BAIK'],
    [8, 4, 10, 'KURANG BAIK'],
    [10, 4, 12.5, 'KURANG BAIK'],
    [11, 4, 13.75, 'TIDAK BAIK'],
    // n = 7
    [8, 7, 40 / 7, 'BAIK'],
    [9, 7, 45 / 7, 'BELUM BAIK'],
    [12, 7, 60 / 7, 'BELUM BAIK'],
    [13, 7, 65 / 7, 'KURANG BAIK'],
    [18, 7, 90 / 7, 'KURANG BAIK'],
    [19, 7, 95 / 7, 'TIDAK BAIK'],
    // n = 15 lands exactly on every bound
    [18, 15, 6, 'BAIK'],
    [27, 15, 9, 'BELUM BAIK'],
    [39, 15, 13, 'KURANG BAIK'],
    [40, 15, 40 / 3, 'TIDAK BAIK'],
  ])('total %i of n=%i → scaled %d → %s', (total, n, scaled, label) => {
    const r = bandFor(total, n);
    expect(r.scaled).toBeCloseTo(scaled, 10);
    expect(r.band?.label).toBe(label);
  });

  it('uses the upper bounds of an edited table', () => {
    const table: BandTable = [
      { min: 5, max: 8, label: 'BAGUS', recommendation: '' },
      { min: 9, max: 20, label: 'PERLU PERHATIAN', recommendation: '' },
    ];
    expect(bandFor(16, 10, table).band?.label).toBe('BAGUS'); // 8
    expect(bandFor(17, 10, table).band?.label).toBe('PERLU PERHATIAN'); // 8.5
    expect(bandFor(8, 5, table).band?.label).toBe('BAGUS');
    expect(bandFor(9, 5, table).band?.label).toBe('PERLU PERHATIAN');
  });

  it('gives no band without questions', () => {
    expect(bandFor(0, 0).band).toBeNull();
    expect(bandFor(6, 0)).toEqual({ scaled: 6, band: null });
    expect(bandFor(6, -1)).toEqual({ scaled: 6, band: null });
  });

  it('gives no band for a total that is not a number, or without a table', () => {
    expect(bandFor(Number.NaN, 5).band).toBeNull();
    expect(bandFor(Number.POSITIVE_INFINITY, 5).band).toBeNull();
    expect(bandFor(7, 5, [])).toEqual({ scaled: 7, band: null });
    expect(bandFor(6, 10, [])).toEqual({ scaled: 3, band: null });
  });

  it('bands by an edited table given in any order (S3)', () => {
    const shuffled = [DEFAULT_BAND_TABLE[2], DEFAULT_BAND_TABLE[0], DEFAULT_BAND_TABLE[3], DEFAULT_BAND_TABLE[1]];
    for (let total = 4; total <= 21; total++) expect(bandFor(total, 5, shuffled).band).toBe(bandFor(total, 5).band);
    expect(bandFor(13, 10, shuffled).band?.label).toBe('BELUM BAIK');
  });
});

describe('default table and colours', () => {
  it('is the seed table as sheet rows', () => {
    expect(defaultBandRows()).toEqual([
      [5, 6, 'BAIK', 'Untuk dipertahankan dan ditingkatkan'],
      [7, 9, 'BELUM BAIK', 'Perlu peningkatan (sosialisasi)'],
      [10, 13, 'KURANG BAIK', 'Perlu sosialisasi, pelatihan, dan penerapan secara konsisten'],
      [14, 20, 'TIDAK BAIK', 'Perlu sosialisasi, pelatihan, dan penanganan intensif atau penegakan aturan'],
    ]);
    expect(validateBandTable(defaultBandRows())).toEqual({ ok: true, table: DEFAULT_BAND_TABLE });
  });

  it('has one distinct hex colour per band and for TIDAK LENGKAP', () => {
    const labels = [...DEFAULT_BAND_TABLE.map((b) => b.label), INCOMPLETE_LABEL];
    const colours = labels.map((l) => BAND_COLOURS[l]);
    colours.forEach((c) => expect(c).toMatch(/^#[0-9a-f]{6}$/));
    expect(new Set(colours).size).toBe(labels.length);
    expect(bandColour('baik')).toBe(BAND_COLOURS.BAIK);
    expect(bandColour('Tidak Lengkap')).toBe(BAND_COLOURS[INCOMPLETE_LABEL]);
    expect(bandColour('LAINNYA')).toBe(BAND_COLOURS[INCOMPLETE_LABEL]);
    expect(bandColour('  belum   baik ')).toBe(BAND_COLOURS['BELUM BAIK']);
    // The seed's labels keep their own colours, whatever table is in use.
    expect(DEFAULT_BAND_TABLE.map((b) => bandColour(b.label))).toEqual(['#b7e1cd', '#fff2cc', '#fcd5b4', '#f4c7c3']);
    expect(bandColour('TIDAK BAIK', [{ min: 5, max: 20, label: 'TIDAK BAIK', recommendation: '' }])).toBe('#f4c7c3');
  });

  it('colours the labels of an edited table by their place in it, best first', () => {
    const band = (label: string) => ({ min: 0, max: 0, label, recommendation: '' });
    const three = [band('BAGUS'), band('CUKUP'), band('PERLU PERHATIAN')];
    expect(three.map((b) => bandColour(b.label, three))).toEqual(['#b7e1cd', '#fcd5b4', '#e6b8af']);
    expect(bandColour('cukup', three)).toBe('#fcd5b4');
    const six = ['A', 'B', 'C', 'D', 'E', 'F'].map(band);
    expect(six.map((b) => bandColour(b.label, six))).toEqual(['#b7e1cd', '#d9ead3', '#fff2cc', '#fcd5b4', '#f4c7c3', '#e6b8af']);
    expect(bandColour('SATU', [band('SATU')])).toBe('#b7e1cd');
    expect(bandColour('LAIN', three)).toBe(BAND_COLOURS[INCOMPLETE_LABEL]);
  });
});

describe('validateBandTable', () => {
  const rowsAt = (first: number, rows: unknown[][]) => rows.map((cells, i) => ({ row: first + i, cells }));

  it('says which cells of Pengaturan to fix, and how (S3)', () => {
    // A date where a score belongs (Sheets turned "6/1" into a date).
    expect(validateBandTable([[new Date(2026, 0, 6), 6, 'A', ''], [7, 20, 'B', '']])).toEqual({
      ok: false,
      errors: [
        'Baris 1: Skor Minimal "(tanggal)" bukan angka.',
        'Nilai 5–6 tidak masuk kategori mana pun: kategori terendah (baris 2) mulai dari 7. Tabel harus mencakup 5–20.',
      ],
    });
    // A decimal comma is read as a decimal, and refused as one.
    expect(validateBandTable([[5, '6,5', 'A', ''], [7, 20, 'B', '']])).toEqual({
      ok: false,
      errors: [
        'Baris 1: Skor Maksimal "6,5" harus bilangan bulat.',
        'Nilai 5–6 tidak masuk kategori mana pun: kategori terendah (baris 2) mulai dari 7. Tabel harus mencakup 5–20.',
      ],
    });
    // A row with only a note, or only a label, is not blank: each missing cell is named.
    expect(validateBandTable([[5, 6, 'A', ''], ['', '', '', 'catatan'], ['', '', 'X', ''], [7, 20, 'B', '']])).toEqual({
      ok: false,
      errors: ['Baris 2: Skor Minimal kosong.', 'Baris 2: Skor Maksimal kosong.', 'Baris 2: Kategori kosong.', 'Baris 3: Skor Minimal kosong.', 'Baris 3: Skor Maksimal kosong.'],
    });
    // Labels compare without case; two empty labels are two missing labels, not a duplicate.
    expect(validateBandTable([[5, 6, '', ''], [7, 9, '', ''], [10, 20, 'Baik', ''], [21, 22, 'BAIK', '']])).toEqual({
      ok: false,
      errors: ['Baris 1: Kategori kosong.', 'Baris 2: Kategori kosong.', 'Kategori "BAIK" tertulis dua kali (baris 3 dan 4).'],
    });
  });

  it('skips rows whose four cells are empty (null or blank), and trims what it keeps', () => {
    expect(validateBandTable([[null, undefined, null, null], [5, 6, ' BAIK ', ' x '], [7, 20, 'B', '']])).toEqual({
      ok: true,
      table: [
        { min: 5, max: 6, label: 'BAIK', recommendation: 'x' },
        { min: 7, max: 20, label: 'B', recommendation: '' },
      ],
    });
  });

  it('names overlapping and gapped rows in sheet-row order, whatever order they come in', () => {
    expect(validateBandTable([{ row: 40, cells: [7, 20, 'B', ''] }, { row: 31, cells: [5, 8, 'A', ''] }])).toEqual({
      ok: false,
      errors: ['Baris 31 dan 40 tumpang tindih (5–8 dan 7–20).'],
    });
    expect(validateBandTable([{ row: 40, cells: [10, 20, 'B', ''] }, { row: 31, cells: [5, 6, 'A', ''] }, { row: 35, cells: [5, 7, 'C', ''] }])).toEqual({
      ok: false,
      errors: ['Baris 31 dan 35 tumpang tindih (5–6 dan 5–7).', 'Ada celah antara baris 35 (5–7) dan baris 40 (10–20): nilai 8–9 tidak masuk kategori mana pun.'],
    });
  });

  it('accepts text numbers, blank rows, any order, and sorts by min', () => {
    const r = validateBandTable(
      rowsAt(30, [
        ['14', '20', 'TIDAK BAIK', ''],
        ['', '', '', ''],
        ['05', '6', 'BAIK', 'x'],
        [7, 9, 'BELUM BAIK', ''],
        [10, 13, 'KURANG BAIK', ''],
      ]),
    );
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.table.map((b) => [b.min, b.max, b.label])).toEqual([
      [5, 6, 'BAIK'],
      [7, 9, 'BELUM BAIK'],
      [10, 13, 'KURANG BAIK'],
      [14, 20, 'TIDAK BAIK'],
    ]);
  });

  it.each<[string, unknown[][], string[]]>([
    [
      'overlap',
      [
        [5, 6, 'A', ''],
        [7, 9, 'B', ''],
        [9, 9, 'C', ''],
        [8, 10, 'D', ''],
        [11, 20, 'E', ''],
      ],
      ['Baris 2 dan 3 tumpang tindih (7–9 dan 9).', 'Baris 2 dan 4 tumpang tindih (7–9 dan 8–10).', 'Baris 3 dan 4 tumpang tindih (9 dan 8–10).'],
    ],
    [
      'gap of one value',
      [
        [5, 6, 'A', ''],
        [7, 9, 'B', ''],
        [11, 20, 'C', ''],
      ],
      ['Ada celah antara baris 2 (7–9) dan baris 3 (11–20): nilai 10 tidak masuk kategori mana pun.'],
    ],
    [
      'gap of several values',
      [
        [5, 6, 'A', ''],
        [10, 20, 'C', ''],
      ],
      ['Ada celah antara baris 1 (5–6) dan baris 2 (10–20): nilai 7–9 tidak masuk kategori mana pun.'],
    ],
    [
      'min greater than max',
      [
        [5, 6, 'A', ''],
        [9, 7, 'B', ''],
        [7, 20, 'C', ''],
      ],
      ['Baris 2: Skor Minimal 9 lebih besar dari Skor Maksimal 7.'],
    ],
    [
      'not numbers, blank, decimals',
      [
        ['lima', 6, 'A', ''],
        [7, '', 'B', ''],
        [10, 13.5, 'C', ''],
      ],
      ['Baris 1: Skor Minimal "lima" bukan angka.', 'Baris 2: Skor Maksimal kosong.', 'Baris 3: Skor Maksimal "13.5" harus bilangan bulat.'],
    ],
    [
      'missing label and duplicate label',
      [
        [5, 6, '', 'x'],
        [7, 13, 'SEDANG', ''],
        [14, 20, 'sedang', ''],
      ],
      ['Baris 1: Kategori kosong.', 'Kategori "sedang" tertulis dua kali (baris 2 dan 3).'],
    ],
    [
      'not covering the low end',
      [
        [6, 9, 'A', ''],
        [10, 20, 'B', ''],
      ],
      ['Nilai 5 tidak masuk kategori mana pun: kategori terendah (baris 1) mulai dari 6. Tabel harus mencakup 5–20.'],
    ],
    [
      'not covering the high end',
      [
        [5, 9, 'A', ''],
        [10, 17, 'B', ''],
      ],
      ['Nilai 18–20 tidak masuk kategori mana pun: kategori tertinggi (baris 2) berakhir di 17. Tabel harus mencakup 5–20.'],
    ],
    ['empty', [['', '', '', '']], ['Tabel kategori survei kosong.']],
  ])('%s is named by row', (_name, rows, errors) => {
    expect(validateBandTable(rows)).toEqual({ ok: false, errors });
  });

  it('names sheet rows when given { row, cells }', () => {
    const r = validateBandTable(
      rowsAt(31, [
        [5, 6, 'A', ''],
        [7, 9, 'B', ''],
        [11, 20, 'C', ''],
      ]),
    );
    expect(r).toEqual({ ok: false, errors: ['Ada celah antara baris 32 (7–9) dan baris 33 (11–20): nilai 10 tidak masuk kategori mana pun.'] });
  });

  it('property: a table passes exactly when it covers every total 5–20 once, and then bands by it (S3)', () => {
    // Tables built from a random partition of 5..20, then randomly nudged, shuffled and sprinkled
    // with blank rows, so that both valid and invalid tables are generated. Every case is judged
    // against an oracle written from the rule itself: each row's min ≤ max, and every total from
    // the lowest min to the highest max covered by exactly one row, a range that holds 5–20.
    const arbTable = fc
      .tuple(
        fc.uniqueArray(fc.integer({ min: 6, max: 20 }), { maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(8), fc.integer({ min: -2, max: 2 }), fc.boolean()), { maxLength: 3 }),
        fc.nat(),
        fc.integer({ min: 3, max: 7 }),
      )
      .map(([cuts, nudges, seed, first]) => {
        const starts = [first, ...cuts.filter((c) => c > first).sort((a, b) => a - b)];
        const rows: (number | string)[][] = starts.map((s, i) => [s, i + 1 < starts.length ? starts[i + 1] - 1 : 20, `K${i}`, '']);
        for (const [i, delta, onMax] of nudges) {
          const r = rows[i % rows.length];
          r[onMax ? 1 : 0] = (r[onMax ? 1 : 0] as number) + delta;
        }
        for (let i = rows.length - 1; i > 0; i--) {
          const j = (seed + i * 7) % (i + 1);
          [rows[i], rows[j]] = [rows[j], rows[i]];
        }
        if (seed % 3 === 0) rows.splice(seed % (rows.length + 1), 0, ['', '', '', '']);
        return rows;
      });
    const oracle = (rows: (number | string)[][]): boolean => {
      const bands = rows.filter((r) => r[0] !== '').map(([min, max]) => ({ min: min as number, max: max as number }));
      if (bands.some((b) => b.min > b.max)) return false;
      const lo = Math.min(...bands.map((b) => b.min));
      const hi = Math.max(...bands.map((b) => b.max));
      if (lo > 5 || hi < 20) return false;
      for (let t = lo; t <= hi; t++) if (bands.filter((b) => b.min <= t && t <= b.max).length !== 1) return false;
      return true;
    };
    let valid = 0;
    let invalid = 0;
    fc.assert(
      fc.property(arbTable, (rows) => {
        const r = validateBandTable(rows);
        expect(r.ok).toBe(oracle(rows));
        if (!r.ok) {
          invalid++;
          expect(r.errors.length).toBeGreaterThan(0);
          return;
        }
        valid++;
        for (let total = 5; total <= 20; total++) {
          const own = r.table.filter((b) => b.min <= total && total <= b.max);
          expect(own).toHaveLength(1);
          expect(bandFor(total, 5, r.table).band).toBe(own[0]);
        }
      }),
      // A fixed seed, so that both kinds below are generated in numbers, every time.
      { numRuns: 500, seed: 20261127 },
    );
    expect(valid).toBeGreaterThan(100);
    expect(invalid).toBeGreaterThan(100);
  });
});
