/**
 * Continuations under the add-on trigger rules. A published add-on may hold one
 * trigger of each type per user per document, so a re-sync that runs out of time (the survey's
 * FormApp fallback when its response tab is gone) or a continuation that finds the lock busy
 * waits in the document's properties: the one clock trigger (the daily check) turns hourly,
 * runs it, and turns daily again. The in-memory Workspace refuses a second clock trigger, so any
 * one-off trigger would fail these tests. A bound script keeps its one-off triggers.
 */
import { describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/core/schema';
import { demoSurveyResponses } from '../../src/offline/demo/survey';
import type { Workspace, WorkspaceOptions } from '../../src/offline/workspace/index';
import { lastDialog, sheetValues } from './helpers';
import { results, surveyWorkspace } from './survey-helpers';

const SLOW_FORMS: WorkspaceOptions['costModel'] = { 'FormApp.FormResponse': 40, 'FormApp.ItemResponse': 40, 'FormApp.Item': 40 };
const N = 1200;
const HOUR = 60 * 60 * 1000;

/** The survey connected through the add-on route with N answers, then its response tab deleted by hand. */
function addOnSurveyWithoutTab(): Workspace {
  const { ws, formId } = surveyWorkspace({ addOn: true, costModel: SLOW_FORMS });
  const base = demoSurveyResponses();
  const at = ws.kernel.now() - 100 * 86_400_000;
  ws.forms.importResponses(formId, Array.from({ length: N }, (_, i) => ({ answers: base[i % base.length].answers, email: `p${i % 900}@dinkes.go.id`, at: at + i * 60_000 })));
  ws.ui.answerNext('YES');
  ws.run('menuHubungkanFormulirSurvei');
  const tab = ws.sheets.sheetNames(ws.spreadsheetId).find((n) => ws.sheets.snapshot(ws.spreadsheetId, n)?.formUrl);
  ws.sheets.userDeleteSheet(ws.spreadsheetId, tab!);
  ws.ui.clear();
  return ws;
}

const clockTriggers = (ws: Workspace) => ws.kernel.triggers.filter((t) => t.eventType === 'CLOCK');
const errors = (ws: Workspace) => (sheetValues(ws, SHEETS.errors) ?? []).slice(1).map((r) => `${String(r[2])} ${String(r[3])}`);

/** Lets simulated hours pass, firing due clock triggers, until nothing waits (or `max` hours). */
function hours(ws: Workspace, max: number): number {
  let n = 0;
  for (; n < max && ws.properties.document['lanjutan.daftar'] !== undefined && ws.properties.document['lanjutan.daftar'] !== '[]'; n++) {
    ws.kernel.advance(HOUR + 60_000);
    ws.kernel.fireDueClockTriggers();
  }
  return n;
}

describe('add-on: continuations go through the one clock trigger', () => {
  it('the survey re-sync fallback continues hourly through the daily check, then the check is daily again', () => {
    const ws = addOnSurveyWithoutTab();
    ws.run('menuSinkronkanUlangSurvei');
    expect(lastDialog(ws)!.content).toMatch(/Sisanya dilanjutkan otomatis dalam ±1 jam/);
    // One clock trigger, the daily check, now hourly; no one-off trigger.
    expect(clockTriggers(ws).map((t) => [t.handler, t.clock?.everyMs])).toEqual([['cekHarian', HOUR]]);
    expect(JSON.parse(ws.properties.document['lanjutan.daftar']).map((c: { handler: string }) => c.handler)).toEqual(['lanjutkanSinkronSurvei']);

    const runs = hours(ws, 10);
    expect(runs).toBeGreaterThanOrEqual(1);
    expect(ws.kernel.failedExecutions).toEqual([]);
    expect(errors(ws)).toEqual([]);
    expect(results(ws)).toHaveLength(N);
    expect(clockTriggers(ws).map((t) => [t.handler, t.clock?.everyMs, t.clock?.atHour])).toEqual([['cekHarian', 24 * HOUR, 6]]);
  }, 120_000);

  it('a continuation that finds the lock busy stays waiting (logged, ±1 jam) and runs at the next hour', () => {
    const ws = addOnSurveyWithoutTab();
    ws.run('menuSinkronkanUlangSurvei');
    ws.kernel.advance(HOUR + 60_000);
    ws.kernel.holdScriptLock(ws.kernel.now() + 10 * 60_000);
    ws.kernel.fireDueClockTriggers();
    expect(errors(ws).some((m) => /^Proses lain sedang berjalan, .*dicoba lagi otomatis dalam ±1 jam/.test(m))).toBe(true);
    expect(clockTriggers(ws)).toHaveLength(1);
    expect(JSON.parse(ws.properties.document['lanjutan.daftar']).map((c: { handler: string }) => c.handler)).toEqual(['lanjutkanSinkronSurvei']);
    hours(ws, 10);
    expect(results(ws)).toHaveLength(N);
    expect(clockTriggers(ws).map((t) => t.clock?.everyMs)).toEqual([24 * HOUR]);
  }, 120_000);

  it('Perbaiki Pemicu while work waits installs the one clock trigger hourly, not a second one', () => {
    const ws = addOnSurveyWithoutTab();
    ws.run('menuSinkronkanUlangSurvei');
    ws.kernel.triggers.splice(0, ws.kernel.triggers.length, ...ws.kernel.triggers.filter((t) => t.eventType !== 'CLOCK')); // the team deleted it by hand
    ws.properties.document['lanjutan.irama.tim.rb@dinkes.nttprov.go.id'] = '"daily"';
    ws.run('statusRepairTriggers');
    expect(clockTriggers(ws).map((t) => [t.handler, t.clock?.everyMs])).toEqual([['cekHarian', HOUR]]);
    hours(ws, 10);
    expect(results(ws)).toHaveLength(N);
  }, 120_000);
});

describe('bound script: continuations keep their one-off trigger', () => {
  it('the same re-sync schedules lanjutkanSinkronSurvei a minute later', () => {
    const { ws, formId } = surveyWorkspace({ costModel: SLOW_FORMS });
    const base = demoSurveyResponses();
    ws.forms.importResponses(formId, Array.from({ length: N }, (_, i) => ({ answers: base[i % base.length].answers, email: `p${i % 900}@dinkes.go.id`, at: ws.kernel.now() - 86_400_000 + i })));
    ws.run('menuHubungkanFormulirSurvei');
    expect(lastDialog(ws)!.content).toMatch(/Sisanya dilanjutkan otomatis dalam ±1 menit/);
    expect(clockTriggers(ws).map((t) => t.handler).sort()).toEqual(['cekHarian', 'lanjutkanSinkronSurvei']);
    expect(ws.properties.document['lanjutan.daftar']).toBeUndefined();
  });
});
