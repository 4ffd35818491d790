import { describe, expect, it } from 'vitest';
import { Kernel } from '../../../src/offline/workspace/index';
import { createLockService, LOCK_TIMEOUT_ERROR } from '../../../src/offline/workspace/index';

function setup() {
  const kernel = new Kernel({ costModel: { LockService: 0 } });
  const LockService = createLockService(kernel, { containerId: () => '1Bound' });
  return { kernel, LockService };
}

describe('LockService', () => {
  it('takes a free lock at once and releases it', () => {
    const { kernel, LockService } = setup();
    const exec = kernel.beginExecution('editor');
    const lock = LockService.getScriptLock();
    const t0 = kernel.now();
    expect(lock.tryLock(10_000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(kernel.now()).toBe(t0);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
    expect(kernel.scriptLockHolder).toBeNull();
    kernel.endExecution(exec);
  });

  it.each([
    // [held for ms, timeout ms, acquired, clock advance]
    [5_000, 10_000, true, 5_000],
    [10_000, 10_000, true, 10_000],
    [30_000, 10_000, false, 10_000],
  ])('outside holder for %i ms, tryLock(%i) → %s after %i ms of waiting', (heldFor, timeout, acquired, waited) => {
    const { kernel, LockService } = setup();
    kernel.holdScriptLock(kernel.now() + heldFor);
    const exec = kernel.beginExecution('trigger');
    const t0 = kernel.now();
    expect(LockService.getScriptLock().tryLock(timeout)).toBe(acquired);
    expect(kernel.now() - t0).toBe(waited);
    kernel.endExecution(exec);
  });

  it('waitLock throws Google\'s timeout message', () => {
    const { kernel, LockService } = setup();
    kernel.holdScriptLock(kernel.now() + 60_000);
    expect(() => LockService.getScriptLock().waitLock(5_000)).toThrow(LOCK_TIMEOUT_ERROR);
  });

  it('a lock the execution forgot is released when it ends; another execution can then take it', () => {
    const { kernel, LockService } = setup();
    const first = kernel.beginExecution('trigger');
    expect(LockService.getDocumentLock().tryLock(0)).toBe(true);
    // a nested execution (another trigger) cannot get it while the first holds it
    const second = kernel.beginExecution('trigger');
    expect(LockService.getDocumentLock().tryLock(1_000)).toBe(false);
    kernel.endExecution(second);
    kernel.endExecution(first);
    const third = kernel.beginExecution('trigger');
    expect(LockService.getDocumentLock().tryLock(0)).toBe(true);
    kernel.endExecution(third);
  });

  it('document, user and script locks are independent', () => {
    const { kernel, LockService } = setup();
    kernel.holdLock('document:1Bound', kernel.now() + 60_000);
    expect(LockService.getDocumentLock().tryLock(0)).toBe(false);
    expect(LockService.getScriptLock().tryLock(0)).toBe(true);
    expect(LockService.getUserLock().tryLock(0)).toBe(true);
  });
});
