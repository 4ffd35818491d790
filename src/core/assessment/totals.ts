/**
 * A1–A2: totals, shared ranks, the proposal and the notes of the `Penilaian` rows.
 *
 * Totals: an assessor is counted for a row only when all four scores are valid. An assessor with
 * some blanks is "belum lengkap"; one with an invalid value is "tidak sah": both are left out of
 * the mean and named in Keterangan, so a half-filled block never drags a total down silently.
 * Total = mean over the counted assessors of their criteria sum (range 4–20).
 */
import { columnLetter, isDate } from '../cells';
import { ROLE_NAMES, roleByName, SCORE_MAX, SCORE_MIN } from '../values';
import {
  ASSESSMENT_FIRST_ROW,
  CRITERIA,
  DUPLICATE_NOTE,
  N_CRITERIA,
  RETIRED_NOTE,
  SUPERVISOR_ASSESSOR,
  assessorHeading,
  type AssessmentLayout,
  type AssessmentRow,
} from './layout';

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
