import { describe, expect, it } from 'vitest';
import type { PlanEntry, ReviewedEntry } from '../../src/core/action-plan-approval';
import { witaToMs } from '../../src/core/dates';
import { agentLines, type LedgerReport, parseSemester, reportSemesterKey, semesterMonitoring, semesterName, semesterOfKey, semestersWithData, unitTrend } from '../../src/core/monitoring';
import { DEFAULT_BAND_TABLE } from '../../src/core/survey/bands';
import type { SummaryResponse } from '../../src/core/survey/summary';

const entry = (no: string, target: number | null, over: Partial<PlanEntry> = {}): ReviewedEntry => ({
  entry: { row: 3 + Number(no), agentNip: '198609262015051001', agentName: 'Maria Lake', appointed: true, no, cells: [], target, activity: `Kegiatan ${no}`, status: '', submittedAt: null, decision: 'Disetujui', badDecision: '', note: '', date: '', by: '', change: '', record: '', ...over },
  status: 'Disetujui',
  change: '',
  record: '',
  submittedAt: null,
});
const resp = (unit: string, periodKey: string, band: string | null, counted = true): SummaryResponse => ({ unit, periodKey, periodLabel: periodKey, counted, complete: band !== null, total: 5, scaled: 5, band, perQuestion: [] });

describe('agentLines', () => {
  it('sums reports per activity, % of target, mean over approved activities, open problems without a solution', () => {
    const [a] = agentLines([entry('1', 10), entry('2', 4), entry('3', null)], [
      { nip: '198609262015051001', no: '1', timestamp: 1, realisation: 3, problems: 'sinyal', solutions: '', period: 'Maret 2027', semesterKey: '2027-S1' },
      { nip: '198609262015051001', no: '1', timestamp: 5, realisation: 2, problems: 'printer', solutions: 'pinjam', period: 'April 2027', semesterKey: '2027-S1' },
      { nip: '198609262015051001', no: '2', timestamp: 3, realisation: 4, problems: '', solutions: '', period: 'Juli 2027', semesterKey: '2027-S2' },
    ], () => 'Sekretariat');
    expect(a.activities.map((x) => [x.realisation, x.achieved])).toEqual([[5, 0.5], [4, 1], [0, null]]);
    expect(a.achieved).toBe(0.75);
    expect(a.lastReport).toBe(5);
    expect(a.openProblems).toBe(1);
  });
  it('leaves out agents no longer appointed', () => {
    expect(agentLines([entry('1', 10, { appointed: false })], [], () => '')).toEqual([]);
  });
});

describe('unitTrend', () => {
  it('shares per semester of the agent’s unit (a sub-unit takes its unit’s answers), change since the previous', () => {
    const t = unitTrend(['Sekretariat — Subbagian Program'], [
      resp('Sekretariat', '2026-S2', 'BAIK'),
      resp('Sekretariat', '2026-S2', 'TIDAK BAIK'),
      resp('Sekretariat', '2027-S1', 'BAIK'),
      resp('Sekretariat', '2027-S1', 'BAIK', false),
      resp('Bidang Lain', '2027-S1', 'TIDAK BAIK'),
      resp('Sekretariat', '2027-S1', null),
    ], DEFAULT_BAND_TABLE);
    expect(t.map((x) => [x.periodKey, x.responses, x.shares[0], x.top])).toEqual([['2026-S2', 2, 0.5, 'BAIK'], ['2027-S1', 1, 1, 'BAIK']]);
    expect(t[0].change[0]).toBeNull();
    expect(t[1].change[0]).toBe(0.5);
    expect(t[1].change[3]).toBe(-0.5);
  });
});

describe('semesters of the monitoring report', () => {
  const report = (no: string, period: string, realisation: number, problems = '', solutions = ''): LedgerReport => ({
    nip: '198609262015051001',
    no,
    timestamp: witaToMs(2027, 5, 1),
    realisation,
    problems,
    solutions,
    period,
    semesterKey: reportSemesterKey(period, witaToMs(2027, 5, 1)),
  });

  it('reads the semester a person types, and nothing else', () => {
    for (const t of ['Semester I 2027', 'semester 1 2027', 'I 2027', '2027-1', '2027-S1', 'S1 2027', 'Semester I 2027 (Januari–Juni)', ' smt. 1 / 2027 ']) {
      expect(parseSemester(t)?.key, t).toBe('2027-S1');
    }
    for (const t of ['Semester II 2026', '2026-2', '2026 S2', 'ii 2026']) expect(parseSemester(t)?.key, t).toBe('2026-S2');
    for (const t of ['', 'tahun depan', '2027', 'Semester III 2027', '2027-3', 'Maret 2027', '12027-1']) expect(parseSemester(t), t).toBeNull();
  });

  it('a report belongs to the semester of the month it reports, the sending time when the month is unreadable (M1)', () => {
    expect(reportSemesterKey('Juni 2027', witaToMs(2027, 8, 1))).toBe('2027-S1');
    expect(reportSemesterKey('Juli 2027', witaToMs(2027, 5, 1))).toBe('2027-S2');
    expect(reportSemesterKey('??', witaToMs(2027, 8, 1))).toBe('2027-S2');
    expect(semesterName(semesterOfKey('2027-S2')!)).toBe('Semester II 2027');
    expect(semesterOfKey('2027-S3')).toBeNull();
  });

  it('semesters with data: a counted report or a banded survey semester of an agent’s unit, in order', () => {
    const trend = unitTrend(['Sekretariat'], [resp('Sekretariat', '2026-S2', 'BAIK')], DEFAULT_BAND_TABLE);
    expect(semestersWithData([report('1', 'Juli 2027', 1), report('1', 'Maret 2027', 1)], trend).map((s) => s.key)).toEqual(['2026-S2', '2027-S1', '2027-S2']);
    expect(semestersWithData([], [])).toEqual([]);
  });

  it('one semester: agentLines over its months and over everything up to its end; the trend up to it', () => {
    const trend = unitTrend(['Sekretariat'], [resp('Sekretariat', '2026-S2', 'BAIK'), resp('Sekretariat', '2027-S2', 'BAIK')], DEFAULT_BAND_TABLE);
    const reports = [report('1', 'Desember 2026', 2), report('1', 'Maret 2027', 3, 'sinyal'), report('1', 'Juli 2027', 4)];
    const s = semesterMonitoring([entry('1', 10)], reports, () => 'Sekretariat', trend, semesterOfKey('2027-S1')!);
    expect(s.inSemester[0].activities[0].realisation).toBe(3);
    expect(s.inSemester[0].activities[0].reports.map((r) => r.problems)).toEqual(['sinyal']);
    expect(s.toDate[0].activities[0].realisation).toBe(5);
    expect(s.toDate[0].achieved).toBe(0.5);
    expect(s.trend.map((t) => t.periodKey)).toEqual(['2026-S2']);
    // The same lines as Pemantauan Agen's for the same reports.
    expect(s.toDate).toEqual(agentLines([entry('1', 10)], reports.slice(0, 2), () => 'Sekretariat'));
  });
});
