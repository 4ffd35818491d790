import { describe, expect, it } from 'vitest';
import {
  ACTION_PLAN_WIDTH,
  ACTION_PLAN_WIDTHS,
  ACTION_PLAN_HEADERS,
  ACTION_PLAN_VALUE_OPTIONS,
  actionPlanSheet,
  APPROVAL_HEADERS,
  approvalLayout,
  DEFAULT_PLAN_ROWS,
  type PlanAgent,
} from '../../src/core/action-plan';
import type { Cell } from '../../src/core/cells';
import { BERAKHLAK_VALUES, SOLIDER_VALUES } from '../../src/core/values';

const A: PlanAgent = { nip: '198609262015051001', name: 'dr. Maria Lake, M.Kes.', role: 'Katalis' };
const B: PlanAgent = { nip: '199001012019022003', name: 'Yohanes Bria', role: '' };
const C: PlanAgent = { nip: '198001012005011002', name: 'Petrus Seran', role: 'Mediator' };

/** What getValues returns after the block was written (apostrophes are not part of values). */
const readBack = (values: Cell[][]): Cell[][] => values.map((r) => r.map((c) => (typeof c === 'string' && c.startsWith("'") ? c.slice(1) : c)));

describe('actionPlanSheet', () => {
  it('has the seed’s 8 columns, numbered 1–8, and one titled block of numbered rows per agent', () => {
    const s = actionPlanSheet([A, B]);
    const approval = Object.values(APPROVAL_HEADERS);
    expect(s.values[0]).toEqual([...ACTION_PLAN_HEADERS, ...approval]);
    expect(s.values[1]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, ...approval.map(() => '')]);
    expect(s.width).toBe(8 + approval.length);
    expect(s.values.every((r) => r.length === s.width)).toBe(true);
    expect(s.titleRows).toEqual([3, 3 + DEFAULT_PLAN_ROWS + 2]);
    expect(s.values[2][0]).toBe('Agen Perubahan: dr. Maria Lake, M.Kes. — NIP 19860926 201505 1 001 — Peran: Katalis');
    expect(s.values[s.titleRows[1] - 1][0]).toBe('Agen Perubahan: Yohanes Bria — NIP 19900101 201902 2 003');
    expect(s.entryRows).toHaveLength(2 * DEFAULT_PLAN_ROWS);
    expect(s.entryRows.map((r) => s.values[r - 1][0])).toEqual([1, 2, 3, 4, 5, 1, 2, 3, 4, 5]);
  });

  it('offers the SOLIDER and BerAKHLAK values in the dropdown', () => {
    expect(ACTION_PLAN_VALUE_OPTIONS).toHaveLength(SOLIDER_VALUES.length + BERAKHLAK_VALUES.length);
    expect(ACTION_PLAN_VALUE_OPTIONS).toContain('SOLIDER – Serving (melayani)');
    expect(ACTION_PLAN_VALUE_OPTIONS).toContain('BerAKHLAK – Kolaboratif');
    expect(new Set(ACTION_PLAN_VALUE_OPTIONS).size).toBe(ACTION_PLAN_VALUE_OPTIONS.length);
  });

  it('keeps what agents typed, adds new agents at the end, marks agents no longer appointed', () => {
    const first = readBack(actionPlanSheet([A, B]).values);
    const pad = (r: Cell[]) => [...r, ...new Array<Cell>(first[0].length - r.length).fill('')];
    // Agent A fills a row and adds a sixth; B types a formula-looking target.
    first[3] = pad([1, 'BerAKHLAK – Adaptif', 'Antrean lebih singkat', 'Waktu tunggu', '=15 menit', 'Sistem nomor antrean', 'Jan–Mar 2027', '']);
    first.splice(8, 0, pad([6, '', 'Tambahan', '', '', '', '', '']));
    const again = actionPlanSheet([A, C], first);
    const back = readBack(again.values);
    const titles = again.titleRows.map((r) => back[r - 1][0]);
    expect(titles).toEqual([
      'Agen Perubahan: dr. Maria Lake, M.Kes. — NIP 19860926 201505 1 001 — Peran: Katalis',
      'Agen Perubahan: Yohanes Bria — NIP 19900101 201902 2 003 (tidak lagi ditetapkan)',
      'Agen Perubahan: Petrus Seran — NIP 19800101 200501 1 002 — Peran: Mediator',
    ]);
    expect(back[3]).toEqual(first[3]);
    expect(again.values[3][4]).toBe("'=15 menit");
    expect(back).toContainEqual(pad([6, '', 'Tambahan', '', '', '', '', '']));
    expect(again.entryRows).toHaveLength(6 + 5 + 5);
    // Idempotent once settled.
    const third = actionPlanSheet([A, C], back);
    expect(readBack(third.values)).toEqual(back);
  });

  it('refreshes the title when the role changes', () => {
    const first = readBack(actionPlanSheet([A]).values);
    const again = actionPlanSheet([{ ...A, role: 'Penghubung' }], first);
    expect(again.values[2][0]).toBe('Agen Perubahan: dr. Maria Lake, M.Kes. — NIP 19860926 201505 1 001 — Peran: Penghubung');
    expect(again.values).toHaveLength(first.length);
  });
});

describe('approval columns', () => {
  it('are placed after the eight seed columns on a new sheet, after the team’s own columns on an older one, and found by header when moved', () => {
    expect(approvalLayout([]).status).toBe(8);
    const withTeamColumn = [...ACTION_PLAN_HEADERS, 'Anggaran'];
    const l = approvalLayout(withTeamColumn);
    expect(l.status).toBe(9);
    expect(l.submitted).toBe(10);
    expect(l.record).toBe(16);
    const moved = [...ACTION_PLAN_HEADERS, 'Anggaran', 'Keputusan Pimpinan', 'Status'];
    expect(approvalLayout(moved).decision).toBe(9);
    expect(approvalLayout(moved).status).toBe(10);
    expect(approvalLayout(moved).submitted).toBe(11);
    expect(approvalLayout(moved).note).toBe(12);
  });

  it('a sheet laid out before Tanggal Diajukan existed gets it after its last column, the others staying where they are', () => {
    const before = [...ACTION_PLAN_HEADERS, 'Status', 'Keputusan Pimpinan', 'Catatan Pimpinan', 'Tanggal Keputusan', 'Diputuskan Oleh', 'Perubahan Setelah Keputusan', 'Isi yang Diputuskan (jangan diubah)'];
    const l = approvalLayout(before);
    expect([l.status, l.decision, l.note, l.date, l.by, l.change, l.record]).toEqual([8, 9, 10, 11, 12, 13, 14]);
    expect(l.submitted).toBe(15);
  });

  it('a team column added to an older sheet keeps its cells on their rows, and the head’s decision never moves', () => {
    const old = readBack(actionPlanSheet([A]).values).map((r) => r.slice(0, 8));
    old[0].push('Anggaran');
    old[3].push('Rp 2.000.000');
    const s = actionPlanSheet([A, B], old);
    expect(s.values[0][8]).toBe('Anggaran');
    expect(s.values[3][8]).toBe('Rp 2.000.000');
    expect(s.values[0][s.layout.status]).toBe('Status');
    const back = readBack(s.values);
    back[3][s.layout.decision] = 'Disetujui';
    const again = actionPlanSheet([A, B, C], back);
    expect(again.values[3][again.layout.decision]).toBe('Disetujui');
    expect(readBack(again.values).slice(0, back.length)).toEqual(back);
  });
});

describe('Rencana Tindak column widths', () => {
  it('one width per column', () => {
    expect(ACTION_PLAN_WIDTHS).toHaveLength(ACTION_PLAN_WIDTH);
  });
});
