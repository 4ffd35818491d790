/**
 * Names as people write them (N5): titles before ("dr.", "Hj.") and after ("…, S.Kep., M.Kes."),
 * mixed spellings of degrees ("SKM", "S.KM", "S.K.M."), Balinese and Timorese initials ("Ni K.").
 * Matching uses the bare name; display always uses the roster's full titled name.
 *
 * Decisions:
 * - Everything after the first comma is titles (product rule N5).
 * - Titles written after the name WITHOUT a comma ("Maria Lake SKM", "Maria Lake S.Kep. Ns.") are
 *   dropped only when they are known degree abbreviations (list below, compared with dots
 *   removed), and never the first word: a surname is never guessed away.
 * - Prefix titles are dropped in any number ("Prof. Dr. dr."). One-letter "H." needs its dot, so
 *   a bare initial "H" is kept; longer ones ("dr", "Hj", "Ns") are dropped with or without a dot.
 */

const PREFIX_DOTTED = /^(?:prof|drg|drs|dra|dr|ir|ns|hj|h)\.\s*/;
const PREFIX_BARE = /^(?:prof|drg|drs|dra|dr|ir|ns|hj)\s+/;

/** Degree abbreviations with dots and spaces removed, lower-case. */
const DEGREES = new Set([
  'skm', 'skep', 'ns', 'mkes', 'mkm', 'mkep', 'mph', 'mm', 'msi', 'msc', 'mpd', 'mt', 'mars', 'phd',
  'amd', 'amk', 'amdkep', 'amdkeb', 'amdgz', 'amdak', 'amdfarm', 'amdkl', 'amkl', 'amdkes', 'amdrad',
  'sfarm', 'apt', 'sst', 'sstr', 'strkeb', 'strkep', 'sgz', 'se', 'sh', 'skom', 'spd', 'ssos', 'sip',
  'st', 'ssi', 'sked', 'skg', 'sap', 'sikom', 'stp', 'spsi', 'sak', 'mak', 'ske', 'sfil',
  'spa', 'spog', 'sppd', 'spb', 'span', 'sprad', 'spm', 'spjp', 'spkk', 'sps', 'spkj', 'sptht', 'sppk', 'spp',
  'mkeb', 'mgizi', 'mfarm', 'mh', 'msi', 'mkom', 'mse',
]);

/**
 * Characters people type for the apostrophe of "Ma'ruf": the acute accent ´ (which NFKC would
 * turn into a space and a combining accent, "ma ruf"), the curly quotes, the modifier letter ʼ
 * and the backtick. They are made "'" before anything else.
 */
const APOSTROPHES = /[\u00b4\u2018\u2019\u02bc`]/g;

function stripMarks(text: string): string {
  // Stryker disable next-line ConditionalExpression: NFKC, NFD and dropping marks leave plain ASCII as it is (a shortcut).
  if (!/[^\x00-\x7f]/.test(text)) return text.toLowerCase(); // ASCII: nothing to decompose
  // Stryker disable next-line Regex: \p{M} and \p{M}+ drop the same marks.
  return text.replace(APOSTROPHES, "'").normalize('NFKC').toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}

const BARE_PREFIX_WORD = /^(?:prof|drg|drs|dra|dr|ir|ns|hj) /;

/**
 * True when `s` is certainly a fixed point of normalizeOnce (the common, already-bare case).
 * A false here only costs a pass of the general steps, which give the same text: the mutants that
 * make it false more often are equivalent, and are disabled line by line below (the comments also
 * hide the mutants of those lines that make it true wrongly, which the tests kill).
 */
// Stryker disable next-line BlockStatement: undefined is false: the quick path declining only hands the text to the general steps, which give the same (tests/core/names.fast-paths.test.ts).
function isSettled(s: string): boolean {
  // Stryker disable next-line Regex: a stricter pattern is false more often: the quick path declining only hands the text to the general steps, which give the same (tests/core/names.fast-paths.test.ts).
  if (!/^[a-z0-9]+(?: [a-z0-9]+)*$/.test(s)) return false;
  // Stryker disable next-line ConditionalExpression: false more often: the quick path declining only hands the text to the general steps, which give the same (tests/core/names.fast-paths.test.ts).
  if (BARE_PREFIX_WORD.test(s)) return false;
  // Stryker disable next-line StringLiteral: lastIndexOf('') is the length: the loop below then decides, the same for one word.
  const last = s.lastIndexOf(' ');
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BooleanLiteral: the loop below gives true for one word too; false is declining.
  if (last < 0) return true;
  // A trailing degree may also be spread over the last 2–3 words ("s kep").
  const words = s.split(' ');
  // Stryker disable next-line MethodExpression,ArithmeticOperator: trying more tails can only make it false more often: the quick path declining only hands the text to the general steps, which give the same (tests/core/names.fast-paths.test.ts).
  for (let k = 1; k <= Math.min(3, words.length - 1); k++) {
    if (DEGREES.has(words.slice(words.length - k).join(''))) return false;
  }
  // Stryker disable next-line BooleanLiteral: false is declining: the quick path declining only hands the text to the general steps, which give the same (tests/core/names.fast-paths.test.ts).
  return true;
}

/**
 * The common case without the general steps: an ASCII name whose part before the first comma,
 * lower-cased with spaces collapsed, is already bare (letters, digits and single spaces, no title
 * before, no degree after). That is exactly what normalizeName gives for it; otherwise null.
 */
// Every mutant of settledAtOnce that changes its text makes isSettled false (the pattern is
// letters, digits and single spaces only) or returns no text: the quick path declining only hands the text to the general steps, which give the same (tests/core/names.fast-paths.test.ts).
// Stryker disable next-line BlockStatement: undefined is declining: the quick path declining only hands the text to the general steps, which give the same (tests/core/names.fast-paths.test.ts).
function settledAtOnce(text: string): string | null {
  // Stryker disable next-line ConditionalExpression,Regex: non-ASCII text fails isSettled's pattern; declining more often changes nothing.
  if (/[^\x00-\x7f]/.test(text)) return null;
  // Stryker disable next-line MethodExpression: upper-case letters fail isSettled's pattern.
  let s = text.toLowerCase();
  // Stryker disable next-line StringLiteral: indexOf('') is 0: the empty text fails isSettled's pattern.
  const comma = s.indexOf(',');
  // Stryker disable next-line ConditionalExpression,EqualityOperator,MethodExpression: a comma left in the text fails isSettled's pattern.
  if (comma >= 0) s = s.slice(0, comma);
  // Stryker disable next-line MethodExpression,Regex: a doubled space or a tab left in the text fails isSettled's pattern.
  s = s.replace(/\s+/g, ' ').trim();
  return isSettled(s) ? s : null;
}

function normalizeOnce(text: string): string {
  let s = stripMarks(String(text));
  const comma = s.search(/[,\uFF0C]/);
  if (comma >= 0) s = s.slice(0, comma);
  s = s.replace(/\s+/g, ' ').trim();
  for (;;) {
    const m = PREFIX_DOTTED.exec(s) ?? PREFIX_BARE.exec(s);
    if (!m) break;
    const rest = s.slice(m[0].length).trim();
    if (!/[\p{L}\p{N}]/u.test(rest)) break; // never strip the whole name away
    s = rest;
  }
  // Apostrophes join ("Ma'ruf" = "Maruf"); every other non-letter, non-digit separates.
  s = s.replace(/['\u2018\u2019\u02bc`´]/g, '');
  const tokens = s.replace(/[^\p{L}\p{N}.]+/gu, ' ').trim().split(' ').filter((t) => t.replace(/\./g, '') !== '');
  // Trailing degrees: a token, or a dotted chain split over tokens ("S. Kep."), that is a known degree.
  while (tokens.length > 1) {
    let removed = false;
    for (let k = Math.min(3, tokens.length - 1); k >= 1; k--) {
      const tail = tokens.slice(tokens.length - k).join('').replace(/\./g, '');
      if (DEGREES.has(tail)) {
        tokens.splice(tokens.length - k, k);
        removed = true;
        break;
      }
    }
    if (!removed) break;
  }
  return tokens
    .join(' ')
    .replace(/\./g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when `text` is only degree abbreviations ("SKM", "S.Kep. Ns.", "M.Kes"): a name's suffix. */
export function isDegreesOnly(text: string): boolean {
  const words = stripMarks(String(text)).replace(/[^a-z0-9. ]+/g, ' ').trim().split(/\s+/).filter((w) => w.replace(/\./g, '') !== '');
  if (words.length === 0) return false;
  // Dotted chains may be split over words ("S. Kep."): join them greedily into known degrees.
  let i = 0;
  while (i < words.length) {
    let k = Math.min(3, words.length - i);
    for (; k >= 1; k--) if (DEGREES.has(words.slice(i, i + k).join('').replace(/\./g, ''))) break;
    if (k === 0) return false;
    i += k;
  }
  return true;
}

/**
 * The bare name used for matching (N5): lower-case, accents dropped, titles before and after the
 * name removed, punctuation dropped, spaces collapsed. Idempotent.
 * "dr. Maria Goreti Lake, M.Kes." → "maria goreti lake"; "Ni K. Sri Dewi SKM" → "ni k sri dewi".
 */
export function normalizeName(text: string): string {
  return settledAtOnce(String(text)) ?? normalizeNameByDefinition(text);
}

/** normalizeName by its general steps alone (the rule the quick path must agree with; kept for tests). */
export function normalizeNameByDefinition(text: string): string {
  // Stripping can expose a new title only in pathological input; iterate to a fixed point.
  let prev = String(text);
  // Stryker disable next-line UpdateOperator,EqualityOperator: more passes at a fixed point change nothing (every text settles within two).
  for (let i = 0; i < 4; i++) {
    const next = normalizeOnce(prev);
    // Stryker disable next-line ConditionalExpression,LogicalOperator: stopping later, at the fixed point or after four passes, gives the same text.
    if (next === prev || isSettled(next)) return next;
    prev = next;
  }
  return prev;
}

/**
 * The key of a full name, titles included, compared case- and space-insensitively (N5d):
 * "dr. Maria Lake, M.Kes." and "DR.Maria  Lake,M.Kes." share it.
 */
export function fullNameKey(text: string): string {
  const s = String(text);
  // NFKC leaves plain ASCII as it is (most names): skip it there.
  return (/[^\x00-\x7f]/.test(s) ? s.replace(APOSTROPHES, "'").normalize('NFKC') : s.replace(APOSTROPHES, "'")).toLowerCase().replace(/\s/g, '');
}

/** Similarity of two words of bare names: Jaro-Winkler, and 0.9 for an initial of the same letter. */
export function wordSimilarity(x: string, y: string): number {
  return tokenScore(x, y);
}

/** Scratch flags of jaroWinkler, grown as needed (never shared between two calls in progress). */
let matchedA = new Uint8Array(64);
let matchedB = new Uint8Array(64);
/** Positions of each ASCII character in the second string, as bits (jaroWinkler of short strings); all 0 between calls. */
const positions = new Int32Array(128);
/** The characters of the first string that matched, in order (jaroWinkler of short strings: at most 30). */
const matchedChars = new Int32Array(32);

/** Jaro-Winkler similarity in [0, 1] of two strings. */
export function jaroWinkler(a: string, b: string): number {
  // Stryker disable next-line ConditionalExpression: equal non-empty texts score 1 by the formula below (a shortcut).
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  // An empty text matches nothing: both paths below give 0 for it.
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  // The bit-set path and the general one compute the same Jaro (tests/core/names.fast-paths.test.ts);
  // when the bit-set one declines (a result below 0) the general one runs: choosing is speed only.
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: either path gives the same value.
  if (lb <= 30) {
    const short = jaroShort(a, b, la, lb, window);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a declined or zero result is recomputed by the general path, the same.
    if (short >= 0) return winkler(a, b, short);
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: growing the scratch flags earlier or every time changes no value.
  if (matchedA.length < la) matchedA = new Uint8Array(la * 2);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: growing the scratch flags earlier or every time changes no value.
  if (matchedB.length < lb) matchedB = new Uint8Array(lb * 2);
  const mA = matchedA;
  const mB = matchedB;
  mA.fill(0, 0, la);
  mB.fill(0, 0, lb);
  let matches = 0;
  // Past the end of a text charCodeAt is NaN and a typed array reads undefined: neither equals a
  // character, so the loop bounds below may be loosened without a match more.
  // Stryker disable next-line EqualityOperator: i = la reads NaN, which matches nothing.
  for (let i = 0; i < la; i++) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a window starting before 0 reads undefined flags there, which match nothing.
    const from = i > window ? i - window : 0;
    // Stryker disable next-line ArithmeticOperator: j = lb reads NaN, which matches nothing.
    const to = Math.min(lb - 1, i + window);
    const c = a.charCodeAt(i);
    for (let j = from; j <= to; j++) {
      if (mB[j] === 0 && c === b.charCodeAt(j)) {
        mA[i] = 1;
        mB[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let t = 0;
  let j = 0;
  for (let i = 0; i < la; i++) {
    if (mA[i] === 0) continue;
    while (mB[j] === 0) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) t++;
    j++;
  }
  return winkler(a, b, (matches / la + matches / lb + (matches - t / 2) / matches) / 3);
}

/**
 * Winkler's bonus for a common prefix of up to 4 characters. Past the end of a text charCodeAt is
 * NaN, which equals nothing, so the shorter text bounds the prefix. A Jaro of 0 means no character
 * matched, not even the first ones (always within the window), so the prefix is 0 too.
 */
function winkler(a: string, b: string, jaro: number): number {
  let prefix = 0;
  while (prefix < 4 && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/**
 * The Jaro similarity of `a` and an ASCII `b` of at most 30 characters, computed with bit sets
 * (the same greedy matching: each character of `a` takes the first unmatched equal character of
 * `b` within the window, so the same matches and transpositions); −1 when `b` is not ASCII.
 */
// Whatever makes this function decline (return −1, or no number at all) only hands the call to
// the general path of jaroWinkler, which gives the same value: such mutants are equivalent.
// Stryker disable next-line BlockStatement: an empty body returns undefined, taken as declined.
function jaroShort(a: string, b: string, la: number, lb: number, window: number): number {
  const pos = positions;
  // Stryker disable next-line BooleanLiteral: false declines every call (the general path gives the same value).
  let ascii = true;
  // Stryker disable next-line EqualityOperator: j = lb reads NaN, an index the typed array ignores.
  for (let j = 0; j < lb; j++) {
    const c = b.charCodeAt(j);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: declining more often changes no value; U+0080 falls outside the 128-entry table either way.
    if (c >= 128) {
      ascii = false;
      break;
    }
    pos[c] |= 1 << j;
  }
  // Stryker disable next-line ConditionalExpression: declining always changes no value.
  if (!ascii) {
    for (let j = 0; j < lb; j++) {
      const c = b.charCodeAt(j);
      // Stryker disable next-line ConditionalExpression,EqualityOperator: a write outside the 128-entry typed array is ignored.
      if (c < 128) pos[c] = 0;
    }
    return -1;
  }
  const chars = matchedChars;
  let used = 0;
  let matches = 0;
  // Stryker disable next-line EqualityOperator: i = la reads NaN, whose bit set is empty.
  for (let i = 0; i < la; i++) {
    const c = a.charCodeAt(i);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: pos[c] outside the table reads undefined, 0 in the bit operations below: no match either way.
    if (c >= 128) continue; // b has no such character
    // Stryker disable next-line EqualityOperator: at i = window both give 0.
    const from = i > window ? i - window : 0;
    // Stryker disable next-line EqualityOperator: at i + window = lb − 1 both give lb − 1.
    const to = i + window < lb - 1 ? i + window : lb - 1;
    if (from > to) continue;
    const inWindow = ((1 << (to + 1)) - 1) & ~((1 << from) - 1);
    const free = pos[c] & inWindow & ~used;
    if (free !== 0) {
      used |= free & -free; // the first of them
      chars[matches++] = c;
    }
  }
  let t = 0;
  let k = 0;
  // Stryker disable next-line EqualityOperator: bit lb of used is never set.
  for (let j = 0; j < lb; j++) if ((used >>> j) & 1 && b.charCodeAt(j) !== chars[k++]) t++;
  // Stryker disable next-line EqualityOperator: j = lb reads NaN, an index the typed array ignores.
  for (let j = 0; j < lb; j++) pos[b.charCodeAt(j)] = 0;
  // Stryker disable next-line ConditionalExpression: without the test 0 matches give NaN, which jaroWinkler takes as declined (the general path gives 0).
  return matches === 0 ? 0 : (matches / la + matches / lb + (matches - t / 2) / matches) / 3;
}

function tokenScore(x: string, y: string): number {
  if (x.length === 1 || y.length === 1) return x.charAt(0) === y.charAt(0) ? 0.9 : 0; // initials
  return jaroWinkler(x, y);
}

/**
 * Token match both ways from one score matrix: mean over the tokens of `a` of their best match
 * in `b`, and the same from `b`. `score` may memoise (tokens repeat across a roster).
 */
function tokenCoverages(a: string[], b: string[], score: (x: string, y: string) => number): [number, number] {
  const bestB = new Float64Array(b.length);
  let sumA = 0;
  for (const x of a) {
    let best = 0;
    for (let j = 0; j < b.length; j++) {
      const v = score(x, b[j]);
      if (v > best) best = v;
      if (v > bestB[j]) bestB[j] = v;
    }
    sumA += best;
  }
  let sumB = 0;
  for (let j = 0; j < b.length; j++) sumB += bestB[j];
  return [sumA / a.length, sumB / b.length];
}

/**
 * Similarity in [0, 1] of two names, for suggestions only (never for acceptance): the better of
 * Jaro-Winkler on the bare names and a token match that tolerates word order, initials and
 * missing words. Deterministic and symmetric.
 */
export function nameSimilarity(a: string, b: string): number {
  const na = normalizeName(a);
  const nb = normalizeName(b);
  return bareSimilarity(na, nb);
}

/**
 * `nameSimilarity` for names already normalised (hot loop of suggestions); `score` compares two
 * words and may be a memo of `wordSimilarity`.
 */
export function bareSimilarity(na: string, nb: string, score: (x: string, y: string) => number = tokenScore): number {
  // Two empty names are not alike; one empty name scores 0 by the formula below (nothing matches).
  // Stryker disable next-line ConditionalExpression: equal non-empty names score 1 by the formula below (a shortcut).
  if (na === nb) return na === '' ? 0 : 1;
  const ta = na.split(' ');
  const tb = nb.split(' ');
  const whole = jaroWinkler(na, nb);
  // Both directions, weighted to the shorter name: "Maria Lake" against "Maria Goreti Lake".
  const [ab, ba] = tokenCoverages(ta, tb, score);
  const tokens = ta.length === tb.length ? (ab + ba) / 2 : ta.length < tb.length ? 0.75 * ab + 0.25 * ba : 0.75 * ba + 0.25 * ab;
  return Math.max(whole, tokens);
}

/** The first `limit` candidates most similar to `entry` above `threshold`, best first, ties by name. */
export function closestNames<T>(
  entry: string,
  candidates: readonly T[],
  bareOf: (c: T) => string,
  labelOf: (c: T) => string,
  limit = 3,
  threshold = 0.75,
): T[] {
  const bare = normalizeName(entry);
  if (bare === '') return [];
  const scored: { c: T; score: number; label: string }[] = [];
  for (const c of candidates) {
    const score = bareSimilarity(bare, bareOf(c));
    if (score >= threshold) scored.push({ c, score, label: labelOf(c) });
  }
  scored.sort((x, y) => y.score - x.score || (x.label < y.label ? -1 : x.label > y.label ? 1 : 0));
  return scored.slice(0, limit).map((s) => s.c);
}
