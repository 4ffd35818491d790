/**
 * Status & Bantuan: a dialog that shows, as plain data for the page, whether each trigger is
 * installed and by whom, when it last ran, the last error of `Log Kesalahan`, how many ballots,
 * survey rows and documents exist, and the daily check's notes; its button repairs triggers.
 */
import { textOf, isDate } from '../core/cells';
import { isUserError } from '../core/errors';
import { repairPlan, repairSummary, type TriggerState } from '../core/health';
import { type SheetKey } from '../core/schema';
import { lastRowOf, productSheet, readSheet, rowValues } from '../gas/sheets';
import { showModalDialog } from '../gas/html';
import { statusReminders, type StatusReminders } from './reminders';
import { loadSettings } from './settings';
import { gatherHealth, healthNotes, installedBefore, lastRunFor, rememberInstalled, repairFromMenu, when } from './health';

export interface TriggerRow {
  label: string;
  state: TriggerState;
  /** Short Indonesian state word for the badge. */
  stateText: string;
  detail: string;
  /** For a red item: what it means for the team (new submissions not counted, …); else ''. */
  meaning: string;
  /** Who installed it, when known. */
  owner: string;
  /** When it last ran ("27 November 2026 09.05 WITA"), or ''. */
  lastRun: string;
}

export interface CountRow {
  label: string;
  value: number | null;
  detail: string;
}

export interface StatusReport {
  generatedAt: string;
  user: string;
  triggers: TriggerRow[];
  /** Extra copies / stale triggers that "Perbaiki Pemicu" would remove. */
  duplicates: number;
  stale: number;
  needsRepair: boolean;
  /** What "Perbaiki Pemicu" would do now, one phrase per action ([] = nothing to do). */
  repairPlan: string[];
  lastError: { time: string; process: string; message: string; advice: string } | null;
  errorCount: number;
  counts: CountRow[];
  notes: { time: string; text: string }[];
  problems: string[];
  /** The last Uji Kesiapan, from its sheet: when, and how many checks were OK (null: never run). */
  readiness: { time: string; ok: number; total: number; notOk: string[] } | null;
  /** Agents without a report this month, plans waiting for a decision (null: no Rencana Tindak yet). */
  reminders: StatusReminders | null;
}

export interface RepairResult {
  ok: boolean;
  summary: string;
  report: StatusReport | null;
}

const STATE_TEXT: Record<TriggerState, string> = {
  ok: 'Terpasang',
  missing: 'Tidak terpasang',
  'other-owner': 'Akun lain',
  'not-configured': 'Belum diatur',
  problem: 'Bermasalah',
};

/** Menu Status & Bantuan. */
export function showStatus(): void {
  // 520 px high: with Google's title bar and frame (about 80 px) it fits the ~618 px a 1366 × 768
  // laptop leaves under Chrome's bars; the page scrolls inside (tests/browser/status-laptop).
  showModalDialog('Status', 'Status & Bantuan', 680, 520);
}

/** google.script.run: the dialog's content. Never throws: problems are part of the report. */
export function statusLoad(): StatusReport {
  const g = gatherHealth();
  const problems: string[] = [];
  if (g.settingsProblem) problems.push(g.settingsProblem);
  const triggers: TriggerRow[] = g.plan.checks.map((c) => {
    const run = lastRunFor(g.runs, c.key);
    return {
      label: c.label,
      state: c.state,
      stateText: STATE_TEXT[c.state],
      detail: c.detail,
      meaning: c.meaning,
      owner: c.state === 'ok' ? g.user : c.state === 'other-owner' ? run?.user ?? '' : '',
      lastRun: run ? `${when(run.at)}${run.user ? ` (${run.user})` : ''}` : '',
    };
  });
  const ok = g.plan.checks.filter((c) => c.state === 'ok').map((c) => c.key);
  const before = installedBefore(g.runs);
  if (ok.some((k) => !before.has(k))) rememberInstalled(ok);
  const errors = lastError();
  return {
    generatedAt: when(Date.now()),
    user: g.user,
    triggers,
    duplicates: g.plan.duplicates.length,
    stale: g.plan.stale.length,
    needsRepair: g.plan.duplicates.length + g.plan.stale.length > 0 || g.plan.checks.some((c) => c.state === 'missing'),
    repairPlan: repairPlan(g.plan, new Set([...before, ...ok])),
    lastError: errors.last,
    errorCount: errors.count,
    counts: [
      countRows('ballots', 'Surat suara (Log Surat Suara)', /^status$/i),
      countRows('surveyResults', 'Jawaban survei (Hasil Survei)', /^kategori$/i),
      countRows('documents', 'Dokumen dibuat (Log Dokumen)', null),
    ],
    notes: healthNotes().map((n) => ({ time: when(n.at), text: n.text })),
    problems,
    readiness: readinessSummary(),
    reminders: remindersOrProblem(problems),
  };
}

/** The reminder list; a sheet that cannot be read becomes one of the dialog's problems. */
function remindersOrProblem(problems: string[]): StatusReminders | null {
  try {
    return statusReminders(loadSettings());
  } catch (e) {
    problems.push(`Daftar pengingat tidak dapat disusun: ${String((e as Error)?.message ?? e)}`);
    return null;
  }
}

/** google.script.run: the "Perbaiki Pemicu" button. */
export function statusRepairTriggers(): RepairResult {
  try {
    const { outcome } = repairFromMenu();
    return { ok: true, summary: repairSummary(outcome), report: statusLoad() };
  } catch (e) {
    const message = String((e as Error).message ?? e);
    const hint = isUserError(e) ? e.hint : '';
    return { ok: false, summary: hint ? `${message} ${hint}` : message, report: null };
  }
}

function lastError(): { last: StatusReport['lastError']; count: number } {
  const sheet = productSheet('errors');
  const last = lastRowOf(sheet);
  if (!sheet || last === null || last < 2) return { last: null, count: 0 };
  const [time, process, message, advice] = rowValues(sheet, last, 4);
  return {
    last: {
      time: isDate(time) ? when(time.getTime()) : textOf(time),
      process: textOf(process),
      message: textOf(message),
      advice: textOf(advice),
    },
    count: last - 1,
  };
}

/**
 * Rows under the header of a sheet (first row = header; blank rows ignored), with a breakdown by
 * the column whose header matches `by` when there is one.
 */
function countRows(key: SheetKey, label: string, by: RegExp | null): CountRow {
  const values = readSheet(key);
  if (!values) return { label, value: null, detail: 'Lembar belum ada.' };
  const header = (values[0] ?? []).map((h) => textOf(h));
  const rows = values.slice(1).filter((r) => r.some((c) => textOf(c) !== ''));
  const col = by ? header.findIndex((h) => by.test(h)) : -1;
  if (col < 0 || rows.length === 0) return { label, value: rows.length, detail: '' };
  const tally = new Map<string, number>();
  for (const r of rows) {
    const key = textOf(r[col]) || '(kosong)';
    tally.set(key, (tally.get(key) ?? 0) + 1);
  }
  const detail = [...tally.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k}: ${n}`)
    .join(', ');
  return { label, value: rows.length, detail };
}

/** The last Uji Kesiapan as its sheet records it (one read), or null when it never ran. */
function readinessSummary(): StatusReport['readiness'] {
  const values = readSheet('readiness');
  if (!values) return null;
  const rows = values.slice(1).filter((r) => textOf(r[1]) === 'OK' || textOf(r[1]) === 'TIDAK OK');
  const ran = values.find((r) => textOf(r[0]) === 'Dijalankan');
  return {
    time: ran ? textOf(ran[1]) : '',
    ok: rows.filter((r) => textOf(r[1]) === 'OK').length,
    total: rows.length,
    notOk: rows.filter((r) => textOf(r[1]) !== 'OK').map((r) => textOf(r[0])),
  };
}
