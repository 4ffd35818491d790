import { describe, expect, it } from 'vitest';
import type { PlanEntry, ReviewedEntry } from '../../src/core/action-plan-approval';
import { witaToMs } from '../../src/core/dates';
import { activityChoices, activityLabel, decideReport, monthChoices, parsePeriod, reportKey, type ReportInput } from '../../src/core/reports';

const entry = (over: Partial<PlanEntry> = {}): PlanEntry => ({
  row: 4, agentNip: '198609262015051001', agentName: 'Maria Lake', appointed: true, no: '1',
  cells: ['1', 'BerAKHLAK – Adaptif', 'Sasaran', 'Indikator', '10', 'Nomor antrean daring', 'Jan 2027', ''],
  target: 10, activity: 'Nomor antrean daring', status: 'Disetujui', submittedAt: null, decision: 'Disetujui', badDecision: '', note: '', date: '', by: '', change: '', record: '', ...over,
});
const reviewed = (e: PlanEntry, status = e.status): ReviewedEntry => ({ entry: e, status, change: '', record: '', submittedAt: null });
const input = (over: Partial<ReportInput> = {}): ReportInput => ({
  id: 'r1', timestamp: witaToMs(2027, 3, 5), reporter: 'a@x.id', activity: 'Maria Lake — No 1: Nomor antrean daring', period: 'Maret 2027', realisation: '4', problems: '', solutions: '', evidence: '', ...over,
});
const ctx = (list: ReviewedEntry[], earlier: { id: string; key: string }[] = []) => ({ reviewed: list, termStart: witaToMs(2027, 1, 1), termEnd: witaToMs(2027, 12, 31), earlier });

describe('decideReport', () => {
  it('counts a report of an approved activity', () => {
    expect(decideReport(input(), ctx([reviewed(entry())]))).toMatchObject({ counted: true, realisation: 4, reasons: [] });
  });
  it('a report for an activity that was never approved (not in the plan at all) is kept and says so', () => {
    const r = decideReport(input({ activity: 'Orang Lain — No 3: Senam pagi' }), ctx([reviewed(entry())]));
    expect(r.counted).toBe(false);
    expect(r.reasons[0]).toContain('tidak ada di lembar Rencana Tindak');
  });
  it('an activity still Diajukan is not counted', () => {
    const r = decideReport(input(), ctx([reviewed(entry({ status: 'Diajukan' }), 'Diajukan')]));
    expect(r.reasons[0]).toContain('belum disetujui pimpinan (Status di Rencana Tindak: Diajukan)');
  });
  it('an agent who is no longer an agent (decree redrafted) is kept, not counted', () => {
    const r = decideReport(input(), ctx([reviewed(entry({ appointed: false }))]));
    expect(r.reasons[0]).toContain('Maria Lake tidak lagi ditetapkan sebagai Agen Perubahan');
  });
  it.each(['50%', 'lima puluh', ''])('a realisation %j is not a number', (v) => {
    expect(decideReport(input({ realisation: v }), ctx([reviewed(entry())])).reasons.join(' ')).toContain('bukan angka');
  });
  it('the same report twice: the second names the first', () => {
    const first = input();
    const ok = decideReport(first, ctx([reviewed(entry())]));
    expect(ok.counted).toBe(true);
    const again = decideReport(input({ id: 'r2' }), ctx([reviewed(entry())], [{ id: 'r1', key: reportKey(first) }]));
    expect(again.reasons[0]).toContain('Sama dengan laporan r1');
  });
  it.each([
    ['Desember 2026', 'di luar masa tugas'],
    ['Januari 2028', 'di luar masa tugas'],
    ['bulan depan', 'tidak dikenali'],
  ])('period %j: %s', (period, says) => {
    expect(decideReport(input({ period }), ctx([reviewed(entry())])).reasons.join(' ')).toContain(says);
  });
});


describe('dropdowns and periods', () => {
  it('labels approved activities of appointed agents only, once each', () => {
    const a = entry();
    expect(activityLabel(a)).toBe('Maria Lake — No 1: Nomor antrean daring');
    expect(activityChoices([reviewed(a), reviewed(entry({ row: 5, no: '2', activity: 'Lain', status: 'Diajukan' }), 'Diajukan'), reviewed(entry({ appointed: false, no: '3', activity: 'X' }))])).toEqual([activityLabel(a)]);
  });
  it('months of the term, and the spellings read back', () => {
    expect(monthChoices(witaToMs(2026, 11, 15), witaToMs(2027, 2, 1))).toEqual(['November 2026', 'Desember 2026', 'Januari 2027', 'Februari 2027']);
    expect(parsePeriod('pebruari 2027')).toEqual({ year: 2027, month: 2 });
    expect(parsePeriod('03/2027')).toEqual({ year: 2027, month: 3 });
    expect(parsePeriod('2027-03')).toEqual({ year: 2027, month: 3 });
    expect(parsePeriod('13/2027')).toBeNull();
  });
});
