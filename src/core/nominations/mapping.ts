/**
 * N3: which questions of the nomination Form hold nominees, and which one holds the voter's NIP.
 * Detected from titles; the team's titles in `Pengaturan` take precedence.
 *
 * A title is about the voter when it names the voter ("pengusul", "pemilih", "responden",
 * "identitas") or asks for the voter's own data ("Nama Anda", "NIP Saudara"). "Nama calon yang
 * Anda usulkan" is about a nominee: "Anda" there does not follow a data word. Nominee titles
 * mention "calon" or "usulan" (also "diusulkan", "Anda usulkan"), case-insensitive, and ask for the
 * person, not a detail of them or a reason ("Jabatan Calon", "Unit Kerja Calon", "Alasan memilih
 * calon" are not nominee questions).
 */

import { byLabel, labelled, type LabelledQuestion } from '../questions';

/**
 * A question of the Form as plain data, in Form order; `kind` as FormApp names it ("TEXT",
 * "CHECKBOX"…) or lower-case. `key` is what answers are keyed by (the item id; the title when
 * absent). Labels are computed over the list given, so pass every question of the Form.
 */
export interface FormQuestion {
  key?: string;
  title: string;
  kind: string;
}

/** The team's explicit labels from `Pengaturan` (empty = detect). */
export interface MappingOverride {
  nomineeQuestions?: readonly string[];
  voterNipQuestion?: string;
}

export interface NominationMapping {
  /** Keys of the nominee questions, in Form order. */
  nomineeQuestions: string[];
  /** Their labels (the title; "Title (2)" for the second question sharing it), for people. */
  nomineeLabels: string[];
  /** Key of the voter's NIP question, or null when there is none. */
  voterNipQuestion: string | null;
  voterNipLabel: string | null;
  /** Whether the nominee questions came from `Pengaturan` or from the titles. */
  source: 'pengaturan' | 'otomatis';
  /** Indonesian messages for the team: override titles not in the Form, nothing found. */
  problems: string[];
}

const ANSWERABLE = new Set(['text', 'paragraphtext', 'paragraph', 'list', 'checkbox', 'multiplechoice', 'dropdown']);

function kindKey(kind: string): string {
  return kind.toLowerCase().replace(/[^a-z]/g, '');
}

function titleKey(title: string): string {
  return title.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

const VOTER_WORD = /(?:^|[^a-z])(?:pengusul|pemilih|responden|identitas|penjaring)(?![a-z])/;
const VOTER_DATA = /(?:^|[^a-z])(?:nama|nip|unit(?: kerja)?|jabatan|e-?mail|bidang|bagian)\s*(?:lengkap\s*)?(?:anda|saudara|sdr\.?|bapak\/ibu|bpk\/ibu)(?![a-z])/;
const NOMINEE_WORD = /calon|usulan|diusulkan|(?:anda|saudara|kamu) usulkan/;
// Questions about the nomination or a detail of the nominee rather than the person: "Alasan
// memilih calon", "Jabatan Calon", "Unit Kerja Calon", "Bidang calon", "Komentar".
const NOT_A_NAME = /alasan|mengapa|kenapa|komentar|keterangan|catatan|pendapat|penjelasan|(?:^|[^a-z])(?:jabatan|unit|bidang|bagian|golongan|pangkat|instansi)(?![a-z])/;
const NIP_WORD = /(?:^|[^a-z])nip(?![a-z])/;

/** True when a title asks about the voter ("NIP Anda", "Nama Pengusul"). */
export function isAboutVoter(title: string): boolean {
  const t = titleKey(title);
  return VOTER_WORD.test(t) || VOTER_DATA.test(t);
}

/** True when a title asks for a nominee ("Calon Agen Perubahan 1", "Usulan nama"). */
export function isNomineeTitle(title: string): boolean {
  const t = titleKey(title);
  return NOMINEE_WORD.test(t) && !NOT_A_NAME.test(t) && !isAboutVoter(title);
}

type Question = FormQuestion & LabelledQuestion;

/** The questions with keys and labels (labels over every question given, in order). */
export function labelledQuestions(questions: readonly FormQuestion[]): Question[] {
  return labelled(questions.map((q) => ({ ...q, id: q.key ?? q.title }))).map(({ id: _id, ...q }) => q);
}

/**
 * The mapping of a nomination Form (N3). Override titles match the Form's titles case- and
 * space-insensitively; those missing from the Form are reported, and when none of the nominee
 * titles remains, detection from titles takes over (also reported).
 */
export function detectMapping(questions: readonly FormQuestion[], override: MappingOverride = {}): NominationMapping {
  const all = labelledQuestions(questions);
  const answerable = all.filter((q) => ANSWERABLE.has(kindKey(q.kind)) && q.title.trim() !== '');
  const problems: string[] = [];

  let nominees: Question[] = [];
  let source: NominationMapping['source'] = 'otomatis';
  const wanted = (override.nomineeQuestions ?? []).map((t) => t.trim()).filter((t) => t !== '');
  if (wanted.length > 0) {
    for (const w of wanted) {
      const hit = byLabel(answerable, w);
      if (hit === null) problems.push(`Pertanyaan "${w}" (Pengaturan: Pertanyaan Calon) tidak ada di formulir penjaringan.`);
      else if (!nominees.includes(hit)) nominees.push(hit);
    }
    if (nominees.length > 0) source = 'pengaturan';
    else problems.push('Tidak satu pun Pertanyaan Calon di Pengaturan ada di formulir; pertanyaan calon dikenali dari judulnya.');
  }
  if (nominees.length === 0) nominees = answerable.filter((q) => isNomineeTitle(q.title));

  let voterNip: Question | null = null;
  const wantedNip = (override.voterNipQuestion ?? '').trim();
  if (wantedNip !== '') {
    voterNip = byLabel(answerable, wantedNip);
    if (voterNip === null) {
      problems.push(`Pertanyaan "${wantedNip}" (Pengaturan: Pertanyaan NIP Pengusul) tidak ada di formulir penjaringan.`);
    }
  }
  if (voterNip === null) {
    voterNip = answerable.find((q) => NIP_WORD.test(titleKey(q.title)) && !nominees.includes(q) && !isNomineeTitle(q.title)) ?? null;
  }

  if (nominees.length === 0) {
    problems.push(
      'Tidak ada pertanyaan calon di formulir penjaringan. Judul pertanyaan calon harus memuat kata "calon" atau "usulan", atau tulis judulnya di Pengaturan (Pertanyaan Calon).',
    );
  }
  return {
    nomineeQuestions: nominees.map((q) => q.key),
    nomineeLabels: nominees.map((q) => q.label),
    voterNipQuestion: voterNip ? voterNip.key : null,
    voterNipLabel: voterNip ? voterNip.label : null,
    source,
    problems,
  };
}

/**
 * Nominee questions of the Form that a mapping leaves out although their titles say they hold
 * nominees (N3: a question added after connecting while the team's own list is in Pengaturan).
 */
export function uncountedNomineeQuestions(questions: readonly FormQuestion[], mapping: Pick<NominationMapping, 'nomineeQuestions' | 'voterNipQuestion'>): string[] {
  return labelledQuestions(questions)
    .filter((q) => ANSWERABLE.has(kindKey(q.kind)) && isNomineeTitle(q.title) && !mapping.nomineeQuestions.includes(q.key) && q.key !== mapping.voterNipQuestion)
    .map((q) => q.label);
}
