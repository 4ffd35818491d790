import { describe, expect, it } from 'vitest';
import { assessmentColumnWidths, assessmentLayout, SUPERVISOR_ASSESSOR } from '../../../src/core/assessment/layout';
import { ASSESSMENT_CRITERIA } from '../../../src/core/values';

describe('assessmentLayout', () => {
  it('puts the supervisor first, then the setting names once each, and the tail columns last', () => {
    const l = assessmentLayout(['Yohanes Bria', ' yohanes  bria ', '', 'Atasan Langsung', 'Maria Lake']);
    expect(l.assessors).toEqual([SUPERVISOR_ASSESSOR, 'Yohanes Bria', 'Maria Lake']);
    expect(l.width).toBe(7 + 3 * 4 + 6);
    expect(l.headers[1].slice(0, 7)).toEqual(['No', 'NIP', 'Nama', 'Unit Kerja', 'Suara', 'Atasan Langsung', 'NIP Atasan']);
    expect(l.headers[1].slice(7, 11)).toEqual(ASSESSMENT_CRITERIA.map((c) => c.name));
    expect(l.headers[1].slice(-6)).toEqual(['Total', 'Peringkat', 'Diusulkan', 'Ditetapkan', 'Peran', 'Keterangan']);
    expect(l.headers[0][7]).toBe('Penilai 1: Atasan Langsung');
    expect(l.headers[0][11]).toBe('Penilai 2: Yohanes Bria');
    expect(l.scoreColumns[2]).toEqual([15, 16, 17, 18]);
  });
});

describe('Penilaian column widths', () => {
  it('one width per column for any number of assessors: names and notes wide, scores narrow', () => {
    for (const names of [[], ['Yohanes Bria'], ['A', 'B', 'C']]) {
      const l = assessmentLayout(names);
      const w = assessmentColumnWidths(l);
      expect(w).toHaveLength(l.width);
      expect([w[l.name], w[l.note], w[l.scoreColumns[0][0]]]).toEqual([240, 360, 95]);
    }
  });
});
