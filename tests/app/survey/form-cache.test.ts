import { describe, expect, it } from 'vitest';
import { cachedItems, cacheItems, FORM_CACHE_KEY, responsesShowChange, splitParts } from '../../../src/app/survey/form-cache';
import type { SurveyConfig } from '../../../src/core/survey/config';
import type { FormItemInfo } from '../../../src/gas/forms';
import type { PlainResponse } from '../../../src/core/response';
import type { PropertySnapshot } from '../../../src/gas/properties';

/** An in-memory snapshot over a plain store (commit is a no-op: the store is live). */
function fakeProps(store: Record<string, string> = {}): PropertySnapshot & { store: Record<string, string> } {
  const p = {
    store,
    get<T>(key: string, fallback: T): T {
      return key in store ? (JSON.parse(store[key]) as T) : fallback;
    },
    raw: (key: string) => (key in store ? store[key] : null),
    keys: () => Object.keys(store),
    set: (key: string, value: unknown) => void (store[key] = JSON.stringify(value)),
    setRaw: (key: string, value: string) => void (store[key] = value),
    remove: (key: string) => void delete store[key],
    commit: () => undefined,
    reread: () => p,
  };
  return p;
}

const item = (title: string, kind: FormItemInfo['kind'], choices: string[] = [], section: string | null = null, id = 1): FormItemInfo => ({ id, title, kind, choices, section });
const ITEMS: FormItemInfo[] = [
  item('Bagian 1', 'PAGE_BREAK', [], 'Bagian 1', 1),
  item('Unit Kerja', 'LIST', ['Sekretariat', 'Bidang P2P'], 'Bagian 1', 2),
  item('Pimpinan hadir tepat waktu', 'MULTIPLE_CHOICE', ['1 - Selalu', '2 - Sering', '3 - Jarang', '4 - Tidak pernah'], 'Bagian 1', 3),
  item('Saran', 'PARAGRAPH_TEXT', [], 'Bagian 1', 4),
  item('Skala', 'SCALE', ['1', '2', '3', '4'], 'Bagian 1', 5),
];

const config = (titles: string[]): SurveyConfig => ({
  questions: titles.map((title) => ({ title, choices: [], section: null, aspect: null })),
  unitQuestion: 'Unit Kerja',
  commentQuestions: ['Saran'],
  table: [],
  missing: [],
  added: [],
});

const resp = (answers: Record<string, string | string[]>): PlainResponse => ({ id: 'r', timestamp: 0, email: '', answers });

describe('splitParts', () => {
  it.each([
    ['', 10, []],
    ['abc', 10, ['abc']],
    ['abcdefghij', 4, ['abcd', 'efgh', 'ij']],
    // A surrogate pair at a boundary stays whole in the next part.
    ['abc😀d', 4, ['abc', '😀d']],
  ])('%j by %i', (text, units, want) => {
    expect(splitParts(text, units)).toEqual(want);
    expect(splitParts(text, units).join('')).toBe(text);
  });
});

describe('cacheItems / cachedItems', () => {
  it('round-trips the items for the same Form, none for another Form', () => {
    const props = fakeProps();
    cacheItems(props, 'form-1', ITEMS);
    expect(cachedItems(props, 'form-1')).toEqual(ITEMS);
    expect(cachedItems(props, 'form-2')).toBeNull();
    expect(cachedItems(props, '')).toBeNull();
  });

  it('splits a large structure over parts each within the 9 KB value limit, and drops stale parts when it shrinks', () => {
    const props = fakeProps();
    const long = Array.from({ length: 40 }, (_, i) =>
      item(`Pertanyaan ${i} ${'é'.repeat(200)}`, 'MULTIPLE_CHOICE', ['1 - Selalu sekali ✓', '2 - Sering', '3 - Jarang', '4 - Tidak pernah'], 'Bagian', i),
    );
    cacheItems(props, 'f', long);
    const parts = props.keys().filter((k) => k.startsWith(`${FORM_CACHE_KEY}.`));
    expect(parts.length).toBeGreaterThan(1);
    for (const k of parts) expect(Buffer.byteLength(props.store[k], 'utf8')).toBeLessThanOrEqual(9 * 1024);
    expect(cachedItems(props, 'f')).toEqual(long);
    cacheItems(props, 'f', ITEMS);
    expect(props.keys().filter((k) => k.startsWith(`${FORM_CACHE_KEY}.`))).toEqual([`${FORM_CACHE_KEY}.0`]);
    expect(cachedItems(props, 'f')).toEqual(ITEMS);
  });

  it('keeps nothing when the structure is too large to store, so every run reads the Form', () => {
    const props = fakeProps();
    cacheItems(props, 'f', ITEMS);
    const huge = Array.from({ length: 400 }, (_, i) => item(`Q${i} ${'x'.repeat(300)}`, 'TEXT', [], null, i));
    cacheItems(props, 'f', huge);
    expect(props.keys().filter((k) => k.startsWith(FORM_CACHE_KEY))).toEqual([]);
    expect(cachedItems(props, 'f')).toBeNull();
  });

  it('gives null for a damaged or partly missing cache', () => {
    const props = fakeProps();
    cacheItems(props, 'f', ITEMS);
    props.store[`${FORM_CACHE_KEY}.0`] = '[[1,';
    expect(cachedItems(props, 'f')).toBeNull();
    delete props.store[`${FORM_CACHE_KEY}.0`];
    expect(cachedItems(props, 'f')).toBeNull();
  });
});

describe('responsesShowChange', () => {
  // Answers are keyed by item id (N3); the scored questions carry their item's key.
  const scored: SurveyConfig = {
    ...config(['Pimpinan hadir tepat waktu', 'Skala']),
    questions: [
      { key: '3', title: 'Pimpinan hadir tepat waktu', choices: [], section: null, aspect: null },
      { key: '5', title: 'Skala', choices: [], section: null, aspect: null },
    ],
  };
  const ok = { 2: 'Sekretariat', 3: '2 - Sering', 5: '3', 4: 'bagus' };
  it.each<[string, Record<string, string | string[]>, boolean]>([
    ['a response that agrees', ok, false],
    ['an item the structure lacks (question added)', { ...ok, 99: '1' }, true],
    ['a scored question unanswered (question removed)', { 2: 'Sekretariat', 5: '3' }, true],
    ['a scored question answered blank', { ...ok, 5: '' }, true],
    ['a choice the structure does not list (options edited)', { ...ok, 3: '2 - Kadang' }, true],
    ['a scale answer out of range', { ...ok, 5: '7' }, true],
    ['a list answer not listed', { ...ok, 2: 'Bidang Baru' }, true],
    ['free text is never checked against choices', { ...ok, 4: 'apa saja' }, false],
  ])('%s → %s', (_name, answers, want) => {
    expect(responsesShowChange(ITEMS, scored, [resp(answers)], [resp(answers)])).toBe(want);
  });

  it('checks unanswered and unknown choices only in the latest responses, unknown items in all', () => {
    const old = resp({ 2: 'Sekretariat' }); // an old row from before a question was added
    expect(responsesShowChange(ITEMS, scored, [old, resp(ok)], [resp(ok)])).toBe(false);
    expect(responsesShowChange(ITEMS, scored, [resp({ Lama: 'x' }), resp(ok)], [resp(ok)])).toBe(true);
  });

  it('a listed question the structure lacks is not asked for (already known to be missing)', () => {
    const withMissing: SurveyConfig = { ...scored, questions: [...scored.questions, { title: 'Sudah dihapus', choices: [], section: null, aspect: null }] };
    expect(responsesShowChange(ITEMS, withMissing, [resp(ok)], [resp(ok)])).toBe(false);
  });
});
