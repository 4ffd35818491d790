/**
 * A response that must wait for the next run is kept in one document property, and Google
 * refuses a property value over 9 KB ("Argument too large: value"): a response with a very long
 * answer would then be lost (until a re-sync) at the very moment it needed keeping. Its longest
 * answers are cut (with the visible mark) until the kept copy fits.
 */
import { CUT_MARK } from './cells';

/** Room for one kept response: under Google's 9 KB per value, with margin for the JSON around it. */
export const PENDING_VALUE_BYTES = 8 * 1024;

/** Bytes of `s` in UTF-8 (no TextEncoder in Apps Script). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i += 1;
    } else n += 3;
  }
  return n;
}

type Answer = string | string[];

/** `r` itself when its JSON fits in `maxBytes`; otherwise a copy whose longest answers are cut to fit. */
export function fitForProperty<T extends { answers: Record<string, Answer> }>(r: T, maxBytes = PENDING_VALUE_BYTES): T {
  let size = utf8Length(JSON.stringify(r));
  if (size <= maxBytes) return r;
  // No prototype: a question titled "__proto__" is a key like any other.
  const answers: Record<string, Answer> = Object.create(null) as Record<string, Answer>;
  for (const k of Object.keys(r.answers)) answers[k] = Array.isArray(r.answers[k]) ? [...(r.answers[k] as string[])] : r.answers[k];
  const out = { ...r, answers };
  for (let guard = 0; guard < 1000 && size > maxBytes; guard++) {
    // The longest text among the answers (an answer, or one choice of a checkbox answer).
    let best: { key: string; index: number; text: string } | null = null;
    for (const key of Object.keys(answers)) {
      const a = answers[key];
      const texts = Array.isArray(a) ? a : [a];
      texts.forEach((text, index) => {
        if (!best || text.length > best.text.length) best = { key, index: Array.isArray(a) ? index : -1, text };
      });
    }
    const pick = best as { key: string; index: number; text: string } | null;
    if (!pick || pick.text.length <= CUT_MARK.length) break;
    // Drop at least as many characters as there are bytes too many (a character is 1–4 bytes).
    const keep = Math.max(0, pick.text.length - (size - maxBytes) - CUT_MARK.length);
    let cut = pick.text.slice(0, keep);
    const last = cut.charCodeAt(cut.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
    const next = cut + CUT_MARK;
    if (pick.index < 0) answers[pick.key] = next;
    else (answers[pick.key] as string[])[pick.index] = next;
    size = utf8Length(JSON.stringify(out));
  }
  return out;
}
