/**
 * A Form's response tab (the add-on route) read into plain responses: every row, its columns
 * matched to the Form's questions (N3: by title in order, so two questions sharing a title are
 * two columns and two answers), the respondent column (N1: Google's "Email Address" /
 * "Username"), checkbox cells split against the known labels (R6), and each answer Google's
 * sheet stored as a number too long to be exact (an 18-digit NIP keeps 15 significant digits)
 * marked, so the caller reads it exactly elsewhere (the event's values, the ledger, the Form).
 * Pure.
 */
import { isDate } from './cells';
import { splitCheckboxCell, type SplitLabels } from './nominations/checkbox';
import { columnQuestions } from './questions';
import type { PlainResponse } from './response';

/** A question as the tab reader needs it. */
export interface TabQuestion {
  key: string;
  title: string;
  kind: string;
  /** The item's choices, when known (checkbox questions). */
  choices?: readonly string[];
}

/** Google's respondent column (N1), in English and Indonesian accounts. */
export const RESPONDENT_HEADER = /^(?:email address|alamat email|username|nama pengguna)$/i;

export interface TabLayout {
  /** Per column: the question it holds, or null (timestamp, respondent, a column no question has). */
  questions: (TabQuestion | null)[];
  /** Column of Google's respondent column, or -1. */
  respondent: number;
  /** Headers of columns no current question has (besides timestamp and respondent). */
  unknown: string[];
}

const text = (v: unknown): string => String(v ?? '').trim();

/**
 * Which question each column holds. Google's respondent column is told from a question titled the
 * same way by counting: where more columns than questions carry such a title, Google's is the one
 * right after the timestamp (where Google puts it when the tab is made) or else the rightmost
 * (where it lands when the Form starts collecting e-mails later).
 */
export function tabLayout(header: readonly unknown[], questions: readonly TabQuestion[]): TabLayout {
  const titles = header.map(text);
  let respondent = -1;
  const candidates = titles.map((t, c) => (c > 0 && RESPONDENT_HEADER.test(t) ? c : -1)).filter((c) => c >= 0);
  if (candidates.length > 0) {
    const key = (t: string) => t.toLowerCase();
    const counts = new Map<string, number>();
    for (const c of candidates) counts.set(key(titles[c]), (counts.get(key(titles[c])) ?? 0) + 1);
    const spare = [...counts].find(([t, n]) => n > questions.filter((q) => key(q.title.trim()) === t).length);
    if (spare) {
      const same = candidates.filter((c) => key(titles[c]) === spare[0]);
      respondent = same.includes(1) ? 1 : same[same.length - 1];
    }
  }
  const answerCols = titles.map((t, c) => (c === 0 || c === respondent ? '\u0000' : t));
  const matched = columnQuestions(answerCols, questions);
  const unknown = titles.filter((t, c) => c > 0 && c !== respondent && t !== '' && matched[c] === null);
  return { questions: matched, respondent, unknown };
}

/** True when a number cell may have lost digits: Sheets keeps 15 significant digits. */
export function isInexactNumber(v: unknown): boolean {
  return typeof v === 'number' && Number.isFinite(v) && Math.abs(v) >= 1e15;
}

/** A cell as answer text (numbers in full digits, dates as ISO). */
export function cellAnswerText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (isDate(v)) return v.toISOString();
  if (typeof v === 'number' && Number.isInteger(v) && Math.abs(v) < 1e21) return v.toFixed(0);
  return String(v);
}

function toMs(d: unknown): number {
  return isDate(d) ? d.getTime() : Number(d);
}

/**
 * Every row of the tab with a timestamp as a response. Ids are "<sheetId>:<row>" (Google updates
 * an edited response in place, so the id stays). Answers are keyed by question key; `split`
 * gives the labels a checkbox question's cell is split against.
 */
export function responsesFromTab(
  sheetId: number,
  values: readonly (readonly unknown[])[],
  firstRow: number,
  questions: readonly TabQuestion[],
  split: (q: TabQuestion) => SplitLabels,
): { layout: TabLayout; responses: PlainResponse[] } {
  const layout = tabLayout(values[0] ?? [], questions);
  const responses: PlainResponse[] = [];
  values.slice(1).forEach((row, i) => {
    const ts = row[0];
    if (ts === '' || ts === null || ts === undefined) return;
    const answers: Record<string, string | string[]> = {};
    const inexact: string[] = [];
    layout.questions.forEach((q, c) => {
      if (q === null) return;
      const raw = row[c];
      const answer = cellAnswerText(raw);
      if (answer.trim() === '') return;
      if (isInexactNumber(raw)) inexact.push(q.key);
      answers[q.key] = q.kind === 'CHECKBOX' ? splitCheckboxCell(answer, split(q)) : answer;
    });
    const r: PlainResponse = {
      id: `${sheetId}:${firstRow + i}`,
      timestamp: toMs(ts),
      email: layout.respondent >= 0 ? text(row[layout.respondent]).toLowerCase() : '',
      answers,
    };
    if (inexact.length > 0) r.inexact = inexact;
    responses.push(r);
  });
  return { layout, responses };
}

/**
 * The exact text of an answer from a spreadsheet form-submit event's values, when they carry it
 * (Google may give the typed digits or the cell's display, "1.98609E+17"): digits only, at least
 * as many as the cell shows, and agreeing with the cell's 15 significant digits.
 */
export function exactFromEventValue(eventValue: unknown, cell: unknown): string | null {
  const t = text(eventValue);
  if (!/^\d{16,}$/.test(t) || typeof cell !== 'number') return null;
  return Number(Number(t).toPrecision(15)) === Number(cell.toPrecision(15)) ? t : null;
}
