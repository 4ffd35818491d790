/**
 * Offline mode's inputs, read and checked before anything runs: the roster CSV, the Forms'
 * response CSVs (as Google Forms downloads them, English or Indonesian locale), the name
 * corrections CSV and the settings JSON. Every problem is an InputError whose message is one
 * Indonesian line naming the file; the CLI prints it and exits with code 2.
 */
import { parseDateInput } from '../../core/dates';
import { detectMapping } from '../../core/nominations/mapping';
import { digitsOf, NIP_DAMAGE_FIX_FILE } from '../../core/nip';
import { missingColumnsMessage, normalizeStatus, parseRoster, rowList } from '../../core/roster';
import { FIELD_HEADER, type RosterField } from '../../core/roster-columns';
import { ASSESSMENT_CRITERIA, ROLE_NAMES, roleByName } from '../../core/values';
import { detectSurveyQuestions, optionNumber, type SurveyItem } from '../../core/survey/questions';
import { CsvError, decodeCsvBytes, findColumn, readCsvTable, type CsvTable } from './csv';
import type { Answers, FormItemKind, FormSpec } from '../workspace/index';

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** Reads a CSV file's bytes into a table, turning every failure into an InputError naming it. */
export function csvTableOf(file: string, read: (path: string) => Uint8Array): CsvTable {
  let bytes: Uint8Array;
  try {
    bytes = read(file);
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ENOENT') throw new InputError(`${file}: berkas tidak ditemukan.`);
    if (code === 'EISDIR') throw new InputError(`${file}: ini folder, bukan berkas CSV.`);
    if (code === 'EACCES') throw new InputError(`${file}: berkas tidak bisa dibaca (izin ditolak).`);
    throw new InputError(`${file}: berkas tidak bisa dibaca (${(err as Error).message}).`);
  }
  try {
    return readCsvTable(decodeCsvBytes(bytes));
  } catch (err) {
    if (err instanceof CsvError) throw new InputError(`${file}: CSV tidak terbaca: ${err.message}`);
    throw err;
  }
}

// ---------------------------------------------------------------------------------------------
// Roster

/**
 * The roster as it goes into `Pegawai` (R1): the product's own columns in their order, filled
 * through the header table of core/roster-columns.ts (SIASN, SIMPEG/DUK, common variants), with
 * the composite fields joined (titled name, pangkat and golongan) and the status written in the
 * product's spelling; then every column the table did not read, unchanged. An optional column the
 * CSV lacks is left out, so `Pegawai` says it is missing (a missing Hukuman Disiplin column stays
 * a visible warning, never a blank column read as "no sanction"). Refused: a required column
 * missing (R4), no data row, any damaged NIP (R3; the rows are named).
 */
export function rosterFromCsv(table: CsvTable, file: string): string[][] {
  const parsed = parseRoster(table.headers, table.rows);
  if (parsed.missingRequired.length > 0) {
    throw new InputError(`${file}: ${missingColumnsMessage(parsed.missingRequired, parsed.columns)}`);
  }
  if (table.rows.length === 0) throw new InputError(`${file}: tidak ada data pegawai di bawah baris judul.`);
  const lineOf = (row: number) => table.lines[row - 2] ?? row;
  if (parsed.damagedNips.length > 0) {
    const rows = [...new Set(parsed.damagedNips.map((d) => lineOf(d.row)))];
    const first = parsed.damagedNips[0];
    const example = first.damage.message.replace(/^NIP/, FIELD_HEADER[first.field]);
    throw new InputError(
      `${file}: ${parsed.damagedNips.length} NIP rusak di baris ${rowList(rows)} (contoh baris ${lineOf(first.row)}: ${example}) NIP yang rusak tidak bisa dipakai untuk mengenali siapa pun. ${NIP_DAMAGE_FIX_FILE}`,
    );
  }
  const s = parsed.columns.sources;
  const fields = (Object.keys(FIELD_HEADER) as RosterField[]).filter((f) => s[f].columns.length > 0);
  const extras = parsed.columns.headers.map((_, i) => i).filter((i) => parsed.columns.unused.some((c) => c.index === i) || parsed.columns.refused.some((c) => c.index === i));
  const header = [...fields.map((f) => FIELD_HEADER[f]), ...extras.map((i) => table.headers[i])];
  const byRow = new Map(parsed.employees.map((e) => [e.row, e]));
  const rows = table.rows.map((r, i) => {
    const e = byRow.get(i + 2);
    const cell = (f: RosterField): string => {
      if (!e) return '';
      if (f === 'nip') return String(r[s.nip.columns[0].index] ?? '').trim();
      if (f === 'supervisorNip') return String(r[s.supervisorNip.columns[0].index] ?? '').trim();
      if (f === 'status') return normalizeStatus(e.status) ?? e.status;
      if (f === 'name') return e.name;
      return e[f];
    };
    return [...fields.map(cell), ...extras.map((c) => (r[c] ?? '').trim())];
  });
  return [header, ...rows];
}

// ---------------------------------------------------------------------------------------------
// Name corrections

export interface CorrectionInput {
  text: string;
  nip: string;
}

/** `Teks` (the text written in the Form) → `NIP` (18 digits, spaces allowed). */
export function correctionsFromCsv(table: CsvTable, file: string): CorrectionInput[] {
  const textCol = findColumn(table.headers, ['Teks', 'Teks di Formulir']);
  const nipCol = findColumn(table.headers, ['NIP']);
  if (textCol < 0 || nipCol < 0) {
    const missing = [textCol < 0 ? '"Teks"' : '', nipCol < 0 ? '"NIP"' : ''].filter(Boolean).join(' dan ');
    throw new InputError(`${file}: kolom ${missing} tidak ditemukan (yang ada: ${table.headers.join(', ')}).`);
  }
  const out: CorrectionInput[] = [];
  table.rows.forEach((row, i) => {
    const text = row[textCol].trim();
    const nip = digitsOf(row[nipCol]);
    if (text === '' && nip === '') return;
    if (text === '') throw new InputError(`${file}: baris ${table.lines[i]}: kolom Teks kosong.`);
    if (nip.length !== 18) throw new InputError(`${file}: baris ${table.lines[i]}: NIP "${row[nipCol].trim()}" harus 18 angka.`);
    out.push({ text, nip });
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Form responses

export type ResponsesPurpose = 'nominations' | 'survey';

export interface ResponsesInput {
  file: string;
  purpose: ResponsesPurpose;
  /** The Form to create: one item per question column, titled as the column. */
  spec: FormSpec;
  /** Responses in CSV order, answers keyed as the Forms back door accepts them. */
  responses: { answers: Answers; email?: string; at: number }[];
  /** Per response: the id column's value when the CSV has one, else the 1-based data row number. */
  ids: (string | number)[];
}

const TIMESTAMP_HEADERS = ['Timestamp', 'Stempel waktu', 'Cap waktu'];
const EMAIL_HEADERS = ['Email Address', 'Alamat email', 'Email address', 'Alamat surel'];
const ID_HEADERS = ['Response ID', 'ID Respons', 'ID Tanggapan'];

type ItemGuess = { kind: FormItemKind; title: string; choices?: string[] };

const byNumberThenText = (a: string, b: string) => (optionNumber(a) as number) - (optionNumber(b) as number) || (a < b ? -1 : a > b ? 1 : 0);

/** S1's rule on the distinct answers: at least half of them carry a leading number. */
function looksNumbered(distinct: string[]): boolean {
  const numbered = distinct.filter((v) => optionNumber(v) !== null).length;
  return numbered > 0 && numbered * 2 >= distinct.length;
}

/**
 * Where an unnumbered answer sits among the options, from its wording: the survey's options run
 * from the best (1) to the worst, as in the seed ("Selalu … Tidak pernah", "Sangat setuju …
 * Tidak setuju"). Used to order unnumbered answers that share a column's free places.
 */
export function wordingRank(label: string): number {
  const t = label.toLowerCase();
  if (/\bsangat (tidak|kurang|buruk|jarang)|\btidak pernah\b/.test(t)) return 5;
  if (/\b(tidak|buruk|jelek)\b/.test(t)) return 4;
  if (/\b(kurang|jarang)\b/.test(t)) return 3;
  if (/\b(cukup|kadang|netral|ragu)/.test(t)) return 2;
  if (/\b(sangat|selalu)\b/.test(t)) return 0;
  return 1;
}

/**
 * Places answers on a scale: a numbered answer at its number, an unnumbered one at `hint` (when
 * that place is free) or in the first free place, in wording order; bare numbers where nobody
 * answered (at least 1–2).
 */
function scaleOf(distinct: string[], hint: Map<string, number> = new Map()): string[] {
  const numbered = distinct.filter((v) => optionNumber(v) !== null).sort(byNumberThenText);
  const unnumbered = distinct.filter((v) => optionNumber(v) === null).sort((a, b) => wordingRank(a) - wordingRank(b));
  const numbers = new Set(numbered.map((v) => optionNumber(v) as number));
  const size = Math.max(2, numbers.size + unnumbered.length, ...numbers, ...unnumbered.map((v) => (hint.get(v) ?? 0) + 1));
  const slots: (string | null)[] = new Array(size).fill(null);
  const rest: string[] = [];
  for (const v of numbered) {
    const at = (optionNumber(v) as number) - 1;
    if (at >= 0 && slots[at] === null) slots[at] = v;
    else rest.push(v);
  }
  const free = () => slots.findIndex((x, i) => x === null && !numbers.has(i + 1));
  for (const v of unnumbered) {
    const at = hint.get(v);
    if (at !== undefined && slots[at] === null) slots[at] = v;
    else if (free() >= 0) slots[free()] = v;
    else slots.push(v);
  }
  for (const v of rest) {
    const at = slots.indexOf(null);
    if (at >= 0) slots[at] = v;
    else slots.push(v);
  }
  return slots.map((v, i) => v ?? String(i + 1));
}

/**
 * Question columns → Form items. Numbered answers (S1) make a MULTIPLE_CHOICE item, by the rule
 * the product applies to Forms (at least half of the distinct answers carry a leading number).
 * The CSV shows only the options people chose, so each choice list is rebuilt by position: a
 * numbered answer at its number; an unnumbered one (scored by its position, S1) in a place no
 * number takes, as placed in the column that pins it best (the most numbers around it: survey
 * questions often share a scale, so "1 - Selalu", "Sering", "3 - Jarang" in one column puts
 * "Sering" at 2 in every column), in wording order when several share a column's free places;
 * bare numbers where nobody answered. Other columns are TEXT (PARAGRAPH_TEXT with line breaks).
 */
export function inferItems(columns: { title: string; values: string[] }[]): ItemGuess[] {
  const distincts = columns.map((c) => [...new Set(c.values.map((v) => v.trim()).filter((v) => v !== ''))]);
  const numberedCols = distincts.map(looksNumbered);
  const hint = new Map<string, number>();
  const evidence = new Map<string, number>();
  distincts.forEach((d, i) => {
    if (!numberedCols[i]) return;
    const known = new Set(d.map(optionNumber).filter((n) => n !== null)).size;
    scaleOf(d).forEach((v, at) => {
      if (optionNumber(v) !== null || !d.includes(v)) return;
      if ((evidence.get(v) ?? -1) < known) {
        evidence.set(v, known);
        hint.set(v, at);
      }
    });
  });
  return columns.map((c, i): ItemGuess => {
    if (numberedCols[i]) return { kind: 'MULTIPLE_CHOICE', title: c.title, choices: scaleOf(distincts[i], hint) };
    return { kind: distincts[i].some((v) => v.includes('\n')) ? 'PARAGRAPH_TEXT' : 'TEXT', title: c.title };
  });
}

/** One column on its own (see inferItems). */
export function inferItem(title: string, values: string[]): ItemGuess {
  return inferItems([{ title, values }])[0];
}

/**
 * A responses CSV → the Form it came from and its responses. Refused when the timestamp column is
 * missing or a timestamp is unreadable, and when the Form would have nothing to count: no nominee
 * question (N3) for nominations, no scored question (S1) for the survey.
 */
export function responsesFromCsv(table: CsvTable, file: string, purpose: ResponsesPurpose): ResponsesInput {
  const tsCol = findColumn(table.headers, TIMESTAMP_HEADERS);
  if (tsCol < 0) {
    throw new InputError(`${file}: kolom waktu pengisian ("Timestamp" atau "Stempel waktu") tidak ditemukan; unduh ulang jawaban formulir sebagai CSV dari Google Forms.`);
  }
  const emailCol = findColumn(table.headers, EMAIL_HEADERS);
  const idCol = findColumn(table.headers, ID_HEADERS);
  const questionCols = table.headers.map((_, i) => i).filter((i) => i !== tsCol && i !== emailCol && i !== idCol && table.headers[i] !== '');
  if (questionCols.length === 0) throw new InputError(`${file}: tidak ada kolom pertanyaan selain waktu pengisian.`);

  const items = inferItems(questionCols.map((c) => ({ title: table.headers[c], values: table.rows.map((r) => r[c]) })));
  const titles = items.map((i) => i.title);
  const uniqueTitles = new Set(titles).size === titles.length;

  if (purpose === 'nominations') {
    const mapping = detectMapping(items.map((i) => ({ title: i.title, kind: i.kind })));
    if (mapping.nomineeQuestions.length === 0) {
      throw new InputError(`${file}: tidak ada kolom calon yang dikenali: judul kolom calon harus memuat kata "calon" atau "usulan" (kolom yang ada: ${titles.join(', ')}).`);
    }
  } else {
    const surveyItems: SurveyItem[] = items.map((it, i) => ({ id: i + 1, title: it.title, kind: it.kind, choices: it.choices ?? [], section: null }));
    if (detectSurveyQuestions(surveyItems).scored.length === 0) {
      throw new InputError(`${file}: tidak ada pertanyaan bernilai yang dikenali: jawaban pertanyaan yang dinilai harus diawali nomor pilihan (mis. "1", "2 - Sering").`);
    }
  }

  const spec: FormSpec = {
    title: purpose === 'nominations' ? 'Penjaringan Agen Perubahan' : 'Survei SOLIDER berAKHLAK',
    items: items.map((i) => ({ ...i })),
    collectEmail: emailCol >= 0,
  };

  const responses: ResponsesInput['responses'] = [];
  const ids: (string | number)[] = [];
  table.rows.forEach((row, r) => {
    const rawTs = row[tsCol].trim();
    const at = parseDateInput(rawTs);
    if (at === null) {
      throw new InputError(`${file}: baris ${table.lines[r]}: waktu pengisian "${rawTs}" tidak dikenali (contoh: 2026/11/20 9:15:02 AM GMT+8 atau 20/11/2026 9:15:02).`);
    }
    const answers: Answers = {};
    questionCols.forEach((c, k) => {
      const value = row[c].trim();
      if (value === '') return;
      // Keys are titles; with duplicate titles the items are told apart by position (ids follow).
      answers[uniqueTitles ? titles[k] : `#${k}`] = value;
    });
    const email = emailCol >= 0 ? row[emailCol].trim() : '';
    responses.push({ answers, at, ...(email ? { email } : {}) });
    ids.push(idCol >= 0 && row[idCol].trim() !== '' ? row[idCol].trim() : r + 1);
  });
  return { file, purpose, spec, responses, ids };
}

/** Re-keys positional answers ("#k") to the created Form's item ids (duplicate titles). */
export function answersForForm(answers: Answers, itemIds: number[]): Answers {
  const out: Answers = {};
  for (const [key, value] of Object.entries(answers)) {
    const m = /^#(\d+)$/.exec(key);
    out[m ? String(itemIds[Number(m[1])]) : key] = value;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Settings JSON

/** Criteria of A1, in order: one score each in `skor`. */
export const CRITERIA_COUNT = ASSESSMENT_CRITERIA.length;

export interface AssessmentInput {
  nip: string;
  penilai: string;
  skor: number[];
}

export interface AgentInput {
  nip: string;
  /** The role's name as the product writes it ("Katalis"), or null for none. */
  peran: string | null;
}

export interface OfflineSettings {
  /** Pengaturan values by setting key (text as the team would type it). */
  values: Partial<Record<'instansi' | 'kota' | 'kepalaNama' | 'kepalaNip' | 'kepalaPangkat' | 'nomorSurat' | 'tanggalPenetapan' | 'periodeMulai' | 'periodeSelesai' | 'alamat' | 'telepon' | 'emailKantor' | 'kodePos', string>>;
  penilaian: AssessmentInput[];
  agen: AgentInput[];
}

const TOP_KEYS = ['instansi', 'kota', 'kepala', 'nomorSurat', 'tanggalPenetapan', 'periode', 'penilaian', 'agen', 'alamat', 'telepon', 'email', 'kodePos'];

/** Reads and checks the settings JSON (every key optional). */
export function settingsFromJson(text: string, file: string): OfflineSettings {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    throw new InputError(`${file}: JSON tidak valid (${(err as Error).message}).`);
  }
  const fail = (what: string): never => {
    throw new InputError(`${file}: ${what}`);
  };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail('isi berkas harus objek JSON { … }.');
  const obj = data as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!TOP_KEYS.includes(key)) fail(`kunci "${key}" tidak dikenal (yang dikenal: ${TOP_KEYS.join(', ')}).`);
  }
  const str = (v: unknown, where: string): string | undefined => {
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string' && typeof v !== 'number') fail(`"${where}" harus teks.`);
    return String(v).trim();
  };
  const date = (v: unknown, where: string): string | undefined => {
    const s = str(v, where);
    if (s === undefined || s === '') return s;
    if (parseDateInput(s) === null) fail(`"${where}" bukan tanggal yang dikenali: "${s}" (tulis seperti 2026-11-27).`);
    return s;
  };
  const nip = (v: unknown, where: string): string => {
    const s = str(v, where) ?? '';
    const d = digitsOf(s);
    if (d.length !== 18) fail(`"${where}" harus NIP 18 angka, bukan "${s}".`);
    return d;
  };

  const values: OfflineSettings['values'] = {};
  const put = (key: keyof OfflineSettings['values'], v: string | undefined) => {
    if (v !== undefined) values[key] = v;
  };
  put('instansi', str(obj.instansi, 'instansi'));
  put('kota', str(obj.kota, 'kota'));
  put('nomorSurat', str(obj.nomorSurat, 'nomorSurat'));
  put('alamat', str(obj.alamat, 'alamat'));
  put('telepon', str(obj.telepon, 'telepon'));
  put('emailKantor', str(obj.email, 'email'));
  put('kodePos', str(obj.kodePos, 'kodePos'));
  put('tanggalPenetapan', date(obj.tanggalPenetapan, 'tanggalPenetapan'));
  if (obj.kepala !== undefined) {
    if (typeof obj.kepala !== 'object' || obj.kepala === null || Array.isArray(obj.kepala)) fail('"kepala" harus objek { "nama", "nip", "pangkat" }.');
    const k = obj.kepala as Record<string, unknown>;
    put('kepalaNama', str(k.nama, 'kepala.nama'));
    if (k.nip !== undefined && k.nip !== '') put('kepalaNip', nip(k.nip, 'kepala.nip'));
    put('kepalaPangkat', str(k.pangkat, 'kepala.pangkat'));
  }
  if (obj.periode !== undefined) {
    if (typeof obj.periode !== 'object' || obj.periode === null || Array.isArray(obj.periode)) fail('"periode" harus objek { "mulai", "selesai" }.');
    const p = obj.periode as Record<string, unknown>;
    put('periodeMulai', date(p.mulai, 'periode.mulai'));
    put('periodeSelesai', date(p.selesai, 'periode.selesai'));
  }

  const list = (v: unknown, where: string): Record<string, unknown>[] => {
    if (v === undefined) return [];
    if (!Array.isArray(v)) fail(`"${where}" harus daftar [ … ].`);
    return (v as unknown[]).map((x, i) => {
      if (typeof x !== 'object' || x === null || Array.isArray(x)) fail(`"${where}[${i}]" harus objek { … }.`);
      return x as Record<string, unknown>;
    });
  };
  const penilaian = list(obj.penilaian, 'penilaian').map((p, i): AssessmentInput => {
    const where = `penilaian[${i}]`;
    const skor = p.skor;
    if (!Array.isArray(skor) || skor.length !== CRITERIA_COUNT || !skor.every((s) => Number.isInteger(s) && s >= 1 && s <= 5)) {
      fail(`"${where}.skor" harus ${CRITERIA_COUNT} angka bulat 1–5, berurutan: ${ASSESSMENT_CRITERIA.map((c) => c.name.toLowerCase()).join('; ')}.`);
    }
    const penilai = str(p.penilai, `${where}.penilai`) ?? '';
    if (penilai === '') fail(`"${where}.penilai" kosong: tulis nama penilai.`);
    return { nip: nip(p.nip, `${where}.nip`), penilai, skor: skor as number[] };
  });
  const agen = list(obj.agen, 'agen').map((a, i): AgentInput => {
    const where = `agen[${i}]`;
    const raw = str(a.peran, `${where}.peran`);
    let peran: string | null = null;
    if (raw !== undefined && raw !== '') {
      const hit = roleByName(raw);
      if (!hit) fail(`"${where}.peran" harus salah satu dari: ${ROLE_NAMES.map((r) => r.toLowerCase()).join(', ')} (bukan "${raw}").`);
      peran = hit ? hit.name : null;
    }
    return { nip: nip(a.nip, `${where}.nip`), peran };
  });
  const seen = new Set<string>();
  for (const a of agen) {
    if (seen.has(a.nip)) fail(`NIP ${a.nip} tertulis dua kali di "agen".`);
    seen.add(a.nip);
    if (!penilaian.some((p) => p.nip === a.nip)) fail(`agen ${a.nip} belum punya penilaian: tambahkan minimal satu entri di "penilaian".`);
  }
  return { values, penilaian, agen };
}
