/**
 * The containers of the in-memory DocumentApp: Body, HeaderSection, FooterSection and
 * TableCell (paragraphs, list items, tables, page breaks in order), and the factory that wraps
 * any node in its element class.
 *
 * Structural operations (copy, insert, remove) move nodes with their runs.
 */

import { type Attrs, type BlockNode, CellNode, HorizontalRuleNode, PageBreakNode, ParagraphNode, SectionNode, TableNode } from './model';
import { imitates, orNull } from '../kernel/fake';
import { attrName, type DocSession, factory, requireDetached, Wrapper } from './base';
import { ContainerTextElement, HorizontalRuleElement, InlineImageElement, PageBreakElement, TextElement } from './text';
import { applyParagraphAttrs, ChildHolder, indexError, ListItem, Paragraph, type ParagraphElement, paragraphElement } from './paragraphs';
import { RowElement, TableElement } from './tables';

export { type ParagraphElement, RowElement, TableElement };

/** A detached Paragraph (or ListItem) the script passed, or a new one holding its text. */
function toParagraph(type: 'PARAGRAPH' | 'LIST_ITEM', arg: unknown): ParagraphNode {
  if (arg instanceof Wrapper) {
    const node: unknown = arg.node;
    if (!(node instanceof ParagraphNode) || node.type !== type) throw new Error(`Invalid argument: ${type === 'PARAGRAPH' ? 'paragraph' : 'listItem'}`);
    requireDetached(node);
    return node;
  }
  return new ParagraphNode(type, arg === undefined || arg === null ? '' : String(arg));
}

function toTable(arg: unknown): TableNode {
  if (arg instanceof Wrapper) {
    const node = arg.node as TableNode;
    requireDetached(node);
    return node;
  }
  if (Array.isArray(arg)) return TableNode.fromCells(arg as string[][]);
  return new TableNode();
}

abstract class ContainerElement<N extends SectionNode | CellNode> extends ChildHolder<N> {
  private insertBlock(index: number, block: BlockNode): void {
    const size = this.node.children.length;
    if (index < 0 || index > size) throw indexError(index, size + 1);
    this.node.add(block, index);
    // A section always ends with a paragraph: Docs adds one after a trailing table.
    if (block instanceof TableNode && index === size && this.node instanceof SectionNode) {
      this.node.add(new ParagraphNode());
    }
  }

  appendParagraph(arg: unknown): Paragraph {
    this.count('appendParagraph');
    const node = toParagraph('PARAGRAPH', arg);
    this.insertBlock(this.node.children.length, node);
    return new Paragraph(this.session, node);
  }

  insertParagraph(index: number, arg: unknown): Paragraph {
    this.count('insertParagraph');
    const node = toParagraph('PARAGRAPH', arg);
    this.insertBlock(index, node);
    return new Paragraph(this.session, node);
  }

  appendListItem(arg: unknown): ListItem {
    this.count('appendListItem');
    const node = toParagraph('LIST_ITEM', arg);
    this.insertBlock(this.node.children.length, node);
    return new ListItem(this.session, node);
  }

  insertListItem(index: number, arg: unknown): ListItem {
    this.count('insertListItem');
    const node = toParagraph('LIST_ITEM', arg);
    this.insertBlock(index, node);
    return new ListItem(this.session, node);
  }

  appendTable(arg?: unknown): TableElement {
    this.count('appendTable');
    const node = toTable(arg);
    this.insertBlock(this.node.children.length, node);
    return new TableElement(this.session, node);
  }

  insertTable(index: number, arg?: unknown): TableElement {
    this.count('insertTable');
    const node = toTable(arg);
    this.insertBlock(index, node);
    return new TableElement(this.session, node);
  }

  /** Docs puts a page break in a new paragraph of its own. */
  appendPageBreak(): PageBreakElement {
    this.count('appendPageBreak');
    if (this.node instanceof CellNode) throw new Error('PageBreak cannot be inserted into a TableCell.');
    const para = new ParagraphNode();
    const pb = para.add(new PageBreakNode());
    this.insertBlock(this.node.children.length, para);
    return new PageBreakElement(this.session, pb);
  }

  insertPageBreak(index: number): PageBreakElement {
    this.count('insertPageBreak');
    const para = new ParagraphNode();
    const pb = para.add(new PageBreakNode());
    this.insertBlock(index, para);
    return new PageBreakElement(this.session, pb);
  }

  appendHorizontalRule(): HorizontalRuleElement {
    this.count('appendHorizontalRule');
    const para = new ParagraphNode();
    const hr = para.add(new HorizontalRuleNode());
    this.insertBlock(this.node.children.length, para);
    return new HorizontalRuleElement(this.session, hr);
  }

  getParagraphs(): Paragraph[] {
    this.count('getParagraphs');
    // Google: "all the Paragraphs contained in the section (including ListItems)".
    const out: Paragraph[] = [];
    const visit = (blocks: BlockNode[]): void => {
      for (const b of blocks) {
        if (b instanceof ParagraphNode) out.push(paragraphElement(this.session, b) as Paragraph);
        else for (const r of b.rows) for (const c of r.cells) visit(c.children);
      }
    };
    visit(this.node.children);
    return out;
  }

  getTables(): TableElement[] {
    this.count('getTables');
    return this.node.children.filter((c): c is TableNode => c instanceof TableNode).map((t) => new TableElement(this.session, t));
  }

  getListItems(): ListItem[] {
    this.count('getListItems');
    return this.node.children
      .filter((c): c is ParagraphNode => c instanceof ParagraphNode && c.type === 'LIST_ITEM')
      .map((p) => new ListItem(this.session, p));
  }

  /** Replaces the content with paragraphs of the given text (one per line). */
  setText(text: string): this {
    this.count('setText');
    this.reset(String(text).split('\n'));
    return this;
  }

  clear(): this {
    this.count('clear');
    this.reset(['']);
    return this;
  }

  private reset(lines: string[]): void {
    for (const c of this.node.children) c.parent = null;
    this.node.children = [];
    for (const line of lines) this.node.add(new ParagraphNode('PARAGRAPH', line));
  }

  /** A Text over every character of the container (see ContainerTextElement). */
  editAsText(): ContainerTextElement {
    this.count('editAsText');
    return new ContainerTextElement(this.session, this.node);
  }

  setAttributes(attrs: Attrs): this {
    this.count('setAttributes');
    const visit = (blocks: BlockNode[]): void => {
      for (const b of blocks) {
        if (b instanceof ParagraphNode) applyParagraphAttrs(b, attrs);
        else for (const r of b.rows) for (const c of r.cells) visit(c.children);
      }
    };
    visit(this.node.children);
    return this;
  }
}

/** What Body, HeaderSection and FooterSection share. */
export abstract class SectionElement extends ContainerElement<SectionNode> {}

export interface Body extends Omit<GoogleAppsScript.Document.Body, keyof SectionElement> {}
/** The Body, which alone holds the page size and margins. */
export class Body extends SectionElement {
  protected readonly cls = 'Body';

  private getPage(method: string, attr: string): number {
    this.count(method);
    return this.node.pageAttrs[attr];
  }

  private setPage(method: string, attr: string, value: number, argument: string): this {
    this.count(method);
    const v = Number(value);
    if (!Number.isFinite(v) || v < 0) throw new Error(`Invalid argument: ${argument}`);
    this.node.pageAttrs[attr] = v;
    return this;
  }

  setPageWidth(pageWidth: number): this {
    return this.setPage('setPageWidth', 'PAGE_WIDTH', pageWidth, 'pageWidth');
  }
  setPageHeight(pageHeight: number): this {
    return this.setPage('setPageHeight', 'PAGE_HEIGHT', pageHeight, 'pageHeight');
  }
  setMarginTop(marginTop: number): this {
    return this.setPage('setMarginTop', 'MARGIN_TOP', marginTop, 'marginTop');
  }
  setMarginBottom(marginBottom: number): this {
    return this.setPage('setMarginBottom', 'MARGIN_BOTTOM', marginBottom, 'marginBottom');
  }
  setMarginLeft(marginLeft: number): this {
    return this.setPage('setMarginLeft', 'MARGIN_LEFT', marginLeft, 'marginLeft');
  }
  setMarginRight(marginRight: number): this {
    return this.setPage('setMarginRight', 'MARGIN_RIGHT', marginRight, 'marginRight');
  }
  getPageWidth(): number {
    return this.getPage('getPageWidth', 'PAGE_WIDTH');
  }
  getPageHeight(): number {
    return this.getPage('getPageHeight', 'PAGE_HEIGHT');
  }
  getMarginTop(): number {
    return this.getPage('getMarginTop', 'MARGIN_TOP');
  }
  getMarginBottom(): number {
    return this.getPage('getMarginBottom', 'MARGIN_BOTTOM');
  }
  getMarginLeft(): number {
    return this.getPage('getMarginLeft', 'MARGIN_LEFT');
  }
  getMarginRight(): number {
    return this.getPage('getMarginRight', 'MARGIN_RIGHT');
  }
}
imitates(Body, 'Document.Body');

export interface HeaderSection extends Omit<GoogleAppsScript.Document.HeaderSection, keyof SectionElement> {}
export class HeaderSection extends SectionElement {
  protected readonly cls = 'HeaderSection';
}
imitates(HeaderSection, 'Document.HeaderSection');

export interface FooterSection extends Omit<GoogleAppsScript.Document.FooterSection, keyof SectionElement> {}
export class FooterSection extends SectionElement {
  protected readonly cls = 'FooterSection';
}
imitates(FooterSection, 'Document.FooterSection');

/** The wrapper of a section node: Body, HeaderSection or FooterSection. */
export function sectionElement(session: DocSession, node: SectionNode): Body | HeaderSection | FooterSection {
  if (node.type === 'HEADER_SECTION') return new HeaderSection(session, node);
  if (node.type === 'FOOTER_SECTION') return new FooterSection(session, node);
  return new Body(session, node);
}

export interface CellElement extends Omit<GoogleAppsScript.Document.TableCell, keyof ContainerElement<CellNode>> {}
export class CellElement extends ContainerElement<CellNode> {
  protected readonly cls = 'TableCell';

  getParentRow(): RowElement {
    this.count('getParentRow');
    return orNull(this.node.parent ? new RowElement(this.session, this.node.parent) : null);
  }

  getParentTable(): TableElement {
    this.count('getParentTable');
    const table = this.node.parent?.parent;
    return orNull(table ? new TableElement(this.session, table) : null);
  }

  setBackgroundColor(color: string | null): this {
    this.count('setBackgroundColor');
    this.node.background = color;
    return this;
  }

  getBackgroundColor(): string {
    this.count('getBackgroundColor');
    return orNull(this.node.background);
  }

  setWidth(width: number): this {
    this.count('setWidth');
    this.node.attrs.WIDTH = width;
    return this;
  }

  setVerticalAlignment(verticalAlignment: GoogleAppsScript.Document.VerticalAlignment): this {
    this.count('setVerticalAlignment');
    this.node.attrs.VERTICAL_ALIGNMENT = attrName('Document.VerticalAlignment', verticalAlignment);
    return this;
  }

}

imitates(CellElement, 'Document.TableCell');

factory.wrap = (session, node) => {
  switch (node.type) {
    case 'TEXT':
      return new TextElement(session, node);
    case 'PAGE_BREAK':
      return new PageBreakElement(session, node);
    case 'HORIZONTAL_RULE':
      return new HorizontalRuleElement(session, node);
    case 'INLINE_IMAGE':
      return new InlineImageElement(session, node);
    case 'PARAGRAPH':
    case 'LIST_ITEM':
      return paragraphElement(session, node);
    case 'TABLE':
      return new TableElement(session, node);
    case 'TABLE_ROW':
      return new RowElement(session, node);
    case 'TABLE_CELL':
      return new CellElement(session, node);
    default:
      return sectionElement(session, node);
  }
};
