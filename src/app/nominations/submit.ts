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
import { splitLabelsOf } from '../../core/nominations/checkbox';
import { parseLedger } from '../../core/nominations/ledger';
import { answersByKey, labelled } from '../../core/questions';
import { exactFromEventValue, responsesFromTab, type TabLayout } from '../../core/response-tab';
import { describeForm, openForm, plainResponse, responsesNear, type FormItemInfo } from '../../gas/forms';
import type { PlainResponse } from '../../core/response';
import { withScriptLock } from '../../gas/lock';
import { activeSpreadsheet, sheetIdOf, sheetValues } from '../../gas/sheets';
import { readProperties, type PropertySnapshot } from '../../gas/properties';
import { recordRun, runRecord, type RunKind, type RunRecord } from '../health';
import { triggerAction } from '../run';
import { loadAll, mappingFor, recordResponses, saveFingerprint, type Loaded, type RunMapping } from './record';
import { updateSettings } from '../settings';
import {
  clearPending,
  keepPending,
  readState,
  saveSource,
  saveTallyLook,
  saveTallyShape,
  tallyLookOf,
  tallyShapeOf,
  type NominationSource,
} from './state';

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

/** The questions of a described Form in Form order, keyed by item id, for N3. */
export function questionsOf(items: readonly FormItemInfo[]): FormQuestion[] {
  return items.filter((i) => i.kind !== 'SECTION_HEADER' && i.kind !== 'PAGE_BREAK' && i.kind !== 'OTHER').map((i) => ({ key: String(i.id), title: i.title, kind: i.kind }));
}

/** Later copies of the same id win (an edit delivered after the original). */
function dedupe(responses: PlainResponse[]): PlainResponse[] {
  const byId = new Map<string, PlainResponse>();
  for (const r of responses) byId.set(r.id, r);
  return [...byId.values()];
}

/** True when the remembered questions predate item keys, or a response answers an item they lack: the Form changed. */
function questionsStale(responses: readonly PlainResponse[], questions: readonly FormQuestion[]): boolean {
  if (questions.some((q) => q.key === undefined)) return true;
  const known = new Set(questions.map((q) => q.key));
  return responses.some((r) => Object.keys(r.answers).some((k) => !known.has(k)));
}

/** Reads the Form's questions again and remembers them (in `props`, written with the run). */
function refreshQuestions(form: Form, source: NominationSource, props: PropertySnapshot): NominationSource {
  const fresh = { ...source, questions: questionsOf(describeForm(form).items) };
  saveSource(fresh, props);
  return fresh;
}

/** Responses with answers keyed by item (a response kept by an earlier version may use titles). */
export function keyed(responses: readonly PlainResponse[], questions: readonly FormQuestion[]): PlainResponse[] {
  const qs = labelled(questions.map((q) => ({ ...q, id: q.key ?? q.title })));
  return responses.map((r) => ({ ...r, answers: answersByKey(r.answers, qs) }));
}

/**
 * N3 for this run, and what it changes: the product's own mapping follows the Form (written back
 * to Pengaturan and remembered with the source), the team's is kept and its gaps reported.
 */
function runMapping(loaded: Loaded, source: NominationSource, questions: readonly FormQuestion[], save: (s: NominationSource) => void): RunMapping {
  const run = mappingFor(loaded.settings, questions, source.written);
  if (run.rewrite) {
    updateSettings(loaded.parsedSettings, { nomineeQuestions: run.rewrite.nominees.join('\n'), voterNipQuestion: run.rewrite.voterNip });
    save({ ...source, questions: [...questions], written: run.rewrite });
  }
  return run;
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
      const raw = dedupe([...state.pending, ...plains]);
      const current = questionsStale(keyed(raw, source.questions), source.questions) ? refreshQuestions(formOf(source.formId), source, props) : source;
      const incoming = keyed(raw, current.questions);
      const { mapping, notes } = runMapping(loaded, current, current.questions, (s) => saveSource(s, props));
      const report = recordResponses(ss, loaded, { incoming, mode: 'upsert', touch: false, writeTally: true, mapping, notes, tallyShape: tallyShapeOf(props), tallyLook: tallyLookOf(props), props });
      saveTallyShape(props, report.tallyShape);
      saveTallyLook(props, report.tallyLook);
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
  if (failed) {
    saveTallyShape(props, null);
    saveTallyLook(props, null);
    saveFingerprint(props, null);
  }
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

/** The nomination Form's tab read with the remembered questions (spreadsheet route). */
export interface NominationTab {
  source: NominationSource;
  layout: TabLayout;
  responses: PlainResponse[];
  values: unknown[][];
}

/**
 * Every response of the nomination Form's tab, in one read. When the tab shows a column the
 * remembered questions lack (a question added to the Form; N3) and this header was not seen at
 * the last refresh, the Form's questions are read again and remembered (`save`).
 */
export function readNominationTab(sheet: Sheet, source: NominationSource, loaded: Loaded, formOf: () => Form, save: (s: NominationSource) => void): NominationTab {
  const values = sheetValues(sheet);
  const header = (values[0] ?? []).map((h) => String(h ?? '').trim());
  // Checkbox cells join choices with ", ": split against the labels the product wrote, else the roster's names (R6).
  const labels = splitLabelsOf(loaded.labels.map((l) => l.label), loaded.roster);
  const read = (questions: readonly FormQuestion[]) =>
    responsesFromTab(sheetIdOf(sheet), values, 2, questions.map((q) => ({ key: q.key ?? q.title, title: q.title, kind: q.kind })), () => labels);
  let current = source;
  let out = read(current.questions);
  const stale = current.questions.some((q) => q.key === undefined);
  if (stale || (out.layout.unknown.length > 0 && JSON.stringify(header) !== JSON.stringify(current.headerSeen ?? null))) {
    current = { ...current, questions: questionsOf(describeForm(formOf()).items), headerSeen: header };
    save(current);
    out = read(current.questions);
  }
  return { source: current, layout: out.layout, responses: out.responses, values };
}

/** What a spreadsheet form-submit event says about its row. */
export interface TabEvent {
  /** The event's row (asked of Google only when a row needs it: one call). */
  row: () => number;
  values: readonly unknown[];
}

/**
 * 13.7: answers the tab holds as numbers that lost digits (an 18-digit NIP typed without spaces)
 * are read exactly: from the event's values for its own row, when they carry the typed digits;
 * else, for a response the ledger has not recorded yet, from the Form. A response the ledger
 * already holds keeps its recorded entry (record.ts).
 */
export function exactTabAnswers(tab: NominationTab, loaded: Loaded, event: TabEvent | null, formOf: () => Form | null): PlainResponse[] {
  const colOf = new Map<string, number>();
  tab.layout.questions.forEach((q, c) => {
    if (q) colOf.set(q.key, c);
  });
  // The ledger's entries, parsed only when a response holds such an answer (once per run).
  let recordedAt: Map<string, number> | null = null;
  const recorded = (): Map<string, number> => (recordedAt ??= new Map(parseLedger(loaded.ledger.rows.slice(1)).map((e) => [e.responseId, e.timestamp])));
  const still = new Map<string, string[]>();
  const out = tab.responses.map((r) => {
    if (!r.inexact || r.inexact.length === 0) return r;
    const row = Number(r.id.slice(r.id.lastIndexOf(':') + 1));
    const answers = { ...r.answers };
    let inexact = r.inexact.slice();
    if (event && event.row() === row) {
      inexact = inexact.filter((key) => {
        const c = colOf.get(key);
        const exact = c === undefined ? null : exactFromEventValue(event.values[c], tab.values[row - 1]?.[c]);
        if (exact !== null) answers[key] = exact;
        return exact === null;
      });
    }
    const old = recorded().get(r.id);
    if (inexact.length > 0 && !(old !== undefined && Math.abs(old - r.timestamp) < 1000)) still.set(r.id, inexact);
    const next: PlainResponse = { ...r, answers };
    if (inexact.length > 0) next.inexact = inexact;
    else delete next.inexact;
    return next;
  });
  if (still.size === 0) return out;
  const form = formOf();
  if (!form) return out;
  const fromForm = responsesNear(form, out.filter((r) => still.has(r.id)).map((r) => r.timestamp));
  return out.map((r) => {
    const keys = still.get(r.id);
    const match = keys ? fromForm.find((f) => agrees(f, r)) : undefined;
    if (!keys || !match) return r;
    const answers = { ...r.answers };
    for (const key of keys) answers[key] = match.answers[key];
    const fixed: PlainResponse = { ...r, answers };
    delete fixed.inexact;
    return fixed;
  });
}

/** True when the Form's response `f` is the tab's row `r`: same answers, the rounded ones to 15 digits. */
function agrees(f: PlainResponse, r: PlainResponse): boolean {
  const inexact = new Set(r.inexact ?? []);
  const keys = new Set([...Object.keys(f.answers), ...Object.keys(r.answers)]);
  for (const k of keys) {
    const a = f.answers[k];
    const b = r.answers[k];
    if (a === undefined || b === undefined) return false;
    if (inexact.has(k)) {
      if (!/^\d+$/.test(String(a)) || Number(Number(a).toPrecision(15)) !== Number(Number(b).toPrecision(15))) return false;
    } else if ((Array.isArray(a) ? a.join(', ') : a) !== (Array.isArray(b) ? b.join(', ') : b) && !looselyEqual(a, b)) return false;
  }
  return true;
}

/** A tab cell parsed by Sheets ("0123" → 123, "1,5" text) against what was typed. */
function looselyEqual(a: string | string[], b: string | string[]): boolean {
  const x = (Array.isArray(a) ? a.join(', ') : a).trim();
  const y = (Array.isArray(b) ? b.join(', ') : b).trim();
  return x === y || (x !== '' && y !== '' && Number(x) === Number(y));
}

export interface SheetRouteContext {
  sheet: Sheet;
  formUrl: string;
  /** The id of the Form feeding the tab (app/tab-forms), compared instead of the URL's shape. */
  formId: string;
  /**
   * The dispatcher's look at the document properties, before the lock: for deciding which route
   * claims the event, and to read them again under the lock with one call. Never trusted under
   * the lock. Absent: each route reads its own.
   */
  props?: PropertySnapshot;
}

/**
 * The nomination part of the spreadsheet route: true when the event comes from the nomination
 * Form's tab (then handled here), false otherwise (nothing touched but one properties read).
 */
export function handleNominationSheetEvent(e: unknown, ctx: SheetRouteContext): boolean {
  const claimed = readState(ctx.props).source;
  if (!fromTabOf(claimed, ctx)) return false;
  if (claimed?.route !== 'spreadsheet') return true; // The Form's own trigger records it.
  triggerAction(SUBMIT_PROCESS, () => {
    const out = withScriptLock(LOCK_MS, () => {
      // What another run changed while this one waited (a re-connect, the tally's size) counts:
      // the state used under the lock is read under the lock (one call when the dispatcher looked).
      const props = ctx.props ? ctx.props.reread() : readProperties();
      const source = readState(props).source;
      if (!source || source.route !== 'spreadsheet' || !fromTabOf(source, ctx)) return;
      const ss = activeSpreadsheet();
      const loaded = loadAll(ss);
      const formOf = () => openForm(loaded.settings.nominationFormUrl, NOMINATION_SETTING_LABEL);
      const tab = readNominationTab(ctx.sheet, source, loaded, formOf, (s) => saveSource(s, props));
      const incoming = exactTabAnswers(tab, loaded, eventOf(e), () => tryForm(formOf));
      const { mapping, notes } = runMapping(loaded, tab.source, tab.source.questions, (s) => saveSource(s, props));
      const report = recordResponses(ss, loaded, { incoming, mode: 'replace', touch: false, writeTally: true, mapping, notes, tallyLook: tallyLookOf(props), props });
      saveTallyShape(props, null); // This route reads the sheet's size itself.
      saveTallyLook(props, report.tallyLook);
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

/** True when the event's tab is the one the nomination Form `source` writes to (by Form id, app/tab-forms). */
function fromTabOf(source: NominationSource | null, ctx: SheetRouteContext): boolean {
  return !!source && source.formId !== '' && ctx.formId === source.formId;
}

/** The row and values of a spreadsheet form-submit event, or null for a blank one. */
function eventOf(e: unknown): TabEvent | null {
  const ev = e as { range?: GoogleAppsScript.Spreadsheet.Range; values?: unknown[] } | null;
  if (!ev || !ev.range || !Array.isArray(ev.values)) return null;
  const range = ev.range;
  let row: number | null = null;
  return { row: () => (row ??= range.getRow()), values: ev.values };
}

/** The Form, or null when it cannot be opened now (the answer then stays as the tab holds it). */
export function tryForm(formOf: () => Form): Form | null {
  try {
    return formOf();
  } catch {
    return null;
  }
}

export const SPREADSHEET_HANDLER = HANDLERS.spreadsheetSubmit;
