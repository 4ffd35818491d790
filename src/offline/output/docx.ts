/**
 * A Google Doc of the in-memory Workspace as a Word document: body, header and footer, keeping
 * headings, alignment, bold paragraphs, list items, tables, horizontal rules and page breaks (the
 * decree's Lampiran starts on its own page). Line breaks inside a paragraph stay line breaks.
 *
 * Page: A4 with the margins Indonesian official letters use (Permendagri 1/2023 leaves them to
 * the office; 2.5 cm / 2 cm is the common choice), Times New Roman 12 pt, black headings.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageBreak,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { DocElementView, DocsBackdoor } from '../workspace/index';

/** Parts of a document as the back door reports them. */
export interface DocParts {
  title?: string;
  body: DocElementView[];
  header?: DocElementView[];
  footer?: DocElementView[];
}

/** The part of a Workspace the exporter needs. */
export interface DocSource {
  docs: Pick<DocsBackdoor, 'elements'>;
}

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

/** Text → runs: "\n" becomes a line break, "\t" a tab; `{{`, `$` and the rest stay literal. */
function runsOf(text: string, bold: boolean): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  text.split('\n').forEach((line, i) => {
    const parts = line.split('\t');
    const children: (string | Tab)[] = [];
    parts.forEach((p, j) => {
      if (j > 0) children.push(new Tab());
      if (p !== '') children.push(p);
    });
    out.push(new TextRun({ children, bold: bold || undefined, break: i > 0 ? 1 : undefined }));
  });
  return out;
}

function paragraphOf(el: DocElementView): Paragraph {
  const heading = el.heading ? HEADINGS[el.heading.toUpperCase()] : undefined;
  const alignment = el.alignment ? ALIGNMENTS[el.alignment.toUpperCase()] : undefined;
  return new Paragraph({
    children: runsOf(el.text ?? '', el.bold === true),
    ...(heading ? { heading } : {}),
    ...(alignment ? { alignment } : {}),
    ...(el.type === 'LIST_ITEM' ? { bullet: { level: 0 } } : {}),
  });
}

/** A first row that reads like column titles ("No", "Nama", …): a data table, ruled and with a bold header. */
function hasHeaderRow(rows: string[][]): boolean {
  return rows.length > 1 && /^no\.?$/i.test((rows[0][0] ?? '').trim());
}

/** Text width of A4 minus the margins below, in twentieths of a point. */
const TEXT_WIDTH_DXA = 11906 - cm(2.5) - cm(2);

function cm(n: number): number {
  return Math.round((n / 2.54) * 1440);
}

/**
 * Column widths by content: each column weighs its longest line (2–60 characters), so a layout
 * table ("Menimbang | : | a. | bahwa …") keeps its narrow columns narrow and its text wide.
 */
export function columnWidths(rows: string[][], width: number, total = TEXT_WIDTH_DXA): number[] {
  const weights = Array.from({ length: width }, (_, c) =>
    Math.min(60, Math.max(2, ...rows.map((r) => Math.max(0, ...(r[c] ?? '').split('\n').map((l) => l.trim().length))))),
  );
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((w / sum) * total));
}

function tableOf(el: DocElementView): Table {
  const rows = el.rows && el.rows.length > 0 ? el.rows : [['']];
  const width = Math.max(...rows.map((r) => r.length), 1);
  const dataTable = hasHeaderRow(rows);
  const widths = columnWidths(rows, width);
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const border = dataTable ? line : none;
  return new Table({
    width: { size: TEXT_WIDTH_DXA, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: rows.map(
      (row, r) =>
        new TableRow({
          tableHeader: dataTable && r === 0,
          children: Array.from({ length: width }, (_, c) =>
            new TableCell({
              width: { size: widths[c], type: WidthType.DXA },
              children: [new Paragraph({ children: runsOf(row[c] ?? '', dataTable && r === 0) })],
            }),
          ),
        }),
    ),
  });
}

/** Document elements → docx blocks, in order. */
export function blocksOf(elements: readonly DocElementView[]): (Paragraph | Table)[] {
  const blocks: (Paragraph | Table)[] = [];
  for (const el of elements) {
    switch (el.type) {
      case 'TABLE':
        blocks.push(tableOf(el));
        // Word merges two adjacent tables; a small empty paragraph keeps them apart.
        blocks.push(new Paragraph({ spacing: { before: 0, after: 0 }, children: [new TextRun({ text: '', size: 4 })] }));
        break;
      case 'PAGE_BREAK':
        blocks.push(new Paragraph({ children: [new PageBreak()] }));
        break;
      case 'HORIZONTAL_RULE':
        blocks.push(new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: '000000', space: 1 } } }));
        break;
      default:
        blocks.push(paragraphOf(el));
    }
  }
  return blocks;
}

/** A Word document from the parts of a Doc. */
export function documentFromParts(parts: DocParts): Document {
  const header = parts.header && parts.header.length > 0 ? new Header({ children: blocksOf(parts.header) }) : undefined;
  const footer = parts.footer && parts.footer.length > 0 ? new Footer({ children: blocksOf(parts.footer) }) : undefined;
  const black = { color: '000000', font: 'Times New Roman' };
  return new Document({
    creator: 'Agen Perubahan',
    title: parts.title ?? '',
    styles: {
      default: {
        document: { run: { font: 'Times New Roman', size: 24 } },
        title: { run: { ...black, size: 32, bold: true } },
        heading1: { run: { ...black, size: 28, bold: true }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading2: { run: { ...black, size: 26, bold: true }, paragraph: { spacing: { before: 200, after: 100 } } },
        heading3: { run: { ...black, size: 24, bold: true } },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: cm(2), bottom: cm(2), left: cm(2.5), right: cm(2) } } },
        ...(header ? { headers: { default: header } } : {}),
        ...(footer ? { footers: { default: footer } } : {}),
        children: blocksOf(parts.body),
      },
    ],
  });
}

/** Elements of a section, or none when the document has no such section. */
function sectionOf(source: DocSource, id: string, section: 'header' | 'footer'): DocElementView[] {
  try {
    return source.docs.elements(id, section);
  } catch {
    return [];
  }
}

/** The .docx bytes of a Doc of the workspace. */
export async function exportDocx(source: DocSource, documentId: string, title?: string): Promise<Buffer> {
  const doc = documentFromParts({
    title,
    body: source.docs.elements(documentId, 'body'),
    header: sectionOf(source, documentId, 'header'),
    footer: sectionOf(source, documentId, 'footer'),
  });
  return Packer.toBuffer(doc);
}
