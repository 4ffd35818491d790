import { describe, expect, it } from 'vitest';
import {
  ACTION_PLAN_WIDTH,
  ACTION_PLAN_WIDTHS,
  ACTION_PLAN_HEADERS,
  ACTION_PLAN_VALUE_OPTIONS,
  actionPlanSheet,
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
    expect(s.values[0]).toEqual([...ACTION_PLAN_HEADERS]);
    expect(s.values[1]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(s.values.every((r) => r.length === 8)).toBe(true);
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
    // Agent A fills a row and adds a sixth; B types a formula-looking target.
    first[3] = [1, 'BerAKHLAK – Adaptif', 'Antrean lebih singkat', 'Waktu tunggu', '=15 menit', 'Sistem nomor antrean', 'Jan–Mar 2027', ''];
    first.splice(8, 0, [6, '', 'Tambahan', '', '', '', '', '']);
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
    expect(back).toContainEqual([6, '', 'Tambahan', '', '', '', '', '']);
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

describe('Rencana Tindak column widths', () => {
  it('one width per column', () => {
    expect(ACTION_PLAN_WIDTHS).toHaveLength(ACTION_PLAN_WIDTH);
  });
});
