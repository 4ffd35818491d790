/**
 * The survey's running counts (S6 without the rows): what `Ringkasan Survei` shows, kept as sums a
 * response can be added to or taken out of, so one submission changes the summary without reading
 * every earlier response. The full computation builds the same tally from every row
 * (`tallyOf`), and both turn it into the summary with `summaryFromTally`, so the two paths agree
 * to the last digit: sums are integers (values quantised to 4 decimals, as `Hasil Survei` keeps
 * them), and a unit's label is chosen from the labels its responses use, not by their order.
 * Pure: no service calls.
 */
import { INCOMPLETE_LABEL, type BandTable } from './bands';
import type { SurveyQuestion } from './questions';
import { PENDING_LABELS } from './results';
import type { SummaryResponse } from './summary';

/** One group's sums (integers; averages are sum / SCALE / complete). */
export interface TallyGroup {
  responses: number;
  complete: number;
  sumTotal: number;
  sumScaled: number;
  /** Responses per category label (band, pending label, TIDAK LENGKAP). */
  counts: Record<string, number>;
}

export interface UnitTally extends TallyGroup {
  /** How often each spelling of the unit was used (the label shown is chosen from these). */
  names: Record<string, number>;
}

export interface PeriodTally extends TallyGroup {
  label: string;
}

export interface SurveyTally {
  /** Rows of `Hasil Survei` (every record, counted or not). */
  records: number;
  /** Records not counted (S5: superseded). */
  superseded: number;
  /** Records per category, counted or not (the band colours of `Hasil Survei`). */
  categories: Record<string, number>;
  overall: TallyGroup;
  units: Record<string, UnitTally>;
  periods: Record<string, PeriodTally>;
  /** Per scored question: sum of scores (integers) and answers, over counted responses. */
  qSum: number[];
  qCount: number[];
}

/** Values are kept to 4 decimals (as `Hasil Survei` writes the scaled score) as integers. */
export const TALLY_SCALE = 10000;
const quantise = (x: number): number => Math.round(x * TALLY_SCALE);

/** The key a unit is grouped by: case and spacing ignored. */
export const unitKey = (unit: string): string => unit.trim().replace(/\s+/g, ' ').toLowerCase();
const unitName = (unit: string): string => unit.trim().replace(/\s+/g, ' ');

/** How a response that is not banded is counted: waiting for the team (S1, S1a), else TIDAK LENGKAP. */
export function unbandedLabel(r: Pick<SummaryResponse, 'category'>): string {
  return PENDING_LABELS.find((l) => l === r.category) ?? INCOMPLETE_LABEL;
}

/** The label a counted response is counted under. */
export function countedLabel(r: SummaryResponse): string {
  return r.complete && r.band !== null ? r.band : unbandedLabel(r);
}

const emptyGroup = (): TallyGroup => ({ responses: 0, complete: 0, sumTotal: 0, sumScaled: 0, counts: {} });

export function emptyTally(questions: number): SurveyTally {
  return {
    records: 0,
    superseded: 0,
    categories: {},
    overall: emptyGroup(),
    units: {},
    periods: {},
    qSum: new Array<number>(questions).fill(0),
    qCount: new Array<number>(questions).fill(0),
  };
}

function bump(map: Record<string, number>, key: string, by: number): void {
  const n = (map[key] ?? 0) + by;
  if (n === 0) delete map[key];
  else map[key] = n;
}

function addToGroup(g: TallyGroup, r: SummaryResponse, sign: 1 | -1): void {
  g.responses += sign;
  bump(g.counts, countedLabel(r), sign);
  if (r.complete) {
    g.complete += sign;
    g.sumTotal += sign * quantise(r.total);
    g.sumScaled += sign * quantise(r.scaled);
  }
}

/** A record with what the summary needs of it: counted or not, and its category. */
export interface TalliedResponse extends SummaryResponse {
  category: string;
}

/** Adds (`sign` 1) or takes out (-1) one record; groups left empty go. */
export function applyToTally(t: SurveyTally, r: TalliedResponse, sign: 1 | -1): void {
  t.records += sign;
  bump(t.categories, r.category, sign);
  if (!r.counted) {
    t.superseded += sign;
    return;
  }
  addToGroup(t.overall, r, sign);
  const uKey = unitKey(r.unit);
  const unit = t.units[uKey] ?? (t.units[uKey] = { ...emptyGroup(), names: {} });
  addToGroup(unit, r, sign);
  bump(unit.names, uKey === '' ? '' : unitName(r.unit), sign);
  if (unit.responses === 0) delete t.units[uKey];
  const period = t.periods[r.periodKey] ?? (t.periods[r.periodKey] = { ...emptyGroup(), label: r.periodLabel });
  addToGroup(period, r, sign);
  if (period.responses === 0) delete t.periods[r.periodKey];
  for (let i = 0; i < t.qSum.length; i++) {
    const s = r.perQuestion[i];
    if (s !== null && s !== undefined) {
      t.qSum[i] += sign * quantise(s);
      t.qCount[i] += sign;
    }
  }
}

/**
 * True when no count or sum went below zero: taking out a record the tally never held (a row
 * changed by hand since it was counted) shows here, and the caller computes everything instead.
 */
export function tallyConsistent(t: SurveyTally): boolean {
  const groupOk = (g: TallyGroup) =>
    g.responses >= 0 && g.complete >= 0 && g.complete <= g.responses && g.sumTotal >= 0 && g.sumScaled >= 0 && Object.keys(g.counts).every((k) => g.counts[k] > 0);
  const unitsOk = Object.keys(t.units).every((k) => groupOk(t.units[k]) && Object.keys(t.units[k].names).every((n) => t.units[k].names[n] > 0));
  const periodsOk = Object.keys(t.periods).every((k) => groupOk(t.periods[k]));
  return (
    t.records >= 0 &&
    t.superseded >= 0 &&
    Object.keys(t.categories).every((k) => t.categories[k] > 0) &&
    groupOk(t.overall) &&
    unitsOk &&
    periodsOk &&
    t.qSum.every((x) => x >= 0) &&
    t.qCount.every((x) => x >= 0)
  );
}

/** The tally of every record (the full computation). */
export function tallyOf(responses: readonly TalliedResponse[], questions: number): SurveyTally {
  const t = emptyTally(questions);
  for (const r of responses) applyToTally(t, r, 1);
  return t;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The spelling most used for a unit (ties: the first in code-point order). */
export function unitLabel(names: Record<string, number>): string {
  let best = '';
  let most = -1;
  for (const name of Object.keys(names).sort(cmp)) {
    if (names[name] > most) {
      best = name;
      most = names[name];
    }
  }
  return best;
}

/** The category labels in the summary's order: the table's, others seen, pending, TIDAK LENGKAP. */
export function summaryLabels(t: SurveyTally, table: BandTable): string[] {
  const labels = table.map((b) => b.label);
  const seen = Object.keys(t.overall.counts);
  const pending = PENDING_LABELS.filter((l) => seen.indexOf(l) >= 0);
  const extra = seen.filter((l) => labels.indexOf(l) < 0 && l !== INCOMPLETE_LABEL && PENDING_LABELS.indexOf(l as (typeof PENDING_LABELS)[number]) < 0).sort(cmp);
  return [...labels, ...extra, ...pending, INCOMPLETE_LABEL];
}

export { quantise as quantiseForTally };

/** Rough check that a value read back is a tally (properties may hold anything). */
export function isTally(x: unknown, questions: number): x is SurveyTally {
  const t = x as SurveyTally;
  return (
    !!t &&
    typeof t === 'object' &&
    typeof t.records === 'number' &&
    typeof t.superseded === 'number' &&
    !!t.overall &&
    typeof t.overall.responses === 'number' &&
    !!t.units &&
    !!t.periods &&
    !!t.categories &&
    Array.isArray(t.qSum) &&
    Array.isArray(t.qCount) &&
    t.qSum.length === questions &&
    t.qCount.length === questions
  );
}

export type { SurveyQuestion };
