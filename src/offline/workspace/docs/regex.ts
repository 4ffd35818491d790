/**
 * Pattern matching of the in-memory DocumentApp, the way Google Docs does it:
 *
 * - `replaceText(searchPattern, replacement)` and `findText(searchPattern)` take the pattern as
 *   an RE2 regular expression in a string (Google's reference says so), so RE2's syntax applies:
 *   lookbehind is a syntax error, `{{X}}` is a literal (RE2 reads a `{` that does not start a
 *   valid repetition as itself). We use re2js, a port of RE2/J, for faithful syntax.
 * - Matching happens inside each text run separately: a placeholder whose characters carry
 *   mixed formatting (`{{NA` bold + `MA}}` plain) is not found.
 * - The replacement string is expanded the Java way (the Docs service runs on Google's Java
 *   stack; Matcher.appendReplacement semantics, which RE2/J copies): `$n` inserts group n, a
 *   backslash makes the next character literal (`\$` → `$`, `\\` → `\`), a `$` not followed by a
 *   group number and a trailing lone `\` are errors ("Illegal group reference…", "character to
 *   be escaped is missing"), and `$n` beyond the pattern's groups is an error. Note that `$$`
 *   (the JavaScript escape) is NOT a dollar here: it is an illegal group reference.
 *   We searched the docs, issues and pages corpora for Google's own statement on `$` and `\` in
 *   Body.replaceText replacements and found none; these are Java's documented rules, which is
 *   what a product escaping with `\$` and `\\` must survive. A product that inserts raw values
 *   fails on this fake whenever a value holds `$` or `\`.
 * - Since Google does not document the replacement's semantics, the fake has a switch
 *   (`ReplacementMode`): 'java' (the default, above) or 'literal' (the replacement is inserted as
 *   written, `$1` and `\` included). A product that is right under both never depends on which
 *   one Google uses; a product that escapes for Java comes out wrong under 'literal'.
 */

import { RE2JS } from 're2js';
import type { TextNode } from './model';

/** How `replaceText` treats `$` and `\` in its replacement (see above). */
export type ReplacementMode = 'java' | 'literal';

const cache = new Map<string, RE2JS>();

/** Compiles an RE2 pattern; a syntax error throws with RE2's message. */
export function compilePattern(pattern: string): RE2JS {
  const key = String(pattern);
  let re = cache.get(key);
  if (!re) {
    try {
      re = RE2JS.compile(key);
    } catch (e) {
      throw new Error(`Invalid argument: searchPattern (${(e as Error).message})`);
    }
    cache.set(key, re);
  }
  return re;
}

/**
 * Replaces every match inside each run of `node` (runs keep their attributes). Returns how many
 * runs changed. Throws like Java's Matcher when the replacement is malformed and a match occurs.
 */
export function replaceInRuns(node: TextNode, pattern: string, replacement: string, mode: ReplacementMode = 'java'): number {
  const re = compilePattern(pattern);
  let changed = 0;
  for (const run of node.runs) {
    const m = re.matcher(run.text);
    if (!m.find()) continue;
    let out: string;
    try {
      out = mode === 'literal' ? replaceLiterally(re, run.text, String(replacement)) : re.matcher(run.text).replaceAll(String(replacement), true);
    } catch (e) {
      throw new Error((e as Error).message);
    }
    if (out !== run.text) {
      run.text = out;
      changed += 1;
    }
  }
  if (changed) node.normalize();
  return changed;
}

/** Every non-overlapping match of `re` in `text` replaced by `replacement` as written. */
function replaceLiterally(re: RE2JS, text: string, replacement: string): string {
  const m = re.matcher(text);
  let out = '';
  let last = 0;
  let from = 0;
  while (from <= text.length && m.find(from)) {
    const s = m.start();
    const e = m.end();
    out += text.slice(last, s) + replacement;
    last = e;
    // An empty match advances one character, as Java's and RE2's replaceAll do.
    from = e > s ? e : e + 1;
  }
  return out + text.slice(last);
}

export interface TextMatch {
  /** Offset in the Text element. */
  start: number;
  endInclusive: number;
}

/** Non-empty matches inside each run of `node`, in order, at or after `fromOffset`. */
export function findInRuns(node: TextNode, pattern: string, fromOffset = 0): TextMatch | null {
  const re = compilePattern(pattern);
  let pos = 0;
  for (const run of node.runs) {
    const runEnd = pos + run.text.length;
    if (runEnd > fromOffset) {
      const m = re.matcher(run.text);
      let searchFrom = Math.max(0, fromOffset - pos);
      while (searchFrom <= run.text.length && m.find(searchFrom)) {
        const s = m.start();
        const e = m.end();
        if (e > s) return { start: pos + s, endInclusive: pos + e - 1 };
        searchFrom = s + 1;
      }
    }
    pos = runEnd;
  }
  return null;
}
