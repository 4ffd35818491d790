import { describe, expect, it } from 'vitest';
import { actionPlanSheet, type PlanAgent } from '../../src/core/action-plan';
import { applyReview, approversOf, entryProblems, parseDecision, planEntries, planNumber, reviewEntry } from '../../src/core/action-plan-approval';
import type { Cell } from '../../src/core/cells';

const A: PlanAgent = { nip: '198609262015051001', name: 'dr. Maria Lake, M.Kes.', role: 'Katalis' };
const readBack = (values: Cell[][]): Cell[][] => values.map((r) => r.map((c) => (typeof c === 'string' && c.startsWith("'") ? c.slice(1) : c)));
const ROW: Cell[] = ['BerAKHLAK – Adaptif', 'Antrean lebih singkat', 'Waktu tunggu', 10, 'Nomor antrean', 'Jan–Jun 2027', ''];

function sheetWith(row: Cell[], decision: Cell[] = []) {
  const s = actionPlanSheet([A]);
  const v = readBack(s.values);
  v[3].splice(1, row.length, ...row);
  decision.forEach((d, i) => (v[3][s.layout.decision + i] = d));
  return { v, layout: s.layout };
}

describe('plan numbers and decisions', () => {
  it.each([
    [10, 10],
    ['12', 12],
    ['12,5', 12.5],
    ['50%', null],
    ['lima puluh', null],
    ['', null],
  ])('planNumber(%j) = %j', (v, want) => expect(planNumber(v)).toBe(want));

  it.each([
    ['Disetujui', 'Disetujui'],
    [' perlu  perbaikan ', 'Perlu Perbaikan'],
    ['', ''],
    ['ok', null],
  ])('parseDecision(%j) = %j', (v, want) => expect(parseDecision(v)).toBe(want));
});

describe('approvers', () => {
  it('need the head’s e-mail; delegates are added, lower-cased, once', () => {
    expect(approversOf({ kepalaEmail: '', approvalDelegates: [] })).toEqual({ problem: expect.stringContaining('Email Kepala Dinas belum diisi') });
    expect(approversOf({ kepalaEmail: 'Kepala', approvalDelegates: [] })).toEqual({ problem: expect.stringContaining('bukan alamat email') });
    expect(approversOf({ kepalaEmail: 'k@x.id', approvalDelegates: ['nama saja'] })).toEqual({ problem: expect.stringContaining('"nama saja"') });
    expect(approversOf({ kepalaEmail: 'K@X.id', approvalDelegates: ['d@x.id', 'k@x.id'] })).toEqual({ emails: ['k@x.id', 'd@x.id'] });
  });
});

describe('reviewEntry', () => {
  it('a complete row is Diajukan once submitted, and stays so', () => {
    const { v, layout } = sheetWith(ROW);
    const [e] = planEntries(v, layout);
    expect(entryProblems(e)).toEqual([]);
    expect(reviewEntry(e, false).status).toBe('');
    expect(reviewEntry(e, true).status).toBe('Diajukan');
    v[3][layout.status] = 'Diajukan';
    expect(reviewEntry(planEntries(v, layout)[0], false).status).toBe('Diajukan');
  });

  it('a decision is recorded; a change after it goes back to Diajukan with the change named; a new decision clears it', () => {
    const { v, layout } = sheetWith(ROW, ['Disetujui', 'Lanjut', '03/12/2026', 'k@x.id']);
    const first = reviewEntry(planEntries(v, layout)[0], false);
    expect(first.status).toBe('Disetujui');
    const written = v.map((r) => r.slice());
    applyReview(written, layout, [first]);
    const back = readBack(written);
    back[3][4] = 12;
    const changed = reviewEntry(planEntries(back, layout)[0], false);
    expect(changed.status).toBe('Diajukan');
    expect(changed.change).toContain('Target "10" → "12"');
    back[3][layout.date] = '05/12/2026';
    expect(reviewEntry(planEntries(back, layout)[0], false)).toMatchObject({ status: 'Disetujui', change: '' });
  });

  it('names what is missing, column by column', () => {
    const { v, layout } = sheetWith(['', 'Sasaran', '', 'sepuluh', 'Kegiatan', '', '']);
    const [e] = planEntries(v, layout);
    expect(entryProblems(e)).toEqual([
      'kolom 2 Nilai Organisasi & Core Value ASN masih kosong',
      'kolom 4 Indikator Kinerja masih kosong',
      'kolom 7 Waktu masih kosong',
      'kolom 5 Target harus angka (tertulis "sepuluh")',
    ]);
    expect(reviewEntry(e, true).status).toBe('Belum Lengkap');
  });
});
