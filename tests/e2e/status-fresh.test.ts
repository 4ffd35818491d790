/**
 * Status & Bantuan on a fresh install. The daily check is installed with the
 * first connected Form, so a workbook whose Forms are connected through the menu opens green; a
 * trigger the product never installed is "Dipasang", not "Dipasang kembali"; every red item says
 * what it means, and the report says what "Perbaiki Pemicu" will do before it is pressed.
 */
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../src/offline/workspace/index';
import { preparedWorkspace, sheetValues } from './helpers';
import { nominationForm, setSetting } from './nominations-helpers';
import { surveyWorkspace } from './survey-helpers';

interface Row {
  label: string;
  state: string;
  stateText: string;
  detail: string;
  meaning: string;
}
interface Report {
  triggers: Row[];
  needsRepair: boolean;
  repairPlan: string[];
}
interface Repair {
  ok: boolean;
  summary: string;
  report: Report | null;
}

const status = (ws: Workspace) => ws.run<Report>('statusLoad');
const repair = (ws: Workspace) => ws.run<Repair>('statusRepairTriggers');
const row = (r: Report, label: string) => r.triggers.find((t) => t.label === label)!;
const daily = (ws: Workspace) => ws.kernel.triggers.filter((t) => t.handler === 'cekHarian');
const RED = ['missing', 'problem'];

describe('Status & Bantuan on a fresh install', () => {
  it('a workbook with nothing connected is not red: the daily check waits for the first Form', () => {
    const ws = preparedWorkspace();
    const r = status(ws);
    expect(r.triggers.filter((t) => RED.includes(t.state))).toEqual([]);
    expect(r.needsRepair).toBe(false);
    expect(row(r, 'Pemeriksaan Harian').state).toBe('not-configured');
    expect(row(r, 'Pemeriksaan Harian').detail).toContain('formulir pertama');
    expect(daily(ws)).toEqual([]);
  });

  it('connecting the first Form (nominations) installs the daily check, once, and says so', () => {
    const ws = preparedWorkspace();
    setSetting(ws, 'URL Formulir Penjaringan', ws.forms.view(nominationForm(ws)).editUrl);
    ws.run('menuHubungkanFormulirPenjaringan');
    expect(daily(ws)).toHaveLength(1);
    const shown = ws.ui.shown();
    expect(shown[shown.length - 1].content).toContain('Pemeriksaan harian dipasang');
    const r = status(ws);
    expect(row(r, 'Pemeriksaan Harian').state).toBe('ok');
    expect(row(r, 'Kiriman Formulir Penjaringan').state).toBe('ok');
    expect(r.needsRepair).toBe(false);
    // Connecting again (or the survey next) never installs a second one.
    ws.run('menuHubungkanFormulirPenjaringan');
    expect(daily(ws)).toHaveLength(1);
  });

  it('both Forms connected through the menu: every row green, nothing for the button to do', () => {
    const { ws } = surveyWorkspace();
    ws.run('menuHubungkanFormulirSurvei');
    expect(daily(ws)).toHaveLength(1);
    setSetting(ws, 'URL Formulir Penjaringan', ws.forms.view(nominationForm(ws)).editUrl);
    ws.run('menuHubungkanFormulirPenjaringan');
    expect(daily(ws)).toHaveLength(1);
    const r = status(ws);
    expect(r.triggers.map((t) => [t.label, t.state])).toEqual([
      ['Kiriman Formulir Penjaringan', 'ok'],
      ['Kiriman Formulir Survei', 'ok'],
      // The report Form comes later (Rencana Tindak › Buat Formulir Laporan): not red meanwhile.
      ['Kiriman Formulir Laporan', 'not-configured'],
      ['Pemeriksaan Harian', 'ok'],
    ]);
    expect(r.needsRepair).toBe(false);
    expect(r.repairPlan).toEqual([]);
    expect(repair(ws).summary).toBe('Semua pemicu sudah lengkap; tidak ada yang perlu diperbaiki.');
  });

  it('installing what was never installed says "Dipasang"; what was installed and went missing, "Dipasang kembali"', () => {
    const ws = preparedWorkspace();
    // The team typed the mapping by hand: the Form counts as connected, nothing was ever installed.
    setSetting(ws, 'URL Formulir Penjaringan', ws.forms.view(nominationForm(ws)).editUrl);
    setSetting(ws, 'Pertanyaan Calon', 'Usulan calon agen perubahan 1');
    const first = repair(ws);
    expect(first.summary).toBe('Dipasang: Kiriman Formulir Penjaringan, Pemeriksaan Harian.');
    expect(first.summary).not.toContain('kembali');

    const check = daily(ws)[0];
    ws.kernel.removeTrigger(check.uid);
    const second = repair(ws);
    expect(second.summary).toBe('Dipasang kembali: Pemeriksaan Harian.');
  });

  it('every red item says what it means, and the report says what the button will do before it is pressed', () => {
    const ws = preparedWorkspace();
    setSetting(ws, 'URL Formulir Penjaringan', ws.forms.view(nominationForm(ws)).editUrl);
    ws.run('menuHubungkanFormulirPenjaringan');
    ws.kernel.removeTrigger(ws.kernel.triggers.find((t) => t.handler === 'onNominationFormSubmit')!.uid);
    ws.kernel.removeTrigger(daily(ws)[0].uid);
    setSetting(ws, 'URL Formulir Survei', 'https://docs.google.com/forms/d/1DeletedSurveyForm00000000000000/edit');
    setSetting(ws, 'Pertanyaan Survei Dinilai', 'P1');

    const r = status(ws);
    const red = r.triggers.filter((t) => RED.includes(t.state));
    expect(red.map((t) => t.label)).toEqual(['Kiriman Formulir Penjaringan', 'Kiriman Formulir Survei', 'Pemeriksaan Harian']);
    for (const t of red) expect(t.meaning, t.label).not.toBe('');
    expect(row(r, 'Kiriman Formulir Penjaringan').meaning).toContain('tidak dihitung');
    expect(row(r, 'Pemeriksaan Harian').meaning).toContain('setiap pagi');
    expect(row(r, 'Kiriman Formulir Survei').meaning).toContain('tautan');
    expect(r.needsRepair).toBe(true);
    expect(r.repairPlan).toEqual([
      'memasang kembali pemicu Kiriman Formulir Penjaringan',
      'memasang kembali Pemeriksaan Harian',
      'tidak dapat memperbaiki Kiriman Formulir Survei: periksa tautannya di Pengaturan (tombol ini tidak mengubah formulir)',
    ]);
    // The button does what the report said.
    const done = repair(ws);
    expect(done.summary).toContain('Dipasang kembali: Kiriman Formulir Penjaringan, Pemeriksaan Harian.');
    expect(done.report!.repairPlan).toEqual([
      'tidak dapat memperbaiki Kiriman Formulir Survei: periksa tautannya di Pengaturan (tombol ini tidak mengubah formulir)',
    ]);
  });

  it('the daily check of a connected workbook reinstalls the Form trigger at night and opens green the next morning', () => {
    const ws = preparedWorkspace();
    setSetting(ws, 'URL Formulir Penjaringan', ws.forms.view(nominationForm(ws)).editUrl);
    ws.run('menuHubungkanFormulirPenjaringan');
    ws.kernel.removeTrigger(ws.kernel.triggers.find((t) => t.handler === 'onNominationFormSubmit')!.uid);
    ws.kernel.advance(24 * 60 * 60 * 1000);
    expect(ws.kernel.fireDueClockTriggers()).toBe(1);
    const r = status(ws);
    expect(r.triggers.filter((t) => RED.includes(t.state))).toEqual([]);
    expect((sheetValues(ws, 'Log Kesalahan') ?? []).slice(1)).toEqual([]);
  });
});
