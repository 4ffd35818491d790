/**
 * The survey Form's structure and the sheets' shapes are remembered between submissions: each
 * submission re-reads the Form only when a response shows it changed, and the sheets come out
 * the same as when everything was read and formatted every time.
 */
import { describe, expect, it } from 'vitest';
import { witaToMs } from '../../src/core/dates';
import { SHEETS } from '../../src/core/schema';
import type { Workspace } from '../../src/offline/workspace/index';
import { sheetValues } from './helpers';
import { connectedSurvey, errorLog, Q, results, summaryCell, surveyAnswers, surveyWorkspace, SURVEY_UNITS } from './survey-helpers';

/** FormApp structure reads (getItems) during one submission. */
function structureReads(ws: Workspace, submit: () => void): number {
  ws.kernel.resetCalls();
  submit();
  return ws.kernel.calls()['FormApp.Form.getItems'] ?? 0;
}

describe('the remembered Form structure', () => {
  it('is used while responses agree with it: no structure read in a submission', () => {
    const { ws, formId } = connectedSurvey();
    expect(structureReads(ws, () => ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[0], [1, 1, 1, 1, 1])))).toBe(0);
    expect(structureReads(ws, () => ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[1], [2, 2, 2, 2, 2])))).toBe(0);
    expect(results(ws).map((r) => r.Total)).toEqual([5, 10]);
  });

  it('is read again once when a question is added, then used again', () => {
    const { ws, formId } = connectedSurvey();
    const added = 'Pimpinan memberi contoh disiplin';
    ws.forms.addItem(formId, { kind: 'MULTIPLE_CHOICE', title: added, choices: ['1 - Selalu', '2 - Sering', '3 - Jarang', '4 - Tidak pernah'] });
    const answers = { ...surveyAnswers(SURVEY_UNITS[0], [1, 1, 1, 1, 1]), [added]: '2 - Sering' };
    expect(structureReads(ws, () => ws.forms.submit(formId, answers))).toBe(1);
    expect(structureReads(ws, () => ws.forms.submit(formId, answers))).toBe(0);
    expect(errorLog(ws).filter((r) => r[2].includes(added))).toHaveLength(1);
  });

  it('is read again when a scored question goes unanswered (removed from the Form) and the note is logged', () => {
    const { ws, formId } = connectedSurvey();
    ws.forms.deleteItem(formId, Q[2]);
    const answers = surveyAnswers(SURVEY_UNITS[0], [1, 1, 1, 1]);
    delete answers[Q[2]];
    Object.assign(answers, { [Q[3]]: surveyAnswers(SURVEY_UNITS[0], [1, 1, 1, 1, 1])[Q[3]], [Q[4]]: surveyAnswers(SURVEY_UNITS[0], [1, 1, 1, 1, 1])[Q[4]] });
    expect(structureReads(ws, () => ws.forms.submit(formId, answers))).toBe(1);
    // The Form as read now lacks the question: a second such response agrees with it.
    expect(structureReads(ws, () => ws.forms.submit(formId, answers))).toBe(0);
    expect(results(ws).map((r) => r.Kategori)).toEqual(['TIDAK LENGKAP', 'TIDAK LENGKAP']);
    expect(errorLog(ws).filter((r) => r[2].includes(`"${Q[2]}" tercantum di Pengaturan tetapi tidak ada lagi`))).toHaveLength(1);
  });

  it('follows a renamed question by its item (N3): still scored without reading the Form, and the re-sync says so once', () => {
    const { ws, formId } = connectedSurvey();
    const renamed = `${Q[1]} (diperbarui)`;
    ws.forms.renameItem(formId, Q[1], renamed);
    const base = surveyAnswers(SURVEY_UNITS[0], [1, 1, 1, 1, 1]);
    const answers: Record<string, string | string[]> = { ...base, [renamed]: base[Q[1]] };
    delete answers[Q[1]];
    expect(structureReads(ws, () => ws.forms.submit(formId, answers))).toBe(0);
    expect(results(ws)[0].Kategori).toBe('BAIK');
    ws.run('menuSinkronkanUlangSurvei');
    ws.run('menuSinkronkanUlangSurvei');
    expect(results(ws)[0].Kategori).toBe('BAIK');
    expect(results(ws)[0][renamed]).toBe(1);
    expect(errorLog(ws).filter((r) => r[2].includes(`"${Q[1]}" di Pengaturan sekarang berjudul "${renamed}"`))).toHaveLength(1);
  });

  it('through the add-on route: no structure read per submission, rows still split and scored', () => {
    const { ws, formId } = surveyWorkspace({ addOn: true });
    ws.ui.answerNext('YES');
    ws.run('menuHubungkanFormulirSurvei');
    expect(structureReads(ws, () => ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[1], [2, 2, 2, 2, 2]), { email: 'b@dinkes.go.id' }))).toBe(0);
    ws.kernel.resetCalls();
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[2], [4, 4, 4, 4, 1]), { email: 'c@dinkes.go.id' });
    expect(ws.kernel.totalCalls('FormApp')).toBe(0);
    // Before: 122 (the Form opened and described on every row event). The dispatcher's own
    // health record and the nomination route's check are part of these; a new unit restyles the
    // summary (3 calls) and remembers its shape (1): 30 when the layout stays. (37 before the
    // response tab, Hasil Survei and Pengaturan were read with one getSheetValues each.) +2 since
    // K1: Ringkasan Survei's extent is read, so its one write lays out the whole sheet. +2:
    // telling the tabs apart by Form id reads the remembered tab → Form map. +1: the restyle
    // also sets which cells wrap (the header rows only, setWraps), since the wrap moves with the
    // header rows when a new unit adds one; the same in every submission that adds a unit.
    // -8 (31): the dispatcher reads the document properties once for the tab map, the routes'
    // checks and the run record, each route reads them again under the lock with one call, and
    // the record rides on one write at the end (was 10 properties calls, now 4); one getActive,
    // no getCharts.
    // +5 (36): the running counts (work per submission independent of N) read only the event's row of the tab
    // (getRow, getValues; its header is remembered) and find the respondent in Hasil Survei with
    // one TextFinder (getLastRow, createTextFinder, useRegularExpression, findAll, getRow) instead
    // of reading both sheets whole (two getSheetValues); the counts are written with the run record.
    expect(ws.kernel.totalCalls()).toBeLessThanOrEqual(36); // a budget: fewer calls pass, more fail
    expect(results(ws).map((r) => [r.Total, r.Kategori])).toEqual([
      [10, 'KURANG BAIK'],
      [17, 'TIDAK BAIK'],
    ]);
  });
});

describe('the remembered sheet shapes', () => {
  it('a summary sheet deleted by hand comes back whole (styles, colours, chart) with the next submission', () => {
    const { ws, formId } = connectedSurvey();
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[0], [1, 1, 1, 1, 1]), { at: witaToMs(2026, 8, 3, 9) });
    const before = ws.sheets.snapshot(ws.spreadsheetId, SHEETS.surveySummary)!;
    ws.sheets.userDeleteSheet(ws.spreadsheetId, SHEETS.surveySummary);
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[0], [2, 2, 2, 2, 2]), { at: witaToMs(2026, 8, 4, 9) });
    const after = ws.sheets.snapshot(ws.spreadsheetId, SHEETS.surveySummary)!;
    expect(after.charts).toHaveLength(1);
    expect(after.conditionalFormats.length).toBe(before.conditionalFormats.length);
    expect(Object.keys(after.fontWeights).length).toBeGreaterThan(0);
    expect(Object.keys(after.backgrounds)).toEqual(Object.keys(before.backgrounds));
    expect(summaryCell(ws, 'Distribusi Kategori', 'Semua', 'Jumlah Respons')).toBe(2);
  });

  it('a results sheet deleted by hand is rebuilt with its date format down the column', () => {
    const { ws, formId } = connectedSurvey();
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[0], [1, 1, 1, 1, 1]));
    ws.sheets.userDeleteSheet(ws.spreadsheetId, SHEETS.surveyResults);
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[1], [2, 2, 2, 2, 2]));
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[2], [1, 1, 1, 1, 1]));
    const snap = ws.sheets.snapshot(ws.spreadsheetId, SHEETS.surveyResults)!;
    // The deleted sheet's rows come back too: each run merges the response it was given.
    expect(results(ws).map((r) => r['Unit Kerja'])).toEqual([SURVEY_UNITS[1], SURVEY_UNITS[2]]);
    expect([snap.numberFormats.A2, snap.numberFormats.A3, snap.numberFormats.A500]).toEqual(['dd/mm/yyyy hh.mm', 'dd/mm/yyyy hh.mm', 'dd/mm/yyyy hh.mm']);
    expect(sheetValues(ws, SHEETS.errors)).toHaveLength(1);
  });

  it('a summary that shrinks (an edited response moves to another unit) equals one written from scratch', () => {
    const at = (d: number) => ({ at: witaToMs(2026, 8, d, 9) });
    const { ws, formId } = connectedSurvey();
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[0], [1, 1, 1, 1, 1]), at(3));
    const id = ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[1], [2, 2, 2, 2, 2]), at(4));
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[2], [4, 4, 4, 4, 4]), at(5));
    const big = sheetValues(ws, SHEETS.surveySummary)!.length;
    ws.forms.editResponse(formId, id, surveyAnswers(SURVEY_UNITS[0], [2, 2, 2, 2, 2]), at(4));

    const clean = connectedSurvey();
    clean.ws.forms.submit(clean.formId, surveyAnswers(SURVEY_UNITS[0], [1, 1, 1, 1, 1]), at(3));
    clean.ws.forms.submit(clean.formId, surveyAnswers(SURVEY_UNITS[0], [2, 2, 2, 2, 2]), at(4));
    clean.ws.forms.submit(clean.formId, surveyAnswers(SURVEY_UNITS[2], [4, 4, 4, 4, 4]), at(5));

    const mine = ws.sheets.snapshot(ws.spreadsheetId, SHEETS.surveySummary)!;
    const theirs = clean.ws.sheets.snapshot(clean.ws.spreadsheetId, SHEETS.surveySummary)!;
    const noTime = (rows: unknown[][]) => rows.map((r) => r.map((v) => (String(v).startsWith('Diperbarui') ? '' : v)));
    expect(mine.values.length).toBeLessThan(big);
    expect(noTime(mine.values)).toEqual(noTime(theirs.values));
    expect(mine.fontWeights).toEqual(theirs.fontWeights);
    expect(mine.backgrounds).toEqual(theirs.backgrounds);
    expect(mine.charts).toEqual(theirs.charts);
  });
});
