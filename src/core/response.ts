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
  /** Answers keyed by the question's title. */
  answers: Record<string, string | string[]>;
}
