/**
 * K4: the product finds its sheets by the mark it leaves on them (developer metadata),
 * not only by name. A sheet the team renamed keeps working — no new empty sheet is made beside
 * it, nothing it holds is dropped — and a deleted one is rebuilt from the records. Two marked
 * sheets and none with the name (a renamed sheet and its duplicate) are not guessed between.
 */
import { describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/core/schema';
import type { Workspace } from '../../src/offline/workspace/index';
import { assessment, choose, col, eligible, rowOf, typeScores, voteShortlist } from './assessment-helpers';
import { lastDialog, preparedWorkspace, sheetValues } from './helpers';
import { ballot, connected, errorRows, ledgerRows, pns, votesOf, pickCorrection } from './nominations-helpers';
import { connectedSurvey, results, surveyAnswers, SURVEY_UNITS } from './survey-helpers';

const [a, b, c, d] = pns;
const TEXT = 'Bu Yosi dari keuangan';
const rename = (ws: Workspace, from: string, to: string) => ws.sheets.userRenameSheet(ws.spreadsheetId, from, to);
const names = (ws: Workspace) => ws.sheets.sheetNames(ws.spreadsheetId);

function rowsOf(ws: Workspace, name: string): unknown[][] {
  return (sheetValues(ws, name) ?? []).slice(1).filter((r) => String(r[0]) !== '');
}

/** Two ballots naming TEXT; the team picks `c` for it in Koreksi Nama. */
function picked(): { ws: Workspace; formId: string; label: string } {
  const ws = preparedWorkspace();
  const formId = connected(ws);
  return { ws, formId, label: pickCorrection(ws, formId, TEXT, [a, b], c) };
}

describe('Koreksi Nama renamed by the team', () => {
  it('keeps working: no new empty sheet, the votes stay, the next text is added to it', () => {
    const { ws, formId, label } = picked();
    ws.run('menuSinkronkanUlangPenjaringan');
    expect(votesOf(ws, c)).toBe(2);
    rename(ws, SHEETS.corrections, 'Koreksi Nama (tim RB)');
    ws.forms.submit(formId, ballot(d, 'Pak Kepala Lab'));
    expect(votesOf(ws, c)).toBe(2);
    ws.run('menuSinkronkanUlangPenjaringan');
    expect(votesOf(ws, c)).toBe(2);
    expect(names(ws)).not.toContain(SHEETS.corrections);
    expect(rowsOf(ws, 'Koreksi Nama (tim RB)').map((r) => [r[0], r[1]])).toEqual([
      [TEXT, label],
      ['Pak Kepala Lab', ''],
    ]);
    expect(errorRows(ws)).toEqual([]);
  });
});

describe('every product sheet renamed keeps working', () => {
  it('Pengaturan, Pegawai, Log Surat Suara and Rekap Penjaringan: a submission and a re-sync write into the renamed sheets', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    ws.forms.submit(formId, ballot(a, b.nama, c.nama));
    for (const [from, to] of [
      [SHEETS.settings, 'Pengaturan 2026'],
      [SHEETS.roster, 'Data Pegawai'],
      [SHEETS.ballots, 'Jejak Usulan'],
      [SHEETS.tally, 'Hasil Penjaringan'],
    ]) rename(ws, from, to);
    ws.forms.submit(formId, ballot(d, b.nama));
    ws.run('menuSinkronkanUlangPenjaringan');
    expect(errorRows(ws)).toEqual([]);
    for (const name of [SHEETS.settings, SHEETS.roster, SHEETS.ballots, SHEETS.tally]) expect(names(ws)).not.toContain(name);
    expect(rowsOf(ws, 'Jejak Usulan')).toHaveLength(2);
    const tally = sheetValues(ws, 'Hasil Penjaringan') ?? [];
    const votes = tally.find((r) => String(r[2]).replace(/\D/g, '') === b.nip)?.[4];
    expect(votes).toBe(2);
  });

  it('Siapkan Lembar Kerja counts a renamed sheet as there (and makes no second one)', () => {
    const ws = preparedWorkspace();
    rename(ws, SHEETS.corrections, 'Koreksi');
    rename(ws, SHEETS.errors, 'Kesalahan');
    ws.run('menuSiapkanLembarKerja');
    expect(names(ws)).not.toContain(SHEETS.corrections);
    expect(names(ws)).not.toContain(SHEETS.errors);
    expect(lastDialog(ws)?.content).toContain('Koreksi Nama (sekarang bernama "Koreksi")');
  });

  it('Penilaian: scores, Ditetapkan and Peran stay in the renamed sheet through Siapkan Penilaian', () => {
    const ws = preparedWorkspace();
    const five = eligible.slice(0, 5);
    voteShortlist(ws, five);
    ws.run('menuSiapkanPenilaian');
    typeScores(ws, five[0], 0, [5, 5, 4, 4]);
    choose(ws, five[0], 'Katalis');
    const total = col(ws, 'Total');
    const row = rowOf(ws, five[0]);
    rename(ws, SHEETS.assessment, 'Penilaian Calon');
    ws.run('menuSiapkanPenilaian');
    expect(names(ws)).not.toContain(SHEETS.assessment);
    const v = sheetValues(ws, 'Penilaian Calon') ?? [];
    expect(v[row - 1][total]).toBe(18);
    expect(v[row - 1][total + 4]).toBe('Katalis');
    expect(assessment(ws).rows).toHaveLength(0); // nothing new under the old name
  });

  it('Hasil Survei and Ringkasan Survei: a submission writes into the renamed sheets', () => {
    const { ws, formId } = connectedSurvey();
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[0], [1, 2, 2, 1, 1]), { email: 'a@dinkes.go.id' });
    rename(ws, SHEETS.surveyResults, 'Skor Survei');
    rename(ws, SHEETS.surveySummary, 'Rangkuman');
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[1], [2, 2, 2, 2, 2]), { email: 'b@dinkes.go.id' });
    expect(names(ws)).not.toContain(SHEETS.surveyResults);
    expect(names(ws)).not.toContain(SHEETS.surveySummary);
    expect(results(ws)).toHaveLength(0);
    expect((sheetValues(ws, 'Skor Survei') ?? []).slice(1)).toHaveLength(2);
    expect(errorRows(ws)).toEqual([]);
  });
});

describe('a deleted product sheet is rebuilt from the records', () => {
  it('Log Surat Suara and Rekap Penjaringan deleted: the re-sync lays them out again from the Form', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    ws.forms.submit(formId, ballot(a, b.nama));
    ws.forms.submit(formId, ballot(c, b.nama));
    ws.sheets.userDeleteSheet(ws.spreadsheetId, SHEETS.ballots);
    ws.sheets.userDeleteSheet(ws.spreadsheetId, SHEETS.tally);
    ws.run('menuSinkronkanUlangPenjaringan');
    expect(ledgerRows(ws)).toHaveLength(2);
    expect(votesOf(ws, b)).toBe(2);
  });
});

describe('two marked sheets and none under the name', () => {
  it.each([true, false])('are not guessed between (duplicate copies the mark: %s)', (copiesMetadata) => {
    const { ws } = picked();
    ws.run('menuSinkronkanUlangPenjaringan');
    ws.sheets.userDuplicateSheet(ws.spreadsheetId, SHEETS.corrections, 'Salinan Koreksi', { copiesMetadata });
    rename(ws, SHEETS.corrections, 'Koreksi Lama');
    ws.run('menuSinkronkanUlangPenjaringan');
    if (copiesMetadata) {
      // Which one is the team's table is not guessed: the team is told, nothing is written.
      expect(lastDialog(ws)?.content).toContain('Ada 2 lembar');
      expect(lastDialog(ws)?.content).toContain('Beri nama "Koreksi Nama"');
    } else {
      expect(votesOf(ws, c)).toBe(2);
    }
    expect(names(ws)).not.toContain(SHEETS.corrections);
  });
});


