/**
 * The survey's scoring configuration, as the team confirmed it in `Pengaturan`, checked against
 * the Form as it is now: scored questions (with the Form's choice lists for unnumbered options),
 * the unit question, the comment questions, each section's aspect and the validated band table.
 * Pure: the caller reads the settings and the Form.
 */
import { UserError } from '../errors';
import { SHEETS } from '../schema';
import { BAND_SECTION_TITLE, type ParsedSettings } from '../settings';
import { validateBandTable, type BandTable } from './bands';
import {
  aspectOfSection,
  detectSurveyQuestions,
  isScoredItem,
  type AspectKey,
  type SurveyItem,
  type SurveyQuestion,
} from './questions';

export interface SurveyConfig {
  questions: SurveyQuestion[];
  unitQuestion: string | null;
  /** Titles of free-text questions whose answers go to the `Komentar` column. */
  commentQuestions: string[];
  table: BandTable;
  /** Titles listed in Pengaturan that the Form no longer has. */
  missing: string[];
  /** Questions of the Form that look scored but are not listed in Pengaturan. */
  added: string[];
}

const key = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** The band table typed in `Pengaturan`, validated; a UserError naming the rows otherwise. */
export function bandTableOf(parsed: ParsedSettings): BandTable {
  const result = validateBandTable(parsed.bandRows);
  if (result.ok) return result.table;
  throw new UserError(
    `Tabel kategori survei di lembar "${SHEETS.settings}" tidak dapat dipakai:\n${result.errors.join('\n')}`,
    `Perbaiki bagian "${BAND_SECTION_TITLE}" di lembar ${SHEETS.settings} (nomor baris di atas), lalu jalankan Survei › Sinkronkan Ulang Survei. Tidak ada hasil yang ditulis.`,
  );
}

/** Short names the team can type on the right of "Judul bagian = …". */
const ASPECT_SHORT: Record<AspectKey, string> = {
  'solider-kepemimpinan': 'SOLIDER: Kepemimpinan dan Manajemen',
  'solider-pola-pikir': 'SOLIDER: Pola Pikir dan Cara Kerja',
  'berakhlak-perilaku': 'BerAKHLAK: Perilaku Kerja',
};

/** Lines of the `Aspek Survei per Bagian` setting for the detected sections. */
export function aspectLines(sections: { title: string; aspect: AspectKey | null }[]): string[] {
  return sections.map((s) => `${s.title} = ${s.aspect ? ASPECT_SHORT[s.aspect] : '-'}`);
}

/**
 * Reads the `Aspek Survei per Bagian` lines: section title (lower-cased) → aspect, or null for "-"
 * or an aspect name that is not recognised (those are returned in `unknown`).
 */
export function parseAspectLines(lines: string[]): { bySection: Map<string, AspectKey | null>; unknown: string[] } {
  const bySection = new Map<string, AspectKey | null>();
  const unknown: string[] = [];
  for (const line of lines) {
    const cut = line.lastIndexOf('=');
    if (cut <= 0) continue;
    const section = key(line.slice(0, cut));
    const right = line.slice(cut + 1).trim();
    if (right === '' || right === '-') {
      bySection.set(section, null);
      continue;
    }
    const aspect = aspectOfSection(right);
    if (aspect === null) unknown.push(line.trim());
    bySection.set(section, aspect);
  }
  return { bySection, unknown };
}

const COMMENT_TITLE = /saran|komentar|masukan|catatan|pendapat|kritik|usul/i;

/**
 * The configuration for scoring: the scored questions listed in `Pengaturan` (or, when the list is
 * empty, the ones detected in the Form), with choices and sections from the Form's items, and the
 * aspects as corrected by the team.
 */
export function surveyConfig(parsed: ParsedSettings, items: SurveyItem[]): SurveyConfig {
  const settings = parsed.settings;
  const table = bandTableOf(parsed);
  const detected = detectSurveyQuestions(items);
  const titles = settings.surveyScoredQuestions.length > 0 ? settings.surveyScoredQuestions : detected.scored.map((q) => q.title);
  const formTitles = new Set(items.map((it) => key(it.title)));
  const listed = new Set(titles.map(key));
  const missing = titles.filter((t) => !formTitles.has(key(t)));
  const added = items.filter((it) => isScoredItem(it) && !listed.has(key(it.title))).map((it) => it.title);
  const { bySection } = parseAspectLines(settings.surveyAspects);
  const questions = questionsFromTitlesWithAspects(titles, items, bySection);
  const unitTitle = settings.surveyUnitQuestion.trim() !== '' ? settings.surveyUnitQuestion.trim() : detected.unitQuestion;
  const unitItem = unitTitle === null ? undefined : items.find((it) => key(it.title) === key(unitTitle));
  const unitQuestion = unitItem ? unitItem.title : unitTitle;
  const commentQuestions = items
    .filter((it) => {
      const kind = it.kind.toUpperCase();
      if (listed.has(key(it.title)) || (unitQuestion !== null && key(it.title) === key(unitQuestion))) return false;
      return kind === 'PARAGRAPH_TEXT' || (kind === 'TEXT' && COMMENT_TITLE.test(it.title));
    })
    .map((it) => it.title);
  return { questions, unitQuestion, commentQuestions, table, missing, added };
}

function questionsFromTitlesWithAspects(titles: string[], items: SurveyItem[], bySection: Map<string, AspectKey | null>): SurveyQuestion[] {
  const byTitle = new Map(items.map((it) => [key(it.title), it]));
  return titles.map((title) => {
    const item = byTitle.get(key(title));
    if (!item) return { title, choices: [], section: null, aspect: null };
    const section = item.section;
    const override = section === null ? undefined : bySection.get(key(section));
    return { title: item.title, choices: item.choices.slice(), section, aspect: override !== undefined ? override : aspectOfSection(section) };
  });
}

/** Indonesian notes about a Form that changed since it was connected ([] when it did not). */
export function structureNotes(config: SurveyConfig): string[] {
  const notes: string[] = [];
  for (const title of config.missing) {
    notes.push(
      `Pertanyaan dinilai "${title}" tercantum di Pengaturan tetapi tidak ada lagi di formulir survei: setiap respons baru menjadi TIDAK LENGKAP. ` +
        `Hapus judul itu dari "Pertanyaan Survei Dinilai" (atau jalankan Survei › Hubungkan Formulir Survei), lalu Sinkronkan Ulang Survei.`,
    );
  }
  for (const title of config.added) {
    notes.push(
      `Pertanyaan "${title}" di formulir survei memakai pilihan bernomor tetapi belum tercantum di "Pertanyaan Survei Dinilai": jawabannya belum dinilai. ` +
        `Tambahkan judulnya di Pengaturan bila perlu dinilai, lalu Sinkronkan Ulang Survei.`,
    );
  }
  return notes;
}
