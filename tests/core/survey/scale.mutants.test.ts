/**
 * Answer-scale cases the mutation run of `survey/scale.ts` showed untested (docs/mutation.md):
 * every way the team writes "Skala Jawaban", the messages it is refused with, the wording of the
 * options, and the messages a scale needing confirmation shows (S1a).
 */
import { describe, expect, it } from 'vitest';
import { decideScale, detectScale, formatScale, isSeedScale, mapScore, parseScaleSetting, wordingRank } from '../../../src/core/survey/scale';

const set = (lowest: number, highest: number, best: 'lowest' | 'highest') => ({ kind: 'set', scale: { lowest, highest, best } });

describe('parseScaleSetting: every way of writing it (S1a)', () => {
  it.each<[string, unknown]>([
    ['1 s.d. 5, terbaik 5', set(1, 5, 'highest')],
    ['1 s/d 5, terbaik 5', set(1, 5, 'highest')],
    ['1 sd 5 terbaik 1', set(1, 5, 'lowest')],
    ['1 hingga 5, terbaik: tertinggi', set(1, 5, 'highest')],
    ['1—5, terbaik = 1', set(1, 5, 'lowest')],
    ['1–5 (5 = terbaik)', set(1, 5, 'highest')],
    ['1–5, 1: terbaik', set(1, 5, 'lowest')],
    ['1–5, terendah terbaik', set(1, 5, 'lowest')],
    ['1–5, TERTINGGI TERBAIK', set(1, 5, 'highest')],
    ['  1-11, terbaik 11  ', set(1, 11, 'highest')],
    ['1–5, terbaik5', set(1, 5, 'highest')],
    ['1–5 BELUM DIKONFIRMASI', { kind: 'unconfirmed', text: '1–5 BELUM DIKONFIRMASI' }],
  ])('%j', (text, expected) => expect(parseScaleSetting(text)).toEqual(expected));

  const example = 'Tulis seperti "1–5, terbaik 5" (nilai terendah–tertinggi, lalu nilai jawaban terbaik).';
  it.each([
    ['lima', `Skala Jawaban "lima" tidak dikenali. ${example}`],
    ['5-5, terbaik 5', `Skala Jawaban "5-5, terbaik 5": nilai terendah harus lebih kecil dari nilai tertinggi (paling banyak 11 nilai). ${example}`],
    ['0-11, terbaik 0', `Skala Jawaban "0-11, terbaik 0": nilai terendah harus lebih kecil dari nilai tertinggi (paling banyak 11 nilai). ${example}`],
    ['1-5', `Skala Jawaban "1-5": ujung terbaik tidak disebut. ${example}`],
    ['1-5, terbaik 3', `Skala Jawaban "1-5, terbaik 3": nilai terbaik 3 bukan 1 atau 5. ${example}`],
  ])('%j is refused: %s', (text, message) => {
    expect(parseScaleSetting(text)).toEqual({ kind: 'invalid', message });
  });

  it('0–10 is eleven values: allowed', () => {
    expect(parseScaleSetting('0-10, terbaik 0')).toEqual(set(0, 10, 'lowest'));
  });
});

describe('formatScale and isSeedScale', () => {
  it('names the best value of either end', () => {
    expect(formatScale(1, 5, 'lowest', true)).toBe('1–5, terbaik 1');
    expect(formatScale(0, 10, 'highest', true)).toBe('0–10, terbaik 10');
  });

  it.each([
    [{ lowest: 1, highest: 4, best: 'lowest' as const }, true],
    [{ lowest: 0, highest: 4, best: 'lowest' as const }, false],
    [{ lowest: 1, highest: 5, best: 'lowest' as const }, false],
    [{ lowest: 1, highest: 4, best: 'highest' as const }, false],
  ])('%j → %s', (scale, seed) => {
    expect(isSeedScale(scale)).toBe(seed);
    expect(mapScore(2, scale)).toBe(seed ? 2 : mapScore(2, { ...scale }));
  });

  it('mapScore on 1–4 with 4 the best reverses, and a score below the scale is null', () => {
    expect(mapScore(4, { lowest: 1, highest: 4, best: 'highest' })).toBe(1);
    expect(mapScore(1, { lowest: 1, highest: 4, best: 'highest' })).toBe(4);
    expect(mapScore(0, { lowest: 1, highest: 4, best: 'highest' })).toBeNull();
    expect(mapScore(Number.NaN, { lowest: 1, highest: 5, best: 'highest' })).toBeNull();
  });
});

describe('wordingRank: the wording of the seed and of other forms', () => {
  it.each([
    ['Sangat kurang', 5], ['Sangat buruk', 5], ['Sangat jarang', 5], ['TIDAK PERNAH', 5],
    ['Buruk', 4], ['Jelek', 4], ['Kurang', 3], ['Netral', 2], ['Ragu-ragu', 2], ['Kadang', 2],
    ['Baik', 1], ['Sangat baik', 0], ['Selalu benar', 0], ['Setidaknya', 1],
  ])('%j = %i', (label, rank) => expect(wordingRank(label)).toBe(rank));
});

describe('detectScale: where the best end shows (S1a)', () => {
  it.each<[string, Parameters<typeof detectScale>[0], unknown]>([
    ['one end label only', [{ title: 'A', kind: 'SCALE', choices: ['1', '2', '3', '4', '5'], labels: ['', 'Sangat setuju'] }], { lowest: 1, highest: 5, best: 'highest' }],
    ['the left label only', [{ title: 'A', kind: 'SCALE', choices: ['1', '2', '3', '4', '5'], labels: ['Sangat baik', ' '] }], { lowest: 1, highest: 5, best: 'lowest' }],
    ['bare numbers as options', [{ title: 'A', kind: 'MULTIPLE_CHOICE', choices: ['1', '2', '3', '4', '5'] }], { lowest: 1, highest: 5, best: null }],
    ['options scored by position', [{ title: 'A', kind: 'MULTIPLE_CHOICE', choices: ['Tidak pernah', 'Jarang', 'Sering', 'Selalu'], byPosition: true }], { lowest: 1, highest: 4, best: 'highest' }],
    ['options of words without numbers', [{ title: 'A', kind: 'MULTIPLE_CHOICE', choices: ['Selalu', 'Sering', 'Jarang', 'Tidak pernah'] }], { lowest: 1, highest: 4, best: 'lowest' }],
    ['the same rank at both ends', [{ title: 'A', kind: 'SCALE', choices: ['1', '2', '3'], labels: ['Setuju', 'Sering'] }], { lowest: 1, highest: 3, best: null }],
    ['a question without options is skipped', [{ title: 'A', kind: 'SCALE', choices: [] }, { title: 'B', kind: 'SCALE', choices: ['1', '2', '3', '4', '5'], labels: ['Tidak setuju', 'Setuju'] }], { lowest: 1, highest: 5, best: 'highest', question: 'B' }],
    ['a narrower question does not take the name', [{ title: 'A', kind: 'SCALE', choices: ['0', '1', '2', '3', '4', '5'] }, { title: 'B', kind: 'SCALE', choices: ['1', '2', '3'] }], { lowest: 0, highest: 5, question: 'A' }],
    ['a question reaching lower takes the name', [{ title: 'A', kind: 'SCALE', choices: ['1', '2', '3', '4', '5'] }, { title: 'B', kind: 'SCALE', choices: ['0', '1', '2'] }], { lowest: 0, highest: 5, question: 'B' }],
  ])('%s', (_name, questions, expected) => expect(detectScale(questions)).toMatchObject(expected as object));

  it('no scored question: nothing detected', () => {
    expect(detectScale([])).toBeNull();
    expect(detectScale([{ title: 'A', kind: 'SCALE', choices: [] }])).toBeNull();
  });
});

describe('decideScale: what the team is told (S1a)', () => {
  const detected = (lowest: number, highest: number, best: 'lowest' | 'highest' | null) => ({ lowest, highest, best, question: 'Pertanyaan 1' });
  const fix = (shown: string) => `Tulis skala di lembar Pengaturan, baris "Skala Jawaban" (mis. "${shown}"), lalu jalankan Survei › Sinkronkan Ulang Survei.`;

  it.each([
    ['1–5, best unknown', detected(1, 5, null), `Skala jawaban belum dikonfirmasi: pertanyaan "Pertanyaan 1" memakai nilai 1–5, dan tidak jelas ujung mana yang terbaik; tabel kategori memakai skor 1–4 dengan 1 terbaik. ${fix('1–5, terbaik ?')}`],
    ['1–5, 1 best', detected(1, 5, 'lowest'), `Skala jawaban belum dikonfirmasi: pertanyaan "Pertanyaan 1" memakai nilai 1–5, terbaik 1; tabel kategori memakai skor 1–4 dengan 1 terbaik. ${fix('1–5, terbaik 1')}`],
    ['0–4', detected(0, 4, 'lowest'), `Skala jawaban belum dikonfirmasi: pertanyaan "Pertanyaan 1" memakai nilai 0–4, terbaik 0; tabel kategori memakai skor 1–4 dengan 1 terbaik. ${fix('0–4, terbaik 0')}`],
  ])('%s', (_what, d, message) => {
    expect(decideScale({ kind: 'blank' }, d)).toEqual({ kind: 'confirm', detected: d, message });
  });

  it('1–3 or 2–4 with 1 or no best end are the seed scale; an invalid setting is always told', () => {
    expect(decideScale({ kind: 'blank' }, detected(1, 3, null))).toEqual({ kind: 'use', scale: { lowest: 1, highest: 4, best: 'lowest' }, source: 'seed' });
    expect(decideScale({ kind: 'blank' }, detected(2, 4, 'lowest')).kind).toBe('use');
    expect(decideScale({ kind: 'blank' }, null).kind).toBe('use');
    expect(decideScale({ kind: 'invalid', message: 'Salah.' }, null)).toEqual({ kind: 'confirm', detected: null, message: `Salah. ${fix('1–5, terbaik 5')}` });
    expect(decideScale({ kind: 'invalid', message: 'Salah.' }, detected(1, 4, 'lowest'))).toEqual({ kind: 'confirm', detected: detected(1, 4, 'lowest'), message: `Salah. ${fix('1–4, terbaik 1')}` });
  });
});
