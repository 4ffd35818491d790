/**
 * summary.json: a stable, machine-readable contract (for scripts and CI) read back from the sheets the
 * bundle wrote, never recomputed here, so it says exactly what the team would see:
 * - nominations: `Rekap Penjaringan` (the ranking and shortlist, and beside them the ballot
 *   counts and the unresolved entries);
 * - survey: `Hasil Survei` (one row per response).
 * A section is present when asked for (the CLI: when that CSV was given) or, by default, when its
 * sheet holds data.
 */
import { digitsOf } from '../../core/nip';
import { SHEETS, SHORTLIST_MARK, TALLY_HEADERS, TALLY_SUMMARY_COLUMN } from '../../core/schema';
import { compareText } from '../../core/nominations/resolve';
import { bannerWarnings, tallyHeaderRow } from '../../core/nominations/tally-layout';
import { parseSettings } from '../../core/settings';
import { INCOMPLETE_LABEL } from '../../core/survey/bands';
import { WITA_OFFSET_MS } from '../../core/dates';
import type { CellValue } from '../workspace/index';
import type { Workspace } from '../workspace/index';

export const BAND_KEYS = ['BAIK', 'BELUM BAIK', 'KURANG BAIK', 'TIDAK BAIK', 'TIDAK LENGKAP'] as const;

export interface RankingEntry {
  rank: number | null;
  nip: string;
  name: string;
  votes: number;
  eligible: boolean;
  reason: string | null;
}

export interface UnresolvedEntry {
  text: string;
  status: string;
  suggestions: string[];
  count: number;
}

export interface NominationsSummary {
  ballots: { total: number; counted: number; invalid: number; superseded: number };
  ranking: RankingEntry[];
  shortlist: string[];
  tieAtCutoff: boolean;
  unresolved: UnresolvedEntry[];
  /** The warning lines above the ranking (a damaged roster NIP, no Hukuman Disiplin column); [] when none. */
  warnings: string[];
}

export interface SurveyResponseSummary {
  id: string | number;
  timestamp: string;
  unit: string;
  total: number | null;
  scaled: number | null;
  band: string;
}

export interface SurveySummaryJson {
  responses: SurveyResponseSummary[];
  bandCounts: Record<(typeof BAND_KEYS)[number], number>;
}

export interface Summary {
  nominations?: NominationsSummary;
  survey?: SurveySummaryJson;
}

export interface SummaryOptions {
  /** Include the section (true), leave it out (false), or include it when its sheet has data (undefined). */
  nominations?: boolean;
  survey?: boolean;
  /** Survey response id → the id to report (the CSV's id column or data row); also gives the order. */
  surveyIds?: Map<string, string | number>;
}

const norm = (v: unknown) => String(v ?? '').trim().toLowerCase().replace(/\s+/g, ' ');

function valuesOf(ws: Workspace, name: string): CellValue[][] {
  return ws.sheets.values(ws.spreadsheetId, name) ?? [];
}

function isDateValue(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

function numberOf(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v.replace(',', '.')))) return Number(v.replace(',', '.'));
  return null;
}

/** An instant as ISO 8601 in Kupang time: "2026-11-20T09:15:02+08:00". */
export function witaIso(ms: number): string {
  return `${new Date(ms + WITA_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

/** Column index by header (case- and space-insensitive), or -1. */
function col(header: readonly unknown[], ...names: string[]): number {
  const wanted = names.map(norm);
  return header.findIndex((h) => wanted.includes(norm(h)));
}

// ---------------------------------------------------------------------------------------------
// Nominations

function rankingOf(ws: Workspace): RankingEntry[] {
  const values = valuesOf(ws, SHEETS.tally);
  const top = Math.max(0, tallyHeaderRow(values));
  const header = values[top] ?? [];
  const at = Object.fromEntries(TALLY_HEADERS.map((h) => [h, col(header, h)])) as Record<string, number>;
  const out: RankingEntry[] = [];
  for (const row of values.slice(top + 1)) {
    const nip = digitsOf(String(row[at.NIP] ?? ''));
    const name = String(row[at.Nama] ?? '').trim();
    if (nip === '' && name === '') break; // the table ends at the first blank row
    const eligible = norm(row[at['Memenuhi Syarat']]) === 'ya';
    const reason = String(row[at.Alasan] ?? '').trim();
    out.push({
      rank: eligible ? numberOf(row[at.Peringkat]) : null,
      nip,
      name,
      votes: numberOf(row[at.Suara]) ?? 0,
      eligible,
      reason: eligible ? null : reason || null,
    });
  }
  return out;
}

function shortlistOf(ws: Workspace): string[] {
  const values = valuesOf(ws, SHEETS.tally);
  const top = Math.max(0, tallyHeaderRow(values));
  const header = values[top] ?? [];
  const nipCol = col(header, 'NIP');
  const markCol = col(header, 'Daftar Pendek');
  const out: string[] = [];
  for (const row of values.slice(top + 1)) {
    const nip = digitsOf(String(row[nipCol] ?? ''));
    if (nip === '' && String(row[col(header, 'Nama')] ?? '').trim() === '') break;
    if (norm(row[markCol]) === norm(SHORTLIST_MARK)) out.push(nip);
  }
  return out;
}

/** Column (0-based) of the summaries beside the ranking, and its cells as label → row. */
function summaryArea(ws: Workspace): { values: CellValue[][]; at: number } {
  return { values: valuesOf(ws, SHEETS.tally), at: TALLY_SUMMARY_COLUMN - 1 };
}

/** Ballot counts as `Rekap Penjaringan` shows them beside the ranking. */
function ballotsOf(ws: Workspace): NominationsSummary['ballots'] {
  const { values, at } = summaryArea(ws);
  const count = (label: RegExp) => {
    const row = values.find((r) => label.test(String(r[at] ?? '').trim()));
    return row ? (numberOf(row[at + 1]) ?? 0) : 0;
  };
  return { total: count(/^total respons/i), counted: count(/^dihitung$/i), invalid: count(/^tidak sah$/i), superseded: count(/^digantikan/i) };
}

/** The unresolved entries listed beside the ranking (text, count, status, suggestions by line). */
function unresolvedOf(ws: Workspace): UnresolvedEntry[] {
  const { values, at } = summaryArea(ws);
  const header = values.findIndex((r) => norm(r[at]) === 'teks belum dikenali');
  const out: UnresolvedEntry[] = [];
  if (header < 0) return out;
  for (const row of values.slice(header + 1)) {
    const text = String(row[at] ?? '').trim();
    const status = norm(row[at + 2]);
    if (text === '' || status === '') break; // the list ends at a blank row; "Semua usulan dikenali." has no status
    const suggestions = String(row[at + 3] ?? '')
      .split(/\n|; /)
      .map((x) => x.trim())
      .filter((x) => x !== '');
    out.push({ text, status, suggestions, count: numberOf(row[at + 1]) ?? 0 });
  }
  return out;
}

/** The warning lines `Rekap Penjaringan` shows in its banner, above its ranking table. */
function warningsOf(ws: Workspace): string[] {
  return bannerWarnings(valuesOf(ws, SHEETS.tally));
}

export function nominationsSummary(ws: Workspace): NominationsSummary {
  // The sheet lists eligible candidates first; the contract orders everyone by votes, then name.
  const ranking = rankingOf(ws).sort((a, b) => b.votes - a.votes || compareText(a.name, b.name) || compareText(a.nip, b.nip));
  const shortlist = shortlistOf(ws);
  const size = parseSettings(valuesOf(ws, SHEETS.settings)).settings.shortlistSize;
  return {
    ballots: ballotsOf(ws),
    ranking,
    shortlist,
    tieAtCutoff: shortlist.length > size,
    unresolved: unresolvedOf(ws),
    warnings: warningsOf(ws),
  };
}

// ---------------------------------------------------------------------------------------------
// Survey

export function surveySummary(ws: Workspace, ids?: Map<string, string | number>): SurveySummaryJson {
  const values = valuesOf(ws, SHEETS.surveyResults);
  const header = values[0] ?? [];
  const c = {
    time: col(header, 'Waktu'),
    unit: col(header, 'Unit Kerja'),
    total: col(header, 'Total'),
    scaled: col(header, 'Skor Setara 5 Pertanyaan'),
    band: col(header, 'Kategori'),
    status: col(header, 'Status'),
    id: col(header, 'ID Respons'),
  };
  const rows = values.slice(1).filter((r) => String(r[c.id] ?? '').trim() !== '');
  const bandCounts = Object.fromEntries(BAND_KEYS.map((k) => [k, 0])) as SurveySummaryJson['bandCounts'];
  const byId = new Map<string, SurveyResponseSummary>();
  const order: string[] = [];
  for (const row of rows) {
    const responseId = String(row[c.id]).trim();
    const band = String(row[c.band] ?? '').trim().toUpperCase();
    const complete = band !== INCOMPLETE_LABEL && numberOf(row[c.total]) !== null;
    const total = complete ? numberOf(row[c.total]) : null;
    const scaled = complete ? (numberOf(row[c.scaled]) ?? total) : null;
    const ts = row[c.time];
    byId.set(responseId, {
      id: ids?.get(responseId) ?? responseId,
      timestamp: isDateValue(ts) ? witaIso(ts.getTime()) : String(ts ?? ''),
      unit: String(row[c.unit] ?? '').trim(),
      total,
      scaled,
      band: complete ? band : INCOMPLETE_LABEL,
    });
    order.push(responseId);
    // Superseded answers (S5) are listed but not counted, as in `Ringkasan Survei`.
    const superseded = c.status >= 0 && norm(row[c.status]) === 'digantikan';
    const key = complete ? band : INCOMPLETE_LABEL;
    if (!superseded && key in bandCounts) bandCounts[key as keyof typeof bandCounts]++;
  }
  const sequence = ids ? [...ids.keys()].filter((id) => byId.has(id)) : order;
  return { responses: sequence.map((id) => byId.get(id)!), bandCounts };
}

function hasRows(ws: Workspace, sheet: string): boolean {
  return valuesOf(ws, sheet).slice(1).some((r) => r.some((v) => v !== ''));
}

/** The whole summary.json object. */
export function buildSummary(ws: Workspace, options: SummaryOptions = {}): Summary {
  const summary: Summary = {};
  if (options.nominations ?? hasRows(ws, SHEETS.tally)) summary.nominations = nominationsSummary(ws);
  if (options.survey ?? hasRows(ws, SHEETS.surveyResults)) summary.survey = surveySummary(ws, options.surveyIds);
  return summary;
}
