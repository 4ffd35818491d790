/**
 * Documents as pure structured data (the decree template skeleton, the berita acara), so their
 * content and layout are tested here and one renderer in gas/ turns them into a Google Doc.
 *
 * Layout is decided here, in points, from the page setup (page.ts): table column widths that sum
 * to the text width (columns.ts), the right-hand blocks' indent, which tables are data (ruled,
 * header row repeated on every page) and which are layout (no borders). Foreign terms are marked
 * italic where the text is made (foreign.ts).
 */
import { foreignSpans, type Span } from './foreign';
import type { PageSetup } from './page';

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface ParagraphBlock {
  type: 'paragraph';
  text: string;
  align?: Align;
  bold?: boolean;
  /** Character spans in italics (foreign terms), both ends inclusive. */
  italic?: Span[];
  /** Document heading level; absent = normal text. */
  heading?: 1 | 2 | 3;
  /** Left indent in points (the right-hand signature block). */
  indent?: number;
  /** Right indent in points (a centred heading on balanced lines). */
  indentEnd?: number;
  /** Font size in points; absent = the document's size. */
  size?: number;
  /**
   * Kept on the page of what follows (a table's lead-in line, the lines of a signature block),
   * so a page never ends with a heading whose table starts on the next.
   */
  keepWithNext?: true;
}

export interface TableBlock {
  type: 'table';
  rows: string[][];
  /** The first row is a header: bold, and repeated at the top of every page the table spans. */
  header?: true;
  /** Layout table without borders (Menimbang/Mengingat/diktum columns, the Lampiran heading). */
  borderless?: true;
  /** Column widths in points, summing to the text width. */
  widths: number[];
  /** Font size of the cells in points; absent = the document's size. */
  fontSize?: number;
  /** Alignment per column (absent = left). */
  align?: (Align | undefined)[];
  /** Columns whose cells are bold (the diktum labels). */
  boldColumns?: number[];
  /**
   * Columns of one-line cells (labels, colons, item letters) that keep the document's paragraph
   * defaults, so the renderer spends no call on them.
   */
  plainColumns?: number[];
}

export interface PageBreakBlock {
  type: 'pageBreak';
}

/** A horizontal rule across the text width (under the kop). */
export interface RuleBlock {
  type: 'rule';
}

/**
 * The letterhead (kop) at the top of the first page: its lines centred, with the office's emblem
 * on the left when `Pengaturan` names one (the renderer fetches the image; without it the lines
 * stand alone), then a rule.
 */
export interface KopBlock {
  type: 'kop';
  lines: ParagraphBlock[];
  /** Width of the emblem's column in points (the image is scaled to fit it). */
  emblemWidth: number;
}

export type DocBlock = ParagraphBlock | TableBlock | PageBreakBlock | RuleBlock | KopBlock;

/** A whole document: its page, body blocks, header and footer paragraphs. */
export interface DocSkeleton {
  page: PageSetup;
  header: ParagraphBlock[];
  body: DocBlock[];
  footer: ParagraphBlock[];
}

/** A paragraph block; foreign terms in `text` are set in italics. */
export const para = (text: string, opts: Omit<ParagraphBlock, 'type' | 'text'> = {}): ParagraphBlock => {
  const block: ParagraphBlock = { type: 'paragraph', text, ...opts };
  const spans = foreignSpans(text);
  if (spans.length > 0 && block.italic === undefined) block.italic = spans;
  return block;
};

/** Every text of the blocks in order (paragraphs, then table cells row by row), for tests and scans. */
export function blockTexts(blocks: readonly DocBlock[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.type === 'paragraph') out.push(b.text);
    else if (b.type === 'table') for (const r of b.rows) out.push(...r);
    else if (b.type === 'kop') for (const l of b.lines) out.push(l.text);
  }
  return out;
}
