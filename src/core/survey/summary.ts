/**
 * The survey summary (S6): band counts and shares overall, per unit and per period; averages; the
 * weakest questions; per aspect; and the change between the last two periods. Only responses that
 * count (S5) enter it. Ordering is deterministic so the sheet does not reshuffle between runs.
 */
import { DEFAULT_BAND_TABLE, INCOMPLETE_LABEL, type BandTable } from './bands';
import { PENDING_LABELS as PENDING } from './results';

/** How a response that is not banded is counted: waiting for the team (S1, S1a), else TIDAK LENGKAP. */
function unbandedLabel(r: Pick<SummaryResponse, 'category'>): string {
  return PENDING.find((l) => l === r.category) ?? INCOMPLETE_LABEL;
}
import { ASPECTS, type AspectKey, type SurveyQuestion } from './questions';

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

class Group {
  responses = 0;
  complete = 0;
  sumTotal = 0;
  sumScaled = 0;
  readonly counts = new Map<string, number>();
  constructor(
    readonly key: string,
    readonly label: string,
  ) {}

  add(r: SummaryResponse): void {
    this.responses++;
    const label = r.complete && r.band !== null ? r.band : unbandedLabel(r);
    this.counts.set(label, (this.counts.get(label) ?? 0) + 1);
    if (r.complete) {
      this.complete++;
      this.sumTotal += r.total;
      this.sumScaled += r.scaled;
    }
  }

  summary(labels: string[]): GroupSummary {
    return {
      key: this.key,
      label: this.label,
      responses: this.responses,
      complete: this.complete,
      bands: labels.map((label) => {
        const count = this.counts.get(label) ?? 0;
        return { label, count, share: this.responses === 0 ? 0 : count / this.responses };
      }),
      averageTotal: this.complete === 0 ? null : this.sumTotal / this.complete,
      averageScaled: this.complete === 0 ? null : this.sumScaled / this.complete,
    };
  }
}

const unitKey = (unit: string): string => unit.trim().replace(/\s+/g, ' ').toLowerCase();
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const diff = (from: number | null, to: number | null): number | null => (from === null || to === null ? null : to - from);

/**
 * Summarises counted responses (S6). `questions` gives titles and aspects in the order of
 * `perQuestion`; `table` gives the band labels and their order. Band labels not in the table
 * (from an older table) are appended after the table's, before TIDAK LENGKAP.
 */
export function summariseSurvey(responses: SummaryResponse[], questions: SurveyQuestion[], table: BandTable = DEFAULT_BAND_TABLE): SurveySummary {
  const overall = new Group('', 'Semua');
  const units = new Map<string, Group>();
  const periods = new Map<string, Group>();
  const qSum = questions.map(() => 0);
  const qCount = questions.map(() => 0);
  const labels = table.map((b) => b.label);
  const extra = new Set<string>();
  const pending = new Set<string>();

  for (const r of responses) {
    if (!r.counted) continue;
    overall.add(r);
    const uKey = unitKey(r.unit);
    let unit = units.get(uKey);
    if (!unit) units.set(uKey, (unit = new Group(uKey, uKey === '' ? NO_UNIT_LABEL : r.unit.trim().replace(/\s+/g, ' '))));
    unit.add(r);
    let period = periods.get(r.periodKey);
    if (!period) periods.set(r.periodKey, (period = new Group(r.periodKey, r.periodLabel)));
    period.add(r);
    if (r.complete && r.band !== null && labels.indexOf(r.band) < 0) extra.add(r.band);
    if (!(r.complete && r.band !== null) && unbandedLabel(r) !== INCOMPLETE_LABEL) pending.add(unbandedLabel(r));
    for (let i = 0; i < questions.length; i++) {
      const s = r.perQuestion[i];
      if (s !== null && s !== undefined) {
        qSum[i] += s;
        qCount[i]++;
      }
    }
  }
  const allLabels = [...labels, ...Array.from(extra).sort(cmp), ...PENDING.filter((l) => pending.has(l)), INCOMPLETE_LABEL];

  const perUnit = Array.from(units.values())
    .sort((a, b) => (a.key === '' ? 1 : 0) - (b.key === '' ? 1 : 0) || cmp(a.key, b.key))
    .map((g) => g.summary(allLabels));
  const perPeriod = Array.from(periods.values())
    .sort((a, b) => cmp(a.key, b.key))
    .map((g) => g.summary(allLabels));

  const questionStats: QuestionSummary[] = questions.map((q, index) => ({
    index,
    title: q.title,
    aspect: q.aspect,
    mean: qCount[index] === 0 ? null : qSum[index] / qCount[index],
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
    if (count > 0) aspects.push({ key: aspect.key, label: aspect.label, questions: count, mean: answered === 0 ? null : sum / answered, answered });
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

  return { overall: overall.summary(allLabels), perUnit, perPeriod, questions: questionStats, aspects, change };
}
