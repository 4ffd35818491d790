import { describe, expect, it } from 'vitest';
import { isUserError } from '../../../src/core/errors';
import { parseSettings } from '../../../src/core/settings';
import { DEFAULT_BAND_TABLE, defaultBandRows } from '../../../src/core/survey/bands';
import { bandTableOf, structureNotes, surveyConfig } from '../../../src/core/survey/config';
import type { SurveyItem } from '../../../src/core/survey/questions';

const items: SurveyItem[] = [
  { id: 1, title: 'Unit Kerja', kind: 'LIST', choices: ['Sekretariat', 'Bidang P2P'], section: null },
  { id: 2, title: 'Kepemimpinan', kind: 'PAGE_BREAK', choices: [], section: 'Kepemimpinan dan Manajemen' },
  { id: 3, title: 'P1', kind: 'MULTIPLE_CHOICE', choices: ['1 Selalu', '2 Sering', '3 Jarang'], section: 'Kepemimpinan dan Manajemen' },
  { id: 4, title: 'P2', kind: 'MULTIPLE_CHOICE', choices: ['1 Selalu', '2 Sering', '3 Jarang'], section: 'Kepemimpinan dan Manajemen' },
  { id: 5, title: 'Nama Anda', kind: 'TEXT', choices: [], section: 'Kepemimpinan dan Manajemen' },
  { id: 6, title: 'Saran untuk pimpinan', kind: 'TEXT', choices: [], section: 'Kepemimpinan dan Manajemen' },
  { id: 7, title: 'Cerita Anda', kind: 'PARAGRAPH_TEXT', choices: [], section: 'Kepemimpinan dan Manajemen' },
];

function settings(extra: [string, string][] = [], bands: unknown[][] = defaultBandRows()): ReturnType<typeof parseSettings> {
  return parseSettings([['Pengaturan', 'Nilai', 'Keterangan'], ...extra, [], ['Tabel Kategori Survei'], ['Skor Minimal', 'Skor Maksimal', 'Kategori', 'Rekomendasi'], ...bands]);
}

describe('what the survey is scored with (S1–S4)', () => {
  it('with nothing listed in Pengaturan: the scored questions, unit and comment questions found in the Form', () => {
    const c = surveyConfig(settings(), items);
    expect([c.questions.map((q) => q.title), c.unitQuestion, c.commentQuestions, c.missing, c.added]).toEqual([
      ['P1', 'P2'],
      'Unit Kerja',
      ['Saran untuk pimpinan', 'Cerita Anda'],
      [],
      [],
    ]);
    expect(c.questions.map((q) => [q.section, q.aspect, q.choices])).toEqual([
      ['Kepemimpinan dan Manajemen', 'solider-kepemimpinan', ['1 Selalu', '2 Sering', '3 Jarang']],
      ['Kepemimpinan dan Manajemen', 'solider-kepemimpinan', ['1 Selalu', '2 Sering', '3 Jarang']],
    ]);
  });

  it('the team’s list wins: a title gone from the Form is missing, a scored-looking question not listed is added', () => {
    const c = surveyConfig(settings([['Pertanyaan Survei Dinilai', 'p1\nP9']]), items);
    expect(c.questions.map((q) => q.title)).toEqual(['P1', 'P9']);
    expect([c.missing, c.added]).toEqual([['P9'], ['P2']]);
    expect(c.questions[1]).toEqual({ title: 'P9', choices: [], section: null, aspect: null });
    const notes = structureNotes(c);
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatch(/^Pertanyaan dinilai "P9" tercantum di Pengaturan tetapi tidak ada lagi di formulir survei/);
    expect(notes[1]).toMatch(/^Pertanyaan "P2" di formulir survei memakai pilihan bernomor tetapi belum tercantum/);
    expect(structureNotes(surveyConfig(settings(), items))).toEqual([]);
  });

  it('the unit question typed in Pengaturan wins, spelt as in the Form; it is never a comment', () => {
    const c = surveyConfig(settings([['Pertanyaan Unit Kerja Survei', 'saran  untuk pimpinan']]), items);
    expect(c.unitQuestion).toBe('Saran untuk pimpinan');
    expect(c.commentQuestions).toEqual(['Cerita Anda']);
  });

  it('a band table that cannot be used stops the run and names what to fix', () => {
    const bad = [['0', '10', 'BAIK', ''], ['5', '20', 'BURUK', '']];
    let caught: unknown;
    try {
      bandTableOf(settings([], bad));
    } catch (e) {
      caught = e;
    }
    expect(isUserError(caught)).toBe(true);
    expect((caught as Error).message).toMatch(/^Tabel kategori survei di lembar "Pengaturan" tidak dapat dipakai:\n/);
    expect(() => surveyConfig(settings([], bad), items)).toThrow(/Tabel kategori survei/);
    expect(bandTableOf(settings())).toEqual(DEFAULT_BAND_TABLE);
  });
});
