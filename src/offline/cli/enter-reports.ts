/**
 * The agents' cycle offline, through the bundle's own menus, as the team, the head and the agents
 * would do it in the spreadsheet: the agents' plans typed into their blocks of `Rencana Tindak`,
 * "Ajukan Rencana Tindak", the head's decisions typed into the protected columns (as the head),
 * "Siapkan Rencana Tindak" (the review), "Buat Formulir Laporan", each report of the CSV sent
 * through that Form at its own time (the product's trigger validates it into
 * `Laporan Rencana Tindak` and lays out `Pemantauan Agen`), then "Buat Laporan Pemantauan".
 *
 * A report whose activity or month is not in the Form's dropdown today (the plan changed since)
 * is sent with the Form's choices as they were then: the dropdown gets that label for the one
 * response and is put back, so the product sees the response the real Form holds and marks it.
 */
import { SHEETS } from '../../core/schema';
import { parsePlanTitle } from '../../core/action-plan';
import { witaParts } from '../../core/dates';
import { parseSemester, semesterName } from '../../core/monitoring';
import { LEDGER, parsePeriod, REPORT_ITEMS, REPORT_STATUS, type ReportItem } from '../../core/reports';
import { parseSettings } from '../../core/settings';
import { semester } from '../../core/survey/periods';
import type { Workspace } from '../workspace/index';
import { pasteText, setSetting } from './enter-inputs';
import { InputError } from './read-inputs';
import type { PlansInput, ReportsInput } from './read-reports';

/** The head's e-mail offline when `Pengaturan` has none (no mail is ever sent offline). */
export const OFFLINE_HEAD_EMAIL = 'kepala.dinas@offline.invalid';

/** Menu captions of the cycle's steps. */
export const CYCLE_STEPS = {
  preparePlan: /^siapkan rencana tindak/i,
  submitPlan: /^ajukan rencana tindak/i,
  reportForm: /^buat formulir laporan/i,
  monitoringReport: /^buat laporan pemantauan/i,
} as const;

type Click = (caption: RegExp) => { title: string; content: string }[];

const values = (ws: Workspace, name: string): unknown[][] => ws.sheets.values(ws.spreadsheetId, name) ?? [];
const flat = (dialogs: { content: string }[]): string => (dialogs.length === 0 ? 'tidak ada pesan' : dialogs[dialogs.length - 1].content.replace(/\s*\n+\s*/g, ' '));

/** 1-based rows of the agents' title rows in `Rencana Tindak`, by NIP (appointed agents only). */
function agentBlocks(ws: Workspace): { nip: string; row: number; title: string }[] {
  return values(ws, SHEETS.actionPlan)
    .map((r, i) => ({ title: String(r[0] ?? ''), row: i + 1 }))
    .map((b) => ({ ...b, parsed: parsePlanTitle(b.title) }))
    .filter((b) => b.parsed !== null && b.parsed.appointed && b.parsed.nip !== '')
    .map((b) => ({ nip: b.parsed!.nip, row: b.row, title: b.title }));
}

/**
 * Types each agent's entries under the agent's title row, every block laid out again from the
 * first title row down (a block grows when the CSV has more entries than its empty rows), then
 * submits, decides as the head and reviews. Returns the number of approved entries.
 */
export function enterPlans(ws: Workspace, plans: PlansInput, settingsFile: string, click: Click, log: (line: string) => void): number {
  const blocks = agentBlocks(ws);
  if (blocks.length === 0) throw new InputError(`${plans.file}: belum ada agen di lembar Rencana Tindak: tetapkan agen di ${settingsFile} ("agen") agar draf SK dan blok rencana tindaknya dibuat.`);
  for (const r of plans.rows) {
    if (!blocks.some((b) => b.nip === r.nip)) {
      throw new InputError(`${plans.file}: baris ${r.line}: NIP ${r.nip} bukan agen yang ditetapkan ("agen" di ${settingsFile}: ${blocks.map((b) => b.nip).join(', ')}).`);
    }
  }
  const settings = parseSettings(values(ws, SHEETS.settings)).settings;
  let head = settings.kepalaEmail.trim();
  if (head === '') {
    head = OFFLINE_HEAD_EMAIL;
    setSetting(ws, 'kepalaEmail', head);
    log(`Email Kepala Dinas diisi ${head} (mode offline: keputusan pimpinan diambil dari ${plans.file}).`);
  }
  // Lay out the blocks with the CSV's entries (rows of agents the CSV does not list stay empty).
  const first = blocks[0].row;
  const laid: string[][] = [];
  const entryRows: { row: number; input: PlansInput['rows'][number] }[] = [];
  blocks.forEach((b, k) => {
    if (k > 0) laid.push(new Array<string>(8).fill(''));
    laid.push([b.title, '', '', '', '', '', '', '']);
    const mine = plans.rows.filter((r) => r.nip === b.nip);
    mine.forEach((r, i) => {
      const cells = r.cells.slice();
      if (cells[0] === '') cells[0] = String(i + 1);
      laid.push(cells);
      entryRows.push({ row: first + laid.length - 1, input: r });
    });
    for (let i = mine.length; i < 5; i++) laid.push([String(i + 1), '', '', '', '', '', '', '']);
  });
  const old = values(ws, SHEETS.actionPlan).length;
  while (first + laid.length - 1 < old) laid.push(new Array<string>(8).fill(''));
  pasteText(ws, SHEETS.actionPlan, first, 1, laid);
  const submitted = click(CYCLE_STEPS.submitPlan);
  const header = (values(ws, SHEETS.actionPlan)[0] ?? []).map(String);
  const decisionCol = header.indexOf('Keputusan Pimpinan');
  if (decisionCol < 0) throw new Error(`Rencana Tindak has no Keputusan Pimpinan column after ${flat(submitted)}`);
  const today = witaParts(ws.kernel.now());
  const todayText = `${String(today.day).padStart(2, '0')}/${String(today.month).padStart(2, '0')}/${today.year}`;
  for (const { row, input } of entryRows) {
    if (input.decision === '') continue;
    ws.sheets.userWrite(ws.spreadsheetId, SHEETS.actionPlan, row, decisionCol + 1, [[input.decision, input.note, input.date || todayText, head]], head);
  }
  click(CYCLE_STEPS.preparePlan);
  const status = header.indexOf('Status');
  const approved = values(ws, SHEETS.actionPlan).filter((r) => r[status] === 'Disetujui').length;
  log(`Rencana Tindak dari ${plans.file}: ${entryRows.length} kegiatan, ${approved} disetujui.`);
  return approved;
}

/** The report Form's id (from Pengaturan, where the product writes its URL). */
function reportFormId(ws: Workspace): string {
  const url = parseSettings(values(ws, SHEETS.settings)).settings.reportFormUrl;
  return /\/d\/([^/]+)\//.exec(url)?.[1] ?? '';
}

export interface ReportsResult {
  counted: number;
  marked: { line: number; id: string; reason: string }[];
}

/** Makes the report Form, then sends every report of the CSV through it, oldest first. */
export function enterReports(ws: Workspace, reports: ReportsInput, plansFile: string, click: Click, log: (line: string) => void): ReportsResult {
  const made = click(CYCLE_STEPS.reportForm);
  const formId = reportFormId(ws);
  if (formId === '') throw new InputError(`${reports.file}: formulir laporan tidak dapat dibuat: ${flat(made)} (periksa ${plansFile} dan "periode" di --settings).`);
  if (reports.ignored.length > 0) log(`${reports.file}: kolom yang tidak ada di Formulir Laporan, tidak dibaca: ${reports.ignored.join(', ')}.`);
  const byResponse = new Map<string, { line: number; id: string }>();
  const sorted = reports.reports.slice().sort((a, b) => a.at - b.at || a.line - b.line);
  for (const r of sorted) {
    for (const k of ['activity', 'period', 'realisation'] as ReportItem[]) {
      if ((r.answers[k] ?? '') === '') throw new InputError(`${reports.file}: baris ${r.line}: "${REPORT_ITEMS[k].title}" kosong, padahal wajib di Formulir Laporan.`);
    }
    const view = ws.forms.view(formId);
    const restore: { title: string; choices: string[] }[] = [];
    for (const k of ['activity', 'period'] as ReportItem[]) {
      const item = view.items.find((i) => i.title === REPORT_ITEMS[k].title);
      const answer = r.answers[k] as string;
      if (item && item.choices && !item.choices.includes(answer)) {
        restore.push({ title: item.title, choices: item.choices.slice() });
        ws.forms.setChoices(formId, item.title, [...item.choices, answer]);
      }
    }
    // The report arrives at its own time (the decree and the approvals came before it).
    if (r.at > ws.kernel.now()) ws.kernel.advance(r.at - ws.kernel.now());
    const answers: Record<string, string> = {};
    for (const [k, v] of Object.entries(r.answers)) answers[REPORT_ITEMS[k as ReportItem].title] = v as string;
    const id = ws.forms.submit(formId, answers, { email: r.email, at: r.at });
    for (const x of restore) ws.forms.setChoices(formId, x.title, x.choices);
    byResponse.set(id, { line: r.line, id: r.id });
  }
  const ledger = values(ws, SHEETS.reports).slice(1);
  const result: ReportsResult = { counted: 0, marked: [] };
  for (const row of ledger) {
    const from = byResponse.get(String(row[LEDGER.id]));
    if (!from) continue;
    if (row[LEDGER.status] === REPORT_STATUS.counted) result.counted++;
    else result.marked.push({ ...from, reason: String(row[LEDGER.reason]) });
  }
  const missing = reports.reports.length - result.counted - result.marked.length;
  if (missing > 0) throw new Error(`${missing} laporan dari ${reports.file} tidak tercatat di ${SHEETS.reports}.`);
  log(`${SHEETS.reports} dari ${reports.file}: ${reports.reports.length} laporan, ${result.counted} dihitung, ${result.marked.length} tidak dihitung (disimpan dengan keterangannya).`);
  for (const m of result.marked) log(`  baris ${m.line} (ID ${m.id}): ${m.reason}`);
  return result;
}

/** The semester of the newest month reported in the CSV ("Semester I 2027"), or null. */
export function newestReportedSemester(reports: ReportsInput): string | null {
  let best: { year: number; month: number } | null = null;
  for (const r of reports.reports) {
    const p = parsePeriod(r.answers.period ?? '');
    if (p && (!best || p.year * 12 + p.month > best.year * 12 + best.month)) best = p;
  }
  return best ? semesterName(semester(best.year, best.month <= 6 ? 1 : 2)) : null;
}

/**
 * Buat Laporan Pemantauan for `asked` (the --semester text) or, by default, the semester of the
 * newest month reported. Returns whether a Doc was made; a semester the user named that the
 * product refuses is an input problem (exit 2), the default one only a line of the log.
 */
export function makeMonitoringReport(ws: Workspace, asked: string | undefined, fallback: string | null, click: Click, log: (line: string) => void): boolean {
  const text = asked ?? fallback ?? '';
  if (asked !== undefined && parseSemester(asked) === null) {
    throw new InputError(`--semester "${asked}" bukan nama semester: tulis mis. "Semester I 2027" (Januari–Juni) atau "Semester II 2027" (Juli–Desember).`);
  }
  const before = values(ws, SHEETS.documents).length;
  // Answers scripted for earlier confirmations that did not come are dropped: this one is the semester's.
  ws.ui.clear();
  ws.ui.answerNext({ button: 'OK', text });
  const dialogs = click(CYCLE_STEPS.monitoringReport);
  if (values(ws, SHEETS.documents).length > before) return true;
  if (asked !== undefined) throw new InputError(`--semester "${asked}": laporan pemantauan tidak dibuat: ${flat(dialogs)}`);
  log(`Laporan pemantauan tidak dibuat: ${flat(dialogs)}`);
  return false;
}
