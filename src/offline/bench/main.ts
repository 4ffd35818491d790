/**
 * `npm run bench`: what the product costs in Apps Script calls, at N = 100, 1,000 and 10,000
 * ballots and survey responses, run on the BUILT bundle in the in-memory Workspace.
 *
 * For each action: calls per service, the minimum the action could need (src/offline/bench/
 * minimum.ts, each term explained), the ratio, local time (ms of this machine's CPU for the
 * bundle plus the in-memory fakes: an upper bound of the product's own compute), simulated time
 * under the kernel's cost model, and whether it fits one 6-minute execution. Asserts nothing.
 *
 * Building N responses: `ws.forms.importResponses` (no triggers), then the connect menu (and its
 * continuations). One submission: `ws.forms.submit` after N earlier ones, with
 * `ws.kernel.resetCalls()` just before.
 *
 * Usage: npm run bench [-- --sizes=100,1000] [-- --cli=3000,10000,30000 | --cli=none]
 *        [-- --only=submissions]  (only the four submission rows and the re-syncs they need as
 *        setup: no decree, report, core tally or CLI; with the campaign)
 *        [-- --only=tally]  (only the core tally of target 3: no bundle run, no CLI)
 */
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SHEETS } from '../../core/schema';
import { createSurveyForm, demoSurveyResponses, surveyAnswers, SURVEY_QUESTIONS, SURVEY_UNITS } from '../demo/survey';
import { demoRoster, rosterRows, type DemoEmployee } from '../demo/roster';
import { Random } from '../demo/random';
import { approveDemoPlans, sendDemoReport } from '../demo/agents';
import { runDemoNominations } from '../demo/ballots';
import { runDemoDecree } from '../demo/decree';
import * as minimum from './minimum';
import { measureCli, type CliMeasurement } from './cli';
import { measureTally, type TallyMeasurement } from './tally';
import { DEFAULT_COST_MODEL, EXECUTION_LIMIT_MS, type CostModel } from '../workspace/index';
import type { Answers } from '../workspace/index';
import { createWorkspace, type Workspace } from '../workspace/index';
import { AGENCY_BY_LABEL as AGENCY } from '../demo/settings';

const SERVICES = ['SpreadsheetApp', 'FormApp', 'DocumentApp', 'DriveApp', 'LockService', 'PropertiesService', 'ScriptApp'];
const ROSTER_SIZE = 1000;
const DAY = 24 * 3600 * 1000;

/**
 * The benchmark's size-aware cost model: the kernel's per-call figures plus a price per cell a
 * read or write carries. Google publishes no latency; the per-cell figures are set on the slow
 * side of public measurements: one setValues of 4,000 cells "took less than 50 ms" (≈ 12 µs a
 * cell; Stack Overflow, "What is faster: ScriptDb or SpreadsheetApp?"), and reads of whole sheets
 * grow about linearly with their rows (B. McPherson, "Measuring sheet operation performance",
 * ramblings.mcpher.com). Here: 10 µs per cell read, 20 µs per cell written.
 */
export const SIZE_AWARE_COST_MODEL: CostModel = { ...DEFAULT_COST_MODEL, 'cells.read': 0.01, 'cells.write': 0.02 };

export interface Measurement {
  action: string;
  n: number;
  byService: Record<string, number>;
  total: number;
  minimum: number;
  /** Local wall time, ms. */
  localMs: number;
  /**
   * The product's own compute, ms: wall time inside the bundle's executions less the time inside
   * the in-memory services they called (AGEN_SERVICE_TIME, kernel/fake.ts); NaN when not timed.
   */
  productMs: number;
  /** Simulated time of the longest execution, ms. */
  longestMs: number;
  /** Executions it took (1 + continuations). */
  executions: number;
  /** Cells carried by reads and by writes (the size-aware part of the cost). */
  cells: { read: number; write: number };
  failed: string[];
  note: string;
}

// ---- workspace setup -------------------------------------------------------------------------

function setSetting(ws: Workspace, label: string, value: string): void {
  const values = ws.sheets.snapshot(ws.spreadsheetId, SHEETS.settings)?.values ?? [];
  const row = values.findIndex((r) => String(r[0]).trim() === label);
  if (row < 0) throw new Error(`Pengaturan has no row "${label}"`);
  ws.sheets.userWrite(ws.spreadsheetId, SHEETS.settings, row + 1, 2, [[value]]);
}

/** 'form': a trigger on the Form (bound script); 'add-on': the Form writes to a tab of this spreadsheet. */
type Route = 'form' | 'add-on';

/** Wall ms the bundle's executions of each kernel took (outermost executions only: a nested one counts once). */
const executionMs = new WeakMap<object, { ms: number }>();

function timeExecutions(ws: Workspace): void {
  const k = ws.kernel;
  const inner = k.runner;
  if (!inner) return;
  const clock = { ms: 0 };
  let depth = 0;
  k.runner = (...args) => {
    if (depth > 0) return inner(...args);
    depth += 1;
    const t0 = performance.now();
    try {
      return inner(...args);
    } finally {
      depth -= 1;
      clock.ms += performance.now() - t0;
    }
  };
  executionMs.set(k, clock);
}

/** The product's own ms since `before` (executions' wall time less the services' time), NaN when services are not timed. */
function productMsSince(ws: Workspace, before: number): number {
  const clock = executionMs.get(ws.kernel);
  return process.env.AGEN_SERVICE_TIME === '1' && clock ? clock.ms - before - ws.kernel.serviceMs : NaN;
}

function prepared(roster: DemoEmployee[], route: Route = 'form'): Workspace {
  const ws = createWorkspace({ distDir: join(process.cwd(), 'dist'), addOn: route === 'add-on', costModel: SIZE_AWARE_COST_MODEL });
  ws.load();
  timeExecutions(ws);
  ws.open();
  ws.run('menuSiapkanLembarKerja');
  ws.sheets.userWrite(ws.spreadsheetId, SHEETS.roster, 1, 1, rosterRows(roster));
  ws.ui.clear();
  return ws;
}

/** Runs a menu item, then every continuation trigger it schedules; measures the whole. */
type Measured = Pick<Measurement, 'byService' | 'total' | 'localMs' | 'productMs' | 'longestMs' | 'executions' | 'failed' | 'cells'>;

function measureRun(ws: Workspace, fn: () => void, continuation: string): Measured {
  const k = ws.kernel;
  k.resetCalls();
  const failedBefore = k.failedExecutions.length;
  const execBefore = executionMs.get(k)?.ms ?? 0;
  const t0 = performance.now();
  let start = k.now();
  fn();
  let longest = k.now() - start;
  let executions = 1;
  for (let guard = 0; guard < 50 && k.triggers.some((t) => t.handler === continuation); guard++) {
    k.advance(61_000);
    start = k.now();
    k.fireDueClockTriggers();
    longest = Math.max(longest, k.now() - start);
    executions += 1;
  }
  const localMs = performance.now() - t0;
  return {
    byService: k.callsByService(),
    total: k.totalCalls(),
    localMs,
    productMs: productMsSince(ws, execBefore),
    longestMs: longest,
    executions,
    cells: k.cells(),
    failed: k.failedExecutions.slice(failedBefore).map((f) => `${f.handler}: ${f.error}`),
  };
}

function measureSubmission(ws: Workspace, submit: () => void): Measured {
  const k = ws.kernel;
  k.resetCalls();
  const failedBefore = k.failedExecutions.length;
  const execBefore = executionMs.get(k)?.ms ?? 0;
  const t0 = performance.now();
  const start = k.now();
  submit();
  // BENCH_DETAIL=1 prints every call of each measured single action (to explain a row).
  if (process.env.BENCH_DETAIL) process.stderr.write(`${JSON.stringify(k.calls())}\n`);
  return {
    byService: k.callsByService(),
    total: k.totalCalls(),
    localMs: performance.now() - t0,
    productMs: productMsSince(ws, execBefore),
    longestMs: k.now() - start,
    executions: 1,
    cells: k.cells(),
    failed: k.failedExecutions.slice(failedBefore).map((f) => `${f.handler}: ${f.error}`),
  };
}

/** Drains continuation triggers left by a setup step (not measured). */
function drain(ws: Workspace, continuation: string): void {
  for (let guard = 0; guard < 50 && ws.kernel.triggers.some((t) => t.handler === continuation); guard++) {
    ws.kernel.advance(61_000);
    ws.kernel.fireDueClockTriggers();
  }
}

// ---- nominations -----------------------------------------------------------------------------

const NIP_Q = 'NIP Anda';
const NOMINEE_Q = ['Usulan calon agen perubahan 1', 'Usulan calon agen perubahan 2', 'Usulan calon agen perubahan 3'];

function nominationBallot(rnd: Random, voter: DemoEmployee, roster: DemoEmployee[]): Answers {
  const answers: Answers = { [NIP_Q]: voter.nip };
  const count = rnd.int(1, 3);
  for (let i = 0; i < count; i++) {
    const p = roster[Math.floor(Math.pow(rnd.next(), 3) * roster.length)];
    const style = rnd.int(0, 9);
    answers[NOMINEE_Q[i]] = style < 6 ? p.nama : style < 8 ? p.nama.split(',')[0].toUpperCase() : style < 9 ? p.nip : `${p.nama.split(' ')[0]} ${rnd.int(1, 99)}`;
  }
  answers['Alasan mengusulkan calon'] = 'Inovatif dan proaktif dalam pelayanan.';
  return answers;
}

function nominationBench(n: number, roster: DemoEmployee[], route: Route = 'form', submissionsOnly = false): Measurement[] {
  const ws = prepared(roster, route);
  const rnd = new Random(8000 + n);
  const formId = ws.forms.createForm({
    title: 'Penjaringan Calon Agen Perubahan 2026',
    items: [{ kind: 'TEXT', title: NIP_Q }, ...NOMINEE_Q.map((title) => ({ kind: 'TEXT' as const, title })), { kind: 'PARAGRAPH_TEXT', title: 'Alasan mengusulkan calon' }],
  });
  const start = ws.kernel.now() - 20 * DAY;
  ws.forms.importResponses(
    formId,
    Array.from({ length: n }, (_, i) => ({ answers: nominationBallot(rnd, roster[i % roster.length], roster), at: start + i * 60_000 })),
  );
  setSetting(ws, 'URL Formulir Penjaringan', ws.forms.view(formId).editUrl);
  if (route === 'add-on') ws.ui.answerNext('YES'); // "point the Form's responses at this spreadsheet?"
  ws.run('menuHubungkanFormulirPenjaringan');
  drain(ws, 'lanjutkanSinkronisasiPenjaringan');

  const shape = { neededItems: 1 + NOMINEE_Q.length, collectsEmail: false };
  const resync = measureRun(ws, () => ws.run('menuSinkronkanUlangPenjaringan'), 'lanjutkanSinkronisasiPenjaringan');
  // One submission after N earlier ones: the same ballot at every N (a new voter naming three
  // people by full name, by name without titles, by NIP), so only N differs between the rows.
  const voter = roster[roster.length - 1];
  const fixed: Answers = { [NIP_Q]: voter.nip, [NOMINEE_Q[0]]: roster[1].nama, [NOMINEE_Q[1]]: roster[2].nama.split(',')[0], [NOMINEE_Q[2]]: roster[3].nip };
  const submission = measureSubmission(ws, () => ws.forms.submit(formId, fixed));
  const decree = route === 'form' && !submissionsOnly ? decreeBench(ws, n) : [];
  if (route === 'add-on') {
    return [
      { action: 'one nomination submission, spreadsheet route', n, ...submission, minimum: minimum.total(minimum.nominationSubmissionMinimum(shape, 'sheet')), note: '' },
      { action: 'nomination re-sync, add-on route', n, ...resync, minimum: minimum.total(minimum.tabResyncMinimum('Log Surat Suara', 3, minimum.NOMINATION_FORM_STRUCTURE)), note: '' },
    ];
  }
  return [
    { action: 'one nomination submission', n, ...submission, minimum: minimum.total(minimum.nominationSubmissionMinimum(shape)), note: '' },
    { action: 'nomination re-sync', n, ...resync, minimum: minimum.total(minimum.nominationResyncMinimum(shape, n)), note: '' },
    ...decree,
  ];
}

// ---- survey ----------------------------------------------------------------------------------

function surveyBench(n: number, roster: DemoEmployee[], route: Route = 'form'): Measurement[] {
  const ws = prepared(roster, route);
  const formId = createSurveyForm(ws);
  const base = demoSurveyResponses();
  const start = ws.kernel.now() - 60 * DAY;
  ws.forms.importResponses(
    formId,
    Array.from({ length: n }, (_, i) => ({ answers: base[i % base.length].answers, email: `pegawai${i}@dinkes.nttprov.go.id`, at: start + i * 60_000 })),
  );
  if (route === 'add-on') ws.ui.answerNext('YES');
  ws.run('menuHubungkanFormulirSurvei');
  drain(ws, 'lanjutkanSinkronSurvei');

  // The unit question and the five scored questions; comments are not needed to score.
  const shape = { neededItems: 1 + SURVEY_QUESTIONS.length, collectsEmail: true };
  const resync = measureRun(ws, () => ws.run('menuSinkronkanUlangSurvei'), 'lanjutkanSinkronSurvei');
  const submission = measureSubmission(ws, () =>
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[n % SURVEY_UNITS.length], [1, 2, 2, 3, 1]), { email: `baru${n}@dinkes.nttprov.go.id` }),
  );
  if (route === 'add-on') {
    return [
      { action: 'one survey submission, spreadsheet route', n, ...submission, minimum: minimum.total(minimum.surveySubmissionMinimum(shape, 'sheet')), note: '' },
      { action: 'survey re-sync, add-on route', n, ...resync, minimum: minimum.total(minimum.tabResyncMinimum('Hasil Survei', 2, minimum.SURVEY_FORM_STRUCTURE)), note: '' },
    ];
  }
  return [
    { action: 'one survey submission', n, ...submission, minimum: minimum.total(minimum.surveySubmissionMinimum(shape)), note: '' },
    { action: 'survey re-sync', n, ...resync, minimum: minimum.total(minimum.surveyResyncMinimum(shape, n)), note: '' },
  ];
}

// ---- decree ----------------------------------------------------------------------------------

const ROLES = ['Katalis', 'Penggerak Perubahan', 'Mediator'];

/**
 * The draft decree after the N-ballot tally: the team prepares Penilaian from the shortlist,
 * types the scores, ticks three agents with roles, makes the default template (not measured),
 * then "Buat Draf SK" is measured. Its cost does not depend on N (it reads the chosen agents).
 */
function decreeBench(ws: Workspace, n: number): Measurement[] {
  for (const [label, value] of Object.entries(AGENCY)) setSetting(ws, label, value);
  ws.run('menuSiapkanPenilaian');
  const sheet = () => ws.sheets.snapshot(ws.spreadsheetId, 'Penilaian')?.values ?? [];
  const headers = (sheet()[1] ?? []).map(String);
  const blocks = headers.map((h, i) => (h === 'Inovatif dan proaktif' ? i : -1)).filter((i) => i >= 0);
  const chosenColumn = headers.indexOf('Ditetapkan');
  const rows = sheet().map((r, i) => ({ r, i })).filter(({ r, i }) => i >= 2 && String(r[1]) !== '');
  rows.forEach(({ i }, k) => {
    for (const b of blocks) ws.sheets.userWrite(ws.spreadsheetId, 'Penilaian', i + 1, b + 1, [[5 - (k % 4), 4, 4, 5]]);
  });
  rows.slice(0, 3).forEach(({ i }, k) => ws.sheets.userWrite(ws.spreadsheetId, 'Penilaian', i + 1, chosenColumn + 1, [[true, ROLES[k]]]));
  ws.run('menuBuatTemplateSK');
  ws.ui.clear();
  // The first draft also makes Rencana Tindak for the agents; another draft finds it done.
  const out: Measurement[] = [];
  for (const action of ['draft decree (first: makes Rencana Tindak)', 'draft decree']) {
    const run = measureSubmission(ws, () => ws.run('menuBuatDrafSK'));
    const dialog = ws.ui.shown().pop()?.content ?? '';
    const ok = rows.length >= 3 && /Draf SK dibuat/.test(dialog);
    out.push({ action, n, ...run, failed: ok ? run.failed : [...run.failed, `dialog: ${dialog.slice(0, 200)}`], minimum: minimum.total(minimum.decreeMinimum(3)), note: '' });
    ws.kernel.advance(60_000);
  }
  return out;
}

// ---- reports ----------------------------------------------------------------------

/**
 * One progress report after N earlier ones: the demo's ballots, decree and approved plans, the report Form,
 * N reports, then one more is measured. Its cost does not depend on N (one read of the ledger).
 */
/** The shape of the last monitoring report measured (for its minimum, term by term). */
let monitoringShape = { paragraphs: 0, tables: 0, columns: 0, cells: 0 };

function reportBench(n: number): Measurement[] {
  const ws = prepared(demoRoster());
  const quiet = () => undefined;
  runDemoNominations(ws, quiet);
  runDemoDecree(ws, quiet);
  const [first] = approveDemoPlans(ws, quiet);
  ws.run('menuBuatFormulirLaporan');
  const activity = `${first} — No 1: Nomor antrean daring di loket`;
  const months = ['Januari 2027', 'Februari 2027', 'Maret 2027', 'April 2027'];
  for (let i = 0; i < n; i++) sendDemoReport(ws, activity, months[i % months.length], String(i % 7));
  const run = measureSubmission(ws, () => sendDemoReport(ws, activity, 'Mei 2027', '5', 'Kendala baru'));
  ws.kernel.advance(60_000);
  // The monitoring report of the reports' semester (its calls do not depend on N either).
  ws.ui.clear();
  ws.ui.answerNext({ button: 'OK', text: 'Semester I 2027' });
  const doc = measureSubmission(ws, () => ws.run('menuBuatLaporanPemantauan'));
  const dialog = ws.ui.shown().pop()?.content ?? '';
  const log = ws.sheets.snapshot(ws.spreadsheetId, 'Log Dokumen')?.values ?? [];
  const id = /\/d\/([^/]+)\//.exec(String(log[log.length - 1]?.[2] ?? ''))?.[1];
  const body = id ? ws.docs.tree(id).body : [];
  const tables = body.filter((b) => b.type === 'TABLE');
  const shape = {
    paragraphs: body.length - tables.length,
    tables: tables.length,
    columns: tables.reduce((s, t) => s + (t.type === 'TABLE' ? t.columnWidths.length : 0), 0),
    cells: tables.reduce((s, t) => s + (t.type === 'TABLE' ? t.rows.reduce((c, r) => c + r.cells.length, 0) : 0), 0),
  };
  monitoringShape = shape;
  const ok = /Laporan pemantauan Semester I 2027 dibuat/.test(dialog);
  return [
    { action: 'one progress report', n, ...run, minimum: minimum.total(minimum.reportSubmissionMinimum()), note: '' },
    { action: 'monitoring report (Doc, one semester)', n, ...doc, failed: ok ? doc.failed : [...doc.failed, `dialog: ${dialog.slice(0, 200)}`], minimum: minimum.total(minimum.monitoringReportMinimum(shape)), note: '' },
  ];
}

// ---- output ----------------------------------------------------------------------------------

const fmt = (n: number) => n.toLocaleString('en-US');

function table(rows: Measurement[]): string {
  const header = ['action', 'N', ...SERVICES.map((s) => s.replace('App', '').replace('Service', '')), 'other', 'total', 'minimum', 'ratio', 'cells read', 'cells written', 'local ms', 'product ms', 'sim. longest run', 'runs', 'fits 6 min'];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i < 1 ? '---' : '---:')).join('|')}|`];
  for (const r of rows) {
    const other = Object.entries(r.byService).filter(([s]) => !SERVICES.includes(s)).reduce((a, [, v]) => a + v, 0);
    const fits = r.executions === 0 ? '—' : r.failed.length > 0 ? `NO (${r.failed.length} failed)` : r.executions === 1 && r.longestMs <= EXECUTION_LIMIT_MS ? 'yes' : `in ${r.executions} runs`;
    const cells = [
      r.action,
      fmt(r.n),
      ...SERVICES.map((s) => fmt(r.byService[s] ?? 0)),
      fmt(other),
      r.executions === 0 ? r.note : fmt(r.total),
      fmt(r.minimum),
      r.executions === 0 ? '—' : `${(r.total / r.minimum).toFixed(2)}×`,
      fmt(r.cells.read),
      fmt(r.cells.write),
      r.executions === 0 ? '—' : fmt(Math.round(r.localMs)),
      r.executions === 0 || Number.isNaN(r.productMs) ? '—' : fmt(Math.round(r.productMs)),
      r.executions === 0 ? '—' : `${(r.longestMs / 1000).toFixed(1)} s`,
      String(r.executions),
      fits,
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

function machine(): string {
  const cpu = cpus();
  return `node ${process.version}, ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores`;
}

function minimumsText(): string {
  const nomShape = { neededItems: 4, collectsEmail: false };
  const surShape = { neededItems: 6, collectsEmail: true };
  const parts: [string, minimum.MinimumTerm[]][] = [
    ['one nomination submission (Form route)', minimum.nominationSubmissionMinimum(nomShape)],
    ['one nomination submission (spreadsheet route)', minimum.nominationSubmissionMinimum(nomShape, 'sheet')],
    ['nomination re-sync (N responses)', minimum.nominationResyncMinimum(nomShape, 1)],
    ['one survey submission (Form route)', minimum.surveySubmissionMinimum(surShape)],
    ['one survey submission (spreadsheet route)', minimum.surveySubmissionMinimum(surShape, 'sheet')],
    ['survey re-sync (N responses)', minimum.surveyResyncMinimum(surShape, 1)],
    ['nomination re-sync, add-on route (any N)', minimum.tabResyncMinimum('Log Surat Suara', 3, minimum.NOMINATION_FORM_STRUCTURE)],
    ['survey re-sync, add-on route (any N)', minimum.tabResyncMinimum('Hasil Survei', 2, minimum.SURVEY_FORM_STRUCTURE)],
    ['draft decree (3 agents)', minimum.decreeMinimum(3)],
    ['one progress report (any N)', minimum.reportSubmissionMinimum()],
    [
      `monitoring report (any N; ${monitoringShape.paragraphs} paragraphs, ${monitoringShape.tables} tables, ${monitoringShape.cells} cells)`,
      minimum.monitoringReportMinimum(monitoringShape),
    ],
  ];
  return parts
    .map(([name, terms]) => `${name}: ${minimum.total(terms)}${name.includes('(N') ? ' at N = 1' : ''}\n${terms.map((t) => `  ${t.calls} — ${t.why}`).join('\n')}`)
    .join('\n');
}

export function runBench(sizes: number[], log: (line: string) => void, submissionsOnly = false): Measurement[] {
  const roster = demoRoster(2026, ROSTER_SIZE);
  const rows: Measurement[] = [];
  for (const n of sizes) {
    rows.push(...nominationBench(n, roster, 'form', submissionsOnly));
    rows.push(...surveyBench(n, roster));
    rows.push(...nominationBench(n, roster, 'add-on'));
    rows.push(...surveyBench(n, roster, 'add-on'));
    // Reports arrive one execution each: 10,000 of them would only repeat the 1,000 row's figure.
    if (n <= 1000 && !submissionsOnly) rows.push(...reportBench(n));
    log(`  N = ${fmt(n)} done`);
  }
  const order = ['one nomination submission', 'one nomination submission, spreadsheet route', 'one survey submission', 'one survey submission, spreadsheet route', 'nomination re-sync', 'survey re-sync', 'nomination re-sync, add-on route', 'survey re-sync, add-on route', 'draft decree (first: makes Rencana Tindak)', 'draft decree', 'one progress report', 'monitoring report (Doc, one semester)'];
  return rows.sort((a, b) => order.indexOf(a.action) - order.indexOf(b.action) || a.n - b.n);
}

/**
 * Total trigger runtime of a campaign of `count` submissions arriving one by one: the per-submission
 * figure `of` at the measured N, linear between them (and beyond the last, along the last segment),
 * summed over N = 0 … count − 1.
 */
export function campaign(rows: readonly Measurement[], action: string, of: (m: Measurement) => number, count = 10_000): number | null {
  const pts = rows.filter((r) => r.action === action).sort((a, b) => a.n - b.n);
  if (pts.length === 0) return null;
  const at = (k: number): number => {
    if (pts.length === 1 || k <= pts[0].n) return of(pts[0]);
    let i = 1;
    while (i < pts.length - 1 && pts[i].n < k) i++;
    const [a, b] = [pts[i - 1], pts[i]];
    return of(a) + ((of(b) - of(a)) * (k - a.n)) / (b.n - a.n);
  };
  let sum = 0;
  for (let k = 0; k < count; k++) sum += at(k);
  return sum;
}

function campaignText(rows: readonly Measurement[]): string {
  const lines: string[] = [];
  for (const action of ['one nomination submission', 'one nomination submission, spreadsheet route', 'one survey submission', 'one survey submission, spreadsheet route']) {
    const sim = campaign(rows, action, (m) => m.longestMs);
    const local = campaign(rows, action, (m) => m.localMs);
    if (sim === null || local === null) continue;
    const min = (ms: number) => `${(ms / 60_000).toFixed(1)} min`;
    lines.push(`| ${action} | ${min(sim)} | ${min(local)} | ${min(sim + local)} | ${sim + local < 30 * 60_000 ? 'yes' : 'no'} |`);
  }
  return ['| 10,000 submissions one by one | simulated service time | local compute | total | < 30 min |', '|---|---:|---:|---:|---|', ...lines].join('\n');
}

function tallyText(t: TallyMeasurement): string {
  return (
    `Core tally (pure core: resolver, ${fmt(t.ballots)} ballots decided, supersession, counts, suggestions) of ${fmt(t.ballots)} ballots × ${fmt(t.rosterSize)} roster, ` +
    `${Math.round(t.typoShare * 100)}% of entries typed with a slip (${fmt(t.unresolved)} distinct unresolved texts, ${fmt(t.counted)} ballots counted): ` +
    `best of ${t.runsMs.length} runs ${fmt(Math.round(t.bestMs))} ms wall, ${fmt(Math.round(t.bestCpuMs))} ms CPU (runs: ${t.runsMs.map((m) => fmt(Math.round(m))).join(', ')} ms); ` +
    `with the suggestions of an earlier run kept (Koreksi Nama's Saran, as a submission or re-sync takes them again): ${fmt(Math.round(t.warm.bestMs))} ms wall, ${fmt(Math.round(t.warm.bestCpuMs))} ms CPU (runs: ${t.warm.runsMs.map((m) => fmt(Math.round(m))).join(', ')} ms)`
  );
}

function cliText(rows: readonly CliMeasurement[]): string {
  const lines = rows.map((r) => `| ${fmt(r.ballots)} | ${fmt(r.rosterSize)} | ${(r.wallMs / 1000).toFixed(1)} s | ${(r.cpuMs / 1000).toFixed(1)} s | ${fmt(Math.round(r.peakBytes / 1024 / 1024))} MB | ${r.exitCode === 0 ? 'ok' : `exit ${r.exitCode}: ${r.stderr.slice(0, 200)}`} |`);
  return ['| ballots | roster | wall | CPU | peak memory (max RSS) | result |', '|---:|---:|---:|---:|---:|---|', ...lines].join('\n');
}

function main(): void {
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const list = (v: string | undefined, fallback: number[]) => (v === undefined ? fallback : v === 'none' ? [] : v.split(',').map(Number));
  const sizes = list(arg('sizes'), [100, 1000, 10000]);
  if (arg('only') === 'tally') {
    console.log(`Machine: ${machine()}`);
    console.log(tallyText(measureTally()));
    return;
  }
  const submissionsOnly = arg('only') === 'submissions';
  const cliSizes = submissionsOnly ? [] : list(arg('cli'), [3000, 10000, 30000]);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  log(`Benchmark on ${machine()}; roster of ${fmt(ROSTER_SIZE)} employees.`);
  const rows = runBench(sizes, log, submissionsOnly);
  log('  core tally…');
  const core = submissionsOnly ? null : measureTally();
  const cli: CliMeasurement[] = [];
  for (const b of cliSizes) {
    log(`  CLI ${fmt(b)} ballots × 10,000 roster…`);
    cli.push(measureCli(10_000, b));
  }
  console.log(`Machine: ${machine()}`);
  console.log(`Roster: ${fmt(ROSTER_SIZE)} employees (demo generator). Cost model (simulated ms per call; cells.* per cell): ${Object.entries(SIZE_AWARE_COST_MODEL).map(([k, v]) => `${k}=${v}`).join(', ')}`);
  console.log('');
  console.log(table(rows));
  for (const r of rows.filter((x) => x.failed.length > 0)) console.log(`\nFAILED ${r.action} N=${r.n}: ${r.failed.join('; ')}`);
  console.log('');
  if (core) console.log(tallyText(core));
  if (cli.length > 0) {
    console.log('\nOffline CLI (npm run offline), nominations only, 25% of entries with a slip:');
    console.log(cliText(cli));
  }
  console.log('\nCampaign:');
  console.log(campaignText(rows));
  console.log('\nMinimum calls, term by term:');
  console.log(minimumsText());
}

main();
