/**
 * A2, A4: the `Penilaian` sheet read into rows (columns found by their headers) and written back
 * as one block. Ownership: the score blocks, Ditetapkan and Peran are the team's and are written
 * back as read, and so is every column the team added (right of the product's columns, on its
 * candidate's row); the product's other columns are rewritten.
 */
import { asText, type Cell, isDate } from '../cells';
import { digitsOf, formatNip } from '../nip';
import {
  ASSESSMENT_HEADER_ROWS,
  CRITERIA,
  N_CRITERIA,
  PROPOSED_MARK,
  RETIRED_NOTE,
  labelKey,
  type AssessmentLayout,
  type AssessmentRow,
  type ParsedAssessment,
  type TeamColumn,
  ASSESSMENT_LEAD_HEADERS,
  ASSESSMENT_TAIL_HEADERS,
} from './layout';
import type { AssessmentResult } from './totals';

export function cellText(v: unknown): string {
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

  // Every other column that holds anything is the team's: kept, cell by cell, on its row.
  const product = new Set<number>([nipCol, nameCol, ...Object.values(col)]);
  for (const h of [...ASSESSMENT_LEAD_HEADERS, ...ASSESSMENT_TAIL_HEADERS]) product.add(find(h));
  blocks.forEach((cols) => cols.forEach((c) => product.add(c)));
  const width = values.reduce((w, r) => Math.max(w, r.length), 0);
  const teamCols: number[] = [];
  for (let c = 0; c < width; c++) {
    if (product.has(c)) continue;
    if (values.some((r) => cellText(r[c]) !== '' || r[c] === true || r[c] === false)) teamCols.push(c);
  }

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
      teamCells: teamCols.map((c) => asCell(at(r, c))),
    });
  }
  return { assessors, rows, teamColumns: teamCols.map((c) => ({ top: asCell(values[0][c]), header: asCell(values[1][c]) })) };
}

/**
 * The whole `Penilaian` block to write with one setValues: the two header rows, then one row per
 * candidate. Typed scores are written back as read (text kept as text); people's text is
 * protected from being parsed as formulas or numbers.
 */
export function assessmentSheetValues(
  layout: AssessmentLayout,
  rows: readonly AssessmentRow[],
  result: AssessmentResult,
  teamColumns: readonly TeamColumn[] = [],
): Cell[][] {
  const keep = (v: Cell): Cell => (typeof v === 'string' ? asText(v) : v);
  const out: Cell[][] = [
    [...layout.headers[0], ...teamColumns.map((t) => keep(t.top))],
    [...layout.headers[1], ...teamColumns.map((t) => keep(t.header))],
  ];
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
    teamColumns.forEach((_t, k) => line.push(keep(row.teamCells?.[k] ?? '')));
    out.push(line);
  });
  return out;
}
