/**
 * The daily check (`cekHarian`, a time-driven trigger) and onOpen in the limited authorisation
 * mode, through the built bundle.
 */
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../src/offline/workspace/index';
import { loadedWorkspace, preparedWorkspace, sheetValues } from './helpers';

interface Report {
  triggers: { label: string; state: string; detail: string; owner: string; lastRun: string }[];
  notes: { time: string; text: string }[];
}
const DAY = 24 * 60 * 60 * 1000;
const status = (ws: Workspace) => ws.run<Report>('statusLoad');
const row = (r: Report, label: string) => r.triggers.find((t) => t.label === label)!;

function connectNominationForm(ws: Workspace): string {
  const id = ws.forms.createForm({ title: 'Usulan', items: [{ kind: 'TEXT', title: 'Usulan calon 1' }] });
  const rows = sheetValues(ws, 'Pengaturan') ?? [];
  const write = (label: string, value: string) =>
    ws.sheets.userWrite(ws.spreadsheetId, 'Pengaturan', rows.findIndex((r) => r[0] === label) + 1, 2, [[value]]);
  write('URL Formulir Penjaringan', ws.forms.view(id).editUrl);
  write('Pertanyaan Calon', 'Usulan calon 1');
  return id;
}

describe('cekHarian: the daily check', () => {
  it('runs every day, reinstalls a trigger that went missing, and leaves a note with what it did', () => {
    const ws = preparedWorkspace();
    const formId = connectNominationForm(ws);
    ws.run('statusRepairTriggers');
    const formTrigger = ws.kernel.triggers.find((t) => t.handler === 'onNominationFormSubmit')!;
    ws.kernel.removeTrigger(formTrigger.uid); // e.g. the Form's owner revoked it
    expect(row(status(ws), 'Kiriman Formulir Penjaringan').state).toBe('missing');

    ws.kernel.advance(DAY);
    expect(ws.kernel.fireDueClockTriggers()).toBe(1);
    expect(ws.kernel.failedExecutions).toEqual([]);
    const after = status(ws);
    expect(row(after, 'Kiriman Formulir Penjaringan').state).toBe('ok');
    expect(ws.kernel.triggers.filter((t) => t.handler === 'onNominationFormSubmit').map((t) => t.sourceId)).toEqual([formId]);
    expect(after.notes[0].text).toBe('Pemeriksaan harian: Dipasang kembali: Kiriman Formulir Penjaringan.');
    expect(row(after, 'Pemeriksaan Harian').lastRun).toContain(`WITA (${ws.kernel.user})`);

    // Nothing to repair the next day: the run is recorded, no new note.
    ws.kernel.advance(DAY);
    expect(ws.kernel.fireDueClockTriggers()).toBe(1);
    expect(status(ws).notes).toHaveLength(after.notes.length);
  });

  it('writes its own failure to Log Kesalahan, never to a dialog', () => {
    const ws = preparedWorkspace();
    connectNominationForm(ws);
    ws.run('statusRepairTriggers');
    ws.ui.clear();
    ws.kernel.injectFault({ match: 'ScriptApp.getProjectTriggers', message: 'Service invoked too many times for one day: triggers.' });
    ws.kernel.advance(DAY);
    ws.kernel.fireDueClockTriggers();
    expect(ws.kernel.failedExecutions).toEqual([]);
    const log = sheetValues(ws, 'Log Kesalahan') ?? [];
    expect(log[log.length - 1].slice(1, 3)).toEqual(['Pemeriksaan Harian', 'Service invoked too many times for one day: triggers.']);
    expect(ws.ui.shown()).toEqual([]);
  });

  it('a trigger another account runs is shown as theirs, and repair does not install a second copy', () => {
    const ws = preparedWorkspace();
    const me = ws.kernel.user;
    connectNominationForm(ws);
    ws.kernel.user = 'ani.lake@dinkes.nttprov.go.id';
    ws.run('statusRepairTriggers'); // Ani installs the daily check under her account
    ws.kernel.advance(DAY);
    ws.kernel.fireDueClockTriggers(); // and it runs as Ani
    ws.kernel.user = me;
    const r = status(ws);
    expect(row(r, 'Pemeriksaan Harian').state).toBe('other-owner');
    expect(row(r, 'Pemeriksaan Harian').detail).toContain('ani.lake@dinkes.nttprov.go.id');
    ws.run('statusRepairTriggers');
    expect(ws.kernel.triggers.filter((t) => t.handler === 'cekHarian')).toHaveLength(1);
  });
});

describe('onOpen in the limited authorisation mode', () => {
  it('builds the whole menu touching no service that needs authorisation', () => {
    const ws = loadedWorkspace();
    ws.kernel.resetCalls();
    ws.open();
    expect(ws.kernel.failedExecutions).toEqual([]);
    const services = Object.keys(ws.kernel.callsByService());
    expect(services.filter((s) => !['SpreadsheetApp', 'HtmlService', 'Logger', 'console'].includes(s))).toEqual([]);
    const calls = Object.keys(ws.kernel.calls());
    expect(calls.some((c) => /openById|getActiveUser|getEffectiveUser/.test(c))).toBe(false);
    const menu = ws.ui.menus().find((m) => m.title === 'Agen Perubahan')!;
    const captions = menu.items.map((i) => (i.kind === 'separator' ? '-' : i.caption));
    expect(captions).toContain('Pengaturan…');
    expect(captions).toContain('Status & Bantuan');
    expect(captions.indexOf('Pengaturan…')).toBe(captions.indexOf('Siapkan Lembar Kerja') + 1);
    // Uji Kesiapan sits right under Status & Bantuan, at the end.
    expect(captions.slice(-2)).toEqual(['Status & Bantuan', 'Uji Kesiapan']);
  });
});
