/**
 * A1–A2, A4: the `Penilaian` sheet as pure data. One row per shortlisted candidate; for each
 * assessor a block of the four criteria scores (1–5); then Total, Peringkat, Diusulkan,
 * Ditetapkan (checkbox, the head's choice), Peran (dropdown) and Keterangan.
 *
 * Ownership: the score blocks, Ditetapkan and Peran are the team's and survive every re-sync;
 * every other column (identity, Total, Peringkat, Diusulkan, Keterangan) is rewritten by the
 * product from the shortlist and the scores.
 *
 * Totals: an assessor is counted for a row only when all four scores are valid. An assessor with
 * some blanks is "belum lengkap"; one with an invalid value is "tidak sah": both are left out of
 * the mean and named in Keterangan, so a half-filled block never drags a total down silently.
 * Total = mean over the counted assessors of their criteria sum (range 4–20).
 */
import { asText, type Cell, isDate } from './cells';
import { digitsOf, formatNip } from './nip';
import { normalizeName } from './names';
import { ASSESSMENT_CRITERIA, ROLE_NAMES, roleByName, SCORE_MAX, SCORE_MIN } from './values';

/** Assessor 1 of every row: the candidate's supervisor (NIP Atasan in `Pegawai`). */
export const SUPERVISOR_ASSESSOR = 'Atasan Langsung';
export const RETIRED_NOTE = 'Tidak lagi dalam daftar pendek';
export const DUPLICATE_NOTE = 'Baris ganda: calon ini sudah ada di baris lain';
/** Header rows: row 1 names the assessor above each block, row 2 holds the column headers. */
export const ASSESSMENT_HEADER_ROWS = 2;
/** 1-based sheet row of the first candidate. */
export const ASSESSMENT_FIRST_ROW = ASSESSMENT_HEADER_ROWS + 1;
/** Value of Diusulkan for the proposed candidates (A2). */
export const PROPOSED_MARK = 'Ya';

export const ASSESSMENT_LEAD_HEADERS = ['No', 'NIP', 'Nama', 'Unit Kerja', 'Suara', 'Atasan Langsung', 'NIP Atasan'] as const;
export const ASSESSMENT_TAIL_HEADERS = ['Total', 'Peringkat', 'Diusulkan', 'Ditetapkan', 'Peran', 'Keterangan'] as const;

const CRITERIA = ASSESSMENT_CRITERIA.map((c) => c.name);
const N_CRITERIA = CRITERIA.length;

/** 0-based columns of the `Penilaian` sheet for one assessor list. */
export interface AssessmentLayout {
  /** Assessor labels in block order; the first is always SUPERVISOR_ASSESSOR. */
  assessors: string[];
  /** The two header rows. */
  headers: [string[], string[]];
  width: number;
  no: number;
  nip: number;
  name: number;
  unit: number;
  votes: number;
  supervisorName: number;
  supervisorNip: number;
  /** scoreColumns[assessor][criterion]. */
  scoreColumns: number[][];
  total: number;
  rank: number;
  proposed: number;
  chosen: number;
  role: number;
  note: number;
}

const labelKey = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** The assessor list: the supervisor first, then the setting's names (trimmed, deduplicated). */
export function assessorList(settingNames: readonly string[]): string[] {
  const out = [SUPERVISOR_ASSESSOR];
  const seen = new Set([labelKey(SUPERVISOR_ASSESSOR)]);
  for (const raw of settingNames) {
    const name = raw.replace(/\s+/g, ' ').trim();
    if (name === '' || seen.has(labelKey(name))) continue;
    seen.add(labelKey(name));
    out.push(name);
  }
  return out;
}

/** The heading above an assessor's block ("Penilai 2: Yohanes Bria"). */
export function assessorHeading(index: number, label: string): string {
  return `Penilai ${index + 1}: ${label}`;
}

/** The sheet layout for `settingNames` (the `Penilai Tambahan` setting; the supervisor is added). */
export function assessmentLayout(settingNames: readonly string[]): AssessmentLayout {
  const assessors = assessorList(settingNames);
  const lead = ASSESSMENT_LEAD_HEADERS.length;
  const scoreColumns = assessors.map((_, a) => CRITERIA.map((_c, k) => lead + a * N_CRITERIA + k));
  const tail0 = lead + assessors.length * N_CRITERIA;
  const width = tail0 + ASSESSMENT_TAIL_HEADERS.length;
  const top: string[] = new Array<string>(width).fill('');
  const second: string[] = [...ASSESSMENT_LEAD_HEADERS];
  assessors.forEach((label, a) => {
    top[scoreColumns[a][0]] = assessorHeading(a, label);
    second.push(...CRITERIA);
  });
  second.push(...ASSESSMENT_TAIL_HEADERS);
  return {
    assessors,
    headers: [top, second],
    width,
    no: 0,
    nip: 1,
    name: 2,
    unit: 3,
    votes: 4,
    supervisorName: 5,
    supervisorNip: 6,
    scoreColumns,
    total: tail0,
    rank: tail0 + 1,
    proposed: tail0 + 2,
    chosen: tail0 + 3,
    role: tail0 + 4,
    note: tail0 + 5,
  };
}

/** One candidate row as the team left it. */
export interface AssessmentRow {
  /** Digits only ('' when none). */
  nip: string;
  name: string;
  unit: string;
  votes: number | null;
  supervisorName: string;
  supervisorNip: string;
  /** Scores as typed, by assessor label: four cells each ('' = blank). */
  scores: Record<string, Cell[]>;
  chosen: boolean;
  role: string;
  retired: boolean;
  duplicate: boolean;
}

/** The `Penilaian` sheet as read. */
export interface ParsedAssessment {
  assessors: string[];
  rows: AssessmentRow[];
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  if (isDate(v)) return '';
  return String(v).trim();
}

function asCell(v: unknown): Cell {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string' || isDate(v)) return v;
  return String(v);
}

/** True for a ticked checkbox or a typed yes. */
function isTicked(v: unknown): boolean {
  if (v === true) return true;
  return ['true', 'ya', 'y', 'x', 'v', '✓', '✔'].indexOf(cellText(v).toLowerCase()) >= 0;
}

const stripHeading = (text: string): string => text.replace(/^penilai\s*\d+\s*[:.\-–]\s*/i, '').trim();

/**
 * Reads `Penilaian` (getValues of the whole used range). Columns are found by their headers, so
 * an added assessor or a moved column is read right. An empty or foreign sheet reads as no rows.
 */
export function parseAssessmentSheet(values: unknown[][]): ParsedAssessment {
  if (values.length < ASSESSMENT_HEADER_ROWS) return { assessors: [], rows: [] };
  const top = values[0].map(cellText);
  const second = values[1].map((v) => labelKey(cellText(v)));
  const find = (h: string): number => second.indexOf(labelKey(h));
  const nipCol = find('NIP');
  const nameCol = find('Nama');
  if (nipCol < 0 || nameCol < 0) return { assessors: [], rows: [] };

  // Score blocks: criterion headers under an assessor heading (the nearest heading to the left).
  const blocks = new Map<string, number[]>();
  const assessors: string[] = [];
  let current = '';
  second.forEach((h, col) => {
    if (top[col] !== '') current = stripHeading(top[col]);
    const k = CRITERIA.findIndex((c) => labelKey(c) === h);
    if (k < 0 || current === '') return;
    let block = blocks.get(current);
    if (!block) {
      block = new Array<number>(N_CRITERIA).fill(-1);
      blocks.set(current, block);
      assessors.push(current);
    }
    if (block[k] < 0) block[k] = col;
  });

  const col = {
    unit: find('Unit Kerja'),
    votes: find('Suara'),
    supervisorName: find('Atasan Langsung'),
    supervisorNip: find('NIP Atasan'),
    chosen: find('Ditetapkan'),
    role: find('Peran'),
    note: find('Keterangan'),
  };
  const at = (r: unknown[], c: number): unknown => (c >= 0 ? r[c] : '');
  const rows: AssessmentRow[] = [];
  for (let i = ASSESSMENT_HEADER_ROWS; i < values.length; i++) {
    const r = values[i];
    const nip = digitsOf(cellText(at(r, nipCol)));
    const name = cellText(at(r, nameCol));
    if (nip === '' && name === '') continue;
    const scores: Record<string, Cell[]> = {};
    blocks.forEach((cols, label) => {
      scores[label] = cols.map((c) => asCell(at(r, c)));
    });
    const votesText = cellText(at(r, col.votes));
    const note = cellText(at(r, col.note));
    rows.push({
      nip,
      name,
      unit: cellText(at(r, col.unit)),
      votes: votesText !== '' && !Number.isNaN(Number(votesText)) ? Number(votesText) : null,
      supervisorName: cellText(at(r, col.supervisorName)),
      supervisorNip: digitsOf(cellText(at(r, col.supervisorNip))),
      scores,
      chosen: isTicked(at(r, col.chosen)),
      role: cellText(at(r, col.role)),
      retired: note.indexOf(RETIRED_NOTE) >= 0,
      duplicate: false,
    });
  }
  return { assessors, rows };
}

/** A shortlisted candidate as the nominations part and `Pegawai` describe them. */
export interface ShortlistCandidate {
  nip: string;
  name: string;
  unit: string;
  votes: number;
  supervisorName: string;
  supervisorNip: string;
}

export interface Reconciled {
  layout: AssessmentLayout;
  rows: AssessmentRow[];
  added: number;
  retired: number;
  /** Retired rows that are back on the shortlist. */
  restored: number;
}

/** The identity of a candidate across syncs: the NIP, else the bare name. */
export function candidateKey(c: { nip: string; name: string }): string {
  const nip = digitsOf(c.nip);
  return nip !== '' ? `nip:${nip}` : `nama:${normalizeName(c.name)}`;
}

const hasTyped = (cells: readonly Cell[]): boolean => cells.some((c) => cellText(c) !== '');

/**
 * A2: the new rows after the shortlist changed. Keeps every row and every typed score, Ditetapkan
 * and Peran; refreshes identity columns of candidates still on the shortlist; retires the others
 * (kept, scores kept); appends new candidates in shortlist order. An assessor dropped from the
 * setting keeps their block while any score of theirs is typed.
 */
export function reconcileAssessment(
  existing: ParsedAssessment,
  shortlist: readonly ShortlistCandidate[],
  assessorSetting: readonly string[],
): Reconciled {
  const wanted = assessorList(assessorSetting);
  const wantedKeys = new Set(wanted.map(labelKey));
  const kept = existing.assessors.filter(
    (a) => !wantedKeys.has(labelKey(a)) && existing.rows.some((r) => r.scores[a] !== undefined && hasTyped(r.scores[a])),
  );
  const layout = assessmentLayout([...wanted.slice(1), ...kept]);
  const byLabel = new Map(existing.assessors.map((a) => [labelKey(a), a]));

  const fresh = new Map<string, ShortlistCandidate>();
  for (const c of shortlist) if (!fresh.has(candidateKey(c))) fresh.set(candidateKey(c), c);

  const seen = new Set<string>();
  let retired = 0;
  let restored = 0;
  const rows: AssessmentRow[] = existing.rows.map((old) => {
    const key = candidateKey(old);
    const scores: Record<string, Cell[]> = {};
    for (const a of layout.assessors) {
      const from = byLabel.get(labelKey(a));
      const cells = from !== undefined ? old.scores[from] : undefined;
      scores[a] = cells ? cells.slice(0, N_CRITERIA) : new Array<Cell>(N_CRITERIA).fill('');
    }
    const base = { ...old, scores, duplicate: false };
    if (seen.has(key)) return { ...base, duplicate: true };
    seen.add(key);
    const c = fresh.get(key);
    if (!c) {
      if (!old.retired) retired += 1;
      return { ...base, retired: true };
    }
    if (old.retired) restored += 1;
    return {
      ...base,
      nip: digitsOf(c.nip),
      name: c.name,
      unit: c.unit,
      votes: c.votes,
      supervisorName: c.supervisorName,
      supervisorNip: digitsOf(c.supervisorNip),
      retired: false,
    };
  });
  let added = 0;
  fresh.forEach((c, key) => {
    if (seen.has(key)) return;
    added += 1;
    const scores: Record<string, Cell[]> = {};
    for (const a of layout.assessors) scores[a] = new Array<Cell>(N_CRITERIA).fill('');
    rows.push({
      nip: digitsOf(c.nip),
      name: c.name,
      unit: c.unit,
      votes: c.votes,
      supervisorName: c.supervisorName,
      supervisorNip: digitsOf(c.supervisorNip),
      scores,
      chosen: false,
      role: '',
      retired: false,
      duplicate: false,
    });
  });
  return { layout, rows, added, retired, restored };
}

/** A typed value the team must correct, with where it is (1-based sheet row and column). */
export interface AssessmentProblem {
  row: number;
  column: number;
  message: string;
}

/** Per-row outcome of A1–A2. */
export interface RowResult {
  /** Mean over counted assessors of the criteria sum; null when nobody completed a block. */
  total: number | null;
  /** Per criterion, mean over counted assessors (for the berita acara). */
  criterionMeans: (number | null)[];
  /** Labels of the assessors counted. */
  counted: string[];
  /** Labels of assessors with a partly filled block ("belum lengkap"). */
  incomplete: string[];
  /** Labels of assessors with a value that is not an integer 1–5. */
  invalid: string[];
  /** Shared rank among active rows with a total (1, 2, 2, 4); null otherwise. */
  rank: number | null;
  proposed: boolean;
  /** Keterangan, in Indonesian. */
  note: string;
}

export interface AssessmentResult {
  rows: RowResult[];
  problems: AssessmentProblem[];
  /** True when candidates tied at the proposal cut-off were all proposed (team's decision). */
  tieAtCutoff: boolean;
}

/** Column letters of a 1-based column (1 → A, 27 → AA). */
export function columnLetter(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A score cell as an integer 1–5, null when blank, NaN when it is anything else. */
export function scoreValue(v: unknown): number | null {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'string' && v.trim() === '') return null;
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+([.,]0+)?\s*$/.test(v) ? Number(v.trim().replace(',', '.')) : NaN;
  return Number.isInteger(n) && n >= SCORE_MIN && n <= SCORE_MAX ? n : NaN;
}

const shown = (v: unknown): string => (isDate(v) ? 'sebuah tanggal' : `"${String(v)}"`);
const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * A1–A2 over the rows in sheet order: totals, shared ranks, the proposal, notes and the problems
 * of typed values. `proposalSize` candidates are proposed (default 5); a tie at the cut-off
 * proposes every tied candidate and is flagged, never broken silently.
 */
export function assessmentTotals(rows: readonly AssessmentRow[], layout: AssessmentLayout, proposalSize = 5): AssessmentResult {
  const problems: AssessmentProblem[] = [];
  const results: RowResult[] = rows.map((row, i) => {
    const sheetRow = ASSESSMENT_FIRST_ROW + i;
    const counted: string[] = [];
    const incomplete: string[] = [];
    const invalid: string[] = [];
    const sums: number[] = [];
    const perCriterion: number[][] = CRITERIA.map(() => []);
    layout.assessors.forEach((a, ai) => {
      const cells = row.scores[a] ?? [];
      const scores = CRITERIA.map((_c, k) => scoreValue(cells[k]));
      let bad = false;
      scores.forEach((s, k) => {
        if (s === null || !Number.isNaN(s)) return;
        bad = true;
        const column = layout.scoreColumns[ai][k] + 1;
        problems.push({
          row: sheetRow,
          column,
          message: `Penilaian baris ${sheetRow}, kolom ${columnLetter(column)} (${CRITERIA[k]}, ${assessorHeading(ai, a)}): ${shown(cells[k])} bukan nilai yang sah. Isi bilangan bulat ${SCORE_MIN}–${SCORE_MAX} atau kosongkan.`,
        });
      });
      const filled = scores.filter((s) => s !== null).length;
      if (bad) invalid.push(a);
      else if (filled === N_CRITERIA) {
        counted.push(a);
        sums.push(scores.reduce<number>((t, s) => t + (s ?? 0), 0));
        scores.forEach((s, k) => perCriterion[k].push(s ?? 0));
      } else if (filled > 0) incomplete.push(a);
    });
    const mean = (xs: number[]): number | null => (xs.length === 0 ? null : xs.reduce((t, x) => t + x, 0) / xs.length);
    if (!row.retired && !row.duplicate && row.role !== '' && roleByName(row.role) === null) {
      const column = layout.role + 1;
      problems.push({
        row: sheetRow,
        column,
        message: `Penilaian baris ${sheetRow}, kolom ${columnLetter(column)} (Peran): "${row.role}" bukan peran yang dikenal. Pilih salah satu: ${ROLE_NAMES.join(', ')}.`,
      });
    }
    const total = mean(sums);
    return {
      total: total === null ? null : round2(total),
      criterionMeans: perCriterion.map(mean),
      counted,
      incomplete,
      invalid,
      rank: null,
      proposed: false,
      note: '',
    };
  });

  const active = results
    .map((r, i) => ({ r, i }))
    .filter(({ r, i }) => !rows[i].retired && !rows[i].duplicate && r.total !== null)
    .sort((x, y) => (y.r.total as number) - (x.r.total as number) || x.i - y.i);
  active.forEach(({ r }, pos) => {
    const prev = active[pos - 1];
    r.rank = prev && prev.r.total === r.total ? (prev.r.rank as number) : pos + 1;
  });
  let tieAtCutoff = false;
  if (active.length > 0) {
    const cut = active[Math.min(proposalSize, active.length) - 1].r.total as number;
    const proposed = active.filter(({ r }) => (r.total as number) >= cut);
    proposed.forEach(({ r }) => {
      r.proposed = true;
    });
    tieAtCutoff = proposed.length > proposalSize;
    if (tieAtCutoff) {
      proposed.filter(({ r }) => r.total === cut).forEach(({ r }) => {
        r.note = `Nilai sama di batas ${proposalSize} besar: semua diusulkan, keputusan pada tim`;
      });
    }
  }

  results.forEach((r, i) => {
    const row = rows[i];
    const notes: string[] = [];
    if (row.duplicate) notes.push(DUPLICATE_NOTE);
    else if (row.retired) notes.push(RETIRED_NOTE);
    if (r.total === null) notes.push('Belum dinilai');
    else if (r.counted.indexOf(SUPERVISOR_ASSESSOR) < 0 && r.incomplete.indexOf(SUPERVISOR_ASSESSOR) < 0 && r.invalid.indexOf(SUPERVISOR_ASSESSOR) < 0) {
      notes.push('Atasan langsung belum menilai');
    }
    if (r.incomplete.length > 0) notes.push(`Belum lengkap (tidak dihitung): ${r.incomplete.join(', ')}`);
    if (r.invalid.length > 0) notes.push(`Nilai tidak sah (tidak dihitung): ${r.invalid.join(', ')}`);
    if (r.note !== '') notes.push(r.note);
    r.note = notes.join('; ');
    r.criterionMeans = r.criterionMeans.map((m) => (m === null ? null : round2(m)));
  });
  return { rows: results, problems, tieAtCutoff };
}

/**
 * The whole `Penilaian` block to write with one setValues: the two header rows, then one row per
 * candidate. Typed scores are written back as read (text kept as text); people's text is
 * protected from being parsed as formulas or numbers.
 */
export function assessmentSheetValues(layout: AssessmentLayout, rows: readonly AssessmentRow[], result: AssessmentResult): Cell[][] {
  const out: Cell[][] = [layout.headers[0].slice(), layout.headers[1].slice()];
  rows.forEach((row, i) => {
    const r = result.rows[i];
    const line: Cell[] = new Array<Cell>(layout.width).fill('');
    line[layout.no] = i + 1;
    line[layout.nip] = asText(formatNip(row.nip));
    line[layout.name] = asText(row.name);
    line[layout.unit] = asText(row.unit);
    line[layout.votes] = row.votes === null ? '' : row.votes;
    line[layout.supervisorName] = asText(row.supervisorName);
    line[layout.supervisorNip] = asText(formatNip(row.supervisorNip));
    layout.assessors.forEach((a, ai) => {
      const cells = row.scores[a] ?? [];
      layout.scoreColumns[ai].forEach((c, k) => {
        const v = cells[k] ?? '';
        line[c] = typeof v === 'string' ? asText(v) : v;
      });
    });
    line[layout.total] = r.total === null ? '' : r.total;
    line[layout.rank] = r.rank === null ? '' : r.rank;
    line[layout.proposed] = r.proposed ? PROPOSED_MARK : '';
    line[layout.chosen] = row.chosen;
    line[layout.role] = asText(row.role);
    line[layout.note] = asText(r.note);
    out.push(line);
  });
  return out;
}
