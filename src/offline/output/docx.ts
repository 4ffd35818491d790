/**
 * A Google Doc of the in-memory Workspace as a Word document that renders what the Doc holds:
 * page size and margins; every paragraph's alignment, indents, spacing and heading; every run's
 * font, size, bold, italic, underline and colour; images at their size; page breaks and
 * horizontal rules; tables with
 * the Doc's column widths, borders (width and colour, none where the Doc has none), cell
 * backgrounds, nested tables, and the header rows the Doc pins to repeat on every page. Where the
 * Doc holds nothing, Google Docs' own defaults apply (Arial 11, line spacing 1.15, 1 pt black
 * table borders, 5 pt cell padding, columns sharing the width). Header and footer likewise.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { DocAttributes, DocBlockView, DocInlineView, DocsBackdoor, DocTreeView } from '../workspace/index';

/** The part of a Workspace the exporter needs. */
export interface DocSource {
  docs: Pick<DocsBackdoor, 'tree'>;
}

/** Google Docs' defaults for what a Doc leaves unset. */
export const DOCS_DEFAULTS = { font: 'Arial', size: 11, lineSpacing: 1.15, borderWidth: 1, cellPadding: 5 } as const;

const HEADINGS: Record<string, (typeof HeadingLevel)[keyof typeof HeadingLevel]> = {
  HEADING1: HeadingLevel.HEADING_1,
  HEADING2: HeadingLevel.HEADING_2,
  HEADING3: HeadingLevel.HEADING_3,
  HEADING4: HeadingLevel.HEADING_4,
  HEADING5: HeadingLevel.HEADING_5,
  HEADING6: HeadingLevel.HEADING_6,
  TITLE: HeadingLevel.TITLE,
};

const ALIGNMENTS: Record<string, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  LEFT: AlignmentType.LEFT,
  CENTER: AlignmentType.CENTER,
  RIGHT: AlignmentType.RIGHT,
  JUSTIFY: AlignmentType.JUSTIFIED,
};

/** Points → twentieths of a point (twips). */
const tw = (pt: number): number => Math.round(pt * 20);

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const hex = (v: unknown): string | undefined => (typeof v === 'string' && /^#[0-9a-fA-F]{6}$/.test(v) ? v.slice(1).toUpperCase() : undefined);

/** Run properties of Docs text attributes (only those the Doc holds). */
function runProps(a: DocAttributes): { bold?: boolean; italics?: boolean; underline?: object; size?: number; font?: string; color?: string; strike?: boolean } {
  const size = num(a.FONT_SIZE);
  return {
    ...(a.BOLD === true ? { bold: true } : a.BOLD === false ? { bold: false } : {}),
    ...(a.ITALIC === true ? { italics: true } : {}),
    ...(a.UNDERLINE === true ? { underline: {} } : {}),
    ...(a.STRIKETHROUGH === true ? { strike: true } : {}),
    ...(size !== undefined ? { size: Math.round(size * 2) } : {}),
    ...(str(a.FONT_FAMILY) ? { font: str(a.FONT_FAMILY) } : {}),
    ...(hex(a.FOREGROUND_COLOR) ? { color: hex(a.FOREGROUND_COLOR) } : {}),
  };
}

/** A run's text: "\n" and "\r" inside a paragraph are line breaks, "\t" tabs. */
function textRuns(text: string, attrs: DocAttributes): TextRun[] {
  return text.split(/\r\n|\r|\n/).map((line, i) => new TextRun({ text: line, ...runProps(attrs), ...(i > 0 ? { break: 1 } : {}) }));
}

function inlineChildren(children: readonly DocInlineView[]): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const c of children) {
    if (c.type === 'TEXT') for (const r of c.runs) out.push(...textRuns(r.text, r.attrs));
    else if (c.type === 'PAGE_BREAK') out.push(new PageBreak());
    else if (c.type === 'INLINE_IMAGE') {
      const type = c.mimeType === 'image/jpeg' ? 'jpg' : c.mimeType === 'image/gif' ? 'gif' : 'png';
      // Docs sizes images in points; Word's drawing in pixels at 96 per inch.
      out.push(new ImageRun({ type, data: Buffer.from(c.data, 'base64'), transformation: { width: Math.round((c.width * 96) / 72), height: Math.round((c.height * 96) / 72) } }));
    }
  }
  return out;
}

function paragraphOf(p: Extract<DocBlockView, { type: 'PARAGRAPH' | 'LIST_ITEM' }>): Paragraph {
  const a = p.attrs;
  const heading = str(a.HEADING) ? HEADINGS[String(a.HEADING).toUpperCase()] : undefined;
  const alignment = str(a.HORIZONTAL_ALIGNMENT) ? ALIGNMENTS[String(a.HORIZONTAL_ALIGNMENT).toUpperCase()] : undefined;
  const start = num(a.INDENT_START);
  const first = num(a.INDENT_FIRST_LINE);
  const end = num(a.INDENT_END);
  // Docs measures the first line's indent from the margin, Word from the paragraph's indent.
  const firstOffset = first !== undefined ? first - (start ?? 0) : undefined;
  const indent =
    start !== undefined || firstOffset !== undefined || end !== undefined
      ? {
          ...(start !== undefined ? { left: tw(start) } : {}),
          ...(end !== undefined ? { right: tw(end) } : {}),
          ...(firstOffset !== undefined && firstOffset > 0 ? { firstLine: tw(firstOffset) } : {}),
          ...(firstOffset !== undefined && firstOffset < 0 ? { hanging: tw(-firstOffset) } : {}),
        }
      : undefined;
  const line = num(a.LINE_SPACING);
  const before = num(a.SPACING_BEFORE);
  const after = num(a.SPACING_AFTER);
  const spacing =
    line !== undefined || before !== undefined || after !== undefined
      ? {
          ...(line !== undefined ? { line: Math.round(line * 240), lineRule: LineRuleType.AUTO } : {}),
          ...(before !== undefined ? { before: tw(before) } : {}),
          ...(after !== undefined ? { after: tw(after) } : {}),
        }
      : undefined;
  const rule = p.children.some((c) => c.type === 'HORIZONTAL_RULE');
  return new Paragraph({
    children: inlineChildren(p.children),
    ...(heading ? { heading } : {}),
    ...(alignment ? { alignment } : {}),
    ...(indent ? { indent } : {}),
    ...(spacing ? { spacing } : {}),
    ...(p.type === 'LIST_ITEM' ? { bullet: { level: num(a.NESTING_LEVEL) ?? 0 } } : {}),
    ...(rule ? { border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: '000000', space: 1 } } } : {}),
    ...(p.keepWithNext ? { keepNext: true } : {}),
    // The paragraph mark's size sets an empty paragraph's height.
    run: runProps(p.textDefaults),
  });
}

function tableOf(t: Extract<DocBlockView, { type: 'TABLE' }>, available: number): Table {
  const columns = Math.max(1, t.columnWidths.length);
  const given = t.columnWidths.filter((w): w is number => w !== null);
  const share = (available - given.reduce((a, b) => a + b, 0)) / Math.max(1, columns - given.length);
  const widths = Array.from({ length: columns }, (_, c) => t.columnWidths[c] ?? Math.max(share, 20));
  const width = t.borderWidth === null ? DOCS_DEFAULTS.borderWidth : t.borderWidth;
  const line = width > 0 ? { style: BorderStyle.SINGLE, size: Math.max(2, Math.round(width * 8)), color: hex(t.borderColor) ?? '000000' } : { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const pad = tw(DOCS_DEFAULTS.cellPadding);
  return new Table({
    width: { size: tw(widths.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    columnWidths: widths.map(tw),
    layout: TableLayoutType.FIXED,
    // Docs puts a table's border on the margin, not the cell text.
    indent: { size: 0, type: WidthType.DXA },
    margins: { left: pad, right: pad, top: pad, bottom: pad },
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: (t.rows.length > 0 ? t.rows : [{ attrs: {}, cells: [{ attrs: {}, background: null, blocks: [] }] }]).map(
      (row, r) =>
        new TableRow({
          tableHeader: r < t.pinnedHeaderRows,
          children: Array.from({ length: columns }, (_, c) => {
            const cell = row.cells[c] ?? { attrs: {}, background: null, blocks: [] };
            const fill = hex(cell.background);
            const content = blocksOf(cell.blocks, widths[c] - 2 * DOCS_DEFAULTS.cellPadding);
            // Word needs a paragraph to end every cell.
            if (content.length === 0 || content[content.length - 1] instanceof Table) content.push(new Paragraph({}));
            return new TableCell({
              width: { size: tw(widths[c]), type: WidthType.DXA },
              children: content,
              ...(fill ? { shading: { fill, type: ShadingType.CLEAR, color: 'auto' } } : {}),
            });
          }),
        }),
    ),
  });
}

/** Document blocks → docx blocks, in order; `available` is the width tables may take (points). */
export function blocksOf(blocks: readonly DocBlockView[], available: number): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  blocks.forEach((b, i) => {
    if (b.type === 'TABLE') {
      out.push(tableOf(b, available));
      // Word merges two adjacent tables; a hairline paragraph keeps them apart (Docs keeps them apart too).
      if (blocks[i + 1]?.type === 'TABLE') out.push(new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, children: [] }));
    } else {
      out.push(paragraphOf(b));
    }
  });
  return out;
}

/** A Word document from the tree of a Doc. */
export function documentFromTree(tree: DocTreeView, title = ''): Document {
  const p = tree.page;
  const textWidth = p.width - p.marginLeft - p.marginRight;
  const header = tree.header && tree.header.length > 0 ? new Header({ children: blocksOf(tree.header, textWidth) }) : undefined;
  const footer = tree.footer && tree.footer.length > 0 ? new Footer({ children: blocksOf(tree.footer, textWidth) }) : undefined;
  return new Document({
    creator: 'Agen Perubahan',
    title,
    styles: {
      default: {
        document: {
          run: { font: DOCS_DEFAULTS.font, size: DOCS_DEFAULTS.size * 2 },
          paragraph: { spacing: { line: Math.round(DOCS_DEFAULTS.lineSpacing * 240), lineRule: LineRuleType.AUTO, before: 0, after: 0 } },
        },
        heading1: { run: { color: '000000', size: 40 } },
        heading2: { run: { color: '000000', size: 32 } },
        heading3: { run: { color: '000000', size: 28 } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: tw(p.width), height: tw(p.height) },
            margin: { top: tw(p.marginTop), right: tw(p.marginRight), bottom: tw(p.marginBottom), left: tw(p.marginLeft), header: tw(36), footer: tw(36) },
          },
        },
        ...(header ? { headers: { default: header } } : {}),
        ...(footer ? { footers: { default: footer } } : {}),
        children: blocksOf(tree.body, textWidth),
      },
    ],
  });
}

/** The .docx bytes of a Doc of the workspace. */
export async function exportDocx(source: DocSource, documentId: string, title?: string): Promise<Buffer> {
  return Packer.toBuffer(documentFromTree(source.docs.tree(documentId), title));
}
