/**
 * The roster sheet `Pegawai`: reading it into Employees (headers matched loosely), and the checks
 * of "Periksa Data Pegawai". Nothing here changes the roster; problems say what to fix, and where.
 */
import { checkNip, digitsOf } from './nip';
import type { Employee, EmploymentStatus } from './types';

/** One problem of the roster, located by its 1-based sheet row and column header. */
export interface RosterProblem {
  row: number;
  column: string;
  message: string;
}

const STATUS_BY_KEY: Record<string, EmploymentStatus> = {
  pns: 'PNS',
  pegawainegerisipil: 'PNS',
  cpns: 'CPNS',
  calonpns: 'CPNS',
  calonpegawainegerisipil: 'CPNS',
  pppk: 'PPPK',
  pppkparuhwaktu: 'PPPK Paruh Waktu',
  pppkpw: 'PPPK Paruh Waktu',
  paruhwaktu: 'PPPK Paruh Waktu',
  nonasn: 'Non ASN',
  nonpns: 'Non ASN',
  honorer: 'Non ASN',
  tenagahonorer: 'Non ASN',
  kontrak: 'Non ASN',
  tenagakontrak: 'Non ASN',
  pegawaikontrak: 'Non ASN',
  ptt: 'Non ASN',
  thl: 'Non ASN',
};

/**
 * Status Kepegawaian as written → the product's value, or null when unknown. Case, spaces and
 * punctuation do not matter ("Non-ASN", "non asn"); "honorer" and "kontrak" mean Non ASN.
 */
export function normalizeStatus(text: string): EmploymentStatus | null {
  const key = String(text).toLowerCase().replace(/[^a-z]/g, '');
  return Object.prototype.hasOwnProperty.call(STATUS_BY_KEY, key) ? STATUS_BY_KEY[key] : null;
}

// Ways people write "none" in the Hukuman Disiplin column; anything else is an active sanction.
const NO_SANCTION = new Set(['', '-', '–', '—', 'tidak ada', 'tidak', 'nihil', 'tdk ada', 'tidak ada hukuman', 'belum pernah', 'tidak pernah']);

/**
 * True when the Hukuman Disiplin cell records an active sanction: blank, "Tidak ada", "-" (and
 * "nihil") mean none; anything else counts, so a doubtful cell excludes rather than admits.
 */
export function hasActiveSanction(text: string): boolean {
  const t = String(text).trim().toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '');
  return !NO_SANCTION.has(t);
}

type Field = 'nip' | 'name' | 'jabatan' | 'unit' | 'pangkat' | 'status' | 'sanction' | 'supervisorNip' | 'email';

/** The column header shown in messages, and the spellings accepted for it (letters/digits only). */
const COLUMNS: { field: Field; header: string; keys: string[] }[] = [
  { field: 'nip', header: 'NIP', keys: ['nip', 'nipnippppk', 'nippegawai', 'nomorindukpegawai', 'nippppk', 'nipnipppk'] },
  { field: 'name', header: 'Nama', keys: ['nama', 'namapegawai', 'namalengkap', 'namadangelar', 'namalengkapdangelar'] },
  { field: 'jabatan', header: 'Jabatan', keys: ['jabatan', 'namajabatan'] },
  { field: 'unit', header: 'Unit Kerja', keys: ['unitkerja', 'unit', 'bidang', 'bidangunitkerja', 'unitorganisasi'] },
  { field: 'pangkat', header: 'Pangkat/Golongan', keys: ['pangkatgolongan', 'pangkat', 'golongan', 'pangkatgol', 'golruang', 'pangkatgolonganruang'] },
  { field: 'status', header: 'Status Kepegawaian', keys: ['statuskepegawaian', 'status', 'statuspegawai'] },
  { field: 'sanction', header: 'Hukuman Disiplin', keys: ['hukumandisiplin', 'hukuman', 'sanksidisiplin', 'hukdis'] },
  { field: 'supervisorNip', header: 'NIP Atasan', keys: ['nipatasan', 'nipatasanlangsung', 'atasannip'] },
  { field: 'email', header: 'Email', keys: ['email', 'alamatemail', 'surel', 'emailaddress'] },
];

const HEADER_OF: Record<Field, string> = COLUMNS.reduce(
  (acc, c) => ({ ...acc, [c.field]: c.header }),
  {} as Record<Field, string>,
);

function headerKey(v: unknown): string {
  return cellString(v).toLowerCase().replace(/[^a-z0-9]/g, '');
}

function isDateValue(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

function cellString(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) < 1e21 ? v.toFixed(0) : String(v);
  if (isDateValue(v)) return v.toISOString();
  return String(v).trim();
}

// Above 2^53 a number cannot hold every digit: a NIP read back as a number may have changed.
const UNSAFE_DIGITS = 16;

export interface ParsedRoster {
  employees: Employee[];
  problems: RosterProblem[];
}

/**
 * Reads `Pegawai` (header row = sheet row 1, `rows` from sheet row 2). Headers match case-,
 * space- and punctuation-insensitively ("Unit kerja", "PANGKAT / GOL"). Blank rows are skipped.
 * NIP cells read as numbers of 16+ digits are reported: the sheet may already have rounded them.
 */
export function parseRoster(headerRow: readonly unknown[], rows: readonly (readonly unknown[])[]): ParsedRoster {
  const problems: RosterProblem[] = [];
  const index: Partial<Record<Field, number>> = {};
  headerRow.forEach((h, i) => {
    const key = headerKey(h);
    const col = COLUMNS.find((c) => c.keys.includes(key));
    if (col && index[col.field] === undefined) index[col.field] = i;
  });
  for (const required of ['nip', 'name'] as Field[]) {
    if (index[required] === undefined) {
      problems.push({
        row: 1,
        column: HEADER_OF[required],
        message: `Kolom "${HEADER_OF[required]}" tidak ditemukan di baris judul. Tulis judul kolom persis "${HEADER_OF[required]}".`,
      });
    }
  }
  const employees: Employee[] = [];
  rows.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => cellString(c) === '')) return;
    const get = (f: Field): string => {
      const at = index[f];
      return at === undefined ? '' : cellString(cells[at]);
    };
    const nipField = (f: 'nip' | 'supervisorNip'): string => {
      const at = index[f];
      const raw = at === undefined ? undefined : cells[at];
      const text = cellString(raw);
      if (typeof raw === 'number' && digitsOf(text).length >= UNSAFE_DIGITS) {
        problems.push({
          row,
          column: HEADER_OF[f],
          message: `${HEADER_OF[f]} tersimpan sebagai angka (${text}) sehingga angka terakhirnya bisa sudah berubah. Format kolom ${HEADER_OF[f]} sebagai Teks biasa, lalu ketik ulang NIP-nya.`,
        });
      } else if (f === 'nip' && /[^0-9\s.\-]/.test(text)) {
        problems.push({ row, column: HEADER_OF[f], message: `NIP berisi huruf atau tanda selain angka: "${text}". Tulis 18 angka saja.` });
      } else if (f === 'supervisorNip' && /[^0-9\s.\-]/.test(text)) {
        problems.push({ row, column: HEADER_OF[f], message: `NIP Atasan berisi huruf atau tanda selain angka: "${text}".` });
      }
      return digitsOf(text);
    };
    employees.push({
      nip: nipField('nip'),
      name: get('name'),
      jabatan: get('jabatan'),
      unit: get('unit'),
      pangkat: get('pangkat'),
      status: get('status'),
      sanction: get('sanction'),
      supervisorNip: nipField('supervisorNip'),
      email: get('email').toLowerCase(),
      row,
    });
  });
  return { employees, problems };
}

/**
 * The problems "Periksa Data Pegawai" lists (changes nothing): missing names; NIP missing or
 * invalid (PNS/CPNS layout, PPPK length; Non ASN may have none); duplicate NIPs, both rows named;
 * unknown or blank status; NIP Atasan not in the roster or equal to the employee's own NIP.
 * `todayMs` bounds the appointment month of a NIP. Sorted by row.
 */
export function checkRoster(employees: readonly Employee[], todayMs: number): RosterProblem[] {
  const problems: RosterProblem[] = [];
  const rowsByNip = new Map<string, Employee[]>();
  for (const e of employees) {
    if (e.nip === '') continue;
    const list = rowsByNip.get(e.nip);
    if (list) list.push(e);
    else rowsByNip.set(e.nip, [e]);
  }
  for (const e of employees) {
    if (e.name.trim() === '') problems.push({ row: e.row, column: 'Nama', message: 'Nama kosong.' });
    const status = normalizeStatus(e.status);
    if (e.status.trim() === '') {
      problems.push({ row: e.row, column: 'Status Kepegawaian', message: `Status Kepegawaian kosong. Isi salah satu: ${STATUS_LIST}.` });
    } else if (status === null) {
      problems.push({
        row: e.row,
        column: 'Status Kepegawaian',
        message: `Status Kepegawaian "${e.status.trim()}" tidak dikenal. Gunakan salah satu: ${STATUS_LIST}.`,
      });
    }
    if (e.nip === '') {
      if (status !== 'Non ASN' && status !== null) {
        problems.push({ row: e.row, column: 'NIP', message: `NIP kosong untuk pegawai berstatus ${status}.` });
      }
    } else {
      for (const m of checkNip(e.nip, status ?? '', todayMs)) problems.push({ row: e.row, column: 'NIP', message: m });
      const same = rowsByNip.get(e.nip) ?? [];
      if (same.length > 1) {
        const others = same.filter((o) => o !== e).map((o) => `baris ${o.row}${o.name ? ` (${o.name})` : ''}`);
        problems.push({ row: e.row, column: 'NIP', message: `NIP ganda: sama dengan ${others.join(', ')}. Setiap pegawai harus punya NIP sendiri.` });
      }
    }
    if (e.supervisorNip !== '') {
      if (e.supervisorNip === e.nip) {
        problems.push({ row: e.row, column: 'NIP Atasan', message: 'NIP Atasan sama dengan NIP pegawai itu sendiri.' });
      } else if (!rowsByNip.has(e.supervisorNip)) {
        problems.push({
          row: e.row,
          column: 'NIP Atasan',
          message: `NIP Atasan ${formatGrouped(e.supervisorNip)} tidak ada di daftar pegawai.`,
        });
      }
    }
  }
  return problems.sort((a, b) => a.row - b.row);
}

function formatGrouped(d: string): string {
  return d.length === 18 ? `${d.slice(0, 8)} ${d.slice(8, 14)} ${d.slice(14, 15)} ${d.slice(15)}` : d;
}

const STATUS_LIST = 'PNS, CPNS, PPPK, PPPK Paruh Waktu, atau Non ASN';

/** Pangkat names by golongan (PNS), per domain.md. */
const PANGKAT_NAMES: Record<string, string> = {
  'I/a': 'Juru Muda', 'I/b': 'Juru Muda Tk. I', 'I/c': 'Juru', 'I/d': 'Juru Tk. I',
  'II/a': 'Pengatur Muda', 'II/b': 'Pengatur Muda Tk. I', 'II/c': 'Pengatur', 'II/d': 'Pengatur Tk. I',
  'III/a': 'Penata Muda', 'III/b': 'Penata Muda Tk. I', 'III/c': 'Penata', 'III/d': 'Penata Tk. I',
  'IV/a': 'Pembina', 'IV/b': 'Pembina Tk. I', 'IV/c': 'Pembina Utama Muda', 'IV/d': 'Pembina Utama Madya', 'IV/e': 'Pembina Utama',
};

const ROMAN: Record<string, string> = { '1': 'I', '2': 'II', '3': 'III', '4': 'IV', i: 'I', ii: 'II', iii: 'III', iv: 'IV' };

// A golongan/ruang: roman or arabic group, optional separator, letter a–e, alone as a word.
const GOLONGAN = /(?:^|[^a-z0-9])(iv|iii|ii|i|[1-4])\s*[\/.\-]?\s*([a-e])(?![a-z0-9])/gi;

/**
 * Pangkat/Golongan in one spelling: "III a", "III.a", "3/a", "Penata Muda / III.a" →
 * "Penata Muda / III/a". Text without a recognisable PNS golongan (PPPK grades, blanks) is
 * returned trimmed, as written.
 */
export function normalizePangkat(text: string): string {
  const written = String(text).trim();
  let found: string | null = null;
  for (const m of written.matchAll(GOLONGAN)) {
    const gol = `${ROMAN[m[1].toLowerCase()]}/${m[2].toLowerCase()}`;
    if (PANGKAT_NAMES[gol]) found = gol; // the last one wins: "Penata Muda Tk. I / III/b"
  }
  return found ? `${PANGKAT_NAMES[found]} / ${found}` : written;
}
