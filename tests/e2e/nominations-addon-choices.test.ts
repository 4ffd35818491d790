/** The add-on route (spreadsheet trigger, routed by the response tab) and "Perbarui Pilihan Nama di Formulir". */
import { describe, expect, it } from 'vitest';
import { lastDialog, preparedWorkspace, sheetValues } from './helpers';
import { ballot, connected, errorRows, ledgerRows, nominationForm, NIP_Q, pns, Q, roster, setSetting, settingValue, votesOf } from './nominations-helpers';

const [a, b, c, d] = pns;

describe('add-on route: the Form writes to this spreadsheet, one spreadsheet trigger', () => {
  it('asks before pointing the Form here; NO changes nothing', () => {
    const ws = preparedWorkspace({ addOn: true });
    const formId = nominationForm(ws);
    setSetting(ws, 'URL Formulir Penjaringan', ws.forms.view(formId).editUrl);
    ws.ui.answerNext('NO');
    ws.run('menuHubungkanFormulirPenjaringan');
    const asked = ws.ui.shown().find((s) => s.answer === 'NO');
    expect(asked?.content).toContain('berhenti menerima baris baru');
    expect(ws.forms.view(formId).destination).toBeNull();
    expect(ws.kernel.triggers.filter((t) => t.handler === 'onSpreadsheetFormSubmit')).toHaveLength(0);
    expect(settingValue(ws, 'Pertanyaan Calon')).toBe('');
  });

  it('YES: destination set, existing responses imported, each submission and edit counted once', () => {
    const ws = preparedWorkspace({ addOn: true });
    const formId = nominationForm(ws);
    ws.forms.importResponses(formId, [{ answers: ballot(a, b.nama), at: ws.kernel.now() - 86_400_000 }]);
    setSetting(ws, 'URL Formulir Penjaringan', ws.forms.view(formId).editUrl);
    ws.ui.answerNext('YES');
    ws.run('menuHubungkanFormulirPenjaringan');
    expect(ws.forms.view(formId).destination?.spreadsheetId).toBe(ws.spreadsheetId);
    expect(ws.kernel.triggers.filter((t) => t.handler === 'onSpreadsheetFormSubmit')).toHaveLength(1);
    expect(votesOf(ws, b)).toBe(1);
    const id = ws.forms.submit(formId, ballot(c, d.nama));
    expect(votesOf(ws, d)).toBe(1);
    ws.kernel.advance(60_000);
    ws.forms.editResponse(formId, id, ballot(c, b.nama));
    expect(ledgerRows(ws)).toHaveLength(2);
    expect(votesOf(ws, d)).toBe(0);
    expect(votesOf(ws, b)).toBe(2);
    expect(errorRows(ws)).toEqual([]);
  });

  it('a submission missed while the lock was busy is caught up by the next one', () => {
    const ws = preparedWorkspace({ addOn: true });
    const formId = nominationForm(ws);
    setSetting(ws, 'URL Formulir Penjaringan', ws.forms.view(formId).editUrl);
    ws.ui.answerNext('YES');
    ws.run('menuHubungkanFormulirPenjaringan');
    ws.kernel.holdScriptLock(ws.kernel.now() + 10 * 60_000);
    ws.forms.submit(formId, ballot(a, b.nama));
    expect(ledgerRows(ws)).toHaveLength(0);
    ws.kernel.advance(11 * 60_000);
    ws.forms.submit(formId, ballot(c, d.nama));
    expect(ledgerRows(ws)).toHaveLength(2);
    expect(votesOf(ws, b)).toBe(1);
  });

  it('events from another Form tab are left to other routes', () => {
    const ws = preparedWorkspace({ addOn: true });
    const formId = nominationForm(ws);
    setSetting(ws, 'URL Formulir Penjaringan', ws.forms.view(formId).editUrl);
    ws.ui.answerNext('YES');
    ws.run('menuHubungkanFormulirPenjaringan');
    const other = ws.forms.createForm({ title: 'Formulir lain', items: [{ kind: 'TEXT', title: 'Usulan calon ketua panitia' }] });
    const FormApp = ws.globals.FormApp as GoogleAppsScript.Forms.FormApp;
    ws.kernel.quietly(() => FormApp.openById(other).setDestination(FormApp.DestinationType.SPREADSHEET, ws.spreadsheetId));
    ws.forms.submit(other, { 'Usulan calon ketua panitia': b.nama });
    expect(ledgerRows(ws)).toHaveLength(0);
    expect(errorRows(ws)).toEqual([]);
  });
});

describe('Perbarui Pilihan Nama di Formulir (K5: a Form is changed only when the team confirms)', () => {
  it('refuses to change free-text questions unless the team confirms converting them', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    ws.ui.answerNext('NO');
    ws.run('menuPerbaruiPilihanNama');
    expect(lastDialog(ws)?.content).toContain('Formulir tidak diubah');
    expect(ws.forms.view(formId).items.map((i) => i.kind)).toEqual(['TEXT', 'TEXT', 'TEXT', 'TEXT', 'PARAGRAPH_TEXT']);
  });

  it('converting adds a dropdown after each text question, keeps the old ones, and ballots resolve by label', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    ws.forms.submit(formId, ballot(a, b.nama));
    ws.ui.answerNext('YES', 'YES');
    ws.run('menuPerbaruiPilihanNama');
    const items = ws.forms.view(formId).items;
    expect(items.map((i) => i.title)).toEqual([NIP_Q, Q[0], `${Q[0]} (pilih dari daftar)`, Q[1], `${Q[1]} (pilih dari daftar)`, Q[2], `${Q[2]} (pilih dari daftar)`, 'Alasan mengusulkan calon']);
    const list = items[2];
    expect(list.kind).toBe('LIST');
    const ineligible = roster.filter((e) => e.status !== 'PNS');
    expect(list.choices.some((l) => ineligible.some((e) => l.startsWith(e.nama)))).toBe(false);
    expect(list.choices.length).toBeGreaterThan(80);
    const labels = (sheetValues(ws, 'Pilihan Formulir') ?? []).slice(1);
    expect(labels.length).toBe(list.choices.length);
    expect(ws.sheets.snapshot(ws.spreadsheetId, 'Pilihan Formulir')?.hidden).toBe(true);
    expect(settingValue(ws, 'Pertanyaan Calon').split('\n')).toHaveLength(6);
    const label = list.choices.find((l) => l.startsWith(c.nama))!;
    ws.forms.submit(formId, { [NIP_Q]: d.nip, [`${Q[0]} (pilih dari daftar)`]: label });
    expect(votesOf(ws, c)).toBe(1);
    expect(votesOf(ws, b)).toBe(1); // the earlier text answer still counts
    expect(errorRows(ws)).toEqual([]);
  });

  it('fills checkbox questions in place after one confirmation', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws, { items: [{ kind: 'TEXT', title: NIP_Q }, { kind: 'CHECKBOX', title: 'Pilih calon agen perubahan (maks. 3)', choices: ['(belum diisi)'] }] });
    ws.ui.answerNext('YES');
    ws.run('menuPerbaruiPilihanNama');
    const item = ws.forms.view(formId).items[1];
    expect(item.choices.length).toBeGreaterThan(80);
    const picks = [b, c].map((x) => item.choices.find((l) => l.startsWith(x.nama))!);
    ws.forms.submit(formId, { [NIP_Q]: a.nip, 'Pilih calon agen perubahan (maks. 3)': picks });
    expect(votesOf(ws, b)).toBe(1);
    expect(votesOf(ws, c)).toBe(1);
  });
});
