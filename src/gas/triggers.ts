/**
 * Installable triggers. Always look before creating: a trigger installed twice delivers every
 * event twice. Handlers are top-level function names exported by src/index.ts.
 */

type Trigger = GoogleAppsScript.Script.Trigger;

export interface TriggerInfo {
  uid: string;
  handler: string;
  eventType: string;
  source: string;
  sourceId: string;
}

export type InstallOutcome = 'installed' | 'existing' | 'refused';

function info(t: Trigger): TriggerInfo {
  return {
    uid: t.getUniqueId(),
    handler: t.getHandlerFunction(),
    eventType: String(t.getEventType()),
    source: String(t.getTriggerSource()),
    sourceId: t.getTriggerSourceId() ?? '',
  };
}

/** How this script runs: a script bound to the spreadsheet, a published add-on, or not known. */
export type Installation = 'bound' | 'addon' | 'unknown';

/**
 * The documented signal of the route: ScriptApp.getInstallationSource() is "NONE: Script is not
 * running as an add-on" (apps-script/reference/script/installation-source), else how the add-on
 * was installed. 'unknown' when Google gives nothing usable (the caller then falls back).
 */
export function installation(): Installation {
  try {
    const source = String(ScriptApp.getInstallationSource() ?? '');
    if (source === 'NONE') return 'bound';
    return source === 'APPS_MARKETPLACE_DOMAIN_ADD_ON' || source === 'WEB_STORE_ADD_ON' ? 'addon' : 'unknown';
  } catch (e) {
    console.error(`ScriptApp.getInstallationSource gagal: ${String(e)}`);
    return 'unknown';
  }
}

/** The project's triggers (all users) as plain data. */
export function projectTriggers(): TriggerInfo[] {
  return ScriptApp.getProjectTriggers().map(info);
}

/**
 * Ensures exactly one form-submit trigger of `handler` on `form` for this user. Returns
 * 'refused' when Google does not allow it (a published add-on may not attach triggers to other
 * files); the caller then uses the spreadsheet route.
 */
export function ensureFormSubmitTrigger(form: GoogleAppsScript.Forms.Form, handler: string): InstallOutcome {
  const mine = ScriptApp.getUserTriggers(form).filter(
    (t) => t.getHandlerFunction() === handler && t.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT,
  );
  if (mine.length > 0) {
    mine.slice(1).forEach((t) => ScriptApp.deleteTrigger(t));
    return 'existing';
  }
  try {
    ScriptApp.newTrigger(handler).forForm(form).onFormSubmit().create();
    return 'installed';
  } catch (e) {
    if (/add-on|another file|not allowed|tidak diizinkan/i.test(String((e as Error).message ?? e))) return 'refused';
    throw e;
  }
}

/** Ensures one spreadsheet form-submit trigger of `handler` on the bound spreadsheet (add-on route). */
export function ensureSpreadsheetSubmitTrigger(handler: string): InstallOutcome {
  const ss = SpreadsheetApp.getActive();
  const mine = ScriptApp.getUserTriggers(ss).filter(
    (t) => t.getHandlerFunction() === handler && t.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT,
  );
  if (mine.length > 0) {
    mine.slice(1).forEach((t) => ScriptApp.deleteTrigger(t));
    return 'existing';
  }
  ScriptApp.newTrigger(handler).forSpreadsheet(ss).onFormSubmit().create();
  return 'installed';
}

/** Schedules a one-off continuation (e.g. a re-sync that ran out of time) in `ms`. */
export function scheduleOnce(handler: string, ms: number): void {
  const pending = ScriptApp.getProjectTriggers().filter(
    (t) => t.getHandlerFunction() === handler && t.getEventType() === ScriptApp.EventType.CLOCK,
  );
  if (pending.length > 0) return;
  ScriptApp.newTrigger(handler).timeBased().after(ms).create();
}

/** Removes the one-off continuation triggers of `handler` (after the work finished). */
export function clearScheduled(handler: string): void {
  ScriptApp.getProjectTriggers()
    .filter((t) => t.getHandlerFunction() === handler && t.getEventType() === ScriptApp.EventType.CLOCK)
    .forEach((t) => ScriptApp.deleteTrigger(t));
}

/** Ensures a daily time-driven trigger of `handler` at about `hour` (script time zone). */
export function ensureDailyTrigger(handler: string, hour: number): InstallOutcome {
  const existing = ScriptApp.getProjectTriggers().filter(
    (t) => t.getHandlerFunction() === handler && t.getEventType() === ScriptApp.EventType.CLOCK,
  );
  if (existing.length > 0) {
    existing.slice(1).forEach((t) => ScriptApp.deleteTrigger(t));
    return 'existing';
  }
  ScriptApp.newTrigger(handler).timeBased().everyDays(1).atHour(hour).create();
  return 'installed';
}

/** Deletes the current user's project triggers whose unique id is listed; returns how many went. */
export function deleteTriggers(uids: string[]): number {
  if (uids.length === 0) return 0;
  const wanted = new Set(uids);
  let removed = 0;
  for (const t of ScriptApp.getProjectTriggers()) {
    if (!wanted.has(t.getUniqueId())) continue;
    ScriptApp.deleteTrigger(t);
    removed += 1;
  }
  return removed;
}
