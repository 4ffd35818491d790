/**
 * `Rencana Tindak` (seed "RENCANA TINDAK AOC"): one block per appointed agent with the seed's 8
 * columns and a dropdown of the SOLIDER and BerAKHLAK values in column 2, then the approval
 * columns (core/action-plan-approval). Re-runs keep what the agents and the head typed
 * (core/action-plan.ts). Filled after every "Buat Draf SK", and by its own menu item from the
 * candidates ticked Ditetapkan in `Penilaian`; "Ajukan Rencana Tindak" submits complete rows.
 */
import { parseAssessmentSheet } from '../core/assessment/sheet';
import { type Cell, changedSpan } from '../core/cells';
import { actionPlanSheet, type ActionPlanSheet, type PlanAgent } from '../core/action-plan';
import { applyReview, approversOf, incompleteLines, PLAN_STATUS, planEntries, type ReviewedEntry, reviewEntry } from '../core/action-plan-approval';
import { roleLabel } from '../core/decree/model';
import { UserError } from '../core/errors';
import { SHEETS } from '../core/schema';
import { actionPlanSheetValues, type DecisionEditors, readSheet, writeActionPlanSheet } from '../gas/sheets';
import { alert } from '../gas/ui';
import type { Settings } from '../core/settings';
import { refreshMonitoring } from './monitoring';
import { refreshReportChoices } from './reports';
import { loadSettings } from './settings';

/** What getValues gives back for a block about to be written (the apostrophe of asText is not a value). */
const readBack = (values: Cell[][]): Cell[][] => values.map((r) => r.map((c) => (typeof c === 'string' && c.startsWith("'") ? c.slice(1) : c)));

export interface PlanState {
  plan: ActionPlanSheet;
  reviewed: ReviewedEntry[];
  /** Editors Google keeps on the head's columns besides the approvers, and whether this account could not set them. */
  editors: DecisionEditors;
}

/** The approvers from the settings, or [] when the head's e-mail is not set (nobody but the owner may decide). */
function approverEmails(settings: Settings): string[] {
  const a = approversOf(settings);
  return 'emails' in a ? a.emails : [];
}

/**
 * Lays out `Rencana Tindak` for `agents` and reviews every entry's approval (a row changed after
 * its decision goes back to Diajukan); `submit` marks complete entries Diajukan. Writes only when
 * something changed.
 */
export function syncActionPlan(agents: readonly PlanAgent[], submit = false, settings: Settings = loadSettings().settings): PlanState {
  const approvers = approverEmails(settings);
  const { sheet, values, created } = actionPlanSheetValues();
  const plan = actionPlanSheet(agents, values);
  const now = Date.now();
  const reviewed = planEntries(readBack(plan.values), plan.layout).map((e) => applyTo(e, submit, now));
  applyReview(plan.values, plan.layout, reviewed);
  let editors: DecisionEditors = { others: [], locked: false };
  // The same agents again, nothing changed (another draft of the same decree): the sheet is left as it is.
  if (values.length !== plan.values.length || changedSpan(values, plan.values, plan.width) !== null || submit) {
    editors = writeActionPlanSheet(sheet, plan, approvers, created);
  }
  const term = settings.periodeMulai !== null && settings.periodeSelesai !== null ? { start: settings.periodeMulai, end: settings.periodeSelesai } : null;
  refreshReportChoices(reviewed, term);
  return { plan, reviewed, editors };
}

function applyTo(e: Parameters<typeof reviewEntry>[0], submit: boolean, now: number): ReviewedEntry {
  // A block of an agent no longer appointed is kept as it is, never submitted.
  return reviewEntry(e, submit && e.appointed, now);
}

/** Rewrites `Rencana Tindak` for `agents`, keeping every block and row already there. */
export function updateActionPlan(agents: readonly PlanAgent[], settings?: Settings): number {
  return syncActionPlan(agents, false, settings).plan.titleRows.length;
}

/** The appointed agents as ticked in `Penilaian` (retired rows left out). */
export function appointedAgents(): PlanAgent[] {
  const values = readSheet('assessment');
  if (!values) {
    throw new UserError(`Lembar "${SHEETS.assessment}" belum ada.`, 'Jalankan Penilaian › Siapkan Penilaian, centang "Ditetapkan" untuk agen terpilih, lalu jalankan menu ini lagi.');
  }
  const seen = new Set<string>();
  return parseAssessmentSheet(values)
    .rows.filter((r) => r.chosen && !r.retired && r.nip !== '' && !seen.has(r.nip) && seen.add(r.nip) !== undefined)
    .map((r) => ({ nip: r.nip, name: r.name, role: roleLabel(r.role) }));
}

function requireAgents(): PlanAgent[] {
  const agents = appointedAgents();
  if (agents.length === 0) {
    throw new UserError(
      `Belum ada calon yang dicentang "Ditetapkan" di lembar "${SHEETS.assessment}".`,
      'Centang "Ditetapkan" untuk agen pilihan Kepala Dinas, lalu jalankan menu ini lagi.',
    );
  }
  return agents;
}

/** Menu: Siapkan Rencana Tindak. */
export function runActionPlan(): void {
  const agents = requireAgents();
  const parsed = loadSettings();
  const state = syncActionPlan(agents, false, parsed.settings);
  refreshMonitoring(state.reviewed, parsed);
  const blocks = state.plan.titleRows.length;
  alert(
    'Siapkan Rencana Tindak',
    `Lembar "${SHEETS.actionPlan}" siap: ${agents.length} agen (${agents.map((a) => a.name).join('; ')})${blocks > agents.length ? `, ditambah ${blocks - agents.length} blok lama yang disimpan` : ''}. Isian yang sudah diketik tidak diubah.`,
  );
}

/**
 * Menu: Ajukan Rencana Tindak. Refused while nobody can approve (the head's e-mail missing from
 * `Pengaturan`); complete entries become Diajukan, incomplete ones are named column by column.
 */
export function runSubmitActionPlan(): void {
  const parsed = loadSettings();
  const settings = parsed.settings;
  const approvers = approversOf(settings);
  if ('problem' in approvers) throw new UserError(approvers.problem, 'Tidak ada baris yang diajukan.');
  const agents = requireAgents();
  const { reviewed, editors } = syncActionPlan(agents, true, settings);
  refreshMonitoring(reviewed, parsed);
  const count = (s: string) => reviewed.filter((r) => r.entry.appointed && r.status === s).length;
  const lines = [
    `Diajukan (menunggu keputusan): ${count(PLAN_STATUS.submitted)} baris. Disetujui: ${count(PLAN_STATUS.approved)}. Perlu perbaikan: ${count(PLAN_STATUS.revise)}.`,
  ];
  const incomplete = incompleteLines(reviewed.filter((r) => r.entry.appointed));
  if (incomplete.length > 0) lines.push('', `Belum dapat diajukan (${incomplete.length} baris; lengkapi lalu jalankan menu ini lagi):`, ...incomplete);
  const revise = reviewed.filter((r) => r.entry.appointed && r.status === PLAN_STATUS.revise);
  if (revise.length > 0) lines.push('', `Perlu Perbaikan dan belum diubah: ${revise.map((r) => `${r.entry.agentName} baris ${r.entry.row}`).join('; ')}. Ubah isinya sesuai Catatan Pimpinan: baris itu otomatis diajukan lagi.`);
  lines.push('', `Keputusan diisi di kolom "Keputusan Pimpinan" oleh: ${approvers.emails.join(', ')}. Orang lain tidak dapat mengubah kolom itu.`);
  const kept = editors.others.map((o) => `${o.email} (${o.creator ? 'akun Anda, yang membuat perlindungan kolom ini' : 'pemilik spreadsheet'})`);
  if (kept.length > 0) lines.push(`Google tetap mengizinkan ${kept.join(', ')} mengubahnya.`);
  if (editors.locked) {
    lines.push(
      'Akun Anda tidak termasuk yang dapat mengubah kolom keputusan, jadi daftar pemutusnya tidak diperbarui oleh menu ini. Bila Email Kepala Dinas atau Delegasi Persetujuan di Pengaturan diubah, minta Kepala Dinas, salah satu delegasi, atau pemilik spreadsheet menjalankan Ajukan Rencana Tindak agar perubahan itu berlaku.',
    );
  }
  alert('Ajukan Rencana Tindak', lines.join('\n'));
}
