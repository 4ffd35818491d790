import { describe, it, expect } from 'vitest';
import { scoreAnswer, scoreResponse, type AnswerValue } from '../../../src/core/survey/score';
import { bandFor } from '../../../src/core/survey/bands';
import type { SurveyQuestion } from '../../../src/core/survey/questions';

const q = (title: string, choices: string[]): SurveyQuestion => ({ title, choices, section: null, aspect: null });
const numbered = q('Pimpinan memberi teladan', ['1 – Selalu', '2 – Sering', '3 – Jarang', '4 – Tidak pernah']);
const mixed = q('Saya bekerja lincah', ['1. Selalu', 'Sering', 'Jarang', '4. Tidak pernah']);
const unnumbered = q('Saya responsif', ['Selalu', 'Sering', 'Jarang', 'Tidak pernah']);
const noChoices = q('Dari lembar saja', []);

describe('scoreAnswer', () => {
  it.each<[string, AnswerValue, SurveyQuestion, number | null]>([
    ['leading number', '3 – Jarang', numbered, 3],
    ['leading number beats position', '4. Tidak pernah', mixed, 4],
    ['unnumbered option falls back to position', 'Sering', mixed, 2],
    ['position, case and spaces ignored', '  tidak   PERNAH ', unnumbered, 4],
    ['the first option of an unnumbered list scores 1 (S1: 1-based position)', 'Selalu', unnumbered, 1],
    ['the first option of a mixed list scores its own number', '1. Selalu', mixed, 1],
    ['number without a choice list', '2 - Sering', noChoices, 2],
    ['scale answer read as a number', 3, noChoices, 3],
    ['single-element array', ['Jarang'], unnumbered, 3],
    ['unanswered', '', numbered, null],
    ['null', null, numbered, null],
    ['missing', undefined, numbered, null],
    ['"Other" text not in the list', 'Kadang-kadang saja', unnumbered, null],
    ['unnumbered with no choice list', 'Sering', noChoices, null],
    ['two choices', ['Selalu', 'Sering'], unnumbered, null],
    ['fractional number', 2.5, noChoices, null],
    ['negative number', -1, noChoices, null],
    ['zero from a scale starting at 0', 0, noChoices, 0],
    // A response tab gives the option "2" as the number 2 (S1): matched to the bare-number option.
    ['number for a bare-number option', 2, q('Skala', ['1', '2', '3', '4']), 2],
    ['number for the first bare-number option', 1, q('Skala', ['1', '2', '3', '4']), 1],
    ['number not among the options', 5, q('Skala', ['1', '2', '3', '4']), null],
    ['number for a labelled option is not guessed', 2, numbered, null],
    ['option number in brackets at the end', 'Sering (2)', q('Akhir', ['Selalu (1)', 'Sering (2)']), 2],
    ['blank entries of a checkbox answer ignored', ['', 'Jarang', ' '], unnumbered, 3],
    ['only blank entries: unanswered', ['', ' '], unnumbered, null],
    // Sheets turns the option "02" into the number 2 in a response tab: still option 02.
    ['the number a response tab made of option "02"', 2, q('Nol di depan', ['01', '02', '03', '04']), 2],
    ['the number a response tab made of option "04"', 4, q('Nol di depan', ['01', '02', '03', '04']), 4],
    ['an option label with spaces around it', 'Sering', q('Spasi', [' Selalu ', ' Sering ', 'Jarang']), 2],
    // …but a number is only ever the option that is that number, never a label holding it.
    ['a number against labels ending in digits', 2, q('Tingkat', ['Tingkat1', 'Tingkat2']), null],
    ['a number against labels starting with digits', 2, q('Urutan', ['1st', '2nd']), null],
  ])('%s', (_name, answer, question, expected) => {
    expect(scoreAnswer(answer, question)).toBe(expected);
  });
});

describe('scoreResponse', () => {
  const questions = [numbered, mixed, unnumbered];

  it('sums a complete response', () => {
    const r = scoreResponse({ answers: { [numbered.title]: '1 – Selalu', [mixed.title]: 'Jarang', [unnumbered.title]: 'Sering', Nama: 'x' } }, questions);
    expect(r).toEqual({ perQuestion: [1, 3, 2], total: 6, n: 3, complete: true, problems: [] });
  });

  it('marks an unanswered question TIDAK LENGKAP, naming it', () => {
    const r = scoreResponse({ answers: { [numbered.title]: '1 – Selalu', [unnumbered.title]: 'Sering' } }, questions);
    expect(r.complete).toBe(false);
    expect(r.perQuestion).toEqual([1, null, 2]);
    expect(r.problems).toEqual([{ question: mixed.title, message: `Pertanyaan "${mixed.title}" tidak dijawab.` }]);
  });

  it('names the question when an unnumbered answer has no choice list', () => {
    const r = scoreResponse({ answers: { [noChoices.title]: 'Sering' } }, [noChoices]);
    expect(r.complete).toBe(false);
    expect(r.problems).toEqual([
      {
        question: noChoices.title,
        message: 'Jawaban "Sering" pada pertanyaan "Dari lembar saja" tidak dapat dinilai: tidak diawali nomor dan daftar pilihan pertanyaan ini tidak diketahui.',
      },
    ]);
  });

  it('names the question when an answer is not among the choices', () => {
    const r = scoreResponse({ answers: { [unnumbered.title]: 'Entahlah' } }, [unnumbered]);
    expect(r.problems[0].message).toBe('Jawaban "Entahlah" pada pertanyaan "Saya responsif" tidak dapat dinilai: bukan salah satu pilihan jawaban (isian "Lainnya" tidak dinilai).');
  });

  it.each<[string, AnswerValue]>([
    ['null', null],
    ['undefined', undefined],
    ['spaces', '   '],
    ['an empty list', []],
    ['a list of blanks', ['', ' ']],
  ])('an answer that is %s is "tidak dijawab" (S2)', (_name, answer) => {
    expect(scoreResponse({ answers: { [unnumbered.title]: answer } }, [unnumbered]).problems).toEqual([
      { question: unnumbered.title, message: 'Pertanyaan "Saya responsif" tidak dijawab.' },
    ]);
  });

  it('names the question answered with two choices, and a number that is no option number', () => {
    const r = scoreResponse({ answers: { [unnumbered.title]: ['Selalu', 'Sering'], [noChoices.title]: -2 } }, [unnumbered, noChoices]);
    expect(r.problems).toEqual([
      { question: unnumbered.title, message: 'Pertanyaan "Saya responsif" dijawab dengan lebih dari satu pilihan.' },
      { question: noChoices.title, message: 'Jawaban -2 pada pertanyaan "Dari lembar saja" bukan nomor pilihan.' },
    ]);
    expect(r.complete).toBe(false);
  });

  it('reads each answer by its question\'s item id, so two questions with one title are two (N3, S1)', () => {
    const first = { ...unnumbered, key: 'item-1' };
    const second = { ...unnumbered, key: 'item-2', title: `${unnumbered.title} (2)` };
    const r = scoreResponse({ answers: { 'item-1': 'Selalu', 'item-2': 'Jarang', [unnumbered.title]: 'Tidak pernah' } }, [first, second]);
    expect(r.perQuestion).toEqual([1, 3]);
    // Without the id among the answers (a response sheet keyed by title), the title is used.
    expect(scoreResponse({ answers: { [unnumbered.title]: 'Sering' } }, [first]).perQuestion).toEqual([2]);
  });

  it('is not complete without scored questions', () => {
    expect(scoreResponse({ answers: {} }, []).complete).toBe(false);
  });

  it('every way of answering five questions is totalled and banded as the seed table says (S2, S3)', () => {
    // All 4^5 = 1,024 complete responses, plus each of them with one question left blank.
    const five = [0, 1, 2, 3, 4].map((i) => q(`Q${i + 1}`, ['Selalu', 'Sering', 'Jarang', 'Tidak pernah']));
    const seedBand = (total: number) => (total <= 6 ? 'BAIK' : total <= 9 ? 'BELUM BAIK' : total <= 13 ? 'KURANG BAIK' : 'TIDAK BAIK');
    const counts = new Map<string, number>();
    for (let code = 0; code < 4 ** 5; code++) {
      const picks = five.map((_, i) => Math.floor(code / 4 ** i) % 4);
      const answers = Object.fromEntries(five.map((x, i) => [x.title, x.choices[picks[i]]]));
      const s = scoreResponse({ answers }, five);
      const total = picks.reduce((a, p) => a + p + 1, 0);
      expect(s).toEqual({ perQuestion: picks.map((p) => p + 1), total, n: 5, complete: true, problems: [] });
      const label = bandFor(s.total, s.n).band!.label;
      expect(label).toBe(seedBand(total));
      counts.set(label, (counts.get(label) ?? 0) + 1);
      const blank = code % 5;
      const partial = scoreResponse({ answers: { ...answers, [five[blank].title]: '' } }, five);
      expect(partial.complete).toBe(false);
      expect(partial.problems.map((p) => p.question)).toEqual([five[blank].title]);
    }
    // Ways to total t with five answers 1–4: 1, 5, 15, 35, 65, 101, 135, 155, 155, 135, 101, 65, 35, 15, 5, 1 (t = 5…20).
    expect(Object.fromEntries(counts)).toEqual({ BAIK: 1 + 5, 'BELUM BAIK': 15 + 35 + 65, 'KURANG BAIK': 101 + 135 + 155 + 155, 'TIDAK BAIK': 135 + 101 + 65 + 35 + 15 + 5 + 1 });
  });
});
