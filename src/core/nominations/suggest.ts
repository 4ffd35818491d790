/**
 * Suggestions for an unresolved nominee entry (N5): up to 3 roster names most similar to it, at
 * or above a threshold, among the employees who share a word's first two letters with it. The
 * result is exactly that of scoring each such employee with `names.bareSimilarity` and sorting
 * (score, then name, then NIP); it is only computed faster, because an office's names repeat
 * their words (first names, clan names):
 * - every distinct roster word is interned once, and each word of the entry is compared with each
 *   distinct roster word at most once per entry, not once per employee;
 * - the Jaro-Winkler of the whole names is skipped where counting the letters the two names share
 *   already proves it below the threshold (matched letters are equal letters, so their number is
 *   at most the shared letter count, and Jaro-Winkler grows with it).
 * Pure.
 */
import { bareSimilarity, jaroWinkler, wordSimilarity } from '../names';

export interface SuggestionCandidate {
  /** The bare name (names.normalizeName of the titled name). */
  bare: string;
}

/** Letter bins of the whole-name bound: a–z, 0–9, space, anything else. */
const BINS = 38;
function binOf(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 48 && code <= 57) return code - 22;
  return code === 32 ? 36 : 37;
}

/** The first two letters of each word: the index that keeps suggestions fast on big rosters. */
export function wordPrefixes(bare: string): string[] {
  return bare.split(' ').filter((t) => t.length >= 2).map((t) => t.slice(0, 2));
}

export interface SuggestionIndex<T> {
  /**
   * Up to `limit` candidates with `bareSimilarity(bare, c.bare) >= threshold`, best first, ties by
   * `order`; only candidates sharing a word prefix with `bare` are considered.
   */
  closest(bare: string): T[];
}

/** Builds the index once per roster; `order` breaks equal scores (deterministically). */
export function createSuggestionIndex<T extends SuggestionCandidate>(
  items: readonly T[],
  order: (a: T, b: T) => number,
  threshold: number,
  limit = 3,
): SuggestionIndex<T> {
  const n = items.length;
  const wordId = new Map<string, number>();
  const words: string[] = [];
  const tokens: Int32Array[] = [];
  const hist = new Uint16Array(n * BINS);
  const byPrefix = new Map<string, number[]>();
  items.forEach((item, i) => {
    const bare = item.bare;
    tokens.push(
      Int32Array.from(bare === '' ? [] : bare.split(' '), (w) => {
        let id = wordId.get(w);
        if (id === undefined) {
          id = words.length;
          words.push(w);
          wordId.set(w, id);
        }
        return id;
      }),
    );
    for (let k = 0; k < bare.length; k++) {
      const b = i * BINS + binOf(bare.charCodeAt(k));
      if (hist[b] < 0xffff) hist[b]++;
    }
    const seen = new Set<string>();
    for (const p of wordPrefixes(bare)) {
      if (seen.has(p)) continue;
      seen.add(p);
      const list = byPrefix.get(p);
      if (list) list.push(i);
      else byPrefix.set(p, [i]);
    }
  });

  // Scratch space reused by every query (a query never runs inside another).
  const stamp = new Int32Array(n);
  let generation = 0;
  let bestB = new Float64Array(8);
  const queryHist = new Uint16Array(BINS);
  // A typed word's similarity to each distinct roster word, kept across queries: the words of
  // unresolved entries repeat (a first name typed right, the other word with a slip).
  const W = words.length;
  const wordRows = new Map<string, Float64Array>();
  const rowOf = (word: string): Float64Array => {
    let row = wordRows.get(word);
    if (!row) {
      if (wordRows.size >= 50_000) wordRows.clear();
      row = new Float64Array(W).fill(-1);
      wordRows.set(word, row);
    }
    return row;
  };

  const closest = (bare: string): T[] => {
    if (bare === '') return [];
    generation++;
    const ta = bare.split(' ');
    const la = ta.length;
    const rows = ta.map(rowOf);
    queryHist.fill(0);
    for (let k = 0; k < bare.length; k++) queryHist[binOf(bare.charCodeAt(k))]++;
    const queryBins: number[] = [];
    for (let b = 0; b < BINS; b++) if (queryHist[b] > 0) queryBins.push(b);
    const wordScore = (i: number, w: number): number => {
      const row = rows[i];
      let v = row[w];
      if (v < 0) {
        v = wordSimilarity(ta[i], words[w]);
        row[w] = v;
      }
      return v;
    };

    // The best `limit` so far, best first (score, then order). A candidate that cannot reach the
    // last of them is not scored in full: the bar only rises, so it could not be in the result.
    const top: { item: T; score: number }[] = [];
    const bar = (): number => (top.length < limit ? threshold : Math.max(threshold, top[top.length - 1].score));
    const keep = (item: T, score: number): void => {
      if (score < threshold) return;
      let at = top.length;
      while (at > 0 && (top[at - 1].score < score || (top[at - 1].score === score && order(top[at - 1].item, item) > 0))) at--;
      if (at >= limit) return;
      top.splice(at, 0, { item, score });
      if (top.length > limit) top.pop();
    };
    const consider = (e: number): void => {
      const item = items[e];
      const nb = item.bare;
      if (nb === bare) {
        keep(item, 1);
        return;
      }
      if (nb === '') return;
      // Token coverage both ways, exactly as names.bareSimilarity computes it.
      const tb = tokens[e];
      const lb = tb.length;
      if (bestB.length < lb) bestB = new Float64Array(lb * 2);
      bestB.fill(0, 0, lb);
      let sumA = 0;
      for (let i = 0; i < la; i++) {
        let best = 0;
        for (let j = 0; j < lb; j++) {
          const v = wordScore(i, tb[j]);
          if (v > best) best = v;
          if (v > bestB[j]) bestB[j] = v;
        }
        sumA += best;
      }
      let sumB = 0;
      for (let j = 0; j < lb; j++) sumB += bestB[j];
      const ab = sumA / la;
      const ba = sumB / lb;
      const tokenPart = la === lb ? (ab + ba) / 2 : la < lb ? 0.75 * ab + 0.25 * ba : 0.75 * ba + 0.25 * ab;
      // An upper bound of the whole-name Jaro-Winkler from the letters the two names share
      // (matched letters are equal letters, and Jaro-Winkler grows with their number).
      let shared = 0;
      const base = e * BINS;
      for (const b of queryBins) shared += Math.min(queryHist[b], hist[base + b]);
      const jaroMax = (shared / bare.length + shared / nb.length + 1) / 3;
      let prefix = 0;
      while (prefix < 4 && prefix < bare.length && prefix < nb.length && bare.charCodeAt(prefix) === nb.charCodeAt(prefix)) prefix++;
      const jwMax = jaroMax + prefix * 0.1 * (1 - jaroMax);
      const need = bar() - 1e-9;
      if (tokenPart < need && jwMax < need) return;
      // Where the bound is below the token part, the score is the token part (max of the two).
      const score = jwMax < tokenPart - 1e-9 ? tokenPart : Math.max(jaroWinkler(bare, nb), tokenPart);
      keep(item, score);
    };

    const seenPrefix = new Set<string>();
    for (const p of wordPrefixes(bare)) {
      if (seenPrefix.has(p)) continue;
      seenPrefix.add(p);
      for (const e of byPrefix.get(p) ?? []) {
        if (stamp[e] === generation) continue;
        stamp[e] = generation;
        consider(e);
      }
    }
    return top.map((s) => s.item);
  };
  return { closest };
}

/** The plain definition `createSuggestionIndex` computes faster (kept for tests and as the rule). */
export function closestByDefinition<T extends SuggestionCandidate>(items: readonly T[], bare: string, order: (a: T, b: T) => number, threshold: number, limit = 3): T[] {
  if (bare === '') return [];
  const prefixes = new Set(wordPrefixes(bare));
  const pool = items.filter((c) => wordPrefixes(c.bare).some((p) => prefixes.has(p)));
  return pool
    .map((item) => ({ item, score: bareSimilarity(bare, item.bare) }))
    .filter((s) => s.score >= threshold)
    .sort((x, y) => y.score - x.score || order(x.item, y.item))
    .slice(0, limit)
    .map((s) => s.item);
}
