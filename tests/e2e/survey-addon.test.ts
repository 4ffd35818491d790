import { describe, expect, it } from 'vitest';
import { witaToMs } from '../../src/core/dates';
import { lastDialog } from './helpers';
import { results, surveyAnswers, surveyWorkspace, SURVEY_UNITS } from './survey-helpers';

describe('the add-on route (Google refuses a trigger on the Form)', () => {
  it('after the team confirms, points the Form at this spreadsheet, routes each submission through the response tab and imports earlier answers', () => {
    const { ws, formId } = surveyWorkspace({ addOn: true });
    ws.forms.importResponses(formId, [{ answers: surveyAnswers(SURVEY_UNITS[0], [1, 1, 1, 1, 1]), email: 'a@dinkes.go.id', at: witaToMs(2026, 8, 3, 9) }]);
    ws.ui.answerNext('YES');
    ws.run('menuHubungkanFormulirSurvei');
    const shown = ws.ui.shown();
    const question = shown.find((d) => d.answer === 'YES')!;
    expect(question.content).toMatch(/Lembar respons lama formulir itu, bila ada, berhenti menerima baris baru/);
    expect(lastDialog(ws)!.content).toMatch(/lewat tab respons formulir di spreadsheet ini/);
    expect(ws.forms.view(formId).destination?.spreadsheetId).toBe(ws.spreadsheetId);
    expect(ws.kernel.triggers.filter((t) => t.handler === 'onSpreadsheetFormSubmit')).toHaveLength(1);
    expect(ws.kernel.triggers.filter((t) => t.handler === 'onSurveyFormSubmit')).toHaveLength(0);

    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[1], [2, 2, 2, 2, 2]), { email: 'b@dinkes.go.id' });
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[2], [4, 4, 4, 4, 1]), { email: 'c@dinkes.go.id' });
    expect(ws.kernel.failedExecutions).toEqual([]);
    const rows = results(ws);
    expect(rows.map((r) => [r['Unit Kerja'], r.Total, r.Kategori])).toEqual([
      [SURVEY_UNITS[0], 5, 'BAIK'],
      [SURVEY_UNITS[1], 10, 'KURANG BAIK'],
      [SURVEY_UNITS[2], 17, 'TIDAK BAIK'],
    ]);
    // Re-sync reads the same tab: same ids, no duplicates.
    ws.run('menuSinkronkanUlangSurvei');
    expect(results(ws).map((r) => r['ID Respons'])).toEqual(rows.map((r) => r['ID Respons']));
  });

  it('changes nothing when the team declines', () => {
    const { ws, formId } = surveyWorkspace({ addOn: true });
    ws.ui.answerNext('NO');
    ws.run('menuHubungkanFormulirSurvei');
    expect(lastDialog(ws)!.content).toMatch(/Dibatalkan/);
    expect(ws.forms.view(formId).destination).toBeNull();
    expect(ws.kernel.triggers.filter((t) => t.handler === 'onSpreadsheetFormSubmit')).toHaveLength(0);
  });
});
