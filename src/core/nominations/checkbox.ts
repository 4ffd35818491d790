/**
 * R6: a checkbox answer as a response sheet or a CSV holds it, one cell joined by ", ", while the
 * choices themselves (titled names: "Maria Lake, S.Kep., Ns.") contain ", ". The cell is split
 * against the known labels, longest first; what no label covers is one unresolved entry.
 */
import { isDegreesOnly, normalizeName } from '../names';
import type { Employee } from '../types';

const key = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * What a cell is split against, in R6's order: the item's own choices and the labels the product
 * wrote into the Form; the roster's titled names; the roster's bare names (compared as bare
 * names, so "maria lake" and "Maria  Lake" are one). Every list is tried at a position before the
 * next one, so a titled name wins over its bare form.
 */
export interface SplitLabels {
  labels: readonly string[];
  titled: readonly string[];
  bare: readonly string[];
}

/** The labels of R6 for a roster and the Form's own labels. */
export function splitLabelsOf(labels: readonly string[], roster: readonly Pick<Employee, 'name'>[]): SplitLabels {
  const titled = roster.map((e) => e.name).filter((n) => n.trim() !== '');
  return { labels, titled, bare: titled.map(normalizeName).filter((n) => n !== '') };
}

interface Candidate {
  parts: string[];
  length: number;
}

function candidates(list: readonly string[], norm: (s: string) => string): Candidate[] {
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const label of list) {
    const text = String(label ?? '').trim();
    const parts = text.split(/\s*,\s+/).map(norm);
    const k = parts.join('\u0000');
    if (text === '' || parts.some((p) => p === '') || seen.has(k)) continue;
    seen.add(k);
    out.push({ parts, length: text.length });
  }
  // Longest first: more pieces, then more characters.
  return out.sort((a, b) => b.parts.length - a.parts.length || b.length - a.length);
}

/** The candidates of one list by their first piece (longest first within each), built once per SplitLabels. */
interface Compiled {
  lists: { byFirst: Map<string, Candidate[]>; norm: (s: string) => string }[];
  all: Set<string>;
  bare: Set<string>;
}

const compiledLabels = new WeakMap<SplitLabels, Compiled>();

function byFirstPiece(cands: readonly Candidate[]): Map<string, Candidate[]> {
  const out = new Map<string, Candidate[]>();
  for (const c of cands) {
    const list = out.get(c.parts[0]);
    if (list) list.push(c);
    else out.set(c.parts[0], [c]);
  }
  return out;
}

/**
 * A cell is split against the same labels again and again (every answer of a column, every
 * response of a CSV): the candidates are built once per SplitLabels object and looked up by their
 * first piece. Within a first piece they keep the longest-first order, so the first match is the
 * one a scan of the whole sorted list would find.
 */
function compiled(with_: SplitLabels): Compiled {
  let c = compiledLabels.get(with_);
  if (!c) {
    c = {
      lists: [
        { byFirst: byFirstPiece(candidates([...with_.labels, ...with_.titled], key)), norm: key },
        { byFirst: byFirstPiece(candidates(with_.bare, normalizeName)), norm: normalizeName },
      ],
      all: new Set([...with_.labels, ...with_.titled].map(key)),
      bare: new Set(with_.bare),
    };
    compiledLabels.set(with_, c);
  }
  return c;
}

/**
 * Splits one checkbox cell. Returns the entries in cell order, each as the cell writes it: every
 * recognised label, and the text no label covers (its pieces joined back with ", ") as one entry
 * where it starts.
 */
export function splitCheckboxCell(text: string, with_: SplitLabels): string[] {
  const raw = String(text ?? '').trim();
  if (raw === '') return [];
  const tokens = raw.split(/\s*,\s+/);
  const lists = compiled(with_).lists.map(({ byFirst, norm }) => ({ byFirst, keys: tokens.map(norm) }));
  const out: string[] = [];
  const leftover: string[] = [];
  let leftoverAt = -1;
  let i = 0;
  while (i < tokens.length) {
    let taken = 0;
    for (const [n, { byFirst, keys }] of lists.entries()) {
      const hit = byFirst.get(keys[i])?.find((c) => c.parts.length <= tokens.length - i && c.parts.every((p, j) => p === keys[i + j]));
      if (!hit) continue;
      taken = hit.parts.length;
      // A bare name written with other titles than the roster's ("Yohanes Bria, S.K.M."): the
      // degrees after it are part of it, not another entry.
      if (n === 1) while (i + taken < tokens.length && isDegreesOnly(tokens[i + taken])) taken += 1;
      break;
    }
    if (taken > 0) {
      out.push(tokens.slice(i, i + taken).join(', '));
      i += taken;
      continue;
    }
    if (leftoverAt < 0) leftoverAt = out.length;
    leftover.push(tokens[i]);
    i += 1;
  }
  if (leftover.length > 0) out.splice(leftoverAt, 0, leftover.join(', '));
  return out;
}

/** True when `text` splits into at least two recognised labels and nothing left over. */
export function isJoinedChoices(text: string, with_: SplitLabels): boolean {
  const parts = splitCheckboxCell(text, with_);
  if (parts.length < 2) return false;
  const { all, bare } = compiled(with_);
  return parts.every((p) => all.has(key(p)) || bare.has(normalizeName(p)));
}
