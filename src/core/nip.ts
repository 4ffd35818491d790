/**
 * NIP (Nomor Induk Pegawai): 18 digits = birth date YYYYMMDD · first appointment YYYYMM · sex digit
 * (1 male, 2 female) · 3-digit sequence. PPPK numbers have 18 digits with another layout, so only
 * their length is checked. Stored as digits only; printed grouped "19860926 201505 1 001".
 */

const WITA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The digits of a text, in order ("19860926 201505 1 001" → "198609262015051001"). */
export function digitsOf(text: string): string {
  return String(text).replace(/\D/g, '');
}

/** Groups 18 digits as printed on documents ("19860926 201505 1 001"); anything else as is. */
export function formatNip(digits: string): string {
  if (!/^\d{18}$/.test(digits)) return digits;
  return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`;
}

/** A month or day out of range (0, 13, 32) rolls Date.UTC over to another month or year: not equal. */
function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Year and month (1–12) of an instant in Kupang time (WITA, UTC+8). */
function witaYearMonth(ms: number): { year: number; month: number } {
  const d = new Date(ms + WITA_OFFSET_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
}

/** True for the statuses whose NIP follows the PNS layout (PNS, CPNS). */
function hasPnsLayout(status: string): boolean {
  const s = status.toLowerCase().replace(/[^a-z]/g, '');
  return s === 'pns' || s === 'cpns';
}

/**
 * The problems of a NIP, in Indonesian (empty when none). `text` may hold spaces, dots or dashes
 * between groups; any other character is reported. For PNS and CPNS the layout is checked: a real
 * birth date, an appointment month after the birth month and not after `todayMs` (when given),
 * a sex digit 1 or 2. Other statuses (PPPK, Non ASN, unknown): length only.
 */
export function checkNip(text: string, status: string, todayMs?: number): string[] {
  const raw = String(text).trim();
  if (raw === '') return ['NIP kosong.'];
  const problems: string[] = [];
  if (/[^0-9\s.\-]/.test(raw)) {
    problems.push(`NIP berisi huruf atau tanda selain angka: "${raw}". Tulis 18 angka saja.`);
  }
  const digits = digitsOf(raw);
  if (digits.length !== 18) {
    problems.push(`NIP harus 18 angka; tertulis ${digits.length} angka.`);
    return problems;
  }
  if (!hasPnsLayout(status)) return problems;
  const by = Number(digits.slice(0, 4));
  const bm = Number(digits.slice(4, 6));
  const bd = Number(digits.slice(6, 8));
  const ay = Number(digits.slice(8, 12));
  const am = Number(digits.slice(12, 14));
  const sex = digits.charAt(14);
  const birthOk = by >= 1900 && isRealDate(by, bm, bd);
  if (!birthOk) {
    problems.push(`Tanggal lahir dalam NIP (${digits.slice(0, 8)}) bukan tanggal yang sah.`);
  }
  if (am < 1 || am > 12 || ay < 1900) {
    problems.push(`Bulan pengangkatan dalam NIP (${digits.slice(8, 14)}) tidak sah.`);
  } else {
    if (birthOk && ay * 12 + am <= by * 12 + bm) {
      problems.push(`Tahun dan bulan pengangkatan dalam NIP (${digits.slice(8, 14)}) tidak setelah tanggal lahir.`);
    }
    if (todayMs !== undefined) {
      const now = witaYearMonth(todayMs);
      if (ay * 12 + am > now.year * 12 + now.month) {
        problems.push(`Tahun dan bulan pengangkatan dalam NIP (${digits.slice(8, 14)}) ada di masa depan.`);
      }
    }
  }
  if (sex !== '1' && sex !== '2') {
    problems.push(`Angka jenis kelamin dalam NIP (angka ke-15) harus 1 atau 2; tertulis ${sex}.`);
  }
  return problems;
}

// Canonical groups 8-6-1-3, each gap optionally spaces, dots or dashes; no digit right before or after.
const GROUPED_NIP = /(?<!\d)(\d{8})[\s.\-]*(\d{6})[\s.\-]*(\d)[\s.\-]*(\d{3})(?!\d)/;
// Any run of digits joined by single separators (people also write "1986 0926 2015 ...").
const DIGIT_RUN = /\d+(?:[ .\-\u00a0]{1,3}\d+)*/g;

/**
 * An 18-digit NIP written anywhere in a text (N5b), as digits, or null. Spaces, dots and dashes
 * may separate its groups ("Yohanes, NIP 19860926 201505 1 001").
 */
export function findNipInText(text: string): string | null {
  const s = String(text);
  const grouped = GROUPED_NIP.exec(s);
  if (grouped) return grouped.slice(1, 5).join('');
  const runs = s.match(DIGIT_RUN) ?? [];
  for (const run of runs) {
    const digits = digitsOf(run);
    if (digits.length === 18) return digits;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// R3: NIPs damaged by a spreadsheet. Excel and Sheets turn a long digit string into a number:
// shown in scientific notation ("1,98609E+17", "1.98609E+17") or kept to 15 significant digits
// (an 18-digit NIP whose sequence became "000"). The lost digits cannot be recovered, so such a
// NIP identifies nobody.

/** How a NIP was damaged (R3). */
export type NipDamageKind = 'notasi ilmiah' | 'urutan 000' | 'angka';

export interface NipDamage {
  kind: NipDamageKind;
  /** The value as the sheet or file holds it ("1,98609E+17", "198609262015051000"). */
  written: string;
  /** The significant digits that survived ("198609"), for telling whose NIP it could have been. */
  knownDigits: string;
  /** What happened, in Indonesian, without the fix (see NIP_DAMAGE_FIX). */
  message: string;
}

/** How to repair a damaged NIP column in a sheet (R3), in Indonesian. */
export const NIP_DAMAGE_FIX =
  'Format kolom NIP sebagai Teks biasa (Format › Angka › Teks biasa), lalu tempel lagi NIP dari data aslinya.';

/** How to repair it in a file exported from Excel (offline CLI), in Indonesian. */
export const NIP_DAMAGE_FIX_FILE =
  'Di berkas asalnya, format kolom NIP sebagai Teks, tempel lagi NIP dari data aslinya, lalu simpan ulang sebagai CSV.';

// "1,98609E+17", "1.98609E+17", "1.98609e17", "2E+17": a mantissa, either decimal mark, an exponent.
const SCIENTIFIC = /^[+-]?(\d+)(?:[.,](\d*))?\s*[eE]\s*\+?(\d{1,3})$/;
// Sheets keeps 15 significant digits of a number.
const SHEETS_DIGITS = 15;

function withoutTrailingZeros(digits: string): string {
  const t = digits.replace(/0+$/, '');
  return t === '' ? '0' : t;
}

/**
 * R3: why a NIP cell or answer cannot be trusted, or null when it can. `value` is what the sheet
 * or file gives: a string, or a number where a sheet converted the cell (Sheets keeps 15
 * significant digits, so an 18-digit NIP held as a number has already lost its last ones).
 * Damaged: scientific notation in either locale; 18 digits whose 3-digit sequence is 000 (a NIP's
 * sequence never is); a number of 16 digits or more, or not a whole number.
 */
export function nipDamage(value: unknown): NipDamage | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    const whole = Number.isInteger(value);
    if (whole && Math.abs(value) < 1e15) return null;
    const [mantissa, exp] = Math.abs(value).toPrecision(SHEETS_DIGITS).split('e');
    const [int, frac = ''] = mantissa.split('.');
    const power = exp === undefined ? int.length - 1 : Number(exp);
    const significant = int + frac;
    const written = power >= significant.length - 1 ? significant.padEnd(power + 1, '0') : String(value);
    return {
      kind: 'angka',
      written,
      knownDigits: withoutTrailingZeros(significant),
      message: `NIP tersimpan sebagai angka (${written}), bukan teks: lembar kerja hanya menyimpan ${SHEETS_DIGITS} angka penting, jadi angka terakhir NIP sudah hilang.`,
    };
  }
  const text = String(value).trim(); // "null", "undefined": no NIP, not damaged
  const sci = SCIENTIFIC.exec(text.replace(/\s/g, ''));
  if (sci) {
    return {
      kind: 'notasi ilmiah',
      written: text,
      knownDigits: withoutTrailingZeros(sci[1] + (sci[2] ?? '')),
      message: `NIP tertulis "${text}" (notasi ilmiah): Excel atau lembar kerja mengubah NIP menjadi angka, dan angka-angka terakhirnya hilang.`,
    };
  }
  if (/^[0-9\s.\-]+$/.test(text)) {
    const digits = digitsOf(text);
    if (digits.length === 18 && digits.endsWith('000')) {
      return {
        kind: 'urutan 000',
        written: text,
        // The first 15 digits without their trailing zeros (the last three are zeros already).
        knownDigits: withoutTrailingZeros(digits),
        message: `NIP ${formatNip(digits)} berakhiran 000: nomor urut NIP tidak pernah 000, jadi tiga angka terakhirnya hilang ketika NIP diubah menjadi angka.`,
      };
    }
  }
  return null;
}

/**
 * True when `nip` (18 digits) could be the NIP a damaged value came from: its leading digits,
 * as many as survived, equal the surviving ones up to one unit (rounding or cutting).
 */
export function couldBeDamagedFrom(nip: string, damage: Pick<NipDamage, 'knownDigits'>): boolean {
  if (!/^\d{18}$/.test(nip)) return false;
  const known = damage.knownDigits.slice(0, SHEETS_DIGITS);
  if (known === '0' || known.length === 0) return false;
  const head = Number(nip.slice(0, known.length));
  return Math.abs(head - Number(known)) <= 1;
}

// A scientific-notation number inside a text ("NIP 1,98609E+17").
const SCIENTIFIC_IN_TEXT = /(?<![\d.,])\d+(?:[.,]\d+)?\s*[eE]\s*\+?\d{1,3}(?![\d])/;

/**
 * R3 in answers: a damaged NIP written in a text (scientific notation, or an 18-digit NIP whose
 * sequence is 000), or null. Such a NIP identifies nobody.
 */
export function findDamagedNipInText(text: string): NipDamage | null {
  const s = String(text);
  const sci = SCIENTIFIC_IN_TEXT.exec(s);
  if (sci) return nipDamage(sci[0]);
  return nipDamage(findNipInText(s)); // null for no NIP
}

/** The text without the damaged NIPs written in it (scientific notation), for reading the name. */
export function withoutScientificNumbers(text: string): string {
  return String(text).replace(new RegExp(SCIENTIFIC_IN_TEXT.source, 'g'), ' ');
}
