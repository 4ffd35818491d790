/**
 * Offline mode's inputs, read and checked before anything runs: the roster CSV, the Forms'
 * response CSVs (as Google Forms downloads them, English or Indonesian locale), the name
 * corrections CSV and the settings JSON. Every problem is an InputError whose message is one
 * Indonesian line naming the file; the CLI prints it and exits with code 2.
 */
import { columnFieldOrder, parseDateInOrder, parseDateInput, type FieldOrder } from '../../core/dates';
import { isJoinedChoices, splitCheckboxCell, splitLabelsOf } from '../../core/nominations/checkbox';
import { detectMapping } from '../../core/nominations/mapping';
import { digitsOf, findDamagedNipInText, NIP_DAMAGE_FIX_FILE, nipDamage, type NipDamage } from '../../core/nip';
import { missingColumnsMessage, normalizeStatus, parseRoster, rowList } from '../../core/roster';
import { FIELD_HEADER, type RosterField } from '../../core/roster-columns';
import { ASSESSMENT_CRITERIA, ROLE_NAMES, roleByName } from '../../core/values';
import { detectSurveyQuestions, NEVER_SCORED_TITLE, optionNumber, type SurveyItem } from '../../core/survey/questions';
import { formatScale } from '../../core/survey/scale';
import { CsvError, decodeCsvBytes, findColumn, headerKey, readCsvTable, type CsvTable } from './csv';
import type { Employee } from '../../core/types';
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
    // R3: a correction the team wrote points at one person; a NIP ending in 000 is nobody's.
    const damage = nipDamage(row[nipCol]);
    if (damage) throw new InputError(`${file}: baris ${table.lines[i]}: ${damage.message} ${NIP_DAMAGE_FIX_FILE}`);
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

export const TIMESTAMP_HEADERS = ['Timestamp', 'Stempel waktu', 'Cap waktu'];
/** Google's respondent column (N1): "Email Address", or on Workspace-domain Forms "Username". */
export const EMAIL_HEADERS = ['Email Address', 'Alamat email', 'Email address', 'Alamat surel', 'Username', 'Nama pengguna'];
export const ID_HEADERS = ['Response ID', 'ID Respons', 'ID Tanggapan'];
/** Answers people write in their own words: never scored (S1), whatever they start with. */
const FREE_TEXT_TITLE = /saran|komentar|masukan|catatan|pendapat|kritik|usul|alasan|keterangan/i;
/** An option label is short; a longer answer is someone's own words. */
const MAX_OPTION_CHARS = 100;

type ItemGuess = { kind: FormItemKind; title: string; choices?: string[]; other?: boolean };

/** The words of a numbered label without its number: "1. Selalu" and "Selalu (1)" are both "selalu". */
function wordsOf(label: string): string {
  return label
    .replace(/^\s*\(?\d{1,3}\)?\s*[.):=\-–—]?\s*/, '')
    .replace(/\(\d{1,3}\)\s*$/, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * S1 in a CSV, where no option list exists: a column is a scored choice question when at least
 * half of its distinct answers carry an option number, every number means one option (two answers
 * "1. …" with different words are free text), and no answer is longer than an option label.
 */
function looksLikeOptions(title: string, distinct: string[]): boolean {
  if (NEVER_SCORED_TITLE.test(title) || FREE_TEXT_TITLE.test(title)) return false;
  const numbered = distinct.filter((v) => optionNumber(v) !== null);
  if (numbered.length === 0 || numbered.length * 2 < distinct.length) return false;
  if (distinct.some((v) => v.length > MAX_OPTION_CHARS || v.includes('\n'))) return false;
  const words = new Map<number, string>();
  for (const v of numbered) {
    const n = optionNumber(v) as number;
    const w = wordsOf(v);
    const seen = words.get(n);
    if (seen !== undefined && seen !== '' && w !== '' && seen !== w) return false;
    if (seen === undefined || seen === '') words.set(n, w);
  }
  return words.size <= 11;
}

/** Most distinct answers a column may have and still be read as a choice question's options. */
const MAX_OPTIONS = 11;

/**
 * S1 for a CSV column that may be a partly numbered choice question: its answers repeat as
 * choices do (fewer distinct answers than answers, at most MAX_OPTIONS, all short, one line),
 * some carry an option number, but fewer than half. On a Form such a question waits for the team
 * (S1, "belum dikonfirmasi"); a CSV has no option list to tell, so the file is refused with the
 * column named. Returns the numbered and the unnumbered answers, or null when the column is not such.
 */
function partlyNumbered(title: string, values: readonly string[]): { numbered: string[]; unnumbered: string[] } | null {
  if (NEVER_SCORED_TITLE.test(title) || FREE_TEXT_TITLE.test(title)) return null;
  const answered = values.map((v) => v.trim()).filter((v) => v !== '');
  const distinct = [...new Set(answered)];
  if (distinct.length < 2 || distinct.length > MAX_OPTIONS || answered.length <= distinct.length) return null;
  if (distinct.some((v) => v.length > MAX_OPTION_CHARS || v.includes('\n'))) return null;
  const numbered = distinct.filter((v) => optionNumber(v) !== null);
  if (numbered.length === 0 || numbered.length * 2 >= distinct.length) return null;
  return { numbered, unnumbered: distinct.filter((v) => optionNumber(v) === null) };
}

/**
 * The options of a scored CSV column (S1a): the numbered answers seen in it, by number, with bare
 * numbers where nobody answered (so a column where everyone chose "2 - Sering" still has a scale
 * from 1). Answers without a number are typed "Other" answers: unparseable, never placed.
 */
function optionsOf(distinct: string[]): { choices: string[]; other: boolean } {
  const numbered = distinct
    .filter((v) => optionNumber(v) !== null)
    .sort((a, b) => (optionNumber(a) as number) - (optionNumber(b) as number) || (a < b ? -1 : a > b ? 1 : 0));
  const numbers = new Set(numbered.map((v) => optionNumber(v) as number));
  const low = Math.min(1, ...numbers);
  const high = Math.max(2, ...numbers);
  const choices: string[] = [];
  for (let n = low; n <= high; n++) {
    const here = numbered.filter((v) => optionNumber(v) === n);
    choices.push(...(here.length > 0 ? here : [String(n)]));
  }
  return { choices, other: numbered.length < distinct.length };
}

/**
 * Question columns → Form items. A column whose answers are numbered options (see
 * looksLikeOptions) becomes a MULTIPLE_CHOICE item with those options (and an "Other" option for
 * unnumbered answers); every other column is TEXT (PARAGRAPH_TEXT with line breaks).
 */
export function inferItems(columns: { title: string; values: string[] }[]): ItemGuess[] {
  return columns.map((c): ItemGuess => {
    const distinct = [...new Set(c.values.map((v) => v.trim()).filter((v) => v !== ''))];
    if (looksLikeOptions(c.title, distinct)) {
      const { choices, other } = optionsOf(distinct);
      return { kind: 'MULTIPLE_CHOICE', title: c.title, choices, ...(other ? { other: true } : {}) };
    }
    return { kind: distinct.some((v) => v.includes('\n')) ? 'PARAGRAPH_TEXT' : 'TEXT', title: c.title };
  });
}

/** One column on its own (see inferItems). */
export function inferItem(title: string, values: string[]): ItemGuess {
  return inferItems([{ title, values }])[0];
}

const DOWNLOAD_HINT = 'Unduh ulang jawaban langsung dari Google Forms (tab Respons › ⋮ › "Download responses (.csv)"), lalu jalankan lagi.';

/** R5: the timestamp column's day/month order, decided from the whole column, or refused. */
export function timestampOrder(file: string, header: string, values: string[]): FieldOrder {
  const order = columnFieldOrder(values);
  if (order.kind === 'decided') return order.order;
  if (order.kind === 'undecided') {
    throw new InputError(
      `${file}: kolom "${header}": urutan hari dan bulan tidak pasti ("${order.example}" bisa dibaca hari/bulan atau bulan/hari, dan tidak ada tanggal lain yang memastikannya). ${DOWNLOAD_HINT}`,
    );
  }
  if (order.kind === 'contradictory') {
    throw new InputError(
      `${file}: kolom "${header}": tanggalnya bertentangan ("${order.dayFirst}" hanya bisa hari/bulan, "${order.monthFirst}" hanya bisa bulan/hari). ${DOWNLOAD_HINT}`,
    );
  }
  return 'day-month';
}

/** N1: Google's respondent column; where several columns carry such a title, the one Google puts right after the timestamp. */
function respondentColumn(headers: readonly string[], tsCol: number): number {
  const keys = EMAIL_HEADERS.map(headerKey);
  const matches = headers.map((h, i) => (keys.includes(headerKey(h)) ? i : -1)).filter((i) => i >= 0);
  if (matches.length === 0) return -1;
  return matches.includes(tsCol + 1) ? tsCol + 1 : matches[0];
}

/**
 * A responses CSV → the Form it came from and its responses. Refused when the timestamp column is
 * missing, a timestamp is unreadable or the column's day/month order is uncertain (R5), and when
 * the Form would have nothing to count: no nominee question (N3) for nominations, no scored
 * question (S1) for the survey. Nominee columns holding checkbox answers (several roster names
 * joined by ", ") are split against the roster's names (R6) into a checkbox question.
 */
/**
 * R3 in a nominations CSV: a NIP answer in scientific notation ("1,98609E+17") was written by
 * Excel, never by Google or a voter, so the file was re-saved and its NIPs have lost digits. The
 * file is refused with the rows named. So is a file with two or more 18-digit NIP answers ending in
 * 000: a real NIP's sequence never is 000, and a spreadsheet keeping 15 digits zeroes every long
 * NIP of the column. One such answer is a voter's slip: that entry alone identifies nobody, and the
 * ballot log says so.
 */
function refuseExcelNumbers(table: CsvTable, file: string, titles: string[], questionCols: number[], nipTitles: string[]): void {
  const hits: { line: number; title: string; damage: NipDamage }[] = [];
  const zeroed: typeof hits = [];
  questionCols.forEach((c, k) => {
    if (!nipTitles.includes(titles[k])) return;
    table.rows.forEach((row, r) => {
      const damage = findDamagedNipInText(row[c] ?? '');
      if (damage && damage.kind === 'notasi ilmiah') hits.push({ line: table.lines[r], title: titles[k], damage });
      if (damage && damage.kind === 'urutan 000') zeroed.push({ line: table.lines[r], title: titles[k], damage });
    });
  });
  // An 18-digit NIP ending in 000 is never real (a NIP's sequence starts at 001): one is a voter's
  // slip (that entry alone identifies nobody), two or more are a spreadsheet's 15 digits.
  if (zeroed.length >= 2) hits.push(...zeroed);
  hits.sort((a, b) => a.line - b.line);
  if (hits.length === 0) return;
  const first = hits[0];
  throw new InputError(
    `${file}: ${hits.length} NIP rusak di baris ${rowList([...new Set(hits.map((h) => h.line))])} (contoh baris ${first.line}, kolom "${first.title}": ${first.damage.message}) ` +
      'Berkas ini sudah disimpan ulang lewat Excel. Unduh ulang jawaban langsung dari Google Forms (Respons › Unduh respons (.csv)) dan pakai berkas itu apa adanya.',
  );
}

export function responsesFromCsv(table: CsvTable, file: string, purpose: ResponsesPurpose, roster: readonly Pick<Employee, 'name'>[] = []): ResponsesInput {
  const tsCol = findColumn(table.headers, TIMESTAMP_HEADERS);
  if (tsCol < 0) {
    throw new InputError(`${file}: kolom waktu pengisian ("Timestamp" atau "Stempel waktu") tidak ditemukan; unduh ulang jawaban formulir sebagai CSV dari Google Forms.`);
  }
  const emailCol = respondentColumn(table.headers, tsCol);
  const idCol = findColumn(table.headers, ID_HEADERS);
  const questionCols = table.headers.map((_, i) => i).filter((i) => i !== tsCol && i !== emailCol && i !== idCol && table.headers[i] !== '');
  if (questionCols.length === 0) throw new InputError(`${file}: tidak ada kolom pertanyaan selain waktu pengisian.`);
  const order = timestampOrder(file, table.headers[tsCol], table.rows.map((r) => r[tsCol]));

  const columns = questionCols.map((c) => ({ title: table.headers[c], values: table.rows.map((r) => r[c]) }));
  if (purpose === 'survey') {
    for (const c of columns) {
      const partly = partlyNumbered(c.title, c.values);
      if (!partly) continue;
      const quote = (vs: string[]) => vs.slice(0, 3).map((v) => `"${v}"`).join(', ');
      throw new InputError(
        `${file}: kolom "${c.title}": hanya sebagian pilihan jawabannya bernomor (${quote(partly.numbered)}; tanpa nomor: ${quote(partly.unnumbered)}), ` +
          'jadi tidak pasti apakah pertanyaan ini dinilai. Bila dinilai: beri nomor pada setiap pilihannya di formulir (mis. "1 - Sangat baik"), lalu unduh ulang jawabannya; ' +
          'bila tidak dinilai: hapus kolom ini dari berkas CSV. Lalu jalankan lagi.',
      );
    }
  }
  const items: ItemGuess[] = purpose === 'survey' ? inferItems(columns) : columns.map((c) => ({ kind: 'TEXT', title: c.title }));
  const titles = items.map((i) => i.title);
  const uniqueTitles = new Set(titles).size === titles.length;
  /** Per question column, how a cell becomes the answer (checkbox columns split, R6). */
  const cellAnswer: ((cell: string) => string | string[])[] = items.map(() => (cell) => cell);

  if (purpose === 'nominations') {
    const mapping = detectMapping(items.map((i) => ({ title: i.title, kind: i.kind })));
    if (mapping.nomineeQuestions.length === 0) {
      throw new InputError(`${file}: tidak ada kolom calon yang dikenali: judul kolom calon harus memuat kata "calon" atau "usulan" (kolom yang ada: ${titles.join(', ')}).`);
    }
    refuseExcelNumbers(table, file, items.map((i) => i.title), questionCols, [...mapping.nomineeQuestions, ...(mapping.voterNipQuestion ? [mapping.voterNipQuestion] : [])]);
    const labels = splitLabelsOf([], roster);
    const nominee = new Set(mapping.nomineeQuestions);
    items.forEach((item, k) => {
      if (!nominee.has(item.title)) return;
      const cells = columns[k].values.map((v) => v.trim()).filter((v) => v !== '');
      if (!cells.some((v) => isJoinedChoices(v, labels))) return;
      const split = cells.map((v) => splitCheckboxCell(v, labels));
      items[k] = { kind: 'CHECKBOX', title: item.title, choices: [...new Set(split.flat())] };
      cellAnswer[k] = (cell) => splitCheckboxCell(cell, labels);
    });
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
    const at = parseDateInOrder(rawTs, order);
    if (at === null) {
      throw new InputError(`${file}: baris ${table.lines[r]}: waktu pengisian "${rawTs}" tidak dikenali (contoh: 2026/11/20 9:15:02 AM GMT+8 atau 20/11/2026 9:15:02).`);
    }
    const answers: Answers = {};
    questionCols.forEach((c, k) => {
      const value = row[c].trim();
      if (value === '') return;
      // Keys are titles; with duplicate titles the items are told apart by position (ids follow).
      answers[uniqueTitles ? titles[k] : `#${k}`] = cellAnswer[k](value);
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
  values: Partial<Record<'instansi' | 'kota' | 'kepalaNama' | 'kepalaNip' | 'kepalaPangkat' | 'nomorSurat' | 'tanggalPenetapan' | 'periodeMulai' | 'periodeSelesai' | 'alamat' | 'telepon' | 'emailKantor' | 'kodePos' | 'surveyScale', string>>;
  penilaian: AssessmentInput[];
  agen: AgentInput[];
}

const TOP_KEYS = ['instansi', 'kota', 'kepala', 'nomorSurat', 'tanggalPenetapan', 'periode', 'penilaian', 'agen', 'alamat', 'telepon', 'email', 'kodePos', 'skalaSurvei'];

/** The settings key of the survey scale (S1a), for messages. */
export const SCALE_KEY = 'skalaSurvei';

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

  if (obj.skalaSurvei !== undefined) {
    const example = `"${SCALE_KEY}": { "terendah": 1, "tertinggi": 5, "terbaik": "tertinggi" }`;
    const v = obj.skalaSurvei;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(`"${SCALE_KEY}" harus objek, mis. ${example}.`);
    const k = v as Record<string, unknown>;
    for (const key of Object.keys(k)) {
      if (!['terendah', 'tertinggi', 'terbaik'].includes(key)) fail(`kunci "${SCALE_KEY}.${key}" tidak dikenal (yang dikenal: terendah, tertinggi, terbaik).`);
    }
    const lo = k.terendah;
    const hi = k.tertinggi;
    if (!Number.isInteger(lo) || !Number.isInteger(hi) || (lo as number) >= (hi as number) || (hi as number) - (lo as number) > 10) {
      fail(`"${SCALE_KEY}.terendah" dan "${SCALE_KEY}.tertinggi" harus bilangan bulat, terendah lebih kecil (paling banyak 11 nilai), mis. ${example}.`);
    }
    if (k.terbaik !== 'tertinggi' && k.terbaik !== 'terendah') fail(`"${SCALE_KEY}.terbaik" harus "tertinggi" atau "terendah", bukan ${JSON.stringify(k.terbaik ?? null)}.`);
    values.surveyScale = formatScale(lo as number, hi as number, k.terbaik === 'tertinggi' ? 'highest' : 'lowest', true);
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
