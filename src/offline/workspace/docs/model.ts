/**
 * The document model behind the in-memory DocumentApp: sections holding paragraphs, list items
 * and tables; paragraphs holding Text elements, page breaks and horizontal rules; Text elements
 * as sequences of runs with uniform attributes (the way Google Docs stores formatting).
 *
 * These nodes are plain data with parent links. The Apps Script wrappers (docs/elements.ts,
 * docs/text.ts) are thin, counted views over them; back doors read the nodes directly.
 *
 * Node-only (src/offline is never bundled).
 */

import type { CopyableContent } from '../kernel/kernel';

/** Text or paragraph attributes by DocumentApp.Attribute name (BOLD, FONT_SIZE, HEADING…). */
export type Attrs = Record<string, string | number | boolean | null>;

export interface Run {
  text: string;
  attrs: Attrs;
}

/** Attribute names that belong to a paragraph rather than to its characters. */
export const PARAGRAPH_ATTRIBUTES = new Set([
  'HEADING',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_START',
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'SPACING_AFTER',
  'SPACING_BEFORE',
  'LINE_SPACING',
  'LEFT_TO_RIGHT',
  'GLYPH_TYPE',
  'NESTING_LEVEL',
  'LIST_ID',
]);

export type Parent = ParagraphNode | SectionNode | CellNode | TableNode | RowNode;

export class TextNode {
  readonly type = 'TEXT' as const;
  parent: ParagraphNode | null = null;
  runs: Run[];

  constructor(text = '', attrs: Attrs = {}) {
    this.runs = text === '' ? [] : [{ text, attrs: { ...attrs } }];
  }

  get text(): string {
    return this.runs.map((r) => r.text).join('');
  }

  clone(): TextNode {
    const copy = new TextNode();
    copy.runs = this.runs.map((r) => ({ text: r.text, attrs: { ...r.attrs } }));
    return copy;
  }

  /** Attributes of the character at `offset` (or of the last character when past the end). */
  attrsAt(offset: number): Attrs {
    let pos = 0;
    for (const run of this.runs) {
      if (offset < pos + run.text.length) return run.attrs;
      pos += run.text.length;
    }
    return this.runs.length ? this.runs[this.runs.length - 1].attrs : {};
  }

  /** Makes a run boundary at `offset`; returns the index of the run that starts there. */
  splitAt(offset: number): number {
    let pos = 0;
    for (let i = 0; i < this.runs.length; i++) {
      const run = this.runs[i];
      if (offset === pos) return i;
      if (offset < pos + run.text.length) {
        const cut = offset - pos;
        this.runs.splice(i, 1, { text: run.text.slice(0, cut), attrs: run.attrs }, { text: run.text.slice(cut), attrs: { ...run.attrs } });
        return i + 1;
      }
      pos += run.text.length;
    }
    return this.runs.length;
  }

  /** Sets attributes on characters start..endInclusive (null removes an attribute). */
  applyAttrs(start: number, endInclusive: number, attrs: Attrs): void {
    const from = this.splitAt(start);
    const to = this.splitAt(endInclusive + 1);
    for (let i = from; i < to; i++) this.runs[i].attrs = mergeAttrs(this.runs[i].attrs, attrs);
    this.normalize();
  }

  /** Inserts text taking the formatting of the character before it (or the first one). */
  insert(offset: number, s: string): void {
    if (s === '') return;
    if (this.runs.length === 0) {
      this.runs.push({ text: s, attrs: this.parent ? { ...this.parent.textDefaults } : {} });
      return;
    }
    let pos = 0;
    for (const run of this.runs) {
      const end = pos + run.text.length;
      if (offset <= end && offset > pos) {
        run.text = run.text.slice(0, offset - pos) + s + run.text.slice(offset - pos);
        return;
      }
      if (offset === 0) {
        run.text = s + run.text;
        return;
      }
      pos = end;
    }
  }

  delete(start: number, endInclusive: number): void {
    const from = this.splitAt(start);
    const to = this.splitAt(endInclusive + 1);
    this.runs.splice(from, to - from);
    this.normalize();
  }

  /** Drops empty runs and merges neighbours with equal attributes, as Docs does. */
  normalize(): void {
    const out: Run[] = [];
    for (const run of this.runs) {
      if (run.text === '') continue;
      const last = out[out.length - 1];
      if (last && sameAttrs(last.attrs, run.attrs)) last.text += run.text;
      else out.push(run);
    }
    this.runs = out;
  }
}

export function mergeAttrs(base: Attrs, change: Attrs): Attrs {
  const out: Attrs = { ...base };
  for (const [k, v] of Object.entries(change)) {
    if (v === null || v === undefined) delete out[k];
    else out[k] = v;
  }
  return out;
}

export function sameAttrs(a: Attrs, b: Attrs): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    if ((a[k] ?? null) !== (b[k] ?? null)) return false;
  }
  return true;
}

export class PageBreakNode {
  readonly type = 'PAGE_BREAK' as const;
  parent: ParagraphNode | null = null;
  clone(): PageBreakNode {
    return new PageBreakNode();
  }
}

export class HorizontalRuleNode {
  readonly type = 'HORIZONTAL_RULE' as const;
  parent: ParagraphNode | null = null;
  clone(): HorizontalRuleNode {
    return new HorizontalRuleNode();
  }
}

/** An image in a paragraph: its bytes and type, and its size in points. */
export class InlineImageNode {
  readonly type = 'INLINE_IMAGE' as const;
  parent: ParagraphNode | null = null;
  constructor(
    readonly bytes: Buffer,
    readonly mimeType: string,
    public width: number,
    public height: number,
  ) {}
  clone(): InlineImageNode {
    return new InlineImageNode(this.bytes, this.mimeType, this.width, this.height);
  }
}

/**
 * The pixel size of a PNG, GIF or JPEG (Docs shows a new image at one point per pixel), or null
 * when the bytes are none of these.
 */
export function imageSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length > 24 && bytes.readUInt32BE(0) === 0x89504e47) return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  if (bytes.length > 10 && bytes.toString('latin1', 0, 3) === 'GIF') return { width: bytes.readUInt16LE(6), height: bytes.readUInt16LE(8) };
  if (bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    for (let i = 2; i + 9 < bytes.length; ) {
      if (bytes[i] !== 0xff) return null;
      const marker = bytes[i + 1];
      const len = bytes.readUInt16BE(i + 2);
      if (marker >= 0xc0 && marker <= 0xc3) return { width: bytes.readUInt16BE(i + 7), height: bytes.readUInt16BE(i + 5) };
      i += 2 + len;
    }
  }
  return null;
}

export type InlineNode = TextNode | PageBreakNode | HorizontalRuleNode | InlineImageNode;

export class ParagraphNode {
  parent: SectionNode | CellNode | null = null;
  children: InlineNode[] = [];
  /** HEADING, HORIZONTAL_ALIGNMENT, INDENT_START… */
  paraAttrs: Attrs = { HEADING: 'NORMAL' };
  /** Character attributes new text takes in an empty paragraph. */
  textDefaults: Attrs = {};
  /**
   * The Docs API's paragraphStyle.keepWithNext: the paragraph stays on the page of the next one.
   * DocumentApp has no attribute for it (only the API reads and sets it).
   */
  keepWithNext = false;

  constructor(readonly type: 'PARAGRAPH' | 'LIST_ITEM' = 'PARAGRAPH', text = '') {
    if (type === 'LIST_ITEM') this.paraAttrs = { ...this.paraAttrs, GLYPH_TYPE: 'BULLET', NESTING_LEVEL: 0 };
    if (text !== '') this.add(new TextNode(text));
  }

  get text(): string {
    return this.children.map((c) => (c.type === 'TEXT' ? c.text : '')).join('');
  }

  add<T extends InlineNode>(child: T, index = this.children.length): T {
    child.parent = this;
    this.children.splice(index, 0, child);
    return child;
  }

  /** The paragraph's Text element, created empty when it has none. */
  textNode(): TextNode {
    const found = this.children.find((c): c is TextNode => c.type === 'TEXT');
    return found ?? (this.add(new TextNode()) as TextNode);
  }

  /** Replaces the content with one Text element keeping the first character's formatting. */
  setText(text: string): void {
    const first = this.children.find((c): c is TextNode => c.type === 'TEXT' && c.runs.length > 0);
    const attrs = first ? { ...first.runs[0].attrs } : { ...this.textDefaults };
    for (const c of this.children) c.parent = null;
    this.children = [];
    if (text !== '') this.add(new TextNode(text, attrs));
  }

  clone(): ParagraphNode {
    const copy = new ParagraphNode(this.type);
    copy.paraAttrs = { ...this.paraAttrs };
    copy.textDefaults = { ...this.textDefaults };
    copy.keepWithNext = this.keepWithNext;
    for (const c of this.children) copy.add(c.clone());
    return copy;
  }
}

export type BlockNode = ParagraphNode | TableNode;

/** What Body, HeaderSection, FooterSection and TableCell share: an ordered list of blocks. */
abstract class BlockContainer {
  children: BlockNode[] = [];

  /** This container as the parent its blocks point at. */
  protected abstract container(): SectionNode | CellNode;

  add<T extends BlockNode>(child: T, index = this.children.length): T {
    child.parent = this.container();
    this.children.splice(index, 0, child);
    return child;
  }

  remove(child: BlockNode): void {
    const i = this.children.indexOf(child);
    if (i >= 0) this.children.splice(i, 1);
    child.parent = null;
  }

  get text(): string {
    return this.children.map((c) => c.text).join('\n');
  }
}

export type SectionKind = 'BODY_SECTION' | 'HEADER_SECTION' | 'FOOTER_SECTION';

/**
 * A new Google Doc's page: US Letter with 1-inch margins (Google's default for a document made by
 * DocumentApp.create; the team's locale may differ, so the product always sets its own).
 */
export const DEFAULT_PAGE_ATTRIBUTES: Readonly<Record<string, number>> = {
  PAGE_WIDTH: 612,
  PAGE_HEIGHT: 792,
  MARGIN_TOP: 72,
  MARGIN_BOTTOM: 72,
  MARGIN_LEFT: 72,
  MARGIN_RIGHT: 72,
};

export class SectionNode extends BlockContainer {
  readonly parent = null;
  /** Page size and margins in points (the body's; Docs keeps them per document). */
  pageAttrs: Record<string, number> = { ...DEFAULT_PAGE_ATTRIBUTES };
  constructor(readonly type: SectionKind) {
    super();
  }

  protected container(): SectionNode {
    return this;
  }

  clone(): SectionNode {
    const copy = new SectionNode(this.type);
    copy.pageAttrs = { ...this.pageAttrs };
    for (const c of this.children) copy.add(c.clone());
    return copy;
  }
}

export class CellNode extends BlockContainer {
  readonly type = 'TABLE_CELL' as const;
  parent: RowNode | null = null;
  background: string | null = null;
  attrs: Attrs = {};

  protected container(): CellNode {
    return this;
  }

  clone(): CellNode {
    const copy = new CellNode();
    copy.background = this.background;
    copy.attrs = { ...this.attrs };
    for (const c of this.children) copy.add(c.clone());
    return copy;
  }

  static withText(text: string): CellNode {
    const cell = new CellNode();
    cell.add(new ParagraphNode('PARAGRAPH', text));
    return cell;
  }
}

export class RowNode {
  readonly type = 'TABLE_ROW' as const;
  parent: TableNode | null = null;
  cells: CellNode[] = [];
  attrs: Attrs = {};

  add(cell: CellNode, index = this.cells.length): CellNode {
    cell.parent = this;
    this.cells.splice(index, 0, cell);
    return cell;
  }

  get text(): string {
    return this.cells.map((c) => c.text).join('\t');
  }

  clone(): RowNode {
    const copy = new RowNode();
    copy.attrs = { ...this.attrs };
    for (const c of this.cells) copy.add(c.clone());
    return copy;
  }
}

export class TableNode {
  readonly type = 'TABLE' as const;
  parent: SectionNode | CellNode | null = null;
  rows: RowNode[] = [];
  borderWidth: number | null = null;
  borderColor: string | null = null;
  /** Header rows repeated on every page: only the Docs API sets them (pinTableHeaderRows). */
  pinnedHeaderRows = 0;
  columnWidths: Record<number, number> = {};

  add(row: RowNode, index = this.rows.length): RowNode {
    row.parent = this;
    this.rows.splice(index, 0, row);
    return row;
  }

  get text(): string {
    return this.rows.map((r) => r.text).join('\n');
  }

  clone(): TableNode {
    const copy = new TableNode();
    copy.borderWidth = this.borderWidth;
    copy.borderColor = this.borderColor;
    copy.pinnedHeaderRows = this.pinnedHeaderRows;
    copy.columnWidths = { ...this.columnWidths };
    for (const r of this.rows) copy.add(r.clone());
    return copy;
  }

  static fromCells(cells: string[][]): TableNode {
    const table = new TableNode();
    for (const rowCells of cells) {
      const row = new RowNode();
      for (const text of rowCells) row.add(CellNode.withText(String(text)));
      table.add(row);
    }
    return table;
  }
}

export type AnyNode = InlineNode | ParagraphNode | TableNode | RowNode | CellNode | SectionNode;

/** Every Text element under `node`, in document order. */
export function textNodesUnder(node: AnyNode): TextNode[] {
  const out: TextNode[] = [];
  walk(node, (n) => {
    if (n.type === 'TEXT') out.push(n);
  });
  return out;
}

/** Visits `node` and its descendants in document order. */
export function walk(node: AnyNode, visit: (n: AnyNode) => void): void {
  visit(node);
  switch (node.type) {
    case 'PARAGRAPH':
    case 'LIST_ITEM':
      for (const c of node.children) walk(c, visit);
      break;
    case 'TABLE':
      for (const r of node.rows) walk(r, visit);
      break;
    case 'TABLE_ROW':
      for (const c of node.cells) walk(c, visit);
      break;
    case 'TABLE_CELL':
    case 'BODY_SECTION':
    case 'HEADER_SECTION':
    case 'FOOTER_SECTION':
      for (const c of node.children) walk(c, visit);
      break;
    default:
      break;
  }
}

/** A new section or cell holds one empty paragraph, as in Docs. */
export function emptySection(type: SectionKind): SectionNode {
  const s = new SectionNode(type);
  s.add(new ParagraphNode());
  return s;
}

/** The content of a Google Doc file in the simulated Drive. */
export class DocModel implements CopyableContent {
  body: SectionNode = emptySection('BODY_SECTION');
  header: SectionNode | null = null;
  footer: SectionNode | null = null;

  constructor(readonly id: string) {}

  cloneForCopy(newId: string): DocModel {
    const copy = new DocModel(newId);
    copy.body = this.body.clone();
    copy.header = this.header ? this.header.clone() : null;
    copy.footer = this.footer ? this.footer.clone() : null;
    return copy;
  }

  /** Plain text of the whole document, for exports (PDF blob). */
  plainText(): string {
    return [this.header?.text ?? '', this.body.text, this.footer?.text ?? ''].filter((t) => t !== '').join('\n');
  }
}
