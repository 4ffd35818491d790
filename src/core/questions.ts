/**
 * N3: questions are told apart by their Form item (or, in a response tab or a CSV, by their
 * column), never by title alone. Answers are keyed by the item's id from the reader up; where a
 * person reads a question (Pengaturan, Hasil Survei, messages) it has a label that is unique in
 * its Form: the title, and for the k-th question sharing a title, "Title (k)".
 */

/** The key answers are stored under: the Form item's id, as text. */
export type QuestionKey = string;

/** The kinds of Form item the product tells apart (Google's ItemType names). */
export type FormItemKind = 'MULTIPLE_CHOICE' | 'CHECKBOX' | 'LIST' | 'TEXT' | 'PARAGRAPH_TEXT' | 'SCALE' | 'SECTION_HEADER' | 'PAGE_BREAK';

const titleKey = (s: string): string => String(s ?? '').normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Unique labels for questions in Form order: the title; the second and later questions with the
 * same title get " (2)", " (3)"… (a label another question already uses as its own title gets the
 * next free number instead).
 */
export function questionLabels(titles: readonly string[]): string[] {
  const titlesUsed = new Set(titles.map(titleKey));
  const used = new Set<string>();
  const seen = new Map<string, number>();
  return titles.map((title) => {
    const k = titleKey(title);
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    if (n === 1) {
      used.add(k);
      return title;
    }
    let i = n;
    while (used.has(titleKey(`${title.trim()} (${i})`)) || titlesUsed.has(titleKey(`${title.trim()} (${i})`))) i++;
    const label = `${title.trim()} (${i})`;
    used.add(titleKey(label));
    return label;
  });
}

/** A question with its key and label. */
export interface LabelledQuestion {
  key: QuestionKey;
  title: string;
  label: string;
}

/** Keys and labels for items in Form order (`id` as FormApp gives it). */
export function labelled<T extends { id: number | string; title: string }>(items: readonly T[]): (T & LabelledQuestion)[] {
  const labels = questionLabels(items.map((i) => i.title));
  return items.map((it, i) => ({ ...it, key: String(it.id), label: labels[i] }));
}

/**
 * The question a label names, compared case- and space-insensitively: its label, or its title when
 * only one question has that title. null when none matches.
 */
export function byLabel<T extends LabelledQuestion>(questions: readonly T[], wanted: string): T | null {
  const k = titleKey(wanted);
  if (k === '') return null;
  const hit = questions.find((q) => titleKey(q.label) === k);
  if (hit) return hit;
  const sameTitle = questions.filter((q) => titleKey(q.title) === k);
  return sameTitle.length === 1 ? sameTitle[0] : null;
}

/**
 * Which question each column of a response tab holds: the header's title, matched in order (the
 * k-th column titled "Nama Calon" is the k-th question titled so, as Google lays the columns out
 * in Form order). null for columns no current question has (a deleted question, a quiz score).
 */
export function columnQuestions<T extends { title: string }>(header: readonly string[], questions: readonly T[]): (T | null)[] {
  const pools = new Map<string, T[]>();
  for (const q of questions) {
    const k = titleKey(q.title);
    pools.set(k, [...(pools.get(k) ?? []), q]);
  }
  return header.map((h) => {
    const pool = pools.get(titleKey(h));
    return pool && pool.length > 0 ? (pool.shift() as T) : null;
  });
}

/**
 * Answers keyed by question key, also when some were kept under a title or label by an earlier
 * version of the product (a response waiting in the properties over an upgrade).
 */
export function answersByKey<V>(answers: Readonly<Record<string, V>>, questions: readonly LabelledQuestion[]): Record<string, V> {
  const keys = new Set(questions.map((q) => q.key));
  const out: Record<string, V> = {};
  for (const [k, v] of Object.entries(answers)) {
    if (keys.has(k)) out[k] = v;
    else {
      const q = byLabel(questions, k);
      out[q && !(q.key in answers) ? q.key : k] = v;
    }
  }
  return out;
}
