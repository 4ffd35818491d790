/**
 * "Buat Draf SK" (D1–D4): the candidates ticked Ditetapkan in `Penilaian` → pre-flight (unknown
 * placeholders, agency data, ineligible / unassessed / not shortlisted people, no agent row: each
 * refuses; a number of agents other than the setting, or a missing role, asks first) → a copy of
 * the template with a new dated name in the output folder (an earlier draft is never overwritten
 * or deleted) → filled literally → one row in `Log Dokumen` → `Rencana Tindak` for the agents.
 */
import { decreeAgents, decreeChoice } from '../../core/decree/agents';
import { decreeValues, roleLabel } from '../../core/decree/model';
import { preflight } from '../../core/decree/preflight';
import { formatTanggalWaktu } from '../../core/dates';
import { UserError } from '../../core/errors';
import { SHEETS } from '../../core/schema';
import { activeUserEmail } from '../../gas/session';
import { logDocument } from '../../gas/sheets';
import { copyTemplate, discardDocument, freeName } from '../../gas/drive';
import { fillDocument, type Leftover, scanTemplate } from '../../gas/docs';
import { alert, confirm } from '../../gas/ui';
import { updateActionPlan } from '../action-plan';
import { refreshAssessment } from '../assessment/prepare';
import { loadSettings, requireValidSettings } from '../settings';
import { outputFolder, requireTemplateId } from './files';

export const DRAFT_PREFIX = 'Draf SK Agen Perubahan';

const PART: Record<Leftover['part'], string> = { body: 'isi dokumen', header: 'kop (header)', footer: 'kaki halaman (footer)' };

export interface DraftResult {
  status: 'created' | 'cancelled';
  id?: string;
  url?: string;
  name?: string;
  agents?: string[];
  leftovers?: Leftover[];
}

/**
 * Runs the whole draft. `ask` answers the confirmations (one question listing them all); false
 * stops before anything is written.
 */
export function draftDecree(ask: (question: string) => boolean): DraftResult {
  const parsed = loadSettings();
  requireValidSettings(parsed);
  const templateId = requireTemplateId(parsed);
  const folder = outputFolder(parsed, templateId);
  const state = refreshAssessment(parsed);
  const settings = state.settings;

  const choice = decreeChoice(state.rows, state.result, state.roster);

  const scan = scanTemplate(templateId);
  const check = preflight({
    templatePlaceholders: scan.placeholders,
    hasAgentRow: scan.hasAgentRow,
    settings,
    settingsRows: parsed.rows,
    agents: choice.chosen,
    expectedAgentCount: settings.agentCount,
    shortlistNips: state.tally.filter((t) => t.shortlisted).map((t) => t.nip),
    eligibility: choice.eligibility,
    assessedNips: choice.assessedNips,
  });
  if (check.errors.length > 0) {
    throw new UserError(
      `Draf SK belum dapat dibuat:\n${check.errors.map((e) => `• ${e}`).join('\n')}`,
      'Tidak ada draf yang dibuat. Perbaiki hal di atas, lalu jalankan Buat Draf SK lagi.',
    );
  }
  if (check.confirmations.length > 0 && !ask(`${check.confirmations.map((c) => `• ${c}`).join('\n')}\n\nBuat draf SK sekarang?`)) {
    return { status: 'cancelled' };
  }

  const agents = decreeAgents(state.rows, state.result, state.roster);
  const now = Date.now();
  const values = decreeValues(settings, agents, now);
  const name = freeName(folder, `${DRAFT_PREFIX} ${formatTanggalWaktu(now)}`);
  const copy = copyTemplate(templateId, folder, name);
  let filled: ReturnType<typeof fillDocument>;
  try {
    filled = fillDocument(copy.id, values);
  } catch (e) {
    discardDocument(copy.id); // never a half-filled draft in the folder
    throw e;
  }
  const names = agents.map((a) => a.employee.name);
  const leftNote = filled.leftovers.map((l) => `${l.names.map((n) => `{{${n}}}`).join(', ')} di ${PART[l.part]}`).join('; ');
  logDocument(
    copy.name,
    copy.url,
    activeUserEmail(),
    `SK ${agents.length} agen: ${names.join('; ')}${leftNote !== '' ? `. PERHATIAN, placeholder tidak terisi: ${leftNote}` : ''}`,
  );
  updateActionPlan(agents.map((a) => ({ nip: a.employee.nip, name: a.employee.name, role: roleLabel(a.role) })));
  return { status: 'created', id: copy.id, url: copy.url, name: copy.name, agents: names, leftovers: filled.leftovers };
}

/** Menu: Buat Draf SK. */
export function runDraftDecree(): void {
  const r = draftDecree((q) => confirm('Buat Draf SK', q));
  if (r.status === 'cancelled') {
    alert('Buat Draf SK', 'Draf SK tidak dibuat; tidak ada yang diubah.');
    return;
  }
  const left = r.leftovers ?? [];
  const warning =
    left.length > 0
      ? `\n\nPERHATIAN: placeholder berikut tidak terisi karena hurufnya berbeda format (sebagian tebal/miring) atau terpotong: ${left
          .map((l) => `${l.names.map((n) => `{{${n}}}`).join(', ')} di ${PART[l.part]}`)
          .join('; ')}. Ketik ulang placeholder itu di template tanpa format campuran, lalu buat draf lagi, atau isi langsung di draf.`
      : '';
  alert(
    'Buat Draf SK',
    `Draf SK dibuat: "${r.name}"\n${r.url}\n\nAgen: ${(r.agents ?? []).join('; ').replace(/\.?$/, '.')}\nTercatat di lembar "${SHEETS.documents}". Draf sebelumnya tidak diubah. Lembar "${SHEETS.actionPlan}" disiapkan untuk para agen.${warning}`,
  );
}
