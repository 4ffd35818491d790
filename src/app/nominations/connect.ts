/**
 * "Hubungkan Formulir Penjaringan": opens the Form named in `Pengaturan`, decides the question
 * mapping (N3: detected, unless the team changed what the product wrote), writes it back to
 * `Pengaturan`, installs the form-submit trigger once (or, where Google refuses it to an add-on,
 * points the Form at this spreadsheet after the team confirms and installs the spreadsheet
 * trigger), then imports every existing response (a re-sync). A mapping that names a question
 * the Form no longer has stops everything before any change, naming the question.
 */
import { UserError } from '../../core/errors';
import { HANDLERS } from '../../core/health';
import { detectMapping, labelledQuestions } from '../../core/nominations/mapping';
import { byLabel } from '../../core/questions';
import { SHEETS } from '../../core/schema';
import { describeForm, openForm } from '../../gas/forms';
import type { InstallOutcome } from '../../gas/triggers';
import { AWAITING_CONFIRMATION, connectSubmitRoute, noFormTriggerSentence } from '../connect-route';
import { DAILY_INSTALLED_LINE, installDailyCheck, rememberInstalled } from '../health';
import { loadSettings, updateSettings } from '../settings';
import { MAPPING_HINT } from './record';
import { resyncMessage, resyncNominations, type ResyncReport } from './resync';
import { readState, saveSource, type NominationRoute } from './state';
import { NOMINATION_SETTING_LABEL, questionsOf } from './submit';

export interface ConnectResult {
  /** False when nothing could be connected; `message` says why. */
  ok: boolean;
  /** When set, nothing was changed: the team must answer this question first (add-on route). */
  needsConfirmation: string | null;
  formTitle: string;
  nomineeQuestions: string[];
  voterNipQuestion: string;
  /** How a voter is recognised (N1), in Indonesian. */
  voterIdentity: string;
  /** True when the team's own titles in Pengaturan were kept. */
  keptTeamMapping: boolean;
  /** Changes noticed since the last connection, in Indonesian. */
  notes: string[];
  route: NominationRoute | null;
  trigger: InstallOutcome | null;
  /** True when this connection installed the daily check (the first connected Form does). */
  dailyInstalled: boolean;
  imported: ResyncReport | null;
  message: string;
}

const CONNECT_PROCESS = 'Hubungkan Formulir Penjaringan';
const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x.trim() === b[i].trim());

/** Connects the nomination Form; `confirmed` answers the add-on-route question. */
export function connectNominationForm(confirmed = false): ConnectResult {
  const started = Date.now();
  const parsed = loadSettings();
  const settings = parsed.settings;
  const form = openForm(settings.nominationFormUrl, NOMINATION_SETTING_LABEL);
  const info = describeForm(form);
  const questions = questionsOf(info.items);
  const previous = readState().source;

  // The product's own earlier mapping is re-detected; titles the team typed or changed are kept.
  const teamTyped = settings.nomineeQuestions.length > 0 || settings.voterNipQuestion !== '';
  const ours = previous !== null && previous.formId === info.id && same(settings.nomineeQuestions, previous.written.nominees) && settings.voterNipQuestion.trim() === previous.written.voterNip.trim();
  const keptTeamMapping = teamTyped && !ours;
  const mapping = detectMapping(questions, keptTeamMapping ? { nomineeQuestions: settings.nomineeQuestions, voterNipQuestion: settings.voterNipQuestion } : {});
  if (mapping.problems.length > 0) {
    throw new UserError(`Formulir "${info.title}": ${mapping.problems.join(' ')}`, MAPPING_HINT);
  }

  const inForm = labelledQuestions(questions);
  const vanished = ours && previous ? previous.written.nominees.filter((t) => byLabel(inForm, t) === null) : [];
  const base = {
    ok: true,
    notes: vanished.map((t) => `Pertanyaan "${t}" yang dulu dipakai tidak ada lagi di formulir (diganti judulnya atau dihapus); pertanyaan calon dikenali ulang dari judulnya.`),
    formTitle: info.title,
    nomineeQuestions: mapping.nomineeLabels,
    voterNipQuestion: mapping.voterNipLabel ?? '',
    voterIdentity: info.collectsEmail
      ? 'alamat email responden'
      : mapping.voterNipLabel
        ? `jawaban "${mapping.voterNipLabel}"`
        : 'tidak ada (setiap respons dihitung sebagai pengusul tersendiri)',
    keptTeamMapping,
  };

  const routed = connectSubmitRoute(form, HANDLERS.nominationSubmit, { confirmed, process: CONNECT_PROCESS, formTitle: info.title });
  if (routed === null) {
    return {
      ...base,
      needsConfirmation:
        noFormTriggerSentence(info.title) +
        'Agar setiap usulan tetap dihitung otomatis, tanggapan formulir akan diarahkan ke spreadsheet ini (muncul tab tanggapan baru). ' +
        'Lembar tanggapan lama formulir itu, bila ada, berhenti menerima baris baru; isinya tidak dihapus. Lanjutkan?',
      ...AWAITING_CONFIRMATION,
    };
  }
  const { route, trigger } = routed;
  rememberInstalled(['nomination']);
  const dailyInstalled = installDailyCheck();

  const nominees = mapping.nomineeLabels;
  const voterNip = mapping.voterNipLabel ?? '';
  updateSettings(parsed, { nomineeQuestions: nominees.join('\n'), voterNipQuestion: voterNip });
  const keys = [...mapping.nomineeQuestions, ...(mapping.voterNipQuestion ? [mapping.voterNipQuestion] : [])];
  saveSource({ route, formId: info.id, questions, written: { nominees, voterNip, keys } });

  const imported = resyncNominations(started, true);
  const result: ConnectResult = { ...base, needsConfirmation: null, route, trigger, dailyInstalled, imported, message: '' };
  result.message = connectMessage(result);
  return result;
}

/** The dialog text after connecting. */
export function connectMessage(r: ConnectResult): string {
  const lines = [`Formulir penjaringan "${r.formTitle}" terhubung.`, '', ...r.notes];
  lines.push(`Pertanyaan calon: ${r.nomineeQuestions.map((t) => `"${t}"`).join(', ')}${r.keptTeamMapping ? ' (sesuai isian tim di Pengaturan)' : ''}.`);
  lines.push(`Identitas pengusul: ${r.voterIdentity}.`);
  lines.push(`Bila pemetaan ini keliru, perbaiki "Pertanyaan Calon" / "Pertanyaan NIP Pengusul" di lembar ${SHEETS.settings}, lalu jalankan Sinkronkan Ulang Penjaringan.`);
  if (r.route === 'spreadsheet') lines.push('Tanggapan formulir diarahkan ke spreadsheet ini; setiap kiriman dihitung otomatis.');
  else lines.push(r.trigger === 'installed' ? 'Pemicu kiriman formulir dipasang; setiap kiriman dihitung otomatis.' : 'Pemicu kiriman formulir sudah terpasang sebelumnya (tidak dipasang dua kali).');
  if (r.dailyInstalled) lines.push(DAILY_INSTALLED_LINE);
  if (r.imported) lines.push('', resyncMessage(r.imported));
  return lines.join('\n');
}

/** For the settings sidebar: the result as plain data, a problem as `ok: false` with its message. */
export function connectNominationFormForSidebar(confirmed: boolean): ConnectResult {
  try {
    return connectNominationForm(confirmed === true);
  } catch (e) {
    const message = String((e as Error).message ?? e);
    const hint = (e as { hint?: string }).hint ?? '';
    return {
      ok: false,
      needsConfirmation: null,
      formTitle: '',
      nomineeQuestions: [],
      voterNipQuestion: '',
      voterIdentity: '',
      keptTeamMapping: false,
      notes: [],
      route: null,
      trigger: null,
      dailyInstalled: false,
      imported: null,
      message: hint ? `${message}\n\n${hint}` : message,
    };
  }
}
