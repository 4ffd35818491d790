/**
 * N5: which employee a nominee entry names, in the product's order: (a) the team's `Koreksi Nama`
 * table on normalised text, (b) an 18-digit NIP written in the entry, (c) a choice label the product
 * wrote into the Form, (d) the full titled roster name (case- and space-insensitive) when exactly one
 * employee has it, (e) the bare name when exactly one employee has it. Otherwise `ambigu` (several
 * share the bare name) or `tidak dikenal` with up to 3 suggestions. Nothing fuzzy is ever accepted.
 */
import { fullNameKey, normalizeName } from '../names';
import { createSuggestionIndex, type SuggestionIndex } from './suggest';
import { couldBeDamagedFrom, digitsOf, findDamagedNipInText, findNipInText, formatNip, withoutScientificNumbers } from '../nip';
import type { Employee } from '../types';

/** A row of `Koreksi Nama`: the raw text and the NIP the team says it means ('' = not yet decided). */
export interface CorrectionRow {
  text: string;
  nip: string;
}

/** A choice the product wrote into the Form (sheet of labels): the label and its NIP. */
export interface ChoiceLabelRow {
  label: string;
  nip: string;
}

export type ResolveVia = 'koreksi' | 'nip' | 'pilihan' | 'nama lengkap' | 'nama';

/**
 * Who a vote goes to: the NIP, or `baris-<row>` for a roster row without one (Non ASN often have
 * none), so their votes are still counted and shown with the reason they are not eligible.
 */
export function personKey(e: Pick<Employee, 'nip' | 'row'>): string {
  return e.nip !== '' ? e.nip : `baris-${e.row}`;
}

/**
 * R3: why an entry naming a NIP stays unresolved: the NIP in the answer is damaged ('jawaban'), or
 * it is not in the roster while roster rows whose own NIP is damaged could hold it ('pegawai').
 */
export type NipProblem = 'jawaban' | 'pegawai';

export type Resolution =
  | { kind: 'resolved'; /** a personKey: the NIP, or `baris-<row>` */ nip: string; via: ResolveVia }
  | { kind: 'tidak dikenal'; suggestions: string[]; nipProblem?: NipProblem }
  | { kind: 'ambigu'; candidates: string[] };

/** Resolves nominee entries against one roster; build once per run, then O(1)-ish per entry. */
export interface NameResolver {
  /** N5 for one entry; `suggest: false` skips the (slower) suggestion search. */
  resolve(entry: string, options?: { suggest?: boolean }): Resolution;
  /** The roster employee with this personKey (NIP digits or `baris-<row>`), if any. */
  employee(nip: string): Employee | undefined;
  /** The personKey of the one roster employee with this e-mail (lower-cased, trimmed), or null. */
  nipForEmail(email: string): string | null;
  /** names.normalizeName of a text, remembered for the life of this resolver (one run). */
  keyOf(text: string): string;
  /** Indonesian messages about the corrections table (unknown NIPs, conflicting rows). */
  problems: string[];
}

/** Between the name and the unit (and NIP) in a choice label. */
export const LABEL_SEPARATOR = ' — ';
const SEPARATOR = LABEL_SEPARATOR;
/** Below this similarity a roster name is noise, not a suggestion (tuned on NTT names). */
const SUGGESTION_THRESHOLD = 0.85;

/** The name part of an entry: without an 18-digit number and a "NIP" label before it. */
export function nameTextOf(text: string): string {
  return withoutScientificNumbers(text)
    .replace(/(?:\bnip\b\.?\s*:?\s*)?(?<!\d)\d(?:[\s.\-]*\d){17}(?!\d)/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === '') continue;
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/**
 * The Form choice label of every employee, in roster order: "Nama — Unit", with the grouped NIP
 * added when two employees would still share a label. Unique by construction when NIPs are.
 */
export function choiceLabels(employees: readonly Employee[]): ChoiceLabelRow[] {
  const base = (e: Employee) => (e.unit.trim() ? `${e.name.trim()}${SEPARATOR}${e.unit.trim()}` : e.name.trim());
  const labels = employees.map(base);
  const keys = labels.map(fullNameKey);
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return employees.map((e, i) => {
    const label = labels[i];
    const shared = (counts.get(keys[i]) ?? 0) > 1;
    return { label: shared && e.nip ? `${label}${SEPARATOR}${formatNip(e.nip)}` : label, nip: e.nip };
  });
}

/** The Form choice label of one employee among `allEmployees` (see `choiceLabels`). */
export function choiceLabel(employee: Employee, allEmployees: readonly Employee[]): string {
  const i = allEmployees.indexOf(employee);
  if (i >= 0) return choiceLabels(allEmployees)[i].label;
  return choiceLabels([...allEmployees, employee])[allEmployees.length].label;
}

/** Builds the resolver from the roster, the `Koreksi Nama` rows and the product's choice labels. */
export function createResolver(
  roster: readonly Employee[],
  corrections: readonly CorrectionRow[] = [],
  labels: readonly ChoiceLabelRow[] = [],
): NameResolver {
  const problems: string[] = [];
  // The same texts recur throughout a run (a name on many ballots, the roster): normalise each once.
  const keys = new Map<string, string>();
  const keyOf = (text: string): string => {
    const raw = String(text);
    let key = keys.get(raw);
    if (key === undefined) {
      key = normalizeName(raw);
      keys.set(raw, key);
    }
    return key;
  };
  const byNip = new Map<string, Employee>();
  for (const e of roster) if (!byNip.has(personKey(e))) byNip.set(personKey(e), e);
  const byFull = groupBy(roster, (e) => fullNameKey(e.name));
  const bareOf = new Map<Employee, string>(roster.map((e) => [e, keyOf(e.name)]));
  const byBare = groupBy(roster, (e) => bareOf.get(e) ?? '');
  const byEmail = groupBy(roster, (e) => e.email.trim().toLowerCase());
  const damaged = roster.filter((e) => e.nipDamage !== undefined);
  const rosterLabels = choiceLabels(roster);
  const displayLabel = new Map<Employee, string>();
  rosterLabels.forEach((l, i) => displayLabel.set(roster[i], l.label));

  const correctionByKey = new Map<string, string>();
  for (const c of corrections) {
    const key = keyOf(c.text);
    // A person key (`baris-<row>`, for a roster row without NIP) is kept as is; a NIP as digits.
    const nip = byNip.has(String(c.nip).trim()) ? String(c.nip).trim() : digitsOf(c.nip);
    if (key === '' || nip === '') continue;
    if (!byNip.has(nip)) {
      problems.push(`Koreksi Nama "${c.text}": NIP ${formatNip(nip)} tidak ada di daftar pegawai.`);
      continue;
    }
    const earlier = correctionByKey.get(key);
    if (earlier !== undefined && earlier !== nip) {
      problems.push(`Koreksi Nama "${c.text}" menunjuk dua pegawai berbeda; yang dipakai baris terakhir.`);
    }
    correctionByKey.set(key, nip);
  }
  // The labels this roster gives today, then the ones written into the Form (those win).
  const labelByKey = new Map<string, string>();
  rosterLabels.forEach((l, i) => labelByKey.set(fullNameKey(l.label), personKey(roster[i])));
  for (const l of labels) {
    const nip = byNip.has(String(l.nip).trim()) ? String(l.nip).trim() : digitsOf(l.nip);
    if (byNip.has(nip)) labelByKey.set(fullNameKey(l.label), nip);
  }

  // Suggestions among the employees sharing a word's first two letters, best first, ties by name then NIP.
  // Built on the first unresolved entry: a run whose entries all resolve never pays for it.
  let index: SuggestionIndex<{ e: Employee; bare: string }> | null = null;
  const suggestionCache = new Map<string, string[]>();
  const suggest = (bare: string): string[] => {
    let out = suggestionCache.get(bare);
    if (!out) {
      index ??= createSuggestionIndex(
        roster.map((e) => ({ e, bare: bareOf.get(e) ?? '' })),
        (x, y) => compareText(x.e.name, y.e.name) || compareText(x.e.nip, y.e.nip),
        SUGGESTION_THRESHOLD,
      );
      out = index.closest(bare).map((c) => c.e.name);
      suggestionCache.set(bare, out);
    }
    return out;
  };

  // Entries repeat a lot (the same colleague named by many voters): resolve each text once.
  const memo = new Map<string, Resolution>();
  const resolve = (entry: string, options: { suggest?: boolean } = {}): Resolution => {
    const text = String(entry).trim();
    let r = memo.get(text);
    if (r === undefined) {
      r = resolveText(text);
      memo.set(text, r);
    }
    if (r.kind === 'tidak dikenal' && r.nipProblem === undefined && options.suggest !== false) {
      const bare = keyOf(nameTextOf(text));
      return { kind: 'tidak dikenal', suggestions: bare === '' ? [] : suggest(bare) };
    }
    return r;
  };

  const resolveText = (text: string): Resolution => {
    const bare = keyOf(text);
    const corrected = correctionByKey.get(bare); // never '' (corrections without a text are skipped)
    if (corrected !== undefined) return { kind: 'resolved', nip: corrected, via: 'koreksi' };
    const nip = findNipInText(text);
    if (nip !== null && byNip.has(nip)) return { kind: 'resolved', nip, via: 'nip' };
    // A NIP not in the roster (a typo, or damaged) does not hide the name written next to it.
    const answerDamage = findDamagedNipInText(text);
    const nameText = nip === null && answerDamage === null ? text : nameTextOf(text);
    const nameBare = nameText === text ? bare : keyOf(nameText);
    const full = fullNameKey(nameText);
    const labelled = labelByKey.get(full);
    if (labelled !== undefined) return { kind: 'resolved', nip: labelled, via: 'pilihan' };
    // A row entered twice in the roster (same NIP) is one person, not two.
    const fullHits = samePerson(byFull.get(full) ?? []);
    if (fullHits.length === 1) return { kind: 'resolved', nip: personKey(fullHits[0]), via: 'nama lengkap' };
    const bareHits = samePerson(byBare.get(nameBare) ?? []); // never '' (groupBy skips it)
    if (bareHits.length === 1) return { kind: 'resolved', nip: personKey(bareHits[0]), via: 'nama' };
    if (bareHits.length > 1) {
      return { kind: 'ambigu', candidates: bareHits.map((e) => displayLabel.get(e) ?? e.name).sort(compareText) };
    }
    // R3: never silently unknown because a NIP was damaged, here or in the roster.
    const compatible = (d: { knownDigits: string }): Employee[] =>
      damaged.filter((e) => (nip !== null ? couldBeDamagedFrom(nip, e.nipDamage as { knownDigits: string }) : couldShareDigits(d, e)));
    if (answerDamage !== null) {
      return { kind: 'tidak dikenal', suggestions: namesOf(compatible(answerDamage)), nipProblem: 'jawaban' };
    }
    // A NIP of the answer that is damaged itself was reported above (findDamagedNipInText reads it too).
    if (nip !== null) {
      const could = compatible({ knownDigits: nip });
      if (could.length > 0) return { kind: 'tidak dikenal', suggestions: namesOf(could), nipProblem: 'pegawai' };
    }
    return { kind: 'tidak dikenal', suggestions: [] };
  };
  const namesOf = (list: readonly Employee[]): string[] => list.slice(0, 3).map((e) => e.name);

  return {
    resolve,
    keyOf,
    employee: (nip) => byNip.get(nip),
    nipForEmail: (email) => {
      const hits = byEmail.get(email.trim().toLowerCase()) ?? [];
      return hits.length === 1 ? personKey(hits[0]) : null;
    },
    problems,
  };
}

/** Two damaged NIPs that could be the same number (their surviving digits agree). */
function couldShareDigits(d: { knownDigits: string }, e: Employee): boolean {
  const a = d.knownDigits;
  const b = e.nipDamage?.knownDigits ?? '';
  const n = Math.min(a.length, b.length);
  return n > 0 && Math.abs(Number(a.slice(0, n)) - Number(b.slice(0, n))) <= 1;
}

/** One employee per person key (the first row), keeping order. */
function samePerson(employees: readonly Employee[]): Employee[] {
  const seen = new Set<string>();
  return employees.filter((e) => !seen.has(personKey(e)) && (seen.add(personKey(e)), true));
}

/** Plain code-unit order: deterministic everywhere (no locale). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
