import { describe, expect, it } from 'vitest';
import type { PlanEntry, ReviewedEntry } from '../../src/core/action-plan-approval';
import { agentLines, unitTrend } from '../../src/core/monitoring';
import { DEFAULT_BAND_TABLE } from '../../src/core/survey/bands';
import type { SummaryResponse } from '../../src/core/survey/summary';

const entry = (no: string, target: number | null, over: Partial<PlanEntry> = {}): ReviewedEntry => ({
  entry: { row: 3 + Number(no), agentNip: '198609262015051001', agentName: 'Maria Lake', appointed: true, no, cells: [], target, activity: `Kegiatan ${no}`, status: '', decision: 'Disetujui', badDecision: '', note: '', date: '', by: '', change: '', record: '', ...over },
  status: 'Disetujui',
  change: '',
  record: '',
});
const resp = (unit: string, periodKey: string, band: string | null, counted = true): SummaryResponse => ({ unit, periodKey, periodLabel: periodKey, counted, complete: band !== null, total: 5, scaled: 5, band, perQuestion: [] });

describe('agentLines', () => {
  it('sums reports per activity, % of target, mean over approved activities, open problems without a solution', () => {
    const [a] = agentLines([entry('1', 10), entry('2', 4), entry('3', null)], [
      { nip: '198609262015051001', no: '1', timestamp: 1, realisation: 3, problems: 'sinyal', solutions: '' },
      { nip: '198609262015051001', no: '1', timestamp: 5, realisation: 2, problems: 'printer', solutions: 'pinjam' },
      { nip: '198609262015051001', no: '2', timestamp: 3, realisation: 4, problems: '', solutions: '' },
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
