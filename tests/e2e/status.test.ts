/**
 * Status & Bantuan and the trigger repair, through the built bundle: what the report says and
 * what "Perbaiki Pemicu" does to the installed triggers.
 */
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../src/offline/workspace/index';
import { lastDialog, preparedWorkspace, sheetValues } from './helpers';

interface Report {
  triggers: { label: string; state: string; stateText: string; detail: string; owner: string; lastRun: string }[];
  duplicates: number;
  stale: number;
  needsRepair: boolean;
  lastError: { time: string; process: string; message: string; advice: string } | null;
  errorCount: number;
  counts: { label: string; value: number | null; detail: string }[];
  notes: { time: string; text: string }[];
  problems: string[];
  user: string;
}
interface Repair {
  ok: boolean;
  summary: string;
  report: Report | null;
}

function typeSetting(ws: Workspace, label: string, value: string): void {
  const rows = sheetValues(ws, 'Pengaturan') ?? [];
  const i = rows.findIndex((r) => r[0] === label);
  if (i < 0) throw new Error(`No row ${label}`);
  ws.sheets.userWrite(ws.spreadsheetId, 'Pengaturan', i + 1, 2, [[value]]);
}

/** A nomination Form the team has connected (its URL and mapping are in Pengaturan). */
function connectedNominationForm(ws: Workspace): string {
  const id = ws.forms.createForm({
    title: 'Usulan Agen Perubahan',
    items: [
      { kind: 'TEXT', title: 'NIP Anda' },
      { kind: 'TEXT', title: 'Usulan calon 1' },
    ],
  });
  typeSetting(ws, 'URL Formulir Penjaringan', ws.forms.view(id).editUrl);
  typeSetting(ws, 'Pertanyaan Calon', 'Usulan calon 1');
  return id;
}

const status = (ws: Workspace) => ws.run<Report>('statusLoad');
const repair = (ws: Workspace) => ws.run<Repair>('statusRepairTriggers');
const row = (r: Report, label: string) => r.triggers.find((t) => t.label === label)!;
const handlers = (ws: Workspace, handler: string) => ws.kernel.triggers.filter((t) => t.handler === handler);

describe('Status & Bantuan', () => {
  it('the menu item opens the dialog', () => {
    const ws = preparedWorkspace();
    ws.run('menuStatusBantuan');
    const shown = ws.ui.shown().filter((s) => s.kind === 'modal');
    expect(shown).toHaveLength(1);
    expect(shown[0].title).toBe('Status & Bantuan');
    expect(shown[0].content).toContain('Perbaiki Pemicu');
  });

  it('on a fresh workbook: forms not configured, daily check waiting for the first Form, nothing red, no error, zero counts', () => {
    const ws = preparedWorkspace();
    const r = status(ws);
    expect(r.triggers.map((t) => [t.label, t.state])).toEqual([
      ['Kiriman Formulir Penjaringan', 'not-configured'],
      ['Kiriman Formulir Survei', 'not-configured'],
      ['Kiriman Formulir Laporan', 'not-configured'],
      ['Pemeriksaan Harian', 'not-configured'],
    ]);
    expect(row(r, 'Kiriman Formulir Penjaringan').detail).toContain('URL Formulir Penjaringan');
    expect(r.needsRepair).toBe(false);
    expect(r.lastError).toBeNull();
    expect(r.counts.map((c) => [c.label, c.value])).toEqual([
      ['Surat suara (Log Surat Suara)', 0],
      ['Jawaban survei (Hasil Survei)', 0],
      ['Dokumen dibuat (Log Dokumen)', 0],
    ]);
    expect(r.user).toBe(ws.kernel.user);
  });

  it('repair installs the missing form trigger and the daily check, once; a second repair changes nothing', () => {
    const ws = preparedWorkspace();
    const formId = connectedNominationForm(ws);
    expect(row(status(ws), 'Kiriman Formulir Penjaringan').state).toBe('missing');
    const first = repair(ws);
    expect(first.ok).toBe(true);
    expect(first.summary).toContain('Dipasang: Kiriman Formulir Penjaringan, Pemeriksaan Harian.');
    expect(handlers(ws, 'onNominationFormSubmit').map((t) => t.sourceId)).toEqual([formId]);
    expect(handlers(ws, 'cekHarian')).toHaveLength(1);
    const after = first.report!;
    expect(row(after, 'Kiriman Formulir Penjaringan')).toMatchObject({ state: 'ok', owner: ws.kernel.user });
    expect(after.needsRepair).toBe(false);
    expect(after.notes[0].text).toContain('Perbaiki Pemicu oleh');
    const second = repair(ws);
    expect(second.summary).toBe('Semua pemicu sudah lengkap; tidak ada yang perlu diperbaiki.');
    expect(ws.kernel.triggers).toHaveLength(2);
  });

  it('repair removes duplicate triggers and triggers left on a Form no longer configured', () => {
    const ws = preparedWorkspace();
    const formId = connectedNominationForm(ws);
    repair(ws);
    const owner = ws.kernel.user;
    ws.kernel.addTrigger({ handler: 'onNominationFormSubmit', eventType: 'ON_FORM_SUBMIT', sourceType: 'FORMS', sourceId: formId, owner });
    ws.kernel.addTrigger({ handler: 'cekHarian', eventType: 'CLOCK', sourceType: 'CLOCK', sourceId: '', owner, clock: { everyMs: 86_400_000 } });
    ws.kernel.addTrigger({ handler: 'onNominationFormSubmit', eventType: 'ON_FORM_SUBMIT', sourceType: 'FORMS', sourceId: 'oldFormId000000000000000000', owner });
    const before = status(ws);
    expect(before.duplicates).toBe(2);
    expect(before.stale).toBe(1);
    expect(before.needsRepair).toBe(true);
    const r = repair(ws);
    expect(r.summary).toContain('2 pemicu ganda dihapus.');
    expect(r.summary).toContain('1 pemicu formulir lama dihapus.');
    expect(handlers(ws, 'onNominationFormSubmit').map((t) => t.sourceId)).toEqual([formId]);
    expect(handlers(ws, 'cekHarian')).toHaveLength(1);
    expect(r.report!.duplicates).toBe(0);
  });

  it('a Form link that no longer opens is reported with what to do, and repair says it cannot fix it', () => {
    const ws = preparedWorkspace();
    typeSetting(ws, 'URL Formulir Survei', 'https://docs.google.com/forms/d/1DeletedSurveyForm00000000000000/edit');
    typeSetting(ws, 'Pertanyaan Survei Dinilai', 'P1');
    const r = status(ws);
    expect(row(r, 'Kiriman Formulir Survei').state).toBe('problem');
    expect(row(r, 'Kiriman Formulir Survei').detail).toContain('tidak dapat dibuka');
    const fixed = repair(ws);
    expect(fixed.summary).toContain('Kiriman Formulir Survei: URL Formulir Survei: formulir tidak dapat dibuka');
  });

  it('as an add-on: a refused Form trigger falls back to the spreadsheet route only when the Form writes here', () => {
    const ws = preparedWorkspace({ addOn: true });
    const formId = connectedNominationForm(ws);
    const refused = repair(ws);
    expect(refused.summary).toContain('Penjaringan › Hubungkan Formulir Penjaringan');
    expect(handlers(ws, 'onSpreadsheetFormSubmit')).toHaveLength(0);
    const FormApp = ws.globals.FormApp as GoogleAppsScript.Forms.FormApp;
    FormApp.openById(formId).setDestination(FormApp.DestinationType.SPREADSHEET, ws.spreadsheetId);
    const routed = repair(ws);
    expect(routed.summary).toContain('Kiriman Formulir Penjaringan (lewat spreadsheet)');
    expect(handlers(ws, 'onSpreadsheetFormSubmit').map((t) => t.sourceId)).toEqual([ws.spreadsheetId]);
    expect(row(routed.report!, 'Kiriman Formulir Penjaringan')).toMatchObject({ state: 'ok' });
    expect(row(routed.report!, 'Kiriman Formulir Penjaringan').detail).toContain('lewat spreadsheet');
  });

  it('reports the last row of Log Kesalahan and how many there are', () => {
    const ws = preparedWorkspace();
    ws.sheets.userWrite(ws.spreadsheetId, 'Log Kesalahan', 2, 1, [
      [new Date(Date.UTC(2026, 10, 26, 1, 0)), 'Penjaringan', 'A', 'a'],
      [new Date(Date.UTC(2026, 10, 27, 1, 5)), 'Survei', 'Kolom hilang', 'Hubungkan ulang'],
    ]);
    const r = status(ws);
    expect(r.lastError).toEqual({ time: '27 November 2026 09.05 WITA', process: 'Survei', message: 'Kolom hilang', advice: 'Hubungkan ulang' });
    expect(r.errorCount).toBe(2);
  });

  it('counts ballots by status and survey rows by band from their sheets', () => {
    const ws = preparedWorkspace();
    ws.sheets.userWrite(ws.spreadsheetId, 'Log Surat Suara', 1, 1, [
      ['ID Respons', 'Waktu', 'Status'],
      ['r1', '', 'dihitung'],
      ['r2', '', 'dihitung'],
      ['r3', '', 'digantikan'],
    ]);
    ws.sheets.userWrite(ws.spreadsheetId, 'Hasil Survei', 1, 1, [
      ['Waktu', 'Total', 'Kategori'],
      ['', 6, 'BAIK'],
    ]);
    const r = status(ws);
    expect(r.counts[0]).toEqual({ label: 'Surat suara (Log Surat Suara)', value: 3, detail: 'dihitung: 2, digantikan: 1' });
    expect(r.counts[1]).toMatchObject({ value: 1, detail: 'BAIK: 1' });
  });

  it('without Pengaturan the report still loads, says how to recreate it, and repair keeps the form triggers', () => {
    const ws = preparedWorkspace();
    connectedNominationForm(ws);
    repair(ws);
    ws.sheets.userDeleteSheet(ws.spreadsheetId, 'Pengaturan');
    const r = status(ws);
    expect(r.problems.join(' ')).toContain('Siapkan Lembar Kerja');
    // The three Forms' rows and the daily check.
    expect(r.triggers).toHaveLength(4);
    expect(r.stale).toBe(0);
    repair(ws);
    expect(handlers(ws, 'onNominationFormSubmit')).toHaveLength(1);
  });

  it('a Form that fails to open during the check keeps its trigger', () => {
    const ws = preparedWorkspace();
    connectedNominationForm(ws);
    repair(ws);
    ws.kernel.injectFault({ match: 'FormApp.openById', message: 'We\'re sorry, a server error occurred. Please wait a bit and try again.' });
    const r = repair(ws);
    expect(r.summary).toContain('Kiriman Formulir Penjaringan');
    expect(handlers(ws, 'onNominationFormSubmit')).toHaveLength(1);
  });

  it('when another run holds the lock, repair says so instead of failing', () => {
    const ws = preparedWorkspace();
    ws.kernel.holdScriptLock(ws.kernel.now() + 10 * 60_000);
    const r = repair(ws);
    expect(r.ok).toBe(false);
    expect(r.summary).toContain('Proses lain sedang berjalan');
    expect(lastDialog(ws)).toBeUndefined();
  });

  it('after a real connection and a submission: installed, last run, ballot counted', () => {
    const ws = preparedWorkspace();
    const id = connectedNominationForm(ws);
    ws.run('menuHubungkanFormulirPenjaringan');
    ws.kernel.advance(60_000);
    ws.forms.submit(id, { 'NIP Anda': '199001012015031001', 'Usulan calon 1': 'Siapa Saja' });
    const r = status(ws);
    const nomination = row(r, 'Kiriman Formulir Penjaringan');
    expect(nomination.state).toBe('ok');
    expect(nomination.lastRun).toContain(`WITA (${ws.kernel.user})`);
    expect(r.counts[0].value).toBe(1);
    expect(r.counts[0].detail).not.toBe('');
  });
});
