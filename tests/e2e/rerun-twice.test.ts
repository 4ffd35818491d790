/**
 * Re-running gives the same sheets (K1, K2) — for what an office's campaign adds (a filled NIP
 * in Koreksi Nama, a renamed product sheet, the team's columns in Penilaian, a computed sheet laid
 * out whole): after the first round, a second run of each menu, in any order, changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { isDate } from '../../src/core/cells';
import { SHEETS } from '../../src/core/schema';
import type { Workspace } from '../../src/offline/workspace/index';
import { col, eligible, rowOf } from './assessment-helpers';
import { preparedWorkspace, sheetValues } from './helpers';
import { ballot, connected, pickCorrection, roster, setSetting, tallyRows, votesOf } from './nominations-helpers';
import { connectedSurvey, results, surveyAnswers, SURVEY_UNITS } from './survey-helpers';

/** Every sheet of the summary spreadsheet, with the times of the run (which move) blanked. */
function view(ws: Workspace): Record<string, unknown> {
  const clean = (v: unknown) =>
    isDate(v) ? '(waktu)' : typeof v === 'string' ? (/^\d{4}-\d\d-\d\dT/.test(v) ? '(waktu)' : v.replace(/^Diperbarui .*? WITA\./, 'Diperbarui (waktu).')) : v;
  return Object.fromEntries(ws.sheets.sheetNames(ws.spreadsheetId).map((n) => [n, sheetValues(ws, n)?.map((r) => r.map(clean))]));
}

const five = eligible.slice(0, 5);
/** Voters: roster people who are not candidates, each voting once. */
const voters = roster.filter((e) => e.nip.length === 18 && !five.includes(e));
const RENAMED = 'Koreksi (tim)';

/**
 * A campaign as an office runs it: ballots for five candidates (5, 4, 3, 2, 1 votes), two more votes
 * for the fifth through a correction the team picked, Koreksi Nama renamed, a row invented under
 * Rekap Penjaringan, Penilaian prepared and a team column typed right of Keterangan.
 */
function campaign(): Workspace {
  const ws = preparedWorkspace();
  const formId = connected(ws);
  setSetting(ws, 'Jumlah Daftar Pendek', '5');
  let v = 0;
  five.forEach((e, i) => {
    for (let k = 0; k < 5 - i; k++) ws.forms.submit(formId, ballot(voters[v++], e.nip));
  });
  pickCorrection(ws, formId, 'Bu Candidate dari keuangan', [voters[v], voters[v + 1]], five[4]);
  ws.sheets.userRenameSheet(ws.spreadsheetId, SHEETS.corrections, RENAMED);
  const rekap = sheetValues(ws, SHEETS.tally) ?? [];
  ws.sheets.userWrite(ws.spreadsheetId, SHEETS.tally, rekap.length + 2, 1, [['', 'Orang Karangan', '', '', 50, 'Ya', '', 'Ya']]);
  ws.run('menuSiapkanPenilaian');
  const keterangan = col(ws, 'Keterangan') + 1;
  ws.sheets.userWrite(ws.spreadsheetId, SHEETS.assessment, 2, keterangan + 1, [['Catatan Tim']]);
  ws.sheets.userWrite(ws.spreadsheetId, SHEETS.assessment, rowOf(ws, five[1]), keterangan + 1, [['lihat berkas']]);
  return ws;
}

const RESYNC = 'menuSinkronkanUlangPenjaringan';
const PREPARE = 'menuSiapkanPenilaian';

describe('the second run changes nothing', () => {
  it.each([
    ['re-sync, then Siapkan Penilaian, each twice', [RESYNC, RESYNC, PREPARE, PREPARE]],
    ['Siapkan Penilaian, then re-sync, each twice', [PREPARE, PREPARE, RESYNC, RESYNC]],
    ['the two alternating', [RESYNC, PREPARE, RESYNC, PREPARE]],
  ])('%s', (_, order) => {
    const ws = campaign();
    // The first round settles what the office did (the invented row goes, the pick's NIP is kept).
    ws.run(RESYNC);
    ws.run(PREPARE);
    const once = view(ws);
    expect(JSON.stringify(once[SHEETS.tally])).not.toContain('Orang Karangan');
    expect(tallyRows(ws).map((r) => r.votes)).toEqual([5, 4, 3, 3, 2]);
    // The fifth: one ballot by NIP, two through the team's pick in Koreksi Nama.
    expect(votesOf(ws, five[4])).toBe(3);
    for (const menu of order) {
      ws.run(menu);
      expect(view(ws), `after ${menu}`).toEqual(once);
    }
    expect(String((sheetValues(ws, RENAMED) ?? [])[1][2]).replace(/\D/g, '')).toBe(five[4].nip);
    const notes = sheetValues(ws, SHEETS.assessment) ?? [];
    expect(notes[rowOf(ws, five[1]) - 1][col(ws, 'Keterangan') + 1]).toBe('lihat berkas');
    expect(ws.sheets.sheetNames(ws.spreadsheetId).filter((n) => /^Koreksi/.test(n))).toEqual([RENAMED]);
  });

  it('survey re-sync twice gives the same Hasil Survei and Ringkasan Survei', () => {
    const { ws, formId } = connectedSurvey();
    for (let i = 0; i < 6; i++) ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[i % SURVEY_UNITS.length], [1 + (i % 4), 2, 1 + (i % 3), 4, 1]), { at: ws.kernel.now() - (6 - i) * 60_000 });
    ws.run('menuSinkronkanUlangSurvei');
    const once = view(ws);
    expect(results(ws)).toHaveLength(6);
    ws.run('menuSinkronkanUlangSurvei');
    expect(view(ws)).toEqual(once);
    ws.run('menuSinkronkanUlangSurvei');
    expect(view(ws)).toEqual(once);
  });
});
