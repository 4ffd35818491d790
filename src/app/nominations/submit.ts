/**
 * One nomination submission, by either route, under the script lock, errors to `Log Kesalahan`.
 *
 * Form route (`onNominationFormSubmit`): the one response of the event is read (the unavoidable
 * FormApp getters), then upserted with every response an earlier run had to leave pending.
 * Spreadsheet route (add-on; the dispatcher in app/route.ts calls `handleNominationSheetEvent`):
 * the response tab is read in one call and is the whole truth, so a row missed by an earlier run
 * is caught up and an edited row (Google rewrites it in place) replaces its earlier version.
 * Either way a constant number of service calls, whatever the number of earlier responses.
 */
import type { FormQuestion } from '../../core/nominations/mapping';
import { busyError } from '../../core/errors';
import { HANDLERS } from '../../core/health';
import { describeForm, openForm, plainResponse, responsesFromSheetRows, type FormItemInfo } from '../../gas/forms';
import type { PlainResponse } from '../../core/response';
import { withScriptLock } from '../../gas/lock';
import { activeSpreadsheet, sheetIdOf, sheetValues } from '../../gas/sheets';
import { readProperties, type PropertySnapshot } from '../../gas/properties';
import { recordRun, runRecord, type RunKind, type RunRecord } from '../health';
import { triggerAction } from '../run';
import { loadAll, mappingOf, recordResponses } from './record';
import { clearPending, keepPending, readState, saveSource, saveTallyShape, tallyShapeOf, type NominationSource } from './state';

export const SUBMIT_PROCESS = 'Kiriman Formulir Penjaringan';
export const NOMINATION_SETTING_LABEL = 'URL Formulir Penjaringan';
export const FORM_HANDLER = HANDLERS.nominationSubmit;
export const LOCK_MS = 30 * 1000;

const busy = () =>
  busyError(
    'menulis rekap penjaringan, jadi usulan ini belum dihitung.',
    'Tidak ada yang hilang: usulan ini disimpan dan ikut dihitung pada kiriman berikutnya atau saat Penjaringan › Sinkronkan Ulang Penjaringan.',
  );

type Form = GoogleAppsScript.Forms.Form;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The answerable questions of a described Form, for N3. */
export function questionsOf(items: readonly FormItemInfo[]): FormQuestion[] {
  return items.filter((i) => i.kind !== 'SECTION_HEADER' && i.kind !== 'PAGE_BREAK' && i.kind !== 'OTHER').map((i) => ({ title: i.title, kind: i.kind }));
}

/** Later copies of the same id win (an edit delivered after the original). */
function dedupe(responses: PlainResponse[]): PlainResponse[] {
  const byId = new Map<string, PlainResponse>();
  for (const r of responses) byId.set(r.id, r);
  return [...byId.values()];
}

/** Titles answered that the Form did not have when last read: the Form was edited since. */
function hasUnknownTitles(responses: readonly PlainResponse[], questions: readonly FormQuestion[]): boolean {
  const known = new Set(questions.map((q) => q.title));
  return responses.some((r) => Object.keys(r.answers).some((t) => !known.has(t)));
}

/** Reads the Form's questions again and remembers them (in `props`, written with the run). */
function refreshQuestions(form: Form, source: NominationSource, props: PropertySnapshot): FormQuestion[] {
  const questions = questionsOf(describeForm(form).items);
  saveSource({ ...source, questions }, props);
  return questions;
}

const RUN_KIND: RunKind = 'nominationSubmit';

/**
 * Records `plains` (and responses earlier runs left pending) under the lock, with one properties
 * read and one write that also carries the run record. Returns normally once the run is recorded.
 */
function recordFormResponses(plains: PlainResponse[], formOf: (formId: string) => Form, run: RunRecord): void {
  let out: { ran: boolean };
  try {
    out = withScriptLock(LOCK_MS, () => {
      const props = readProperties();
      recordRun(RUN_KIND, props, run);
      const state = readState(props);
      const source = state.source;
      // Not connected, or connected through the spreadsheet route (that trigger records it).
      if (!source || source.route !== 'form') {
        props.commit();
        return;
      }
      const ss = activeSpreadsheet();
      const loaded = loadAll(ss);
      const incoming = dedupe([...state.pending, ...plains]);
      const questions = hasUnknownTitles(incoming, source.questions) ? refreshQuestions(formOf(source.formId), source, props) : source.questions;
      const mapping = mappingOf(loaded.settings, questions);
      const report = recordResponses(ss, loaded, { incoming, mode: 'upsert', touch: false, writeTally: true, mapping, tallyShape: tallyShapeOf(props) });
      saveTallyShape(props, report.tallyShape);
      clearPending(state.pendingKeys, props);
      props.commit();
    });
  } catch (e) {
    keepAll(plains, run, true);
    throw e;
  }
  if (!out.ran) {
    keepAll(plains, run, false);
    throw busy();
  }
}

/**
 * Keeps responses for the next run (one property each, so concurrent runs never overwrite each
 * other's) and records the run, in one write; after a failure the tally's remembered size goes too.
 */
function keepAll(plains: PlainResponse[], run: RunRecord, failed: boolean): void {
  const props = readProperties();
  plains.forEach((p) => keepPending(p, props));
  if (failed) saveTallyShape(props, null);
  recordRun(RUN_KIND, props, run);
  props.commit();
}

interface FormSubmitEvent {
  response?: GoogleAppsScript.Forms.FormResponse;
  source?: Form;
}

/** Installable form-submit trigger on the nomination Form. */
export function onNominationFormSubmit(e?: FormSubmitEvent): void {
  const run = runRecord();
  let recorded = false;
  triggerAction(SUBMIT_PROCESS, () => {
    if (!e || !e.response) return; // Google sometimes delivers a blank event: nothing to record.
    const plain = plainResponse(e.response);
    const source = e.source;
    recorded = true; // recordFormResponses records the run, whether it writes or keeps the response.
    recordFormResponses([plain], (formId) => source ?? openForm(formId, NOMINATION_SETTING_LABEL), run);
  });
  if (!recorded) recordRun(RUN_KIND, undefined, run);
}

/** Every response of the nomination Form's tab in this spreadsheet (spreadsheet route). */
export function responsesOfTab(sheet: Sheet, questions: readonly FormQuestion[], knownChoices: readonly string[]): { header: string[]; responses: PlainResponse[] } {
  const values = sheetValues(sheet);
  const header = (values[0] ?? []).map((h) => String(h ?? '').trim());
  if (values.length < 2) return { header, responses: [] };
  // Checkbox cells join choices with ", ": split them against the choices the product wrote.
  const items: FormItemInfo[] = questions.map((q, i) => ({ id: i, title: q.title, kind: q.kind === 'CHECKBOX' ? 'CHECKBOX' : 'TEXT', choices: [...knownChoices], section: null }));
  return { header, responses: responsesFromSheetRows(sheetIdOf(sheet), values[0], values.slice(1), 2, items) };
}

/** The questions as the tab's header shows them now (kinds as last read from the Form). */
export function tabQuestions(header: readonly string[], known: readonly FormQuestion[]): FormQuestion[] {
  const kind = new Map(known.map((q) => [q.title, q.kind]));
  return header.slice(1).filter((t) => t !== '' && !/^(email address|alamat email)$/i.test(t)).map((t) => ({ title: t, kind: kind.get(t) ?? 'TEXT' }));
}

export interface SheetRouteContext {
  sheet: Sheet;
  formUrl: string;
}

/**
 * The nomination part of the spreadsheet route: true when the event comes from the nomination
 * Form's tab (then handled here), false otherwise (nothing touched but one properties read).
 */
export function handleNominationSheetEvent(_e: unknown, ctx: SheetRouteContext): boolean {
  const claimed = readState().source;
  if (!fromTabOf(claimed, ctx)) return false;
  if (claimed?.route !== 'spreadsheet') return true; // The Form's own trigger records it.
  triggerAction(SUBMIT_PROCESS, () => {
    const out = withScriptLock(LOCK_MS, () => {
      // What another run changed while this one waited (a re-connect, the tally's size) counts:
      // the state used under the lock is read under the lock.
      const props = readProperties();
      const source = readState(props).source;
      if (!source || source.route !== 'spreadsheet' || !fromTabOf(source, ctx)) return;
      const ss = activeSpreadsheet();
      const loaded = loadAll(ss);
      const { header, responses } = responsesOfTab(ctx.sheet, source.questions, loaded.labels.map((l) => l.label));
      const mapping = mappingOf(loaded.settings, tabQuestions(header, source.questions));
      recordResponses(ss, loaded, { incoming: responses, mode: 'replace', touch: false, writeTally: true, mapping });
      saveTallyShape(props, null); // This route reads the sheet's size itself.
      props.commit();
    });
    if (!out.ran) {
      throw busyError(
        'menulis rekap penjaringan, jadi baris ini belum dihitung.',
        'Tidak ada yang hilang: baris ini tetap di lembar tanggapan dan ikut dihitung pada kiriman berikutnya atau saat Penjaringan › Sinkronkan Ulang Penjaringan.',
      );
    }
  });
  return true;
}

/** True when the event's tab is the one the nomination Form `source` writes to. */
function fromTabOf(source: NominationSource | null, ctx: SheetRouteContext): boolean {
  return !!source && source.formId !== '' && ctx.formUrl.indexOf(`/d/${source.formId}/`) >= 0;
}

export const SPREADSHEET_HANDLER = HANDLERS.spreadsheetSubmit;
