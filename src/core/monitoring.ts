/**
 * `Pemantauan Agen` (computed): per agent and activity — approved or not, target,
 * realisation to date (sum of the counted reports), % achieved, last report, open problems (a
 * kendala reported without a solusi); a summary line per agent; beside it the survey's band
 * distribution of the agent's unit by semester with the change since the previous semester (seed
 * "PEMBINAAN & MONITORING AOC"). Laid out whole by every write; nothing typed into it is read.
 */
import { asText, type Cell, isDate, numberOf, textOf } from './cells';
import { formatTanggal } from './dates';
import { PLAN_STATUS, type ReviewedEntry } from './action-plan-approval';
import { LEDGER, parsePeriod, REPORT_STATUS } from './reports';
import { digitsOf, formatNip } from './nip';
import { type Semester, semester, semesterOf } from './survey/periods';
import type { SummaryResponse } from './survey/summary';
import type { BandTable } from './survey/bands';

export const MONITORING_TITLE = 'Pemantauan Agen Perubahan';
export const ACTIVITY_HEADERS = ['Agen', 'NIP', 'Unit Kerja', 'No', 'Kegiatan', 'Status', 'Target', 'Realisasi s.d. Kini', '% Capaian', 'Laporan Terakhir', 'Kendala Terbuka'];
export const SUMMARY_PREFIX = 'Ringkasan:';

/** A counted report as the ledger holds it. */
export interface LedgerReport {
  nip: string;
  no: string;
  timestamp: number;
  realisation: number;
  problems: string;
  solutions: string;
  /** The month reported, as the ledger holds it ("Maret 2027"). */
  period: string;
  /** The semester of that month ("2027-S1"; the sending time's when the month is unreadable). */
  semesterKey: string;
}

/** The semester key of a reported month ("Maret 2027" → "2027-S1"), else that of `fallbackMs`. */
export function reportSemesterKey(period: string, fallbackMs: number): string {
  const p = parsePeriod(period);
  return p ? semester(p.year, p.month <= 6 ? 1 : 2).key : semesterOf(fallbackMs).key;
}

/** The counted reports of `Laporan Rencana Tindak` (getValues, header first). */
export function countedReports(values: readonly unknown[][]): LedgerReport[] {
  const out: LedgerReport[] = [];
  for (const r of values.slice(1)) {
    if (textOf(r[LEDGER.status]) !== REPORT_STATUS.counted) continue;
    const realisation = numberOf(r[LEDGER.realisation]);
    const t = r[LEDGER.time];
    if (realisation === null) continue;
    const timestamp = isDate(t) ? t.getTime() : numberOf(t) ?? 0;
    const period = textOf(r[LEDGER.period]);
    out.push({
      nip: digitsOf(textOf(r[LEDGER.nip])),
      no: textOf(r[LEDGER.no]),
      timestamp,
      realisation,
      problems: textOf(r[LEDGER.problems]),
      solutions: textOf(r[LEDGER.solutions]),
      period,
      semesterKey: reportSemesterKey(period, timestamp),
    });
  }
  return out;
}

export interface ActivityLine {
  agentNip: string;
  agentName: string;
  unit: string;
  no: string;
  activity: string;
  status: string;
  target: number | null;
  realisation: number;
  /** realisation / target (0..), null without a numeric target above 0. */
  achieved: number | null;
  lastReport: number | null;
  openProblems: string[];
  /** The counted reports of this activity, in ledger order. */
  reports: LedgerReport[];
}

export interface AgentLine {
  agentNip: string;
  agentName: string;
  unit: string;
  activities: ActivityLine[];
  approved: number;
  /** Mean % achieved over the approved activities with a target (0.. ), null when none. */
  achieved: number | null;
  lastReport: number | null;
  openProblems: number;
}

/** The activities and summary of every appointed agent, in the order of `Rencana Tindak`. */
export function agentLines(reviewed: readonly ReviewedEntry[], reports: readonly LedgerReport[], unitOf: (nip: string) => string): AgentLine[] {
  const agents: AgentLine[] = [];
  for (const r of reviewed) {
    const e = r.entry;
    if (!e.appointed) continue;
    let agent = agents.find((a) => a.agentNip === e.agentNip && a.agentName === e.agentName);
    if (!agent) {
      agent = { agentNip: e.agentNip, agentName: e.agentName, unit: unitOf(e.agentNip), activities: [], approved: 0, achieved: null, lastReport: null, openProblems: 0 };
      agents.push(agent);
    }
    const mine = reports.filter((p) => p.nip === e.agentNip && p.no === e.no);
    const realisation = mine.reduce((s, p) => s + p.realisation, 0);
    const last = mine.reduce<number | null>((m, p) => (m === null || p.timestamp > m ? p.timestamp : m), null);
    const open = mine.filter((p) => p.problems !== '' && p.solutions === '').map((p) => p.problems);
    agent.activities.push({
      agentNip: e.agentNip,
      agentName: e.agentName,
      unit: agent.unit,
      no: e.no,
      activity: e.activity,
      status: r.status || 'Belum diajukan',
      target: e.target,
      realisation,
      achieved: e.target !== null && e.target > 0 ? realisation / e.target : null,
      lastReport: last,
      openProblems: open,
      reports: mine,
    });
  }
  for (const a of agents) {
    const approved = a.activities.filter((x) => x.status === PLAN_STATUS.approved);
    a.approved = approved.length;
    const rated = approved.filter((x) => x.achieved !== null);
    a.achieved = rated.length > 0 ? rated.reduce((s, x) => s + (x.achieved as number), 0) / rated.length : null;
    a.lastReport = a.activities.reduce<number | null>((m, x) => (x.lastReport !== null && (m === null || x.lastReport > m) ? x.lastReport : m), null);
    a.openProblems = a.activities.reduce((s, x) => s + x.openProblems.length, 0);
  }
  return agents;
}

export interface UnitSemester {
  unit: string;
  periodKey: string;
  periodLabel: string;
  responses: number;
  /** Share of each band (table order) among the banded responses. */
  shares: number[];
  /** The most frequent band ('' when none). */
  top: string;
  /** Change of each share since the previous semester of the same unit (null for the first). */
  change: (number | null)[];
}

const unitKey = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** The survey band distribution of each agent's unit by semester, with the change since the previous semester. */
export function unitTrend(units: readonly string[], responses: readonly SummaryResponse[], table: BandTable): UnitSemester[] {
  const labels = table.map((b) => b.label);
  const out: UnitSemester[] = [];
  const seen = new Set<string>();
  for (const unit of units) {
    const key = unitKey(unit);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    // A unit answered one level up ("Sekretariat") covers the agent's sub-unit ("Sekretariat — Subbagian Program").
    const mine = responses.filter((r) => {
      const answered = unitKey(r.unit);
      return r.counted && r.band !== null && answered !== '' && (answered === key || key.indexOf(`${answered} `) === 0);
    });
    const periods = Array.from(new Set(mine.map((r) => r.periodKey))).sort();
    let previous: number[] | null = null;
    for (const p of periods) {
      const inP = mine.filter((r) => r.periodKey === p);
      const shares = labels.map((l) => inP.filter((r) => r.band === l).length / inP.length);
      const max = Math.max(...shares);
      const prev: number[] | null = previous;
      out.push({
        unit,
        periodKey: p,
        periodLabel: inP[0].periodLabel,
        responses: inP.length,
        shares,
        top: max > 0 ? labels[shares.indexOf(max)] : '',
        change: shares.map((s, i) => (prev ? s - prev[i] : null)),
      });
      previous = shares;
    }
  }
  return out;
}

/** The semester of a key ("2027-S1"), or null when the key is not one. */
export function semesterOfKey(key: string): Semester | null {
  const m = /^(\d{4})-S([12])$/.exec(key);
  return m ? semester(Number(m[1]), m[2] === '1' ? 1 : 2) : null;
}

/**
 * A semester as a person types it: "Semester I 2027", "semester 2 2026", "I 2027", "2027-1",
 * "2027-S2", "S1 2027", with or without "(Januari–Juni)". Null when it names no semester.
 */
export function parseSemester(text: string): Semester | null {
  const t = text
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/semester|smt\.?|tahun/g, ' ')
    .trim();
  const year = /(^|\D)(\d{4})(?!\d)/.exec(t);
  if (!year) return null;
  const rest = (t.slice(0, year.index) + ' ' + t.slice(year.index + year[0].length)).replace(/[-/,.]/g, ' ').trim();
  const half = rest.replace(/^s\s*/, '').trim();
  if (half === 'i' || half === '1') return semester(Number(year[2]), 1);
  if (half === 'ii' || half === '2') return semester(Number(year[2]), 2);
  return null;
}

/** The semester's name without its months: "Semester I 2027". */
export const semesterName = (s: Pick<Semester, 'label'>): string => s.label.replace(/\s*\(.*\)$/, '');

/**
 * The semesters that hold something to report, in order: a counted report of that month, or a
 * banded survey response from an agent's unit.
 */
export function semestersWithData(reports: readonly LedgerReport[], trend: readonly UnitSemester[]): Semester[] {
  const keys = Array.from(new Set([...reports.map((r) => r.semesterKey), ...trend.map((t) => t.periodKey)])).sort();
  return keys.map(semesterOfKey).filter((s): s is Semester => s !== null);
}

/** One semester of the monitoring report, from the same lines as `Pemantauan Agen`. */
export interface SemesterMonitoring {
  semester: Semester;
  /** agentLines over the counted reports of the semester's months. */
  inSemester: AgentLine[];
  /** agentLines over the counted reports up to the semester's end (realisation and % achieved to date). */
  toDate: AgentLine[];
  /** The unit trend up to and including the semester. */
  trend: UnitSemester[];
}

export function semesterMonitoring(
  reviewed: readonly ReviewedEntry[],
  reports: readonly LedgerReport[],
  unitOf: (nip: string) => string,
  trend: readonly UnitSemester[],
  s: Semester,
): SemesterMonitoring {
  return {
    semester: s,
    inSemester: agentLines(reviewed, reports.filter((r) => r.semesterKey === s.key), unitOf),
    toDate: agentLines(reviewed, reports.filter((r) => r.semesterKey <= s.key), unitOf),
    trend: trend.filter((t) => t.periodKey <= s.key),
  };
}

const pct = (x: number | null): Cell => (x === null ? '' : Math.round(x * 1000) / 10);
const signed = (x: number | null): string => (x === null ? '–' : `${x > 0 ? '+' : ''}${Math.round(x * 1000) / 10}`);

export interface MonitoringSheet {
  values: Cell[][];
  width: number;
  /** 1-based rows of the agents' summary lines (bold). */
  summaryRows: number[];
  /** 1-based header rows (styled). */
  headerRows: number[];
  /** 1-based row and column of the band columns' header of the survey table, and its row count. */
  survey: { headerRow: number; firstBandColumn: number; rows: number; topColumn: number } | null;
  /** The chart's data: agents and % achieved (1-based block). */
  chart: { row: number; column: number; numRows: number } | null;
}

/** The whole `Pemantauan Agen` sheet. `now` is the time of the run (WITA date in the note). */
export function monitoringSheet(agents: readonly AgentLine[], trend: readonly UnitSemester[], table: BandTable, now: number): MonitoringSheet {
  const labels = table.map((b) => b.label);
  const surveyHeaders = ['Unit Kerja', 'Semester', 'Responden', ...labels.map((l) => `${l} (%)`), 'Kategori Terbanyak', ...labels.map((l) => `Perubahan ${l} (poin %)`)];
  const width = Math.max(ACTIVITY_HEADERS.length, surveyHeaders.length, 3);
  const values: Cell[][] = [];
  // Text stays text ("+50" is not a number, "=…" in a name is not a formula).
  const push = (r: Cell[]) => values.push([...r.map((c) => (typeof c === 'string' ? asText(c) : c)), ...new Array<Cell>(Math.max(0, width - r.length)).fill('')]);
  push([MONITORING_TITLE]);
  push([`Dihitung oleh Agen Perubahan pada ${formatTanggal(now)} dari lembar Rencana Tindak, Laporan Rencana Tindak dan Hasil Survei. Realisasi = jumlah laporan yang dihitung; % capaian = realisasi ÷ target × 100. Perubahan manual di lembar ini akan ditimpa.`]);
  push([]);
  const headerRows: number[] = [];
  const summaryRows: number[] = [];
  push(ACTIVITY_HEADERS);
  headerRows.push(values.length);
  for (const a of agents) {
    for (const x of a.activities) {
      push([x.agentName, x.agentNip ? formatNip(x.agentNip) : '', x.unit, x.no, x.activity, x.status, x.target ?? '', x.realisation, pct(x.achieved), x.lastReport === null ? '' : formatTanggal(x.lastReport), x.openProblems.join('\n')]);
    }
    push([
      `${SUMMARY_PREFIX} ${a.agentName}`,
      a.agentNip ? formatNip(a.agentNip) : '',
      a.unit,
      '',
      `${a.approved} dari ${a.activities.length} kegiatan disetujui`,
      '',
      '',
      '',
      pct(a.achieved),
      a.lastReport === null ? 'belum ada laporan' : formatTanggal(a.lastReport),
      a.openProblems === 0 ? '' : `${a.openProblems} kendala tanpa solusi`,
    ]);
    summaryRows.push(values.length);
  }
  if (agents.length === 0) push(['Belum ada agen dengan rencana tindak. Jalankan Rencana Tindak › Siapkan Rencana Tindak.']);
  push([]);
  push(['Survei SOLIDER berAKHLAK di unit kerja para agen, per semester']);
  push(surveyHeaders);
  headerRows.push(values.length);
  const surveyHeader = values.length;
  for (const t of trend) push([t.unit, t.periodLabel, t.responses, ...t.shares.map((s) => pct(s)), t.top, ...t.change.map(signed)]);
  if (trend.length === 0) push(['Belum ada jawaban survei yang dinilai dari unit kerja para agen.']);
  push([]);
  // The chart's block: one row per agent with a % achieved.
  const rated = agents.filter((a) => a.achieved !== null);
  let chart: MonitoringSheet['chart'] = null;
  if (rated.length > 0) {
    push(['Agen', '% Capaian']);
    headerRows.push(values.length);
    const first = values.length;
    for (const a of rated) push([a.agentName, pct(a.achieved)]);
    chart = { row: first, column: 1, numRows: rated.length + 1 };
  }
  return {
    values,
    width,
    summaryRows,
    headerRows,
    survey: { headerRow: surveyHeader, firstBandColumn: 4, rows: trend.length, topColumn: 4 + labels.length },
    chart,
  };
}
