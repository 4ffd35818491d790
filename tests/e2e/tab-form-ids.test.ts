/**
 * Routing by Form id, whatever the shape of Sheet.getFormUrl(). Google does not
 * document that URL: it may carry the Form's id or be the published /d/e/<key>/ URL, and
 * FormApp.openByUrl may or may not open the latter. Under every combination each submission of
 * both Forms is counted, re-syncs read the right tab, the URL is resolved once, and a tab whose
 * Form cannot be identified is reported in Log Kesalahan, never ignored in silence.
 */
import { describe, expect, it } from 'vitest';
import type { Workspace, WorkspaceOptions } from '../../src/offline/workspace/index';
import { sheetValues } from './helpers';
import { ballot, nominationForm, pns, setSetting, summaryValue } from './nominations-helpers';
import { results, surveyAnswers, surveyWorkspace, SURVEY_UNITS } from './survey-helpers';

const errorRows = (ws: Workspace) => (sheetValues(ws, 'Log Kesalahan') ?? []).slice(1).filter((r) => r.some((c) => c !== ''));

/** Both Forms connected through the add-on route (the team answers yes twice). */
function bothConnected(options: WorkspaceOptions): { ws: Workspace; nomination: string; survey: string } {
  const { ws, formId: survey } = surveyWorkspace({ addOn: true, ...options });
  const nomination = nominationForm(ws);
  setSetting(ws, 'URL Formulir Penjaringan', ws.forms.view(nomination).editUrl);
  ws.ui.answerNext('YES', 'YES');
  ws.run('menuHubungkanFormulirPenjaringan');
  ws.run('menuHubungkanFormulirSurvei');
  ws.ui.clear();
  return { ws, nomination, survey };
}

const SHAPES: { name: string; options: WorkspaceOptions }[] = [
  { name: 'URL with the Form id', options: { formUrlShape: 'id' } },
  { name: 'published /d/e/ URL that openByUrl opens', options: { formUrlShape: 'published', openByUrlAcceptsPublished: true } },
  { name: 'published /d/e/ URL that openByUrl refuses', options: { formUrlShape: 'published', openByUrlAcceptsPublished: false } },
];

describe('the spreadsheet route routes by Form id under every URL shape', () => {
  for (const { name, options } of SHAPES) {
    it(`${name}: both Forms' submissions counted, re-syncs read the right tab`, () => {
      const { ws, nomination, survey } = bothConnected(options);
      const tabs = ws.sheets.sheetNames(ws.spreadsheetId).map((n) => ws.sheets.snapshot(ws.spreadsheetId, n)?.formUrl).filter(Boolean);
      expect(tabs.every((u) => (options.formUrlShape === 'published' ? /\/forms\/d\/e\//.test(String(u)) : !/\/d\/e\//.test(String(u))))).toBe(true);

      ws.forms.submit(nomination, ballot(pns[0], pns[1].nama));
      ws.forms.submit(survey, surveyAnswers(SURVEY_UNITS[1], [2, 2, 2, 2, 2]), { email: 'b@dinkes.go.id' });
      ws.forms.submit(nomination, ballot(pns[2], pns[1].nama));
      expect(ws.kernel.failedExecutions).toEqual([]);
      expect(errorRows(ws)).toEqual([]);
      expect(summaryValue(ws, 'Dihitung')).toBe(2);
      expect(results(ws).map((r) => r.Total)).toEqual([10]);

      ws.run('menuSinkronkanUlangPenjaringan');
      ws.run('menuSinkronkanUlangSurvei');
      expect(summaryValue(ws, 'Dihitung')).toBe(2);
      expect(results(ws)).toHaveLength(1);
      expect(errorRows(ws)).toEqual([]);
    });
  }

  it('each tab URL is resolved once: later submissions make no FormApp call to tell the tabs apart', () => {
    // The same submission under the id-shaped URL (which never needs a look-up) and under the
    // published one Google will not open: the same FormApp calls, and no openByUrl at all.
    const callsOfSecondSubmission = (options: WorkspaceOptions) => {
      const { ws, nomination } = bothConnected(options);
      ws.forms.submit(nomination, ballot(pns[0], pns[1].nama));
      ws.kernel.resetCalls();
      ws.forms.submit(nomination, ballot(pns[2], pns[1].nama));
      expect(summaryValue(ws, 'Dihitung')).toBe(2);
      return ws.kernel.calls();
    };
    const published = callsOfSecondSubmission({ formUrlShape: 'published', openByUrlAcceptsPublished: false });
    const byId = callsOfSecondSubmission({ formUrlShape: 'id' });
    expect(published['FormApp.openByUrl']).toBeUndefined();
    expect(published['FormApp.openById']).toBe(byId['FormApp.openById']);
  });

  /** Another Form of the office sends its responses to this spreadsheet too (the team set it in Forms). */
  function otherFormFeedingHere(ws: Workspace): string {
    const other = ws.forms.createForm({ title: 'Formulir Lain', items: [{ kind: 'TEXT', title: 'Nama' }] });
    const exec = ws.kernel.beginExecution('editor');
    const FormApp = ws.globals.FormApp as GoogleAppsScript.Forms.FormApp;
    FormApp.openById(other).setDestination(FormApp.DestinationType.SPREADSHEET, ws.spreadsheetId);
    ws.kernel.endExecution(exec);
    return other;
  }

  it('a tab fed by a Form that cannot be identified is reported in Log Kesalahan with what to do, and counts nothing', () => {
    const { ws } = bothConnected({ formUrlShape: 'published', openByUrlAcceptsPublished: false });
    ws.forms.submit(otherFormFeedingHere(ws), { Nama: 'Maria' });
    const rows = errorRows(ws);
    expect(rows).toHaveLength(1);
    expect(String(rows[0][2])).toMatch(/tidak dapat diproses: formulir yang mengisinya \(https:\/\/docs\.google\.com\/forms\/d\/e\/.+\) tidak dapat dikenali/);
    expect(String(rows[0][3])).toContain('Uji Kesiapan');
    expect(summaryValue(ws, 'Dihitung')).toBe(0);
  });

  it('a tab fed by another Form Google can open is simply not ours: ignored, nothing logged', () => {
    const { ws } = bothConnected({ formUrlShape: 'id' });
    ws.forms.submit(otherFormFeedingHere(ws), { Nama: 'Maria' });
    expect(errorRows(ws)).toEqual([]);
    expect(ws.kernel.failedExecutions).toEqual([]);
  });
});

describe('the in-memory Forms: the URL shape switch', () => {
  it("getFormUrl gives the id URL or the published URL; openByUrl opens the published one only when switched on", () => {
    for (const accepts of [false, true]) {
      const { ws, survey } = bothConnected({ formUrlShape: 'published', openByUrlAcceptsPublished: accepts });
      const published = ws.forms.view(survey).publishedUrl;
      const tab = ws.sheets.sheetNames(ws.spreadsheetId).find((n) => ws.sheets.snapshot(ws.spreadsheetId, n)?.formUrl === published);
      expect(tab).toBeDefined();
      const exec = ws.kernel.beginExecution('editor');
      const FormApp = ws.globals.FormApp as GoogleAppsScript.Forms.FormApp;
      const open = () => FormApp.openByUrl(published).getId();
      if (accepts) expect(open()).toBe(survey);
      else expect(open).toThrow();
      expect(FormApp.openByUrl(ws.forms.view(survey).editUrl).getId()).toBe(survey);
      ws.kernel.endExecution(exec);
    }
  });
});
