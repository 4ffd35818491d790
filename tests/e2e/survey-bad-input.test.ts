import { describe, expect, it } from 'vitest';
import { witaToMs } from '../../src/core/dates';
import { SHEETS } from '../../src/core/schema';
import { setSetting, surveyFormSpec } from '../../src/offline/demo/survey';
import { lastDialog, sheetValues } from './helpers';
import { connectedSurvey, errorLog, Q, results, summaryCell, surveyAnswers, surveyWorkspace, SURVEY_UNITS } from './survey-helpers';

describe('an unanswered scored question', () => {
  it('makes the response TIDAK LENGKAP, names the question, and never gives it a band or a total', () => {
    const { ws, formId } = connectedSurvey();
    // Q3 skipped: with the other answers at 1 the total would read 4, "better" than BAIK.
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[0], [1, 1, 0, 1, 1]));
    const [row] = results(ws);
    expect(row.Kategori).toBe('TIDAK LENGKAP');
    expect(row.Total).toBe('');
    expect(row.Rekomendasi).toBe('');
    expect(row[Q[2]]).toBe('');
    expect(String(row.Keterangan)).toContain(`Pertanyaan "${Q[2]}" tidak dijawab.`);
    expect(summaryCell(ws, 'Distribusi Kategori', 'Semua', 'BAIK')).toBe(0);
    expect(summaryCell(ws, 'Distribusi Kategori', 'Semua', 'TIDAK LENGKAP')).toBe(1);
    expect(summaryCell(ws, 'Distribusi Kategori', 'Semua', 'Rata-rata Total')).toBe('');
  });
});

describe('an option without a number and no choice list to fall back on', () => {
  it('is listed as unparseable with the question named; a numbered answer to the same question scores', () => {
    const spec = surveyFormSpec();
    const extra = 'Kebersihan ruang kerja (tulis angka 1–4)';
    spec.items.splice(spec.items.length - 1, 0, { kind: 'TEXT', title: extra });
    const { ws, formId } = surveyWorkspace({}, spec);
    ws.run('menuHubungkanFormulirSurvei');
    // The team adds the short-answer question to the scored list: it has no choice list.
    setSetting(ws, 'Pertanyaan Survei Dinilai', [...Q, extra].join('\n'));
    ws.forms.submit(formId, { ...surveyAnswers(SURVEY_UNITS[0], [1, 1, 1, 1, 1]), [extra]: 'Baik sekali' });
    ws.forms.submit(formId, { ...surveyAnswers(SURVEY_UNITS[0], [1, 1, 1, 1, 1]), [extra]: '2' });
    const [bad, good] = results(ws);
    expect(bad.Kategori).toBe('TIDAK LENGKAP');
    expect(String(bad.Keterangan)).toContain(`Jawaban "Baik sekali" pada pertanyaan "${extra}" tidak dapat dinilai`);
    expect(String(bad.Keterangan)).toContain('daftar pilihan pertanyaan ini tidak diketahui');
    expect([good[extra], good.Total, good['Skor Setara 5 Pertanyaan'], good.Kategori]).toEqual([2, 7, 5.8333, 'BAIK']);
  });
});

describe('the Form changed after connecting', () => {
  it('a question added with numbered options is reported once in Log Kesalahan and not scored until listed', () => {
    const { ws, formId } = connectedSurvey();
    const added = 'Pimpinan terbuka terhadap masukan';
    ws.forms.addItem(formId, { kind: 'MULTIPLE_CHOICE', title: added, choices: ['1 - Selalu', '2 - Sering', '3 - Jarang', '4 - Tidak pernah'] });
    ws.forms.submit(formId, { ...surveyAnswers(SURVEY_UNITS[0], [1, 1, 1, 1, 1]), [added]: '4 - Tidak pernah' });
    ws.forms.submit(formId, { ...surveyAnswers(SURVEY_UNITS[0], [1, 1, 1, 1, 2]), [added]: '4 - Tidak pernah' });
    expect(results(ws).map((r) => [r.Total, r.Kategori])).toEqual([
      [5, 'BAIK'],
      [6, 'BAIK'],
    ]);
    const notes = errorLog(ws).filter((r) => r[2].includes(added));
    expect(notes).toHaveLength(1);
    expect(notes[0][2]).toMatch(/belum tercantum di "Pertanyaan Survei Dinilai"/);

    setSetting(ws, 'Pertanyaan Survei Dinilai', [...Q, added].join('\n'));
    ws.run('menuSinkronkanUlangSurvei');
    expect(results(ws).map((r) => [r.Total, r['Skor Setara 5 Pertanyaan'], r.Kategori])).toEqual([
      [9, 7.5, 'BELUM BAIK'],
      [10, 8.3333, 'BELUM BAIK'],
    ]);
  });

  it('a scored question removed from the Form makes new responses TIDAK LENGKAP with the reason, until Pengaturan is corrected', () => {
    const { ws, formId } = connectedSurvey();
    ws.forms.deleteItem(formId, Q[4]);
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[0], [1, 1, 1, 2]));
    const [row] = results(ws);
    expect(row.Kategori).toBe('TIDAK LENGKAP');
    expect(String(row.Keterangan)).toContain(`Pertanyaan "${Q[4]}" tidak ada lagi di formulir`);
    expect(errorLog(ws).some((r) => r[2].includes(`"${Q[4]}" tercantum di Pengaturan tetapi tidak ada lagi di formulir`))).toBe(true);

    setSetting(ws, 'Pertanyaan Survei Dinilai', Q.slice(0, 4).join('\n'));
    ws.run('menuSinkronkanUlangSurvei');
    const [again] = results(ws);
    expect(Object.keys(again)).not.toContain(Q[4]);
    expect([again.Total, again['Skor Setara 5 Pertanyaan'], again.Kategori]).toEqual([5, 6.25, 'BELUM BAIK']);
  });
});

describe('a respondent answering twice', () => {
  it('in the same semester: only the latest counts, the earlier is listed as superseded', () => {
    const { ws, formId } = connectedSurvey();
    const email = 'Maria.Lake@dinkes.go.id';
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[0], [4, 4, 4, 4, 4]), { email, at: witaToMs(2026, 8, 1, 9) });
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[1], [1, 1, 1, 1, 1]), { email: 'lain@dinkes.go.id', at: witaToMs(2026, 8, 2, 9) });
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[0], [1, 1, 1, 1, 2]), { email, at: witaToMs(2026, 9, 1, 9) });
    const rows = results(ws);
    expect(rows.map((r) => r.Status)).toEqual(['Digantikan', 'Dihitung', 'Dihitung']);
    expect(String(rows[0].Keterangan)).toMatch(/^digantikan: maria\.lake@dinkes\.go\.id mengisi lagi/);
    expect(summaryCell(ws, 'Distribusi Kategori', 'Semua', 'Jumlah Respons')).toBe(2);
    expect(summaryCell(ws, 'Distribusi Kategori', 'Semua', 'TIDAK BAIK')).toBe(0);
    expect(summaryCell(ws, 'Distribusi Kategori', 'Semua', 'BAIK')).toBe(2);
  });

  it('in different semesters both count', () => {
    const { ws, formId } = connectedSurvey();
    const email = 'maria.lake@dinkes.go.id';
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[0], [4, 4, 4, 4, 4]), { email, at: witaToMs(2026, 5, 1, 9) });
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[0], [1, 1, 1, 1, 1]), { email, at: witaToMs(2026, 9, 1, 9) });
    expect(results(ws).map((r) => r.Status)).toEqual(['Dihitung', 'Dihitung']);
  });
});

describe('formula text in a comment', () => {
  it('stays text in Hasil Survei (no formula runs in the team’s sheet)', () => {
    // Unit Kerja typed as short answer here, so it can hold formula text too.
    const spec = surveyFormSpec();
    spec.items[0] = { kind: 'TEXT', title: 'Unit Kerja' };
    const { ws, formId } = surveyWorkspace({}, spec);
    ws.run('menuHubungkanFormulirSurvei');
    const formula = '=IMPORTXML("http://contoh.test/x","//a")';
    ws.forms.submit(formId, surveyAnswers('=HYPERLINK("http://contoh.test")', [1, 1, 1, 1, 1], formula));
    const snap = ws.sheets.snapshot(ws.spreadsheetId, SHEETS.surveyResults)!;
    const header = snap.values[0] as string[];
    expect(snap.values[1][header.indexOf('Komentar')]).toBe(formula);
    expect(snap.values[1][header.indexOf('Unit Kerja')]).toBe('=HYPERLINK("http://contoh.test")');
    expect(snap.formulas.flat().filter((f) => f !== '')).toEqual([]);
    expect(ws.sheets.snapshot(ws.spreadsheetId, SHEETS.surveySummary)!.formulas.flat().filter((f) => f !== '')).toEqual([]);
  });
});

describe('a band table edited into nonsense', () => {
  function broken() {
    const { ws, formId } = connectedSurvey();
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[0], [1, 1, 1, 1, 1]));
    const settings = sheetValues(ws, SHEETS.settings)!;
    const row = (label: string) => settings.findIndex((r) => r[2] === label) + 1;
    // BELUM BAIK now starts at 8 (7 belongs nowhere) and KURANG BAIK reaches 14 (overlaps TIDAK BAIK).
    ws.sheets.userWrite(ws.spreadsheetId, SHEETS.settings, row('BELUM BAIK'), 1, [[8]]);
    ws.sheets.userWrite(ws.spreadsheetId, SHEETS.settings, row('KURANG BAIK'), 2, [[14]]);
    return { ws, formId, rows: { baik: row('BAIK'), belum: row('BELUM BAIK'), kurang: row('KURANG BAIK'), tidak: row('TIDAK BAIK') } };
  }

  it('in a submission: Log Kesalahan names the rows and nothing is written; the response is written once the table is fixed', () => {
    const { ws, formId, rows } = broken();
    const before = sheetValues(ws, SHEETS.surveyResults);
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[1], [2, 2, 2, 2, 2]));
    expect(sheetValues(ws, SHEETS.surveyResults)).toEqual(before);
    const message = errorLog(ws).map((r) => r[2]).join('\n');
    expect(message).toContain(`Ada celah antara baris ${rows.baik} (5–6) dan baris ${rows.belum} (8–9)`);
    expect(message).toContain(`Baris ${rows.kurang} dan ${rows.tidak} tumpang tindih`);

    ws.sheets.userWrite(ws.spreadsheetId, SHEETS.settings, rows.belum, 1, [[7]]);
    ws.sheets.userWrite(ws.spreadsheetId, SHEETS.settings, rows.kurang, 2, [[13]]);
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[2], [4, 4, 4, 4, 4]));
    expect(results(ws).map((r) => [r['Unit Kerja'], r.Kategori])).toEqual([
      [SURVEY_UNITS[0], 'BAIK'],
      [SURVEY_UNITS[1], 'KURANG BAIK'],
      [SURVEY_UNITS[2], 'TIDAK BAIK'],
    ]);
  });

  it('in Sinkronkan Ulang Survei: a dialog names the rows and the sheets stay as they were', () => {
    const { ws, rows } = broken();
    const before = sheetValues(ws, SHEETS.surveyResults);
    ws.run('menuSinkronkanUlangSurvei');
    const dialog = lastDialog(ws)!;
    expect(dialog.content).toContain(`baris ${rows.belum}`);
    expect(dialog.content).toContain(`Baris ${rows.kurang} dan ${rows.tidak} tumpang tindih`);
    expect(dialog.content).toContain('Tidak ada hasil yang ditulis');
    expect(sheetValues(ws, SHEETS.surveyResults)).toEqual(before);
  });

  it.each([
    { what: 'a label deleted', col: 3, value: '', expected: /Kategori kosong/ },
    { what: 'text as a number', col: 1, value: 'tujuh', expected: /Skor Minimal "tujuh" bukan angka/ },
    { what: 'min above max', col: 2, value: 5, expected: /Skor Minimal 7 lebih besar dari Skor Maksimal 5/ },
  ])('$what is refused with the row named', ({ col, value, expected }) => {
    const { ws } = connectedSurvey();
    const settings = sheetValues(ws, SHEETS.settings)!;
    const row = settings.findIndex((r) => r[2] === 'BELUM BAIK') + 1;
    ws.sheets.userWrite(ws.spreadsheetId, SHEETS.settings, row, col, [[value]]);
    ws.run('menuSinkronkanUlangSurvei');
    expect(lastDialog(ws)!.content).toMatch(expected);
    expect(lastDialog(ws)!.content).toMatch(new RegExp(`[Bb]aris ${row}`));
  });
});
