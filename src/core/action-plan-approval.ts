/**
 * Approval of action plans (seed "MEKANISME KERJA AOC": "Rencana tindak harus mendapat
 * persetujuan"). Each entry row of `Rencana Tindak` has a Status the product keeps (Diajukan,
 * Disetujui, Perlu Perbaikan, Belum Lengkap) and the head's decision (Keputusan Pimpinan, Catatan,
 * Tanggal, Oleh), which only the head and the RB team's delegates may edit (sheet protection by
 * e-mail). When the product first sees a decision it records the row's content beside it; a row
 * changed after its decision goes back to Diajukan and the change is written out, column by
 * column, so the head sees what to decide again.
 */
import { asText, type Cell, isDate, textOf } from './cells';
import { formatTanggal, parseDateInput } from './dates';
import {
  ACTION_PLAN_HEADER_ROWS,
  ACTION_PLAN_HEADERS,
  ACTION_PLAN_WIDTH,
  type ApprovalLayout,
  parsePlanTitle,
} from './action-plan';

export const PLAN_STATUS = {
  submitted: 'Diajukan',
  approved: 'Disetujui',
  revise: 'Perlu Perbaikan',
  incomplete: 'Belum Lengkap',
} as const;
export type Decision = typeof PLAN_STATUS.approved | typeof PLAN_STATUS.revise;
export const DECISIONS: readonly Decision[] = [PLAN_STATUS.approved, PLAN_STATUS.revise];

/** Columns (0-based) an entry must fill before it is submitted: 2–7 of the seed (No is numbered, Keterangan optional). */
export const REQUIRED_PLAN_COLUMNS: readonly number[] = [1, 2, 3, 4, 5, 6];
/** 0-based columns of the content a decision covers (2–8 of the seed). */
const CONTENT_COLUMNS: readonly number[] = [1, 2, 3, 4, 5, 6, 7];
/** 0-based column of Target (seed 5: "diisi dengan angka target kinerja"). */
export const TARGET_COLUMN = 4;
export const ACTIVITY_COLUMN = 5;

/** One entry row of an agent's plan, as the sheet holds it. */
export interface PlanEntry {
  /** 1-based sheet row. */
  row: number;
  agentNip: string;
  agentName: string;
  /** False when the agent's block is marked "(tidak lagi ditetapkan)". */
  appointed: boolean;
  no: string;
  /** Columns 1–8 as text. */
  cells: string[];
  target: number | null;
  activity: string;
  status: string;
  /** When the row was last submitted (Tanggal Diajukan, the product's column), ms; null when never or unreadable. */
  submittedAt: number | null;
  decision: Decision | '';
  /** The decision cell's text when it is neither Disetujui nor Perlu Perbaikan. */
  badDecision: string;
  note: string;
  date: string;
  by: string;
  change: string;
  record: string;
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** Disetujui / Perlu Perbaikan as typed (any case, spacing), '' for blank, null for anything else. */
export function parseDecision(v: unknown): Decision | '' | null {
  const t = norm(textOf(v));
  if (t === '') return '';
  return DECISIONS.find((d) => norm(d) === t) ?? null;
}

/** A target or realisation typed as a number: 12, "12", "12,5"; null for "50%", "lima puluh", blank. */
export function planNumber(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v !== 'string') return null;
  const t = v.trim().replace(/^'/, '');
  if (!/^-?\d+(?:[.,]\d+)?$/.test(t)) return null;
  return Number(t.replace(',', '.'));
}

const dateText = (v: unknown): string => (isDate(v) ? formatTanggal(v.getTime()) : textOf(v));
/** A date cell the product wrote (a Date), or one typed as text; null when blank or unreadable. */
const dateMs = (v: unknown): number | null => {
  if (isDate(v)) return v.getTime();
  const t = textOf(v);
  if (t === '') return null;
  const ms = parseDateInput(t);
  return ms === null || Number.isNaN(ms) ? null : ms;
};

/** Every entry row (non-blank in columns 2–8, or with a decision) of every agent block. */
export function planEntries(values: readonly unknown[][], layout: ApprovalLayout): PlanEntry[] {
  const out: PlanEntry[] = [];
  let agent: { nip: string; name: string; appointed: boolean } | null = null;
  for (let i = ACTION_PLAN_HEADER_ROWS; i < values.length; i++) {
    const r = values[i];
    const title = parsePlanTitle(textOf(r[0]));
    if (title) {
      agent = title;
      continue;
    }
    if (!agent) continue;
    const entry = entryOf(r, i + 1, agent, layout);
    if (entry) out.push(entry);
  }
  return out;
}

/** One row as a plan entry (`row` 1-based), or null when it holds neither content (columns 2–8) nor a decision. */
function entryOf(r: readonly unknown[], row: number, agent: { nip: string; name: string; appointed: boolean }, layout: ApprovalLayout): PlanEntry | null {
  const cells = Array.from({ length: ACTION_PLAN_WIDTH }, (_, c) => (c === 6 ? dateText(r[c]) : textOf(r[c])));
  const decision = parseDecision(r[layout.decision]);
  const hasContent = CONTENT_COLUMNS.some((c) => cells[c] !== '');
  if (!hasContent && decision === '') return null;
  return {
    row,
    agentNip: agent.nip,
    agentName: agent.name,
    appointed: agent.appointed,
    no: cells[0],
    cells,
    target: planNumber(r[TARGET_COLUMN]),
    activity: cells[ACTIVITY_COLUMN],
    status: textOf(r[layout.status]),
    submittedAt: dateMs(r[layout.submitted]),
    decision: decision ?? '',
    badDecision: decision === null ? textOf(r[layout.decision]) : '',
    note: textOf(r[layout.note]),
    date: dateText(r[layout.date]),
    by: textOf(r[layout.by]),
    change: textOf(r[layout.change]),
    record: textOf(r[layout.record]),
  };
}

/** What is missing or wrong in an entry before it can be submitted, column by column ([] = complete). */
export function entryProblems(e: PlanEntry): string[] {
  const out: string[] = [];
  for (const c of REQUIRED_PLAN_COLUMNS) {
    if (e.cells[c] === '') out.push(`kolom ${c + 1} ${ACTION_PLAN_HEADERS[c]} masih kosong`);
  }
  if (e.cells[TARGET_COLUMN] !== '' && e.target === null) {
    out.push(`kolom ${TARGET_COLUMN + 1} ${ACTION_PLAN_HEADERS[TARGET_COLUMN]} harus angka (tertulis "${e.cells[TARGET_COLUMN]}")`);
  }
  return out;
}

interface DecisionRecord {
  /** Decision, note, date and approver as typed: a new one of these is a new decision. */
  k: string;
  /** Columns 2–8 when decided. */
  v: string[];
}

const decisionKey = (e: PlanEntry) => [e.decision, e.note, e.date, e.by].join('|');
const content = (e: PlanEntry) => CONTENT_COLUMNS.map((c) => e.cells[c]);

function readRecord(text: string): DecisionRecord | null {
  if (text === '') return null;
  try {
    const r = JSON.parse(text) as DecisionRecord;
    return typeof r.k === 'string' && Array.isArray(r.v) ? r : null;
  } catch {
    return null;
  }
}

/** The product's cells of one entry row after review. */
export interface ReviewedEntry {
  entry: PlanEntry;
  status: string;
  /** Tanggal Diajukan after review: kept while the row stays Diajukan, `now` when it becomes Diajukan. */
  submittedAt: number | null;
  change: string;
  record: string;
}

/**
 * The Status, change note and decision record of each entry, from what the sheet holds. `submit`
 * (menu Ajukan Rencana Tindak) marks complete entries without a decision as Diajukan.
 */
function reviewStatus(e: PlanEntry, submit: boolean): Omit<ReviewedEntry, 'submittedAt'> {
  const complete = entryProblems(e).length === 0;
  if (e.decision !== '') {
    const rec = readRecord(e.record);
    const key = decisionKey(e);
    if (!rec || rec.k !== key) {
      return { entry: e, status: e.decision, change: '', record: JSON.stringify({ k: key, v: content(e) }) };
    }
    const now = content(e);
    const diffs = CONTENT_COLUMNS.map((c, i) => ({ c, was: rec.v[i] ?? '', is: now[i] })).filter((d) => d.was !== d.is);
    if (diffs.length === 0) return { entry: e, status: e.decision, change: '', record: e.record };
    const when = e.date !== '' ? ` ${e.date}` : '';
    const change = `Diubah setelah ${e.decision}${when}: ${diffs.map((d) => `${ACTION_PLAN_HEADERS[d.c]} "${d.was}" → "${d.is}"`).join('; ')}. Keputusan perlu diberikan lagi (ubah Tanggal Keputusan atau Catatan Pimpinan).`;
    return { entry: e, status: complete ? PLAN_STATUS.submitted : PLAN_STATUS.incomplete, change, record: e.record };
  }
  const wasSubmitted = e.status === PLAN_STATUS.submitted || e.status === PLAN_STATUS.incomplete;
  if (submit || wasSubmitted) return { entry: e, status: complete ? PLAN_STATUS.submitted : PLAN_STATUS.incomplete, change: '', record: e.record };
  return { entry: e, status: '', change: '', record: e.record };
}

/**
 * An entry reviewed: its Status, change note and decision record (reviewStatus), and its Tanggal
 * Diajukan — `now` when the row becomes Diajukan (submitted, completed after Belum Lengkap, or
 * changed after a decision), kept while it stays Diajukan and after it is decided. `now` null
 * (a read-only review: a report, the status dialog) never sets a new date.
 */
export function reviewEntry(e: PlanEntry, submit: boolean, now: number | null = null): ReviewedEntry {
  const r = reviewStatus(e, submit);
  const becameSubmitted = r.status === PLAN_STATUS.submitted && (e.status !== PLAN_STATUS.submitted || e.submittedAt === null);
  return { ...r, submittedAt: becameSubmitted && now !== null ? now : e.submittedAt };
}

/**
 * The product's cells (Status, change, record) written into `values` for every reviewed entry;
 * blanked on every other row below the header (a row emptied by its agent has no status left).
 */
export function applyReview(values: Cell[][], layout: ApprovalLayout, reviewed: readonly ReviewedEntry[]): void {
  for (let i = ACTION_PLAN_HEADER_ROWS; i < values.length; i++) {
    values[i][layout.status] = '';
    values[i][layout.submitted] = '';
    values[i][layout.change] = '';
    values[i][layout.record] = '';
  }
  for (const r of reviewed) {
    const row = values[r.entry.row - 1];
    row[layout.status] = r.status;
    row[layout.submitted] = r.submittedAt !== null ? new Date(r.submittedAt) : '';
    row[layout.change] = asText(r.change);
    row[layout.record] = asText(r.record);
  }
}

/** An entry the head has approved and that has not changed since (the reportable activities). */
export function isApproved(r: ReviewedEntry): boolean {
  return r.status === PLAN_STATUS.approved;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The people who may decide plans, lower-cased, or the Indonesian reason none can (head's e-mail missing or unreadable). */
export function approversOf(settings: { kepalaEmail: string; approvalDelegates: readonly string[] }): { emails: string[] } | { problem: string } {
  const head = settings.kepalaEmail.trim().toLowerCase();
  if (head === '') {
    return {
      problem:
        'Email Kepala Dinas belum diisi di lembar Pengaturan (baris "Email Kepala Dinas"), jadi belum ada yang dapat menyetujui rencana tindak. Isi email akun Google Kepala Dinas di sana, lalu jalankan menu ini lagi.',
    };
  }
  if (!EMAIL.test(head)) return { problem: `Email Kepala Dinas di lembar Pengaturan ("${settings.kepalaEmail.trim()}") bukan alamat email. Tulis seperti kepala.dinas@nttprov.go.id, lalu jalankan menu ini lagi.` };
  const bad = settings.approvalDelegates.map((d) => d.trim()).filter((d) => d !== '' && !EMAIL.test(d));
  if (bad.length > 0) {
    return { problem: `Delegasi Persetujuan Rencana Tindak di lembar Pengaturan berisi yang bukan alamat email: ${bad.map((b) => `"${b}"`).join(', ')}. Tulis satu email per baris, lalu jalankan menu ini lagi.` };
  }
  const emails = [head, ...settings.approvalDelegates.map((d) => d.trim().toLowerCase()).filter((d) => d !== '')];
  return { emails: emails.filter((e, i) => emails.indexOf(e) === i) };
}

/** The Ajukan message's lines for entries that cannot be submitted, naming the agent, row and columns. */
export function incompleteLines(reviewed: readonly ReviewedEntry[]): string[] {
  return reviewed
    .filter((r) => r.status === PLAN_STATUS.incomplete)
    .map((r) => `${r.entry.agentName}, baris ${r.entry.row} (No ${r.entry.no || '-'}): ${entryProblems(r.entry).join('; ')}.`);
}

/** The product's cells of one row after an edit: Status, Tanggal Diajukan, change note, record. */
export interface EditedRow {
  /** 1-based sheet row. */
  row: number;
  cells: Record<(typeof PRODUCT_CELLS)[number], Cell>;
}
const PRODUCT_CELLS = ['status', 'submitted', 'change', 'record'] as const;

/**
 * The edit-time review (simple onEdit trigger): the product's cells of the edited rows `rows`
 * (getValues, every column, from sheet row `firstRow`), reviewed exactly as a menu run would
 * review them but without submitting anything. Title rows and the header rows are left out; a row
 * emptied by its agent gets blank product cells. Only these rows are looked at: the agent of a
 * row does not change how its status is reviewed.
 */
export function reviewEditedRows(layout: ApprovalLayout, rows: readonly (readonly unknown[])[], firstRow: number, now: number): EditedRow[] {
  const out: EditedRow[] = [];
  rows.forEach((r, i) => {
    const row = firstRow + i;
    if (row <= ACTION_PLAN_HEADER_ROWS || parsePlanTitle(textOf(r[0])) !== null) return;
    const e = entryOf(r, row, { nip: '', name: '', appointed: true }, layout);
    if (!e) {
      out.push({ row, cells: { status: '', submitted: '', change: '', record: '' } });
      return;
    }
    const v = reviewEntry(e, false, now);
    out.push({ row, cells: { status: v.status, submitted: v.submittedAt !== null ? new Date(v.submittedAt) : '', change: asText(v.change), record: asText(v.record) } });
  });
  return out;
}
