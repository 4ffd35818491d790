import { describe, it, expect } from 'vitest';
import { parseSettings } from '../../../src/core/settings';
import { defaultBandRows } from '../../../src/core/survey/bands';
import { structureNotes, surveyConfig } from '../../../src/core/survey/config';
import { scoreAnswer } from '../../../src/core/survey/score';
import {
  ASPECTS,
  aspectOfSection,
  defaultScoredList,
  detectSurveyQuestions,
  isUnitTitle,
  optionNumber,
  questionsFromTitles,
  type SurveyItem,
} from '../../../src/core/survey/questions';

describe('optionNumber', () => {
  it.each<[string, number | null]>([
    ['1', 1],
    ['1.', 1],
    ['1. Selalu', 1],
    ['1 -', 1],
    ['1 - Selalu', 1],
    ['1 – Sangat baik', 1],
    ['1 — Sangat baik', 1],
    ['1–Sangat baik', 1],
    ['(1) Sangat baik', 1],
    ['( 1) Sangat baik', null],
    ['1) Sangat baik', 1],
    ['2: Baik', 2],
    ['  4 Tidak pernah', 4],
    ['10 - Sangat buruk', 10],
    ['Sangat baik', null],
    ['Sangat baik (1)', 1],
    ['Selalu (1)', 1],
    ['Tidak pernah (4) ', 4],
    ['(1)', 1],
    ['1 = Selalu', 1],
    ['1 Sangat baik', 1],
    ['1-5 tahun', null],
    ['6 - 10 tahun', null],
    ['11–20 tahun', null],
    ['> 20 tahun', null],
    ['< 1 tahun', null],
    ['1 kali sebulan', null],
    ['2 kali seminggu', null],
    ['3 orang', null],
    ['5 tahun', null],
    ['8 / 10', null],
    ['8.00 / 10', null],
    ['1,5 jam', null],
    ['Bagian (1) pertama', null],
    ['1.5 jam', null],
    ['10% pegawai', null],
    ['1Sangat', null],
    ['2026 tahun', null],
    ['', null],
  ])('%j → %s', (label, n) => {
    expect(optionNumber(label)).toBe(n);
  });
});

describe('aspectOfSection', () => {
  it.each<[string | null, string | null]>([
    ['Penerapan nilai-nilai organisasi SOLIDER dalam Kepemimpinan dan Manajemen', 'solider-kepemimpinan'],
    ['Bagian 1: SOLIDER dalam kepemimpinan', 'solider-kepemimpinan'],
    ['Penerapan nilai-nilai organisasi SOLIDER dalam pola pikir dan cara kerja', 'solider-pola-pikir'],
    ['SOLIDER - Pola Pikir', 'solider-pola-pikir'],
    ['Penerapan nilai-nilai dasar (core value) ASN BerAKHLAK dalam perilaku kerja', 'berakhlak-perilaku'],
    ['BERAKHLAK', 'berakhlak-perilaku'],
    ['SOLIDER dalam kepemimpinan dan pola pikir', null],
    ['Identitas Responden', null],
    [null, null],
  ])('%j → %s', (title, key) => {
    expect(aspectOfSection(title)).toBe(key);
  });

  it('maps the seed wording of each aspect to itself', () => {
    for (const a of ASPECTS) expect(aspectOfSection(a.label)).toBe(a.key);
  });
});

describe('isUnitTitle', () => {
  it.each<[string, boolean]>([
    ['Unit Kerja', true],
    ['unit kerja', true],
    ['UNIT KERJA / BIDANG', true],
    ['Bidang', true],
    ['Bidang/Bagian', true],
    ['Asal Unit Kerja', true],
    ['Nama', false],
    ['Pimpinan bidang saya memberi contoh', false],
  ])('%j → %s', (title, yes) => {
    expect(isUnitTitle(title)).toBe(yes);
  });
});

const item = (title: string, kind: string, choices: string[] = [], section: string | null = null): SurveyItem => ({
  id: title,
  title,
  kind,
  choices,
  section,
});

describe('detectSurveyQuestions', () => {
  const S1 = 'Penerapan nilai-nilai organisasi SOLIDER dalam Kepemimpinan dan Manajemen';
  const S3 = 'Penerapan nilai-nilai dasar (core value) ASN BerAKHLAK dalam perilaku kerja';
  const items: SurveyItem[] = [
    item('Nama', 'TEXT'),
    item('Unit Kerja', 'LIST', ['Sekretariat', 'Bidang P2P']),
    item('Jenis kelamin', 'MULTIPLE_CHOICE', ['Laki-laki', 'Perempuan']),
    item(S1, 'PAGE_BREAK', [], S1),
    item('Q1', 'MULTIPLE_CHOICE', ['1 – Selalu', '2 – Sering', '3 – Jarang', '4 – Tidak pernah'], S1),
    item('Q2', 'MULTIPLE_CHOICE', ['1. Selalu', 'Sering', 'Jarang', '4. Tidak pernah'], S1),
    item('Q3', 'MULTIPLE_CHOICE', ['1. Selalu', 'Sering', 'Jarang', 'Tidak pernah'], S1),
    item('Q4 frekuensi', 'MULTIPLE_CHOICE', ['Tidak pernah', '1 kali', '2 kali', 'Lebih sering', 'Setiap hari'], S1),
    item('Q5 pilih semua', 'CHECKBOX', ['1', '2', '3'], S1),
    item('Bagian lain', 'PAGE_BREAK', [], 'Bagian lain'),
    item(S3, 'SECTION_HEADER', [], S3),
    item('Q6', 'SCALE', ['1', '2', '3', '4'], S3),
    item('Q7', 'LIST', ['(1) Ya', '(2) Kadang', '(3) Tidak'], S3),
    item('Saran', 'PARAGRAPH_TEXT', [], S3),
  ];
  const s = detectSurveyQuestions(items);

  it('scores choice items whose every option carries a number (S1); partly numbered ones are ambiguous', () => {
    expect(s.scored.map((q) => q.title)).toEqual(['Q1', 'Q6', 'Q7']);
    expect(s.ambiguous).toEqual(['Q2', 'Q3']);
  });

  it('keeps choices and maps each question to its section aspect', () => {
    expect(s.scored[0].choices).toEqual(['1 – Selalu', '2 – Sering', '3 – Jarang', '4 – Tidak pernah']);
    expect(s.scored.map((q) => q.aspect)).toEqual(['solider-kepemimpinan', 'berakhlak-perilaku', 'berakhlak-perilaku']);
  });

  it('finds the unit question and lists sections with their aspects', () => {
    expect(s.unitQuestion).toBe('Unit Kerja');
    expect(s.sections).toEqual([
      { title: S1, aspect: 'solider-kepemimpinan' },
      { title: 'Bagian lain', aspect: null },
      { title: S3, aspect: 'berakhlak-perilaku' },
    ]);
  });

  it('notes options that end up with the same score', () => {
    const d = detectSurveyQuestions([item('Q', 'MULTIPLE_CHOICE', ['1 Selalu', '2 Sering', '2 Jarang'])]);
    expect(d.scored).toHaveLength(1);
    expect(d.notes).toEqual(['Pertanyaan "Q": lebih dari satu pilihan bernilai 2. Periksa nomor pilihan jawaban.']);
    expect(s.notes).toEqual([]);
  });

  it('finds nothing in a Form without numbered options', () => {
    expect(detectSurveyQuestions([item('Nama', 'TEXT'), item('Bidang', 'TEXT')])).toEqual({
      scored: [],
      unitQuestion: 'Bidang',
      unitKey: expect.any(String),
      sections: [],
      ambiguous: [],
      notes: [],
    });
  });
});

describe('questions sharing a title (N3)', () => {
  it('are both scored, under their item keys, labelled "…" and "… (2)"', () => {
    const choices = ['1 - Selalu', '2 - Sering', '3 - Jarang', '4 - Tidak pernah'];
    const out = detectSurveyQuestions([
      { id: 7, title: 'Saya disiplin', kind: 'MULTIPLE_CHOICE', choices, section: null },
      { id: 8, title: 'Saya disiplin', kind: 'MULTIPLE_CHOICE', choices, section: null },
    ]);
    expect(out.scored.map((q) => [q.key, q.title])).toEqual([
      ['7', 'Saya disiplin'],
      ['8', 'Saya disiplin (2)'],
    ]);
    expect(questionsFromTitles(['saya disiplin (2)'], [
      { id: 7, title: 'Saya disiplin', kind: 'MULTIPLE_CHOICE', choices, section: null },
      { id: 8, title: 'Saya disiplin', kind: 'MULTIPLE_CHOICE', choices, section: null },
    ])[0].key).toBe('8');
  });

  it('a quiz score question is never scored', () => {
    expect(detectSurveyQuestions([{ id: 1, title: 'Total skor', kind: 'MULTIPLE_CHOICE', choices: ['1', '2', '3'], section: null }]).scored).toEqual([]);
  });
});

describe('questionsFromTitles', () => {
  it('takes choices from matching items and none for unknown titles', () => {
    const qs = questionsFromTitles(
      ['q1 ', 'Tidak ada di formulir'],
      [item('Q1', 'MULTIPLE_CHOICE', ['Ya', 'Tidak'], 'SOLIDER pola pikir')],
    );
    expect(qs).toEqual([
      { key: expect.any(String), title: 'Q1', choices: ['Ya', 'Tidak'], section: 'SOLIDER pola pikir', aspect: 'solider-pola-pikir', byPosition: true },
      { title: 'Tidak ada di formulir', choices: [], section: null, aspect: null },
    ]);
  });
});

describe('S1: which questions are scored, and how', () => {
  const settings = (listed: string[]) =>
    parseSettings([['Pengaturan', 'Nilai'], ['Pertanyaan Survei Dinilai', listed.join('\n')], [], ['Tabel Kategori Survei'], ['Skor Minimal', 'Skor Maksimal', 'Kategori', 'Rekomendasi'], ...defaultBandRows()]);
  const ANCHOR = item('Pimpinan memberi teladan', 'MULTIPLE_CHOICE', ['1 - Selalu', '2 - Sering', '3 - Jarang', '4 - Tidak pernah']);
  type Listed = 'not listed' | 'listed' | 'listed with the mark' | 'as the product lists it';
  type Case = [string, string[], Listed, { scored: boolean; scores?: number[]; pending?: boolean; note?: RegExp }];
  it.each<Case>([
    ['all numbered → scored by their numbers', ['1 - Selalu', '2 - Sering', '3 - Jarang', '4 - Tidak pernah'], 'as the product lists it', { scored: true, scores: [1, 2, 3, 4] }],
    ['all numbered, in another order → each its own number', ['Tidak pernah (4)', 'Jarang (3)', 'Sering (2)', 'Selalu (1)'], 'as the product lists it', { scored: true, scores: [4, 3, 2, 1] }],
    ['all numbered, the team left it out → not scored, the team is told', ['1 - Selalu', '2 - Sering', '3 - Jarang', '4 - Tidak pernah'], 'not listed', { scored: false, note: /belum tercantum di "Pertanyaan Survei Dinilai"/ }],
    ['none numbered, not listed → not scored, nothing to decide', ['Sangat setuju', 'Setuju', 'Kurang setuju', 'Tidak setuju'], 'as the product lists it', { scored: false }],
    ['none numbered, listed by the team → by position, the first option is 1', ['Sangat setuju', 'Setuju', 'Kurang setuju', 'Tidak setuju'], 'listed', { scored: true, scores: [1, 2, 3, 4] }],
    ['some numbered → ambiguous: listed with the mark, responses wait, the team is told both fixes', ['1. Sangat setuju', '2. Setuju', 'Kurang setuju', 'Tidak setuju'], 'as the product lists it', { scored: true, pending: true, note: /hanya sebagian pilihan jawabannya bernomor.*PERLU KONFIRMASI PERTANYAAN.*beri nomor pada setiap pilihan.*hapus "\(belum dikonfirmasi\)"/ }],
    ['some numbered, the mark left by the team → still waiting', ['Selalu (1)', 'Sering', 'Jarang', 'Tidak pernah'], 'listed with the mark', { scored: true, pending: true, note: /hanya sebagian pilihan jawabannya bernomor/ }],
    ['some numbered, the mark removed by the team → by position', ['1. Sangat setuju', '2. Setuju', 'Kurang setuju', 'Tidak setuju'], 'listed', { scored: true, scores: [1, 2, 3, 4] }],
    ['some numbered, the team left it out → not scored, the team is told', ['1. Sangat setuju', 'Setuju', 'Kurang setuju'], 'not listed', { scored: false, note: /hanya sebagian pilihan jawabannya bernomor dan tidak tercantum/ }],
    ['a marked question the office then numbered throughout → scored by its numbers', ['1. Sangat setuju', '2. Setuju', '3. Kurang setuju', '4. Tidak setuju'], 'listed with the mark', { scored: true, scores: [1, 2, 3, 4] }],
  ])('%s', (_name, choices, listed, want) => {
    const q = item('Pertanyaan uji', 'MULTIPLE_CHOICE', choices);
    const items = [ANCHOR, q];
    const lines =
      listed === 'as the product lists it' ? defaultScoredList(items) : listed === 'not listed' ? [ANCHOR.title] : [ANCHOR.title, listed === 'listed' ? q.title : `${q.title} (belum dikonfirmasi)`];
    const config = surveyConfig(settings(lines), items);
    const question = config.questions.find((x) => x.title === q.title);
    expect(question !== undefined, 'scored').toBe(want.scored);
    const notes = structureNotes(config).filter((n) => n.includes(q.title));
    if (want.note) expect(notes.join('\n')).toMatch(want.note);
    else expect(notes).toEqual([]);
    expect(question?.unconfirmed === true).toBe(want.pending === true);
    if (!question) return;
    const scores = choices.map((c) => scoreAnswer(c, question));
    if (want.pending) expect(scores.every((x) => x === null)).toBe(true);
    else {
      expect(scores).toEqual(want.scores);
      // Position 0 never occurs: the first option of a question scored by position is 1.
      expect(Math.min(...(scores as number[]))).toBeGreaterThanOrEqual(1);
    }
  });

  it('the product lists every numbered question, and a partly numbered one with the mark, in Form order', () => {
    const items = [
      item('Unit Kerja', 'LIST', ['Sekretariat', 'Bidang P2P']),
      item('A', 'MULTIPLE_CHOICE', ['1 Ya', '2 Tidak']),
      item('B', 'MULTIPLE_CHOICE', ['1. Sangat setuju', 'Setuju']),
      item('C', 'MULTIPLE_CHOICE', ['Ya', 'Tidak']),
      item('D', 'SCALE', ['1', '2', '3', '4', '5']),
    ];
    expect(defaultScoredList(items)).toEqual(['A', 'B (belum dikonfirmasi)', 'D']);
  });
});
