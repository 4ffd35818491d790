import { describe, expect, it } from 'vitest';
import { clockCadence, continuationDelayText, dueContinuations, parseContinuations, withContinuation, withoutContinuation } from '../../src/core/continuations';

describe('continuations (one per handler, due by time, hourly while any wait)', () => {
  it('adding replaces an earlier entry of the same handler; removing leaves the others', () => {
    const a = withContinuation([], 'lanjutkanSinkronSurvei', 100);
    const b = withContinuation(a, 'lanjutkanSinkronisasiPenjaringan', 50);
    const c = withContinuation(b, 'lanjutkanSinkronSurvei', 300);
    expect(c).toEqual([{ handler: 'lanjutkanSinkronisasiPenjaringan', dueAt: 50 }, { handler: 'lanjutkanSinkronSurvei', dueAt: 300 }]);
    expect(withoutContinuation(c, 'lanjutkanSinkronSurvei')).toEqual([{ handler: 'lanjutkanSinkronisasiPenjaringan', dueAt: 50 }]);
  });

  it('due ones oldest first; the cadence is hourly while any waits', () => {
    const list = [{ handler: 'b', dueAt: 200 }, { handler: 'a', dueAt: 100 }, { handler: 'c', dueAt: 900 }];
    expect(dueContinuations(list, 500).map((c) => c.handler)).toEqual(['a', 'b']);
    expect(clockCadence(list)).toBe('hourly');
    expect(clockCadence([])).toBe('daily');
  });

  it('a damaged stored list never blocks the check', () => {
    expect(parseContinuations('x')).toEqual([]);
    expect(parseContinuations([{ handler: 'a', dueAt: 1 }, { handler: 3 }, null, { handler: 'b', dueAt: 'x' }])).toEqual([{ handler: 'a', dueAt: 1 }]);
  });

  it('says ±1 jam for an add-on, ±1 menit for a bound script', () => {
    expect(continuationDelayText(true)).toBe('±1 jam');
    expect(continuationDelayText(false)).toBe('±1 menit');
  });
});
