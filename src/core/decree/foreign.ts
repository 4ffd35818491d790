/**
 * Foreign (non-Indonesian) terms the documents use, which official Indonesian writing prints in
 * italics (PUEBI; Permendagri 1/2023 follows it): "assessment", "role model", and the English
 * parts of regulation titles.
 */

export const FOREIGN_TERMS: readonly string[] = [
  'assessment',
  'role model',
  'Grand Design',
  'Road Map',
  'Core Values',
  'Employer Branding',
  'mindset',
];

/** A span of characters, both ends inclusive. */
export type Span = [number, number];

const PATTERN = new RegExp(
  `(^|[^A-Za-z])(${FOREIGN_TERMS.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})(?![A-Za-z])`,
  'gi',
);

/** Where foreign terms occur in `text`, in order, as inclusive character spans. */
export function foreignSpans(text: string): Span[] {
  const out: Span[] = [];
  PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PATTERN.exec(text)) !== null) {
    const start = m.index + m[1].length;
    out.push([start, start + m[2].length - 1]);
  }
  return out;
}
