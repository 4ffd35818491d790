/**
 * Trigger health: when each handler last ran (recordRun, called by the handlers), the repair of
 * the product's triggers (Status & Bantuan › Perbaiki Pemicu and the daily check), and the notes
 * the daily check leaves for the team. State lives in document properties.
 */
import { formatTanggalWaktu } from '../core/dates';
import { isUserError, UserError } from '../core/errors';
import {
  DAILY_CHECK_HOUR,
  FORM_LABELS,
  HANDLERS,
  planTriggers,
  repairChanged,
  repairSummary,
  type FormFacts,
  type FormKind,
  type RepairOutcome,
  type TriggerCheck,
  type TriggerPlan,
} from '../core/health';
import { fileIdFrom, type Settings } from '../core/settings';
import { formDestinationId, formIdOf, openForm } from '../gas/forms';
import { ensureClock } from './continuations';
import { deleteTriggers, ensureFormSubmitTrigger, ensureSpreadsheetSubmitTrigger, installation, projectTriggers, viaSpreadsheet } from '../gas/triggers';
import { effectiveUserEmail } from '../gas/session';
import { withScriptLock } from '../gas/lock';
import { getJson, setJson, type PropertySnapshot } from '../gas/properties';
import { thisSpreadsheetId } from '../gas/sheets';
import { logRouteFallback, triggerAction } from './run';
import { reportFormOfProduct } from './reports';
import { loadSettings } from './settings';

/** What a handler reports when it runs: which kind of run. */
export type RunKind = 'nominationSubmit' | 'surveySubmit' | 'reportSubmit' | 'spreadsheetSubmit' | 'dailyCheck';

export interface RunRecord {
  /** ms since epoch */
  at: number;
  /** The account the run executed as (a trigger's owner). */
  user: string;
}

export interface HealthNote {
  at: number;
  text: string;
}

const RUN_PREFIX = 'lastRun.';
/** Checks the product installed, or saw working, at some time (so a reinstall is "kembali"). */
const INSTALLED_KEY = 'pemicu.pernahTerpasang';
const NOTES_KEY = 'healthNotes';
const MAX_NOTES = 20;
/** A run by another account within this many days means that account owns the trigger. */
const OWNER_WINDOW_MS = 8 * 24 * 60 * 60 * 1000;

/** Who runs this execution, and when: 2 calls; never throws ('' user when Google refuses). */
export function runRecord(): RunRecord {
  let user = '';
  try {
    user = effectiveUserEmail();
  } catch (e) {
    console.error(`runRecord gagal: ${String(e)}`);
  }
  return { at: Date.now(), user };
}

/**
 * Records that a handler ran, and as whom. Call it first thing in every trigger handler; it costs
 * a constant handful of calls and never throws (a health record must not break a submission).
 * Handlers that write document properties anyway pass their snapshot (`into`, with the record
 * taken first thing by `runRecord`): the record then rides on their one write.
 */
export function recordRun(kind: RunKind, into?: PropertySnapshot, record?: RunRecord): void {
  try {
    const value: RunRecord = record ?? { at: Date.now(), user: effectiveUserEmail() };
    if (into) into.set(`${RUN_PREFIX}${kind}`, value);
    else setJson(`${RUN_PREFIX}${kind}`, value);
  } catch (e) {
    console.error(`recordRun(${kind}) gagal: ${String(e)}`);
  }
}

export function lastRun(kind: RunKind): RunRecord | null {
  return getJson<RunRecord | null>(`${RUN_PREFIX}${kind}`, null);
}

export function healthNotes(): HealthNote[] {
  return getJson<HealthNote[]>(NOTES_KEY, []);
}

function addNote(text: string): void {
  setJson(NOTES_KEY, [{ at: Date.now(), text }, ...healthNotes()].slice(0, MAX_NOTES));
}

type CheckKey = TriggerCheck['key'];

/** The checks installed or seen working before: the record, plus every kind that has run. */
export function installedBefore(runs: Record<RunKind, RunRecord | null>): Set<CheckKey> {
  const keys = new Set<CheckKey>(getJson<CheckKey[]>(INSTALLED_KEY, []));
  for (const key of ['nomination', 'survey', 'report', 'daily'] as const) if (RUN_OF[key].some((k) => runs[k] !== null)) keys.add(key);
  return keys;
}

/** Adds checks to the installed-before record (one write, only when something is new). */
export function rememberInstalled(keys: readonly CheckKey[]): void {
  const known = getJson<CheckKey[]>(INSTALLED_KEY, []);
  const fresh = keys.filter((k) => !known.includes(k));
  if (fresh.length > 0) setJson(INSTALLED_KEY, [...known, ...fresh]);
}

/**
 * Installs the daily check when it is not there (Hubungkan Formulir, for the first connected
 * Form); true when it was installed now.
 */
export function installDailyCheck(): boolean {
  const installed = ensureClock() === 'installed';
  rememberInstalled(['daily']);
  return installed;
}

/** The line a connect message adds when it installed the daily check. */
export const DAILY_INSTALLED_LINE = `Pemeriksaan harian dipasang: setiap pagi sekitar pukul ${String(DAILY_CHECK_HOUR).padStart(2, '0')}.00 WITA pemicu yang hilang dipasang kembali dan dicatat di Status & Bantuan.`;

interface Gathered {
  facts: FormFacts[];
  forms: Partial<Record<FormKind, GoogleAppsScript.Forms.Form>>;
  plan: TriggerPlan;
  runs: Record<RunKind, RunRecord | null>;
  user: string;
  settingsProblem: string | null;
}

const FORM_URL: Record<FormKind, (s: Settings) => string> = {
  nomination: (s) => s.nominationFormUrl,
  survey: (s) => s.surveyFormUrl,
  // The report Form the product made (its own record first: the setting is only its copy).
  report: (s) => {
    const id = reportFormOfProduct();
    return id !== '' ? `https://docs.google.com/forms/d/${id}/edit` : s.reportFormUrl;
  },
};

const CONNECTED: Record<FormKind, (s: Settings) => boolean> = {
  nomination: (s) => s.nomineeQuestions.length > 0,
  survey: (s) => s.surveyScoredQuestions.length > 0,
  report: () => reportFormOfProduct() !== '',
};

const RUN_OF: Record<FormKind | 'daily', RunKind[]> = {
  nomination: ['nominationSubmit', 'spreadsheetSubmit'],
  survey: ['surveySubmit', 'spreadsheetSubmit'],
  report: ['reportSubmit', 'spreadsheetSubmit'],
  daily: ['dailyCheck'],
};

/** Reads everything the health decision needs: settings, the Forms' destinations, triggers, runs. */
export function gatherHealth(): Gathered {
  const ssId = thisSpreadsheetId();
  let settings: Settings | null = null;
  let settingsProblem: string | null = null;
  try {
    settings = loadSettings().settings;
  } catch (e) {
    settingsProblem = String((e as Error).message ?? e) + (isUserError(e) && e.hint ? ` ${e.hint}` : '');
  }
  const facts: FormFacts[] = [];
  const forms: Partial<Record<FormKind, GoogleAppsScript.Forms.Form>> = {};
  for (const kind of ['nomination', 'survey', 'report'] as FormKind[]) {
    const url = settings ? FORM_URL[kind](settings) : '';
    const fact: FormFacts = {
      kind,
      formId: url ? fileIdFrom(url) || url : '',
      connected: settings ? CONNECTED[kind](settings) : false,
      destinationIsThisSpreadsheet: false,
      // Without readable settings nothing is known about the Forms: keep their triggers.
      openProblem: settings ? null : settingsProblem,
    };
    if (url) {
      try {
        const form = openForm(url, FORM_LABELS[kind].setting);
        forms[kind] = form;
        fact.formId = formIdOf(form);
        fact.destinationIsThisSpreadsheet = formDestinationId(form) === ssId;
      } catch (e) {
        fact.openProblem = String((e as Error).message ?? e);
      }
    }
    facts.push(fact);
  }
  const runs = {
    nominationSubmit: lastRun('nominationSubmit'),
    surveySubmit: lastRun('surveySubmit'),
    reportSubmit: lastRun('reportSubmit'),
    spreadsheetSubmit: lastRun('spreadsheetSubmit'),
    dailyCheck: lastRun('dailyCheck'),
  };
  const user = effectiveUserEmail();
  const now = Date.now();
  const otherOwners: Partial<Record<FormKind | 'daily', string>> = {};
  for (const key of ['nomination', 'survey', 'report', 'daily'] as const) {
    const recent = RUN_OF[key]
      .map((k) => runs[k])
      .filter((r): r is RunRecord => r !== null && r.user !== '' && r.user !== user && now - r.at < OWNER_WINDOW_MS);
    if (recent.length > 0) otherOwners[key] = recent[0].user;
  }
  const plan = planTriggers(facts, projectTriggers(), ssId, otherOwners);
  return { facts, forms, plan, runs, user, settingsProblem };
}

/** The most recent run among the kinds that serve a check. */
export function lastRunFor(runs: Record<RunKind, RunRecord | null>, key: FormKind | 'daily'): RunRecord | null {
  return RUN_OF[key]
    .map((k) => runs[k])
    .filter((r): r is RunRecord => r !== null)
    .sort((a, b) => b.at - a.at)[0] ?? null;
}

/** Removes duplicate and stale triggers, reinstalls missing ones. Holds the script lock. */
export function repairTriggers(): RepairOutcome {
  const locked = withScriptLock(30_000, () => repairUnlocked());
  if (!locked.ran) {
    throw new UserError('Proses lain sedang berjalan sehingga pemicu belum dapat diperiksa.', 'Tunggu sebentar, lalu tekan "Perbaiki Pemicu" lagi.');
  }
  return locked.value;
}

function repairUnlocked(): RepairOutcome {
  const g = gatherHealth();
  const before = installedBefore(g.runs);
  const mode = installation();
  const outcome: RepairOutcome = {
    removedDuplicates: deleteTriggers(g.plan.duplicates),
    removedStale: deleteTriggers(g.plan.stale),
    installed: [],
    reinstalled: [],
    unresolved: [],
  };
  const done: CheckKey[] = [];
  const put = (key: CheckKey, label: string) => {
    (before.has(key) ? outcome.reinstalled : outcome.installed).push(label);
    done.push(key);
  };
  for (const check of g.plan.checks) {
    if (check.state === 'problem') {
      outcome.unresolved.push(`${check.label}: ${check.detail}`);
      continue;
    }
    if (check.state !== 'missing') continue;
    if (check.key === 'daily') {
      if (ensureClock() === 'installed') put('daily', check.label);
      continue;
    }
    const form = g.forms[check.key];
    const fact = g.facts.find((f) => f.kind === check.key);
    if (!form || !fact) continue;
    const install = ensureFormSubmitTrigger(form, check.handler, mode);
    if (install.outcome === 'installed') put(check.key, check.label);
    else if (viaSpreadsheet(install.outcome)) {
      if (fact.destinationIsThisSpreadsheet) {
        ensureSpreadsheetSubmitTrigger(HANDLERS.spreadsheetSubmit);
        if (install.outcome === 'refused') logRouteFallback('Perbaiki Pemicu', FORM_LABELS[check.key].label, install.refusal);
        put(check.key, `${check.label} (lewat spreadsheet)`);
      } else {
        outcome.unresolved.push(
          `${check.label}: Google tidak mengizinkan pemicu pada formulir ini; jalankan menu ${FORM_LABELS[check.key].menu} untuk mengarahkan jawabannya ke spreadsheet ini.`,
        );
      }
    }
  }
  rememberInstalled([...done, ...g.plan.checks.filter((c) => c.state === 'ok').map((c) => c.key)]);
  return outcome;
}

/** Status & Bantuan › Perbaiki Pemicu: repairs and leaves a note of who did what. */
export function repairFromMenu(): { summary: string; outcome: RepairOutcome } {
  const outcome = repairTriggers();
  const summary = repairSummary(outcome);
  if (repairChanged(outcome)) addNote(`Perbaiki Pemicu oleh ${effectiveUserEmail() || 'pengguna'}: ${summary}`);
  return { summary, outcome };
}

/** The daily time-driven check (handler `cekHarian`): repairs by itself and notes what it did. */
export function dailyCheck(): void {
  triggerAction('Pemeriksaan Harian', () => {
    recordRun('dailyCheck');
    const outcome = repairTriggers();
    if (repairChanged(outcome)) addNote(`Pemeriksaan harian: ${repairSummary(outcome)}`);
  });
}

/** "27 November 2026 09.05 WITA", or '' for null. */
export function when(ms: number | null | undefined): string {
  return ms === null || ms === undefined || !Number.isFinite(ms) ? '' : formatTanggalWaktu(ms);
}
