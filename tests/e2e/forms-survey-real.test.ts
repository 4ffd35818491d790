/**
 * Real survey Forms through the built bundle, both routes: which questions are scored (S1), the
 * answer scale (S1a: detected, shown in Pengaturan, PERLU KONFIRMASI SKALA until the team sets
 * it, then mapped onto 1–4), typed "Other" answers (S2) and questions sharing a title (N3).
 */
import { describe, expect, it } from 'vitest';
import type { FormItemSpec } from '../../src/offline/workspace/index';
import type { Workspace } from '../../src/offline/workspace/index';
import { preparedWorkspace, sheetValues } from './helpers';
import { setSetting, settingValue } from './nominations-helpers';
import { errorLog, results, summaryHeader } from './survey-helpers';

type Route = 'form' | 'addon';
const ROUTES: Route[] = ['form', 'addon'];

function connectedSurvey(route: Route, items: FormItemSpec[]): { ws: Workspace; formId: string } {
  const ws = preparedWorkspace(route === 'addon' ? { addOn: true } : {});
  const formId = ws.forms.createForm({ title: 'Survei SOLIDER berAKHLAK', collectEmail: true, items });
  setSetting(ws, 'URL Formulir Survei', ws.forms.view(formId).editUrl);
  ws.ui.answerNext('YES');
  ws.run('menuHubungkanFormulirSurvei');
  return { ws, formId };
}

const FOUR = ['1 - Selalu', '2 - Sering', '3 - Jarang', '4 - Tidak pernah'];
const questions = (n: number, choices = FOUR): FormItemSpec[] => Array.from({ length: n }, (_, i) => ({ kind: 'MULTIPLE_CHOICE' as const, title: `Pernyataan ${i + 1}`, choices }));
const answersFor = (values: string[]) => Object.fromEntries(values.map((v, i) => [`Pernyataan ${i + 1}`, v]));
const id = (ws: Workspace, formId: string, index: number) => String(ws.forms.view(formId).items[index].id);

describe.each(ROUTES)('which questions are scored (%s route)', (route) => {
  it('range options, free text starting with a number and typed "Other" answers are never scored', () => {
    const { ws, formId } = connectedSurvey(route, [
      { kind: 'LIST', title: 'Unit Kerja', choices: ['Sekretariat', 'Bidang P2P'] },
      { kind: 'MULTIPLE_CHOICE', title: 'Masa kerja', choices: ['< 1 tahun', '1-5 tahun', '6-10 tahun', '11-20 tahun', '> 20 tahun'] },
      ...questions(5),
      { kind: 'MULTIPLE_CHOICE', title: 'Seberapa sering Anda mengikuti apel?', choices: ['1 - Selalu', '2 - Sering', '3 - Jarang', '4 - Tidak pernah'], other: true },
      { kind: 'TEXT', title: 'Saran' },
    ]);
    expect(settingValue(ws, 'Pertanyaan Survei Dinilai').split('\n')).toEqual([...questions(5).map((q) => q.title), 'Seberapa sering Anda mengikuti apel?']);
    const all = ['1 - Selalu', '1 - Selalu', '2 - Sering', '1 - Selalu', '1 - Selalu'];
    ws.forms.submit(formId, { 'Unit Kerja': 'Sekretariat', 'Masa kerja': '11-20 tahun', ...answersFor(all), 'Seberapa sering Anda mengikuti apel?': '1 - Selalu', Saran: '1. Tingkatkan sosialisasi' }, { email: 'a@dinkes.go.id' });
    ws.forms.submit(formId, { 'Unit Kerja': 'Sekretariat', 'Masa kerja': '1-5 tahun', ...answersFor(all), 'Seberapa sering Anda mengikuti apel?': '1 kali sebulan' }, { email: 'b@dinkes.go.id' });
    const [first, other] = results(ws);
    expect(first.Total).toBe(7);
    expect(first.Kategori).toBe('BAIK');
    expect(first.Komentar).toBe('1. Tingkatkan sosialisasi');
    expect(other.Kategori).toBe('TIDAK LENGKAP');
    expect(String(other.Keterangan)).toContain('1 kali sebulan');
    expect(String(other.Keterangan)).toContain('Seberapa sering Anda mengikuti apel?');
  });

  it('options "1. Selalu" and "Selalu (1)" in one survey: each scored by its number', () => {
    const { ws, formId } = connectedSurvey(route, [
      ...questions(3, ['1. Selalu', '2. Sering', '3. Jarang', '4. Tidak pernah']),
      { kind: 'MULTIPLE_CHOICE', title: 'Pernyataan 4', choices: ['Selalu (1)', 'Sering (2)', 'Jarang (3)', 'Tidak pernah (4)'] },
      { kind: 'MULTIPLE_CHOICE', title: 'Pernyataan 5', choices: ['Selalu (1)', 'Sering (2)', 'Jarang (3)', 'Tidak pernah (4)'] },
    ]);
    ws.forms.submit(formId, answersFor(['1. Selalu', '2. Sering', '1. Selalu', 'Jarang (3)', 'Tidak pernah (4)']), { email: 'a@dinkes.go.id' });
    expect(results(ws)[0].Total).toBe(11);
    expect(results(ws)[0].Kategori).toBe('KURANG BAIK');
    expect(settingValue(ws, 'Skala Jawaban')).toBe('1–4, terbaik 1');
  });

  it('two questions with the same title are both scored, shown as "…" and "… (2)"', () => {
    const { ws, formId } = connectedSurvey(route, [
      { kind: 'MULTIPLE_CHOICE', title: 'Saya disiplin', choices: FOUR },
      { kind: 'MULTIPLE_CHOICE', title: 'Saya disiplin', choices: FOUR },
      ...questions(3),
    ]);
    expect(settingValue(ws, 'Pertanyaan Survei Dinilai').split('\n').slice(0, 2)).toEqual(['Saya disiplin', 'Saya disiplin (2)']);
    ws.forms.submit(formId, { [id(ws, formId, 0)]: '1 - Selalu', [id(ws, formId, 1)]: '4 - Tidak pernah', ...answersFor(['', '', '']), 'Pernyataan 1': '1 - Selalu', 'Pernyataan 2': '1 - Selalu', 'Pernyataan 3': '1 - Selalu' }, { email: 'a@dinkes.go.id' });
    const row = results(ws)[0];
    expect(row['Saya disiplin']).toBe(1);
    expect(row['Saya disiplin (2)']).toBe(4);
    expect(row.Total).toBe(8);
  });
});

describe.each(ROUTES)('the answer scale (S1a, %s route)', (route) => {
  const likert = (): FormItemSpec[] =>
    Array.from({ length: 5 }, (_, i) => ({ kind: 'SCALE' as const, title: `Pernyataan ${i + 1}`, choices: ['1', '2', '3', '4', '5'], scaleLabels: ['Sangat tidak setuju', 'Sangat setuju'] as [string, string] }));

  it('a 1–5 scale with 5 best is never banded before the team confirms it; then mapped onto 1–4 with two decimals', () => {
    const { ws, formId } = connectedSurvey(route, likert());
    expect(settingValue(ws, 'Skala Jawaban')).toBe('1–5, terbaik 5 (belum dikonfirmasi)');
    ws.forms.submit(formId, answersFor(['5', '5', '5', '5', '5']), { email: 'a@dinkes.go.id' });
    ws.forms.submit(formId, answersFor(['1', '2', '3', '4', '5']), { email: 'b@dinkes.go.id' });
    const before = results(ws);
    expect(before.map((r) => r.Kategori)).toEqual(['PERLU KONFIRMASI SKALA', 'PERLU KONFIRMASI SKALA']);
    expect(String(before[0].Keterangan)).toContain('Skala Jawaban');
    expect(String(before[0].Keterangan)).toContain('Pernyataan 1');
    expect(errorLog(ws).some((r) => r.join(' ').includes('Skala Jawaban'))).toBe(true);
    // Ringkasan Survei counts them apart, not as TIDAK LENGKAP.
    const overall = summaryHeader(ws, 'Distribusi Kategori — Keseluruhan').map(String);
    const row = (sheetValues(ws, 'Ringkasan Survei') ?? []).find((r, i, all) => i > 0 && String(all[i - 1][0]) === 'Kelompok');
    expect(row?.[overall.indexOf('PERLU KONFIRMASI SKALA')]).toBe(2);
    expect(row?.[overall.indexOf('TIDAK LENGKAP')]).toBe(0);

    setSetting(ws, 'Skala Jawaban', '1-5, terbaik 5');
    ws.run('menuSinkronkanUlangSurvei');
    const [best, mixed] = results(ws);
    expect(best.Kategori).toBe('BAIK');
    expect(best['Total Skor Asli']).toBe(25);
    expect(best.Total).toBe(5);
    expect(best['Pernyataan 1']).toBe(1);
    // 5 → 1, 4 → 1.75, 3 → 2.5, 2 → 3.25, 1 → 4: total 12.5.
    expect(mixed['Total Skor Asli']).toBe(15);
    expect(mixed.Total).toBe(12.5);
    expect(mixed['Pernyataan 2']).toBe(3.25);
    expect(mixed.Kategori).toBe('KURANG BAIK');
    expect(settingValue(ws, 'Skala Jawaban')).toBe('1-5, terbaik 5');
  });

  it('a 1–4 linear scale is scored as is', () => {
    const items: FormItemSpec[] = Array.from({ length: 5 }, (_, i) => ({ kind: 'SCALE' as const, title: `Pernyataan ${i + 1}`, choices: ['1', '2', '3', '4'] }));
    const { ws, formId } = connectedSurvey(route, items);
    expect(settingValue(ws, 'Skala Jawaban')).toBe('1–4, terbaik 1');
    ws.forms.submit(formId, answersFor(['1', '1', '2', '1', '1']), { email: 'a@dinkes.go.id' });
    expect(results(ws)[0].Total).toBe(6);
    expect(results(ws)[0].Kategori).toBe('BAIK');
    expect(errorLog(ws)).toEqual([]);
  });
});
