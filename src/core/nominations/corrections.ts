/**
 * `Koreksi Nama` as plain data: the team's picks read into corrections (N5a), and what the product
 * adds or refreshes. The team's columns (text, pick, NIP) of an existing row are never rewritten;
 * the product writes only new rows and the columns Jumlah, Status and Saran. Pure.
 */
import { asText, textOf, type Cell } from '../cells';
import { fullNameKey, normalizeName } from '../names';
import { digitsOf, findNipInText, formatNip } from '../nip';
import type { Ballot } from './ballot';
import { choiceLabels, personKey, type CorrectionRow } from './resolve';
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
    out.push({ row: i + 2, text, pick: textOf(cells[1]), nipText: textOf(cells[2]), cells });
  });
  return out;
}

/** The corrections the resolver uses: rows with a pick the roster knows. */
export function correctionsOf(rows: readonly CorrectionSheetRow[], roster: readonly Employee[]): CorrectionRow[] {
  const out: CorrectionRow[] = [];
  for (const r of rows) {
    const key = pickedKey(r.pick, r.nipText, roster);
    if (key !== null) out.push({ text: r.text, nip: key });
  }
  return out;
}

/** How often each normalised entry text occurs on ballots that are not superseded. */
export function entryCounts(ballots: readonly Ballot[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const b of ballots) {
    if (b.status === 'digantikan') continue;
    for (const text of b.rawEntries) {
      const key = normalizeName(text);
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
): CorrectionUpdate {
  const listed = new Set(rows.map((r) => normalizeName(r.text)));
  const unresolvedByKey = new Map(unresolved.map((u) => [u.key, u]));
  const byRow = new Map(rows.map((r) => [r.row, r]));
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
    const picked = hasPick ? pickedKey(r.pick, r.nipText, roster) : null;
    let status: string;
    if (hasPick) status = picked === null ? STATUS_BAD_PICK : `${STATUS_USED}: ${picked.startsWith('baris-') ? 'pegawai tanpa NIP' : formatNip(picked)}`;
    else if (u) status = u.status;
    else status = count > 0 ? STATUS_KNOWN : STATUS_GONE;
    refreshed.push([count, status, asText(u && !hasPick ? u.suggestions.join('\n') : textOf(r.cells[5]))]);
  }
  const added: CorrectionUpdate['added'] = [];
  for (const u of unresolved) {
    if (listed.has(u.key)) continue;
    listed.add(u.key);
    added.push({ cells: [asText(u.text), '', '', u.count, u.status, asText(u.suggestions.join('\n'))], suggestions: u.suggestions });
  }
  return { refreshed, added };
}

/**
 * The dropdown of "Pegawai yang dimaksud": the suggested people's labels first, then every roster
 * label. Suggestions are names (tidak dikenal) or labels (ambigu); both map to labels here.
 */
export function dropdownValues(suggestions: readonly string[], roster: readonly Employee[]): string[] {
  const labels = choiceLabels(roster).map((l) => l.label);
  const first: string[] = [];
  for (const s of suggestions) {
    const key = fullNameKey(s);
    roster.forEach((e, i) => {
      if (fullNameKey(e.name) === key || fullNameKey(labels[i]) === key) first.push(labels[i]);
    });
  }
  const seen = new Set<string>();
  return [...first, ...labels].filter((l) => l !== '' && !seen.has(l) && (seen.add(l), true));
}
