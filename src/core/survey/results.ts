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
import { answerTo, scoreResponse, type AnswerValue } from './score';
import { isSeedScale, mapScore, SCALE_PENDING_LABEL, type AnswerScale } from './scale';
import { QUESTIONS_PENDING_LABEL } from './questions';
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
  /** Total (complete responses only): on the seed's 1–4 scale, mapped there when the scale differs (S1a). */
  total: number | null;
  /** The total of the answers as given, when they were mapped onto 1–4 (S1a), else null. */
  rawTotal?: number | null;
  /**
   * Waiting for the team, never banded: PERLU KONFIRMASI PERTANYAAN (a partly numbered question not
   * decided, S1) or PERLU KONFIRMASI SKALA (the scale not confirmed, S1a).
   */
  pending?: PendingLabel;
  /** Total on the 5-question scale when n ≠ 5 (complete responses only), else null. */
  scaled: number | null;
  /** Why the response is incomplete ('' when complete). */
  problems: string;
  comment: string;
}

/** The labels of a response that waits for the team (listed, never banded). */
export type PendingLabel = typeof QUESTIONS_PENDING_LABEL | typeof SCALE_PENDING_LABEL;
export const PENDING_LABELS: readonly PendingLabel[] = [QUESTIONS_PENDING_LABEL, SCALE_PENDING_LABEL];
const pendingLabelOf = (category: string): PendingLabel | null => PENDING_LABELS.find((l) => l === category) ?? null;

export const RESULT_HEAD = ['Waktu', 'Periode', 'Unit Kerja'];
export const RESULT_TAIL = ['Total', 'Skor Setara 5 Pertanyaan', 'Kategori', 'Rekomendasi', 'Status', 'Keterangan', 'Komentar', 'Responden', 'ID Respons'];
/** Column widths of `Hasil Survei` (px): the head columns, each question, then the tail columns in order. */
export const RESULT_WIDTHS = { head: 200, question: 110, tail: [70, 110, 120, 320, 100, 360, 300, 220, 150], rawTotal: 110 } as const;

/** The widths of the columns after the questions; `raw`: with the raw total beside Total. */
export function resultTailWidths(raw: boolean): number[] {
  const [total, ...rest] = RESULT_WIDTHS.tail;
  return raw ? [total, RESULT_WIDTHS.rawTotal, ...rest] : [total, ...rest];
}
export const STATUS_COUNTED = 'Dihitung';
export const STATUS_SUPERSEDED = 'Digantikan';
const SUPERSEDED_PREFIX = 'digantikan:';

const key = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();

function answerText(v: AnswerValue): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.join(', ').trim();
  return String(v).trim();
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * Scores one response with the configuration (S1, S2, S1a): each answer's number; on a scale other
 * than the seed's, mapped onto 1–4 with 1 the best (two decimals), the raw total kept beside; on a
 * scale not confirmed yet, nothing is totalled and the response waits for the team.
 */
export function scoreRecord(r: PlainResponse, config: SurveyConfig): ResultRecord {
  const score = scoreResponse(r, config.questions);
  const missing = new Set(config.missing.map(key));
  const problems = score.problems.map((p) =>
    missing.has(key(p.question)) ? `Pertanyaan "${p.question}" tidak ada lagi di formulir (masih tercantum di Pengaturan).` : p.message,
  );
  const decision = config.scale ?? { kind: 'use' as const, scale: null, source: 'seed' as const };
  const scale: AnswerScale | null = decision.kind === 'use' && decision.scale && !isSeedScale(decision.scale) ? decision.scale : null;
  const scores = new Map<string, number | null>();
  let mappedTotal = 0;
  config.questions.forEach((q, i) => {
    const raw = score.perQuestion[i];
    let value = raw;
    if (raw !== null && scale) {
      value = mapScore(raw, scale);
      if (value === null) {
        problems.push(`Jawaban ${raw} pada pertanyaan "${q.title}" di luar Skala Jawaban ${scale.lowest}–${scale.highest} (Pengaturan).`);
      }
    }
    scores.set(q.title, value);
    if (value !== null) mappedTotal += value;
  });
  const commentQuestions = config.commentQuestions.map((title, i) => ({ title, key: config.commentKeys?.[i] }));
  const commentParts = commentQuestions.map((q) => ({ title: q.title, text: answerText(answerTo(r, q)) })).filter((c) => c.text !== '');
  const comment = commentParts.length === 1 ? commentParts[0].text : commentParts.map((c) => `${c.title}: ${c.text}`).join('\n');
  // S1: a partly numbered question the team has not decided is not left out of the total, which
  // would then look better or worse than the answers are: the response waits, as for an unconfirmed
  // scale (S1a), and comes first (which questions are scored decides the scale shown).
  const pending: PendingLabel | null = config.questions.some((q) => q.unconfirmed) ? QUESTIONS_PENDING_LABEL : decision.kind === 'confirm' ? SCALE_PENDING_LABEL : null;
  if (decision.kind === 'confirm') problems.unshift(decision.message);
  const complete = score.complete && problems.length === 0 && pending === null;
  const total = complete ? round2(scale ? mappedTotal : score.total) : null;
  const unitQ = config.unitQuestion === null ? null : { key: config.unitKey ?? undefined, title: config.unitQuestion };
  return {
    id: r.id,
    timestamp: r.timestamp,
    email: (r.email ?? '').trim().toLowerCase(),
    unit: unitQ === null ? '' : answerText(answerTo(r, unitQ)),
    scores,
    complete,
    total,
    rawTotal: scale && complete ? score.total : null,
    ...(pending ? { pending } : {}),
    scaled: complete && total !== null && score.n !== 5 ? (total * 5) / score.n : null,
    problems: problems.join('\n'),
    comment,
  };
}

/** The column of the answers' own total, when they were mapped onto 1–4 (S1a). */
export const RAW_TOTAL_HEADER = 'Total Skor Asli';

/** The header row for these question labels; `raw`: with the raw total beside the mapped one. */
export function resultHeader(titles: string[], raw = false): string[] {
  return [...RESULT_HEAD, ...titles, RESULT_TAIL[0], ...(raw ? [RAW_TOTAL_HEADER] : []), ...RESULT_TAIL.slice(1)];
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
    raw: col(RAW_TOTAL_HEADER),
  };
  const out: ResultRecord[] = [];
  for (const row of values.slice(1)) {
    const id = text(row[idCol]);
    if (id === '') continue;
    const ts = row[c.time];
    const timestamp = isDate(ts) ? ts.getTime() : numberOf(ts) ?? NaN;
    if (!Number.isFinite(timestamp)) continue;
    const total = numberOf(row[totalCol]);
    const category = text(row[c.category]).toUpperCase();
    const pending = pendingLabelOf(category);
    const complete = total !== null && category !== INCOMPLETE_LABEL && pending === null;
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
      rawTotal: complete && c.raw >= 0 ? numberOf(row[c.raw]) : null,
      ...(pending ? { pending } : {}),
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
      category: band ? band.label : record.pending ?? INCOMPLETE_LABEL,
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
export function resultRow(d: DerivedResult, titles: string[], makeDate: (ms: number) => Date, raw = false): Cell[] {
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
    ...(raw ? [r.rawTotal === null || r.rawTotal === undefined ? '' : r.rawTotal] : []),
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
