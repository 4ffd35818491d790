/**
 * Suggestions for an unresolved nominee entry (N5): up to 3 roster names most similar to it, at
 * or above a threshold, among the employees who share a word's first two letters with it. The
 * result is exactly that of scoring each such employee with `names.bareSimilarity` and sorting
 * (score, then name, then NIP, then roster order); it is only computed faster, because an
 * office's names repeat their words (first names, clan names):
 * - employees sharing a bare name are scored once (the score depends on the bare name only);
 * - every distinct roster word is interned once, and each typed word is compared with each
 *   distinct roster word at most once (kept across entries: typed words repeat);
 * - first every candidate gets an upper bound of its score from letters alone (a letter one
 *   word or name has and the other lacks is matched by nothing; Jaro-Winkler grows with the
 *   number of matches), then candidates are scored exactly, highest bound first, until the next
 *   bound cannot reach the third best score found: most candidates never get a Jaro-Winkler.
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

/** A typed word's similarities to the distinct roster words: exact (−1 = not yet) and an upper bound. */
interface WordRow {
  word: string;
  mask: number;
  exact: Float64Array;
  bound: Float64Array;
}

/** Builds the index once per roster; `order` breaks equal scores (deterministically), then roster order. */
export function createSuggestionIndex<T extends SuggestionCandidate>(
  items: readonly T[],
  order: (a: T, b: T) => number,
  threshold: number,
  limit = 3,
): SuggestionIndex<T> {
  // One group per distinct bare name: the score depends on the bare name only.
  const groupOf = new Map<string, number>();
  const groupItems: number[][] = [];
  const groupBare: string[] = [];
  items.forEach((item, i) => {
    const g = groupOf.get(item.bare);
    if (g !== undefined) groupItems[g].push(i);
    else {
      groupOf.set(item.bare, groupBare.length);
      groupBare.push(item.bare);
      groupItems.push([i]);
    }
  });
  const before = (x: number, y: number): number => order(items[x], items[y]) || x - y;
  for (const list of groupItems) list.sort(before);
  const G = groupBare.length;
  const wordId = new Map<string, number>();
  const words: string[] = [];
  const wordStart = new Int32Array(G + 1);
  const flatWords: number[] = [];
  const mask = new Int32Array(G);
  const hist = new Uint16Array(G * BINS);
  /** 1 when a letter count overflowed the histogram (only then the letter-count bound is not used). */
  const noHist = new Uint8Array(G);
  const byPrefix = new Map<string, number[]>();
  for (let g = 0; g < G; g++) {
    const bare = groupBare[g];
    wordStart[g] = flatWords.length;
    if (bare !== '') {
      for (const w of bare.split(' ')) {
        let id = wordId.get(w);
        if (id === undefined) {
          id = words.length;
          words.push(w);
          wordId.set(w, id);
        }
        flatWords.push(id);
      }
    }
    let m = 0;
    for (let k = 0; k < bare.length; k++) {
      const bin = binOf(bare.charCodeAt(k));
      m |= 1 << maskBit(bin);
      const b = g * BINS + bin;
      if (hist[b] < 0xffff) hist[b]++;
      else noHist[g] = 1;
    }
    mask[g] = m;
    const seen = new Set<string>();
    for (const p of wordPrefixes(bare)) {
      if (seen.has(p)) continue;
      seen.add(p);
      const list = byPrefix.get(p);
      if (list) list.push(g);
      else byPrefix.set(p, [g]);
    }
  }
  wordStart[G] = flatWords.length;
  const tokens = Int32Array.from(flatWords);
  const pools = new Map<string, Int32Array>([...byPrefix].map(([p, list]) => [p, Int32Array.from(list)]));
  const W = words.length;
  const wordMask = Int32Array.from(words, letterMask);

  // A typed word's similarity to each distinct roster word, kept across queries: the words of
  // unresolved entries repeat (a first name typed right, the other word with a slip).
  const wordRows = new Map<string, WordRow>();
  const rowOf = (word: string): WordRow => {
    let row = wordRows.get(word);
    if (!row) {
      if (wordRows.size >= 20_000) wordRows.clear();
      const exact = new Float64Array(W).fill(-1);
      const bound = new Float64Array(W).fill(-1);
      row = { word, mask: letterMask(word), exact, bound };
      wordRows.set(word, row);
    }
    return row;
  };

  // Scratch space reused by every query (a query never runs inside another).
  const stamp = new Int32Array(G);
  let generation = 0;
  let bestB = new Float64Array(8);
  const queryHist = new Uint16Array(BINS);
  const queryBins = new Int32Array(BINS);
  let candGroup = new Int32Array(64);
  let candBound = new Float64Array(64);
  let candWhole = new Float64Array(64);
  // The best `limit` so far, best first (score, then order, then roster order).
  const topItems: number[] = [];
  const topScores: number[] = [];

  /** The token part of bareSimilarity of the query (words `ta`) and group g: exact, or its upper bound from the words' letters. */
  const tokenPart = (ta: readonly string[], rows: readonly WordRow[], g: number, exact: boolean): number => {
    const la = ta.length;
    const from = wordStart[g];
    const lb = wordStart[g + 1] - from;
    if (bestB.length < lb) bestB = new Float64Array(lb * 2);
    for (let j = 0; j < lb; j++) bestB[j] = 0;
    let sumA = 0;
    for (let i = 0; i < la; i++) {
      const r = rows[i];
      const row = exact ? r.exact : r.bound;
      let best = 0;
      for (let j = 0; j < lb; j++) {
        const w = tokens[from + j];
        let v = row[w];
        if (v < 0) {
          v = exact ? wordSimilarity(ta[i], words[w]) : wordBound(r.word, r.mask, words[w], wordMask[w]);
          row[w] = v;
        }
        if (v > best) best = v;
        if (v > bestB[j]) bestB[j] = v;
      }
      sumA += best;
    }
    let sumB = 0;
    for (let j = 0; j < lb; j++) sumB += bestB[j];
    // Exactly as names.bareSimilarity combines them (both directions, weighted to the shorter name).
    const ab = sumA / la;
    const ba = sumB / lb;
    return la === lb ? (ab + ba) / 2 : la < lb ? 0.75 * ab + 0.25 * ba : 0.75 * ba + 0.25 * ab;
  };

  const keep = (g: number, score: number): void => {
    for (const item of groupItems[g]) {
      let at = topItems.length;
      while (at > 0 && (topScores[at - 1] < score || (topScores[at - 1] === score && before(topItems[at - 1], item) > 0))) at--;
      if (at >= limit) break; // the group's later items come after this one
      topItems.splice(at, 0, item);
      topScores.splice(at, 0, score);
      if (topItems.length > limit) {
        topItems.pop();
        topScores.pop();
      }
    }
  };

  const closest = (bare: string): T[] => {
    if (bare === '') return [];
    generation++;
    const ta = bare.split(' ');
    const rows = ta.map(rowOf);
    const lq = bare.length;
    queryHist.fill(0);
    let qmask = 0;
    for (let k = 0; k < lq; k++) {
      const bin = binOf(bare.charCodeAt(k));
      queryHist[bin]++;
      qmask |= 1 << maskBit(bin);
    }
    let nBins = 0;
    for (let b = 0; b < BINS; b++) if (queryHist[b] > 0) queryBins[nBins++] = b;
    const q0 = bare.charCodeAt(0);
    topItems.length = 0;
    topScores.length = 0;
    const floor = threshold - 1e-9;

    // 1. Every group sharing a word prefix, with an upper bound of its score from cheap bounds
    //    only (the words' letters; the whole names' letters); those that cannot reach the
    //    threshold are dropped here.
    let n = 0;
    let exactHit = -1;
    for (const p of wordPrefixes(bare)) {
      const pool = pools.get(p);
      if (pool === undefined) continue;
      for (let k = 0; k < pool.length; k++) {
        const g = pool[k];
        if (stamp[g] === generation) continue;
        stamp[g] = generation;
        const nb = groupBare[g];
        if (nb === bare) {
          exactHit = g;
          continue;
        }
        const tokenBound = tokenPart(ta, rows, g, false);
        const ln = nb.length;
        const emask = mask[g];
        let prefix = 0;
        if (nb.charCodeAt(0) === q0) {
          prefix = 1;
          while (prefix < 4 && prefix < lq && prefix < ln && bare.charCodeAt(prefix) === nb.charCodeAt(prefix)) prefix++;
        }
        let whole = jwBound(Math.min(lq - popcount(qmask & ~emask), ln - popcount(emask & ~qmask)), lq, ln, prefix);
        if (whole >= floor && whole > tokenBound && noHist[g] === 0) {
          let shared = 0;
          const base = g * BINS;
          for (let t = 0; t < nBins; t++) {
            const b = queryBins[t];
            const h = hist[base + b];
            const qh = queryHist[b];
            shared += qh < h ? qh : h;
          }
          whole = jwBound(shared, lq, ln, prefix);
        }
        const bound = whole > tokenBound ? whole : tokenBound;
        if (bound < floor) continue;
        if (n === candGroup.length) {
          candGroup = grow(candGroup, new Int32Array(n * 2));
          candBound = grow(candBound, new Float64Array(n * 2));
          candWhole = grow(candWhole, new Float64Array(n * 2));
        }
        candGroup[n] = g;
        candBound[n] = bound;
        candWhole[n] = whole;
        n++;
      }
    }
    // 2. The survivors scored exactly, highest bound first, until the bound of the next cannot
    //    reach the last of the best `limit` (the bar only rises: nothing after it could enter).
    if (exactHit >= 0) keep(exactHit, 1);
    for (let done = 0; done < n; done++) {
      let at = done;
      for (let k = done + 1; k < n; k++) if (candBound[k] > candBound[at]) at = k;
      const bar = topItems.length === limit ? Math.max(threshold, topScores[limit - 1]) : threshold;
      if (candBound[at] < bar - 1e-9) break;
      const g = candGroup[at];
      const whole = candWhole[at];
      candGroup[at] = candGroup[done];
      candBound[at] = candBound[done];
      candWhole[at] = candWhole[done];
      const tokens = tokenPart(ta, rows, g, true);
      if (tokens < bar - 1e-9 && whole < bar - 1e-9) continue;
      // Where the bound is below the token part, the score is the token part (max of the two).
      const score = whole < tokens - 1e-9 ? tokens : Math.max(jaroWinkler(bare, groupBare[g]), tokens);
      if (score >= bar) keep(g, score);
    }
    return topItems.map((i) => items[i]);
  };
  return { closest };
}

function grow<A extends Int32Array | Float64Array>(from: A, to: A): A {
  to.set(from);
  return to;
}

/** The bit of a letter bin in a name's letter-kind mask (the rare bins share the last bit). */
function maskBit(bin: number): number {
  return bin < 31 ? bin : 31;
}

function letterMask(text: string): number {
  let m = 0;
  for (let k = 0; k < text.length; k++) m |= 1 << maskBit(binOf(text.charCodeAt(k)));
  return m;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Jaro-Winkler cannot exceed this with at most `shared` matched letters (matched letters are
 * equal letters; at best no transpositions) and `prefix` equal first letters: Jaro-Winkler grows
 * with the number of matches.
 */
function jwBound(shared: number, la: number, lb: number, prefix: number): number {
  if (shared <= 0) return 0;
  const jaroMax = (shared / la + shared / lb + 1) / 3;
  return jaroMax + prefix * 0.1 * (1 - jaroMax);
}

/**
 * An upper bound of wordSimilarity(x, y) from the letter kinds of each (a letter one word has and
 * the other lacks is matched by nothing). Initials and equal words are scored exactly.
 */
function wordBound(x: string, xm: number, y: string, ym: number): number {
  if (x.length === 1 || y.length === 1 || x === y) return wordSimilarity(x, y);
  let prefix = 0;
  while (prefix < 4 && prefix < x.length && prefix < y.length && x.charCodeAt(prefix) === y.charCodeAt(prefix)) prefix++;
  // A small margin above the bound: the exact score is compared with it in floating point.
  return jwBound(Math.min(x.length - popcount(xm & ~ym), y.length - popcount(ym & ~xm)), x.length, y.length, prefix) + 1e-12;
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
