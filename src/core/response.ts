/**
 * One Form response as plain data, the shape every part of the product reads: gas/forms builds
 * it from a FormResponse (read once, never touched again), a pasted tab or CSV from its rows.
 */
export interface PlainResponse {
  id: string;
  /** ms since epoch */
  timestamp: number;
  /** Lower-cased respondent e-mail, or '' when the Form does not collect it. */
  email: string;
  /**
   * Answers keyed by the question's key (N3: the Form item's id, as text; a CSV's column becomes
   * an item too), never by title alone: two questions with the same title are two questions.
   */
  answers: Record<string, string | string[]>;
  /**
   * Keys of answers a response tab holds as numbers too long to be exact (Sheets keeps 15
   * significant digits: an 18-digit NIP loses its last three); absent when every answer is exact.
   */
  inexact?: string[];
}
