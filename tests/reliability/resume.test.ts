/**
 * A re-sync stopped at Apps Script's 6-minute limit: when FormApp is slow, reading stops at the
 * run's budget, the cursor is saved and a one-off trigger continues; when a run is killed by
 * Google's limit in the middle (here: writes so slow that the run passes 6 minutes), nothing
 * half-written stays, the failure is in `Log Kesalahan`, and continuing from the saved cursor
 * ends with the same sheets as a re-sync that never stopped.
 */
import { describe, expect, it } from 'vitest';
import { isDate } from '../../src/core/cells';
import { SHEETS } from '../../src/core/schema';
import { demoSurveyResponses } from '../../src/offline/demo/survey';
import type { Workspace, WorkspaceOptions } from '../../src/offline/workspace/index';
import { drainContinuations, preparedWorkspace, sheetValues } from '../e2e/helpers';
import { ballot, bare, nominationForm, pns, setSetting } from '../e2e/nominations-helpers';
import { surveyWorkspace } from '../e2e/survey-helpers';

/**
 * Slow FormApp: every getter of a response costs 320 ms of simulated time, so 150 responses need
 * several runs (as 1,200 do at 40 ms, and 300 at 160 ms: the same stops and continuations — 4 runs
 * of the nominations re-sync, 6 of the survey's, the same writes in a continuation — an eighth of
 * the work).
 */
const SLOW_FORMS: WorkspaceOptions['costModel'] = { 'FormApp.FormResponse': 320, 'FormApp.ItemResponse': 320, 'FormApp.Item': 320 };
const N = 150;

function view(ws: Workspace, names: string[]) {
  const clean = (v: unknown) => (isDate(v) ? '(waktu)' : typeof v === 'string' ? v.replace(/^Diperbarui .*? WITA\./, 'Diperbarui (waktu).') : v);
  return Object.fromEntries(names.map((n) => [n, sheetValues(ws, n)?.map((r) => r.map(clean)) ?? null]));
}

interface Feature {
  name: string;
  menu: string;
  continuation: string;
  sheets: string[];
  /** A workspace holding N responses in the Form, connected (and drained). */
  make: (options: WorkspaceOptions) => Workspace;
}

const drain = drainContinuations;

const nominations: Feature = {
  name: 'nominations',
  menu: 'menuSinkronkanUlangPenjaringan',
  continuation: 'lanjutkanSinkronisasiPenjaringan',
  sheets: [SHEETS.ballots, SHEETS.tally, SHEETS.corrections],
  make: (options) => {
    const ws = preparedWorkspace(options);
    const formId = nominationForm(ws);
    const at = ws.kernel.now() - 30 * 86_400_000;
    ws.forms.importResponses(
      formId,
      Array.from({ length: N }, (_, i) => ({ answers: ballot(pns[i % pns.length], pns[(i * 7) % 12].nama, bare(pns[(i * 3) % 9]), i % 50 === 0 ? 'Orang Asing' : ''), at: at + i * 60_000 })),
    );
    setSetting(ws, 'URL Formulir Penjaringan', ws.forms.view(formId).editUrl);
    ws.run('menuHubungkanFormulirPenjaringan');
    drain(ws, 'lanjutkanSinkronisasiPenjaringan');
    return ws;
  },
};

const survey: Feature = {
  name: 'survey',
  menu: 'menuSinkronkanUlangSurvei',
  continuation: 'lanjutkanSinkronSurvei',
  sheets: [SHEETS.surveyResults, SHEETS.surveySummary],
  make: (options) => {
    const { ws, formId } = surveyWorkspace(options);
    const base = demoSurveyResponses();
    const at = ws.kernel.now() - 100 * 86_400_000;
    ws.forms.importResponses(formId, Array.from({ length: N }, (_, i) => ({ answers: base[i % base.length].answers, email: `p${i % 112}@dinkes.go.id`, at: at + i * 60_000 })));
    ws.run('menuHubungkanFormulirSurvei');
    drain(ws, 'lanjutkanSinkronSurvei');
    return ws;
  },
};

describe.each([nominations, survey])('$name re-sync at the 6-minute limit', (feature) => {
  it('stops at its budget, continues from the saved cursor, and ends as a re-sync that never stopped', () => {
    const reference = feature.make({});
    reference.run(feature.menu);
    expect(drain(reference, feature.continuation)).toBe(0);
    const want = view(reference, feature.sheets);

    const ws = feature.make({ costModel: SLOW_FORMS });
    ws.kernel.resetCalls();
    ws.run(feature.menu);
    const runs = 1 + drain(ws, feature.continuation);
    expect(runs).toBeGreaterThanOrEqual(2);
    expect(ws.kernel.failedExecutions).toEqual([]);
    // Each response's answers read once over all runs: the cursor was honoured, nothing read
    // twice. (Each run reads every response's id and time, 2 cheap calls each, to order them and
    // to know at the end which responses the Form still holds.)
    expect(ws.kernel.calls()['FormApp.FormResponse.getItemResponses']).toBeLessThanOrEqual(N + 5);
    expect(ws.kernel.calls()['FormApp.FormResponse.getId']).toBeLessThanOrEqual(runs * N);
    expect(view(ws, feature.sheets)).toEqual(want);
  }, 120_000);

  it('a continuation killed by the limit at any of its writes logs it, and the next run finishes right', () => {
    const reference = feature.make({});
    reference.run(feature.menu);
    drain(reference, feature.continuation);
    const want = view(reference, feature.sheets);

    // The writes one continuation makes, from a dry run.
    const dry = feature.make({ costModel: SLOW_FORMS });
    dry.run(feature.menu);
    dry.kernel.resetCalls();
    dry.kernel.advance(61_000);
    dry.kernel.fireDueClockTriggers();
    const writes = Object.entries(dry.kernel.calls())
      .filter(([key]) => /^SpreadsheetApp\.(Range\.(set|clear)|Sheet\.(insert|delete))|^PropertiesService\.Properties\.(set|delete)/.test(key))
      .flatMap(([key, n]) => Array.from({ length: n }, (_, k) => [key, k + 1] as const));
    expect(writes.length).toBeGreaterThanOrEqual(2);

    for (const [match, nth] of writes) {
      const label = `${match} #${nth}`;
      const ws = feature.make({ costModel: SLOW_FORMS });
      ws.run(feature.menu);
      expect(ws.kernel.triggers.some((t) => t.handler === feature.continuation), label).toBe(true);
      // The continuation dies at Google's limit at this write.
      ws.kernel.injectFault({ match, nth, message: 'Exceeded maximum execution time' });
      ws.kernel.advance(61_000);
      ws.kernel.fireDueClockTriggers();
      ws.kernel.clearFaults();
      const logged = (sheetValues(ws, SHEETS.errors) ?? []).slice(1).map((r) => String(r[2]));
      expect(logged.some((m) => /Exceeded maximum execution time/.test(m)), `${label}: logged`).toBe(true);

      // The team follows the advice (run the menu again) or a scheduled continuation runs.
      if (!ws.kernel.triggers.some((t) => t.handler === feature.continuation)) ws.run(feature.menu);
      drain(ws, feature.continuation);
      expect(ws.kernel.triggers.filter((t) => t.handler === feature.continuation), label).toEqual([]);
      expect(view(ws, feature.sheets), `${label}: result`).toEqual(want);
    }
  }, 240_000);
});
