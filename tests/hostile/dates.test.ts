/**
 * The corpus's dates typed where the team types dates (the sidebar's Periode Tugas Mulai),
 * through the built bundle: accepted ones are saved as that WITA day in Indonesian; rejected ones are refused
 * with a message on the field, and nothing is written.
 */
import { describe, expect, it } from 'vitest';
import { formatTanggal } from '../../src/core/dates';
import { preparedWorkspace, sheetValues } from '../e2e/helpers';
import { DATE_TEXTS } from './corpus';

function settingCell(ws: ReturnType<typeof preparedWorkspace>, label: string): unknown {
  return (sheetValues(ws, 'Pengaturan') ?? []).find((r) => String(r[0]).trim() === label)?.[1];
}

describe('dates typed into the sidebar', () => {
  const ws = preparedWorkspace();
  it.each(DATE_TEXTS.map((d) => [JSON.stringify(d.text), d] as const))('%s', (_label, item) => {
    const before = settingCell(ws, 'Periode Tugas Mulai');
    const result = ws.run<{ ok: boolean; errors: Record<string, string> }>('sidebarSave', { periodeMulai: item.text });
    expect(ws.kernel.failedExecutions).toEqual([]);
    if (item.iso === null) {
      if (item.text === '') {
        // Blank clears the field: allowed.
        expect(result.ok).toBe(true);
        return;
      }
      expect(result.ok).toBe(false);
      expect(result.errors.periodeMulai).toMatch(/\S/);
      expect(settingCell(ws, 'Periode Tugas Mulai')).toEqual(before);
      return;
    }
    expect(result.ok, JSON.stringify(result.errors)).toBe(true);
    // Saved as the WITA day, written the Indonesian way ("27 November 2026").
    expect(settingCell(ws, 'Periode Tugas Mulai')).toBe(formatTanggal(Date.parse(item.iso)));
  });
});
