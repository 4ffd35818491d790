import { describe, it, expect } from 'vitest';
import { latestPerRespondent, semesterOf } from '../../../src/core/survey/periods';

const utc = (iso: string) => Date.parse(iso);

describe('semesterOf (WITA)', () => {
  it.each([
    ['2026-01-01T00:00:00+08:00', '2026-S1', 'Semester I 2026 (Januari–Juni)'],
    ['2025-12-31T16:00:00Z', '2026-S1', 'Semester I 2026 (Januari–Juni)'],
    ['2025-12-31T15:59:59Z', '2025-S2', 'Semester II 2025 (Juli–Desember)'],
    ['2026-06-30T23:59:59+08:00', '2026-S1', 'Semester I 2026 (Januari–Juni)'],
    ['2026-06-30T16:00:00Z', '2026-S2', 'Semester II 2026 (Juli–Desember)'],
    ['2026-11-27T09:00:00+08:00', '2026-S2', 'Semester II 2026 (Juli–Desember)'],
  ])('%s → %s', (iso, key, label) => {
    const s = semesterOf(utc(iso));
    expect(s.key).toBe(key);
    expect(s.label).toBe(label);
    expect(s.start).toBeLessThanOrEqual(utc(iso));
    expect(s.end).toBeGreaterThan(utc(iso));
  });

  it('bounds a semester at WITA midnight', () => {
    const s = semesterOf(utc('2026-03-01T00:00:00Z'));
    expect(new Date(s.start).toISOString()).toBe('2025-12-31T16:00:00.000Z');
    expect(new Date(s.end).toISOString()).toBe('2026-06-30T16:00:00.000Z');
  });
});

describe('latestPerRespondent', () => {
  it('keeps the latest response per e-mail and semester; others are superseded with a reason', () => {
    const rs = [
      { id: 'a1', email: 'Ani@dinkes.go.id', timestamp: utc('2026-08-01T01:00:00Z') },
      { id: 'b1', email: 'budi@dinkes.go.id', timestamp: utc('2026-08-02T01:00:00Z') },
      { id: 'a2', email: ' ani@DINKES.go.id ', timestamp: utc('2026-09-01T01:05:00Z') },
      { id: 'a0', email: 'ani@dinkes.go.id', timestamp: utc('2026-07-15T01:00:00Z') },
      { id: 'a-s1', email: 'ani@dinkes.go.id', timestamp: utc('2026-05-01T01:00:00Z') },
      { id: 'x1', email: '', timestamp: utc('2026-08-01T01:00:00Z') },
      { id: 'x2', timestamp: utc('2026-08-01T01:00:00Z') },
    ];
    const d = latestPerRespondent(rs);
    expect(d.map((x) => x.counted)).toEqual([false, true, true, false, true, true, true]);
    expect(d.map((x) => x.period)).toEqual(['2026-S2', '2026-S2', '2026-S2', '2026-S2', '2026-S1', '2026-S2', '2026-S2']);
    expect(d[0].supersededBy).toBe(2);
    expect(d[3].supersededBy).toBe(2);
    expect(d[0].reason).toBe(
      'digantikan: ani@dinkes.go.id mengisi lagi pada 1 September 2026 09.05 WITA (a2); hanya jawaban terakhir pada Semester II 2026 (Juli–Desember) yang dihitung.',
    );
    expect(d[1]).toEqual({ counted: true, period: '2026-S2', supersededBy: null, reason: '' });
  });

  it('with equal timestamps, the later one in the input counts', () => {
    const t = utc('2026-08-01T01:00:00Z');
    const d = latestPerRespondent([
      { email: 'a@x.id', timestamp: t },
      { email: 'a@x.id', timestamp: t },
    ]);
    expect(d.map((x) => x.counted)).toEqual([false, true]);
  });

  it('uses the WITA semester boundary', () => {
    // 30 June 23:30 WITA and 1 July 00:30 WITA are in different semesters: both count.
    const d = latestPerRespondent([
      { email: 'a@x.id', timestamp: utc('2026-06-30T15:30:00Z') },
      { email: 'a@x.id', timestamp: utc('2026-06-30T16:30:00Z') },
    ]);
    expect(d.map((x) => [x.counted, x.period])).toEqual([
      [true, '2026-S1'],
      [true, '2026-S2'],
    ]);
  });
});
