/**
 * The survey Form's structure (items, choices, sections) remembered in document properties, so a
 * submission need not re-read the Form (dozens of FormApp calls). Written whenever the Form is
 * described (connect, re-sync, a submission that shows a change); used while the responses agree
 * with it. Stored compactly, split over several keys when longer than one property value may be;
 * when even that does not fit, nothing is cached and every run reads the Form.
 */
import type { FormItemInfo, ItemKind } from '../../gas/forms';
import type { PlainResponse } from '../../core/response';
import type { PropertySnapshot } from '../../gas/properties';
import type { SurveyConfig } from '../../core/survey/config';

export const FORM_CACHE_KEY = 'survey.formCache';
/** UTF-16 units per part: at most 3 UTF-8 bytes each, so a part stays under Google's 9 KB. */
const PART_UNITS = 3000;
const MAX_PARTS = 12;

interface CacheMeta {
  formId: string;
  parts: number;
}

type Packed = [number, string, ItemKind, string[], string | null, [string, string]?];

/** Splits `text` into parts of at most PART_UNITS units, never between a surrogate pair. */
export function splitParts(text: string, units = PART_UNITS): string[] {
  const parts: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + units);
    const code = text.charCodeAt(end - 1);
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end--;
    parts.push(text.slice(at, end));
    at = end;
  }
  return parts;
}

/** The text kept in the `count` properties `${key}.0` … (splitParts), or null when a part is missing. */
export function readParts(props: PropertySnapshot, key: string, count: number): string | null {
  let text = '';
  for (let i = 0; i < count; i++) {
    const part = props.raw(`${key}.${i}`);
    if (part === null) return null;
    text += part;
  }
  return text;
}

/** Keeps `parts` as the properties `${key}.0` …, removing any part beyond them (none: all removed). */
export function writeParts(props: PropertySnapshot, key: string, parts: readonly string[]): void {
  for (const k of props.keys()) {
    if (!k.startsWith(`${key}.`)) continue;
    const i = Number(k.slice(key.length + 1));
    if (!(Number.isInteger(i) && i >= 0 && i < parts.length)) props.remove(k);
  }
  parts.forEach((p, i) => props.setRaw(`${key}.${i}`, p));
}

/** The remembered items of Form `formId`, or null (none, another Form, damaged). */
export function cachedItems(props: PropertySnapshot, formId: string): FormItemInfo[] | null {
  const meta = props.get<CacheMeta | null>(FORM_CACHE_KEY, null);
  if (!meta || meta.formId !== formId || formId === '') return null;
  const text = readParts(props, FORM_CACHE_KEY, meta.parts);
  if (text === null) return null;
  try {
    const packed = JSON.parse(text) as Packed[];
    return packed.map(([id, title, kind, choices, section, labels]) => (labels ? { id, title, kind, choices, section, labels } : { id, title, kind, choices, section }));
  } catch {
    return null;
  }
}

/** Remembers `items` of Form `formId` (or forgets the cache when it is too large to keep). */
export function cacheItems(props: PropertySnapshot, formId: string, items: readonly FormItemInfo[]): void {
  const packed: Packed[] = items.map((it) => (it.labels ? [it.id, it.title, it.kind, it.choices, it.section, it.labels] : [it.id, it.title, it.kind, it.choices, it.section]));
  const parts = splitParts(JSON.stringify(packed));
  const keep = parts.length <= MAX_PARTS && formId !== '';
  writeParts(props, FORM_CACHE_KEY, keep ? parts : []);
  if (!keep) {
    props.remove(FORM_CACHE_KEY);
    return;
  }
  props.set(FORM_CACHE_KEY, { formId, parts: parts.length } satisfies CacheMeta);
}

const CHOICE_KINDS: ItemKind[] = ['MULTIPLE_CHOICE', 'CHECKBOX', 'LIST', 'SCALE'];

/**
 * True when responses disagree with the remembered structure, so the Form must be read again:
 * a title answered that the structure lacks (in `all`), or, in `latest`, a scored question of
 * the structure left unanswered (it may have been removed) or a choice answer the structure does
 * not list (options edited).
 */
export function responsesShowChange(
  items: readonly FormItemInfo[],
  config: SurveyConfig,
  all: readonly PlainResponse[],
  latest: readonly PlainResponse[],
): boolean {
  // Answers are keyed by item id (N3); a key the structure lacks is a question added since.
  const byKey = new Map(items.map((it) => [String(it.id), it]));
  if (all.some((r) => Object.keys(r.answers).some((k) => !byKey.has(k)))) return true;
  const scored = config.questions.map((q) => q.key).filter((k): k is string => k !== undefined && byKey.has(k));
  for (const r of latest) {
    for (const k of scored) {
      const a = r.answers[k];
      if (a === undefined || a === '' || (Array.isArray(a) && a.length === 0)) return true;
    }
    for (const [k, answer] of Object.entries(r.answers)) {
      const item = byKey.get(k);
      if (!item || CHOICE_KINDS.indexOf(item.kind) < 0 || item.choices.length === 0) continue;
      const values = Array.isArray(answer) ? answer : answer === '' ? [] : [answer];
      if (values.some((v) => item.choices.indexOf(v) < 0)) return true;
    }
  }
  return false;
}
