/**
 * `Rencana Tindak` (seed "RENCANA TINDAK AOC"): one block per appointed agent with the seed's 8
 * columns and a dropdown of the SOLIDER and BerAKHLAK values in column 2. Re-runs keep what the
 * agents typed (core/action-plan.ts). Filled after every "Buat Draf SK", and by its own menu item
 * from the candidates ticked Ditetapkan in `Penilaian`.
 */
import { parseAssessmentSheet } from '../core/assessment/sheet';
import { changedSpan } from '../core/cells';
import { actionPlanSheet, type PlanAgent } from '../core/action-plan';
import { roleLabel } from '../core/decree/model';
import { UserError } from '../core/errors';
import { SHEETS } from '../core/schema';
import { actionPlanSheetValues, readSheet, writeActionPlanSheet } from '../gas/sheets';
import { alert } from '../gas/ui';

/** Rewrites `Rencana Tindak` for `agents`, keeping every block and row already there. */
export function updateActionPlan(agents: readonly PlanAgent[]): number {
  const { sheet, values } = actionPlanSheetValues();
  const plan = actionPlanSheet(agents, values);
  // The same agents again (another draft of the same decree): the sheet is left as it is.
  const width = Math.max(0, ...plan.values.map((r) => r.length));
  if (values.length !== plan.values.length || changedSpan(values, plan.values, width) !== null) writeActionPlanSheet(sheet, plan.values, plan.titleRows);
  return plan.titleRows.length;
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

/** Menu: Siapkan Rencana Tindak. */
export function runActionPlan(): void {
  const agents = appointedAgents();
  if (agents.length === 0) {
    throw new UserError(
      `Belum ada calon yang dicentang "Ditetapkan" di lembar "${SHEETS.assessment}".`,
      'Centang "Ditetapkan" untuk agen pilihan Kepala Dinas, lalu jalankan menu ini lagi.',
    );
  }
  const blocks = updateActionPlan(agents);
  alert(
    'Siapkan Rencana Tindak',
    `Lembar "${SHEETS.actionPlan}" siap: ${agents.length} agen (${agents.map((a) => a.name).join('; ')})${blocks > agents.length ? `, ditambah ${blocks - agents.length} blok lama yang disimpan` : ''}. Isian yang sudah diketik tidak diubah.`,
  );
}
