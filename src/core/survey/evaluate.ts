/**
 * The whole per-response pipeline in one call, for the "score survey" use case: score (S1–S2),
 * band (S3–S4), period and latest-per-respondent (S5). Its rows feed summariseSurvey (S6) as is.
 */
import { DEFAULT_BAND_TABLE, INCOMPLETE_LABEL, bandFor, type BandTable } from './bands';
import { latestPerRespondent, semesterOf } from './periods';
import type { SurveyQuestion } from './questions';
import { scoreResponse, type AnswerValue, type ScoreProblem } from './score';
import type { SummaryResponse } from './summary';

/** A survey response as plain data (gas/forms PlainResponse fits). */
export interface SurveyResponse {
  id: string;
  /** ms since the epoch */
  timestamp: number;
  email?: string | null;
  answers: Record<string, AnswerValue>;
}

/** One row of `Hasil Survei`, before formatting. */
export interface SurveyResult extends SummaryResponse {
  id: string;
  timestamp: number;
  email: string;
  n: number;
  /** Band label, or TIDAK LENGKAP. */
  category: string;
  /** The band's recommendation ('' when incomplete). */
  recommendation: string;
  problems: ScoreProblem[];
  /** Why the response does not count ('' when it counts). */
  supersededReason: string;
}

function answerText(v: AnswerValue): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.join(', ').trim();
  return String(v).trim();
}

/**
 * Scores, bands and dedupes responses, in input order. `unitQuestion` is the title of the unit
 * question (null: unit ''). Incomplete responses get category TIDAK LENGKAP and no band.
 */
export function evaluateSurvey(
  responses: SurveyResponse[],
  questions: SurveyQuestion[],
  unitQuestion: string | null,
  table: BandTable = DEFAULT_BAND_TABLE,
): SurveyResult[] {
  const decisions = latestPerRespondent(responses);
  return responses.map((r, i) => {
    const score = scoreResponse(r, questions);
    const banded = score.complete ? bandFor(score.total, score.n, table) : null;
    const band = banded?.band ?? null;
    const decision = decisions[i];
    const period = semesterOf(r.timestamp);
    return {
      id: r.id,
      timestamp: r.timestamp,
      email: (r.email ?? '').trim().toLowerCase(),
      unit: unitQuestion === null ? '' : answerText(r.answers[unitQuestion]),
      periodKey: period.key,
      periodLabel: period.label,
      counted: decision.counted,
      complete: score.complete && band !== null,
      total: score.total,
      n: score.n,
      scaled: banded ? banded.scaled : score.total,
      band: band ? band.label : null,
      category: band ? band.label : INCOMPLETE_LABEL,
      recommendation: band ? band.recommendation : '',
      perQuestion: score.perQuestion,
      problems: score.problems,
      supersededReason: decision.reason,
    };
  });
}
