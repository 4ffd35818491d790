import { describe, expect, it } from 'vitest';
import { witaToMs } from '../../src/core/dates';
import { SHEETS } from '../../src/core/schema';
import { BAND_COLOURS } from '../../src/core/survey/bands';
import { setSetting } from '../../src/offline/demo/survey';
import { lastDialog, sheetValues } from './helpers';
import { connectedSurvey, Q, results, summaryCell, summaryHeader, surveyAnswers, surveyWorkspace, SURVEY_UNITS } from './survey-helpers';

const settingValue = (ws: ReturnType<typeof connectedSurvey>['ws'], label: string): unknown =>
  (sheetValues(ws, SHEETS.settings) ?? []).find((r) => r[0] === label)?.[1];

describe('Survei › Hubungkan Formulir Survei', () => {
  it('shows the detected questions, unit question and aspects in Pengaturan, installs one trigger and imports earlier responses', () => {
    const { ws, formId } = surveyWorkspace();
    ws.forms.importResponses(formId, [
      { answers: surveyAnswers(SURVEY_UNITS[0], [1, 1, 1, 1, 2]), email: 'a@dinkes.go.id', at: witaToMs(2026, 3, 2, 9) },
      { answers: surveyAnswers(SURVEY_UNITS[1], [3, 3, 2, 2, 2]), email: 'b@dinkes.go.id', at: witaToMs(2026, 8, 2, 9) },
    ]);
    ws.run('menuHubungkanFormulirSurvei');

    expect(String(settingValue(ws, 'Pertanyaan Survei Dinilai')).split('\n')).toEqual(Q);
    expect(settingValue(ws, 'Pertanyaan Unit Kerja Survei')).toBe('Unit Kerja');
    const aspects = String(settingValue(ws, 'Aspek Survei per Bagian')).split('\n');
    expect(aspects).toEqual([
      'Bagian 1 — SOLIDER dalam Kepemimpinan dan Manajemen = SOLIDER: Kepemimpinan dan Manajemen',
      'Bagian 2 — SOLIDER dalam Pola Pikir dan Cara Kerja = SOLIDER: Pola Pikir dan Cara Kerja',
      'Bagian 3 — Nilai Dasar ASN BerAKHLAK dalam Perilaku Kerja = BerAKHLAK: Perilaku Kerja',
    ]);
    const dialog = lastDialog(ws)!;
    expect(dialog.title).toBe('Hubungkan Formulir Survei');
    expect(dialog.content).toMatch(/Semua 2 respons survei sudah dinilai ulang/);
    expect(results(ws).map((r) => r.Kategori)).toEqual(['BAIK', 'KURANG BAIK']);

    ws.run('menuHubungkanFormulirSurvei');
    const mine = ws.kernel.triggers.filter((t) => t.handler === 'onSurveyFormSubmit');
    expect(mine).toHaveLength(1);
    expect(mine[0].sourceId).toBe(formId);
    expect(results(ws)).toHaveLength(2);
  });

  it('keeps the team’s corrected question list when connecting again', () => {
    const { ws } = connectedSurvey();
    setSetting(ws, 'Pertanyaan Survei Dinilai', Q.slice(0, 4).join('\n'));
    ws.run('menuHubungkanFormulirSurvei');
    expect(String(settingValue(ws, 'Pertanyaan Survei Dinilai')).split('\n')).toEqual(Q.slice(0, 4));
    expect(lastDialog(ws)!.content).toMatch(/Pertanyaan dinilai \(4\), sesuai daftar di Pengaturan/);
  });

  it('refuses a Form without numbered options, saying what to do', () => {
    const { ws } = surveyWorkspace({}, { title: 'Survei Lain', items: [{ kind: 'MULTIPLE_CHOICE', title: 'Puas?', choices: ['Ya', 'Tidak'] }] });
    ws.run('menuHubungkanFormulirSurvei');
    expect(lastDialog(ws)!.content).toMatch(/tidak punya pertanyaan pilihan ganda dengan pilihan jawaban bernomor/);
    expect(ws.kernel.triggers.filter((t) => t.handler === 'onSurveyFormSubmit')).toHaveLength(0);
  });
});

describe('each submission', () => {
  it('writes its row: time, period, unit, score per question, total, band and recommendation', () => {
    const { ws, formId } = connectedSurvey();
    // Q2 option 3 is "3. Kurang setuju": its number.
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[2], [1, 3, 3, 4, 1]), { email: 'x@dinkes.go.id' });
    const [row] = results(ws);
    expect(row.Periode).toBe('Semester II 2026 (Juli–Desember)');
    expect(row['Unit Kerja']).toBe(SURVEY_UNITS[2]);
    expect(Q.map((q) => row[q])).toEqual([1, 3, 3, 4, 1]);
    expect(row.Total).toBe(12);
    expect(row['Skor Setara 5 Pertanyaan']).toBe('');
    expect(row.Kategori).toBe('KURANG BAIK');
    expect(row.Rekomendasi).toBe('Perlu sosialisasi, pelatihan, dan penerapan secara konsisten');
    expect(row.Status).toBe('Dihitung');
    expect(Object.prototype.toString.call(row.Waktu)).toBe('[object Date]');
  });

  it.each([
    { picks: [1, 1, 1, 1, 1], total: 5, band: 'BAIK' },
    { picks: [1, 1, 1, 1, 2], total: 6, band: 'BAIK' },
    { picks: [1, 1, 1, 2, 2], total: 7, band: 'BELUM BAIK' },
    { picks: [1, 2, 2, 2, 2], total: 9, band: 'BELUM BAIK' },
    { picks: [2, 2, 2, 2, 2], total: 10, band: 'KURANG BAIK' },
    { picks: [3, 3, 3, 2, 2], total: 13, band: 'KURANG BAIK' },
    { picks: [3, 3, 3, 3, 2], total: 14, band: 'TIDAK BAIK' },
    { picks: [4, 4, 4, 4, 4], total: 20, band: 'TIDAK BAIK' },
  ])('bands total $total as $band (seed table, n = 5)', ({ picks, total, band }) => {
    const { ws, formId } = connectedSurvey();
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[0], picks));
    expect(results(ws).map((r) => [r.Total, r.Kategori])).toEqual([[total, band]]);
  });

  it.each([
    { picks: [1, 1, 1, 2], total: 5, scaled: 6.25, band: 'BELUM BAIK' },
    { picks: [1, 1, 1, 1], total: 4, scaled: 5, band: 'BAIK' },
    { picks: [2, 2, 2, 1], total: 7, scaled: 8.75, band: 'BELUM BAIK' },
    { picks: [2, 2, 3, 3], total: 10, scaled: 12.5, band: 'KURANG BAIK' },
    { picks: [3, 3, 2, 3], total: 11, scaled: 13.75, band: 'TIDAK BAIK' },
  ])('with 4 scored questions shows raw $total and scaled $scaled, banded $band by upper bounds', ({ picks, total, scaled, band }) => {
    const { ws, formId } = connectedSurvey();
    setSetting(ws, 'Pertanyaan Survei Dinilai', Q.slice(0, 4).join('\n'));
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[0], [...picks, 4]));
    const [row] = results(ws);
    expect(Object.keys(row)).not.toContain(Q[4]);
    expect([row.Total, row['Skor Setara 5 Pertanyaan'], row.Kategori]).toEqual([total, scaled, band]);
  });

  it('an edited response replaces its row (idempotent by response id)', () => {
    const { ws, formId } = connectedSurvey();
    const id = ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[0], [4, 4, 4, 4, 4]), { email: 'e@dinkes.go.id' });
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[1], [1, 1, 1, 1, 1]), { email: 'f@dinkes.go.id' });
    ws.forms.editResponse(formId, id, surveyAnswers(SURVEY_UNITS[0], [2, 2, 2, 2, 2]), { email: 'e@dinkes.go.id' });
    expect(results(ws).map((r) => [r['ID Respons'], r.Total])).toEqual([
      [id, 10],
      [expect.any(String), 5],
    ]);
  });

  it('periods are semesters in Kupang time (WITA): 30 June 23:30 is Semester I, 1 July 00:10 is Semester II', () => {
    const { ws, formId } = connectedSurvey();
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[0], [1, 1, 1, 1, 1]), { at: witaToMs(2026, 6, 30, 23, 30) });
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[0], [4, 4, 4, 4, 4]), { at: witaToMs(2026, 7, 1, 0, 10) });
    expect(results(ws).map((r) => r.Periode)).toEqual(['Semester I 2026 (Januari–Juni)', 'Semester II 2026 (Juli–Desember)']);
    expect(summaryCell(ws, 'Per Periode', 'Semester I 2026 (Januari–Juni)', 'BAIK')).toBe(1);
    expect(summaryCell(ws, 'Per Periode', 'Semester II 2026 (Juli–Desember)', 'TIDAK BAIK')).toBe(1);
    expect(summaryCell(ws, 'Perubahan dari Semester I 2026', 'BAIK', 'Perubahan (poin %)')).toBe(-100);
  });
});

describe('Ringkasan Survei', () => {
  function filled() {
    const { ws, formId } = connectedSurvey();
    const at = (m: number) => ({ at: witaToMs(2026, m, 10, 9) });
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[0], [1, 1, 1, 1, 1]), at(3)); // 5 BAIK
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[0], [2, 2, 2, 2, 2]), at(4)); // 10 KURANG BAIK
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[1], [4, 1, 1, 1, 1]), at(8)); // 8 BELUM BAIK
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[1], [4, 1, 1, 1, 1]), at(9)); // 8 BELUM BAIK
    return { ws, formId };
  }

  it('counts and shares per band overall, per unit and per period, with average totals', () => {
    const { ws } = filled();
    expect(summaryHeader(ws, 'Distribusi Kategori').slice(0, 7)).toEqual(['Kelompok', 'BAIK', 'BELUM BAIK', 'KURANG BAIK', 'TIDAK BAIK', 'TIDAK LENGKAP', 'Jumlah Respons']);
    expect(summaryCell(ws, 'Distribusi Kategori', 'Semua', 'BELUM BAIK')).toBe(2);
    expect(summaryCell(ws, 'Distribusi Kategori', 'Semua', '% BELUM BAIK')).toBe(50);
    expect(summaryCell(ws, 'Distribusi Kategori', 'Semua', 'Rata-rata Total')).toBe(7.75);
    expect(summaryCell(ws, 'Per Unit Kerja', SURVEY_UNITS[0], 'BAIK')).toBe(1);
    expect(summaryCell(ws, 'Per Unit Kerja', SURVEY_UNITS[1], 'Jumlah Respons')).toBe(2);
    expect(summaryCell(ws, 'Per Periode', 'Semester I 2026 (Januari–Juni)', 'Rata-rata Total')).toBe(7.5);
    expect(summaryCell(ws, 'Perubahan dari Semester I 2026', 'Rata-rata Total', 'Perubahan (poin %)')).toBe(0.5);
  });

  it('lists questions weakest first (highest mean) and the three aspects', () => {
    const { ws } = filled();
    const rows = sheetValues(ws, SHEETS.surveySummary)!;
    const start = rows.findIndex((r) => String(r[0]).startsWith('Rata-rata per Pertanyaan'));
    expect(rows[start + 2].slice(0, 2)).toEqual([1, Q[0]]);
    expect(rows[start + 2][3]).toBe(2.75);
    expect(summaryCell(ws, 'Per Aspek', 'Penerapan nilai-nilai dasar (core value) ASN BerAKHLAK dalam perilaku kerja', 'Rata-rata Skor')).toBe(1.25);
  });

  it('colours band cells with the same four colours in both sheets and keeps exactly one chart per period distribution', () => {
    const { ws, formId } = filled();
    for (const name of [SHEETS.surveyResults, SHEETS.surveySummary]) {
      const rules = ws.sheets.snapshot(ws.spreadsheetId, name)!.conditionalFormats;
      const colourOf = (label: string) => rules.find((r) => r.condition === 'TEXT_EQUAL_TO' && r.values[0] === label)?.background;
      for (const label of ['BAIK', 'BELUM BAIK', 'KURANG BAIK', 'TIDAK BAIK', 'TIDAK LENGKAP']) expect(colourOf(label)).toBe(BAND_COLOURS[label]);
    }
    const kategoriColumn = String.fromCharCode(65 + (sheetValues(ws, SHEETS.surveyResults)![0] as string[]).indexOf('Kategori'));
    expect(ws.sheets.snapshot(ws.spreadsheetId, SHEETS.surveyResults)!.conditionalFormats[0].ranges[0]).toMatch(new RegExp(`^${kategoriColumn}2`));
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[2], [1, 1, 1, 1, 1]), { at: witaToMs(2027, 1, 5, 9) });
    ws.run('menuSinkronkanUlangSurvei');
    const charts = ws.sheets.snapshot(ws.spreadsheetId, SHEETS.surveySummary)!.charts;
    expect(charts).toHaveLength(1);
    expect(charts[0].type).toBe('COLUMN');
    // Header + three periods, the period column and five category columns.
    expect(charts[0].ranges).toEqual([expect.stringMatching(/^A\d+:F\d+$/)]);
    const [from, to] = charts[0].ranges[0].split(':').map((a) => Number(a.slice(1)));
    expect(to - from).toBe(3);
  });
});

describe('Survei › Sinkronkan Ulang Survei', () => {
  it('rebuilds both sheets from every response and applies an edited band table', () => {
    const { ws, formId } = connectedSurvey();
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[0], [1, 1, 2, 2, 1])); // 7
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[0], [2, 2, 2, 2, 2])); // 10
    const settings = sheetValues(ws, SHEETS.settings)!;
    const row = (label: string) => settings.findIndex((r) => r[2] === label) + 1;
    // The team moves 7 into BAIK.
    ws.sheets.userWrite(ws.spreadsheetId, SHEETS.settings, row('BAIK'), 2, [[7]]);
    ws.sheets.userWrite(ws.spreadsheetId, SHEETS.settings, row('BELUM BAIK'), 1, [[8]]);
    ws.sheets.userDeleteSheet(ws.spreadsheetId, SHEETS.surveyResults);
    ws.run('menuSinkronkanUlangSurvei');
    expect(results(ws).map((r) => r.Kategori)).toEqual(['BAIK', 'KURANG BAIK']);
    expect(lastDialog(ws)!.content).toMatch(/Semua 2 respons survei sudah dinilai ulang/);
    expect(summaryCell(ws, 'Distribusi Kategori', 'Semua', 'BAIK')).toBe(1);
  });
});

describe('robust delivery', () => {
  it('a blank event changes nothing and logs nothing', () => {
    const { ws } = connectedSurvey();
    const before = sheetValues(ws, SHEETS.surveyResults);
    ws.kernel.run('onSurveyFormSubmit', [{}], 'trigger');
    expect(sheetValues(ws, SHEETS.surveyResults)).toEqual(before);
    expect(sheetValues(ws, SHEETS.errors)).toHaveLength(1);
  });

  it('a submission that finds the lock busy is logged, kept, and written by the next submission', () => {
    const { ws, formId } = connectedSurvey();
    ws.kernel.holdScriptLock(ws.kernel.now() + 10 * 60 * 1000);
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[0], [1, 1, 1, 1, 1]));
    expect(results(ws)).toHaveLength(0);
    const log = sheetValues(ws, SHEETS.errors)!.slice(1);
    expect(log.map((r) => r[1])).toEqual(['Kiriman Formulir Survei']);
    expect(String(log[0][2])).toMatch(/^Proses lain sedang/);
    expect(String(log[0][3])).toMatch(/disimpan/);
    ws.kernel.advance(11 * 60 * 1000);
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[1], [2, 2, 2, 2, 2]));
    expect(results(ws).map((r) => r['Unit Kerja'])).toEqual([SURVEY_UNITS[0], SURVEY_UNITS[1]]);
  });
});
