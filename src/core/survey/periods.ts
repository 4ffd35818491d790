/**
 * Survey periods and respondents (S5): semesters in Kupang time, and the latest response of each
 * identifiable respondent per semester.
 */
import { formatTanggalWaktu, witaParts, witaToMs } from '../dates';

export interface Semester {
  /** "2026-S2": sorts chronologically as text. */
  key: string;
  /** "Semester II 2026 (Juli–Desember)". */
  label: string;
  /** First instant of the semester (ms, inclusive). */
  start: number;
  /** First instant of the next semester (ms, exclusive). */
  end: number;
}

/** The semester (Jan–Jun = S1, Jul–Dec = S2) of an instant, in WITA. */
export function semesterOf(ms: number): Semester {
  const { year, month } = witaParts(ms);
  return semester(year, month <= 6 ? 1 : 2);
}

/** Semester `half` (1 or 2) of `year`. */
export function semester(year: number, half: 1 | 2): Semester {
  return half === 1
    ? { key: `${year}-S1`, label: `Semester I ${year} (Januari–Juni)`, start: witaToMs(year, 1, 1), end: witaToMs(year, 7, 1) }
    : { key: `${year}-S2`, label: `Semester II ${year} (Juli–Desember)`, start: witaToMs(year, 7, 1), end: witaToMs(year + 1, 1, 1) };
}

/** What a response needs for deduplication. */
export interface RespondentResponse {
  /** Response id (for the reason text); optional. */
  id?: string;
  /** ms since the epoch. */
  timestamp: number;
  /** Respondent e-mail as collected; '' when the Form does not collect it. */
  email?: string | null;
}

export interface CountDecision {
  /** True when the response counts in summaries. */
  counted: boolean;
  /** Semester key of the response. */
  period: string;
  /** Index (in the input) of the response that replaces this one, or null. */
  supersededBy: number | null;
  /** Indonesian reason when not counted; '' when counted. */
  reason: string;
}

/** The respondent key: e-mail lower-cased and trimmed; '' when there is none. */
export function respondentKey(email: string | null | undefined): string {
  return (email ?? '').trim().toLowerCase();
}

/**
 * Decides which responses count (S5): per respondent (e-mail) and semester only the latest by
 * timestamp counts (equal timestamps: the later one in the input); the others are superseded,
 * with a reason naming the replacing response. Responses without an e-mail all count.
 * Returns one decision per input response, in input order.
 */
export function latestPerRespondent(responses: RespondentResponse[]): CountDecision[] {
  const periods = responses.map((r) => semesterOf(r.timestamp));
  const latest = new Map<string, number>();
  responses.forEach((r, i) => {
    const who = respondentKey(r.email);
    if (who === '') return;
    const key = `${periods[i].key}\u0000${who}`;
    const best = latest.get(key);
    if (best === undefined || r.timestamp >= responses[best].timestamp) latest.set(key, i);
  });
  return responses.map((r, i) => {
    const period = periods[i];
    const who = respondentKey(r.email);
    if (who === '') return { counted: true, period: period.key, supersededBy: null, reason: '' };
    const winner = latest.get(`${period.key}\u0000${who}`) as number;
    if (winner === i) return { counted: true, period: period.key, supersededBy: null, reason: '' };
    const newer = responses[winner];
    const ref = newer.id ? ` (${newer.id})` : '';
    return {
      counted: false,
      period: period.key,
      supersededBy: winner,
      reason: `digantikan: ${who} mengisi lagi pada ${formatTanggalWaktu(newer.timestamp)}${ref}; hanya jawaban terakhir pada ${period.label} yang dihitung.`,
    };
  });
}
