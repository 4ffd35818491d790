/**
 * Survey configuration cases the mutation run of `survey/config.ts` showed untested
 * (docs/mutation.md): the "Aspek Survei per Bagian" lines as the team edits them, a listed
 * question renamed in the Forms editor (N3), questions listed though partly numbered (S1), and the
 * notes the team reads about them.
 */
import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../../src/core/settings';
import { defaultBandRows } from '../../../src/core/survey/bands';
import { aspectLines, parseAspectLines, structureNotes, surveyConfig } from '../../../src/core/survey/config';
import type { SurveyItem } from '../../../src/core/survey/questions';

const items = (): SurveyItem[] => [
  { id: 1, title: 'Unit Kerja', kind: 'LIST', choices: ['Sekretariat', 'Bidang P2P'], section: null },
  { id: 2, title: 'Bagian Satu', kind: 'PAGE_BREAK', choices: [], section: 'Bagian Satu' },
  { id: 3, title: 'P1', kind: 'MULTIPLE_CHOICE', choices: ['1 Selalu', '2 Sering', '3 Jarang'], section: 'Bagian Satu' },
  { id: 4, title: 'P2 campuran', kind: 'MULTIPLE_CHOICE', choices: ['1 Selalu', 'Sering', 'Jarang'], section: 'Bagian Satu' },
  { id: 5, title: 'Komentar', kind: 'TEXT', choices: [], section: 'Bagian Satu' },
];
const settings = (extra: [string, string][] = []) =>
  parseSettings([['Pengaturan', 'Nilai', 'Keterangan'], ...extra, [], ['Tabel Kategori Survei'], ['Skor Minimal', 'Skor Maksimal', 'Kategori', 'Rekomendasi'], ...defaultBandRows()]);

describe('"Aspek Survei per Bagian" (S3)', () => {
  it('reads each line as the team edits it', () => {
    const { bySection, unknown } = parseAspectLines([
      'Bagian  Satu = -',
      'Bagian Dua =',
      'Bagian Tiga = SOLIDER: Pola Pikir dan Cara Kerja',
      '  Bagian Empat = entah  ',
      'A = B = BerAKHLAK: Perilaku Kerja',
      '= Kepemimpinan',
      'tanpa tanda sama dengan',
    ]);
    expect([...bySection.entries()]).toEqual([
      ['bagian satu', null], ['bagian dua', null], ['bagian tiga', 'solider-pola-pikir'], ['bagian empat', null], ['a = b', 'berakhlak-perilaku'],
    ]);
    expect(unknown).toEqual(['Bagian Empat = entah']);
  });

  it('writes what it reads', () => {
    const lines = aspectLines([{ title: 'Bagian Satu', aspect: 'solider-kepemimpinan' }, { title: 'Bagian Dua', aspect: null }]);
    expect(lines).toEqual(['Bagian Satu = SOLIDER: Kepemimpinan dan Manajemen', 'Bagian Dua = -']);
    expect([...parseAspectLines(lines).bySection.values()]).toEqual(['solider-kepemimpinan', null]);
  });

  it('the team\'s aspect for a section wins over what its title says', () => {
    const c = surveyConfig(settings([['Pertanyaan Survei Dinilai', 'P1'], ['Aspek Survei per Bagian', 'bagian satu = BerAKHLAK: Perilaku Kerja']]), items());
    expect(c.questions[0].aspect).toBe('berakhlak-perilaku');
  });
});

describe('surveyConfig: the list of Pengaturan against the Form (S1, N3)', () => {
  it('a listed title renamed in the Forms editor follows its item, and says so', () => {
    const c = surveyConfig(settings([['Pertanyaan Survei Dinilai', 'P Lama']]), items(), { 'p lama': '3' });
    expect(c.renamed).toEqual([{ from: 'P Lama', to: 'P1' }]);
    expect(c.listedKeys).toEqual({ 'p lama': '3' });
    expect(c.missing).toEqual([]);
    expect(c.questions.map((q) => [q.key, q.title])).toEqual([['3', 'P1']]);
    expect(structureNotes(c)).toContain(
      'Pertanyaan dinilai "P Lama" di Pengaturan sekarang berjudul "P1" di formulir survei; jawabannya tetap dinilai. Tulis judul barunya di "Pertanyaan Survei Dinilai" agar Pengaturan sesuai formulir.',
    );
  });

  it('a listed title the Form no longer has, even with a key it had, is missing', () => {
    const c = surveyConfig(settings([['Pertanyaan Survei Dinilai', 'P Lama']]), items(), { 'p lama': '99' });
    expect([c.renamed, c.missing, c.listedKeys]).toEqual([[], ['P Lama'], {}]);
  });

  it('a partly numbered question listed is scored by position; with the mark it waits', () => {
    const listed = surveyConfig(settings([['Pertanyaan Survei Dinilai', 'P1\nP2 campuran']]), items());
    expect(listed.questions.map((q) => [q.title, q.byPosition ?? false, q.unconfirmed ?? false])).toEqual([['P1', false, false], ['P2 campuran', true, false]]);
    expect(listed.addedMixed).toEqual([]);
    const marked = surveyConfig(settings([['Pertanyaan Survei Dinilai', 'P1\nP2 campuran (belum dikonfirmasi)']]), items());
    expect(marked.questions.map((q) => [q.title, q.byPosition ?? false, q.unconfirmed ?? false])).toEqual([['P1', false, false], ['P2 campuran', false, true]]);
    expect(marked.unconfirmed).toEqual(['P2 campuran']);
  });

  it('a partly numbered question not listed is reported, and the comment question is found', () => {
    const c = surveyConfig(settings([['Pertanyaan Survei Dinilai', 'P1']]), items());
    expect(c.addedMixed).toEqual(['P2 campuran']);
    expect([c.unitQuestion, c.unitKey, c.commentQuestions, c.commentKeys]).toEqual(['Unit Kerja', '1', ['Komentar'], ['5']]);
    expect(structureNotes(c).some((n) => n.startsWith('Pertanyaan "P2 campuran" di formulir survei hanya sebagian pilihan jawabannya bernomor'))).toBe(true);
  });

  it('the unit question typed in Pengaturan, with spaces around it', () => {
    const c = surveyConfig(settings([['Pertanyaan Survei Dinilai', 'P1'], ['Pertanyaan Unit Kerja Survei', '  Komentar  ']]), items());
    expect([c.unitQuestion, c.unitKey, c.commentQuestions]).toEqual(['Komentar', '5', []]);
  });
});
