/**
 * Table columns sized to the text width before the document exists: every column at least as
 * wide as its longest word (so no word is ever broken across lines: "Menimba/ng", "KEEM/PAT",
 * "Peringkat" one letter a line), label / colon / number columns exactly that wide, and the rest
 * of the text width shared among the text columns by how much text they hold. The widths sum to
 * the text width, so a table never runs past the margin.
 */
import { type DocumentFont, measureText } from './page';

/** Google Docs' default cell padding, left and right (points). */
export const CELL_PADDING = 5;

export interface ColumnSpec {
  /** Texts the column will hold (data rows); their longest word sets the minimum. */
  texts?: readonly string[];
  /** Header text (measured bold). */
  header?: string;
  /** Texts that must stay on one line ("10.", the first groups of a NIP). */
  keep?: readonly string[];
  /**
   * A label, colon or number column: exactly as wide as it needs. Text columns share what is
   * left of the text width.
   */
  fixed?: boolean;
}

export interface ColumnFit {
  /** Widths in points, summing to the text width. */
  widths: number[];
  /** The font size the widths were computed for (the largest of the sizes tried that fits). */
  fontSize: number;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}

/** The narrowest a column can be at `size`: its longest word or kept text, plus padding. */
export function columnNeed(spec: ColumnSpec, font: DocumentFont, size: number): number {
  let need = 0;
  for (const t of spec.texts ?? []) for (const w of words(t)) need = Math.max(need, measureText(w, font, size));
  for (const w of words(spec.header ?? '')) need = Math.max(need, measureText(w, font, size, true));
  for (const k of spec.keep ?? []) need = Math.max(need, measureText(k, font, size));
  return round2(need + 2 * CELL_PADDING + 0.5);
}

/** How wide the column would like to be: its longest text on one line (capped), plus padding. */
function columnWish(spec: ColumnSpec, font: DocumentFont, size: number, cap: number): number {
  let wish = 0;
  for (const t of spec.texts ?? []) wish = Math.max(wish, measureText(t, font, size));
  if (spec.header) wish = Math.max(wish, measureText(spec.header, font, size, true));
  return Math.min(cap, wish + 2 * CELL_PADDING);
}

/**
 * Widths for `specs` on `total` points, at the largest of `sizes` where every column's longest
 * word fits; null when not even the smallest size fits (the caller must change the table).
 */
export function fitColumns(specs: readonly ColumnSpec[], total: number, font: DocumentFont, sizes: readonly number[]): ColumnFit | null {
  for (const size of sizes) {
    const need = specs.map((s) => columnNeed(s, font, size));
    const sumNeed = need.reduce((a, b) => a + b, 0);
    if (sumNeed > total) continue;
    const flex = specs.map((s, i) => (s.fixed ? -1 : i)).filter((i) => i >= 0);
    const widths = need.slice();
    let spare = total - sumNeed;
    if (flex.length === 0) {
      // All columns fixed: the last one takes what is left so the table spans the text width.
      widths[widths.length - 1] += spare;
    } else {
      // First bring each text column towards its wish, in proportion to what it lacks; then
      // share what is still left in proportion to the wishes.
      const wish = specs.map((s, i) => columnWish(s, font, size, total) - need[i]);
      const lacking = flex.reduce((a, i) => a + Math.max(0, wish[i]), 0);
      const give = Math.min(spare, lacking);
      if (lacking > 0) for (const i of flex) widths[i] += (give * Math.max(0, wish[i])) / lacking;
      spare -= give;
      if (spare > 0) {
        const weights = flex.map((i) => widths[i]);
        const sum = weights.reduce((a, b) => a + b, 0);
        flex.forEach((i, k) => (widths[i] += (spare * weights[k]) / sum));
      }
    }
    const rounded = widths.map(round2);
    const drift = round2(total - rounded.reduce((a, b) => a + b, 0));
    const last = flex.length > 0 ? flex[flex.length - 1] : rounded.length - 1;
    rounded[last] = round2(rounded[last] + drift);
    return { widths: rounded, fontSize: size };
  }
  return null;
}
