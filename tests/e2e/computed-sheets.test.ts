/**
 * `Rekap Penjaringan` is a computed sheet (K1). What a person types into it (an invented
 * row below the table, a changed vote) is gone at the next write, because every write lays out
 * the whole sheet; and `Penilaian` takes its candidates from the product's records (the ballots
 * in `Log Surat Suara`, decided again with today's roster), never from the sheet's cells.
 */
import { describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/core/schema';
import type { Workspace } from '../../src/offline/workspace/index';
import { assessment, eligible, voteShortlist } from './assessment-helpers';
import { preparedWorkspace, sheetValues } from './helpers';
import { ballot, connected, pns, tallyRows } from './nominations-helpers';
import { connectedSurvey, results, surveyAnswers, SURVEY_UNITS } from './survey-helpers';

const five = eligible.slice(0, 5);

/** The team types an invented candidate under the ranking table, and changes a vote. */
function tamper(ws: Workspace): void {
  const rows = tallyRows(ws);
  ws.sheets.userWrite(ws.spreadsheetId, SHEETS.tally, rows.length + 2, 1, [[rows.length + 1, 'Orang Karangan', '', 'Sekretariat', 50, 'Ya', '', 'Ya']]);
  ws.sheets.userWrite(ws.spreadsheetId, SHEETS.tally, 2, 5, [[99]]);
  ws.sheets.userWrite(ws.spreadsheetId, SHEETS.tally, 40, 3, [['catatan lepas']]);
}

describe('Rekap Penjaringan is laid out whole at every write', () => {
  it('an invented row, a changed vote and a stray cell are gone at the next submission', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    const at = ws.kernel.now() - 86_400_000;
    ws.forms.submit(formId, ballot(pns[0], pns[1].nama, pns[2].nama), { at });
    ws.forms.submit(formId, ballot(pns[3], pns[1].nama), { at: at + 1000 });
    const clean = sheetValues(ws, SHEETS.tally);
    tamper(ws);
    ws.forms.submit(formId, ballot(pns[4], pns[5].nama), { at: at + 2000 });
    const rows = tallyRows(ws);
    expect(rows.map((r) => r.name)).not.toContain('Orang Karangan');
    expect(rows.find((r) => r.nip.replace(/\D/g, '') === pns[1].nip)?.votes).toBe(2);
    const values = sheetValues(ws, SHEETS.tally) ?? [];
    expect(values.flat()).not.toContain('catatan lepas');
    expect(values.flat()).not.toContain(99);
    expect(rows).toHaveLength(3);
    expect(clean?.length).toBeLessThanOrEqual(values.length);
  });

  it('and at the next re-sync', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    ws.forms.submit(formId, ballot(pns[0], pns[1].nama, pns[2].nama));
    tamper(ws);
    ws.run('menuSinkronkanUlangPenjaringan');
    expect(tallyRows(ws).map((r) => r.name)).not.toContain('Orang Karangan');
    expect((sheetValues(ws, SHEETS.tally) ?? []).flat()).not.toContain('catatan lepas');
  });
});

describe('Penilaian takes its candidates from the records, not from Rekap Penjaringan’s cells', () => {
  it('a row typed under the tally never becomes a candidate, a typed vote never moves anyone', () => {
    const ws = preparedWorkspace();
    voteShortlist(ws, five);
    tamper(ws);
    // Siapkan Penilaian right after the typing: no nomination run in between.
    ws.run('menuSiapkanPenilaian');
    const a = assessment(ws);
    expect(a.rows.map((r) => r[2])).toEqual(five.map((e) => e.nama));
    expect(a.rows.map((r) => r[4])).toEqual([20, 19, 18, 17, 16]);
  });

  it('a candidate row cleared from the tally by hand is still assessed', () => {
    const ws = preparedWorkspace();
    voteShortlist(ws, five);
    // The team deletes the first candidate's row from the tally sheet.
    const width = (sheetValues(ws, SHEETS.tally) ?? [])[1].length;
    ws.sheets.userWrite(ws.spreadsheetId, SHEETS.tally, 2, 1, [new Array(width).fill('')]);
    ws.run('menuSiapkanPenilaian');
    expect(assessment(ws).rows.map((r) => r[2])).toEqual(five.map((e) => e.nama));
  });
});

describe('the survey’s computed sheets are laid out whole too', () => {
  it('a row typed under Ringkasan Survei or Hasil Survei is gone at the next submission', () => {
    const { ws, formId } = connectedSurvey();
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[0], [1, 2, 2, 1, 1]), { email: 'a@dinkes.go.id' });
    const summaryRows = (sheetValues(ws, SHEETS.surveySummary) ?? []).length;
    ws.sheets.userWrite(ws.spreadsheetId, SHEETS.surveySummary, summaryRows + 3, 1, [['Catatan karangan', 99]]);
    ws.sheets.userWrite(ws.spreadsheetId, SHEETS.surveyResults, 6, 2, [['baris karangan']]);
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[1], [2, 2, 2, 2, 2]), { email: 'b@dinkes.go.id' });
    expect((sheetValues(ws, SHEETS.surveySummary) ?? []).flat()).not.toContain('Catatan karangan');
    expect((sheetValues(ws, SHEETS.surveyResults) ?? []).flat()).not.toContain('baris karangan');
    expect(results(ws)).toHaveLength(2);
  });
});
