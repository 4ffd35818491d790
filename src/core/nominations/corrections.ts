/**
 * `Koreksi Nama` as plain data: the team's picks read into corrections (N5a), and what the product
 * adds or refreshes. The team's columns (text, pick, NIP) of an existing row are never rewritten;
 * the product writes only new rows and the columns Jumlah, Status and Saran. Pure.
 */
import { asText, textOf, type Cell, unquoted } from '../cells';
import { fullNameKey, normalizeName } from '../names';
import { digitsOf, findNipInText, formatNip } from '../nip';
import type { Ballot } from './ballot';
import { choiceLabels, LABEL_SEPARATOR, personKey, type CorrectionRow } from './resolve';
import type { UnresolvedResult } from './tally';
import { CORRECTION_HEADERS } from '../schema';
import type { Employee } from '../types';

export const CORRECTION_WIDTH = CORRECTION_HEADERS.length;
/** Columns the product refreshes on existing rows: Jumlah, Status, Saran (0-based 3..5). */
export const REFRESHED_FROM = 3;

export const STATUS_USED = 'dipakai';
export const STATUS_BAD_PICK = 'pilihan tidak dikenali';
export const STATUS_GONE = 'tidak muncul lagi';
export const STATUS_KNOWN = 'sudah dikenali';
export const STATUS_NOT_USED = 'tidak dipakai';

export interface CorrectionSheetRow {
  /** 1-based sheet row. */
  row: number;
  text: string;
  pick: string;
  nipText: string;
  /** The cells as read (for comparing Jumlah, Status, Saran). */
  cells: readonly unknown[];
}

/** The person key a pick names: a NIP typed in "NIP", or the dropdown label / a name in "Pegawai yang dimaksud". */
export function pickedKey(pick: string, nipText: string, roster: readonly Employee[]): string | null {
  const byKey = new Map(roster.map((e) => [personKey(e), e]));
  const typed = digitsOf(nipText);
  if (typed !== '') return byKey.has(typed) ? typed : null;
  const p = pick.trim();
  if (p === '') return null;
  const labels = choiceLabels(roster);
  const full = fullNameKey(p);
  const labelHit = labels.findIndex((l) => fullNameKey(l.label) === full);
  if (labelHit >= 0) return personKey(roster[labelHit]);
  const nip = findNipInText(p);
  if (nip !== null && byKey.has(nip)) return nip;
  const byFull = roster.filter((e) => fullNameKey(e.name) === full);
  if (byFull.length === 1) return personKey(byFull[0]);
  const bare = normalizeName(p);
  const byBare = roster.filter((e) => normalizeName(e.name) === bare);
  return byBare.length === 1 ? personKey(byBare[0]) : null;
}

/** Rows of `Koreksi Nama` below the header (sheet row 2 on). */
export function parseCorrectionRows(rows: readonly (readonly unknown[])[]): CorrectionSheetRow[] {
  const out: CorrectionSheetRow[] = [];
  rows.forEach((cells, i) => {
    const text = textOf(cells[0]);
    if (text === '') return;
    out.push({ row: i + 2, text, pick: textOf(cells[1]), nipText: textOf(unquoted(cells[2])), cells });
  });
  return out;
}

/** What the product does with one row of `Koreksi Nama`. */
export interface CorrectionDecision {
  row: number;
  /** Normalised text the row corrects. */
  key: string;
  /** The person the row points at, used by the resolver; null when the row is not used. */
  person: string | null;
  /** Status shown in the row. */
  status: string;
  /** The NIP to write into the row's NIP column (the team picked a person, N5); null: leave it. */
  fillNip: string | null;
}

/** The person a pick names in "Pegawai yang dimaksud" (dropdown label, name, or a NIP in it); null when none. */
export function pickedPerson(pick: string, roster: readonly Employee[]): string | null {
  const p = pick.trim();
  if (p === '') return null;
  const key = pickedKey(p, '', roster);
  if (key !== null) return key;
  // A label from before HR changed the name ("Yohanes Bria — Sekretariat" after "dr." was added):
  // its name part, when exactly one employee has that bare name.
  const cut = p.indexOf(LABEL_SEPARATOR);
  if (cut <= 0) return null;
  const bare = normalizeName(p.slice(0, cut));
  const byBare = roster.filter((e) => normalizeName(e.name) === bare);
  return bare !== '' && byBare.length === 1 ? personKey(byBare[0]) : null;
}

const shownPerson = (key: string, roster: readonly Employee[]): string => {
  const e = roster.find((x) => personKey(x) === key);
  const nip = key.startsWith('baris-') ? '' : formatNip(key);
  return e ? (nip ? `${e.name} (${nip})` : e.name) : nip;
};

/**
 * Each row of `Koreksi Nama` decided (N5a): whom it points at, what its status says, and whether
 * the product fills its NIP column. A confirmed correction points at a NIP: when the team picks a
 * person the NIP column is filled (and remembered in `filled`, by normalised text, as the
 * product's), so the row keeps working when HR later changes that person's name or titles. A pick
 * changed after the product filled the NIP wins, and the NIP follows it; a NIP the team typed
 * that names another person than the pick is not guessed between: the row is not used, and says
 * why. Two rows for the same text that point at different people: the last one is used, the
 * other says it is not used, and why.
 */
export function decideCorrections(
  rows: readonly CorrectionSheetRow[],
  roster: readonly Employee[],
  filled: Readonly<Record<string, string>>,
  shownRow: (row: number) => number = (row) => row,
): CorrectionDecision[] {
  const inRoster = new Set(roster.map((e) => personKey(e)));
  const out: CorrectionDecision[] = rows.map((r) => {
    const key = normalizeName(r.text);
    const pick = r.pick.trim();
    const typed = digitsOf(r.nipText);
    const byPick = pickedPerson(pick, roster);
    const decision = (person: string | null, status: string, fillNip: string | null = null): CorrectionDecision => ({ row: r.row, key, person, status, fillNip });
    const used = (person: string, fill = false) =>
      decision(person, `${STATUS_USED}: ${person.startsWith('baris-') ? 'pegawai tanpa NIP' : formatNip(person)}`, fill && !person.startsWith('baris-') ? person : null);
    if (typed === '') {
      if (pick === '') return decision(null, '');
      return byPick === null ? decision(null, STATUS_BAD_PICK) : used(byPick, true);
    }
    const byNip = inRoster.has(typed) ? typed : null;
    const productFilled = filled[key] === typed;
    if (pick === '' || byPick === null || byPick === byNip) {
      // Here byPick is null (no pick, or one naming nobody) or equals byNip: a NIP the product
      // filled that left the roster is handled below, where pick and NIP differ.
      if (byNip !== null) return used(byNip);
      return decision(null, `${STATUS_NOT_USED}: NIP ${formatNip(typed)} tidak ada di lembar Pegawai. Perbaiki NIP-nya, atau kosongkan dan pilih pegawainya di kolom Pegawai yang dimaksud.`);
    }
    // Pick and NIP name two different people.
    if (productFilled) return used(byPick, true); // the team changed the pick: the NIP follows it
    return decision(
      null,
      `${STATUS_NOT_USED}: Pegawai yang dimaksud menunjuk ${shownPerson(byPick, roster)}, tetapi NIP menunjuk ${byNip === null ? formatNip(typed) : shownPerson(byNip, roster)}. Kosongkan NIP bila pilihan sudah benar (NIP diisi lagi otomatis), atau kosongkan pilihan.`,
    );
  });
  // The same text corrected in several rows: the last row that points at someone is used (N5a).
  const lastByKey = new Map<string, CorrectionDecision>();
  for (const d of out) if (d.person !== null && d.key !== '') lastByKey.set(d.key, d);
  for (const d of out) {
    const winner = lastByKey.get(d.key);
    if (!winner || winner === d || d.person === null) continue;
    if (d.person === winner.person) {
      d.status = `${d.status} (sama dengan baris ${shownRow(winner.row)})`;
      continue;
    }
    d.status = `${STATUS_NOT_USED}: teks yang sama dikoreksi lagi di baris ${shownRow(winner.row)} ke ${shownPerson(winner.person ?? '', roster)}; yang dipakai baris terakhir. Hapus baris yang salah.`;
    d.person = null;
    d.fillNip = null;
  }
  return out;
}

/** The corrections the resolver uses: the rows decided to point at someone (decideCorrections). */
export function correctionsOf(rows: readonly CorrectionSheetRow[], roster: readonly Employee[], filled: Readonly<Record<string, string>> = {}): CorrectionRow[] {
  const decided = decideCorrections(rows, roster, filled);
  const out: CorrectionRow[] = [];
  rows.forEach((r, i) => {
    const person = decided[i].person;
    if (person !== null) out.push({ text: r.text, nip: person });
  });
  return out;
}

/** How often each normalised entry text occurs on ballots that are not superseded (`keyOf`: normalizeName, or a run's remembered one). */
export function entryCounts(ballots: readonly Ballot[], keyOf: (text: string) => string = normalizeName): Map<string, number> {
  const counts = new Map<string, number>();
  for (const b of ballots) {
    if (b.status === 'digantikan') continue;
    for (const text of b.rawEntries) {
      const key = keyOf(text);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

export interface CorrectionUpdate {
  /** Jumlah, Status, Saran for every existing row, in sheet order (rows 2…). */
  refreshed: Cell[][];
  /** New rows (all columns) for entries not listed yet, with their dropdown suggestions. */
  added: { cells: Cell[]; suggestions: string[] }[];
  /**
   * Where each row (existing rows 2…, then the added ones) stands once the rows are sorted so the
   * texts that occur most come first (sortedRows); null when they already stand so (no sort).
   * Every row number a status quotes is already the row after that sort.
   */
  sorted: Map<number, number> | null;
}

/** Compares two cells as a sort of Sheets does: blanks last in either order, numbers before text, text ignoring case. */
function compareCells(a: Cell, b: Cell, ascending: boolean): number {
  const blankA = a === '' || a === null || a === undefined;
  const blankB = b === '' || b === null || b === undefined;
  if (blankA || blankB) return blankA === blankB ? 0 : blankA ? 1 : -1;
  const rank = (v: Cell): number => (typeof v === 'string' ? 1 : typeof v === 'boolean' ? 2 : 0);
  let d = rank(a) - rank(b);
  if (d === 0) d = typeof a === 'string' ? a.localeCompare(String(b), 'id', { sensitivity: 'base' }) : Number(a) - Number(b);
  return ascending ? d : -d;
}

/**
 * Where each of `keys` (Jumlah and the text of sheet rows `from`, `from + 1`, …) stands after the
 * sort of `Koreksi Nama`: Jumlah descending, then the text, rows that compare equal keeping their
 * order. Returns the sheet row of each row, by its row before the sort.
 */
export function sortedRows(keys: readonly { count: Cell; text: Cell }[], from: number): Map<number, number> {
  const order = keys.map((k, i) => ({ k, i }));
  order.sort((a, b) => compareCells(a.k.count, b.k.count, false) || compareCells(a.k.text, b.k.text, true) || a.i - b.i);
  return new Map(order.map((o, at) => [from + o.i, from + at]));
}

/**
 * What `Koreksi Nama` should show after a tally: every unresolved text once (by normalised text),
 * the count of each listed text, and the state of each pick.
 */
export function correctionUpdate(
  rows: readonly CorrectionSheetRow[],
  sheetRowCount: number,
  unresolved: readonly UnresolvedResult[],
  counts: ReadonlyMap<string, number>,
  roster: readonly Employee[],
  filled: Readonly<Record<string, string>> = {},
): CorrectionUpdate {
  const listed = new Set(rows.map((r) => normalizeName(r.text)));
  const byRow = new Map(rows.map((r) => [r.row, r]));
  // The rows' new counts, and the unresolved texts not listed yet: they decide the sort.
  const keys: { count: Cell; text: Cell }[] = [];
  for (let row = 2; row <= sheetRowCount; row++) {
    const r = byRow.get(row);
    keys.push(r ? { count: counts.get(normalizeName(r.text)) ?? 0, text: r.cells[0] as Cell } : { count: '', text: '' });
  }
  const toAdd: UnresolvedResult[] = [];
  for (const u of unresolved) {
    if (listed.has(u.key)) continue;
    listed.add(u.key);
    toAdd.push(u);
    keys.push({ count: u.count, text: u.text });
  }
  const sorted = countsDescending(keys.map((k) => k.count)) ? null : sortedRows(keys, 2);
  const decided = new Map(decideCorrections(rows, roster, filled, (row) => sorted?.get(row) ?? row).map((d) => [d.row, d]));
  const unresolvedByKey = new Map(unresolved.map((u) => [u.key, u]));
  const refreshed: Cell[][] = [];
  for (let row = 2; row <= sheetRowCount; row++) {
    const r = byRow.get(row);
    if (!r) {
      refreshed.push(['', '', '']);
      continue;
    }
    const key = normalizeName(r.text);
    const count = counts.get(key) ?? 0;
    const u = unresolvedByKey.get(key);
    const hasPick = r.pick !== '' || r.nipText !== '';
    let status: string;
    if (hasPick) status = decided.get(row)?.status ?? STATUS_BAD_PICK;
    else if (u) status = u.status;
    else status = count > 0 ? STATUS_KNOWN : STATUS_GONE;
    refreshed.push([count, status, asText(u && !hasPick ? u.suggestions.join('\n') : textOf(r.cells[5]))]);
  }
  const added = toAdd.map((u) => ({ cells: [asText(u.text), '', '', u.count, u.status, asText(u.suggestions.join('\n'))], suggestions: u.suggestions }));
  return { refreshed, added, sorted };
}

/** True when the counts run from high to low with blanks last (the rows need no sort). */
export function countsDescending(counts: readonly Cell[]): boolean {
  let previous = Infinity;
  let blank = false;
  for (const c of counts) {
    if (typeof c !== 'number') {
      blank = true;
      continue;
    }
    if (blank || c > previous) return false;
    previous = c;
  }
  return true;
}

/**
 * The dropdown of "Pegawai yang dimaksud": the suggested people's labels first, then every roster
 * label. Suggestions are names (tidak dikenal) or labels (ambigu); both map to labels here.
 */
export function dropdownValues(suggestions: readonly string[], roster: readonly Employee[]): string[] {
  return dropdownLists(roster)(suggestions);
}

/**
 * `dropdownValues` for one roster and many rows: the roster's labels and their keys are built once
 * (a run may add thousands of rows against a roster of thousands: rebuilding them per row was
 * quadratic). Every list holds the same labels (the suggested ones first), so they all have the
 * length of `dropdownLists(roster)([])`.
 */
export function dropdownLists(roster: readonly Employee[]): (suggestions: readonly string[]) => string[] {
  const labels = choiceLabels(roster).map((l) => l.label);
  // Which roster rows a suggestion's key points at (by the employee's name or label), in roster order.
  const rowsByKey = new Map<string, number[]>();
  const add = (key: string, i: number): void => {
    const rows = rowsByKey.get(key);
    if (!rows) rowsByKey.set(key, [i]);
    else if (rows[rows.length - 1] !== i) rows.push(i);
  };
  roster.forEach((e, i) => {
    add(fullNameKey(e.name), i);
    add(fullNameKey(labels[i]), i);
  });
  let all: string[] | null = null;
  return (suggestions) => {
    if (all === null) {
      const seen = new Set<string>();
      all = labels.filter((l) => l !== '' && !seen.has(l) && (seen.add(l), true));
    }
    if (suggestions.length === 0) return all.slice();
    const first: string[] = [];
    for (const s of suggestions) for (const i of rowsByKey.get(fullNameKey(s)) ?? []) first.push(labels[i]);
    const seen = new Set<string>();
    return [...first, ...all].filter((l) => l !== '' && !seen.has(l) && (seen.add(l), true));
  };
}
