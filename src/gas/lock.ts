/** LockService: one script-wide lock around every run that writes the product's sheets. */

/**
 * Runs `fn` holding the script lock, waiting up to `timeoutMs`. Returns `{ ran: false }` when the
 * lock could not be had (another run holds it); the caller decides how the work catches up.
 * Pending spreadsheet writes are flushed before the lock is released.
 */
export function withScriptLock<T>(timeoutMs: number, fn: () => T): { ran: true; value: T } | { ran: false } {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(timeoutMs)) return { ran: false };
  try {
    const value = fn();
    SpreadsheetApp.flush();
    return { ran: true, value };
  } finally {
    lock.releaseLock();
  }
}
