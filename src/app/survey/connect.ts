/**
 * "Hubungkan Formulir Survei": opens the Form named in `Pengaturan`, detects the scored questions,
 * the unit question and each section's aspect, shows them in `Pengaturan` for the team to confirm
 * or correct (a list the team already corrected is kept while the Form still has those
 * questions), installs one trigger (or, where Google refuses it, the add-on route through this
 * spreadsheet, after the team confirms) and imports the existing responses.
 */
import { UserError } from '../../core/errors';
import { HANDLERS } from '../../core/health';
import { SHEETS } from '../../core/schema';
import { defaultScoredList, detectSurveyQuestions, labelledItems, listedQuestion } from '../../core/survey/questions';
import { byLabel } from '../../core/questions';
import { describeForm } from '../../gas/forms';
import { withScriptLock } from '../../gas/lock';
import type { InstallOutcome } from '../../gas/triggers';
import { AWAITING_CONFIRMATION, connectSubmitRoute, noFormTriggerSentence } from '../connect-route';
import { DAILY_INSTALLED_LINE, installDailyCheck, rememberInstalled } from '../health';
import { loadSettings, updateSettings } from '../settings';
import { aspectLines, bandTableOf, parseAspectLines } from '../../core/survey/config';
import { rebuildSurvey, resyncMessage, type ResyncReport } from './resync';
import { openSurveyForm, setSurveyRoute, type SurveyRoute } from './source';

export interface SurveyConnectResult {
  /** When set, nothing was changed: the team must confirm this question first (add-on route). */
  needsConfirmation: string | null;
  formTitle: string;
  scored: string[];
  /** True when the team's own list in Pengaturan was kept. */
  keptTeamList: boolean;
  unitQuestion: string;
  /** "Judul bagian = aspek" lines as written to Pengaturan. */
  aspects: string[];
  /** Notes about odd questions (duplicate option numbers, unknown aspect names). */
  notes: string[];
  route: SurveyRoute | null;
  trigger: InstallOutcome | null;
  /** True when this connection installed the daily check (the first connected Form does). */
  dailyInstalled: boolean;
  imported: ResyncReport | null;
  /** The Indonesian text of the dialog. */
  message: string;
}

const key = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();
const LOCK_MS = 30 * 1000;

/** Connects the survey Form; `confirmed` answers the add-on-route question (see needsConfirmation). */
export function connectSurvey(confirmed = false): SurveyConnectResult {
  const out = withScriptLock(LOCK_MS, () => connectUnlocked(confirmed));
  if (!out.ran) {
    throw new UserError('Proses lain sedang menulis hasil (kiriman formulir atau sinkronisasi).', 'Tunggu sebentar, lalu jalankan lagi.');
  }
  return out.value;
}

function connectUnlocked(confirmed: boolean): SurveyConnectResult {
  const parsed = loadSettings();
  bandTableOf(parsed);
  const form = openSurveyForm(parsed);
  const info = describeForm(form);
  const detected = detectSurveyQuestions(info.items);
  const settings = parsed.settings;
  const labelled = labelledItems(info.items);
  const inForm = { has: (t: string) => byLabel(labelled, t) !== null };

  const keptTeamList = settings.surveyScoredQuestions.length > 0 && settings.surveyScoredQuestions.every((t) => inForm.has(listedQuestion(t).title));
  // S1: every question whose options are all numbered, and each partly numbered one marked for the
  // team to decide (its responses wait meanwhile; see structureNotes).
  const scored = keptTeamList ? settings.surveyScoredQuestions : defaultScoredList(info.items);
  if (scored.length === 0) {
    throw new UserError(
      `Formulir "${info.title}" tidak punya pertanyaan pilihan ganda dengan pilihan jawaban bernomor ("1", "2. …", "(3) …"), jadi tidak ada yang bisa dinilai.`,
      `Beri nomor pada pilihan jawaban pertanyaan yang dinilai di Google Forms, atau tulis judul pertanyaan itu di "Pertanyaan Survei Dinilai" pada lembar ${SHEETS.settings}, lalu hubungkan lagi.`,
    );
  }
  const unitKept = settings.surveyUnitQuestion !== '' && inForm.has(settings.surveyUnitQuestion);
  const unitQuestion = unitKept ? settings.surveyUnitQuestion : detected.unitQuestion ?? '';
  const sectionKeys = new Set(detected.sections.map((s) => key(s.title)));
  const teamAspects = parseAspectLines(settings.surveyAspects);
  const aspectsKept =
    settings.surveyAspects.length > 0 &&
    Array.from(teamAspects.bySection.keys()).every((s) => sectionKeys.has(s)) &&
    detected.sections.every((s) => teamAspects.bySection.has(key(s.title)));
  const aspects = aspectsKept ? settings.surveyAspects : aspectLines(detected.sections);

  const routed = connectSubmitRoute(form, HANDLERS.surveySubmit, { confirmed, process: 'Hubungkan Formulir Survei', formTitle: info.title });
  if (routed === null) {
    return {
      needsConfirmation:
        noFormTriggerSentence(info.title) +
        'Agar setiap kiriman tetap dinilai otomatis, respons formulir akan diarahkan ke spreadsheet ini (tab respons baru). ' +
        'Lembar respons lama formulir itu, bila ada, berhenti menerima baris baru; isinya tidak dihapus. Lanjutkan?',
      formTitle: info.title,
      scored,
      keptTeamList,
      unitQuestion,
      aspects,
      notes: [],
      ...AWAITING_CONFIRMATION,
    };
  }
  const { route, trigger } = routed;
  rememberInstalled(['survey']);
  const dailyInstalled = installDailyCheck();

  updateSettings(parsed, {
    surveyScoredQuestions: scored.join('\n'),
    surveyUnitQuestion: unitQuestion,
    surveyAspects: aspects.join('\n'),
  });
  setSurveyRoute(route);
  const notes = [
    ...detected.notes,
    ...teamAspects.unknown.map((l) => `Aspek pada baris "${l}" tidak dikenali; tulis Kepemimpinan dan Manajemen, Pola Pikir dan Cara Kerja, BerAKHLAK, atau "-".`),
  ];
  const imported = rebuildSurvey(true);
  const result: SurveyConnectResult = {
    needsConfirmation: null,
    formTitle: info.title,
    scored,
    keptTeamList,
    unitQuestion,
    aspects,
    notes,
    route,
    trigger,
    dailyInstalled,
    imported,
    message: '',
  };
  result.message = connectMessage(result);
  return result;
}

/** The dialog text after connecting. */
export function connectMessage(r: SurveyConnectResult): string {
  const lines = [`Formulir survei "${r.formTitle}" terhubung.`, ''];
  lines.push(`Pertanyaan dinilai (${r.scored.length})${r.keptTeamList ? ', sesuai daftar di Pengaturan' : ''}:`);
  r.scored.forEach((t, i) => lines.push(`${i + 1}. ${t}`));
  lines.push(`Pertanyaan unit kerja: ${r.unitQuestion === '' ? '(tidak ditemukan — hasil tanpa unit)' : r.unitQuestion}`);
  if (r.aspects.length > 0) {
    lines.push('Aspek per bagian formulir:');
    r.aspects.forEach((a) => lines.push(`• ${a}`));
  }
  if (r.notes.length > 0) {
    lines.push('', 'Perlu diperiksa:');
    r.notes.forEach((n) => lines.push(`• ${n}`));
  }
  lines.push(
    '',
    r.route === 'spreadsheet'
      ? 'Kiriman baru dinilai otomatis lewat tab respons formulir di spreadsheet ini.'
      : 'Kiriman baru dinilai otomatis oleh pemicu pada formulir.',
  );
  if (r.dailyInstalled) lines.push(DAILY_INSTALLED_LINE);
  if (r.imported) lines.push(resyncMessage(r.imported));
  lines.push(`Bila ada yang keliru, koreksi di lembar ${SHEETS.settings}, lalu jalankan Survei › Sinkronkan Ulang Survei.`);
  return lines.join('\n');
}
