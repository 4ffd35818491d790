/**
 * Which route a Form is connected by, decided from the documented signal
 * ScriptApp.getInstallationSource(): a bound script puts a trigger on the Form; a published add-on
 * does not even try (Google forbids it) and serves the Form through this spreadsheet's response
 * tab. Google's refusal text is matched only when the signal is missing, and then the outcome is
 * written to Log Kesalahan.
 */
import { describe, expect, it } from 'vitest';
import { ADDON_OTHER_FILE_ERROR } from '../../src/offline/workspace/index';
import type { Workspace, WorkspaceOptions } from '../../src/offline/workspace/index';
import { preparedWorkspace, sheetValues } from './helpers';
import { ballot, nominationForm, pns, setSetting, summaryValue } from './nominations-helpers';

const errorRows = (ws: Workspace) => (sheetValues(ws, 'Log Kesalahan') ?? []).slice(1).filter((r) => r.some((c) => c !== ''));

function connect(options: WorkspaceOptions): { ws: Workspace; formId: string } {
  const ws = preparedWorkspace(options);
  const formId = nominationForm(ws);
  setSetting(ws, 'URL Formulir Penjaringan', ws.forms.view(formId).editUrl);
  // The add-on route asks before it points the Form at this spreadsheet.
  if (options.addOn) ws.ui.answerNext('YES');
  ws.run('menuHubungkanFormulirPenjaringan');
  return { ws, formId };
}

const formTriggers = (ws: Workspace, formId: string) => ws.kernel.triggers.filter((t) => t.sourceId === formId);
const sheetTriggers = (ws: Workspace) => ws.kernel.triggers.filter((t) => t.sourceId === ws.spreadsheetId && t.eventType === 'ON_FORM_SUBMIT');

describe('route by ScriptApp.getInstallationSource()', () => {
  it('a bound script (NONE) puts the trigger on the Form, asks nothing, logs nothing', () => {
    const { ws, formId } = connect({});
    expect(formTriggers(ws, formId).map((t) => t.handler)).toEqual(['onNominationFormSubmit']);
    expect(sheetTriggers(ws)).toEqual([]);
    expect(ws.ui.shown().map((s) => s.content.split('\n')[0])).toEqual(['Formulir penjaringan "Penjaringan Calon Agen Perubahan 2026" terhubung.']);
    expect(errorRows(ws)).toEqual([]);
  });

  for (const source of ['WEB_STORE_ADD_ON', 'APPS_MARKETPLACE_DOMAIN_ADD_ON'] as const) {
    it(`a published add-on (${source}) never tries a trigger on the Form: the response tab serves it`, () => {
      const { ws, formId } = connect({ addOn: true, installationSource: source });
      expect(ws.kernel.calls()['ScriptApp.TriggerBuilder.forForm']).toBeUndefined();
      expect(formTriggers(ws, formId)).toEqual([]);
      expect(sheetTriggers(ws).map((t) => t.handler)).toEqual(['onSpreadsheetFormSubmit']);
      expect(ws.forms.view(formId).destination?.spreadsheetId).toBe(ws.spreadsheetId);
      expect(errorRows(ws)).toEqual([]);
      ws.forms.submit(formId, ballot(pns[0], pns[1].nama));
      expect(summaryValue(ws, 'Dihitung')).toBe(1);
    });
  }

  it('no signal (getInstallationSource fails): tries, and on Google\'s refusal falls back to the response tab and says so in Log Kesalahan', () => {
    const { ws, formId } = connect({ addOn: true, installationSource: 'throws' });
    // Tried at the question and again once the team said yes: refused both times, logged once.
    expect(ws.kernel.calls()['ScriptApp.TriggerBuilder.forForm']).toBe(2);
    expect(sheetTriggers(ws).map((t) => t.handler)).toEqual(['onSpreadsheetFormSubmit']);
    const rows = errorRows(ws);
    expect(rows).toHaveLength(1);
    expect(String(rows[0][1])).toBe('Hubungkan Formulir Penjaringan');
    expect(String(rows[0][2])).toContain(ADDON_OTHER_FILE_ERROR);
    expect(String(rows[0][3])).toContain('Uji Kesiapan');
    ws.forms.submit(formId, ballot(pns[0], pns[1].nama));
    expect(summaryValue(ws, 'Dihitung')).toBe(1);
  });

  it('a bound script whose Form trigger fails for another reason is not taken for an add-on: the error reaches the team', () => {
    const ws = preparedWorkspace({});
    const formId = nominationForm(ws);
    setSetting(ws, 'URL Formulir Penjaringan', ws.forms.view(formId).editUrl);
    ws.kernel.injectFault({ match: 'ScriptApp.FormTriggerBuilder.create', message: 'Service unavailable: Forms' });
    ws.run('menuHubungkanFormulirPenjaringan');
    expect(sheetTriggers(ws)).toEqual([]);
    expect(ws.ui.shown().at(-1)?.content).toContain('Service unavailable: Forms');
  });
});
