/**
 * "Buat Draf SK" (D1–D4): the candidates ticked Ditetapkan in `Penilaian` → pre-flight (unknown
 * placeholders, agency data, ineligible / unassessed / not shortlisted people, no agent row, a
 * decree dated before its berita acara: each refuses; a number of agents other than the setting,
 * or a missing role, asks first) → a copy of the template with a new dated name in the output
 * folder (an earlier draft is never overwritten or deleted) → filled literally → one row in
 * `Log Dokumen` → `Rencana Tindak` for the agents. With no template set, the default template
 * is made first (after the pre-flight passed on its placeholders) and the team is told.
 */
import { decreeAgents, decreeChoice } from '../../core/decree/agents';
import { blockTexts } from '../../core/decree/blocks';
import { defaultDecreeTemplate } from '../../core/decree/default-template';
import { decreeDate, decreeValues, roleLabel } from '../../core/decree/model';
import { findPlaceholders, isAgentPlaceholder } from '../../core/decree/placeholders';
import { preflight, type TemplatePlaceholders } from '../../core/decree/preflight';
import { formatTanggalWaktu } from '../../core/dates';
import { UserError } from '../../core/errors';
import { SHEETS } from '../../core/schema';
import { activeUserEmail } from '../../gas/session';
import { logDocument, readSheet } from '../../gas/sheets';
import { copyTemplateAs, discardDocument } from '../../gas/drive';
import { fillDocument, type Leftover, scanTemplate, type TemplateScan } from '../../gas/docs';
import { alert, confirm } from '../../gas/ui';
import { updateActionPlan } from '../action-plan';
import { refreshAssessment } from '../assessment/prepare';
import { loadSettings, requireValidSettings } from '../settings';
import { outputFolderSetting, requireTemplateId } from './files';
import { createDefaultTemplate } from './template';

export const DRAFT_PREFIX = 'Draf SK Agen Perubahan';

const PART: Record<Leftover['part'], string> = { body: 'isi dokumen', header: 'kop (header)', footer: 'kaki halaman (footer)' };

export interface DraftResult {
  status: 'created' | 'cancelled';
  id?: string;
  url?: string;
  name?: string;
  agents?: string[];
  leftovers?: Leftover[];
  /** Set when no template was named and the default one was made for this draft. */
  template?: { id: string; url: string };
}

/** The placeholders of the default template, as a scan of it would find them. */
function defaultTemplatePlaceholders(): TemplatePlaceholders {
  const body = blockTexts(defaultDecreeTemplate().body);
  const inRows = body.filter((t) => findPlaceholders(t).some(isAgentPlaceholder));
  const names = (texts: string[]) => [...new Set(texts.flatMap(findPlaceholders))];
  return { body: names(body.filter((t) => inRows.indexOf(t) < 0)), header: [], footer: [], rows: names(inRows) };
}

/** The day of the latest berita acara in `Log Dokumen` (ms), or null when none was made. */
function latestBeritaAcara(): number | null {
  const values = readSheet('documents') ?? [];
  let latest: number | null = null;
  for (const r of values.slice(1)) {
    const at = r[0];
    if (!/^Berita acara:/.test(String(r[4] ?? '')) || Object.prototype.toString.call(at) !== '[object Date]') continue;
    const ms = (at as Date).getTime();
    if (latest === null || ms > latest) latest = ms;
  }
  return latest;
}

/**
 * Runs the whole draft. `ask` answers the confirmations (one question listing them all); false
 * stops before anything is written.
 */
export function draftDecree(ask: (question: string) => boolean): DraftResult {
  const parsed = loadSettings();
  requireValidSettings(parsed);
  // D1: no template named → the default one, made once the pre-flight has passed on its placeholders.
  const noTemplate = parsed.settings.templateId.trim() === '';
  let templateId = noTemplate ? '' : requireTemplateId(parsed);
  // A folder set and gone refuses before anything is made; none set is the template's folder.
  const folder = outputFolderSetting(parsed);
  const state = refreshAssessment(parsed);
  const settings = state.settings;

  const choice = decreeChoice(state.rows, state.result, state.roster);

  let scan: TemplateScan | null = noTemplate ? null : scanTemplate(templateId);
  const now = Date.now();
  const beritaAcaraMs = latestBeritaAcara();
  const check = preflight({
    templatePlaceholders: scan ? scan.placeholders : defaultTemplatePlaceholders(),
    hasAgentRow: scan ? scan.hasAgentRow : true,
    decreeDateMs: decreeDate(settings, now),
    beritaAcaraMs,
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
  let made: DraftResult['template'];
  if (noTemplate) {
    const t = createDefaultTemplate(parsed);
    templateId = t.id;
    made = { id: t.id, url: t.url };
    scan = scanTemplate(templateId);
  }
  const values = decreeValues(settings, agents, now, beritaAcaraMs);
  const copy = copyTemplateAs(templateId, folder, `${DRAFT_PREFIX} ${formatTanggalWaktu(now)}`);
  let filled: ReturnType<typeof fillDocument>;
  try {
    filled = fillDocument(copy.id, values, scan as TemplateScan);
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
  updateActionPlan(agents.map((a) => ({ nip: a.employee.nip, name: a.employee.name, role: roleLabel(a.role) })), parsed.settings);
  return { status: 'created', id: copy.id, url: copy.url, name: copy.name, agents: names, leftovers: filled.leftovers, template: made };
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
  const made = r.template
    ? `\n\nID Template SK di Pengaturan masih kosong, jadi template SK bawaan dibuat lebih dulu dan dicatat di sana:\n${r.template.url}\nDraf berikutnya memakai template ini; sesuaikan isinya di Google Docs bila perlu.`
    : '';
  alert(
    'Buat Draf SK',
    `Draf SK dibuat: "${r.name}"\n${r.url}${made}\n\nAgen: ${(r.agents ?? []).join('; ').replace(/\.?$/, '.')}\nTercatat di lembar "${SHEETS.documents}". Draf sebelumnya tidak diubah. Lembar "${SHEETS.actionPlan}" disiapkan untuk para agen.${warning}`,
  );
}
