/**
 * The whole process offline: the built bundle in the in-memory Workspace, driven through the same
 * menu a user clicks (found by caption in the menu the bundle builds on open), fed from the
 * checked inputs. Confirmations are answered "Ya", as the team would to get the result.
 */
import { SHEETS } from '../../core/schema';
import { parseSettings } from '../../core/settings';
import type { CorrectionInput, OfflineSettings, ResponsesInput } from './read-inputs';
import { InputError, SCALE_KEY } from './read-inputs';
import { SCALE_PENDING_LABEL } from '../../core/survey/scale';
import { createFormFromResponses, setSetting, writeCorrections, writeRoster, writeSettingsValues, type ImportedForm } from './enter-inputs';
import { fillAssessment } from './enter-assessment';
import { enterPlans, enterReports, makeMonitoringReport, newestReportedSemester } from './enter-reports';
import type { PlansInput, ReportsInput } from './read-reports';
import type { MenuItemRecord } from '../workspace/index';
import type { Workspace } from '../workspace/index';

export interface OfflineInputs {
  roster: string[][];
  /** R1: which column of the roster file fed which field of `Pegawai` ("NIP ← "NIP_BARU""). */
  rosterSources?: string[];
  corrections?: CorrectionInput[];
  nominations?: ResponsesInput;
  survey?: ResponsesInput;
  settings?: OfflineSettings;
  /** The agents' approved plans (--plans) and their reports (--reports). */
  plans?: PlansInput;
  reports?: ReportsInput;
  /** --semester: the monitoring report's semester ("Semester I 2027"). */
  semester?: string;
  /** File names, for messages. */
  files?: { roster?: string; nominations?: string; survey?: string; settings?: string; corrections?: string; plans?: string };
}

export interface ProcessResult {
  nominationForm?: ImportedForm;
  surveyForm?: ImportedForm;
  /** True when the settings chose agents, so a decree must come out. */
  decreeExpected: boolean;
  /** True when the monitoring report was made. */
  monitoringReport?: boolean;
}

/** Menu captions of the steps (matched case-insensitively, start of caption). */
export const STEPS = {
  setup: /^siapkan lembar kerja/i,
  rosterCheck: /^periksa data pegawai/i,
  connectNominations: /^hubungkan formulir penjaringan/i,
  connectSurvey: /^hubungkan formulir survei/i,
  prepareAssessment: /^siapkan penilaian/i,
  beritaAcara: /^buat berita acara/i,
  template: /^buat template sk/i,
  decree: /^buat draf sk/i,
} as const;

function findItem(items: MenuItemRecord[], caption: RegExp): string | null {
  for (const item of items) {
    if (item.kind === 'item' && caption.test(item.caption.trim())) return item.functionName;
    if (item.kind === 'submenu') {
      const hit = findItem(item.items, caption);
      if (hit) return hit;
    }
  }
  return null;
}

/** The function behind a menu caption in the menu the bundle built, or null. */
export function menuFunction(ws: Workspace, caption: RegExp): string | null {
  for (const menu of ws.ui.menus()) {
    const hit = findItem(menu.items, caption);
    if (hit) return hit;
  }
  return null;
}

/** Clicks a menu item; returns the dialogs it showed. Throws when the menu has no such item. */
export function click(ws: Workspace, caption: RegExp, log: (line: string) => void): { title: string; content: string }[] {
  const fn = menuFunction(ws, caption);
  if (!fn) throw new Error(`Menu item ${caption} is not in the bundle's menu`);
  const before = ws.ui.shown().length;
  ws.run(fn);
  const shown = ws.ui.shown().slice(before).filter((d) => d.kind === 'alert' || d.kind === 'prompt');
  for (const d of shown) log(`[${d.title}] ${d.content.split('\n').filter((l) => l.trim() !== '').join(' · ')}`);
  runContinuations(ws, log);
  return shown.map((d) => ({ title: d.title, content: d.content }));
}

/** Continuations a run may chain (a re-sync of many responses takes several executions). */
const MAX_CONTINUATIONS = 200;

function errorCount(ws: Workspace): number {
  return Math.max(0, (ws.sheets.values(ws.spreadsheetId, SHEETS.errors)?.length ?? 1) - 1);
}

/**
 * Runs every one-off trigger the last action scheduled (a re-sync that stopped at its time
 * budget continues "in a minute"), on the simulated clock, until none is left: offline nobody
 * waits for Google to fire them. A continuation that fails, or one that never stops scheduling
 * the next, stops the program with the reason: a tally from half the responses is never written.
 */
export function runContinuations(ws: Workspace, log: (line: string) => void): number {
  const k = ws.kernel;
  const oneOff = () => k.triggers.filter((t) => t.eventType === 'CLOCK' && t.clock?.at !== undefined && !t.clock.everyMs);
  let runs = 0;
  for (let next = oneOff(); next.length > 0; next = oneOff()) {
    if (runs >= MAX_CONTINUATIONS) {
      throw new Error(`lanjutan otomatis "${next[0].handler}" tidak selesai setelah ${runs} kali dijalankan; hasil tidak ditulis.`);
    }
    const t = next.reduce((a, b) => ((a.clock?.at ?? 0) <= (b.clock?.at ?? 0) ? a : b));
    const wait = (t.clock?.at ?? k.now()) - k.now();
    if (wait > 0) k.advance(wait);
    const errors = errorCount(ws);
    const failed = k.failedExecutions.length;
    const toasts = ws.sheets.toasts(ws.spreadsheetId).length;
    k.run(t.handler, [{ triggerUid: t.uid, authMode: 'FULL' }], 'trigger', t.uid);
    k.removeTrigger(t.uid); // one-off: gone once fired, as on Google
    runs++;
    const logged = (ws.sheets.values(ws.spreadsheetId, SHEETS.errors) ?? []).slice(1 + errors);
    if (logged.length > 0 || k.failedExecutions.length > failed) {
      const why = logged.length > 0 ? logged.map((r) => `${String(r[2])} ${String(r[3])}`.trim()).join(' · ') : k.failedExecutions[k.failedExecutions.length - 1].error;
      throw new Error(`lanjutan otomatis "${t.handler}" gagal: ${why}`);
    }
    for (const toast of ws.sheets.toasts(ws.spreadsheetId).slice(toasts)) log(`[lanjutan otomatis] ${toast.message}`);
  }
  return runs;
}

function dataRows(ws: Workspace, sheet: string): number {
  const values = ws.sheets.values(ws.spreadsheetId, sheet) ?? [];
  return values.slice(1).filter((r) => r.some((v) => v !== '')).length;
}

function lastMessage(dialogs: { content: string }[]): string {
  const last = dialogs[dialogs.length - 1];
  return last ? last.content.replace(/\s*\n+\s*/g, ' ') : 'tidak ada pesan';
}

/** Connects a Form created from a CSV: its URL into Pengaturan, then the menu's connect item. */
function connectForm(ws: Workspace, input: ResponsesInput, log: (line: string) => void, settingsFile?: string): ImportedForm {
  const form = createFormFromResponses(ws, input);
  const nominations = input.purpose === 'nominations';
  setSetting(ws, nominations ? 'nominationFormUrl' : 'surveyFormUrl', form.editUrl);
  ws.ui.answerNext('YES', 'YES', 'YES');
  const dialogs = click(ws, nominations ? STEPS.connectNominations : STEPS.connectSurvey, log);
  const sheet = nominations ? SHEETS.ballots : SHEETS.surveyResults;
  if (input.responses.length > 0 && dataRows(ws, sheet) === 0) {
    throw new InputError(`${input.file}: jawaban tidak bisa diolah: ${lastMessage(dialogs)}`);
  }
  if (!nominations) refuseUnconfirmedScale(ws, input.file, settingsFile);
  return form;
}

/**
 * S1a offline: a survey whose scale is not the seed's 1–4 is never banded without the scale from
 * the settings JSON; the bundle lists such responses as PERLU KONFIRMASI SKALA, and the CLI stops
 * (exit 2) with the bundle's reason and the key to add.
 */
function refuseUnconfirmedScale(ws: Workspace, file: string, settingsFile: string | undefined): void {
  const values = ws.sheets.values(ws.spreadsheetId, SHEETS.surveyResults) ?? [];
  const header = (values[0] ?? []).map((h) => String(h));
  const category = header.indexOf('Kategori');
  const note = header.indexOf('Keterangan');
  const pending = values.slice(1).find((r) => String(r[category] ?? '') === SCALE_PENDING_LABEL);
  if (!pending) return;
  const reason = String(pending[note] ?? '').split('\n')[0].replace(/ Tulis skala di lembar Pengaturan.*$/, '');
  const where = settingsFile ? `di ${settingsFile}` : 'di berkas pengaturan (--settings)';
  throw new InputError(`${file}: ${reason} Tambahkan ${where} "${SCALE_KEY}": { "terendah": 1, "tertinggi": 5, "terbaik": "tertinggi" } sesuai skala formulir, lalu jalankan lagi.`);
}

/** Runs every step the inputs allow, in the seed's order. */
export function runOfflineProcess(ws: Workspace, inputs: OfflineInputs, log: (line: string) => void = () => {}): ProcessResult {
  const files = inputs.files ?? {};
  ws.open();
  click(ws, STEPS.setup, log);
  writeRoster(ws, inputs.roster);
  if (inputs.settings) writeSettingsValues(ws, inputs.settings);
  click(ws, STEPS.rosterCheck, log);
  if (inputs.corrections) writeCorrections(ws, inputs.corrections);

  const result: ProcessResult = { decreeExpected: false };
  if (inputs.nominations) result.nominationForm = connectForm(ws, inputs.nominations, log);
  if (inputs.survey) result.surveyForm = connectForm(ws, inputs.survey, log, files.settings);

  const settings = inputs.settings;
  if (settings && (settings.penilaian.length > 0 || settings.agen.length > 0)) {
    const settingsFile = files.settings ?? 'pengaturan';
    if (!inputs.nominations) throw new InputError(`${settingsFile}: "penilaian"/"agen" butuh --nominations: calon yang dinilai berasal dari daftar pendek penjaringan.`);
    fillAssessment(ws, settings, settingsFile, (caption) => click(ws, caption, log));
    if (settings.agen.length > 0) {
      result.decreeExpected = true;
      ws.ui.answerNext('YES', 'YES', 'YES');
      click(ws, STEPS.beritaAcara, log);
      if (!hasLoggedDocument(ws, /berita\s*acara/i)) throw new InputError(`${settingsFile}: berita acara tidak dibuat.`);
      if (menuFunction(ws, STEPS.template) && parseSettings(ws.sheets.values(ws.spreadsheetId, SHEETS.settings) ?? []).settings.templateId === '') {
        click(ws, STEPS.template, log);
      }
      ws.ui.answerNext('YES', 'YES', 'YES');
      const before = loggedCount(ws, /\bSK\b|keputusan/i);
      const dialogs = click(ws, STEPS.decree, log);
      if (loggedCount(ws, /\bSK\b|keputusan/i) <= before) {
        throw new InputError(`${settingsFile}: draf SK tidak dibuat: ${lastMessage(dialogs)}`);
      }
    }
  }
  if (inputs.plans) {
    const clicker = (caption: RegExp) => click(ws, caption, log);
    enterPlans(ws, inputs.plans, files.settings ?? 'pengaturan', clicker, log);
    if (inputs.reports) {
      enterReports(ws, inputs.reports, inputs.plans.file, clicker, log);
      result.monitoringReport = makeMonitoringReport(ws, inputs.semester, newestReportedSemester(inputs.reports), clicker, log);
    }
  }
  return result;
}

function documentNames(ws: Workspace): string[] {
  const values = ws.sheets.values(ws.spreadsheetId, SHEETS.documents) ?? [];
  const docCol = (values[0] ?? []).findIndex((h) => String(h).trim().toLowerCase() === 'dokumen');
  return docCol < 0 ? [] : values.slice(1).map((r) => String(r[docCol] ?? ''));
}

function loggedCount(ws: Workspace, name: RegExp): number {
  return documentNames(ws).filter((n) => name.test(n) && !/template/i.test(n)).length;
}

function hasLoggedDocument(ws: Workspace, name: RegExp): boolean {
  return loggedCount(ws, name) > 0;
}
