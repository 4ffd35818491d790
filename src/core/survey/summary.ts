/**
 * The survey summary (S6): band counts and shares overall, per unit and per period; averages; the
 * weakest questions; per aspect; and the change between the last two periods. Only responses that
 * count (S5) enter it. Ordering is deterministic so the sheet does not reshuffle between runs.
 */
import { DEFAULT_BAND_TABLE, type BandTable } from './bands';
import { ASPECTS, type AspectKey, type SurveyQuestion } from './questions';
import { countedLabel, summaryLabels, TALLY_SCALE, tallyOf, unitLabel, type SurveyTally, type TallyGroup } from './tally';

/** One scored, banded, counted response. */
export interface SummaryResponse {
  /** The respondent's unit as answered ('' when unknown). */
  unit: string;
  /** Semester key ("2026-S2") and label. */
  periodKey: string;
  periodLabel: string;
  /** False for superseded responses: they are left out. */
  counted: boolean;
  complete: boolean;
  /** Raw total (meaningful when complete). */
  total: number;
  /** Total on the 5-question scale (meaningful when complete). */
  scaled: number;
  /** Band label, or null when incomplete. */
  band: string | null;
  /** The label of a response that is not banded, when it is not TIDAK LENGKAP (PERLU KONFIRMASI …, S1 and S1a). */
  category?: string;
  /** Per scored question, in question order. */
  perQuestion: (number | null)[];
}

export interface BandShare {
  label: string;
  count: number;
  /** count / responses of the group (0..1; 0 for an empty group). */
  share: number;
}

export interface GroupSummary {
  key: string;
  label: string;
  /** Counted responses, complete or not. */
  responses: number;
  complete: number;
  /** Table bands (best first), then TIDAK LENGKAP. */
  bands: BandShare[];
  /** Mean raw total over complete responses, or null when none. */
  averageTotal: number | null;
  /** Mean scaled total over complete responses, or null when none. */
  averageScaled: number | null;
}

export interface QuestionSummary {
  /** 0-based position among the scored questions. */
  index: number;
  title: string;
  aspect: AspectKey | null;
  /** Mean score over the counted responses that answered it (lower is better), or null. */
  mean: number | null;
  answered: number;
}

export interface AspectSummary {
  key: AspectKey;
  label: string;
  questions: number;
  /** Mean over every answer to the aspect's questions, or null when none. */
  mean: number | null;
  answered: number;
}

export interface PeriodChange {
  from: { key: string; label: string };
  to: { key: string; label: string };
  bands: { label: string; fromShare: number; toShare: number; delta: number }[];
  averageTotal: { from: number | null; to: number | null; delta: number | null };
  averageScaled: { from: number | null; to: number | null; delta: number | null };
}

export interface SurveySummary {
  overall: GroupSummary;
  /** By unit label (case-insensitive, A–Z); responses without a unit last as "(Tanpa unit)". */
  perUnit: GroupSummary[];
  /** Chronological. */
  perPeriod: GroupSummary[];
  /** Weakest first: highest mean first (lower is better); ties and unanswered by question order. */
  questions: QuestionSummary[];
  /** In the seed's aspect order; only aspects that have at least one scored question. */
  aspects: AspectSummary[];
  /** Between the last two periods, or null with fewer than two periods. */
  change: PeriodChange | null;
}

export const NO_UNIT_LABEL = '(Tanpa unit)';

function groupSummary(g: TallyGroup, key: string, label: string, labels: string[]): GroupSummary {
  return {
    key,
    label,
    responses: g.responses,
    complete: g.complete,
    bands: labels.map((l) => {
      const count = g.counts[l] ?? 0;
      return { label: l, count, share: g.responses === 0 ? 0 : count / g.responses };
    }),
    averageTotal: g.complete === 0 ? null : g.sumTotal / TALLY_SCALE / g.complete,
    averageScaled: g.complete === 0 ? null : g.sumScaled / TALLY_SCALE / g.complete,
  };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const diff = (from: number | null, to: number | null): number | null => (from === null || to === null ? null : to - from);

/**
 * Summarises counted responses (S6). `questions` gives titles and aspects in the order of
 * `perQuestion`; `table` gives the band labels and their order. Band labels not in the table
 * (from an older table) are appended after the table's, before TIDAK LENGKAP.
 */
export function summariseSurvey(responses: SummaryResponse[], questions: SurveyQuestion[], table: BandTable = DEFAULT_BAND_TABLE): SurveySummary {
  const tallied = responses.map((r) => ({ ...r, category: r.category ?? countedLabel(r) }));
  return summaryFromTally(tallyOf(tallied, questions.length), questions, table);
}

/** The summary (S6) of a tally: what the full computation and a running submission both show. */
export function summaryFromTally(t: SurveyTally, questions: SurveyQuestion[], table: BandTable = DEFAULT_BAND_TABLE): SurveySummary {
  const allLabels = summaryLabels(t, table);
  const qSum = questions.map((_, i) => t.qSum[i] ?? 0);
  const qCount = questions.map((_, i) => t.qCount[i] ?? 0);

  const perUnit = Object.keys(t.units)
    .sort((a, b) => (a === '' ? 1 : 0) - (b === '' ? 1 : 0) || cmp(a, b))
    .map((k) => groupSummary(t.units[k], k, k === '' ? NO_UNIT_LABEL : unitLabel(t.units[k].names), allLabels));
  const perPeriod = Object.keys(t.periods)
    .sort(cmp)
    .map((k) => groupSummary(t.periods[k], k, t.periods[k].label, allLabels));

  const questionStats: QuestionSummary[] = questions.map((q, index) => ({
    index,
    title: q.title,
    aspect: q.aspect,
    mean: qCount[index] === 0 ? null : qSum[index] / TALLY_SCALE / qCount[index],
    answered: qCount[index],
  }));
  questionStats.sort((a, b) => {
    if (a.mean === null || b.mean === null) return (a.mean === null ? 1 : 0) - (b.mean === null ? 1 : 0) || a.index - b.index;
    return b.mean - a.mean || a.index - b.index;
  });

  const aspects: AspectSummary[] = [];
  for (const aspect of ASPECTS) {
    let sum = 0;
    let answered = 0;
    let count = 0;
    questions.forEach((q, i) => {
      if (q.aspect !== aspect.key) return;
      count++;
      sum += qSum[i];
      answered += qCount[i];
    });
    if (count > 0) aspects.push({ key: aspect.key, label: aspect.label, questions: count, mean: answered === 0 ? null : sum / TALLY_SCALE / answered, answered });
  }

  let change: PeriodChange | null = null;
  if (perPeriod.length >= 2) {
    const from = perPeriod[perPeriod.length - 2];
    const to = perPeriod[perPeriod.length - 1];
    change = {
      from: { key: from.key, label: from.label },
      to: { key: to.key, label: to.label },
      bands: allLabels.map((label, i) => ({
        label,
        fromShare: from.bands[i].share,
        toShare: to.bands[i].share,
        delta: to.bands[i].share - from.bands[i].share,
      })),
      averageTotal: { from: from.averageTotal, to: to.averageTotal, delta: diff(from.averageTotal, to.averageTotal) },
      averageScaled: { from: from.averageScaled, to: to.averageScaled, delta: diff(from.averageScaled, to.averageScaled) },
    };
  }

  return { overall: groupSummary(t.overall, '', 'Semua', allLabels), perUnit, perPeriod, questions: questionStats, aspects, change };
}
