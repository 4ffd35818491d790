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
  defaultScoredList,
  detectSurveyQuestions,
  isMixedItem,
  isScoredItem,
  labelledItems,
  listedQuestion,
  optionNumbering,
  QUESTIONS_PENDING_LABEL,
  UNCONFIRMED_MARK,
  type AspectKey,
  type SurveyItem,
  type SurveyQuestion,
} from './questions';
import { byLabel } from '../questions';
import { decideScale, detectScale, parseScaleSetting, type DetectedScale, type ScaleDecision } from './scale';

export interface SurveyConfig {
  questions: SurveyQuestion[];
  /** Label of the unit question, or null. */
  unitQuestion: string | null;
  /** Key its answers are stored under (null: the label). */
  unitKey?: string | null;
  /** Free-text questions whose answers go to the `Komentar` column (label and key). */
  commentQuestions: string[];
  commentKeys?: string[];
  table: BandTable;
  /** Labels listed in Pengaturan that the Form no longer has. */
  missing: string[];
  /** Questions of the Form that look scored but are not listed in Pengaturan. */
  added: string[];
  /**
   * S1: listed questions whose options are only partly numbered and still carry the mark: not
   * scored, every response waits (PERLU KONFIRMASI PERTANYAAN) until the team decides.
   */
  unconfirmed?: string[];
  /** Partly numbered questions of the Form not listed in Pengaturan (not scored; the team is told). */
  addedMixed?: string[];
  /** S1a: the scale the scores are on this run, or the confirmation still needed. */
  scale?: ScaleDecision;
  /** The scale the scored questions show (for Pengaturan). */
  detectedScale?: DetectedScale | null;
  /** Listed questions renamed in the Form since it was last read, followed by their item. */
  renamed?: { from: string; to: string }[];
  /** Listed label (lower-cased) → item key, to remember for following renames. */
  listedKeys?: Record<string, string>;
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
export function surveyConfig(parsed: ParsedSettings, items: SurveyItem[], knownKeys: Readonly<Record<string, string>> = {}): SurveyConfig {
  const settings = parsed.settings;
  const table = bandTableOf(parsed);
  const detected = detectSurveyQuestions(items);
  const labelled = labelledItems(items);
  // The team's list, or what the product would list (no list yet). A line may still carry the
  // mark after a partly numbered question (S1): the team has not decided how to score it.
  const lines = (settings.surveyScoredQuestions.length > 0 ? settings.surveyScoredQuestions : defaultScoredList(items)).map(listedQuestion);
  const titles = lines.map((l) => l.title);
  const renamed: { from: string; to: string }[] = [];
  // A listed question renamed in the Forms editor is the same item (N3): it is followed by the
  // item id it had when the label last matched.
  const listedItems = titles.map((t) => {
    const hit = byLabel(labelled, t);
    if (hit) return hit;
    const was = knownKeys[key(t)];
    const now = was === undefined ? null : labelled.find((q) => q.key === was) ?? null;
    if (now) renamed.push({ from: t, to: now.label });
    return now;
  });
  const listedKeys: Record<string, string> = {};
  titles.forEach((t, i) => {
    const q = listedItems[i];
    if (q) listedKeys[key(t)] = q.key;
  });
  const missing = titles.filter((_, i) => listedItems[i] === null);
  const listed = new Set(listedItems.filter((q) => q !== null).map((q) => q.key));
  const added = labelled.filter((q) => isScoredItem(q.item) && !listed.has(q.key)).map((q) => q.label);
  const addedMixed = labelled.filter((q) => isMixedItem(q.item) && !listed.has(q.key)).map((q) => q.label);
  const { bySection } = parseAspectLines(settings.surveyAspects);
  const questions: SurveyQuestion[] = titles.map((title, i) => {
    const q = listedItems[i];
    if (!q) return { title, choices: [], section: null, aspect: null };
    const section = q.item.section;
    const override = section === null ? undefined : bySection.get(key(section));
    const question: SurveyQuestion = { key: q.key, title: q.label, choices: q.item.choices.slice(), section, aspect: override !== undefined ? override : aspectOfSection(section) };
    // S1: every option numbered → the numbers; else the team listed it → the positions, unless the
    // mark is still there on a partly numbered question (numbering every option in the Form is
    // the other way to decide it).
    if (q.item.choices.length > 0 && optionNumbering(q.item) !== 'all') {
      if (lines[i].unconfirmed) question.unconfirmed = true;
      else question.byPosition = true;
    }
    return question;
  });
  const unconfirmed = questions.filter((q) => q.unconfirmed).map((q) => q.title);
  const unitTitle = settings.surveyUnitQuestion.trim() !== '' ? settings.surveyUnitQuestion.trim() : detected.unitQuestion;
  const unit = unitTitle === null ? null : byLabel(labelled, unitTitle);
  const unitQuestion = unit ? unit.label : unitTitle;
  const comments = labelled.filter((q) => {
    const kind = q.item.kind.toUpperCase();
    if (listed.has(q.key) || (unit !== null && q.key === unit.key)) return false;
    return kind === 'PARAGRAPH_TEXT' || (kind === 'TEXT' && COMMENT_TITLE.test(q.title));
  });
  const detectedScale = detectScale(
    questions.flatMap((q, i) => {
      const it = listedItems[i];
      return it && !q.unconfirmed ? [{ title: q.title, kind: it.item.kind, choices: it.item.choices, labels: it.item.labels ?? null, byPosition: q.byPosition === true }] : [];
    }),
  );
  const scale = decideScale(parseScaleSetting(settings.surveyScale), detectedScale);
  return {
    questions,
    unitQuestion,
    unitKey: unit ? unit.key : null,
    commentQuestions: comments.map((q) => q.label),
    commentKeys: comments.map((q) => q.key),
    table,
    missing,
    added,
    unconfirmed,
    addedMixed,
    scale,
    detectedScale,
    renamed,
    listedKeys,
  };
}

/**
 * S1: what the team reads about a partly numbered question it has not decided yet: which
 * question, that only some options carry a number, what happens meanwhile, and the two fixes.
 */
export function unconfirmedQuestionNote(title: string): string {
  return (
    `Pertanyaan "${title}" hanya sebagian pilihan jawabannya bernomor, jadi belum pasti skornya. Sampai diputuskan, respons survei ditandai ${QUESTIONS_PENDING_LABEL} dan tidak diberi kategori. ` +
    `Perbaiki dengan salah satu cara: beri nomor pada setiap pilihan jawaban pertanyaan itu di Google Forms (nomor itulah skornya); ` +
    `atau hapus "${UNCONFIRMED_MARK}" di belakang judulnya pada "Pertanyaan Survei Dinilai" (lembar ${SHEETS.settings}) agar dinilai menurut urutan pilihan (pilihan pertama = 1) — ` +
    `hapus seluruh barisnya bila pertanyaan itu tidak dinilai. Lalu jalankan Survei › Sinkronkan Ulang Survei.`
  );
}

/** Indonesian notes about a Form that changed since it was connected ([] when it did not). */
export function structureNotes(config: SurveyConfig): string[] {
  const notes: string[] = [];
  for (const title of config.unconfirmed ?? []) notes.push(unconfirmedQuestionNote(title));
  for (const title of config.missing) {
    notes.push(
      `Pertanyaan dinilai "${title}" tercantum di Pengaturan tetapi tidak ada lagi di formulir survei: setiap respons baru menjadi TIDAK LENGKAP. ` +
        `Hapus judul itu dari "Pertanyaan Survei Dinilai" (atau jalankan Survei › Hubungkan Formulir Survei), lalu Sinkronkan Ulang Survei.`,
    );
  }
  if (config.scale && config.scale.kind === 'confirm') notes.push(config.scale.message);
  for (const r of config.renamed ?? []) {
    notes.push(
      `Pertanyaan dinilai "${r.from}" di Pengaturan sekarang berjudul "${r.to}" di formulir survei; jawabannya tetap dinilai. ` +
        `Tulis judul barunya di "Pertanyaan Survei Dinilai" agar Pengaturan sesuai formulir.`,
    );
  }
  for (const title of config.added) {
    notes.push(
      `Pertanyaan "${title}" di formulir survei memakai pilihan bernomor tetapi belum tercantum di "Pertanyaan Survei Dinilai": jawabannya belum dinilai. ` +
        `Tambahkan judulnya di Pengaturan bila perlu dinilai, lalu Sinkronkan Ulang Survei.`,
    );
  }
  for (const title of config.addedMixed ?? []) {
    notes.push(
      `Pertanyaan "${title}" di formulir survei hanya sebagian pilihan jawabannya bernomor dan tidak tercantum di "Pertanyaan Survei Dinilai": jawabannya tidak dinilai. ` +
        `Bila perlu dinilai: beri nomor pada setiap pilihannya di Google Forms lalu tambahkan judulnya di Pengaturan, atau tambahkan judulnya saja agar dinilai menurut urutan pilihan (pilihan pertama = 1); lalu Sinkronkan Ulang Survei.`,
    );
  }
  return notes;
}
