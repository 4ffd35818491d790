import { describe, expect, it } from 'vitest';
import { AGENT_ROLES, ASSESSMENT_CRITERIA, BERAKHLAK_VALUES, roleByName, SOLIDER_VALUES, WORK_MECHANISM } from '../../src/core/values';

describe('value sets', () => {
  it('has the seven SOLIDER values and the seven BerAKHLAK values with three indicators each', () => {
    expect(SOLIDER_VALUES.map((v) => v.name.split(' ')[0])).toEqual(['Serving', 'Out', 'Lincah', 'Integritas', 'Dinamis', 'Entrepreneurship', 'Responsif']);
    expect(BERAKHLAK_VALUES.map((v) => v.name)).toEqual(['Berorientasi Pelayanan', 'Akuntabel', 'Kompeten', 'Harmonis', 'Loyal', 'Adaptif', 'Kolaboratif']);
    for (const v of BERAKHLAK_VALUES) expect(v.indicators.every((i) => i.length > 10)).toBe(true);
  });

  it('has the five roles, each with a task, and the four criteria in order', () => {
    expect(AGENT_ROLES.map((r) => r.name.toLowerCase())).toEqual(['katalis', 'penggerak perubahan', 'pemberi solusi', 'mediator', 'penghubung']);
    for (const r of AGENT_ROLES) expect(r.task).toMatch(/^[a-z].{20,}[^.]$/);
    expect(ASSESSMENT_CRITERIA.map((c) => c.name)).toEqual([
      'Inovatif dan proaktif',
      'Bertanggung jawab',
      'Taat disiplin dan kode etik (BerAKHLAK)',
      'Mampu memberi pengaruh positif',
    ]);
    expect(WORK_MECHANISM).toHaveLength(4);
  });

  it.each<[string, string | null]>([
    ['Katalis', 'Katalis'],
    ['  penggerak   PERUBAHAN ', 'Penggerak Perubahan'],
    ['Ketua', null],
    ['', null],
  ])('roleByName(%j) → %j', (text, name) => {
    expect(roleByName(text)?.name ?? null).toBe(name);
  });
});
