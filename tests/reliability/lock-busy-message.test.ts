/**
 * When another run holds the lock, what the team reads in `Log Kesalahan` is
 * Indonesian from its first word (no "Lock timeout: …"), says that nothing is lost and what
 * happens next — for every run that can meet a busy lock.
 */
import { describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/core/schema';
import type { Workspace } from '../../src/offline/workspace/index';
import { preparedWorkspace, sheetValues } from '../e2e/helpers';
import { ballot, connected, pns } from '../e2e/nominations-helpers';
import { connectedSurvey, surveyAnswers, SURVEY_UNITS, surveyWorkspace } from '../e2e/survey-helpers';

function logged(ws: Workspace): { message: string; advice: string }[] {
  return (sheetValues(ws, SHEETS.errors) ?? []).slice(1).map((r) => ({ message: String(r[2]), advice: String(r[3]) }));
}

function expectIndonesianBusy(ws: Workspace): void {
  const rows = logged(ws);
  expect(rows.length).toBeGreaterThan(0);
  for (const r of rows) {
    expect(r.message).not.toMatch(/lock|timeout|another process/i);
    expect(r.message).toMatch(/^Proses lain sedang/);
    expect(r.advice).not.toBe('');
    expect(r.advice).not.toMatch(/lock|timeout/i);
  }
}

describe('a busy lock, in the team’s language', () => {
  it('nomination submission (Form route)', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    ws.kernel.holdScriptLock(ws.kernel.now() + 10 * 60_000);
    ws.forms.submit(formId, ballot(pns[0], pns[1].nama));
    expectIndonesianBusy(ws);
  });

  it('nomination submission (add-on route)', () => {
    const ws = preparedWorkspace({ addOn: true });
    ws.ui.answerNext('YES', 'YES');
    const formId = connected(ws);
    expect(ws.forms.view(formId).destination).not.toBeNull();
    ws.kernel.holdScriptLock(ws.kernel.now() + 10 * 60_000);
    ws.forms.submit(formId, ballot(pns[0], pns[1].nama));
    expectIndonesianBusy(ws);
  });

  it('survey submission (Form route)', () => {
    const { ws, formId } = connectedSurvey();
    ws.kernel.holdScriptLock(ws.kernel.now() + 10 * 60_000);
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[0], [1, 2, 2, 1, 1]), { email: 'a@dinkes.go.id' });
    expectIndonesianBusy(ws);
  });

  it('survey submission (add-on route)', () => {
    const { ws, formId } = surveyWorkspace({ addOn: true });
    ws.ui.answerNext('YES');
    ws.run('menuHubungkanFormulirSurvei');
    ws.kernel.holdScriptLock(ws.kernel.now() + 10 * 60_000);
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[1], [2, 2, 2, 2, 2]), { email: 'b@dinkes.go.id' });
    expectIndonesianBusy(ws);
  });

  it('a survey re-sync continuation', () => {
    const { ws, formId } = connectedSurvey({ costModel: { 'FormApp.ItemResponse': 2000, 'FormApp.Item': 2000 } });
    const at = ws.kernel.now() - 86_400_000;
    ws.forms.importResponses(formId, Array.from({ length: 30 }, (_, i) => ({ answers: surveyAnswers(SURVEY_UNITS[i % 6], [1, 1, 2, 2, 1]), email: `p${i}@x.id`, at: at + i * 1000 })));
    ws.run('menuSinkronkanUlangSurvei');
    expect(ws.kernel.triggers.some((t) => t.handler === 'lanjutkanSinkronSurvei')).toBe(true);
    ws.kernel.holdScriptLock(ws.kernel.now() + 10 * 60_000);
    ws.kernel.advance(61_000);
    ws.kernel.fireDueClockTriggers();
    expectIndonesianBusy(ws);
  });
});
