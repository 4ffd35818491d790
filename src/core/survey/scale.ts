/**
 * S1a: the answer scale of a survey. The seed's bands assume scores 1–4 per question with 1 the
 * best. Another range (a 1–5 linear scale) or the other direction (5 = "Sangat setuju" the best)
 * is never banded silently: the scale is detected where the Form shows it (bounds, end labels,
 * option wording), shown in `Pengaturan` as "Skala Jawaban", and used only once the team has
 * confirmed it; each score is then mapped linearly onto 1–4 with 1 the best.
 */
import { optionNumber, UNCONFIRMED_MARK } from './questions';

export type BestEnd = 'lowest' | 'highest';

export interface AnswerScale {
  lowest: number;
  highest: number;
  best: BestEnd;
}

/** The seed's scale: 1–4, 1 the best. Scores on it are used as they are. */
export const SEED_SCALE: AnswerScale = { lowest: 1, highest: 4, best: 'lowest' };

/** The mark the product adds to a scale it detected and the team has not confirmed yet (the same as after a question). */
export { UNCONFIRMED_MARK };

export const SCALE_SETTING_LABEL = 'Skala Jawaban';

/** The label of a response on an unconfirmed scale: listed, never banded. */
export const SCALE_PENDING_LABEL = 'PERLU KONFIRMASI SKALA';

export function isSeedScale(s: AnswerScale): boolean {
  return s.lowest === SEED_SCALE.lowest && s.highest === SEED_SCALE.highest && s.best === SEED_SCALE.best;
}

/**
 * Where a label sits from the best (0) to the worst (5), from its wording: the seed's options run
 * "Selalu … Tidak pernah", "Sangat setuju … Tidak setuju", "Sangat baik … Kurang".
 */
export function wordingRank(label: string): number {
  const t = label.toLowerCase();
  if (/\bsangat (tidak|kurang|buruk|jarang)|\btidak pernah\b/.test(t)) return 5;
  if (/\b(tidak|buruk|jelek)\b/.test(t)) return 4;
  if (/\b(kurang|jarang)\b/.test(t)) return 3;
  if (/\b(cukup|kadang|netral|ragu)/.test(t)) return 2;
  if (/\b(sangat|selalu)\b/.test(t)) return 0;
  return 1;
}

/** True when a label's wording says anything about good or bad (not a bare number, "(1)", "1."). */
function hasWording(label: string): boolean {
  return /\p{L}{3,}/u.test(label);
}

/** "1–5, terbaik 5", with the mark when not confirmed; "1–5, terbaik ?" when the best end is unknown. */
export function formatScale(lowest: number, highest: number, best: BestEnd | null, confirmed: boolean): string {
  const bestText = best === null ? '?' : String(best === 'lowest' ? lowest : highest);
  return `${lowest}–${highest}, terbaik ${bestText}${confirmed ? '' : ` ${UNCONFIRMED_MARK}`}`;
}

export type ScaleSetting =
  | { kind: 'blank' }
  /** A scale the product wrote and the team has not confirmed (the mark is still there). */
  | { kind: 'unconfirmed'; text: string }
  | { kind: 'set'; scale: AnswerScale }
  | { kind: 'invalid'; message: string };

/**
 * Reads "Skala Jawaban" as the team types it: "1-5, terbaik 5", "1–5 (5 terbaik)", "1 sampai 5,
 * terbaik tertinggi", "1-4, terbaik terendah". A value still carrying the mark is unconfirmed.
 */
export function parseScaleSetting(text: string): ScaleSetting {
  const t = String(text ?? '').trim();
  if (t === '') return { kind: 'blank' };
  if (t.toLowerCase().includes(UNCONFIRMED_MARK.replace(/[()]/g, '').toLowerCase())) return { kind: 'unconfirmed', text: t };
  const example = 'Tulis seperti "1–5, terbaik 5" (nilai terendah–tertinggi, lalu nilai jawaban terbaik).';
  const range = /(\d+)\s*(?:-|–|—|sampai|s\.?\/?d\.?|hingga)\s*(\d+)/i.exec(t);
  if (!range) return { kind: 'invalid', message: `${SCALE_SETTING_LABEL} "${t}" tidak dikenali. ${example}` };
  const lowest = Number(range[1]);
  const highest = Number(range[2]);
  if (!(lowest < highest) || highest - lowest > 10) {
    return { kind: 'invalid', message: `${SCALE_SETTING_LABEL} "${t}": nilai terendah harus lebih kecil dari nilai tertinggi (paling banyak 11 nilai). ${example}` };
  }
  const rest = t.slice(0, range.index) + ' ' + t.slice(range.index + range[0].length);
  const word = /terbaik\s*[:=]?\s*(tertinggi|terendah|\d+)|(\d+)\s*[:=]?\s*(?:=\s*)?terbaik|(tertinggi|terendah)\s+terbaik/i.exec(rest);
  if (!word) return { kind: 'invalid', message: `${SCALE_SETTING_LABEL} "${t}": ujung terbaik tidak disebut. ${example}` };
  const said = (word[1] ?? word[2] ?? word[3]).toLowerCase();
  let best: BestEnd | null = null;
  if (said === 'tertinggi' || Number(said) === highest) best = 'highest';
  else if (said === 'terendah' || Number(said) === lowest) best = 'lowest';
  if (best === null) {
    return { kind: 'invalid', message: `${SCALE_SETTING_LABEL} "${t}": nilai terbaik ${said} bukan ${lowest} atau ${highest}. ${example}` };
  }
  return { kind: 'set', scale: { lowest, highest, best } };
}

/** A scored question as scale detection sees it. */
export interface ScaleQuestion {
  title: string;
  kind: string;
  choices: readonly string[];
  /** A linear scale's end labels (left, right), when known. */
  labels?: readonly [string, string] | null;
  /** Scored by 1-based position (S1: the team listed it, not every option carries a number). */
  byPosition?: boolean;
}

export interface DetectedScale {
  lowest: number;
  highest: number;
  /** null when neither labels nor wording tell which end is the best. */
  best: BestEnd | null;
  /** The question whose values show the range (for messages). */
  question: string;
}

/** The numbers a question's options carry (a linear scale's own values; else option numbers or positions). */
function numbersOf(q: ScaleQuestion): number[] {
  if (q.byPosition) return q.choices.map((_, i) => i + 1);
  return q.choices.map((c, i) => {
    const n = optionNumber(c);
    if (n !== null) return n;
    const bare = Number(String(c).trim());
    return Number.isInteger(bare) && String(c).trim() !== '' ? bare : i + 1;
  });
}

/** Which end of one question is the best, by its end labels or its options' wording; null when unknown. */
function bestOf(q: ScaleQuestion, lowest: number, highest: number): BestEnd | null {
  let low = '';
  let high = '';
  if (q.labels && (q.labels[0].trim() !== '' || q.labels[1].trim() !== '')) [low, high] = q.labels;
  else {
    const nums = numbersOf(q);
    low = q.choices[nums.indexOf(lowest)] ?? '';
    high = q.choices[nums.indexOf(highest)] ?? '';
  }
  if (!hasWording(low) && !hasWording(high)) return null;
  const a = hasWording(low) ? wordingRank(low) : 1;
  const b = hasWording(high) ? wordingRank(high) : 1;
  if (a === b) return null;
  return a < b ? 'lowest' : 'highest';
}

/**
 * The scale the scored questions show: the widest range of their values, and the best end where
 * every question that tells agrees (null otherwise). null when there is no scored question.
 */
export function detectScale(questions: readonly ScaleQuestion[]): DetectedScale | null {
  let lowest = Infinity;
  let highest = -Infinity;
  let question = '';
  const ends = new Set<BestEnd>();
  for (const q of questions) {
    const nums = numbersOf(q);
    if (nums.length === 0) continue;
    const lo = Math.min(...nums);
    const hi = Math.max(...nums);
    if (lo < lowest || hi > highest) question = q.title;
    lowest = Math.min(lowest, lo);
    highest = Math.max(highest, hi);
    const end = bestOf(q, lo, hi);
    if (end !== null) ends.add(end);
  }
  if (question === '') return null;
  return { lowest, highest, best: ends.size === 1 ? [...ends][0] : null, question };
}

export type ScaleDecision =
  | { kind: 'use'; scale: AnswerScale; source: 'seed' | 'pengaturan' }
  | { kind: 'confirm'; detected: DetectedScale | null; message: string };

/** How scores are used this run (S1a): the team's scale, the seed's, or a confirmation needed. */
export function decideScale(setting: ScaleSetting, detected: DetectedScale | null): ScaleDecision {
  if (setting.kind === 'set') return { kind: 'use', scale: setting.scale, source: 'pengaturan' };
  const seedLike = detected === null || (detected.lowest >= 1 && detected.highest <= 4 && detected.best !== 'highest');
  if (setting.kind !== 'invalid' && seedLike) return { kind: 'use', scale: SEED_SCALE, source: 'seed' };
  const shown = detected ? formatScale(detected.lowest, detected.highest, detected.best, true) : '';
  const why =
    setting.kind === 'invalid'
      ? setting.message
      : detected
        ? `Skala jawaban belum dikonfirmasi: pertanyaan "${detected.question}" memakai nilai ${detected.lowest}–${detected.highest}` +
          (detected.best === null ? ', dan tidak jelas ujung mana yang terbaik' : `, terbaik ${detected.best === 'lowest' ? detected.lowest : detected.highest}`) +
          '; tabel kategori memakai skor 1–4 dengan 1 terbaik.'
        : 'Skala jawaban belum dikonfirmasi.';
  const fix = `Tulis skala di lembar Pengaturan, baris "${SCALE_SETTING_LABEL}" (mis. "${shown || '1–5, terbaik 5'}"), lalu jalankan Survei › Sinkronkan Ulang Survei.`;
  return { kind: 'confirm', detected, message: `${why} ${fix}` };
}

/**
 * A score on `scale` mapped linearly onto 1–4 with 1 the best (a 1–5 scale with 5 best:
 * 1 + (5 − s) × 3 / 4), two decimals; null when outside the scale.
 */
export function mapScore(score: number, scale: AnswerScale): number | null {
  if (!(score >= scale.lowest && score <= scale.highest)) return null;
  if (isSeedScale(scale)) return score;
  const span = scale.highest - scale.lowest;
  const fromBest = scale.best === 'lowest' ? score - scale.lowest : scale.highest - score;
  return Math.round((1 + (fromBest * 3) / span) * 100) / 100;
}
