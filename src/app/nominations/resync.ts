/**
 * "Sinkronkan Ulang Penjaringan": rebuilds `Log Surat Suara` and the tally from every response.
 *
 * Spreadsheet route: the response tab is read in one call. Form route: FormApp costs calls per
 * response, so responses are read in chunks, in (time, id) order, until the time budget is spent;
 * each chunk goes into the ledger, the cursor (the last response read) is saved in document
 * properties and a one-off trigger continues a minute later. Responses edited in the meantime
 * carry the time of the edit, so they sort after the cursor and are read again; a deletion shifts
 * nothing. The last chunk reads the id of every response the Form holds at that moment: rows of
 * any other id (deleted in the Forms editor) are dropped and the tally is written. Progress is
 * shown as a toast.
 */
import { UserError } from '../../core/errors';
import type { PlainResponse } from '../../core/response';
import { describeForm, openForm, readResponses } from '../../gas/forms';
import { withScriptLock } from '../../gas/lock';
import { activeSpreadsheet, toast } from '../../gas/sheets';
import { responseTabFor } from '../tab-forms';
import { clearContinuation, continuationDelay, scheduleContinuation } from '../continuations';
import { triggerAction } from '../run';
import { loadAll, mappingFor, recordResponses, type Loaded } from './record';
import { updateSettings } from '../settings';
import { exactTabAnswers, keyed, LOCK_MS, NOMINATION_SETTING_LABEL, questionsOf, readNominationTab } from './submit';
import { clearPending, readState, rememberTallyLook, rememberTallyShape, saveResync, saveSource, type NominationSource, type ResyncProgress } from './state';
import type { TallyResult } from '../../core/nominations/tally';

export const CONTINUE_HANDLER = 'lanjutkanSinkronisasiPenjaringan';
export const RESYNC_PROCESS = 'Sinkronkan Ulang Penjaringan';
/** Work per execution: well inside Google's 6 minutes, leaving time to write. */
export const BUDGET_MS = 270 * 1000;
const CONTINUE_AFTER_MS = 60 * 1000;

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ResyncReport {
  done: boolean;
  /** Responses read so far in this re-sync. */
  read: number;
  total: number;
  result: TallyResult | null;
}

function requireSource(): NominationSource {
  const source = readState().source;
  if (!source) {
    throw new UserError(
      'Formulir penjaringan belum dihubungkan.',
      'Isi URL Formulir Penjaringan di Pengaturan, lalu jalankan Penjaringan › Hubungkan Formulir Penjaringan.',
    );
  }
  return source;
}

function resyncFromTab(ss: Spreadsheet, loaded: Loaded, source: NominationSource, form: GoogleAppsScript.Forms.Form, notes: string[]): ResyncReport {
  const tab = responseTabFor(source.formId);
  if (!tab) {
    throw new UserError(
      'Lembar tanggapan formulir penjaringan tidak ditemukan di spreadsheet ini (terhapus, atau tujuan tanggapan formulir diubah).',
      'Jalankan Penjaringan › Hubungkan Formulir Penjaringan lagi untuk mengarahkan tanggapan ke spreadsheet ini.',
    );
  }
  const read = readNominationTab(tab, { ...source, headerSeen: undefined }, loaded, () => form, (s) => saveSource(s));
  const responses = exactTabAnswers(read, loaded, null, () => form);
  const { mapping } = mappingFor(loaded.settings, read.source.questions, null);
  const report = recordResponses(ss, loaded, { incoming: responses, mode: 'replace', touch: true, writeTally: true, mapping, notes, forceLayout: true });
  rememberTallyShape(report.tallyShape);
  rememberTallyLook(report.tallyLook, readState().tallyLook);
  return { done: true, read: responses.length, total: responses.length, result: report.result };
}

/**
 * One step of a re-sync. `fresh` starts from the first response; otherwise the saved cursor is
 * continued. `started` is when this execution began (the budget counts from it).
 */
function resyncStep(started: number, fresh: boolean): ResyncReport {
  const source = requireSource();
  const ss = activeSpreadsheet();
  let loaded = loadAll(ss);
  const form = openForm(loaded.settings.nominationFormUrl, NOMINATION_SETTING_LABEL);
  const info = describeForm(form);
  if (info.id !== source.formId) {
    throw new UserError(
      'URL Formulir Penjaringan di Pengaturan sudah diganti sejak formulir dihubungkan.',
      'Jalankan Penjaringan › Hubungkan Formulir Penjaringan untuk menghubungkan formulir yang baru.',
    );
  }
  const questions = questionsOf(info.items);
  let current: NominationSource = { ...source, questions };
  // N3: the product's own mapping follows the Form; a question the team's names that the Form
  // no longer has stops here, naming it.
  const run = mappingFor(loaded.settings, questions, source.written);
  if (run.rewrite) {
    updateSettings(loaded.parsedSettings, { nomineeQuestions: run.rewrite.nominees.join('\n'), voterNipQuestion: run.rewrite.voterNip });
    current = { ...current, written: run.rewrite };
    loaded = loadAll(ss);
  }
  saveSource(current);
  if (source.route === 'spreadsheet') {
    const report = resyncFromTab(ss, loaded, current, form, run.notes);
    saveResync(null);
    clearPending(readState().pendingKeys);
    return report;
  }
  const state = readState();
  const progress: ResyncProgress = fresh || !state.resync ? { cursor: null, startedAt: Date.now(), total: 0 } : state.resync;
  const page = readResponses(form, progress.cursor, started + BUDGET_MS);
  const mapping = run.mapping;
  const read = page.next === null ? page.total : page.read;
  if (page.next !== null) {
    recordResponses(ss, loaded, { incoming: page.responses, mode: 'upsert', touch: true, writeTally: false, mapping });
    saveResync({ cursor: page.next, startedAt: progress.startedAt, total: page.total });
    scheduleContinuation(CONTINUE_HANDLER, CONTINUE_AFTER_MS);
    toast(`Sinkronisasi penjaringan: ${read} dari ${page.total} respons dibaca; dilanjutkan otomatis dalam ${continuationDelay()}.`);
    return { done: false, read, total: page.total, result: null };
  }
  // The last chunk: the ids read now are the Form's responses at this moment. Rows of any other id
  // were deleted in the Forms editor while the re-sync ran (or before); they go.
  const report = recordResponses(ss, loaded, {
    incoming: latestVersions([...page.responses, ...keyed(state.pending, questions)]),
    mode: 'upsert',
    touch: true,
    keepOnly: new Set(page.ids),
    writeTally: true,
    mapping,
    notes: run.notes,
    // A re-sync is how the team repairs the sheets: the tally is laid out again, whatever it says.
    forceLayout: true,
  });
  rememberTallyShape(report.tallyShape);
  rememberTallyLook(report.tallyLook, state.tallyLook);
  saveResync(null);
  clearPending(state.pendingKeys);
  if (progress.cursor !== null) clearContinuation(CONTINUE_HANDLER);
  toast(`Sinkronisasi penjaringan selesai: ${page.total} respons.`);
  return { done: true, read, total: page.total, result: report.result };
}

/** One copy per response id: the latest version (an edit is stamped with the time of the edit). */
function latestVersions(responses: readonly PlainResponse[]): PlainResponse[] {
  const byId = new Map<string, PlainResponse>();
  for (const r of responses) {
    const seen = byId.get(r.id);
    if (!seen || r.timestamp >= seen.timestamp) byId.set(r.id, r);
  }
  return [...byId.values()];
}

/** Runs a re-sync step under the script lock. */
export function resyncNominations(started: number, fresh: boolean): ResyncReport {
  const out = withScriptLock(LOCK_MS, () => resyncStep(started, fresh));
  if (!out.ran) {
    throw new UserError('Proses lain sedang menulis rekap penjaringan.', 'Tunggu sebentar, lalu jalankan lagi Sinkronkan Ulang Penjaringan.');
  }
  return out.value;
}

/** The one-off clock trigger that continues a re-sync. */
export function continueResync(): void {
  const started = Date.now();
  triggerAction(RESYNC_PROCESS, () => {
    // The trigger that is running still counts as scheduled until it ends: remove it first, so the
    // next chunk can schedule its own continuation.
    clearContinuation(CONTINUE_HANDLER);
    if (!readState().resync) return;
    resyncNominations(started, false);
  });
}

/** The dialog text after a re-sync step. */
export function resyncMessage(r: ResyncReport): string {
  if (!r.done) {
    return `${r.read} dari ${r.total} respons sudah dibaca. Sisanya dibaca otomatis dalam ${continuationDelay()} (Google membatasi lama satu proses); rekap diperbarui setelah semuanya terbaca.`;
  }
  const c = r.result?.counts;
  const lines = [`${r.total} respons dibaca.`];
  if (c) lines.push(`Dihitung: ${c.counted} · tidak sah: ${c.invalid} · digantikan: ${c.superseded}.`);
  if (r.result) {
    lines.push(`${r.result.candidates.length} orang memperoleh suara; daftar pendek: ${r.result.shortlist.length} orang${r.result.tieAtCutoff ? ' (ada nilai sama di batas — lihat catatan di Rekap Penjaringan)' : ''}.`);
    if (r.result.unresolved.length > 0) lines.push(`${r.result.unresolved.length} teks belum dikenali: pilih pegawainya di lembar Koreksi Nama, lalu sinkronkan ulang.`);
  }
  return lines.join('\n');
}
