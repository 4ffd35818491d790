/**
 * One survey submission: scored, banded and written to `Hasil Survei`, summary updated, under the
 * script lock, errors to `Log Kesalahan`. Two routes: the Form's own trigger (e.response), and the
 * add-on route through this spreadsheet's response tab (the spreadsheet-route dispatcher calls
 * handleSurveySheetEvent). Either way a constant number of service calls.
 */
import { fileIdFrom } from '../../core/settings';
import { plainResponse, type PlainResponse } from '../../gas/forms';
import { withScriptLock } from '../../gas/lock';
import { deleteProperties, propertiesStartingWith, setJson } from '../../gas/properties';
import { recordRun } from '../health';
import { triggerAction } from '../run';
import { loadSettings } from '../settings';
import { scoreRecord } from './results';
import { loadConfig, openSurveyForm, responsesOfSheet, surveyRoute } from './source';
import { storeResults } from './store';

export const SUBMIT_PROCESS = 'Kiriman Formulir Survei';
const LOCK_MS = 30 * 1000;
/**
 * Responses a run could not write wait for the next run, one property per response: runs that
 * overlap add and remove their own keys only, so none overwrites another's (a single shared list
 * lost the responses kept while the lock holder was between reading and clearing it).
 */
const PENDING_PREFIX = 'survey.pending.';

interface FormSubmitEvent {
  response?: GoogleAppsScript.Forms.FormResponse;
  source?: GoogleAppsScript.Forms.Form;
}

function keepPending(plains: PlainResponse[]): void {
  for (const p of plains) setJson(`${PENDING_PREFIX}${p.id}`, p);
}

/** The waiting responses (oldest key first) and their keys, with one properties read. */
function readPending(): { keys: string[]; responses: PlainResponse[] } {
  const all = propertiesStartingWith(PENDING_PREFIX);
  const keys = Object.keys(all).sort();
  const responses: PlainResponse[] = [];
  for (const key of keys) {
    try {
      const p = JSON.parse(all[key]) as PlainResponse;
      if (p && typeof p.id === 'string') responses.push(p);
    } catch {
      // A damaged entry is dropped with the others read in this run.
    }
  }
  return { keys, responses };
}

/**
 * Scores and writes `plains` (plus responses an earlier run could not write). When the run cannot
 * write (lock busy, band table nonsense) the responses are kept for the next run and the error is
 * thrown for `Log Kesalahan`; nothing is written.
 */
function processResponses(plains: PlainResponse[], form: GoogleAppsScript.Forms.Form | null): void {
  let out: { ran: boolean };
  try {
    out = withScriptLock(LOCK_MS, () => {
      const pending = readPending();
      const parsed = loadSettings();
      const { config } = loadConfig(parsed, form ?? openSurveyForm(parsed));
      storeResults(config, [...pending.responses, ...plains].map((p) => scoreRecord(p, config)));
      // Only the keys read here: a run that kept a response meanwhile keeps it for the next run.
      deleteProperties(pending.keys);
    });
  } catch (e) {
    keepPending(plains);
    throw e;
  }
  if (!out.ran) {
    keepPending(plains);
    throw new Error('Lock timeout: proses lain sedang menulis hasil survei; respons ini disimpan untuk kiriman berikutnya.');
  }
}

/** Installable trigger on the survey Form. */
export function onSurveyFormSubmit(e?: FormSubmitEvent): void {
  recordRun('surveySubmit');
  triggerAction(SUBMIT_PROCESS, () => {
    if (!e || !e.response) return; // Google sometimes delivers a blank event.
    processResponses([plainResponse(e.response)], e.source ?? null);
  });
}

/** What the spreadsheet route passes: the response tab and the URL of the Form feeding it. */
export interface SurveySheetContext {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  formUrl: string;
}

/**
 * The survey's part of the spreadsheet route: when the event comes from the survey Form's response
 * tab, handles it and returns true; otherwise returns false and touches nothing. Every row of the
 * tab is merged by id (rows not yet in `Hasil Survei` are caught up; unchanged ones not rewritten),
 * so a response whose event was lost is written by the next one.
 */
export function handleSurveySheetEvent(_e: unknown, ctx: SurveySheetContext): boolean {
  let mine = false;
  triggerAction(SUBMIT_PROCESS, () => {
    const parsed = loadSettings();
    const id = fileIdFrom(parsed.settings.surveyFormUrl);
    if (id === '' || ctx.formUrl.indexOf(`/d/${id}/`) < 0) return;
    mine = true;
    // Connected through a trigger on the Form: that trigger writes this response already.
    if (surveyRoute() === 'form') return;
    const out = withScriptLock(LOCK_MS, () => {
      const form = openSurveyForm(parsed);
      const { items, config } = loadConfig(parsed, form);
      storeResults(config, responsesOfSheet(ctx.sheet, items).map((p) => scoreRecord(p, config)));
    });
    if (!out.ran) throw new Error('Lock timeout: proses lain sedang menulis hasil survei; baris ini ikut ditulis pada kiriman berikutnya.');
  });
  return mine;
}
