import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../../src/core/settings';
import { defaultBandRows } from '../../../src/core/survey/bands';
import type { SurveyItem } from '../../../src/core/survey/questions';
import { aspectLines, parseAspectLines, surveyConfig } from '../../../src/core/survey/config';
import { deriveResults, mergeRecords, readRecords, resultHeader, resultRow, scoreRecord, STATUS_SUPERSEDED } from '../../../src/core/survey/results';
import { sameCell } from '../../../src/core/cells';
import { summariseSurvey } from '../../../src/core/survey/summary';

const items: SurveyItem[] = [
  { id: 1, title: 'Unit Kerja', kind: 'LIST', choices: ['A', 'B'], section: null },
  { id: 2, title: 'Bagian Satu', kind: 'PAGE_BREAK', choices: [], section: 'Bagian Satu' },
  { id: 3, title: 'P1', kind: 'MULTIPLE_CHOICE', choices: ['1 Ya', '2 Kadang', 'Tidak'], section: 'Bagian Satu' },
  { id: 4, title: 'P2', kind: 'MULTIPLE_CHOICE', choices: ['1', '2', '3'], section: 'Bagian Satu' },
  { id: 5, title: 'Saran', kind: 'PARAGRAPH_TEXT', choices: [], section: 'Bagian Satu' },
];

function settingsRows(extra: [string, string][] = []): unknown[][] {
  return [['Pengaturan', 'Nilai', 'Keterangan'], ...extra, [], ['Tabel Kategori Survei'], ['Skor Minimal', 'Skor Maksimal', 'Kategori', 'Rekomendasi'], ...defaultBandRows()];
}

describe('aspect lines in Pengaturan', () => {
  it.each([
    ['Bagian Satu = Kepemimpinan dan Manajemen', 'solider-kepemimpinan'],
    ['Bagian Satu = SOLIDER: Pola Pikir dan Cara Kerja', 'solider-pola-pikir'],
    ['Bagian Satu = BerAKHLAK', 'berakhlak-perilaku'],
    ['  bagian  satu  =  - ', null],
    ['Bagian Satu = ', null],
  ])('%s → %s', (line, aspect) => {
    expect(parseAspectLines([line]).bySection.get('bagian satu')).toBe(aspect);
  });

  it('lists an aspect name it does not know, and round-trips the lines it writes', () => {
    expect(parseAspectLines(['Bagian Satu = Kebersihan']).unknown).toEqual(['Bagian Satu = Kebersihan']);
    const lines = aspectLines([{ title: 'X = Y', aspect: 'berakhlak-perilaku' }, { title: 'Lain', aspect: null }]);
    const parsed = parseAspectLines(lines).bySection;
    expect([parsed.get('x = y'), parsed.get('lain')]).toEqual(['berakhlak-perilaku', null]);
  });

  it('the team’s correction overrides the aspect detected from the section title', () => {
    const parsed = parseSettings(settingsRows([['Aspek Survei per Bagian', 'Bagian Satu = BerAKHLAK']]));
    expect(surveyConfig(parsed, items).questions.map((q) => q.aspect)).toEqual(['berakhlak-perilaku', 'berakhlak-perilaku']);
  });
});

describe('Hasil Survei rows', () => {
  // P1 is partly numbered: the team listed it, so it is scored by position ("Tidak" = 3, S1).
  const parsed = parseSettings(settingsRows([['Pertanyaan Survei Dinilai', 'P1\nP2']]));
  const config = surveyConfig(parsed, items);
  const titles = config.questions.map((q) => q.title);
  const response = (id: string, p1: string, p2: string, at: number, email = '') => ({
    id,
    timestamp: at,
    email,
    answers: { 'Unit Kerja': 'A', P1: p1, P2: p2, Saran: '=1+1' },
  });

  it('detects questions, unit and comment questions', () => {
    expect([titles, config.unitQuestion, config.commentQuestions]).toEqual([['P1', 'P2'], 'Unit Kerja', ['Saran']]);
  });

  it('reads back exactly what it writes (scores, scaled total, band, comment, problems)', () => {
    const records = [
      scoreRecord(response('r1', 'Tidak', '2', Date.UTC(2026, 7, 1)), config),
      scoreRecord(response('r2', '', '1', Date.UTC(2026, 7, 2)), config),
    ];
    const derived = deriveResults(records, titles, config.table);
    const sheet: unknown[][] = [resultHeader(titles), ...derived.map((d) => resultRow(d, titles, (ms) => new Date(ms)))];
    expect(sheet[1].slice(3, 8)).toEqual([3, 2, 5, 12.5, 'KURANG BAIK']);
    expect(sheet[2][7]).toBe('TIDAK LENGKAP');
    const again = deriveResults(readRecords(sheet), titles, config.table).map((d) => resultRow(d, titles, (ms) => new Date(ms)));
    again.forEach((row, i) => row.forEach((cell, c) => expect(sameCell(sheet[i + 1][c], cell)).toBe(true)));
  });

  it('a partly numbered question the team has not decided: PERLU KONFIRMASI PERTANYAAN, never banded, read back as waiting', () => {
    const waiting = surveyConfig(parseSettings(settingsRows()), items);
    expect(waiting.questions.map((q) => [q.title, q.unconfirmed === true])).toEqual([['P1', true], ['P2', false]]);
    const records = [scoreRecord(response('r1', '1 Ya', '2', Date.UTC(2026, 7, 1)), waiting)];
    expect([records[0].complete, records[0].total, records[0].scores.get('P1'), records[0].scores.get('P2')]).toEqual([false, null, null, 2]);
    const derived = deriveResults(records, titles, waiting.table);
    const sheet: unknown[][] = [resultHeader(titles), ...derived.map((d) => resultRow(d, titles, (ms) => new Date(ms)))];
    expect(sheet[1][7]).toBe('PERLU KONFIRMASI PERTANYAAN');
    expect(String(sheet[1][10])).toMatch(/Pertanyaan "P1" belum dinilai: hanya sebagian pilihan jawabannya bernomor/);
    const [back] = readRecords(sheet);
    expect([back.pending, back.complete]).toEqual(['PERLU KONFIRMASI PERTANYAAN', false]);
    const summary = summariseSurvey(deriveResults([back], titles, waiting.table), waiting.questions, waiting.table);
    expect(summary.overall.bands.find((b) => b.label === 'PERLU KONFIRMASI PERTANYAAN')?.count).toBe(1);
  });

  it('merges by response id: a repeated id replaces its record in place', () => {
    const a = scoreRecord(response('r1', '1 Ya', '1', 1), config);
    const b = scoreRecord(response('r2', '1 Ya', '1', 2), config);
    const a2 = scoreRecord(response('r1', 'Tidak', '3', 3), config);
    expect(mergeRecords([a, b], [a2, a2]).map((r) => [r.id, r.total])).toEqual([
      ['r1', 6],
      ['r2', 2],
    ]);
  });
});

describe('the shipped pipeline: score (S1–S2), band (S3–S4), period and latest per respondent (S5), summary (S6)', () => {
  const choices = ['1 – Selalu', '2 – Sering', '3 – Jarang', '4 – Tidak pernah'];
  const fiveItems: SurveyItem[] = [
    { id: 1, title: 'Unit Kerja', kind: 'TEXT', choices: [], section: null },
    ...[1, 2, 3, 4, 5].map((i) => ({ id: i + 1, title: `Q${i}`, kind: 'MULTIPLE_CHOICE' as const, choices, section: null })),
  ];
  const config = surveyConfig(parseSettings(settingsRows()), fiveItems);
  const titles = config.questions.map((q) => q.title);
  const answers = (unit: string, picks: number[]) => ({ 'Unit Kerja': unit, ...Object.fromEntries(picks.map((p, i) => [`Q${i + 1}`, p === 0 ? '' : choices[p - 1]])) });
  const derived = deriveResults(
    [
      { id: 'r1', timestamp: Date.parse('2026-08-01T01:00:00Z'), email: 'Ani@x.id', answers: answers('Sekretariat', [4, 4, 4, 4, 4]) },
      { id: 'r2', timestamp: Date.parse('2026-08-02T01:00:00Z'), email: 'ani@x.id', answers: answers('Sekretariat', [1, 2, 1, 2, 1]) },
      { id: 'r3', timestamp: Date.parse('2026-08-02T01:00:00Z'), email: '', answers: answers('Bidang P2P', [1, 2, 0, 2, 1]) },
    ].map((r) => scoreRecord(r, config)),
    titles,
    config.table,
  );

  it('scores, bands, dates and dedupes each response', () => {
    expect(derived.map((d) => [d.record.id, d.unit, d.record.total, d.category, d.counted, d.periodKey])).toEqual([
      ['r1', 'Sekretariat', 20, 'TIDAK BAIK', false, '2026-S2'],
      ['r2', 'Sekretariat', 7, 'BELUM BAIK', true, '2026-S2'],
      ['r3', 'Bidang P2P', null, 'TIDAK LENGKAP', true, '2026-S2'],
    ]);
    expect(derived[0].status).toBe(STATUS_SUPERSEDED);
    expect(derived[0].note).toMatch(/^digantikan: ani@x.id mengisi lagi pada 2 Agustus 2026 09.00 WITA \(r2\)/);
    expect(derived[1].recommendation).toBe('Perlu peningkatan (sosialisasi)');
    expect(derived[2].band).toBeNull();
    expect(derived[2].record.problems).toBe('Pertanyaan "Q3" tidak dijawab.');
  });

  it('feeds the summary directly', () => {
    const s = summariseSurvey(derived, config.questions, config.table);
    expect(s.overall.responses).toBe(2);
    expect(s.overall.bands.map((b) => b.count)).toEqual([0, 1, 0, 0, 1]);
  });
});
