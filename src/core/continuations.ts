/**
 * Work that continues in a later execution (a re-sync that ran out of time, a run that found the
 * lock busy). A bound script gives each continuation a one-off clock trigger. A published add-on
 * may not: Google allows "one trigger of each type, per user, per document" and "Time-driven
 * triggers cannot run more frequently than once per hour"
 * (developers.google.com/workspace/add-ons/concepts/editor-triggers). There the continuations wait
 * here, in the document's properties, and the one clock trigger (the daily check) runs them; while
 * any wait, that trigger runs hourly instead of daily.
 */

export interface Continuation {
  /** The top-level function to run (a handler of src/index.ts). */
  handler: string;
  /** Not before this instant (ms since epoch). */
  dueAt: number;
}

/** Adds `handler` (replacing an earlier entry of it: one continuation per handler). */
export function withContinuation(list: readonly Continuation[], handler: string, dueAt: number): Continuation[] {
  return [...list.filter((c) => c.handler !== handler), { handler, dueAt }];
}

export function withoutContinuation(list: readonly Continuation[], handler: string): Continuation[] {
  return list.filter((c) => c.handler !== handler);
}

/** The continuations due at `now`, oldest first. */
export function dueContinuations(list: readonly Continuation[], now: number): Continuation[] {
  return list.filter((c) => c.dueAt <= now).sort((a, b) => a.dueAt - b.dueAt);
}

/** How often the one clock trigger of an add-on must run: hourly while work waits, else daily. */
export function clockCadence(list: readonly Continuation[]): 'hourly' | 'daily' {
  return list.length > 0 ? 'hourly' : 'daily';
}

/** Parses the stored list, dropping anything malformed (a damaged property never blocks the check). */
export function parseContinuations(value: unknown): Continuation[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (c): c is Continuation => !!c && typeof c === 'object' && typeof (c as Continuation).handler === 'string' && Number.isFinite((c as Continuation).dueAt),
  );
}

/** "±1 menit" for a bound script's one-off trigger, "±1 jam" for an add-on's hourly check. */
export function continuationDelayText(addOn: boolean): string {
  return addOn ? '±1 jam' : '±1 menit';
}
