/**
 * LockService. Contention is simulated on the kernel's single thread: a lock is held by an
 * execution id, or by an "outside process" a test sets up with `kernel.holdScriptLock(untilMs)`
 * / `kernel.holdLock(key, untilMs)`. Waiting advances the simulated clock: to the release time
 * when it falls within the timeout, else by the whole timeout, and then the attempt fails.
 */
import { FakeObject, imitates, orNull } from '../kernel/fake';
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

interface Lock extends GoogleAppsScript.Lock.Lock {}
class Lock extends FakeObject {
  constructor(kernel: Kernel, private readonly slot: LockSlot) {
    super(kernel, 'LockService', 'Lock');
  }

  private me(): number {
    return this.kernel.currentExecution?.id ?? 0;
  }

  /** One attempt to take the lock, waiting up to `timeoutMs` of simulated time. */
  private attempt(timeoutMs: number): boolean {
    const { kernel, slot } = this;
    if (typeof timeoutMs !== 'number' || !(timeoutMs >= 0)) {
      throw kernel.makeError(`Invalid argument: timeoutInMillis`);
    }
    const wait = Math.min(timeoutMs, MAX_WAIT_MS);
    const holder = slot.holder();
    if (holder === null || holder === this.me()) {
      slot.take(this.me());
      return true;
    }
    if (holder === -1) {
      // An outside process: it lets go at freeAt.
      const freeAt = slot.freeAt();
      if (freeAt <= kernel.now()) {
        slot.take(this.me());
        return true;
      }
      if (freeAt - kernel.now() <= wait) {
        kernel.setNow(freeAt);
        slot.take(this.me());
        return true;
      }
    }
    // Held by an outside process for longer, or by another execution on this (single) thread,
    // which cannot let go while this one waits.
    kernel.advance(wait);
    return false;
  }

  tryLock(timeoutInMillis: number): boolean {
    this.count('tryLock');
    return this.attempt(timeoutInMillis);
  }
  waitLock(timeoutInMillis: number): void {
    this.count('waitLock');
    if (!this.attempt(timeoutInMillis)) throw this.kernel.makeError(LOCK_TIMEOUT_ERROR);
  }
  releaseLock(): void {
    this.count('releaseLock');
    if (this.slot.holder() === this.me()) this.slot.free();
  }
  hasLock(): boolean {
    this.count('hasLock');
    return this.slot.holder() === this.me();
  }
}
imitates(Lock, 'Lock.Lock');

export interface LockServiceOptions {
  /** The file the script is bound to (document lock); null for a standalone script. */
  containerId: () => string | null;
}

interface LockService extends GoogleAppsScript.Lock.LockService {}
class LockService extends FakeObject {
  constructor(kernel: Kernel, private readonly options: LockServiceOptions) {
    super(kernel, 'LockService', '');
  }

  getScriptLock(): Lock {
    this.count('getScriptLock');
    return new Lock(this.kernel, scriptSlot(this.kernel));
  }
  getDocumentLock(): Lock {
    this.count('getDocumentLock');
    const id = this.options.containerId();
    // Google returns null outside a container-bound script.
    if (!id) return orNull<Lock>(null);
    return new Lock(this.kernel, tableSlot(this.kernel, `document:${id}`));
  }
  getUserLock(): Lock {
    this.count('getUserLock');
    const user = this.kernel.currentExecution?.user ?? this.kernel.user;
    return new Lock(this.kernel, tableSlot(this.kernel, `user:${user}`));
  }
}
imitates(LockService, 'Lock.LockService');

export function createLockService(kernel: Kernel, options: LockServiceOptions): GoogleAppsScript.Lock.LockService {
  return new LockService(kernel, options);
}
