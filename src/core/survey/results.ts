/**
 * `Hasil Survei` as data: one record per response (its scores as scored), the sheet layout, the
 * reading back of the rows the product wrote, and the merge of new responses by response id.
 * Category, recommendation and status are derived again on every run from the current band
 * table and the S5 rule, so an edited table or a later answer of the same respondent shows at once.
 * Pure: no service calls.
 */
import { isDate, numberOf, type Cell } from '../cells';
import { INCOMPLETE_LABEL, bandFor, type BandTable } from './bands';
import { latestPerRespondent, semesterOf } from './periods';
import { scoreResponse, type AnswerValue } from './score';
import type { SummaryResponse } from './summary';
import type { SurveyConfig } from './config';
import type { PlainResponse } from '../response';

/** One response as scored. */
export interface ResultRecord {
  id: string;
  timestamp: number;
  /** Lower-cased respondent e-mail, '' when the Form does not collect it. */
  email: string;
  unit: string;
  /** Score per question title (as in `questions` when scored). */
  scores: Map<string, number | null>;
  complete: boolean;
  /** Raw total (complete responses only). */
  total: number | null;
  /** Total on the 5-question scale when n ≠ 5 (complete responses only), else null. */
  scaled: number | null;
  /** Why the response is incomplete ('' when complete). */
  problems: string;
  comment: string;
}

export const RESULT_HEAD = ['Waktu', 'Periode', 'Unit Kerja'];
export const RESULT_TAIL = ['Total', 'Skor Setara 5 Pertanyaan', 'Kategori', 'Rekomendasi', 'Status', 'Keterangan', 'Komentar', 'Responden', 'ID Respons'];
export const STATUS_COUNTED = 'Dihitung';
export const STATUS_SUPERSEDED = 'Digantikan';
const SUPERSEDED_PREFIX = 'digantikan:';

const key = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();

function answerText(v: AnswerValue): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.join(', ').trim();
  return String(v).trim();
}

/** Scores one response with the configuration (S1, S2). */
export function scoreRecord(r: PlainResponse, config: SurveyConfig): ResultRecord {
  const score = scoreResponse(r, config.questions);
  const missing = new Set(config.missing.map(key));
  const problems = score.problems.map((p) =>
    missing.has(key(p.question)) ? `Pertanyaan "${p.question}" tidak ada lagi di formulir (masih tercantum di Pengaturan).` : p.message,
  );
  const scores = new Map<string, number | null>();
  config.questions.forEach((q, i) => scores.set(q.title, score.perQuestion[i]));
  const commentParts = config.commentQuestions
    .map((title) => ({ title, text: answerText(r.answers[title]) }))
    .filter((c) => c.text !== '');
  const comment = commentParts.length === 1 ? commentParts[0].text : commentParts.map((c) => `${c.title}: ${c.text}`).join('\n');
  const complete = score.complete;
  return {
    id: r.id,
    timestamp: r.timestamp,
    email: (r.email ?? '').trim().toLowerCase(),
    unit: config.unitQuestion === null ? '' : answerText(r.answers[config.unitQuestion]),
    scores,
    complete,
    total: complete ? score.total : null,
    scaled: complete && score.n !== 5 ? (score.total * 5) / score.n : null,
    problems: problems.join('\n'),
    comment,
  };
}

/** The header row for these question titles. */
export function resultHeader(titles: string[]): string[] {
  return [...RESULT_HEAD, ...titles, ...RESULT_TAIL];
}

function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (isDate(v)) return '';
  return String(v).trim();
}

/**
 * Records from the values of `Hasil Survei` (header row first), or [] when the sheet is empty or
 * not laid out by this product. Question columns are recognised by title.
 */
export function readRecords(values: unknown[][] | null): ResultRecord[] {
  if (!values || values.length < 2) return [];
  const header = values[0].map((h) => text(h));
  const col = (name: string) => header.indexOf(name);
  const unitCol = col('Unit Kerja');
  const totalCol = col('Total');
  const idCol = col('ID Respons');
  if (unitCol < 0 || totalCol < unitCol || idCol < 0) return [];
  const questionCols = header.slice(unitCol + 1, totalCol).map((title, i) => ({ title, c: unitCol + 1 + i }));
  const c = {
    time: col('Waktu'),
    scaled: col('Skor Setara 5 Pertanyaan'),
    category: col('Kategori'),
    note: col('Keterangan'),
    comment: col('Komentar'),
    email: col('Responden'),
  };
  const out: ResultRecord[] = [];
  for (const row of values.slice(1)) {
    const id = text(row[idCol]);
    if (id === '') continue;
    const ts = row[c.time];
    const timestamp = isDate(ts) ? ts.getTime() : numberOf(ts) ?? NaN;
    if (!Number.isFinite(timestamp)) continue;
    const total = numberOf(row[totalCol]);
    const complete = total !== null && text(row[c.category]).toUpperCase() !== INCOMPLETE_LABEL;
    const scores = new Map<string, number | null>();
    for (const q of questionCols) scores.set(q.title, numberOf(row[q.c]));
    const problems = text(row[c.note])
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.trim().toLowerCase().startsWith(SUPERSEDED_PREFIX))
      .join('\n');
    out.push({
      id,
      timestamp,
      email: text(row[c.email]).toLowerCase(),
      unit: text(row[unitCol]),
      scores,
      complete,
      total: complete ? total : null,
      scaled: complete && c.scaled >= 0 ? numberOf(row[c.scaled]) : null,
      problems: complete ? '' : problems,
      comment: c.comment >= 0 ? (row[c.comment] === null || row[c.comment] === undefined ? '' : String(row[c.comment])) : '',
    });
  }
  return out;
}

/** Existing records with `incoming` merged by response id (replaced in place, else appended). */
export function mergeRecords(existing: ResultRecord[], incoming: ResultRecord[]): ResultRecord[] {
  const out = existing.slice();
  const index = new Map(out.map((r, i) => [r.id, i]));
  for (const r of incoming) {
    const at = index.get(r.id);
    if (at === undefined) {
      index.set(r.id, out.length);
      out.push(r);
    } else out[at] = r;
  }
  return out;
}

/** A record with what is derived from it on every run. */
export interface DerivedResult extends SummaryResponse {
  record: ResultRecord;
  category: string;
  recommendation: string;
  status: string;
  note: string;
}

const round = (x: number, digits: number): number => {
  const f = Math.pow(10, digits);
  return Math.round(x * f) / f;
};

/** Bands (current table), periods and the S5 decision for every record, in order. */
export function deriveResults(records: ResultRecord[], titles: string[], table: BandTable): DerivedResult[] {
  const decisions = latestPerRespondent(records);
  return records.map((record, i) => {
    const period = semesterOf(record.timestamp);
    const scaled = record.scaled ?? record.total ?? 0;
    const band = record.complete && record.total !== null ? bandFor(scaled, 5, table).band : null;
    const decision = decisions[i];
    const notes = [record.problems, decision.reason].filter((s) => s !== '');
    return {
      record,
      unit: record.unit,
      periodKey: period.key,
      periodLabel: period.label,
      counted: decision.counted,
      complete: band !== null,
      total: record.total ?? 0,
      scaled,
      band: band ? band.label : null,
      perQuestion: titles.map((t) => {
        const s = record.scores.get(t);
        return s === undefined ? null : s;
      }),
      category: band ? band.label : INCOMPLETE_LABEL,
      recommendation: band ? band.recommendation : '',
      status: decision.counted ? STATUS_COUNTED : STATUS_SUPERSEDED,
      note: notes.join('\n'),
    };
  });
}

/**
 * The logical cells of a result row (strings as people wrote them; the writer keeps them text).
 * Scores of questions the record was not scored on stay blank.
 */
export function resultRow(d: DerivedResult, titles: string[], makeDate: (ms: number) => Date): Cell[] {
  const r = d.record;
  const scores = titles.map((t) => {
    const s = r.scores.get(t);
    return s === null || s === undefined ? '' : s;
  });
  return [
    makeDate(r.timestamp),
    d.periodLabel,
    r.unit,
    ...scores,
    r.total === null ? '' : r.total,
    r.scaled === null ? '' : round(r.scaled, 4),
    d.category,
    d.recommendation,
    d.status,
    d.note,
    r.comment,
    r.email,
    r.id,
  ];
}
