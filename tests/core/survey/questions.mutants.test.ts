/**
 * Survey structure (S1), computed inside each test. The `detectSurveyQuestions` block of
 * `questions.test.ts` reads its Form once when the file loads, which a mutation run cannot see
 * (Stryker switches a mutant on per test, the file loads once): its checks are repeated here
 * where the run sees them, with what the run showed untested besides — section kinds in lower
 * case, aspect labels, questions listed in Pengaturan scored by position (docs/mutation.md).
 */
import { describe, expect, it } from 'vitest';
import { aspectLabel, detectSurveyQuestions, labelledItems, questionsFromTitles, type SurveyItem } from '../../../src/core/survey/questions';

const item = (title: string, kind: string, choices: string[] = [], section: string | null = null): SurveyItem => ({ id: title, title, kind, choices, section });
const S1 = 'Penerapan nilai-nilai organisasi SOLIDER dalam Kepemimpinan dan Manajemen';
const S3 = 'Penerapan nilai-nilai dasar (core value) ASN BerAKHLAK dalam perilaku kerja';
const form = (): SurveyItem[] => [
  item('Nama', 'TEXT'),
  item('Unit Kerja', 'LIST', ['Sekretariat', 'Bidang P2P']),
  item('Bidang', 'TEXT'),
  item('Jenis kelamin', 'MULTIPLE_CHOICE', ['Laki-laki', 'Perempuan']),
  item(S1, 'PAGE_BREAK', [], S1),
  item('Q1', 'MULTIPLE_CHOICE', ['1 – Selalu', '2 – Sering', '3 – Jarang', '4 – Tidak pernah'], S1),
  item('Q2', 'MULTIPLE_CHOICE', ['1. Selalu', 'Sering', 'Jarang', '4. Tidak pernah'], S1),
  item('Bagian lain', 'page_break', [], 'Bagian lain'),
  item(S3, 'Section_Header', [], S3),
  item('Q6', 'SCALE', ['1', '2', '3', '4'], S3),
  item('Q7', 'LIST', ['(1) Ya', '(2) Kadang', '(3) Tidak'], S3),
];

describe('detectSurveyQuestions (S1), seen by a mutation run', () => {
  it('scored, ambiguous, the first unit question, sections of either kind and case', () => {
    const s = detectSurveyQuestions(form());
    expect(s.scored.map((q) => [q.key, q.title, q.section, q.aspect])).toEqual([
      ['Q1', 'Q1', S1, 'solider-kepemimpinan'], ['Q6', 'Q6', S3, 'berakhlak-perilaku'], ['Q7', 'Q7', S3, 'berakhlak-perilaku'],
    ]);
    expect(s.scored[0].choices).toEqual(['1 – Selalu', '2 – Sering', '3 – Jarang', '4 – Tidak pernah']);
    expect(s.ambiguous).toEqual(['Q2']);
    expect([s.unitQuestion, s.unitKey]).toEqual(['Unit Kerja', 'Unit Kerja']);
    expect(s.sections).toEqual([{ title: S1, aspect: 'solider-kepemimpinan' }, { title: 'Bagian lain', aspect: null }, { title: S3, aspect: 'berakhlak-perilaku' }]);
    expect(s.notes).toEqual([]);
  });

  it('the choices are a copy: the structure does not change with the Form items', () => {
    const items = form();
    const s = detectSurveyQuestions(items);
    items[5].choices.push('5 – Lainnya');
    expect(s.scored[0].choices).toHaveLength(4);
  });

  it('sections are not questions: they get no label and no key', () => {
    expect(labelledItems(form()).map((q) => q.label)).toEqual(['Nama', 'Unit Kerja', 'Bidang', 'Jenis kelamin', 'Q1', 'Q2', 'Q6', 'Q7']);
  });
});

describe('aspectLabel', () => {
  it('names each aspect in Indonesian', () => {
    expect(aspectLabel('solider-kepemimpinan')).toBe('Penerapan nilai-nilai organisasi SOLIDER dalam Kepemimpinan dan Manajemen');
    expect(aspectLabel('solider-pola-pikir')).toBe('Penerapan nilai-nilai organisasi SOLIDER dalam pola pikir dan cara kerja');
    expect(aspectLabel('berakhlak-perilaku')).toBe('Penerapan nilai-nilai dasar (core value) ASN BerAKHLAK dalam perilaku kerja');
  });
});

describe('questionsFromTitles (S1: the team\'s list in Pengaturan)', () => {
  it('a listed question whose options are not all numbered is scored by position; a numbered one, by its numbers', () => {
    const qs = questionsFromTitles(['Q2', 'Q1', 'Tidak ada'], form());
    expect(qs).toEqual([
      { key: 'Q2', title: 'Q2', choices: ['1. Selalu', 'Sering', 'Jarang', '4. Tidak pernah'], section: S1, aspect: 'solider-kepemimpinan', byPosition: true },
      { key: 'Q1', title: 'Q1', choices: ['1 – Selalu', '2 – Sering', '3 – Jarang', '4 – Tidak pernah'], section: S1, aspect: 'solider-kepemimpinan' },
      { title: 'Tidak ada', choices: [], section: null, aspect: null },
    ]);
  });

  it('a listed text question without options is not scored by position', () => {
    const [q] = questionsFromTitles(['Nama'], form());
    expect(q).toEqual({ key: 'Nama', title: 'Nama', choices: [], section: null, aspect: null });
  });
});
