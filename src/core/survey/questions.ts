/**
 * Which survey questions are scored (S1), which one names the respondent's unit, and which of the
 * seed's three aspects each Form section belongs to. Questions are told apart by item (N3): each
 * has a key (the item id) and a label unique in its Form ("Title (2)" for a second "Title").
 */
import { byLabel, questionLabels, type LabelledQuestion } from '../questions';

/** A Form item as read by gas/forms (structurally FormItemInfo). */
export interface SurveyItem {
  id: number | string;
  title: string;
  /** FormApp item type: MULTIPLE_CHOICE, LIST, SCALE, CHECKBOX, TEXT, PAGE_BREAK, … */
  kind: string;
  /** Choice labels in Form order ([] when the item has none or they are unknown). */
  choices: string[];
  /** Title of the section the item is in, or null. */
  section: string | null;
  /** A linear scale's end labels (left, right), when known. */
  labels?: readonly [string, string];
}

export type AspectKey = 'solider-kepemimpinan' | 'solider-pola-pikir' | 'berakhlak-perilaku';

export interface Aspect {
  key: AspectKey;
  /** The seed's wording, shown in `Ringkasan Survei`. */
  label: string;
}

/** The seed's three aspects, in the seed's order. */
export const ASPECTS: readonly Aspect[] = [
  { key: 'solider-kepemimpinan', label: 'Penerapan nilai-nilai organisasi SOLIDER dalam Kepemimpinan dan Manajemen' },
  { key: 'solider-pola-pikir', label: 'Penerapan nilai-nilai organisasi SOLIDER dalam pola pikir dan cara kerja' },
  { key: 'berakhlak-perilaku', label: 'Penerapan nilai-nilai dasar (core value) ASN BerAKHLAK dalam perilaku kerja' },
];

/** A scored question. */
export interface SurveyQuestion {
  /** What answers are keyed by (the item id, N3); absent: the title is the key. */
  key?: string;
  /** The label people read: the title, "Title (2)" for the second question sharing it. */
  title: string;
  /** Choice labels in Form order; [] when unknown (e.g. a question named in `Pengaturan` only). */
  choices: string[];
  section: string | null;
  aspect: AspectKey | null;
  /** S1: the team listed it though not every option carries a number: scored by 1-based position. */
  byPosition?: boolean;
  /**
   * S1: only some options carry a number and the team has not decided (the mark is still after its
   * title in Pengaturan): never scored, the response waits (PERLU KONFIRMASI PERTANYAAN).
   */
  unconfirmed?: boolean;
}

export interface SurveyStructure {
  /** Scored questions in Form order. */
  scored: SurveyQuestion[];
  /** Label of the unit question ("Unit Kerja"/"Bidang"), or null. */
  unitQuestion: string | null;
  /** Its key, or null. */
  unitKey: string | null;
  /** Every section title in Form order with the aspect it maps to (null: none or ambiguous). */
  sections: { title: string; aspect: AspectKey | null }[];
  /** Labels of the questions whose options are only partly numbered (S1: ambiguous), in Form order. */
  ambiguous: string[];
  /** Indonesian notes for the team about questions that look scored but are odd. */
  notes: string[];
}

/** Words that make a number a count or an amount ("1 kali sebulan", "2 orang", "5 tahun"). */
const COUNT_WORD = /^(?:x|kali|orang|tahun|thn|bulan|bln|minggu|pekan|hari|jam|menit|detik|persen|%|kegiatan|jenis|buah|poin|point|nilai|dari)(?![\p{L}])/iu;

/**
 * The number a choice label carries (S1): leading ("1", "1.", "1 -", "1 – Sangat baik", "1) …",
 * "(1) …", "2: Baik", "1 = Selalu", "1 Sangat baik") or trailing in brackets ("Selalu (1)");
 * null for labels without one ("Sangat baik"), and for numbers that are amounts, not option
 * numbers: ranges ("1-5 tahun", "6 – 10"), counts ("1 kali sebulan", "2 orang"), decimals
 * ("1.5 jam"), fractions and quiz scores ("8 / 10"), percentages ("10%").
 */
export function optionNumber(label: string): number | null {
  const text = String(label);
  const lead = /^\s*(?:\((\d{1,3})\)|(\d{1,3})(?=[\s.):=\-–—/%,]|$))/.exec(text);
  if (lead) {
    const rest = text.slice(lead[0].length);
    if (lead[2] !== undefined) {
      // "1.5", "1,5", "1-5", "1 – 10", "8 / 10", "10%": an amount or a range, not an option number.
      if (/^(?:[.,]\d|\s*[-–—/]\s*\d|\s*%)/.test(rest)) return null;
      // "1 kali sebulan", "2 orang": a count.
      if (/^\s+/.test(rest) && COUNT_WORD.test(rest.trim())) return null;
    }
    return Number(lead[1] ?? lead[2]);
  }
  const trail = /\((\d{1,3})\)\s*$/.exec(text);
  if (trail && /\p{L}/u.test(text.slice(0, trail.index))) return Number(trail[1]);
  return null;
}

const SCORABLE_KINDS = new Set(['MULTIPLE_CHOICE', 'LIST', 'SCALE']);
/** A quiz's score and similar columns: never scored, whatever they hold (S1). */
export const NEVER_SCORED_TITLE = /^\s*(?:total\s+)?(?:score|skor|nilai kuis|poin|points?)\s*$/i;

/** How a choice item's options carry numbers (S1): every one, some of them, or none. */
export type OptionNumbering = 'all' | 'some' | 'none';

/**
 * Whether every option of a multiple-choice, list or scale item carries a number (S1); null for
 * items that are never scored (other kinds, a quiz's score column, fewer than two options).
 */
export function optionNumbering(item: SurveyItem): OptionNumbering | null {
  if (!SCORABLE_KINDS.has(item.kind.toUpperCase())) return null;
  if (NEVER_SCORED_TITLE.test(item.title)) return null;
  if (item.choices.length < 2) return null;
  const numbered = item.choices.filter((c) => optionNumber(c) !== null).length;
  return numbered === item.choices.length ? 'all' : numbered === 0 ? 'none' : 'some';
}

/**
 * S1: an item is scored automatically when EVERY option carries a number (a linear scale's values
 * do). Options without any number are wording ("Ya", "Tidak", "2 kali seminggu"): scored only when
 * the team lists the question, by position. Some numbered and some not is ambiguous (see
 * detectSurveyQuestions): never scored silently, never dropped silently.
 */
export function isScoredItem(item: SurveyItem): boolean {
  return optionNumbering(item) === 'all';
}

/** True when only some of an item's options carry a number (S1: ambiguous until the team decides). */
export function isMixedItem(item: SurveyItem): boolean {
  return optionNumbering(item) === 'some';
}

/**
 * The mark after a title in "Pertanyaan Survei Dinilai" for a question whose options are only
 * partly numbered: the product wrote it, the team has not confirmed it (as for "Skala Jawaban").
 */
export const UNCONFIRMED_MARK = '(belum dikonfirmasi)';

/** The label of a response while a partly numbered question waits for the team: listed, never banded. */
export const QUESTIONS_PENDING_LABEL = 'PERLU KONFIRMASI PERTANYAAN';

const MARK_AT_END = /\s*\(\s*belum\s+dikonfirmasi\s*\)\s*$/i;

/** A line of "Pertanyaan Survei Dinilai": the question's label, and whether it still carries the mark. */
export function listedQuestion(line: string): { title: string; unconfirmed: boolean } {
  const t = String(line).trim();
  return MARK_AT_END.test(t) ? { title: t.replace(MARK_AT_END, '').trim(), unconfirmed: true } : { title: t, unconfirmed: false };
}

/**
 * What the product lists in "Pertanyaan Survei Dinilai" for a Form (connect, or no list yet): every
 * question whose options are all numbered, and every partly numbered one with the mark, in Form order.
 */
export function defaultScoredList(items: SurveyItem[]): string[] {
  return labelledItems(items).flatMap((q) => {
    const n = optionNumbering(q.item);
    return n === 'all' ? [q.label] : n === 'some' ? [`${q.label} ${UNCONFIRMED_MARK}`] : [];
  });
}

const squash = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** True for the respondent's unit question: a title starting with or naming "Unit Kerja", or starting with "Bidang". */
export function isUnitTitle(title: string): boolean {
  const t = squash(title);
  return /(^| )unit kerja( |$)/.test(t) || /^bidang( |$)/.test(t);
}

/**
 * The seed aspect a Form section title belongs to, by keywords; null when none or several match.
 * BerAKHLAK: "berakhlak", "core value", "nilai dasar"; SOLIDER leadership: "kepemimpinan",
 * "manajemen"; SOLIDER mindset: "pola pikir", "cara kerja".
 */
export function aspectOfSection(title: string | null): AspectKey | null {
  if (title === null) return null;
  const t = squash(title);
  const hits: AspectKey[] = [];
  if (/berakhlak|core value|nilai nilai dasar|nilai dasar/.test(t)) hits.push('berakhlak-perilaku');
  if (/kepemimpinan|manajemen|manajerial/.test(t)) hits.push('solider-kepemimpinan');
  if (/pola pikir|cara kerja|mindset/.test(t)) hits.push('solider-pola-pikir');
  return hits.length === 1 ? hits[0] : null;
}

/** The Indonesian label of an aspect. */
export function aspectLabel(key: AspectKey): string {
  return ASPECTS.find((a) => a.key === key)?.label ?? key;
}

/**
 * Reads a Form's items into the survey structure: scored questions (see isScoredItem), the
 * ambiguous ones (isMixedItem), the unit question (the first other item whose title names "Unit
 * Kerja"/"Bidang"), and each section's aspect. Duplicate numbers among a question's options are
 * reported in `notes`.
 */
export function detectSurveyQuestions(items: SurveyItem[]): SurveyStructure {
  const scored: SurveyQuestion[] = [];
  const sections: { title: string; aspect: AspectKey | null }[] = [];
  const notes: string[] = [];
  const ambiguous: string[] = [];
  let unit: LabelledSurveyItem | null = null;
  const labels = new Map(labelledItems(items).map((q) => [q.item, q]));
  for (const item of items) {
    const kind = item.kind.toUpperCase();
    if (kind === 'PAGE_BREAK' || kind === 'SECTION_HEADER') {
      sections.push({ title: item.title, aspect: aspectOfSection(item.title) });
      continue;
    }
    const q = labels.get(item) as LabelledSurveyItem;
    if (isScoredItem(item)) {
      scored.push({ key: q.key, title: q.label, choices: item.choices.slice(), section: item.section, aspect: aspectOfSection(item.section) });
      const scores = item.choices.map((c) => optionNumber(c) as number);
      const dup = scores.find((s, i) => scores.indexOf(s) !== i);
      if (dup !== undefined) notes.push(`Pertanyaan "${q.label}": lebih dari satu pilihan bernilai ${dup}. Periksa nomor pilihan jawaban.`);
      continue;
    }
    if (isMixedItem(item)) {
      ambiguous.push(q.label);
      continue;
    }
    if (unit === null && isUnitTitle(item.title)) unit = q;
  }
  return { scored, unitQuestion: unit ? unit.label : null, unitKey: unit ? unit.key : null, sections, ambiguous, notes };
}

/** A question item of the Form with its key and unique label (N3). */
export interface LabelledSurveyItem extends LabelledQuestion {
  item: SurveyItem;
}

/** The Form's question items (sections left out) with keys and unique labels, in Form order. */
export function labelledItems(items: readonly SurveyItem[]): LabelledSurveyItem[] {
  const questions = items.filter((it) => it.kind.toUpperCase() !== 'PAGE_BREAK' && it.kind.toUpperCase() !== 'SECTION_HEADER');
  const labels = questionLabels(questions.map((it) => it.title));
  return questions.map((item, i) => ({ key: String(item.id), title: item.title, label: labels[i], item }));
}

/**
 * Scored questions named in `Pengaturan` (the team's override, by label), with keys, choices and
 * aspects taken from the Form's items when a label matches (trimmed, case-insensitive); labels
 * not in the Form keep no choice list, so their answers must carry numbers. A listed question
 * whose options are not all numbered is scored by position (S1).
 */
export function questionsFromTitles(titles: string[], items: SurveyItem[]): SurveyQuestion[] {
  const labelled = labelledItems(items);
  return titles.map((title) => {
    const q = byLabel(labelled, title);
    if (!q) return { title, choices: [], section: null, aspect: null };
    const byPosition = q.item.choices.length > 0 && optionNumbering(q.item) !== 'all';
    return { key: q.key, title: q.label, choices: q.item.choices.slice(), section: q.item.section, aspect: aspectOfSection(q.item.section), ...(byPosition ? { byPosition } : {}) };
  });
}
