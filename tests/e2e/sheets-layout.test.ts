/**
 * K1: every write lays the computed sheets out, whichever path made the sheet. The
 * README's order runs "Siapkan Lembar Kerja" first, which creates `Rekap Penjaringan`, `Hasil
 * Survei` and `Ringkasan Survei` empty; the first run that writes them must leave them exactly as
 * laid out as sheets a run created itself (widths, frozen rows, colours, merges, conditional
 * rules, the chart's place). Submissions pay no layout calls once a sheet is laid out; a sheet
 * laid out wrong by hand is laid out again by the re-sync.
 */
import { describe, expect, it } from 'vitest';
import { SHEETS, TALLY_HEADER_ROW, TALLY_HEADERS } from '../../src/core/schema';
import type { SheetSnapshot, Workspace } from '../../src/offline/workspace/index';
import { preparedWorkspace } from './helpers';
import { ballot, connected, pns } from './nominations-helpers';
import { surveyAnswers, surveyWorkspace, SURVEY_UNITS } from './survey-helpers';

const snap = (ws: Workspace, name: string): SheetSnapshot => ws.sheets.snapshot(ws.spreadsheetId, name)!;

/** What a person sees of a sheet's layout, whatever its values. */
function layoutOf(s: SheetSnapshot) {
  return {
    columnWidths: s.columnWidths,
    frozenRows: s.frozenRows,
    merges: s.merges,
    conditionalFormats: s.conditionalFormats,
    backgrounds: s.backgrounds,
    fontColors: s.fontColors,
    fontWeights: s.fontWeights,
    wraps: s.wraps,
    rowHeights: s.rowHeights,
    charts: s.charts.map((c) => ({ ...c, options: { ...c.options } })),
  };
}

/** Layout calls a run made (from the kernel's counts). */
function layoutCalls(ws: Workspace): Record<string, number> {
  const calls = ws.kernel.calls();
  return Object.fromEntries(
    Object.entries(calls).filter(([k]) => /setColumnWidths?|setFrozenRows|mergeAcross|\.merge$|setWrapStrategy|clearFormat|setConditionalFormatRules|insertChart|setRowHeight/.test(k)),
  );
}

const TALLY_BALLOTS = [ballot(pns[20], pns[0].nama, pns[1].nama), ballot(pns[21], pns[0].nama, 'Nama Yang Tidak Ada'), ballot(pns[22], pns[2].nama)];

/** The nomination round through the trigger, after Siapkan Lembar Kerja (the README's order). */
function tallyAfterSetup(): Workspace {
  const ws = preparedWorkspace();
  const formId = connected(ws);
  TALLY_BALLOTS.forEach((b) => ws.forms.submit(formId, b));
  return ws;
}

/** The same round where the tally sheet was made by the first write (deleted after setup). */
function tallyMadeByARun(): Workspace {
  const ws = preparedWorkspace();
  ws.sheets.userDeleteSheet(ws.spreadsheetId, SHEETS.tally);
  const formId = connected(ws);
  TALLY_BALLOTS.forEach((b) => ws.forms.submit(formId, b));
  return ws;
}

describe('Rekap Penjaringan is laid out by every path that makes it', () => {
  it('right after Siapkan Lembar Kerja it is already laid out: names and NIPs not cut at 100 px, header white on navy, frozen', () => {
    const ws = preparedWorkspace();
    const s = snap(ws, SHEETS.tally);
    expect(s.values[TALLY_HEADER_ROW - 1].slice(0, TALLY_HEADERS.length)).toEqual(TALLY_HEADERS);
    expect(s.columnWidths[2]).toBeGreaterThanOrEqual(250); // Nama
    expect(s.columnWidths[3]).toBeGreaterThanOrEqual(160); // NIP "19860926 201505 2 001"
    expect(s.columnWidths[4]).toBeGreaterThanOrEqual(220); // Unit Kerja
    expect(s.frozenRows).toBe(TALLY_HEADER_ROW);
    expect(s.backgrounds[`B${TALLY_HEADER_ROW}`]).toBe('#1f4e79');
    expect(s.fontColors[`B${TALLY_HEADER_ROW}`]).toBe('#ffffff');
    expect(s.conditionalFormats).toHaveLength(1);
  });

  it('after Siapkan Lembar Kerja and submissions it looks exactly like a tally sheet a run created', () => {
    const viaSetup = tallyAfterSetup();
    const viaRun = tallyMadeByARun();
    expect(layoutOf(snap(viaSetup, SHEETS.tally))).toEqual(layoutOf(snap(viaRun, SHEETS.tally)));
    expect(snap(viaSetup, SHEETS.tally).values.length).toBe(snap(viaRun, SHEETS.tally).values.length);
  });

  it('a submission into a laid-out tally makes no layout call (calls per submission do not grow)', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    ws.kernel.resetCalls();
    ws.forms.submit(formId, TALLY_BALLOTS[0]);
    expect(layoutCalls(ws)).toEqual({});
    ws.kernel.resetCalls();
    ws.forms.submit(formId, TALLY_BALLOTS[1]);
    expect(layoutCalls(ws)).toEqual({});
  });

  it('laid out wrong by hand (narrow columns, unfrozen, rules and colours gone): the re-sync lays it out again', () => {
    const clean = tallyAfterSetup();
    const ws = tallyAfterSetup();
    const SpreadsheetApp = ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const sheet = SpreadsheetApp.getActive().getSheetByName(SHEETS.tally)!;
    sheet.setColumnWidths(1, 13, 60);
    sheet.setFrozenRows(0);
    sheet.clearConditionalFormatRules();
    sheet.getRange(1, 1, 20, 13).setBackground('#ffff00').setFontColor('#000000').setWrap(true);
    sheet.setRowHeight(TALLY_HEADER_ROW + 1, 120);
    expect(layoutOf(snap(ws, SHEETS.tally))).not.toEqual(layoutOf(snap(clean, SHEETS.tally)));
    ws.run('menuSinkronkanUlangPenjaringan');
    expect(layoutOf(snap(ws, SHEETS.tally))).toEqual(layoutOf(snap(clean, SHEETS.tally)));
  });

  it('a tally sheet from before this layout (header in row 1) is laid out anew by the next write', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    // What an older version left: its remembered look does not name today's layout.
    const PropertiesService = ws.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService;
    PropertiesService.getDocumentProperties().setProperty('nominasi.rekapTampilan', JSON.stringify({ layout: 'versi-lama', banner: '' }));
    ws.forms.submit(formId, TALLY_BALLOTS[0]);
    expect(layoutOf(snap(ws, SHEETS.tally)).columnWidths[2]).toBeGreaterThanOrEqual(250);
    ws.kernel.resetCalls();
    ws.forms.submit(formId, TALLY_BALLOTS[1]);
    expect(layoutCalls(ws)).toEqual({});
  });
});

describe('Hasil Survei and Ringkasan Survei are laid out by every path that makes them', () => {
  function surveyRound(deleteFirst: boolean): { ws: Workspace; formId: string } {
    const { ws, formId } = surveyWorkspace();
    if (deleteFirst) for (const name of [SHEETS.surveyResults, SHEETS.surveySummary]) ws.sheets.userDeleteSheet(ws.spreadsheetId, name);
    ws.run('menuHubungkanFormulirSurvei');
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[0], [1, 2, 2, 1, 1]), { email: 'a@dinkes.go.id' });
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[1], [3, 3, 4, 2, 2]), { email: 'b@dinkes.go.id' });
    return { ws, formId };
  }

  it('after Siapkan Lembar Kerja: the same widths, fills, band colours and chart as sheets a run created', () => {
    const viaSetup = surveyRound(false).ws;
    const viaRun = surveyRound(true).ws;
    for (const name of [SHEETS.surveyResults, SHEETS.surveySummary]) {
      expect(layoutOf(snap(viaSetup, name)), name).toEqual(layoutOf(snap(viaRun, name)));
    }
    const summary = snap(viaSetup, SHEETS.surveySummary);
    expect(summary.columnWidths[1]).toBeGreaterThanOrEqual(250);
    expect(summary.charts).toHaveLength(1);
  });

  it('a survey submission into laid-out sheets makes no layout call', () => {
    const { ws, formId } = surveyRound(false);
    ws.kernel.resetCalls();
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[0], [2, 2, 2, 1, 1]), { email: 'c@dinkes.go.id' });
    expect(layoutCalls(ws)).toEqual({});
  });
});
