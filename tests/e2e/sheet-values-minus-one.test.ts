/**
 * Every sheet is read with Sheet.getSheetValues(1, 1, -1, -1) (gas/sheets sheetValues), and
 * Google's reference does not clearly say what -1 does. Through the built bundle, under each
 * behaviour the in-memory Sheets can play — the data rectangle, a refusal, the whole grid with its
 * blank rows — the same work gives the same sheets: a refusal is worked around (getLastRow /
 * getLastColumn, said once in Log Kesalahan), a whole grid is trimmed to the data. Uji Kesiapan
 * says which behaviour the deployment has.
 */
import { describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/core/schema';
import type { Workspace, WorkspaceOptions } from '../../src/offline/workspace/index';
import { preparedWorkspace, sheetValues } from './helpers';
import { ballot, nominationForm, pns, setSetting, tallyRows } from './nominations-helpers';
import { surveyAnswers, SURVEY_UNITS } from './survey-helpers';
import { createSurveyForm } from '../../src/offline/demo/survey';

type Mode = NonNullable<WorkspaceOptions['sheetValuesMinusOne']>;
const MODES: Mode[] = ['data', 'throws', 'grid'];
const NOTICE = /getSheetValues\(1, 1, -1, -1\)/;

let writes: Record<string, number> = {};

/** The Sheets calls that change something (a blank row read as data would make more of them). */
function writeCalls(ws: Workspace): Record<string, number> {
  return Object.fromEntries(Object.entries(ws.kernel.calls()).filter(([k]) => /^SpreadsheetApp\.\w+\.(set|insert|delete|clear|append|add|remove|protect|merge|auto|hide|show)/.test(k)));
}

/**
 * A published add-on (every Form answer read from its response tab) with both Forms connected,
 * ballots and survey answers in several executions, a re-sync, Periksa Data Pegawai and Uji Kesiapan.
 */
function workDay(sheetValuesMinusOne: Mode): Workspace {
  const ws = preparedWorkspace({ addOn: true, sheetValuesMinusOne });
  // Siapkan Lembar Kerja made the first reads ('throws': and logged the refusal): count from here.
  ws.kernel.resetCalls();
  const nomination = nominationForm(ws);
  const survey = createSurveyForm(ws);
  setSetting(ws, 'URL Formulir Penjaringan', ws.forms.view(nomination).editUrl);
  ws.ui.answerNext('YES', 'YES');
  ws.run('menuHubungkanFormulirPenjaringan');
  ws.run('menuHubungkanFormulirSurvei');
  ws.forms.submit(nomination, ballot(pns[0], pns[1].nama, pns[2].nama));
  ws.forms.submit(nomination, ballot(pns[3], pns[1].nama));
  ws.forms.submit(survey, surveyAnswers(SURVEY_UNITS[0], [4, 3, 4, 2, 4]));
  ws.forms.submit(survey, surveyAnswers(SURVEY_UNITS[1], [2, 2, 3, 1, 1]));
  ws.run('menuSinkronkanUlangPenjaringan');
  ws.run('menuPeriksaDataPegawai');
  ws.run('menuSiapkanPenilaian');
  ws.run('menuSiapkanPenilaian'); // the second time nothing needs rewriting
  ws.run('menuStatusBantuan');
  ws.ui.clear();
  writes = writeCalls(ws);
  ws.run('menuUjiKesiapan');
  ws.ui.clear();
  return ws;
}

/**
 * Every sheet but the two that say how the reads went (Log Kesalahan, Uji Kesiapan); the fake's
 * clock moves with every call, so a time is compared as being a time.
 */
function workSheets(ws: Workspace) {
  return ws.sheets
    .sheetNames(ws.spreadsheetId)
    .filter((n) => n !== SHEETS.errors && n !== SHEETS.readiness)
    .map((n) => [n, ws.sheets.snapshot(ws.spreadsheetId, n)?.values.map((r) => r.map((v) => (v instanceof Date || Object.prototype.toString.call(v) === '[object Date]' ? 'waktu' : v)))]);
}

const noticeRows = (ws: Workspace) => (sheetValues(ws, SHEETS.errors) ?? []).slice(1).filter((r) => NOTICE.test(String(r[2])));

function readinessRow(ws: Workspace): string[] {
  const row = (sheetValues(ws, SHEETS.readiness) ?? []).find((r) => String(r[0]) === 'Membaca seluruh lembar (getSheetValues dengan -1)');
  return (row ?? []).map(String);
}

describe('sheets read right whatever getSheetValues does with -1', () => {
  const baseline = workDay('data');
  const baselineWrites = writes;

  it('the baseline counts what was submitted (so the comparison below means something)', () => {
    expect(baseline.kernel.failedExecutions).toEqual([]);
    expect(tallyRows(baseline).map((r) => [r.nip.replace(/\D/g, ''), r.votes])).toEqual([
      [pns[1].nip, 2],
      [pns[2].nip, 1],
    ]);
    expect((sheetValues(baseline, SHEETS.surveyResults) ?? []).length).toBe(3);
    expect((sheetValues(baseline, SHEETS.assessment) ?? []).length).toBeGreaterThan(3);
    expect(Object.keys(baselineWrites).length).toBeGreaterThan(3);
    expect(noticeRows(baseline)).toEqual([]);
    expect(readinessRow(baseline).slice(1, 3)).toEqual(['OK', 'getSheetValues(1, 1, -1, -1) memberi tepat kotak data (2 baris × 3 kolom) dalam satu panggilan.']);
  });

  for (const mode of MODES.filter((m) => m !== 'data')) {
    it(`'${mode}': the same sheets as with the data rectangle, nothing failed`, () => {
      const ws = workDay(mode);
      expect(ws.kernel.failedExecutions).toEqual([]);
      expect(workSheets(ws)).toEqual(workSheets(baseline));
      // …written with the same calls: no blank row of a whole grid taken for data to lay out again.
      // ('throws': one more setValues, the one Log Kesalahan row saying so.)
      const setValues = 'SpreadsheetApp.Range.setValues';
      expect(writes).toEqual(mode === 'throws' ? { ...baselineWrites, [setValues]: baselineWrites[setValues] + noticeRows(ws).length } : baselineWrites);
    });
  }

  it("'throws': said once in Log Kesalahan (not at every execution), with Google's words and that nothing is lost", () => {
    const ws = workDay('throws');
    const rows = noticeRows(ws);
    expect(rows).toHaveLength(1);
    expect(String(rows[0][1])).toBe('Membaca lembar');
    expect(String(rows[0][2])).toContain('("The number of rows in the range must be at least 1.")');
    expect(String(rows[0][3])).toContain('tidak ada data yang hilang');
    expect(readinessRow(ws).slice(1, 3)).toEqual(['OK', expect.stringContaining('Google menolak getSheetValues(1, 1, -1, -1)')]);
  });

  it("'grid': nothing logged; Uji Kesiapan says the whole grid came back and is trimmed", () => {
    const ws = workDay('grid');
    expect(noticeRows(ws)).toEqual([]);
    expect(readinessRow(ws).slice(1, 3)).toEqual(['OK', expect.stringMatching(/seluruh kisi lembar \(\d+ baris × \d+ kolom/)]);
  });
});
