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

/**
 * 'addon': not tried, a published add-on may not ("Add-ons can only create triggers for the file
 * in which the add-on is used", developers.google.com/workspace/add-ons/concepts/editor-triggers);
 * 'refused': tried, and Google refused in words that say so (the fallback, logged by the caller).
 */
export type InstallOutcome = 'installed' | 'existing' | 'addon' | 'refused';

/** True when the Form is served through this spreadsheet's response tab. */
export function viaSpreadsheet(outcome: InstallOutcome): boolean {
  return outcome === 'addon' || outcome === 'refused';
}

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
 * Ensures exactly one form-submit trigger of `handler` on `form` for this user. The route is
 * decided by the documented signal (installation()): a published add-on does not try ('addon').
 * Otherwise it tries; only when Google refuses in words that say the file is not allowed (text
 * that is undocumented and translated, hence a fallback) is the outcome 'refused', with Google's
 * words for the caller to log.
 */
export function ensureFormSubmitTrigger(form: GoogleAppsScript.Forms.Form, handler: string, mode: Installation = installation()): { outcome: InstallOutcome; refusal: string } {
  if (mode === 'addon') return { outcome: 'addon', refusal: '' };
  const mine = ScriptApp.getUserTriggers(form).filter(
    (t) => t.getHandlerFunction() === handler && t.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT,
  );
  if (mine.length > 0) {
    mine.slice(1).forEach((t) => ScriptApp.deleteTrigger(t));
    return { outcome: 'existing', refusal: '' };
  }
  try {
    ScriptApp.newTrigger(handler).forForm(form).onFormSubmit().create();
    return { outcome: 'installed', refusal: '' };
  } catch (e) {
    const message = String((e as Error).message ?? e);
    if (/add-on|another file|not allowed|tidak diizinkan/i.test(message)) return { outcome: 'refused', refusal: message };
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

/**
 * Makes the user's one clock trigger of `handler` run on `cadence`, replacing whatever clock
 * triggers the user holds (a published add-on may hold one per type: Google's "Each add-on can
 * only have one trigger of each type, per user, per document"). Apps Script cannot tell a
 * trigger's frequency, so the caller remembers the cadence and calls this only on a change.
 */
export function replaceClockTrigger(handler: string, cadence: 'hourly' | 'daily', hour: number): void {
  ScriptApp.getProjectTriggers()
    .filter((t) => t.getEventType() === ScriptApp.EventType.CLOCK)
    .forEach((t) => ScriptApp.deleteTrigger(t));
  const builder = ScriptApp.newTrigger(handler).timeBased();
  // Google: "Time-driven triggers cannot run more frequently than once per hour" in an add-on.
  if (cadence === 'hourly') builder.everyHours(1).create();
  else builder.everyDays(1).atHour(hour).create();
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

/**
 * Which of `scopes` the user granted, and whether Google asks for authorisation again:
 * ScriptApp.getAuthorizationInfo(AuthMode.FULL, scopes) and its getAuthorizedScopes() ("Gets a
 * list of authorized scopes for the script", apps-script/reference/script/authorization-info).
 * `granted` is null where Google gives no list (older runtimes): the status alone then decides.
 */
export function authorizationOf(scopes: readonly string[]): { granted: string[] | null; authorizationRequired: boolean } {
  const ask = ScriptApp.getAuthorizationInfo as unknown as (mode: GoogleAppsScript.Script.AuthMode, list?: string[]) => GoogleAppsScript.Script.AuthorizationInfo;
  const info = ask.call(ScriptApp, ScriptApp.AuthMode.FULL, [...scopes]);
  const authorizationRequired = String(info.getAuthorizationStatus()) === 'REQUIRED';
  const list = (info as unknown as { getAuthorizedScopes?: () => string[] | null }).getAuthorizedScopes;
  const granted = typeof list === 'function' ? list.call(info) ?? null : null;
  return { granted: granted ? granted.map(String) : null, authorizationRequired };
}
