/**
 * Progress reports. "Buat Formulir Laporan" makes the product's own report Form (never
 * one of the office's Forms): a dropdown of the approved activities, kept current whenever the
 * plan is reviewed, the months of the term of duty, realisation, problems, solutions, evidence.
 * Each response becomes one row of `Laporan Rencana Tindak` (core/reports decides it), through the
 * Form's own trigger, or, where Google refuses an add-on that trigger, through this spreadsheet's
 * response tab and the spreadsheet route (app/route), like the nomination and survey Forms.
 * A report costs a constant number of service calls, whatever the number of earlier reports.
 */
import { approvalLayout } from '../core/action-plan';
import { planEntries, type ReviewedEntry, reviewEntry } from '../core/action-plan-approval';
import { asText, type Cell, isDate } from '../core/cells';
import { busyError, UserError } from '../core/errors';
import { HANDLERS } from '../core/health';
import type { PlainResponse } from '../core/response';
import {
  activityChoices,
  decideReport,
  type EarlierReport,
  LEDGER,
  ledgerRow,
  monthChoices,
  REPORT_FORM_DESCRIPTION,
  REPORT_FORM_TITLE,
  REPORT_ITEMS,
  REPORT_STATUS,
  reportKey,
  type ReportInput,
  type ReportItem,
} from '../core/reports';
import { SHEETS, specOf } from '../core/schema';
import { fileIdFrom } from '../core/settings';
import { createOwnForm, openFormOrNull, plainResponse, pointFormAtThisSpreadsheet, setChoices } from '../gas/forms';
import { withScriptLock } from '../gas/lock';
import { getJson, setJson, type PropertySnapshot } from '../gas/properties';
import { appendRows, ensureProductSheet, eventRow, readSheet, sheetValues } from '../gas/sheets';
import { ensureFormSubmitTrigger, ensureSpreadsheetSubmitTrigger, viaSpreadsheet } from '../gas/triggers';
import { alert } from '../gas/ui';
import { appointedAgents, syncActionPlan } from './action-plan';
import { refreshMonitoring } from './monitoring';
import { recordRun } from './health';
import { triggerAction } from './run';
import { loadSettings, requireValidSettings, updateSettings } from './settings';

export const REPORT_PROCESS = 'Kiriman Formulir Laporan';
const STATE_KEY = 'report.form';
const LOCK_MS = 30 * 1000;

/** What the product remembers of its report Form. */
interface ReportFormState {
  id: string;
  itemIds: Record<ReportItem, number>;
  route: 'form' | 'spreadsheet';
  /** The dropdowns as last written (unchanged ones are not written again). */
  activities: string[];
  months: string[];
}

const formState = (): ReportFormState | null => getJson<ReportFormState | null>(STATE_KEY, null);

/** The term of duty from `Pengaturan`, or the message that says where to set it. */
function termOf(settings: { periodeMulai: number | null; periodeSelesai: number | null }): { start: number; end: number } {
  if (settings.periodeMulai === null || settings.periodeSelesai === null) {
    throw new UserError(
      'Periode Tugas Mulai dan Periode Tugas Selesai belum diisi di lembar Pengaturan, jadi bulan laporan belum dapat ditentukan.',
      'Isi keduanya (mis. 1 Januari 2027 dan 31 Desember 2027), lalu jalankan menu ini lagi.',
    );
  }
  return { start: settings.periodeMulai, end: settings.periodeSelesai };
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Keeps the report Form's dropdowns current (the approved activities, the months of the term):
 * written only when they changed. Nothing when there is no report Form, or it is gone.
 */
export function refreshReportChoices(reviewed: readonly ReviewedEntry[], term: { start: number; end: number } | null): void {
  const state = formState();
  if (!state) return;
  const activities = activityChoices(reviewed);
  const months = term ? monthChoices(term.start, term.end) : state.months;
  if (same(activities, state.activities) && same(months, state.months)) return;
  const form = openFormOrNull(state.id);
  if (!form) return;
  // Google refuses a dropdown without choices: an empty list keeps the last one (its reports are then marked).
  if (activities.length > 0) setChoices(form, state.itemIds.activity, 'LIST', activities);
  if (months.length > 0) setChoices(form, state.itemIds.period, 'LIST', months);
  setJson(STATE_KEY, { ...state, activities: activities.length > 0 ? activities : state.activities, months });
}

/** Menu: Buat Formulir Laporan. */
export function runCreateReportForm(): void {
  const parsed = loadSettings();
  requireValidSettings(parsed);
  const term = termOf(parsed.settings);
  const agents = appointedAgents();
  if (agents.length === 0) {
    throw new UserError(`Belum ada agen yang dicentang "Ditetapkan" di lembar "${SHEETS.assessment}".`, 'Tetapkan agen dan siapkan Rencana Tindak lebih dulu.');
  }
  const { reviewed } = syncActionPlan(agents, false, parsed.settings);
  const activities = activityChoices(reviewed);
  if (activities.length === 0) {
    throw new UserError(
      `Belum ada kegiatan berstatus Disetujui di lembar "${SHEETS.actionPlan}", jadi formulir laporan belum punya pilihan kegiatan.`,
      'Agen mengisi rencana tindak, jalankan Rencana Tindak › Ajukan Rencana Tindak, dan Kepala Dinas memilih Disetujui di kolom Keputusan Pimpinan; lalu jalankan menu ini lagi.',
    );
  }
  const months = monthChoices(term.start, term.end);
  const existing = formState();
  const open = existing ? openFormOrNull(existing.id) : null;
  ensureProductSheet(specOf('reports'));
  refreshMonitoring(reviewed, parsed);
  if (existing && open) {
    refreshReportChoices(reviewed, term);
    alert(
      'Buat Formulir Laporan',
      `Formulir laporan sudah ada; pilihan kegiatannya diperbarui (${activities.length} kegiatan disetujui).\nTautan untuk agen: ${open.getPublishedUrl()}\nTautan edit: ${open.getEditUrl()}`,
    );
    return;
  }
  const made = createOwnForm(REPORT_FORM_TITLE, REPORT_FORM_DESCRIPTION, [
    { key: 'activity', ...REPORT_ITEMS.activity, kind: 'LIST', required: true, choices: activities },
    { key: 'period', ...REPORT_ITEMS.period, kind: 'LIST', required: true, choices: months },
    { key: 'realisation', ...REPORT_ITEMS.realisation, kind: 'TEXT', required: true },
    { key: 'problems', ...REPORT_ITEMS.problems, kind: 'PARAGRAPH', required: false },
    { key: 'solutions', ...REPORT_ITEMS.solutions, kind: 'PARAGRAPH', required: false },
    { key: 'evidence', ...REPORT_ITEMS.evidence, kind: 'TEXT', required: false },
  ]);
  const form = openFormOrNull(made.id)!;
  let route: ReportFormState['route'] = 'form';
  if (viaSpreadsheet(ensureFormSubmitTrigger(form, HANDLERS.reportSubmit).outcome)) {
    // The product's own new Form: no response sheet of the office's stops receiving rows.
    route = 'spreadsheet';
    pointFormAtThisSpreadsheet(form);
    ensureSpreadsheetSubmitTrigger(HANDLERS.spreadsheetSubmit);
  }
  setJson(STATE_KEY, { id: made.id, itemIds: made.itemIds as Record<ReportItem, number>, route, activities, months } satisfies ReportFormState);
  updateSettings(parsed, { reportFormUrl: made.editUrl });
  alert(
    'Buat Formulir Laporan',
    [
      `Formulir "${REPORT_FORM_TITLE}" dibuat dengan ${activities.length} kegiatan yang disetujui dan ${months.length} bulan masa tugas.`,
      `Bagikan tautan ini kepada para agen: ${made.publishedUrl}`,
      `Setiap laporan masuk ke lembar "${SHEETS.reports}"; laporan yang tidak dapat dihitung tetap disimpan dengan keterangannya.`,
      existing ? 'Formulir laporan sebelumnya tidak dapat dibuka lagi (terhapus atau tidak dibagikan), jadi dibuat yang baru.' : '',
    ]
      .filter((l) => l !== '')
      .join('\n'),
  );
}

const answer = (p: PlainResponse, id: number | undefined): string => {
  const v = id === undefined ? '' : p.answers[String(id)];
  return Array.isArray(v) ? v.join(', ') : (v ?? '').trim();
};

function inputOfResponse(p: PlainResponse, state: ReportFormState): ReportInput {
  const at = (k: ReportItem) => answer(p, state.itemIds[k]);
  return { id: p.id, timestamp: p.timestamp, reporter: p.email, activity: at('activity'), period: at('period'), realisation: at('realisation'), problems: at('problems'), solutions: at('solutions'), evidence: at('evidence') };
}

/**
 * Decides and appends `inputs` under the script lock: reads Pengaturan, Rencana Tindak and the
 * ledger once each, appends once. A response already in the ledger (the same event twice) is not
 * added again.
 */
export function storeReports(inputs: readonly ReportInput[]): number {
  const out = withScriptLock(LOCK_MS, () => {
    const parsed = loadSettings();
    const values = readSheet('actionPlan') ?? [];
    const layout = approvalLayout(values[0] ?? []);
    const reviewed = planEntries(values, layout).map((e) => reviewEntry(e, false));
    const { sheet } = ensureProductSheet(specOf('reports'));
    const ledger = sheetValues(sheet).slice(1);
    const ids = new Set(ledger.map((r) => String(r[LEDGER.id])));
    const earlier: EarlierReport[] = ledger
      .filter((r) => r[LEDGER.status] === REPORT_STATUS.counted)
      .map((r) => ({
        id: String(r[LEDGER.id]),
        key: reportKey({ activity: String(r[LEDGER.activity]), period: String(r[LEDGER.period]), realisation: String(r[LEDGER.realisation]), problems: String(r[LEDGER.problems]), solutions: String(r[LEDGER.solutions]), evidence: String(r[LEDGER.evidence]) }),
      }));
    const rows: Cell[][] = [];
    for (const input of inputs) {
      if (ids.has(input.id)) continue;
      ids.add(input.id);
      const row = decideReport(input, { reviewed, termStart: parsed.settings.periodeMulai, termEnd: parsed.settings.periodeSelesai, earlier });
      if (row.counted) earlier.push({ id: input.id, key: reportKey(input) });
      rows.push(ledgerRow(row, asText));
    }
    appendRows(sheet, rows);
    // The ledger row is written first: a Pemantauan that cannot be laid out never loses a report.
    if (rows.length > 0) refreshMonitoring(reviewed, parsed);
    return rows.length;
  });
  if (!out.ran) throw busyError('menulis laporan, jadi laporan ini belum ditulis.', 'Minta agen mengirim laporannya sekali lagi; laporan yang sama tidak akan tercatat dua kali.');
  return out.value;
}

interface FormSubmitEvent {
  response?: GoogleAppsScript.Forms.FormResponse;
}

/** Installable trigger on the report Form. */
export function onReportFormSubmit(e?: FormSubmitEvent): void {
  triggerAction(REPORT_PROCESS, () => {
    recordRun('reportSubmit');
    if (!e || !e.response) return; // A blank event.
    const state = formState();
    if (!state) return;
    storeReports([inputOfResponse(plainResponse(e.response), state)]);
  });
}

/** The report Form's part of the spreadsheet route (its tab is named by the Form's URL). */
export function handleReportSheetEvent(e: { range?: GoogleAppsScript.Spreadsheet.Range; namedValues?: Record<string, string[]> }, ctx: { formUrl: string; props?: PropertySnapshot }): boolean {
  // The dispatcher's look at the properties (app/route) when it has one: no read of its own.
  const state = ctx.props ? ctx.props.get<ReportFormState | null>(STATE_KEY, null) : formState();
  if (!state || ctx.formUrl.indexOf(`/d/${state.id}/`) < 0) return false;
  if (state.route === 'form') return true;
  triggerAction(REPORT_PROCESS, () => {
    const named = e.namedValues ?? {};
    const at = (title: string) => (named[title] ?? []).join(', ').trim();
    const email = (at('Email Address') || at('Alamat email') || at('Username') || at('Nama pengguna')).toLowerCase();
    if (!e.range) return;
    const { row, start } = eventRow(e.range);
    storeReports([
      {
        id: `baris-${row}`,
        timestamp: isDate(start) ? start.getTime() : Date.now(),
        reporter: email,
        activity: at(REPORT_ITEMS.activity.title),
        period: at(REPORT_ITEMS.period.title),
        realisation: at(REPORT_ITEMS.realisation.title),
        problems: at(REPORT_ITEMS.problems.title),
        solutions: at(REPORT_ITEMS.solutions.title),
        evidence: at(REPORT_ITEMS.evidence.title),
      },
    ]);
  });
  return true;
}

/** The id of the report Form the product made and remembers ('' when it made none). */
export function reportFormOfProduct(): string {
  return formState()?.id ?? '';
}

/** The report Form's id from the setting (the product writes it), for the offline CLI and checks. */
export function reportFormId(): string {
  return formState()?.id ?? fileIdFrom(loadSettings().settings.reportFormUrl);
}
