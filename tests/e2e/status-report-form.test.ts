/**
 * The report Form's trigger in Status & Bantuan and Uji Kesiapan, like the nomination and survey
 * Forms': not yet made, installed on the Form (or through this spreadsheet for an add-on), gone
 * missing (red, with what it means, repaired by Perbaiki Pemicu), and its response tab named.
 */
import { describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/core/schema';
import type { Workspace } from '../../src/offline/workspace/index';
import { sheetValues } from './helpers';
import { agents, approvedWorkspace, label, report, reportForm, ROWS } from './reports-helpers';

interface Row {
  label: string;
  state: string;
  detail: string;
  meaning: string;
  lastRun: string;
}
const status = (ws: Workspace) => ws.run<{ triggers: Row[]; repairPlan: string[]; needsRepair: boolean }>('statusLoad');
const reportRow = (ws: Workspace) => status(ws).triggers.find((t) => t.label === 'Kiriman Formulir Laporan')!;
const readiness = (ws: Workspace): Record<string, string[]> => {
  const rows = (sheetValues(ws, SHEETS.readiness) ?? []).slice(1).filter((r) => String(r[1]) === 'OK' || String(r[1]) === 'TIDAK OK');
  return Object.fromEntries(rows.map((r) => [String(r[0]), [String(r[1]), String(r[2]), String(r[3])]]));
};

describe('Status & Bantuan › the report Form’s trigger', () => {
  it('before the report Form exists: not configured, saying which menu makes it', () => {
    const ws = approvedWorkspace();
    const r = reportRow(ws);
    expect(r.state).toBe('not-configured');
    expect(r.detail).toContain('Rencana Tindak › Buat Formulir Laporan');
  });

  it('installed on the Form after Buat Formulir Laporan, with its last run once a report came in', () => {
    const ws = approvedWorkspace();
    ws.run('menuBuatFormulirLaporan');
    expect(reportRow(ws)).toMatchObject({ state: 'ok', lastRun: '' });
    report(ws, { activity: label(agents[0].nama, ROWS[0]), realisation: '4' });
    expect(reportRow(ws).lastRun).toMatch(/WITA/);
  });

  it('gone missing: red, says what it means for reports, and Perbaiki Pemicu puts it back on the report Form', () => {
    const ws = approvedWorkspace();
    ws.run('menuBuatFormulirLaporan');
    const id = reportForm(ws);
    ws.kernel.removeTrigger(ws.kernel.triggers.find((t) => t.handler === 'onReportFormSubmit')!.uid);
    const r = reportRow(ws);
    expect(r.state).toBe('missing');
    expect(r.meaning).toContain('Laporan baru tidak masuk ke lembar Laporan Rencana Tindak');
    expect(status(ws).repairPlan).toContain('memasang pemicu Kiriman Formulir Laporan');
    ws.run('statusRepairTriggers');
    expect(ws.kernel.triggers.filter((t) => t.handler === 'onReportFormSubmit' && t.sourceId === id)).toHaveLength(1);
    expect(reportRow(ws).state).toBe('ok');
  });

  it('a report trigger left on an older report Form is stale and removed', () => {
    const ws = approvedWorkspace();
    ws.run('menuBuatFormulirLaporan');
    const old = ws.forms.createForm({ title: 'Laporan lama', items: [{ kind: 'TEXT', title: 'x' }] });
    ws.kernel.triggers.push({ ...ws.kernel.triggers.find((t) => t.handler === 'onReportFormSubmit')!, uid: 'old-report', sourceId: old });
    expect(status(ws).repairPlan.join(' ')).toContain('menghapus 1 pemicu pada formulir yang tidak lagi dipakai');
    ws.run('statusRepairTriggers');
    expect(ws.kernel.triggers.filter((t) => t.handler === 'onReportFormSubmit').map((t) => t.sourceId)).toEqual([reportForm(ws)]);
  });

  it('an add-on: served through this spreadsheet, and Uji Kesiapan names the report Form’s response tab', () => {
    const ws = approvedWorkspace({ addOn: true });
    ws.run('menuBuatFormulirLaporan');
    expect(reportRow(ws)).toMatchObject({ state: 'ok' });
    expect(reportRow(ws).detail).toContain('lewat spreadsheet ini');
    ws.run('menuUjiKesiapan');
    const tabs = readiness(ws)['Tautan formulir pada tab tanggapan'];
    expect(tabs[1]).toContain('formulir laporan rencana tindak');
    expect(tabs[1]).not.toContain('tidak dipakai produk');
  });

  it('Uji Kesiapan counts a missing report trigger', () => {
    const ws = approvedWorkspace();
    ws.run('menuBuatFormulirLaporan');
    ws.kernel.removeTrigger(ws.kernel.triggers.find((t) => t.handler === 'onReportFormSubmit')!.uid);
    ws.run('menuUjiKesiapan');
    const t = readiness(ws)['Pemicu: pemilik dan jumlah'];
    expect(t[0]).toBe('TIDAK OK');
    expect(t[1]).toContain('belum terpasang: Kiriman Formulir Laporan');
  });
});
