/**
 * Scoring one survey response (S1, S2): each scored answer is the number its option carries, or,
 * for a question the team listed whose options are not all numbered, the option's 1-based
 * position; any unanswered or unparseable scored question makes the response TIDAK LENGKAP, which
 * is listed but never banded. A partly numbered question the team has not confirmed is not scored.
 */
import { optionNumber, UNCONFIRMED_MARK, type SurveyQuestion } from './questions';

/** An answer as read from a Form response or a response-sheet cell. */
export type AnswerValue = string | number | string[] | null | undefined;

/** A response's answers keyed by question key, or title where a question has no key (PlainResponse fits). */
export interface SurveyResponseInput {
  answers: Record<string, AnswerValue>;
}

export interface ScoreProblem {
  /** Question title. */
  question: string;
  /** Indonesian, says what is wrong with the answer. */
  message: string;
}

export interface ResponseScore {
  /** Score per scored question, in question order; null when unanswered or unparseable. */
  perQuestion: (number | null)[];
  /** Sum of the scores that could be read (only meaningful when complete). */
  total: number;
  /** Number of scored questions. */
  n: number;
  complete: boolean;
  problems: ScoreProblem[];
}

const norm = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();

type AnswerReading = { score: number } | { score: null; message: string };

/**
 * The score of the option at `at`: its own number ("2 - Sering", "Sering (2)", a bare "2"), or its
 * 1-based position when the question is scored by position (S1: the team listed it).
 */
function choiceScore(question: SurveyQuestion, at: number): number {
  if (question.byPosition) return at + 1;
  return optionNumber(question.choices[at]) ?? at + 1;
}

/** Why a partly numbered question the team has not confirmed gives no score (S1), for `Keterangan`. */
export function unconfirmedQuestionMessage(title: string): string {
  return (
    `Pertanyaan "${title}" belum dinilai: hanya sebagian pilihan jawabannya bernomor. ` +
    `Beri nomor pada setiap pilihannya di Google Forms, atau hapus "${UNCONFIRMED_MARK}" di belakang judulnya pada "Pertanyaan Survei Dinilai" (lembar Pengaturan) agar dinilai menurut urutan pilihan; lalu Sinkronkan Ulang Survei.`
  );
}

function readAnswer(answer: AnswerValue, question: SurveyQuestion): AnswerReading {
  if (question.unconfirmed) return { score: null, message: unconfirmedQuestionMessage(question.title) };
  let value = answer;
  if (Array.isArray(value)) {
    const given = value.filter((v) => String(v).trim() !== '');
    if (given.length > 1) return { score: null, message: `Pertanyaan "${question.title}" dijawab dengan lebih dari satu pilihan.` };
    value = given.length === 1 ? given[0] : '';
  }
  const text = value === null || value === undefined ? '' : String(value).trim();
  if (text === '') return { score: null, message: `Pertanyaan "${question.title}" tidak dijawab.` };
  if (question.choices.length > 0) {
    // The answer must be one of the options: a typed "Other" answer ("1 kali sebulan") is
    // unparseable even when it starts with a digit (S1, S2). A response tab gives "2" as 2.
    const key = norm(text);
    let at = question.choices.findIndex((c) => norm(c) === key);
    if (at < 0 && typeof value === 'number') at = question.choices.findIndex((c, i) => choiceScore(question, i) === value && /^\s*\d+\s*$/.test(c));
    if (at >= 0) return { score: choiceScore(question, at) };
    return {
      score: null,
      message: `Jawaban "${text}" pada pertanyaan "${question.title}" tidak dapat dinilai: bukan salah satu pilihan jawaban (isian "Lainnya" tidak dinilai).`,
    };
  }
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 0) return { score: value };
    return { score: null, message: `Jawaban ${value} pada pertanyaan "${question.title}" bukan nomor pilihan.` };
  }
  const number = optionNumber(text);
  if (number !== null) return { score: number };
  return {
    score: null,
    message: `Jawaban "${text}" pada pertanyaan "${question.title}" tidak dapat dinilai: tidak diawali nomor dan daftar pilihan pertanyaan ini tidak diketahui.`,
  };
}

/**
 * The score of one answer: its option's number ("3 – Kadang-kadang" → 3), or its 1-based position
 * when the question is scored by position, else null (unanswered, unparseable, or unconfirmed).
 */
export function scoreAnswer(answer: AnswerValue, question: SurveyQuestion): number | null {
  return readAnswer(answer, question).score;
}

/** The answer to a question in a response: by its key (the item id), else by its label. */
export function answerTo(response: SurveyResponseInput, question: Pick<SurveyQuestion, 'key' | 'title'>): AnswerValue {
  return question.key !== undefined && question.key in response.answers ? response.answers[question.key] : response.answers[question.title];
}

/**
 * Scores a response against the scored questions: per-question scores, total, n and whether it is
 * complete; each unanswered or unparseable question is listed in `problems` in Indonesian.
 */
export function scoreResponse(response: SurveyResponseInput, questions: SurveyQuestion[]): ResponseScore {
  const perQuestion: (number | null)[] = [];
  const problems: ScoreProblem[] = [];
  let total = 0;
  for (const q of questions) {
    const reading = readAnswer(answerTo(response, q), q);
    perQuestion.push(reading.score);
    if (reading.score === null) problems.push({ question: q.title, message: reading.message });
    else total += reading.score;
  }
  return { perQuestion, total, n: questions.length, complete: problems.length === 0 && questions.length > 0, problems };
}
