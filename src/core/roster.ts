/**
 * The roster sheet `Pegawai`: reading it into Employees (R1: columns by the table of
 * core/roster-columns.ts; R2: status and sanction spellings; R3: damaged NIPs; R4: required and
 * optional columns), and the checks of "Periksa Data Pegawai". Nothing here changes the roster;
 * problems say what to fix, and where.
 */
import { textOf, unquotedRows } from './cells';
import { checkNip, digitsOf, formatNip, NIP_DAMAGE_FIX, nipDamage, type NipDamage } from './nip';
import { ACCEPTED_HEADERS, FIELD_HEADER, mapRosterColumns, REQUIRED_FIELDS, rosterCells, type RosterColumns, type RosterField } from './roster-columns';
import type { Employee, EmploymentStatus } from './types';

/** One problem of the roster, located by its 1-based sheet row and column header. */
export interface RosterProblem {
  row: number;
  column: string;
  message: string;
}

const STATUS_BY_KEY: Record<string, EmploymentStatus> = {
  pns: 'PNS',
  p: 'PNS',
  pegawainegerisipil: 'PNS',
  cpns: 'CPNS',
  c: 'CPNS',
  calonpns: 'CPNS',
  calonpegawainegerisipil: 'CPNS',
  pppk: 'PPPK',
  p3k: 'PPPK',
  pegawaipemerintahdenganperjanjiankerja: 'PPPK',
  pppkparuhwaktu: 'PPPK Paruh Waktu',
  p3kparuhwaktu: 'PPPK Paruh Waktu',
  pppkpw: 'PPPK Paruh Waktu',
  paruhwaktu: 'PPPK Paruh Waktu',
  nonasn: 'Non ASN',
  nonpns: 'Non ASN',
  honor: 'Non ASN',
  honorer: 'Non ASN',
  tenagahonorer: 'Non ASN',
  kontrak: 'Non ASN',
  tenagakontrak: 'Non ASN',
  pegawaikontrak: 'Non ASN',
  ptt: 'Non ASN',
  thl: 'Non ASN',
};

// SIASN's JENIS PEGAWAI NAMA: "PNS Daerah Provinsi", "PNS Pusat DPK", "CPNS Daerah Kabupaten/Kota".
const PNS_KIND = /^(c?)pns(?:daerah|pusat)(?:provinsi|kabupaten|kota|dpk|dpb)*$/;

/**
 * Status Kepegawaian as written → the product's value, or null when unknown (R2). Case, spaces and
 * punctuation do not matter ("Non-ASN", "non asn"); P/C (SIASN) are PNS/CPNS; "PNS Daerah
 * Provinsi" is PNS, "CPNS Daerah" CPNS; "P3K" is PPPK; "Honor", "honorer", "THL", "kontrak" are
 * Non ASN.
 */
export function normalizeStatus(text: string): EmploymentStatus | null {
  const key = String(text).toLowerCase().replace(/[^a-z0-9]/g, '');
  if (Object.prototype.hasOwnProperty.call(STATUS_BY_KEY, key)) return STATUS_BY_KEY[key];
  const kind = PNS_KIND.exec(key);
  if (kind) return kind[1] === 'c' ? 'CPNS' : 'PNS';
  return null;
}

// R2: ways people write "none" in the Hukuman Disiplin column (letters and digits only).
const NO_SANCTION_KEYS = new Set([
  'tidak', 'tdk', 'tidakada', 'tdkada', '0', 'na', 'nihil', 'bebas', 'tidaksedangmenjalanihukumandisiplin',
  'tidakadahukuman', 'tidakadahukumandisiplin', 'belumpernah', 'tidakpernah',
]);

/**
 * True when the Hukuman Disiplin cell records an active sanction (R2): blank, dashes, "Tidak",
 * "Tdk", "Tidak ada", "0", "N/A", "Nihil", "Bebas", "Tidak sedang menjalani hukuman disiplin"
 * mean none; anything else counts, so a doubtful cell excludes rather than admits — and Periksa
 * Data Pegawai lists every text it treats as active (activeSanctions).
 */
export function hasActiveSanction(text: string): boolean {
  const t = String(text).trim().toLowerCase();
  if (/^[\s\-–—.]*$/.test(t)) return false;
  return !NO_SANCTION_KEYS.has(t.replace(/[^a-z0-9]/g, ''));
}

/** One distinct sanction text treated as active, with how many employees have it, and where. */
export interface ActiveSanction {
  text: string;
  count: number;
  rows: number[];
}

/**
 * Every distinct text of the Hukuman Disiplin column that counts as an active sanction (case and
 * spaces do not make two texts), most frequent first: the team sees what excludes whom (R2).
 */
export function activeSanctions(employees: readonly Employee[]): ActiveSanction[] {
  const byKey = new Map<string, ActiveSanction>();
  for (const e of employees) {
    if (!hasActiveSanction(e.sanction)) continue;
    const text = e.sanction.trim().replace(/\s+/g, ' ');
    const key = text.toLowerCase();
    const hit = byKey.get(key) ?? { text, count: 0, rows: [] };
    hit.count += 1;
    hit.rows.push(e.row);
    byKey.set(key, hit);
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
}

export interface ParsedRoster {
  employees: Employee[];
  /** Row problems found while reading (damaged NIPs, letters in a NIP), and row-1 problems. */
  problems: RosterProblem[];
  /** R1: which header fed which field. */
  columns: RosterColumns;
  /** R4: required fields without a column; a roster with any is refused. */
  missingRequired: RosterField[];
  /** R4: the Hukuman Disiplin column is missing (accepted, with a warning). */
  missingSanction: boolean;
  /** R3: every damaged NIP cell (NIP or NIP Atasan), in row order. */
  damagedNips: { row: number; name: string; field: 'nip' | 'supervisorNip'; damage: NipDamage }[];
}

const MAX_LISTED = 10;

/** "5, 7, 9" or "5, 7, … (12 baris)": rows named, a long list cut. */
export function rowList(rows: readonly number[]): string {
  if (rows.length <= MAX_LISTED) return rows.join(', ');
  return `${rows.slice(0, MAX_LISTED).join(', ')}, … (${rows.length} baris)`;
}

/**
 * R4: one message for missing required columns, starting in lower case ("kolom "NIP" dan "Status
 * Kepegawaian" tidak ditemukan …"): names them, lists the columns found, and the headers accepted.
 */
export function missingColumnsMessage(fields: readonly RosterField[], columns: RosterColumns): string {
  const names = fields.map((f) => `"${FIELD_HEADER[f]}"`).join(' dan ');
  const found = columns.headers.filter((h) => h !== '');
  const refused = columns.refused.map((r) => ` Kolom "${r.header}" tidak dipakai: ${r.why}.`).join('');
  const accepted = fields
    .map((f) => `${FIELD_HEADER[f]}: ${ACCEPTED_HEADERS[f].slice(0, 4).map((h) => `"${h}"`).join(', ')}`)
    .join('; ');
  const status = fields.includes('status') ? ' Status Kepegawaian berisi PNS, CPNS, PPPK, atau Non ASN per pegawai.' : '';
  return (
    `kolom ${names} tidak ditemukan di baris judul (kolom yang ada: ${found.length > 0 ? found.join(', ') : 'tidak ada'}).${refused} ` +
    `Tambahkan kolom itu, atau beri judul yang dikenali (${accepted}).${status}`
  );
}

export const MISSING_SANCTION_MESSAGE =
  'Kolom "Hukuman Disiplin" tidak ada: hukuman disiplin pegawai tidak diketahui, sehingga syarat calon hanya diperiksa dari Status Kepegawaian. Tambahkan kolom "Hukuman Disiplin" (kosong atau "Tidak ada" bila tidak sedang dihukum).';

/**
 * Reads `Pegawai` (header row = sheet row 1, `rows` from sheet row 2) through the header table of
 * R1; the sheet itself is never changed. Blank rows are skipped. A damaged NIP (R3) is reported
 * and not used: the employee's `nip` is '' and `nipDamage` says what happened.
 */
export function parseRoster(headerRow: readonly unknown[], pasted: readonly (readonly unknown[])[]): ParsedRoster {
  // The team types or pastes the roster; a leading apostrophe (typed to keep a NIP as text) is
  // never part of a value, whether Google kept it in a plain-text cell or not (core/cells).
  const rows = unquotedRows(pasted as unknown[][]);
  const columns = mapRosterColumns(headerRow);
  const problems: RosterProblem[] = [];
  for (const field of columns.missingRequired) {
    const message = missingColumnsMessage([field], columns);
    problems.push({ row: 1, column: FIELD_HEADER[field], message: message.charAt(0).toUpperCase() + message.slice(1) });
  }
  const missingSanction = columns.sources.sanction.columns.length === 0 && columns.missingRequired.length < REQUIRED_FIELDS.length;
  if (missingSanction) problems.push({ row: 1, column: FIELD_HEADER.sanction, message: MISSING_SANCTION_MESSAGE });
  const employees: Employee[] = [];
  const damagedNips: ParsedRoster['damagedNips'] = [];
  const nipHeader = columns.sources.nip.columns[0]?.header ?? FIELD_HEADER.nip;
  const supervisorHeader = columns.sources.supervisorNip.columns[0]?.header ?? FIELD_HEADER.supervisorNip;
  rows.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => textOf(c) === '')) return;
    const f = rosterCells(columns, cells);
    const nipOf = (value: unknown, field: 'nip' | 'supervisorNip'): { digits: string; damage: NipDamage | null } => {
      const damage = nipDamage(value);
      const label = FIELD_HEADER[field];
      if (damage) {
        damagedNips.push({ row, name: f.name, field, damage });
        const where = field === 'nip' ? `kolom "${nipHeader}"` : `kolom "${supervisorHeader}"`;
        problems.push({
          row,
          column: label,
          message: `${damage.message.replace(/^NIP/, label)} NIP ini tidak dipakai untuk mengenali siapa pun. ${NIP_DAMAGE_FIX.replace('kolom NIP', where)}`,
        });
        return { digits: '', damage };
      }
      const text = textOf(value);
      if (/[^0-9\s.\-]/.test(text)) {
        problems.push({ row, column: label, message: `${label} berisi huruf atau tanda selain angka: "${text}". Tulis 18 angka saja.` });
      }
      return { digits: digitsOf(text), damage: null };
    };
    const nip = nipOf(f.nipValue, 'nip');
    const supervisor = nipOf(f.supervisorNipValue, 'supervisorNip');
    const employee: Employee = {
      nip: nip.digits,
      name: f.name,
      jabatan: f.jabatan,
      unit: f.unit,
      pangkat: f.pangkat,
      status: f.status,
      sanction: f.sanction,
      supervisorNip: supervisor.digits,
      email: f.email.toLowerCase(),
      row,
    };
    if (nip.damage) employee.nipDamage = nip.damage;
    employees.push(employee);
  });
  return { employees, problems, columns, missingRequired: columns.missingRequired, missingSanction, damagedNips };
}

/**
 * R3/R4: the warning lines a nomination run puts at the top of `Rekap Penjaringan` while the
 * roster has damaged NIPs or no Hukuman Disiplin column; [] when it has neither.
 */
export function rosterNotices(parsed: Pick<ParsedRoster, 'damagedNips' | 'missingSanction'>): string[] {
  const out: string[] = [];
  const damaged = parsed.damagedNips.filter((d) => d.field === 'nip');
  // One line each, short enough to run across the table: the details are in Periksa Data Pegawai.
  if (damaged.length > 0) {
    out.push(
      `PERHATIAN: ${damaged.length} NIP di lembar Pegawai rusak (baris ${rowList(damaged.map((d) => d.row))}): tidak dipakai untuk mengenali siapa pun, ` +
        'usulan dengan NIP itu tidak dihitung. Format kolom NIP sebagai Teks biasa, tempel lagi, lalu Sinkronkan Ulang Penjaringan.',
    );
  }
  if (parsed.missingSanction) {
    out.push('PERHATIAN: lembar Pegawai tidak punya kolom Hukuman Disiplin, jadi syarat calon hanya diperiksa dari Status Kepegawaian.');
  }
  return out;
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
      // A damaged NIP is reported where it is read (parseRoster), with its fix.
      if (status !== 'Non ASN' && status !== null && !e.nipDamage) {
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
          message: `NIP Atasan ${formatNip(e.supervisorNip)} tidak ada di daftar pegawai.`,
        });
      }
    }
  }
  return problems.sort((a, b) => a.row - b.row);
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
