/**
 * Documents as pure structured data (the decree template skeleton, the berita acara), so their
 * content is tested here and one renderer in gas/ turns them into a Google Doc.
 */

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface ParagraphBlock {
  type: 'paragraph';
  text: string;
  align?: Align;
  bold?: boolean;
  /** Document heading level; absent = normal text. */
  heading?: 1 | 2 | 3;
  /** Left indent in points (the right-hand signature and Lampiran blocks). Renderers may ignore. */
  indent?: number;
  /** Font size in points; absent = the document's default. */
  size?: number;
}

export interface TableBlock {
  type: 'table';
  rows: string[][];
  /** The first row is a header (bold, repeated on each page). */
  header?: true;
  /** Layout table without borders (Menimbang/Mengingat/diktum columns). Renderers may ignore. */
  borderless?: true;
  /** Relative column widths in points. Renderers may ignore. */
  widths?: number[];
}

export interface PageBreakBlock {
  type: 'pageBreak';
}

export type DocBlock = ParagraphBlock | TableBlock | PageBreakBlock;

/** A whole document: body blocks plus header and footer paragraphs. */
export interface DocSkeleton {
  header: ParagraphBlock[];
  body: DocBlock[];
  footer: ParagraphBlock[];
}

/** A paragraph block. */
export const para = (text: string, opts: Omit<ParagraphBlock, 'type' | 'text'> = {}): ParagraphBlock => ({ type: 'paragraph', text, ...opts });

/** Every text of the blocks in order (paragraphs, then table cells row by row), for tests and scans. */
export function blockTexts(blocks: readonly DocBlock[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.type === 'paragraph') out.push(b.text);
    else if (b.type === 'table') for (const r of b.rows) out.push(...r);
  }
  return out;
}
