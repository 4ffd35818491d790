import { describe, expect, it } from 'vitest';
import { witaToMs } from '../../src/core/dates';
import { SHEETS } from '../../src/core/schema';
import { demoSurveyResponses } from '../../src/offline/demo/survey';
import type { WorkspaceOptions } from '../../src/offline/workspace/index';
import { lastDialog } from './helpers';
import { results, surveyAnswers, surveyWorkspace, SURVEY_UNITS } from './survey-helpers';

/** `n` earlier responses in Semester II 2026 (before the kernel's clock), from the demo generator. */
function earlier(n: number) {
  const base = demoSurveyResponses();
  const start = witaToMs(2026, 7, 2, 8);
  return Array.from({ length: n }, (_, i) => ({ ...base[i % base.length], email: `p${i}@dinkes.go.id`, at: start + i * 60_000 }));
}

function connectedWith(n: number, options: WorkspaceOptions = {}) {
  const { ws, formId } = surveyWorkspace(options);
  ws.forms.importResponses(formId, earlier(n));
  ws.run('menuHubungkanFormulirSurvei');
  return { ws, formId };
}

describe('cost of one submission', () => {
  it('is the same number of service calls after 10 and after 1,000 earlier responses', () => {
    const counts = [10, 1000].map((n) => {
      const { ws, formId } = connectedWith(n);
      expect(results(ws)).toHaveLength(n);
      ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[0], [1, 2, 2, 1, 1]), { email: 'warm@dinkes.go.id' });
      ws.kernel.resetCalls();
      ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[1], [2, 2, 2, 1, 1]), { email: 'baru@dinkes.go.id' });
      expect(ws.kernel.failedExecutions).toEqual([]);
      expect(results(ws)).toHaveLength(n + 2);
      return { total: ws.kernel.totalCalls(), byService: ws.kernel.callsByService() };
    });
    expect(counts[1]).toEqual(counts[0]);
    // Budgets, not exact pins: fewer calls pass, one more fails; equality across N above.
    // Before the Form's structure was remembered: 136. Now the Form is not read again: FormApp
    // serves only the getters of the one response (4 + 3 per answered question, 6 answered).
    expect(counts[0].byService.FormApp).toBeLessThanOrEqual(22);
    expect(counts[0].byService.PropertiesService).toBeLessThanOrEqual(3);
    // 43 since Hasil Survei and Pengaturan are read with one getSheetValues each (was getDataRange + getValues);
    // 45 since Ringkasan Survei is laid out whole by every write: its extent (getLastRow and
    // getLastColumn of a sheet a few dozen rows high) is read, whatever the number of responses.
    // 43 since the spreadsheet is fetched once (Pengaturan was read through a getActive of its
    // own) and the summary's chart is not counted on every submission (getCharts; it is placed
    // again when the summary changes shape, and by a re-sync).
    // 47 since a submission adds its response to the running counts instead of reading Hasil
    // Survei whole (work independent of N): getLastRow of Hasil Survei, one TextFinder on it
    // (createTextFinder, useRegularExpression, findAll) and getRow of each row it finds (the last
    // row, found by its response id), against the one getSheetValues it replaces.
    expect(counts[0].total).toBeLessThanOrEqual(47);
  });

  it('reads no Form structure and makes no formatting or grid-size call when nothing changed shape, after 10 and 1,000', () => {
    const counts = [10, 1000].map((n) => {
      const { ws, formId } = connectedWith(n);
      ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[0], [1, 2, 2, 1, 1]), { email: 'warm@dinkes.go.id' });
      ws.kernel.resetCalls();
      ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[0], [2, 2, 2, 1, 1]), { email: 'lagi@dinkes.go.id' });
      expect(results(ws)).toHaveLength(n + 2);
      const calls = ws.kernel.calls();
      expect(Object.keys(calls).filter((c) => /Form\.getItems|Item\.getType|setFontWeights|setBackgrounds|setNumberFormat|getMaxRows|insertRows/.test(c))).toEqual([]);
      // Extents: Ringkasan Survei's (laid out whole), and the row count of Hasil Survei that the
      // running counts must agree with (never its last column: the row is not read).
      expect(calls['SpreadsheetApp.Sheet.getLastRow']).toBe(2);
      expect(calls['SpreadsheetApp.Sheet.getLastColumn']).toBe(1);
      return ws.kernel.totalCalls();
    });
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBeLessThanOrEqual(47); // a budget, equal at both N (45 before one getActive and getCharts went; 47 with the running counts, see above)
  });
});

describe('Sinkronkan Ulang Survei with many responses', () => {
  it('rebuilds 5,000 responses inside the 6-minute limit', () => {
    const { ws } = connectedWith(5000);
    ws.run('menuSinkronkanUlangSurvei');
    // Any part left over runs in the one-off continuation trigger.
    for (let i = 0; i < 5 && ws.kernel.triggers.some((t) => t.handler === 'lanjutkanSinkronSurvei'); i++) {
      ws.kernel.advance(61_000);
      ws.kernel.fireDueClockTriggers();
    }
    expect(ws.kernel.failedExecutions).toEqual([]);
    const rows = results(ws);
    expect(rows).toHaveLength(5000);
    expect(new Set(rows.map((r) => r['ID Respons'])).size).toBe(5000);
  }, 120_000);

  it('continues from where it stopped when reading takes longer than one execution, with progress shown', () => {
    // Slow FormApp: every getter of a response costs 30 ms of simulated time.
    const slow: WorkspaceOptions = { costModel: { 'FormApp.FormResponse': 30, 'FormApp.ItemResponse': 30, 'FormApp.Item': 30 } };
    const { ws } = connectedWith(1500, slow);
    ws.run('menuSinkronkanUlangSurvei');
    expect(lastDialog(ws)!.content).toMatch(/dari 1500 respons survei sudah dibaca\. Sisanya dilanjutkan otomatis/);
    expect(ws.sheets.toasts(ws.spreadsheetId).some((t) => /sudah dibaca; sisanya dilanjutkan/.test(t.message))).toBe(true);
    let runs = 0;
    while (ws.kernel.triggers.some((t) => t.handler === 'lanjutkanSinkronSurvei') && runs < 10) {
      ws.kernel.advance(61_000);
      ws.kernel.fireDueClockTriggers();
      runs++;
    }
    expect(runs).toBeGreaterThan(0);
    expect(ws.kernel.failedExecutions).toEqual([]);
    const rows = results(ws);
    expect(rows).toHaveLength(1500);
    expect(new Set(rows.map((r) => r['ID Respons'])).size).toBe(1500);
    expect(ws.sheets.snapshot(ws.spreadsheetId, SHEETS.surveySummary)!.values[1][0]).toMatch(/Respons dihitung: 1500 dari 1500/);
  }, 120_000);
});
