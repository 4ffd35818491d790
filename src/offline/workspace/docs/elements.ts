/**
 * The containers of the in-memory DocumentApp: Body, HeaderSection, FooterSection and
 * TableCell (paragraphs, list items, tables, page breaks in order), and the factory that wraps
 * any node in its element class.
 *
 * Structural operations (copy, insert, remove) move nodes with their runs.
 */

import { type Attrs, type BlockNode, CellNode, HorizontalRuleNode, PageBreakNode, ParagraphNode, SectionNode, TableNode } from './model';
import { factory, requireDetached, Wrapper } from './base';
import { ContainerTextElement, HorizontalRuleElement, PageBreakElement, TextElement } from './text';
import { applyParagraphAttrs, ChildHolder, indexError, ParagraphElement } from './paragraphs';
import { RowElement, TableElement } from './tables';

export { ParagraphElement, RowElement, TableElement };

function toParagraph(type: 'PARAGRAPH' | 'LIST_ITEM', arg: unknown): ParagraphNode {
  if (arg instanceof Wrapper) {
    const node = arg.node as ParagraphNode;
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

  appendParagraph(arg: unknown): ParagraphElement {
    this.call('appendParagraph');
    const node = toParagraph('PARAGRAPH', arg);
    this.insertBlock(this.node.children.length, node);
    return new ParagraphElement(this.session, node);
  }

  insertParagraph(index: number, arg: unknown): ParagraphElement {
    this.call('insertParagraph');
    const node = toParagraph('PARAGRAPH', arg);
    this.insertBlock(index, node);
    return new ParagraphElement(this.session, node);
  }

  appendListItem(arg: unknown): ParagraphElement {
    this.call('appendListItem');
    const node = toParagraph('LIST_ITEM', arg);
    this.insertBlock(this.node.children.length, node);
    return new ParagraphElement(this.session, node);
  }

  insertListItem(index: number, arg: unknown): ParagraphElement {
    this.call('insertListItem');
    const node = toParagraph('LIST_ITEM', arg);
    this.insertBlock(index, node);
    return new ParagraphElement(this.session, node);
  }

  appendTable(arg?: unknown): TableElement {
    this.call('appendTable');
    const node = toTable(arg);
    this.insertBlock(this.node.children.length, node);
    return new TableElement(this.session, node);
  }

  insertTable(index: number, arg?: unknown): TableElement {
    this.call('insertTable');
    const node = toTable(arg);
    this.insertBlock(index, node);
    return new TableElement(this.session, node);
  }

  /** Docs puts a page break in a new paragraph of its own. */
  appendPageBreak(): PageBreakElement {
    this.call('appendPageBreak');
    if (this.node instanceof CellNode) throw new Error('PageBreak cannot be inserted into a TableCell.');
    const para = new ParagraphNode();
    const pb = para.add(new PageBreakNode()) as PageBreakNode;
    this.insertBlock(this.node.children.length, para);
    return new PageBreakElement(this.session, pb);
  }

  insertPageBreak(index: number): PageBreakElement {
    this.call('insertPageBreak');
    const para = new ParagraphNode();
    const pb = para.add(new PageBreakNode()) as PageBreakNode;
    this.insertBlock(index, para);
    return new PageBreakElement(this.session, pb);
  }

  appendHorizontalRule(): HorizontalRuleElement {
    this.call('appendHorizontalRule');
    const para = new ParagraphNode();
    const hr = para.add(new HorizontalRuleNode()) as HorizontalRuleNode;
    this.insertBlock(this.node.children.length, para);
    return new HorizontalRuleElement(this.session, hr);
  }


  getParagraphs(): ParagraphElement[] {
    this.call('getParagraphs');
    const out: ParagraphElement[] = [];
    const visit = (blocks: BlockNode[]): void => {
      for (const b of blocks) {
        if (b instanceof ParagraphNode) out.push(new ParagraphElement(this.session, b));
        else for (const r of b.rows) for (const c of r.cells) visit(c.children);
      }
    };
    visit(this.node.children);
    return out;
  }

  getTables(): TableElement[] {
    this.call('getTables');
    return this.node.children.filter((c): c is TableNode => c instanceof TableNode).map((t) => new TableElement(this.session, t));
  }

  getListItems(): ParagraphElement[] {
    this.call('getListItems');
    return this.node.children
      .filter((c): c is ParagraphNode => c instanceof ParagraphNode && c.type === 'LIST_ITEM')
      .map((p) => new ParagraphElement(this.session, p));
  }

  /** Replaces the content with paragraphs of the given text (one per line). */
  setText(text: string): this {
    this.call('setText');
    this.reset(String(text).split('\n'));
    return this;
  }

  clear(): this {
    this.call('clear');
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
    this.call('editAsText');
    return new ContainerTextElement(this.session, this.node);
  }

  setAttributes(attrs: Attrs): this {
    this.call('setAttributes');
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

export class SectionElement extends ContainerElement<SectionNode> {
  protected get cls(): string {
    return this.node.type === 'BODY_SECTION' ? 'Body' : this.node.type === 'HEADER_SECTION' ? 'HeaderSection' : 'FooterSection';
  }

  private page(method: string, attr: string, value?: number): this | number {
    this.call(method);
    if (this.node.type !== 'BODY_SECTION') throw new Error(`Not imitated by the in-memory DocumentApp: ${method} outside the Body.`);
    if (value === undefined) return this.node.pageAttrs[attr];
    const v = Number(value);
    if (!Number.isFinite(v) || v < 0) throw new Error(`Invalid argument: ${method.replace(/^set/, '').charAt(0).toLowerCase()}${method.replace(/^set./, '')}`);
    this.node.pageAttrs[attr] = v;
    return this;
  }

  setPageWidth(v: number): this {
    return this.page('setPageWidth', 'PAGE_WIDTH', v) as this;
  }
  setPageHeight(v: number): this {
    return this.page('setPageHeight', 'PAGE_HEIGHT', v) as this;
  }
  setMarginTop(v: number): this {
    return this.page('setMarginTop', 'MARGIN_TOP', v) as this;
  }
  setMarginBottom(v: number): this {
    return this.page('setMarginBottom', 'MARGIN_BOTTOM', v) as this;
  }
  setMarginLeft(v: number): this {
    return this.page('setMarginLeft', 'MARGIN_LEFT', v) as this;
  }
  setMarginRight(v: number): this {
    return this.page('setMarginRight', 'MARGIN_RIGHT', v) as this;
  }
  getPageWidth(): number {
    return this.page('getPageWidth', 'PAGE_WIDTH') as number;
  }
  getPageHeight(): number {
    return this.page('getPageHeight', 'PAGE_HEIGHT') as number;
  }
  getMarginTop(): number {
    return this.page('getMarginTop', 'MARGIN_TOP') as number;
  }
  getMarginBottom(): number {
    return this.page('getMarginBottom', 'MARGIN_BOTTOM') as number;
  }
  getMarginLeft(): number {
    return this.page('getMarginLeft', 'MARGIN_LEFT') as number;
  }
  getMarginRight(): number {
    return this.page('getMarginRight', 'MARGIN_RIGHT') as number;
  }

  copy(): SectionElement {
    this.call('copy');
    return new SectionElement(this.session, this.node.clone());
  }
}

export class CellElement extends ContainerElement<CellNode> {
  protected readonly cls = 'TableCell';

  getParentRow(): RowElement | null {
    this.call('getParentRow');
    return this.node.parent ? new RowElement(this.session, this.node.parent) : null;
  }

  getParentTable(): TableElement | null {
    this.call('getParentTable');
    const table = this.node.parent?.parent;
    return table ? new TableElement(this.session, table) : null;
  }

  setBackgroundColor(color: string | null): this {
    this.call('setBackgroundColor');
    this.node.background = color;
    return this;
  }

  getBackgroundColor(): string | null {
    this.call('getBackgroundColor');
    return this.node.background;
  }

  setWidth(width: number): this {
    this.call('setWidth');
    this.node.attrs.WIDTH = width;
    return this;
  }

  setVerticalAlignment(v: unknown): this {
    this.call('setVerticalAlignment');
    this.node.attrs.VERTICAL_ALIGNMENT = String(v);
    return this;
  }

  copy(): CellElement {
    this.call('copy');
    return new CellElement(this.session, this.node.clone());
  }
}


factory.wrap = (session, node) => {
  switch (node.type) {
    case 'TEXT':
      return new TextElement(session, node);
    case 'PAGE_BREAK':
      return new PageBreakElement(session, node);
    case 'HORIZONTAL_RULE':
      return new HorizontalRuleElement(session, node);
    case 'PARAGRAPH':
    case 'LIST_ITEM':
      return new ParagraphElement(session, node);
    case 'TABLE':
      return new TableElement(session, node);
    case 'TABLE_ROW':
      return new RowElement(session, node);
    case 'TABLE_CELL':
      return new CellElement(session, node);
    default:
      return new SectionElement(session, node);
  }
};
