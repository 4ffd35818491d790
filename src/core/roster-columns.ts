/**
 * R1: which column of a pasted roster feeds which field of `Pegawai`. One table of accepted
 * headers per field — the product's own, BKN SIASN exports, local SIMPEG/DUK sheets and common
 * variants — plus the composite fields: the titled name from GELAR DEPAN + NAMA + GELAR BELAKANG,
 * Pangkat/Golongan from a pangkat and a golongan column, Status Kepegawaian from the first
 * non-blank of its columns (SIASN's P/C column before JENIS PEGAWAI NAMA). Pure.
 */
import { textOf } from './cells';
import { ROSTER_HEADERS } from './schema';
import type { Employee } from './types';

/** A field of the product's roster (one column of `Pegawai` as the product lays it out). */
export type RosterField = 'nip' | 'name' | 'jabatan' | 'unit' | 'pangkat' | 'status' | 'sanction' | 'supervisorNip' | 'email';

/** A part of a composite field, read from a column of its own. */
type Part = 'titleFront' | 'titleBack' | 'golongan';

/** The product's column header of each field (as in ROSTER_HEADERS). */
export const FIELD_HEADER: Record<RosterField, string> = {
  nip: 'NIP',
  name: 'Nama',
  jabatan: 'Jabatan',
  unit: 'Unit Kerja',
  pangkat: 'Pangkat/Golongan',
  status: 'Status Kepegawaian',
  sanction: 'Hukuman Disiplin',
  supervisorNip: 'NIP Atasan',
  email: 'Email',
};

/** Fields without which a roster is refused (R4). */
export const REQUIRED_FIELDS: readonly RosterField[] = ['nip', 'name', 'status'];

/**
 * Accepted headers per field, best first, as people write them; they match case-, space- and
 * punctuation-insensitively ("NIP_BARU", "Nip Baru" and "NIP BARU" are one header). Where a roster
 * has several of one field's headers, the first in this list is read (for Status Kepegawaian, each
 * row takes the first of them that is not blank).
 */
export const ACCEPTED_HEADERS: Record<RosterField | Part, readonly string[]> = {
  nip: ['NIP', 'NIP BARU', 'NIP 18 Digit', 'NIP/NIP PPPK', 'NIP/NI PPPK', 'NIP PPPK', 'NI PPPK', 'NIP Pegawai', 'Nomor Induk Pegawai'],
  name: ['Nama', 'Nama Lengkap', 'Nama Pegawai', 'Nama dan Gelar', 'Nama Lengkap dan Gelar', 'Nama Lengkap (dengan gelar)', 'Nama Lengkap Gelar'],
  titleFront: ['GELAR DEPAN', 'Gelar Depan Nama'],
  titleBack: ['GELAR BELAKANG', 'Gelar Belakang Nama'],
  jabatan: ['Jabatan', 'JABATAN NAMA', 'Nama Jabatan', 'Jabatan Terakhir'],
  unit: ['Unit Kerja', 'UNOR NAMA', 'Unit Organisasi', 'UNOR', 'Unit Kerja Nama', 'Bidang/Unit Kerja', 'Bidang', 'Unit', 'SATKER', 'Satuan Kerja', 'SATUAN KERJA NAMA'],
  pangkat: ['Pangkat/Golongan', 'Pangkat/Gol', 'Pangkat/Golongan Ruang', 'Pangkat Gol Ruang', 'Pangkat', 'Pangkat Nama'],
  golongan: ['Golongan', 'GOL AKHIR NAMA', 'GOLRU', 'Gol/Ruang', 'Golongan/Ruang', 'Gol', 'Golongan Nama'],
  status: ['Status Kepegawaian', 'STATUS CPNS PNS', 'Status ASN', 'Status Pegawai', 'Status', 'JENIS PEGAWAI NAMA', 'Jenis Pegawai', 'Jenis Kepegawaian'],
  sanction: ['Hukuman Disiplin', 'Hukdis', 'Sanksi Disiplin', 'Hukuman', 'Status Hukuman Disiplin'],
  supervisorNip: ['NIP Atasan', 'NIP Atasan Langsung', 'Atasan NIP', 'NIP Atasan Baru'],
  email: ['Email', 'E-mail', 'Alamat Email', 'Email Address', 'Alamat Surel', 'Surel', 'EMAIL GOV', 'Email Dinas', 'Email Kantor'],
};

/** Headers that look like a field but are never read as it, with why (Indonesian). */
export const REFUSED_HEADERS: readonly { header: string; field: RosterField; why: string }[] = [
  { header: 'NIP LAMA', field: 'nip', why: 'NIP lama (9 angka) bukan NIP; NIP dibaca dari kolom NIP atau NIP BARU' },
];

/** A header as compared: lower-case letters and digits only. */
export function headerKey(v: unknown): string {
  return textOf(v).toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** A column of the pasted sheet: 0-based index and header as written. */
export interface SourceColumn {
  index: number;
  header: string;
}

/** Which columns feed one field of `Pegawai`. */
export interface FieldSource {
  field: RosterField;
  /** The product's header of the field. */
  header: string;
  /** Columns read, in the order they are used (empty: the roster has none). */
  columns: SourceColumn[];
  /** How the columns are combined, in Indonesian ('' when one column is read as it is). */
  how: string;
}

export interface RosterColumns {
  sources: Record<RosterField, FieldSource>;
  /** Required fields with no column (R4). */
  missingRequired: RosterField[];
  /** Columns recognised and deliberately not read (NIP LAMA), with why. */
  refused: (SourceColumn & { why: string })[];
  /** Columns that feed no field (kept as pasted in the add-on, after the product's in the CLI). */
  unused: SourceColumn[];
  /** Every header as written, for messages ("kolom yang ada: …"). */
  headers: string[];
}

const KEYS: Record<RosterField | Part, string[]> = Object.fromEntries(
  Object.entries(ACCEPTED_HEADERS).map(([f, hs]) => [f, hs.map(headerKey)]),
) as Record<RosterField | Part, string[]>;

const REFUSED_KEYS = new Map(REFUSED_HEADERS.map((r) => [headerKey(r.header), r]));

/** R1: reads the header row of a pasted roster. */
export function mapRosterColumns(headerRow: readonly unknown[]): RosterColumns {
  const headers = headerRow.map((h) => textOf(h));
  const keys = headers.map(headerKey);
  const used = new Set<number>();
  /** Every column of a field or part, ordered by the table (best first), then by position. */
  const columnsOf = (f: RosterField | Part): SourceColumn[] => {
    const out: SourceColumn[] = [];
    for (const k of KEYS[f]) {
      keys.forEach((key, index) => {
        if (key === k && !used.has(index)) out.push({ index, header: headers[index] });
      });
    }
    return out;
  };
  const take = (f: RosterField | Part, all = false): SourceColumn[] => {
    const found = columnsOf(f);
    const chosen = all ? found : found.slice(0, 1);
    chosen.forEach((c) => used.add(c.index));
    return chosen;
  };

  const refused: RosterColumns['refused'] = [];
  keys.forEach((key, index) => {
    const r = REFUSED_KEYS.get(key);
    if (r) {
      used.add(index);
      refused.push({ index, header: headers[index], why: r.why });
    }
  });

  const source = (field: RosterField, columns: SourceColumn[], how = ''): FieldSource => ({ field, header: FIELD_HEADER[field], columns, how });
  const nip = take('nip');
  const name = take('name');
  const front = take('titleFront');
  const back = take('titleBack');
  const pangkat = take('pangkat');
  const golongan = take('golongan');
  const status = take('status', true);
  const nameColumns = [...front, ...name, ...back];
  const sources: Record<RosterField, FieldSource> = {
    nip: source('nip', nip),
    name: source('name', name.length > 0 ? nameColumns : [], name.length > 0 && nameColumns.length > 1 ? 'gelar depan, nama, dan gelar belakang digabung' : ''),
    jabatan: source('jabatan', take('jabatan')),
    unit: source('unit', take('unit')),
    pangkat: source('pangkat', [...pangkat, ...golongan], pangkat.length > 0 && golongan.length > 0 ? 'pangkat dan golongan digabung' : ''),
    status: source('status', status, status.length > 1 ? 'kolom pertama yang terisi' : ''),
    sanction: source('sanction', take('sanction')),
    supervisorNip: source('supervisorNip', take('supervisorNip')),
    email: source('email', take('email')),
  };
  // Titles without a name column are not a name.
  if (name.length === 0) [...front, ...back].forEach((c) => used.delete(c.index));
  const missingRequired = REQUIRED_FIELDS.filter((f) => sources[f].columns.length === 0);
  const unused = headers.map((header, index) => ({ index, header })).filter((c) => !used.has(c.index) && c.header !== '');
  return { sources, missingRequired, refused, unused, headers };
}

/** The cells of one row for each field, composite fields joined (R1). Cells are trimmed text. */
export interface RosterCells extends Pick<Employee, 'name' | 'jabatan' | 'unit' | 'pangkat' | 'status' | 'sanction' | 'email'> {
  /** The NIP cells as the sheet gives them (a number where the sheet converted it): see nipDamage. */
  nipValue: unknown;
  supervisorNipValue: unknown;
}

/**
 * "dr." + "YOHANES BRIA" + "M.Kes" → "dr. YOHANES BRIA, M.Kes": each part only when present,
 * and not twice when the name already starts or ends with it.
 */
export function joinTitledName(front: string, name: string, back: string): string {
  const n = name.trim();
  if (n === '') return '';
  const f = front.trim();
  const b = back.trim().replace(/^,\s*/, '');
  const lower = n.toLowerCase();
  const withFront = f !== '' && !lower.startsWith(`${f.toLowerCase()} `) ? `${f} ${n}` : n;
  return b !== '' && !lower.endsWith(b.toLowerCase()) ? `${withFront}, ${b}` : withFront;
}

/** "Penata Muda" + "III/a" → "Penata Muda / III/a"; either alone as it is; not twice. */
export function joinPangkat(pangkat: string, golongan: string): string {
  const p = pangkat.trim();
  const g = golongan.trim();
  if (p === '' || g === '') return p || g;
  if (headerKey(p).includes(headerKey(g))) return p;
  return `${p} / ${g}`;
}

/** The fields of one pasted row under a column mapping (R1). */
export function rosterCells(columns: RosterColumns, cells: readonly unknown[]): RosterCells {
  const at = (c: SourceColumn | undefined): string => (c === undefined ? '' : textOf(cells[c.index]));
  const s = columns.sources;
  const nameCols = s.name.columns;
  let name = '';
  if (nameCols.length > 0) {
    // Columns are [front?, name, back?]: tell them apart by the table.
    const key = (c: SourceColumn) => headerKey(c.header);
    const front = nameCols.find((c) => KEYS.titleFront.includes(key(c)));
    const back = nameCols.find((c) => KEYS.titleBack.includes(key(c)));
    const bare = nameCols.find((c) => c !== front && c !== back);
    name = joinTitledName(at(front), at(bare), at(back));
  }
  const pangkatCols = s.pangkat.columns;
  const golongan = pangkatCols.find((c) => KEYS.golongan.includes(headerKey(c.header)));
  const pangkat = pangkatCols.find((c) => c !== golongan);
  const status = s.status.columns.map(at).find((v) => v !== '') ?? '';
  const first = (f: RosterField): SourceColumn | undefined => s[f].columns[0];
  return {
    nipValue: first('nip') === undefined ? '' : cells[(first('nip') as SourceColumn).index],
    supervisorNipValue: first('supervisorNip') === undefined ? '' : cells[(first('supervisorNip') as SourceColumn).index],
    name,
    jabatan: at(first('jabatan')),
    unit: at(first('unit')),
    pangkat: joinPangkat(at(pangkat), at(golongan)),
    status,
    sanction: at(first('sanction')),
    email: at(first('email')),
  };
}

/**
 * "NIP ← NIP BARU", "Nama ← GELAR DEPAN + NAMA + GELAR BELAKANG (…)", "Hukuman Disiplin ← (tidak
 * ada kolom)": one line per field, in the order of the product's columns.
 */
export function describeSources(columns: RosterColumns): string[] {
  return ROSTER_HEADERS.map((h) => {
    const src = Object.values(columns.sources).find((s) => s.header === h) as FieldSource;
    if (src.columns.length === 0) return `${h} ← (tidak ada kolom)`;
    const from = src.columns.map((c) => `"${c.header}"`).join(src.how === 'kolom pertama yang terisi' ? ', lalu ' : ' + ');
    return `${h} ← ${from}${src.how ? ` (${src.how})` : ''}`;
  });
}
