/**
 * Survey bands (S3, S4): the seed's "TOTAL SKOR KATEGORI" table for 5 scored questions (lower is
 * better), its validation when the team edits it in `Pengaturan`, and banding of a total.
 */

/** One category of the band table: totals min..max (inclusive) for 5 questions. */
export interface Band {
  min: number;
  max: number;
  label: string;
  recommendation: string;
}

/** Bands sorted by min, gap-free and non-overlapping once validated. */
export type BandTable = Band[];

/** The label of a response that cannot be banded (S2). */
export const INCOMPLETE_LABEL = 'TIDAK LENGKAP';

/** The number of scored questions the band table is written for. */
export const BAND_QUESTIONS = 5;
/** The totals a 5-question survey with answers 1–4 can have; a table must cover all of them. */
export const BAND_SCALE_MIN = 5;
export const BAND_SCALE_MAX = 20;

/** The seed's table. */
export const DEFAULT_BAND_TABLE: BandTable = [
  { min: 5, max: 6, label: 'BAIK', recommendation: 'Untuk dipertahankan dan ditingkatkan' },
  { min: 7, max: 9, label: 'BELUM BAIK', recommendation: 'Perlu peningkatan (sosialisasi)' },
  { min: 10, max: 13, label: 'KURANG BAIK', recommendation: 'Perlu sosialisasi, pelatihan, dan penerapan secara konsisten' },
  {
    min: 14,
    max: 20,
    label: 'TIDAK BAIK',
    recommendation: 'Perlu sosialisasi, pelatihan, dan penanganan intensif atau penegakan aturan',
  },
];

/** Fixed colours of the bands, used in every sheet and chart (hex, light enough for black text). */
export const BAND_COLOURS: Readonly<Record<string, string>> = {
  BAIK: '#b7e1cd',
  'BELUM BAIK': '#fff2cc',
  'KURANG BAIK': '#fcd5b4',
  'TIDAK BAIK': '#f4c7c3',
  [INCOMPLETE_LABEL]: '#d9d9d9',
};

// Colours for labels the team invented, by position in the table (best first).
const FALLBACK_COLOURS = ['#b7e1cd', '#d9ead3', '#fff2cc', '#fcd5b4', '#f4c7c3', '#e6b8af'];

/**
 * The colour of a band label: the fixed colour of the seed's labels (case-insensitive); for a
 * label of an edited table, a colour by its position in `table`; grey otherwise.
 */
export function bandColour(label: string, table: BandTable = DEFAULT_BAND_TABLE): string {
  const key = label.trim().toUpperCase().replace(/\s+/g, ' ');
  const fixed = BAND_COLOURS[key];
  if (fixed !== undefined) return fixed;
  const i = table.findIndex((b) => b.label.trim().toUpperCase() === key);
  if (i < 0) return BAND_COLOURS[INCOMPLETE_LABEL];
  const pos = table.length <= 1 ? 0 : Math.round((i * (FALLBACK_COLOURS.length - 1)) / (table.length - 1));
  return FALLBACK_COLOURS[pos];
}

/** The default table as sheet rows: Skor Minimal | Skor Maksimal | Kategori | Rekomendasi. */
export function defaultBandRows(): (string | number)[][] {
  return DEFAULT_BAND_TABLE.map((b) => [b.min, b.max, b.label, b.recommendation]);
}

/** A band-table row as read from the sheet: cells min, max, label, recommendation. */
export type BandInputRow = unknown[] | { row: number; cells: unknown[] };

export type BandTableResult = { ok: true; table: BandTable } | { ok: false; errors: string[] };

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Object.prototype.toString.call(v) === '[object Date]') return '(tanggal)';
  return String(v).trim();
}

function range(min: number, max: number): string {
  return min === max ? String(min) : `${min}–${max}`;
}

interface NumberedBand extends Band {
  row: number;
}

/**
 * Validates the band table typed in `Pengaturan` (blank rows are skipped). Errors are Indonesian
 * and name the sheet rows: non-numbers, non-integers, min > max, missing label, duplicate labels,
 * overlaps, gaps, and totals 5–20 not covered. `rows` are arrays (row = index + 1) or
 * `{ row, cells }` with the sheet row. On success the table is sorted by min.
 */
export function validateBandTable(rows: BandInputRow[]): BandTableResult {
  const errors: string[] = [];
  const bands: NumberedBand[] = [];
  rows.forEach((input, i) => {
    const row = Array.isArray(input) ? i + 1 : input.row;
    const cells = Array.isArray(input) ? input : input.cells;
    const [minText, maxText, label, recommendation] = [0, 1, 2, 3].map((c) => cellText(cells[c]));
    if (minText === '' && maxText === '' && label === '' && recommendation === '') return;
    let usable = true;
    const num = (text: string, name: string): number => {
      if (text === '') {
        errors.push(`Baris ${row}: ${name} kosong.`);
        usable = false;
        return NaN;
      }
      const n = Number(text.replace(',', '.'));
      if (!Number.isFinite(n)) {
        errors.push(`Baris ${row}: ${name} "${text}" bukan angka.`);
        usable = false;
      } else if (!Number.isInteger(n)) {
        errors.push(`Baris ${row}: ${name} "${text}" harus bilangan bulat.`);
        usable = false;
      }
      return n;
    };
    const min = num(minText, 'Skor Minimal');
    const max = num(maxText, 'Skor Maksimal');
    if (usable && min > max) {
      errors.push(`Baris ${row}: Skor Minimal ${min} lebih besar dari Skor Maksimal ${max}.`);
      usable = false;
    }
    if (label === '') errors.push(`Baris ${row}: Kategori kosong.`);
    if (usable) bands.push({ row, min, max, label, recommendation });
  });

  const seen = new Map<string, number>();
  for (const b of bands) {
    const key = b.label.toUpperCase();
    if (key === '') continue;
    const first = seen.get(key);
    if (first !== undefined) errors.push(`Kategori "${b.label}" tertulis dua kali (baris ${first} dan ${b.row}).`);
    else seen.set(key, b.row);
  }

  if (bands.length === 0) {
    if (errors.length === 0) errors.push('Tabel kategori survei kosong.');
    return { ok: false, errors };
  }

  // Every overlapping pair, in row order (tables are a handful of rows).
  const byRow = bands.slice().sort((a, b) => a.row - b.row);
  byRow.forEach((x, i) => {
    for (const y of byRow.slice(i + 1)) {
      if (x.min <= y.max && y.min <= x.max) {
        errors.push(`Baris ${x.row} dan ${y.row} tumpang tindih (${range(x.min, x.max)} dan ${range(y.min, y.max)}).`);
      }
    }
  });
  // Gaps: sweep by min, comparing with the furthest-reaching band so far.
  const sorted = bands.slice().sort((a, b) => a.min - b.min || a.max - b.max || a.row - b.row);
  let reach = sorted[0];
  for (const b of sorted.slice(1)) {
    if (b.min > reach.max + 1) {
      errors.push(
        `Ada celah antara baris ${reach.row} (${range(reach.min, reach.max)}) dan baris ${b.row} (${range(b.min, b.max)}): ` +
          `nilai ${range(reach.max + 1, b.min - 1)} tidak masuk kategori mana pun.`,
      );
    }
    if (b.max > reach.max) reach = b;
  }
  const first = sorted[0];
  if (first.min > BAND_SCALE_MIN) {
    errors.push(
      `Nilai ${range(BAND_SCALE_MIN, first.min - 1)} tidak masuk kategori mana pun: kategori terendah (baris ${first.row}) mulai dari ${first.min}. ` +
        `Tabel harus mencakup ${BAND_SCALE_MIN}–${BAND_SCALE_MAX}.`,
    );
  }
  if (reach.max < BAND_SCALE_MAX) {
    errors.push(
      `Nilai ${range(reach.max + 1, BAND_SCALE_MAX)} tidak masuk kategori mana pun: kategori tertinggi (baris ${reach.row}) berakhir di ${reach.max}. ` +
        `Tabel harus mencakup ${BAND_SCALE_MIN}–${BAND_SCALE_MAX}.`,
    );
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, table: sorted.map(({ min, max, label, recommendation }) => ({ min, max, label, recommendation })) };
}

/** A total placed in a band: the score on the 5-question scale and its band (null when n ≤ 0). */
export interface BandResult {
  scaled: number;
  band: Band | null;
}

/**
 * Bands a complete response's total (S3, S4). The total is scaled to 5 questions
 * (total × 5 / n; unchanged when n = 5) and placed by upper bounds: the first band (by min) whose
 * max is ≥ the scaled score, else the last band. For n = 5 and a validated table this is exactly
 * the table lookup; a total below the table is the best band, above it the worst.
 */
export function bandFor(total: number, n: number, table: BandTable = DEFAULT_BAND_TABLE): BandResult {
  if (!(n > 0) || table.length === 0 || !Number.isFinite(total)) return { scaled: n > 0 ? (total * BAND_QUESTIONS) / n : total, band: null };
  const scaled = n === BAND_QUESTIONS ? total : (total * BAND_QUESTIONS) / n;
  const sorted = table.slice().sort((a, b) => a.min - b.min || a.max - b.max);
  const band = sorted.find((b) => scaled <= b.max) ?? sorted[sorted.length - 1];
  return { scaled, band };
}
