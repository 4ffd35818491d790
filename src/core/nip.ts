/**
 * NIP (Nomor Induk Pegawai): 18 digits = birth date YYYYMMDD · first appointment YYYYMM · sex digit
 * (1 male, 2 female) · 3-digit sequence. PPPK numbers have 18 digits with another layout, so only
 * their length is checked. Stored as digits only; printed grouped "19860926 201505 1 001".
 */

const WITA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The digits of a text, in order ("19860926 201505 1 001" → "198609262015051001"). */
export function digitsOf(text: string): string {
  return String(text).replace(/\D+/g, '');
}

/** Groups 18 digits as printed on documents ("19860926 201505 1 001"); anything else as is. */
export function formatNip(digits: string): string {
  if (!/^\d{18}$/.test(digits)) return digits;
  return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
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
  const s = status.trim().toLowerCase().replace(/[^a-z]/g, '');
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
