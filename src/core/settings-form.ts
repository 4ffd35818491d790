/**
 * The Pengaturan sidebar as data: which settings it shows, in which groups, how a stored cell is
 * shown in a field, and how typed text is checked and normalised before it is written. Pure, so
 * every field's rule is table-tested without a browser.
 */
import { formatTanggal, parseDateInput } from './dates';
import { digitsOf } from './nip';
import { formatMargins, parseMargins } from './decree/page';
import { choiceOf, fileIdFrom, formUrlProblem, SETTINGS, type SettingDef, type SettingKey } from './settings';

export interface SidebarGroup {
  title: string;
  keys: SettingKey[];
}

/** The sidebar's groups, in the order a new team fills them. Question mappings stay in the sheet. */
export const SIDEBAR_GROUPS: SidebarGroup[] = [
  { title: 'Formulir Google', keys: ['nominationFormUrl', 'surveyFormUrl'] },
  {
    title: 'Data Instansi (kop surat)',
    keys: ['instansi', 'alamat', 'telepon', 'emailKantor', 'kodePos', 'kota', 'kepalaNama', 'kepalaNip', 'kepalaPangkat'],
  },
  {
    title: 'Surat Keputusan',
    keys: ['nomorSurat', 'tanggalPenetapan', 'periodeMulai', 'periodeSelesai', 'templateId', 'outputFolderId', 'paper', 'margins', 'documentFont', 'documentFontSize', 'emblemId'],
  },
  { title: 'Rencana Tindak dan Pengingat', keys: ['kepalaEmail', 'approvalDelegates', 'reminderEmail'] },
  { title: 'Penjaringan dan Penilaian', keys: ['shortlistSize', 'perBallotLimit', 'agentCount', 'assessors'] },
];

export const SIDEBAR_KEYS: SettingKey[] = SIDEBAR_GROUPS.flatMap((g) => g.keys);

export type FieldInput = 'text' | 'url' | 'email' | 'number' | 'date' | 'nip' | 'multiline' | 'file';

export interface SidebarField {
  key: SettingKey;
  label: string;
  help: string;
  input: FieldInput;
  value: string;
  min?: number;
  max?: number;
}

function defOf(key: SettingKey): SettingDef {
  const def = SETTINGS.find((d) => d.key === key);
  if (!def) throw new Error(`Unknown setting ${key}`);
  return def;
}

function inputOf(def: SettingDef): FieldInput {
  if (def.key === 'emailKantor' || def.key === 'kepalaEmail') return 'email';
  if (def.key === 'templateId' || def.key === 'outputFolderId' || def.key === 'emblemId') return 'file';
  switch (def.kind) {
    case 'url':
      return 'url';
    case 'int':
      return 'number';
    case 'date':
      return 'date';
    case 'nip':
      return 'nip';
    case 'list':
      return 'multiline';
    default:
      return 'text';
  }
}

const isDateObject = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/** How a stored `Pengaturan` value cell reads in the sidebar field. */
export function fieldText(key: SettingKey, cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  const def = defOf(key);
  if (isDateObject(cell)) return def.kind === 'date' ? formatTanggal(cell.getTime()) : '';
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell.toFixed(0) : String(cell);
  const text = String(cell);
  if (def.kind === 'date') {
    const ms = parseDateInput(text);
    return ms === null ? text.trim() : formatTanggal(ms);
  }
  return def.kind === 'list' ? text.trim() : text.trim();
}

/** The sidebar's fields with the values as stored. `cells` maps a key to its value cell. */
export function sidebarFields(cells: Partial<Record<SettingKey, unknown>>): { title: string; fields: SidebarField[] }[] {
  return SIDEBAR_GROUPS.map((g) => ({
    title: g.title,
    fields: g.keys.map((key) => {
      const def = defOf(key);
      const field: SidebarField = { key, label: def.label, help: def.help, input: inputOf(def), value: fieldText(key, cells[key]) };
      if (def.kind === 'int') {
        field.min = def.min;
        field.max = def.max;
      }
      return field;
    }),
  }));
}

export interface CheckedInput {
  /** Normalised text to write, by key (only keys that were given). */
  values: Partial<Record<SettingKey, string>>;
  /** Indonesian message per key that cannot be saved. */
  errors: Partial<Record<SettingKey, string>>;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Checks and normalises what the team typed. Unknown keys are ignored; non-string values are
 * refused. Dates are written back as "27 November 2026", NIPs as 18 digits, numbers without
 * spaces, lists one item a line.
 */
export function checkSidebarInput(input: Record<string, unknown>): CheckedInput {
  const values: Partial<Record<SettingKey, string>> = {};
  const errors: Partial<Record<SettingKey, string>> = {};
  const dates: Partial<Record<SettingKey, number>> = {};
  for (const key of SIDEBAR_KEYS) {
    if (!(key in input)) continue;
    const raw = input[key];
    const def = defOf(key);
    if (typeof raw !== 'string') {
      errors[key] = `${def.label}: isian tidak terbaca.`;
      continue;
    }
    const text = raw.trim();
    const result = checkOne(def, text);
    if ('error' in result) errors[key] = result.error;
    else {
      values[key] = result.value;
      if (result.ms !== undefined) dates[key] = result.ms;
    }
  }
  const start = dates.periodeMulai;
  const end = dates.periodeSelesai;
  if (start !== undefined && end !== undefined && end < start) {
    errors.periodeSelesai = 'Periode Tugas Selesai lebih awal dari Periode Tugas Mulai.';
  }
  return { values, errors };
}

function checkOne(def: SettingDef, text: string): { value: string; ms?: number } | { error: string } {
  if (def.key === 'emailKantor') {
    if (text !== '' && !EMAIL.test(text)) return { error: `"${text}" bukan alamat email (contoh: dinkes@nttprov.go.id).` };
    return { value: text };
  }
  if (def.key === 'kepalaEmail') {
    if (text !== '' && !EMAIL.test(text)) return { error: `"${text}" bukan alamat email. Tulis email akun Google Kepala Dinas, mis. kepala.dinas@nttprov.go.id.` };
    return { value: text.toLowerCase() };
  }
  if (def.key === 'approvalDelegates') {
    const list = text
      .split(/\r?\n/)
      .map((x) => x.trim())
      .filter((x) => x !== '');
    const bad = list.filter((x) => !EMAIL.test(x));
    if (bad.length > 0) return { error: `Bukan alamat email: ${bad.map((b) => `"${b}"`).join(', ')}. Tulis satu email per baris.` };
    return { value: list.map((x) => x.toLowerCase()).join('\n') };
  }
  if (def.key === 'kodePos') {
    if (text !== '' && !/^\d{5}$/.test(text)) return { error: `Kode pos terdiri dari 5 angka (contoh: 85111), bukan "${text}".` };
    return { value: text };
  }
  if (def.key === 'telepon') {
    if (text !== '' && !/^[\d\s()+./-]{5,}$/.test(text)) return { error: `"${text}" bukan nomor telepon (contoh: (0380) 833 180).` };
    return { value: text.replace(/\s+/g, ' ') };
  }
  if (def.kind === 'choice') {
    if (text === '') return { value: def.initial ?? '' };
    const choice = choiceOf(def, text);
    return choice === null ? { error: `${def.label} harus salah satu dari ${(def.choices ?? []).join(' atau ')}, bukan "${text}".` } : { value: choice };
  }
  if (def.kind === 'margins') {
    const m = parseMargins(text);
    return 'error' in m ? { error: m.error } : { value: formatMargins(m) };
  }
  if (def.key === 'templateId' || def.key === 'outputFolderId' || def.key === 'emblemId') {
    if (text !== '' && fileIdFrom(text) === '') {
      return { error: 'Bukan tautan atau ID Google Drive yang dikenali. Salin tautan dari bilah alamat saat membuka berkas/folder.' };
    }
    return { value: text === '' ? '' : fileIdFrom(text) };
  }
  switch (def.kind) {
    case 'url': {
      if (text === '') return { value: '' };
      const problem = formUrlProblem(text);
      return problem ? { error: problem } : { value: text };
    }
    case 'int': {
      if (text === '') return { error: `${def.label} wajib diisi (bilangan bulat ${def.min}–${def.max}).` };
      const n = Number(text.replace(/\s/g, ''));
      if (!/^\d+$/.test(text.replace(/\s/g, '')) || !Number.isInteger(n) || n < (def.min ?? 0) || n > (def.max ?? Infinity)) {
        return { error: `${def.label} harus bilangan bulat ${def.min}–${def.max}, bukan "${text}".` };
      }
      return { value: String(n) };
    }
    case 'date': {
      if (text === '') return { value: '' };
      const ms = parseDateInput(text);
      if (ms === null) return { error: `"${text}" bukan tanggal yang dikenali. Tulis seperti 27/11/2026 atau 27 November 2026.` };
      return { value: formatTanggal(ms), ms };
    }
    case 'nip': {
      if (text === '') return { value: '' };
      const digits = digitsOf(text);
      if (digits.length !== 18 || /[^\d\s.]/.test(text)) {
        return { error: `NIP harus 18 angka (boleh dengan spasi); tertulis ${digits.length} angka.` };
      }
      return { value: digits };
    }
    case 'list':
      return {
        value: text
          .split(/\r?\n/)
          .map((s) => s.trim())
          .filter((s) => s !== '')
          .join('\n'),
      };
    default:
      return { value: text.replace(/\s+/g, ' ') };
  }
}
