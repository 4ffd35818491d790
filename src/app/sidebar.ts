/**
 * The Pengaturan sidebar's server side: typed, plain-data functions the page calls through
 * google.script.run (exported by src/index.ts). Reads and writes go through `Pengaturan` only.
 */
import { detectMapping } from '../core/nominations/mapping';
import { checkSidebarInput, fieldText, SIDEBAR_KEYS, sidebarFields, type SidebarField } from '../core/settings-form';
import { SHEETS } from '../core/schema';
import { parseSettings, SETTINGS, type SettingKey } from '../core/settings';
import { aspectLabel, detectSurveyQuestions } from '../core/survey/questions';
import { unconfirmedQuestionNote } from '../core/survey/config';
import { documentState, folderState, type DriveState } from '../gas/drive';
import { describeForm, openForm, type FormInfo } from '../gas/forms';
import { showSidebar } from '../gas/html';
import { readSheet } from '../gas/sheets';
import { adviceFor, isUserError } from '../core/errors';
import { createDefaultTemplate } from './decree/template';
import { logError } from './run';
import { updateSettings } from './settings';

export type FormKind = 'nomination' | 'survey';

export interface SidebarState {
  ok: boolean;
  /** Why the fields could not be loaded (e.g. no `Pengaturan` yet). */
  message: string;
  groups: { title: string; fields: SidebarField[] }[];
  /**
   * google.script.run function that connects each Form (`fn(confirmed: boolean)` returning
   * `{ needsConfirmation: string | null, message: string }`); a Form without one shows no button.
   */
  connectors: Partial<Record<FormKind, string>>;
}

/** The connect use cases the sidebar can call (top-level functions of src/index.ts). */
export const CONNECTORS: Partial<Record<FormKind, string>> = {
  nomination: 'nominationConnect',
  survey: 'surveyConnect',
};

export interface FormCheck {
  ok: boolean;
  /** Indonesian: what was found, or what is wrong and how to fix it. */
  message: string;
  title: string;
  /** The detected question mapping, one line each ("Pertanyaan calon: …"). */
  mapping: { label: string; value: string }[];
  /** Things the team should look at (unmapped questions, odd options). */
  notes: string[];
}

export interface SaveResult {
  ok: boolean;
  /** Indonesian message per field that could not be saved (nothing is written then). */
  errors: Partial<Record<SettingKey, string>>;
  /** Labels of the settings that changed. */
  saved: string[];
  message: string;
}

const URL_KEY: Record<FormKind, SettingKey> = { nomination: 'nominationFormUrl', survey: 'surveyFormUrl' };
const LABEL_OF = new Map(SETTINGS.map((d) => [d.key, d.label]));

/** Menu Pengaturan…: opens the sidebar. */
export function showSettingsSidebar(): void {
  showSidebar('Sidebar', 'Pengaturan Agen Perubahan');
}

function settingsTable(): unknown[][] | null {
  return readSheet('settings');
}

function cellsByKey(values: unknown[][]): Partial<Record<SettingKey, unknown>> {
  const parsed = parseSettings(values);
  const cells: Partial<Record<SettingKey, unknown>> = {};
  for (const [key, row] of Object.entries(parsed.rows) as [SettingKey, number][]) cells[key] = values[row - 1]?.[1];
  return cells;
}

const NO_SETTINGS =
  'Lembar "Pengaturan" belum ada. Jalankan menu Agen Perubahan › Siapkan Lembar Kerja, lalu buka Pengaturan… lagi.';

/** google.script.run: the fields with their current values. */
export function sidebarLoad(): SidebarState {
  const values = settingsTable();
  if (!values) return { ok: false, message: NO_SETTINGS, groups: [], connectors: {} };
  return { ok: true, message: '', groups: sidebarFields(cellsByKey(values)), connectors: { ...CONNECTORS } };
}

/** google.script.run: opens the Form at `url` and shows back what the product detected in it. */
export function sidebarCheckFormUrl(kind: FormKind, url: string): FormCheck {
  const label = LABEL_OF.get(URL_KEY[kind]) ?? '';
  let info: FormInfo;
  try {
    info = describeForm(openForm(String(url ?? ''), label));
  } catch (e) {
    return { ok: false, message: failureText(e), title: '', mapping: [], notes: [] };
  }
  return kind === 'nomination' ? nominationCheck(info) : surveyCheck(info);
}

function failureText(e: unknown): string {
  const message = String((e as Error)?.message ?? e);
  return isUserError(e) && e.hint ? `${message} ${e.hint}` : message;
}

function nominationCheck(info: FormInfo): FormCheck {
  const values = settingsTable();
  const settings = values ? parseSettings(values).settings : null;
  const m = detectMapping(info.items.filter((i) => i.kind !== 'SECTION_HEADER' && i.kind !== 'PAGE_BREAK').map((i) => ({ key: String(i.id), title: i.title, kind: i.kind })), {
    nomineeQuestions: settings?.nomineeQuestions ?? [],
    voterNipQuestion: settings?.voterNipQuestion ?? '',
  });
  const voter = info.collectsEmail
    ? 'email responden (formulir mengumpulkan email)'
    : m.voterNipLabel
      ? `jawaban "${m.voterNipLabel}"`
      : 'tidak dikenali: setiap kiriman dihitung sebagai pengusul tersendiri';
  return {
    ok: m.nomineeQuestions.length > 0,
    message: m.nomineeQuestions.length > 0 ? `Formulir "${info.title}" dapat dibuka.` : m.problems[m.problems.length - 1] ?? '',
    title: info.title,
    mapping: [
      { label: `Pertanyaan calon (${m.source === 'pengaturan' ? 'dari Pengaturan' : 'dikenali otomatis'})`, value: m.nomineeLabels.join('; ') || '—' },
      { label: 'Identitas pengusul', value: voter },
    ],
    notes: m.problems,
  };
}

function surveyCheck(info: FormInfo): FormCheck {
  const s = detectSurveyQuestions(info.items);
  const aspects = s.sections.filter((x) => x.aspect !== null).map((x) => `${x.title} → ${aspectLabel(x.aspect!)}`);
  // S1: a partly numbered question is neither scored nor dropped silently; the team is told now.
  const notes = [...s.notes, ...s.ambiguous.map(unconfirmedQuestionNote)];
  const usable = s.scored.length > 0 || s.ambiguous.length > 0;
  if (!usable) {
    notes.push('Tidak ada pertanyaan pilihan ganda dengan pilihan bernomor ("1", "2", …). Beri nomor pada setiap pilihan jawaban yang dinilai.');
  }
  return {
    ok: usable,
    message: usable ? `Formulir "${info.title}" dapat dibuka.` : notes[notes.length - 1],
    title: info.title,
    mapping: [
      { label: `Pertanyaan dinilai (${s.scored.length})`, value: s.scored.map((q) => q.title).join('; ') || '—' },
      { label: 'Pertanyaan unit kerja', value: s.unitQuestion ?? 'tidak ada (ringkasan per unit tidak dibuat)' },
      { label: 'Aspek', value: aspects.join('; ') || 'bagian formulir tidak cocok dengan tiga aspek' },
    ],
    notes,
  };
}

/**
 * google.script.run: checks every field, opens a Form whose link changed, and writes only the
 * settings that changed. When any field is wrong nothing is written and each message is returned
 * for its field.
 */
export function sidebarSave(input: Record<string, unknown>): SaveResult {
  const values = settingsTable();
  if (!values) return { ok: false, errors: {}, saved: [], message: NO_SETTINGS };
  const checked = checkSidebarInput(input && typeof input === 'object' ? input : {});
  const current = cellsByKey(values);
  const changed: Partial<Record<SettingKey, string>> = {};
  for (const key of SIDEBAR_KEYS) {
    const next = checked.values[key];
    if (next === undefined || checked.errors[key]) continue;
    if (next !== fieldText(key, current[key])) changed[key] = next;
  }
  for (const kind of ['nomination', 'survey'] as FormKind[]) {
    const key = URL_KEY[kind];
    const url = changed[key];
    if (!url) continue;
    const check = sidebarCheckFormUrl(kind, url);
    if (!check.title) checked.errors[key] = check.message;
  }
  if (changed.templateId) {
    const problem = driveProblem('template', documentState(changed.templateId));
    if (problem) checked.errors.templateId = problem;
  }
  if (changed.outputFolderId) {
    const problem = driveProblem('folder', folderState(changed.outputFolderId));
    if (problem) checked.errors.outputFolderId = problem;
  }
  const errorKeys = Object.keys(checked.errors) as SettingKey[];
  if (errorKeys.length > 0) {
    return {
      ok: false,
      errors: checked.errors,
      saved: [],
      message: `Belum disimpan: ${errorKeys.length} isian perlu diperbaiki (lihat pesan merah di bawah isian).`,
    };
  }
  const keys = Object.keys(changed) as SettingKey[];
  if (keys.length === 0) return { ok: true, errors: {}, saved: [], message: 'Tidak ada perubahan.' };
  updateSettings(parseSettings(values), changed);
  const saved = keys.map((k) => LABEL_OF.get(k) ?? k);
  const formChanged = keys.filter((k) => k === 'nominationFormUrl' || k === 'surveyFormUrl');
  const next = formChanged.length > 0 ? ' Formulir berubah: jalankan menu Hubungkan Formulir yang sesuai agar pemicunya terpasang.' : '';
  return { ok: true, errors: {}, saved, message: `Tersimpan di lembar Pengaturan: ${saved.join(', ')}.${next}` };
}

/** Why a typed template or folder id cannot be used (it must open, and be a Doc / a folder), or null. */
function driveProblem(kind: 'template' | 'folder', state: DriveState): string | null {
  const what = kind === 'template' ? 'Google Doc' : 'Folder';
  switch (state) {
    case 'ok':
      return null;
    case 'missing':
      return `${what} ini tidak dapat dibuka: tidak ditemukan, atau akun Anda tidak punya akses. Periksa tautannya (minta akses edit bila perlu).`;
    case 'trashed':
      return `${what} ini ada di Sampah (Trash) Google Drive. Pulihkan dulu, atau pilih yang lain.`;
    case 'not-a-document':
      return 'Ini bukan Google Doc (mungkin berkas Word, PDF, atau folder). Buka template di Google Docs lalu salin tautannya, atau kosongkan lalu tekan "Buat template bawaan".';
    case 'not-a-folder':
      return 'Ini sebuah berkas, bukan folder. Salin tautan folder Google Drive (…/drive/folders/…), atau kosongkan agar draf disimpan di folder template.';
    default:
      return null;
  }
}

export interface TemplateCreation {
  ok: boolean;
  /** False when a usable template was already set (nothing was made). */
  created: boolean;
  /** The template's file id now in `ID Template SK` ('' when it failed). */
  id: string;
  url: string;
  /** Indonesian: what happened, or what to fix. */
  message: string;
}

/**
 * google.script.run ("Buat template bawaan" next to ID Template SK): creates the default decree
 * template in the saved output folder and records its id in `Pengaturan`, exactly as the menu
 * item does; problems come back as a message for the field instead of a dialog.
 */
export function sidebarCreateTemplate(): TemplateCreation {
  if (!settingsTable()) return { ok: false, created: false, id: '', url: '', message: NO_SETTINGS };
  try {
    const r = createDefaultTemplate();
    if (r.created) return { ok: true, created: true, id: r.id, url: r.url, message: r.message };
    return {
      ok: true,
      created: false,
      id: r.id,
      url: r.url,
      message:
        `Template SK sudah ada dan dapat dibuka:\n${r.url}\n\nTidak ada yang dibuat. Untuk membuat template bawaan yang baru, ` +
        'kosongkan ID Template SK, tekan Simpan, lalu tekan "Buat template bawaan" lagi.',
    };
  } catch (e) {
    if (isUserError(e)) return { ok: false, created: false, id: '', url: '', message: failureText(e) };
    logError('Buat Template SK', e);
    const message = String((e as Error)?.message ?? e);
    return { ok: false, created: false, id: '', url: '', message: `Template SK tidak dapat dibuat: ${message}\n\n${adviceFor(message)}` };
  }
}
