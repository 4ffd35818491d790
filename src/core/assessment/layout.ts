/**
 * A1, A4: the `Penilaian` sheet's columns for one assessor list. One row per shortlisted
 * candidate; for each assessor a block of the four criteria scores (1–5); then Total, Peringkat,
 * Diusulkan, Ditetapkan (checkbox, the head's choice), Peran (dropdown) and Keterangan.
 * Also the shapes a row is read into (sheet.ts reads and writes them).
 */
import type { Cell } from '../cells';
import { ASSESSMENT_CRITERIA } from '../values';

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

export const CRITERIA = ASSESSMENT_CRITERIA.map((c) => c.name);
export const N_CRITERIA = CRITERIA.length;

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

export const labelKey = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** Background of the columns the product computes (the team types in the others). */
export const ASSESSMENT_COMPUTED_BACKGROUND = '#f3f3f3';

/** Column widths (px) of `Penilaian` for a layout: identity and notes wide, score columns narrow. */
export function assessmentColumnWidths(layout: AssessmentLayout): number[] {
  const widths: Record<number, number> = { [layout.no]: 40, [layout.nip]: 170, [layout.name]: 240, [layout.unit]: 200, [layout.votes]: 60, [layout.supervisorName]: 220, [layout.supervisorNip]: 170, [layout.note]: 360, [layout.role]: 160 };
  return Array.from({ length: layout.width }, (_, c) => widths[c] ?? 95);
}

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
  /** What the team typed in its own columns (ParsedAssessment.teamColumns), in their order. */
  teamCells?: Cell[];
}

/**
 * A column the team added to `Penilaian` (any column that is not one of the product's): its two
 * header cells. It stays, with every cell typed in it, right of the product's columns.
 */
export interface TeamColumn {
  top: Cell;
  header: Cell;
}

/** The `Penilaian` sheet as read. */
export interface ParsedAssessment {
  assessors: string[];
  rows: AssessmentRow[];
  /** The team's own columns, in sheet order (none when absent). */
  teamColumns?: TeamColumn[];
}
