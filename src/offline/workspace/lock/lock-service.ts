/**
 * LockService. Contention is simulated on the kernel's single thread: a lock is held by an
 * execution id, or by an "outside process" a test sets up with `kernel.holdScriptLock(untilMs)`
 * / `kernel.holdLock(key, untilMs)`. Waiting advances the simulated clock: to the release time
 * when it falls within the timeout, else by the whole timeout, and then the attempt fails.
 */
import type { Kernel } from '../kernel/kernel';

export const LOCK_TIMEOUT_ERROR = 'Lock timeout: another process was holding the lock for too long.';

/** How long Google lets one tryLock/waitLock wait. */
const MAX_WAIT_MS = 300_000;

interface LockSlot {
  holder(): number | null;
  freeAt(): number;
  take(holder: number): void;
  free(): void;
}

function scriptSlot(kernel: Kernel): LockSlot {
  return {
    holder: () => kernel.scriptLockHolder,
    freeAt: () => kernel.scriptLockFreeAt,
    take: (h) => {
      kernel.scriptLockHolder = h;
      kernel.scriptLockFreeAt = 0;
    },
    free: () => {
      kernel.scriptLockHolder = null;
      kernel.scriptLockFreeAt = 0;
    },
  };
}

function tableSlot(kernel: Kernel, key: string): LockSlot {
  return {
    holder: () => kernel.locks.get(key)?.holder ?? null,
    freeAt: () => kernel.locks.get(key)?.freeAt ?? 0,
    take: (h) => kernel.locks.set(key, { holder: h, freeAt: 0 }),
    free: () => kernel.locks.delete(key),
  };
}

function makeLock(kernel: Kernel, slot: LockSlot): GoogleAppsScript.Lock.Lock {
  const me = (): number => kernel.currentExecution?.id ?? 0;
  const count = (m: string) => kernel.count('LockService', `Lock.${m}`);

  /** One attempt to take the lock, waiting up to `timeoutMs` of simulated time. */
  const attempt = (timeoutMs: number): boolean => {
    if (typeof timeoutMs !== 'number' || !(timeoutMs >= 0)) {
      throw kernel.makeError(`Invalid argument: timeoutInMillis`);
    }
    const wait = Math.min(timeoutMs, MAX_WAIT_MS);
    const holder = slot.holder();
    if (holder === null || holder === me()) {
      slot.take(me());
      return true;
    }
    if (holder === -1) {
      // An outside process: it lets go at freeAt.
      const freeAt = slot.freeAt();
      if (freeAt <= kernel.now()) {
        slot.take(me());
        return true;
      }
      if (freeAt - kernel.now() <= wait) {
        kernel.setNow(freeAt);
        slot.take(me());
        return true;
      }
    }
    // Held by an outside process for longer, or by another execution on this (single) thread,
    // which cannot let go while this one waits.
    kernel.advance(wait);
    return false;
  };

  return {
    tryLock(timeoutInMillis: number): boolean {
      count('tryLock');
      return attempt(timeoutInMillis);
    },
    waitLock(timeoutInMillis: number): void {
      count('waitLock');
      if (!attempt(timeoutInMillis)) throw kernel.makeError(LOCK_TIMEOUT_ERROR);
    },
    releaseLock(): void {
      count('releaseLock');
      if (slot.holder() === me()) slot.free();
    },
    hasLock(): boolean {
      count('hasLock');
      return slot.holder() === me();
    },
  } as GoogleAppsScript.Lock.Lock;
}

export interface LockServiceOptions {
  /** The file the script is bound to (document lock); null for a standalone script. */
  containerId: () => string | null;
}

export function createLockService(kernel: Kernel, options: LockServiceOptions): GoogleAppsScript.Lock.LockService {
  const count = (m: string) => kernel.count('LockService', m);
  return {
    getScriptLock() {
      count('getScriptLock');
      return makeLock(kernel, scriptSlot(kernel));
    },
    getDocumentLock() {
      count('getDocumentLock');
      const id = options.containerId();
      // Google returns null outside a container-bound script.
      if (!id) return null as unknown as GoogleAppsScript.Lock.Lock;
      return makeLock(kernel, tableSlot(kernel, `document:${id}`));
    },
    getUserLock() {
      count('getUserLock');
      const user = kernel.currentExecution?.user ?? kernel.user;
      return makeLock(kernel, tableSlot(kernel, `user:${user}`));
    },
  } as GoogleAppsScript.Lock.LockService;
}
