/**
 * Continuations of work that ran out of time or found the lock busy. A bound
 * script schedules a one-off clock trigger per continuation. A published add-on may hold one
 * trigger of each type per user per document (Google, "Each add-on can only have one trigger of
 * each type, per user, per document", developers.google.com/workspace/add-ons/concepts/editor-triggers),
 * and its one clock trigger is the daily check: there a continuation is written to the
 * document's properties, the daily check turns hourly while any waits, runs those that are due,
 * and turns daily again when none is left.
 */
import { clockCadence, continuationDelayText, parseContinuations, withContinuation, withoutContinuation, type Continuation } from '../core/continuations';
import { DAILY_CHECK_HOUR, HANDLERS } from '../core/health';
import { getJson, setJson } from '../gas/properties';
import { effectiveUserEmail } from '../gas/session';
import { clearScheduled, ensureDailyTrigger, installation, projectTriggers, replaceClockTrigger, scheduleOnce } from '../gas/triggers';

const LIST_KEY = 'lanjutan.daftar';
/** The cadence the current user's clock trigger was last given (Apps Script cannot read it back). */
const CADENCE_PREFIX = 'lanjutan.irama.';

export function pendingContinuations(): Continuation[] {
  return parseContinuations(getJson<unknown>(LIST_KEY, []));
}

function saveContinuations(list: Continuation[]): void {
  setJson(LIST_KEY, list);
}

/** Gives the current user's clock trigger the cadence the waiting work needs (add-on only). */
export function settleClock(list: Continuation[] = pendingContinuations(), force = false): void {
  const cadence = clockCadence(list);
  const key = `${CADENCE_PREFIX}${effectiveUserEmail()}`;
  if (!force && getJson<string>(key, 'daily') === cadence) return;
  replaceClockTrigger(HANDLERS.dailyCheck, cadence, DAILY_CHECK_HOUR);
  setJson(key, cadence);
}

/**
 * Ensures the daily check's clock trigger for the current user (Perbaiki Pemicu, the daily check
 * itself): in a bound script a daily trigger; in an add-on the one clock trigger, hourly while
 * continuations wait. Returns whether one had to be installed.
 */
export function ensureClock(): 'installed' | 'existing' {
  if (!continuesThroughDailyCheck()) return ensureDailyTrigger(HANDLERS.dailyCheck, DAILY_CHECK_HOUR) === 'installed' ? 'installed' : 'existing';
  const present = projectTriggers().some((t) => t.handler === HANDLERS.dailyCheck && t.eventType === 'CLOCK');
  settleClock(pendingContinuations(), !present);
  return present ? 'existing' : 'installed';
}

/** True when continuations go through the daily check (a published add-on, or not known to be bound). */
export function continuesThroughDailyCheck(): boolean {
  return installation() !== 'bound';
}

/** Schedules `handler` to run again in about `ms` (one entry per handler). */
export function scheduleContinuation(handler: string, ms: number): void {
  if (!continuesThroughDailyCheck()) {
    // The running trigger may still be listed until it ends: replace it, or none would follow.
    clearScheduled(handler);
    scheduleOnce(handler, ms);
    return;
  }
  const list = withContinuation(pendingContinuations(), handler, Date.now() + ms);
  saveContinuations(list);
  settleClock(list);
}

/** The work of `handler` is done: no continuation of it waits any more. */
export function clearContinuation(handler: string): void {
  if (!continuesThroughDailyCheck()) {
    clearScheduled(handler);
    return;
  }
  const before = pendingContinuations();
  if (!before.some((c) => c.handler === handler)) return;
  const list = withoutContinuation(before, handler);
  saveContinuations(list);
  settleClock(list);
}

/**
 * Takes the continuations due now off the list (each runs once, as a one-off trigger would; a
 * run that is still not finished schedules itself again) and returns their handlers.
 */
export function takeDueContinuations(now: number = Date.now()): string[] {
  const list = pendingContinuations();
  const due = list.filter((c) => c.dueAt <= now);
  if (due.length === 0) return [];
  saveContinuations(list.filter((c) => c.dueAt > now));
  return due.sort((a, b) => a.dueAt - b.dueAt).map((c) => c.handler);
}

/** "±1 menit" (a one-off trigger) or "±1 jam" (the hourly check of an add-on). */
export function continuationDelay(): string {
  return continuationDelayText(continuesThroughDailyCheck());
}
