import { describe, expect, it } from 'vitest';
import { decideScale, detectScale, formatScale, mapScore, parseScaleSetting, SEED_SCALE, wordingRank } from '../../../src/core/survey/scale';

describe('parseScaleSetting (S1a: "Skala Jawaban")', () => {
  it.each<[string, unknown]>([
    ['', { kind: 'blank' }],
    ['1-5, terbaik 5', { kind: 'set', scale: { lowest: 1, highest: 5, best: 'highest' } }],
    ['1–5 (5 terbaik)', { kind: 'set', scale: { lowest: 1, highest: 5, best: 'highest' } }],
    ['1 sampai 5, terbaik tertinggi', { kind: 'set', scale: { lowest: 1, highest: 5, best: 'highest' } }],
    ['1-4, terbaik terendah', { kind: 'set', scale: SEED_SCALE }],
    ['1–4, terbaik 1', { kind: 'set', scale: SEED_SCALE }],
    ['0-10, terbaik 10', { kind: 'set', scale: { lowest: 0, highest: 10, best: 'highest' } }],
    ['1–5, terbaik 5 (belum dikonfirmasi)', { kind: 'unconfirmed', text: '1–5, terbaik 5 (belum dikonfirmasi)' }],
  ])('%j', (text, expected) => expect(parseScaleSetting(text)).toEqual(expected));

  it.each([['lima'], ['1-5'], ['1-5, terbaik 3'], ['5-1, terbaik 5'], ['1-20, terbaik 1']])('%j is refused with a message that shows how to write it', (text) => {
    const r = parseScaleSetting(text);
    expect(r.kind).toBe('invalid');
    expect(r.kind === 'invalid' && r.message).toMatch(/Skala Jawaban .*Tulis seperti "1–5, terbaik 5"/);
  });

  it('formats what it reads', () => {
    expect(formatScale(1, 5, 'highest', false)).toBe('1–5, terbaik 5 (belum dikonfirmasi)');
    expect(parseScaleSetting(formatScale(1, 5, 'highest', true))).toEqual({ kind: 'set', scale: { lowest: 1, highest: 5, best: 'highest' } });
    expect(formatScale(1, 5, null, false)).toBe('1–5, terbaik ? (belum dikonfirmasi)');
  });
});

describe('detectScale', () => {
  it.each<[string, Parameters<typeof detectScale>[0], unknown]>([
    ['seed wording, 1 best', [{ title: 'A', kind: 'MULTIPLE_CHOICE', choices: ['1 - Selalu', '2 - Sering', '3 - Jarang', '4 - Tidak pernah'] }], { lowest: 1, highest: 4, best: 'lowest' }],
    ['linear 1–5 with labels, 5 best', [{ title: 'A', kind: 'SCALE', choices: ['1', '2', '3', '4', '5'], labels: ['Sangat tidak setuju', 'Sangat setuju'] }], { lowest: 1, highest: 5, best: 'highest' }],
    ['linear 1–4 without labels', [{ title: 'A', kind: 'SCALE', choices: ['1', '2', '3', '4'], labels: ['', ''] }], { lowest: 1, highest: 4, best: null }],
    ['"Selalu (1)" options', [{ title: 'A', kind: 'MULTIPLE_CHOICE', choices: ['Selalu (1)', 'Sering (2)', 'Jarang (3)', 'Tidak pernah (4)'] }], { lowest: 1, highest: 4, best: 'lowest' }],
    ['questions disagree on the best end', [
      { title: 'A', kind: 'MULTIPLE_CHOICE', choices: ['1 - Selalu', '4 - Tidak pernah'] },
      { title: 'B', kind: 'MULTIPLE_CHOICE', choices: ['1 - Tidak pernah', '4 - Selalu'] },
    ], { lowest: 1, highest: 4, best: null }],
    ['the widest range names its question', [
      { title: 'A', kind: 'MULTIPLE_CHOICE', choices: ['1 - Selalu', '4 - Tidak pernah'] },
      { title: 'B', kind: 'SCALE', choices: ['1', '2', '3', '4', '5'] },
    ], { lowest: 1, highest: 5, best: 'lowest', question: 'B' }],
  ])('%s', (_name, questions, expected) => expect(detectScale(questions)).toMatchObject(expected as object));
});

describe('decideScale', () => {
  const seed = detectScale([{ title: 'A', kind: 'SCALE', choices: ['1', '2', '3', '4'] }]);
  const likert = detectScale([{ title: 'Pernyataan 1', kind: 'SCALE', choices: ['1', '2', '3', '4', '5'], labels: ['Sangat tidak setuju', 'Sangat setuju'] }]);
  it('a 1–4 scale is scored as is, without asking', () => expect(decideScale({ kind: 'blank' }, seed)).toEqual({ kind: 'use', scale: SEED_SCALE, source: 'seed' }));
  it('a 1–5 scale asks for the setting, naming the question and the setting', () => {
    const d = decideScale({ kind: 'blank' }, likert);
    expect(d.kind).toBe('confirm');
    expect(d.kind === 'confirm' && d.message).toMatch(/"Pernyataan 1".*1–5.*terbaik 5.*"Skala Jawaban".*"1–5, terbaik 5"/);
    expect(decideScale({ kind: 'unconfirmed', text: 'x' }, likert).kind).toBe('confirm');
  });
  it('a 1–4 scale whose labels say 4 is best asks too', () => {
    const reversed = detectScale([{ title: 'A', kind: 'SCALE', choices: ['1', '2', '3', '4'], labels: ['Tidak pernah', 'Selalu'] }]);
    expect(decideScale({ kind: 'blank' }, reversed).kind).toBe('confirm');
  });
  it("the team's setting wins", () => expect(decideScale({ kind: 'set', scale: { lowest: 1, highest: 5, best: 'highest' } }, likert)).toMatchObject({ kind: 'use', source: 'pengaturan' }));
});

describe('mapScore (S1a)', () => {
  const five = { lowest: 1, highest: 5, best: 'highest' as const };
  it.each([[5, 1], [4, 1.75], [3, 2.5], [2, 3.25], [1, 4]])('1–5, 5 best: %d → %d', (s, m) => expect(mapScore(s, five)).toBe(m));
  it('1–5, 1 best: 1 → 1, 5 → 4', () => {
    expect(mapScore(1, { ...five, best: 'lowest' })).toBe(1);
    expect(mapScore(5, { ...five, best: 'lowest' })).toBe(4);
  });
  it('0–10, 10 best keeps two decimals', () => expect(mapScore(7, { lowest: 0, highest: 10, best: 'highest' })).toBe(1.9));
  it('the seed scale is as is; outside the scale is null', () => {
    expect(mapScore(3, SEED_SCALE)).toBe(3);
    expect(mapScore(6, five)).toBeNull();
  });
});

describe('wordingRank', () => {
  it.each([
    ['Sangat setuju', 0], ['Selalu', 0], ['Setuju', 1], ['Sering', 1], ['Cukup', 2], ['Kadang-kadang', 2],
    ['Kurang setuju', 3], ['Jarang', 3], ['Tidak setuju', 4], ['Tidak pernah', 5], ['Sangat tidak setuju', 5],
  ])('%j = %i', (label, rank) => expect(wordingRank(label)).toBe(rank));
});
