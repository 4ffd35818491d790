/**
 * The sheets a busy team reads (K1, K2). The tally's reasons are short and not
 * sensitive; the tie note is a banner above the table; unresolved texts in `Koreksi Nama` stand
 * by how often they occur; the survey chart stands in view next to its table; no tally row grows
 * tall; one date format per kind across sheets; the empty "Sheet1" a new spreadsheet starts with
 * does not stay first (and a tab that holds anything is never deleted).
 */
import { describe, expect, it } from 'vitest';
import { BANNER } from '../../src/core/nominations/tally-layout';
import { SHEETS, TALLY_HEADER_ROW } from '../../src/core/schema';
import { SHEET_DATE_FORMAT, SHEET_TIMESTAMP_FORMAT, wrappedLines } from '../../src/core/sheet-layout';
import { demoRoster, rosterRows } from '../../src/offline/demo/roster';
import type { SheetSnapshot, Workspace } from '../../src/offline/workspace/index';
import { loadedWorkspace, preparedWorkspace, sheetValues } from './helpers';
import { ballot, connected, pns, tallyBanner, tallyRows } from './nominations-helpers';
import { connectedSurvey, surveyAnswers, SURVEY_UNITS } from './survey-helpers';

const snap = (ws: Workspace, name: string): SheetSnapshot => ws.sheets.snapshot(ws.spreadsheetId, name)!;
const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

describe('Rekap Penjaringan: short reasons, a banner, rows one line high', () => {
  it('an ineligible favourite shows the level of the sanction only, never its text', () => {
    const ws = loadedWorkspace();
    ws.open();
    ws.run('menuSiapkanLembarKerja');
    const roster = demoRoster();
    const sanctioned = roster.find((e) => /pemotongan tunjangan/.test(e.hukuman))!;
    ws.sheets.userWrite(ws.spreadsheetId, SHEETS.roster, 1, 1, rosterRows(roster));
    const formId = connected(ws);
    for (const voter of pns.slice(30, 33)) ws.forms.submit(formId, ballot(voter, sanctioned.nama));
    const row = tallyRows(ws).find((r) => r.name === sanctioned.nama)!;
    expect(row).toMatchObject({ eligible: 'Tidak', reason: 'Hukuman disiplin sedang' });
    const everything = JSON.stringify(sheetValues(ws, SHEETS.tally));
    expect(everything).not.toContain(sanctioned.hukuman);
    expect(everything).not.toMatch(/tunjangan kinerja 25%/);
  });

  it('a tie at the cut-off is a banner above the table: row 1, across the table, wrapped, tall enough for its text, frozen', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    // Four people with 2 votes, three with 1: the fifth place is shared by three.
    const named = pns.slice(0, 7);
    const voters = pns.slice(40);
    let v = 0;
    for (const p of named.slice(0, 4)) for (let i = 0; i < 2; i++) ws.forms.submit(formId, ballot(voters[v++], p.nama));
    for (const p of named.slice(4)) ws.forms.submit(formId, ballot(voters[v++], p.nama));
    const banner = tallyBanner(ws).note;
    expect(banner).toMatch(/^PERHATIAN: 3 calon sama-sama memperoleh 1 suara di batas 5 besar/);
    const s = snap(ws, SHEETS.tally);
    expect(s.merges).toContain('A1:H1');
    expect(s.wraps.A1).toBe('WRAP');
    expect(s.backgrounds.A1).toBe('#fce8e6');
    expect(s.fontColors.A1).toBe('#a50e0e');
    const bannerWidth = [1, 2, 3, 4, 5, 6, 7, 8].reduce((w, c) => w + (s.columnWidths[c] ?? 100), 0);
    const lines = wrappedLines(banner, bannerWidth);
    expect(s.rowHeights[BANNER.noteRow]).toBeGreaterThanOrEqual(21 + (lines - 1) * 16);
    expect(s.frozenRows).toBe(TALLY_HEADER_ROW);
    expect(s.values[TALLY_HEADER_ROW - 1][0]).toBe('Peringkat');
  });

  it('no tally row is taller than one line, even with long suggestions and many problems', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    // Unresolved texts with three suggestions each, and an ambiguous one.
    for (const [i, text] of ['Maria', 'Yohanes', 'Agustina', 'Fransiska Taek Lona Sabu Bria Seran'].entries()) ws.forms.submit(formId, ballot(pns[50 + i], text, pns[0].nama));
    const s = snap(ws, SHEETS.tally);
    for (let r = TALLY_HEADER_ROW + 1; r <= s.values.length; r++) {
      expect(s.rowHeights[r] ?? 21, `row ${r}`).toBe(21);
      s.values[r - 1].forEach((v, c) => {
        const a1 = `${String.fromCharCode(65 + c)}${r}`;
        if (s.backgrounds[a1] === '#1f4e79') return; // a header cell (short, wraps inside its column)
        if (typeof v === 'string' && v.includes('\n')) expect(s.wraps[a1], a1).toBe('CLIP');
        if (s.wraps[a1] === 'WRAP') throw new Error(`${a1} wraps`);
      });
    }
    const saran = s.values.map((r) => String(r[12] ?? '')).filter((t) => t.includes(';'));
    expect(saran.length).toBeGreaterThan(0);
    expect(saran.every((t) => !t.includes('\n'))).toBe(true);
  });
});

describe('Koreksi Nama: the texts that occur most stand first', () => {
  it('sorts by count after each tally, and a team pick moves with its text', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    const voters = pns.slice(60);
    let v = 0;
    ws.forms.submit(formId, ballot(voters[v++], 'Nama Jarang'));
    for (let i = 0; i < 3; i++) ws.forms.submit(formId, ballot(voters[v++], 'Nama Sering'));
    for (let i = 0; i < 2; i++) ws.forms.submit(formId, ballot(voters[v++], 'Nama Sedang'));
    const texts = () => (sheetValues(ws, SHEETS.corrections) ?? []).slice(1).map((r) => [r[0], r[3]]);
    expect(texts()).toEqual([
      ['Nama Sering', 3],
      ['Nama Sedang', 2],
      ['Nama Jarang', 1],
    ]);
    // The team picks someone for the rare text; two more ballots make it the most frequent.
    const values = sheetValues(ws, SHEETS.corrections)!;
    const rare = values.findIndex((r) => r[0] === 'Nama Jarang');
    const pick = (snap(ws, SHEETS.corrections).validations.find((x) => x.range === `B${rare + 1}`)?.values[0] as string[])[0];
    ws.sheets.userWrite(ws.spreadsheetId, SHEETS.corrections, rare + 1, 2, [[pick]]);
    ws.sheets.userWrite(ws.spreadsheetId, SHEETS.corrections, rare + 1, 7, [['catatan tim']]);
    for (let i = 0; i < 3; i++) ws.forms.submit(formId, ballot(voters[v++], 'Nama Jarang'));
    const after = sheetValues(ws, SHEETS.corrections)!;
    expect(after.slice(1).map((r) => r[0])).toEqual(['Nama Jarang', 'Nama Sering', 'Nama Sedang']);
    expect(after[1][1]).toBe(pick);
    expect(after[1][6]).toBe('catatan tim');
    // Each row keeps the dropdown of its own text.
    const rowOf = (text: string) => after.findIndex((r) => r[0] === text) + 1;
    const list = (row: number) => snap(ws, SHEETS.corrections).validations.find((x) => x.range === `B${row}` || x.range.startsWith(`B${row}:`))?.values[0];
    expect(list(rowOf('Nama Jarang'))).toContain(pick);
  });
});

describe('Koreksi Nama: a row the tally names is the row it stands on after the sort', () => {
  it('a row not used, moved down by the run that sorts it, is quoted by its new row (and its text) in the tally and in its neighbour', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    const voters = pns.slice(60);
    let v = 0;
    ws.forms.submit(formId, ballot(voters[v++], 'Nama Jarang'));
    // The team types a NIP nobody in Pegawai has: the row is not used, and the tally says so.
    ws.sheets.userWrite(ws.spreadsheetId, SHEETS.corrections, 2, 3, [["'199001012015011999"]]);
    // Two rows for one text naming two people: the last (row 4) is used, row 3 names it.
    ws.sheets.userWrite(ws.spreadsheetId, SHEETS.corrections, 3, 1, [['Pak Kornelis', '', `'${pns[1].nip}`], ['PAK KORNELIS', '', `'${pns[2].nip}`]]);
    ws.forms.submit(formId, ballot(voters[v++], 'Pak Kornelis'));
    // Three ballots make a new text the most frequent: this run sorts it to the top.
    for (let i = 0; i < 3; i++) ws.forms.submit(formId, ballot(voters[v++], 'Nama Sering'));
    const rows = sheetValues(ws, SHEETS.corrections)!;
    const rowOf = (text: string) => rows.findIndex((r) => r[0] === text) + 1;
    expect(rows.slice(1).map((r) => r[0])).toEqual(['Nama Sering', 'Nama Jarang', 'Pak Kornelis', 'PAK KORNELIS']);
    const problems = tallyBanner(ws).problems;
    expect(problems).toContain(`${SHEETS.corrections} baris ${rowOf('Nama Jarang')} ("Nama Jarang") tidak dipakai: NIP 19900101 201501 1 999`);
    expect(problems).toContain(`${SHEETS.corrections} baris ${rowOf('Pak Kornelis')} ("Pak Kornelis") tidak dipakai: teks yang sama dikoreksi lagi di baris ${rowOf('PAK KORNELIS')}`);
    expect(String(rows[rowOf('Pak Kornelis') - 1][4])).toContain(`dikoreksi lagi di baris ${rowOf('PAK KORNELIS')} ke`);
    // The next run (no sort: already in order) quotes the same rows.
    ws.forms.submit(formId, ballot(voters[v++], 'Nama Sering'));
    expect(tallyBanner(ws).problems).toBe(problems);
  });
});

describe('Ringkasan Survei: the chart in view next to its table', () => {
  it('stands right under the per-period table from column A, over blank rows, inside a 1366-px laptop screen', () => {
    const { ws, formId } = connectedSurvey();
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[0], [1, 2, 2, 1, 1]), { email: 'a@dinkes.go.id' });
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[1], [3, 3, 4, 2, 2]), { email: 'b@dinkes.go.id' });
    const s = snap(ws, SHEETS.surveySummary);
    expect(s.charts).toHaveLength(1);
    const [chart] = s.charts;
    const period = s.values.findIndex((r) => String(r[0]).startsWith('Per Periode'));
    const firstBlank = s.values.findIndex((r, i) => i > period + 1 && r.every((c) => c === ''));
    expect(chart.position.column).toBe(1);
    expect(chart.position.row).toBeGreaterThan(period + 2);
    expect(chart.position.row).toBeLessThanOrEqual(firstBlank + 2);
    const height = Number(chart.options.height);
    const width = Number(chart.options.width);
    const rowsCovered = Math.ceil((height + chart.position.offsetY) / 21);
    for (let r = chart.position.row; r < chart.position.row + rowsCovered; r++) {
      expect(s.values[r - 1]?.every((c) => c === '') ?? true, `row ${r} under the chart`).toBe(true);
    }
    // Sheets' grid on a 1366 × 768 laptop: about 1,300 px wide after the row numbers.
    expect(chart.position.offsetX + width).toBeLessThanOrEqual(1300);
    expect(chart.position.row * 21).toBeLessThan(30 * 21);
  });
});

describe('Ringkasan Survei: only the header rows wrap', () => {
  /** Every row of the summary: header cells from column C on wrap, no other cell does. */
  function expectHeaderWrapsOnly(ws: Workspace): void {
    const s = snap(ws, SHEETS.surveySummary);
    let headers = 0;
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const a1 = `${String.fromCharCode(65 + c)}${r + 1}`;
        const header = s.backgrounds[a1] === '#d9e2f3';
        if (header && c >= 2) {
          headers++;
          expect(s.wraps[a1], a1).toBe('WRAP');
        } else expect(s.wraps[a1], `${a1} ${String(v)}`).not.toBe('WRAP');
      }),
    );
    expect(headers).toBeGreaterThan(10);
  }

  it('an aspect in column C of a question row stays one line, the figures\' headers wrap; also after the block grows', () => {
    const { ws, formId } = connectedSurvey();
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[0], [1, 2, 2, 1, 1]), { email: 'a@dinkes.go.id' });
    const rows = sheetValues(ws, SHEETS.surveySummary)!;
    const questions = rows.findIndex((r) => String(r[0]).startsWith('Rata-rata per Pertanyaan'));
    expect(rows[questions + 1].slice(0, 3)).toEqual(['No', 'Pertanyaan', 'Aspek']);
    // The aspect is long (a whole sentence) in a 100-px column: wrapped, it would spill over the rows below.
    expect(String(rows[questions + 2][2]).length).toBeGreaterThan(40);
    expectHeaderWrapsOnly(ws);
    // A new unit adds a row: the per-question table moves down one row, its wraps with it.
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[1], [3, 3, 4, 2, 2]), { email: 'b@dinkes.go.id' });
    expect(sheetValues(ws, SHEETS.surveySummary)!.findIndex((r) => String(r[0]).startsWith('Rata-rata per Pertanyaan'))).toBe(questions + 1);
    expectHeaderWrapsOnly(ws);
  });
});

describe('one date format per kind across the sheets', () => {
  it('every date cell the product wrote reads "27/11/2026" or "27/11/2026 09.15"', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    ws.forms.submit(formId, ballot(pns[0], pns[1].nama));
    // A run that fails writes its time into Log Kesalahan.
    ws.sheets.userDeleteSheet(ws.spreadsheetId, SHEETS.roster);
    ws.forms.submit(formId, ballot(pns[2], pns[3].nama));
    expect((sheetValues(ws, SHEETS.errors) ?? []).length).toBeGreaterThan(1);
    const survey = connectedSurvey();
    survey.ws.forms.submit(survey.formId, surveyAnswers(SURVEY_UNITS[0], [1, 2, 2, 1, 1]), { email: 'a@dinkes.go.id' });
    let dates = 0;
    for (const w of [ws, survey.ws]) {
      for (const name of w.sheets.sheetNames(w.spreadsheetId)) {
        const s = snap(w, name);
        const shown = w.sheets.displayValues(w.spreadsheetId, name);
        s.values.forEach((row, r) =>
          row.forEach((v, c) => {
            if (!isDate(v)) return;
            dates++;
            const a1 = `${String.fromCharCode(65 + c)}${r + 1}`;
            expect([SHEET_DATE_FORMAT, SHEET_TIMESTAMP_FORMAT], `${name}!${a1}`).toContain(s.numberFormats[a1]);
            expect(shown[r][c], `${name}!${a1}`).toMatch(/^\d\d\/\d\d\/\d{4}( \d\d\.\d\d)?$/);
          }),
        );
      }
    }
    expect(dates).toBeGreaterThanOrEqual(5);
    const summary = String(sheetValues(survey.ws, SHEETS.surveySummary)![1][0]);
    expect(summary).toMatch(/^Diperbarui \d\d\/\d\d\/\d{4} \d\d\.\d\d WITA\./);
  });
});

describe('the empty tab a new spreadsheet starts with', () => {
  it.each(['Sheet1', 'Lembar1', 'Sheet 1'])('"%s", empty and untouched, is removed by Siapkan Lembar Kerja (and it says so)', (name) => {
    const ws = loadedWorkspace();
    const SpreadsheetApp = ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    if (name !== 'Sheet1') SpreadsheetApp.getActive().getSheets()[0].setName(name);
    ws.open();
    ws.run('menuSiapkanLembarKerja');
    const names = ws.sheets.sheetNames(ws.spreadsheetId);
    expect(names).not.toContain(name);
    expect(names[0]).toBe(SHEETS.settings);
    const shown = ws.ui.shown();
    expect(shown[shown.length - 1].content).toContain(`Lembar kosong bawaan spreadsheet dihapus: ${name}.`);
  });

  type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
  type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  it.each<[string, (s: Sheet, app: App) => unknown]>([
    ['a value', (s) => s.getRange('C7').setValue('catatan')],
    ['a chart', (s) => s.insertChart(s.newChart().addRange(s.getRange('A1:B2')).setPosition(1, 1, 0, 0).build())],
    ['a protection', (s) => s.protect()],
    ['a conditional rule', (s, app) => s.setConditionalFormatRules([app.newConditionalFormatRule().whenCellNotEmpty().setBackground('#ff0000').setRanges([s.getRange('A1')]).build()])],
  ])('a "Sheet1" that holds %s is never deleted', (_what, touch) => {
    const ws = loadedWorkspace();
    const SpreadsheetApp = ws.globals.SpreadsheetApp as App;
    touch(SpreadsheetApp.getActive().getSheetByName('Sheet1')!, SpreadsheetApp);
    ws.open();
    ws.run('menuSiapkanLembarKerja');
    expect(ws.sheets.sheetNames(ws.spreadsheetId)).toContain('Sheet1');
  });

  it('a second run of Siapkan Lembar Kerja removes nothing', () => {
    const ws = loadedWorkspace();
    ws.open();
    ws.run('menuSiapkanLembarKerja');
    const before = ws.sheets.sheetNames(ws.spreadsheetId);
    ws.run('menuSiapkanLembarKerja');
    expect(ws.sheets.sheetNames(ws.spreadsheetId)).toEqual(before);
  });
});
