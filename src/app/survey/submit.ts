/**
 * One survey submission: scored, banded and written to `Hasil Survei`, summary updated, under the
 * script lock, errors to `Log Kesalahan`. Two routes: the Form's own trigger (e.response), and the
 * add-on route through this spreadsheet's response tab (the spreadsheet-route dispatcher calls
 * handleSurveySheetEvent). Either way a constant number of service calls.
 */
import { busyError } from '../../core/errors';
import { fitForProperty } from '../../core/pending';
import { fileIdFrom, type ParsedSettings } from '../../core/settings';
import { plainResponse } from '../../gas/forms';
import type { PlainResponse } from '../../core/response';
import { withScriptLock } from '../../gas/lock';
import { readProperties, type PropertySnapshot } from '../../gas/properties';
import { activeSpreadsheet } from '../../gas/sheets';
import { recordRun, runRecord, type RunKind, type RunRecord } from '../health';
import { triggerAction } from '../run';
import { loadSettings } from '../settings';
import { scoreRecord } from '../../core/survey/results';
import { loadConfigCached, openSurveyForm, surveyRoute, tabReader } from './source';
import { clearRunning, forgetShapes, storeOneRunning, storeResults } from './store';
import { tabRowReader } from './source';
import { loadRunning } from './running';

export const SUBMIT_PROCESS = 'Kiriman Formulir Survei';
const LOCK_MS = 30 * 1000;
/**
 * Responses a run could not write wait for the next run, one property per response: runs that
 * overlap add and remove their own keys only, so none overwrites another's (a single shared list
 * lost the responses kept while the lock holder was between reading and clearing it).
 */
const PENDING_PREFIX = 'survey.pending.';

const RUN_KIND: RunKind = 'surveySubmit';

type Form = GoogleAppsScript.Forms.Form;

interface FormSubmitEvent {
  response?: GoogleAppsScript.Forms.FormResponse;
  source?: Form;
}

/**
 * Keeps `plains` for the next run (one property each) and records the run, in one write. After a
 * failure (`forget`) the remembered sheet shapes go too: the run may have met a sheet changed by
 * hand, so the next run lays both sheets out again.
 */
function keepPending(plains: PlainResponse[], run: RunRecord, forget: boolean): void {
  const props = readProperties();
  // Cut to fit one property: a very long answer must not lose the whole response.
  for (const p of plains) props.set(`${PENDING_PREFIX}${p.id}`, fitForProperty(p));
  if (forget) {
    forgetShapes(props);
    clearRunning(props);
  }
  recordRun(RUN_KIND, props, run);
  props.commit();
}

/** The waiting responses (oldest key first) and their keys. */
function readPending(props: PropertySnapshot): { keys: string[]; responses: PlainResponse[] } {
  const keys = props.keys().filter((k) => k.indexOf(PENDING_PREFIX) === 0).sort();
  const responses: PlainResponse[] = [];
  for (const key of keys) {
    const p = props.get<PlainResponse | null>(key, null);
    // A damaged entry is dropped with the others read in this run.
    if (p && typeof p.id === 'string') responses.push(p);
  }
  return { keys, responses };
}

/**
 * Scores and writes `plains` (plus responses an earlier run could not write), reading and
 * writing document properties once and recording the run in that write. When the run cannot
 * write (lock busy, band table nonsense) the responses are kept for the next run and the error is
 * thrown for `Log Kesalahan`; nothing is written.
 */
function processResponses(plains: PlainResponse[], formOf: (parsed: ParsedSettings) => Form, run: RunRecord): void {
  let out: { ran: boolean };
  try {
    out = withScriptLock(LOCK_MS, () => {
      const props = readProperties();
      const pending = readPending(props);
      const ss = activeSpreadsheet();
      const parsed = loadSettings(ss);
      const incoming = [...pending.responses, ...plains];
      const { config } = loadConfigCached(parsed, () => formOf(parsed), props, () => ({ all: incoming, latest: incoming }));
      const records = incoming.map((p) => scoreRecord(p, config));
      // One new response: the running counts when they hold (else, or with responses kept from
      // an earlier run, the full computation).
      const running = records.length === 1 ? storeOneRunning(config, records[0], props, ss) : null;
      if (!running) storeResults(config, records, false, props, ss);
      // Only the keys read here: a run that kept a response meanwhile keeps it for the next run.
      pending.keys.forEach((k) => props.remove(k));
      recordRun(RUN_KIND, props, run);
      props.commit();
    });
  } catch (e) {
    keepPending(plains, run, true);
    throw e;
  }
  if (!out.ran) {
    keepPending(plains, run, false);
    throw busyError('menulis hasil survei, jadi respons ini belum ditulis.', 'Tidak ada yang hilang: respons ini disimpan dan ditulis pada kiriman berikutnya atau saat Survei › Sinkronkan Ulang Survei.');
  }
}

/** Installable trigger on the survey Form. */
export function onSurveyFormSubmit(e?: FormSubmitEvent): void {
  const run = runRecord();
  let recorded = false;
  triggerAction(SUBMIT_PROCESS, () => {
    if (!e || !e.response) return; // Google sometimes delivers a blank event.
    const plain = plainResponse(e.response);
    const source = e.source ?? null;
    recorded = true; // processResponses records the run, whether it writes or keeps the response.
    processResponses([plain], (parsed) => source ?? openSurveyForm(parsed), run);
  });
  if (!recorded) recordRun(RUN_KIND, undefined, run);
}

/**
 * The add-on route with the running counts: only the event's row of the response tab is read
 * (with the tab's header), and only when it is the row after the last one the counts hold (an
 * event lost or delivered twice, or out of order, is the full computation, which reads every row).
 * True when the response was written; false, having written nothing, for the full computation.
 */
function sheetRouteRunning(
  e: { range: GoogleAppsScript.Spreadsheet.Range; namedValues?: Record<string, unknown> },
  ctx: SurveySheetContext,
  parsed: ParsedSettings,
  props: PropertySnapshot,
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): boolean {
  const state = loadRunning(props);
  if (!state || state.tabRows === null) return false;
  const read = tabRowReader(ctx.sheet, e.range, state.tabRows + 1, state.tabHeader, e.namedValues);
  if (read === null) return false;
  let latest: PlainResponse[] = [];
  const { config, responses } = loadConfigCached(parsed, () => openSurveyForm(parsed), props, (items) => {
    latest = read.parse(items);
    return { all: latest, latest };
  });
  if (responses.length !== 1) return false;
  try {
    return storeOneRunning(config, scoreRecord(responses[0], config), props, ss, { tabRows: read.row, tabHeader: read.header }) !== null;
  } catch (err) {
    forgetShapes(props);
    clearRunning(props);
    props.commit();
    throw err;
  }
}

/** What the spreadsheet route passes: the response tab and the URL of the Form feeding it. */
export interface SurveySheetContext {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  formUrl: string;
  /** The id of the Form feeding the tab (app/tab-forms). */
  formId: string;
  /** The dispatcher's look at the document properties before the lock (see SheetRouteContext). */
  props?: PropertySnapshot;
}

/**
 * The survey's part of the spreadsheet route: when the event comes from the survey Form's response
 * tab, handles it and returns true; otherwise returns false and touches nothing. Every row of the
 * tab is merged by id (rows not yet in `Hasil Survei` are caught up; unchanged ones not rewritten),
 * so a response whose event was lost is written by the next one.
 */
export function handleSurveySheetEvent(e: { range?: GoogleAppsScript.Spreadsheet.Range; namedValues?: Record<string, unknown> } | undefined, ctx: SurveySheetContext): boolean {
  let mine = false;
  triggerAction(SUBMIT_PROCESS, () => {
    const ss = activeSpreadsheet();
    const parsed = loadSettings(ss);
    const id = fileIdFrom(parsed.settings.surveyFormUrl);
    if (id === '' || ctx.formId !== id) return;
    mine = true;
    // Connected through a trigger on the Form: that trigger writes this response already (checked
    // before the lock, so this run never waits for the run that does the work).
    if (surveyRoute(ctx.props) === 'form') return;
    const out = withScriptLock(LOCK_MS, () => {
      // Read again under the lock (one call when the dispatcher already looked).
      const props = ctx.props ? ctx.props.reread() : readProperties();
      if (e && e.range && sheetRouteRunning({ range: e.range, namedValues: e.namedValues }, ctx, parsed, props, ss)) {
        props.commit();
        return;
      }
      const parse = tabReader(ctx.sheet);
      let tabRows = 0;
      let tabHeader: string[] = [];
      const { config, responses } = loadConfigCached(parsed, () => openSurveyForm(parsed), props, (items) => {
        const all = parse(items);
        tabRows = parse.rows;
        tabHeader = parse.header;
        return { all, latest: all.slice(-1) };
      });
      try {
        storeResults(config, responses.map((p) => scoreRecord(p, config)), false, props, ss, { tabRows, tabHeader });
      } catch (e) {
        forgetShapes(props);
        props.commit();
        throw e;
      }
      props.commit();
    });
    if (!out.ran) throw busyError('menulis hasil survei, jadi baris ini belum ditulis.', 'Tidak ada yang hilang: baris ini ikut ditulis pada kiriman berikutnya atau saat Survei › Sinkronkan Ulang Survei.');
  });
  return mine;
}
