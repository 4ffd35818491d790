/**
 * Structural elements of the in-memory DocumentApp: Paragraph and ListItem, Table, TableRow,
 * and the containers Body, HeaderSection, FooterSection and TableCell.
 *
 * Structural operations (copy, insert, remove) move nodes with their runs, so formatting
 * survives a row copy + insertTableRow.
 */

import {
  type AnyNode,
  type Attrs,
  type BlockNode,
  CellNode,
  HorizontalRuleNode,
  PageBreakNode,
  PARAGRAPH_ATTRIBUTES,
  ParagraphNode,
  RowNode,
  SectionNode,
  TableNode,
  TextNode,
} from './docs-model';
import {
  detach,
  factory,
  findElementUnder,
  findTextUnder,
  type RangeElement,
  replaceTextUnder,
  requireDetached,
  unwrap,
  wrap,
  Wrapper,
} from './docs-base';
import { HorizontalRuleElement, PageBreakElement, TextElement, uniformAttrs } from './docs-text';

function indexError(index: number, size: number): Error {
  return new Error(`Child index (${index}) must be less than the number of child elements (${size}).`);
}

/** Methods shared by every element that holds text somewhere below it. */
abstract class TextHolder<N extends AnyNode> extends Wrapper<N> {
  replaceText(pattern: string, replacement: string): unknown {
    this.call('replaceText');
    replaceTextUnder(this.node, pattern, replacement);
    return this;
  }

  findText(pattern: string, from?: RangeElement | null): RangeElement | null {
    this.call('findText');
    return findTextUnder(this.session, this.node, pattern, from);
  }

  findElement(type: unknown, from?: RangeElement | null): RangeElement | null {
    this.call('findElement');
    return findElementUnder(this.session, this.node, type, from);
  }

  getText(): string {
    this.call('getText');
    return (this.node as unknown as { text: string }).text;
  }

  removeFromParent(): this {
    this.call('removeFromParent');
    detach(this.node);
    return this;
  }
}

// ---- Paragraph / ListItem -----------------------------------------------------------------------

export class ParagraphElement extends TextHolder<ParagraphNode> {
  protected get cls(): string {
    return this.node.type === 'LIST_ITEM' ? 'ListItem' : 'Paragraph';
  }

  setText(text: string): this {
    this.call('setText');
    this.node.setText(String(text));
    return this;
  }

  appendText(text: string): TextElement {
    this.call('appendText');
    const last = this.node.children[this.node.children.length - 1];
    if (last instanceof TextNode) {
      last.insert(last.text.length, String(text));
      return new TextElement(this.session, last);
    }
    const node = this.node.add(new TextNode(String(text), this.node.textDefaults)) as TextNode;
    return new TextElement(this.session, node);
  }

  insertText(childIndex: number, text: string): TextElement {
    this.call('insertText');
    if (childIndex < 0 || childIndex > this.node.children.length) throw indexError(childIndex, this.node.children.length + 1);
    const node = this.node.add(new TextNode(String(text), this.node.textDefaults), childIndex) as TextNode;
    return new TextElement(this.session, node);
  }

  editAsText(): TextElement {
    this.call('editAsText');
    return new TextElement(this.session, this.node.textNode());
  }

  appendPageBreak(pageBreak?: unknown): PageBreakElement {
    this.call('appendPageBreak');
    const node = pageBreak ? (unwrap(pageBreak) as PageBreakNode) : new PageBreakNode();
    requireDetached(node);
    this.node.add(node);
    return new PageBreakElement(this.session, node);
  }

  appendHorizontalRule(): HorizontalRuleElement {
    this.call('appendHorizontalRule');
    return new HorizontalRuleElement(this.session, this.node.add(new HorizontalRuleNode()) as HorizontalRuleNode);
  }

  getNumChildren(): number {
    this.call('getNumChildren');
    return this.node.children.length;
  }

  getChild(index: number): unknown {
    this.call('getChild');
    const c = this.node.children[index];
    if (!c) throw indexError(index, this.node.children.length);
    return wrap(this.session, c);
  }

  getChildIndex(child: unknown): number {
    this.call('getChildIndex');
    return this.node.children.indexOf(unwrap(child) as never);
  }

  removeChild(child: unknown): this {
    this.call('removeChild');
    const node = unwrap(child);
    if (node.parent !== this.node) throw new Error('Element is not a child of this element.');
    detach(node);
    return this;
  }

  clear(): this {
    this.call('clear');
    this.node.setText('');
    return this;
  }

  setHeading(heading: unknown): this {
    this.call('setHeading');
    this.node.paraAttrs.HEADING = String(heading);
    return this;
  }

  getHeading(): string {
    this.call('getHeading');
    return String(this.node.paraAttrs.HEADING ?? 'NORMAL');
  }

  setAlignment(alignment: unknown): this {
    this.call('setAlignment');
    this.node.paraAttrs.HORIZONTAL_ALIGNMENT = alignment === null ? null : String(alignment);
    return this;
  }

  getAlignment(): string | null {
    this.call('getAlignment');
    return (this.node.paraAttrs.HORIZONTAL_ALIGNMENT as string | undefined) ?? 'LEFT';
  }

  setIndentStart(v: number): this {
    return this.setPara('setIndentStart', 'INDENT_START', v);
  }
  setIndentFirstLine(v: number): this {
    return this.setPara('setIndentFirstLine', 'INDENT_FIRST_LINE', v);
  }
  setIndentEnd(v: number): this {
    return this.setPara('setIndentEnd', 'INDENT_END', v);
  }
  setSpacingAfter(v: number): this {
    return this.setPara('setSpacingAfter', 'SPACING_AFTER', v);
  }
  setSpacingBefore(v: number): this {
    return this.setPara('setSpacingBefore', 'SPACING_BEFORE', v);
  }
  setLineSpacing(v: number): this {
    return this.setPara('setLineSpacing', 'LINE_SPACING', v);
  }
  setGlyphType(v: unknown): this {
    return this.setPara('setGlyphType', 'GLYPH_TYPE', String(v));
  }
  setNestingLevel(v: number): this {
    return this.setPara('setNestingLevel', 'NESTING_LEVEL', v);
  }
  getNestingLevel(): number {
    this.call('getNestingLevel');
    return Number(this.node.paraAttrs.NESTING_LEVEL ?? 0);
  }

  /** Paragraph attributes go to the paragraph, text attributes to every run. */
  setAttributes(attrs: Attrs): this {
    this.call('setAttributes');
    applyParagraphAttrs(this.node, attrs);
    return this;
  }

  getAttributes(): Attrs {
    this.call('getAttributes');
    const texts = this.node.children.filter((c): c is TextNode => c.type === 'TEXT');
    const merged = new TextNode();
    merged.runs = texts.flatMap((t) => t.runs);
    return { ...(merged.runs.length ? uniformAttrs(merged) : this.node.textDefaults), ...this.node.paraAttrs };
  }

  copy(): ParagraphElement {
    this.call('copy');
    return new ParagraphElement(this.session, this.node.clone());
  }

  private setPara(method: string, attr: string, value: string | number): this {
    this.call(method);
    this.node.paraAttrs[attr] = value;
    return this;
  }
}

export function applyParagraphAttrs(node: ParagraphNode, attrs: Attrs): void {
  const text: Attrs = {};
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (PARAGRAPH_ATTRIBUTES.has(k)) node.paraAttrs[k] = v === null ? null : typeof v === 'object' ? String(v) : v;
    else text[k] = v;
  }
  if (!Object.keys(text).length) return;
  for (const c of node.children) {
    if (c instanceof TextNode && c.text.length) c.applyAttrs(0, c.text.length - 1, text);
  }
  node.textDefaults = { ...node.textDefaults, ...text };
}

// ---- containers: Body, HeaderSection, FooterSection, TableCell ----------------------------------

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

abstract class ContainerElement<N extends SectionNode | CellNode> extends TextHolder<N> {
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

  getNumChildren(): number {
    this.call('getNumChildren');
    return this.node.children.length;
  }

  getChild(index: number): unknown {
    this.call('getChild');
    const c = this.node.children[index];
    if (!c) throw indexError(index, this.node.children.length);
    return wrap(this.session, c);
  }

  getChildIndex(child: unknown): number {
    this.call('getChildIndex');
    return this.node.children.indexOf(unwrap(child) as BlockNode);
  }

  removeChild(child: unknown): this {
    this.call('removeChild');
    const node = unwrap(child);
    if (node.parent !== this.node) throw new Error('Element is not a child of this element.');
    detach(node);
    return this;
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

  /**
   * A Text over the whole container. Only the first paragraph's Text is editable through it in
   * this fake; whole-container replaceText/findText/getText work on every paragraph.
   */
  editAsText(): TextElement {
    this.call('editAsText');
    const first = this.node.children.find((c): c is ParagraphNode => c instanceof ParagraphNode);
    return new TextElement(this.session, (first ?? (this.node.add(new ParagraphNode()) as ParagraphNode)).textNode());
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

// ---- Table / TableRow ---------------------------------------------------------------------------

export class TableElement extends TextHolder<TableNode> {
  protected readonly cls = 'Table';

  getNumRows(): number {
    this.call('getNumRows');
    return this.node.rows.length;
  }

  getNumChildren(): number {
    this.call('getNumChildren');
    return this.node.rows.length;
  }

  getRow(index: number): RowElement {
    this.call('getRow');
    const r = this.node.rows[index];
    if (!r) throw indexError(index, this.node.rows.length);
    return new RowElement(this.session, r);
  }

  getChild(index: number): RowElement {
    this.call('getChild');
    const r = this.node.rows[index];
    if (!r) throw indexError(index, this.node.rows.length);
    return new RowElement(this.session, r);
  }

  getChildIndex(child: unknown): number {
    this.call('getChildIndex');
    return this.node.rows.indexOf(unwrap(child) as RowNode);
  }

  getCell(row: number, column: number): CellElement {
    this.call('getCell');
    const r = this.node.rows[row];
    if (!r) throw indexError(row, this.node.rows.length);
    const c = r.cells[column];
    if (!c) throw indexError(column, r.cells.length);
    return new CellElement(this.session, c);
  }

  appendTableRow(row?: unknown): RowElement {
    this.call('appendTableRow');
    return this.insertRow(this.node.rows.length, row);
  }

  insertTableRow(index: number, row?: unknown): RowElement {
    this.call('insertTableRow');
    if (index < 0 || index > this.node.rows.length) throw indexError(index, this.node.rows.length + 1);
    return this.insertRow(index, row);
  }

  private insertRow(index: number, row?: unknown): RowElement {
    let node: RowNode;
    if (row instanceof Wrapper) {
      node = row.node as RowNode;
      requireDetached(node);
    } else {
      node = new RowNode();
    }
    this.node.add(node, index);
    return new RowElement(this.session, node);
  }

  removeRow(index: number): RowElement {
    this.call('removeRow');
    const r = this.node.rows[index];
    if (!r) throw indexError(index, this.node.rows.length);
    detach(r);
    return new RowElement(this.session, r);
  }

  removeChild(child: unknown): this {
    this.call('removeChild');
    const node = unwrap(child);
    if (node.parent !== this.node) throw new Error('Element is not a child of this element.');
    detach(node);
    return this;
  }

  setBorderWidth(width: number): this {
    this.call('setBorderWidth');
    this.node.borderWidth = width;
    return this;
  }

  getBorderWidth(): number | null {
    this.call('getBorderWidth');
    return this.node.borderWidth;
  }

  setColumnWidth(column: number, width: number): this {
    this.call('setColumnWidth');
    this.node.columnWidths[column] = width;
    return this;
  }

  getColumnWidth(column: number): number | null {
    this.call('getColumnWidth');
    return this.node.columnWidths[column] ?? null;
  }

  setAttributes(attrs: Attrs): this {
    this.call('setAttributes');
    for (const r of this.node.rows) for (const c of r.cells) for (const b of c.children) if (b instanceof ParagraphNode) applyParagraphAttrs(b, attrs);
    return this;
  }

  copy(): TableElement {
    this.call('copy');
    return new TableElement(this.session, this.node.clone());
  }
}

export class RowElement extends TextHolder<RowNode> {
  protected readonly cls = 'TableRow';

  getNumCells(): number {
    this.call('getNumCells');
    return this.node.cells.length;
  }

  getNumChildren(): number {
    this.call('getNumChildren');
    return this.node.cells.length;
  }

  getCell(index: number): CellElement {
    this.call('getCell');
    const c = this.node.cells[index];
    if (!c) throw indexError(index, this.node.cells.length);
    return new CellElement(this.session, c);
  }

  getChild(index: number): CellElement {
    this.call('getChild');
    const c = this.node.cells[index];
    if (!c) throw indexError(index, this.node.cells.length);
    return new CellElement(this.session, c);
  }

  getChildIndex(child: unknown): number {
    this.call('getChildIndex');
    return this.node.cells.indexOf(unwrap(child) as CellNode);
  }

  appendTableCell(arg?: unknown): CellElement {
    this.call('appendTableCell');
    let node: CellNode;
    if (arg instanceof Wrapper) {
      node = arg.node as CellNode;
      requireDetached(node);
    } else {
      node = CellNode.withText(arg === undefined || arg === null ? '' : String(arg));
    }
    this.node.add(node);
    return new CellElement(this.session, node);
  }

  removeCell(index: number): CellElement {
    this.call('removeCell');
    const c = this.node.cells[index];
    if (!c) throw indexError(index, this.node.cells.length);
    detach(c);
    return new CellElement(this.session, c);
  }

  getParentTable(): TableElement | null {
    this.call('getParentTable');
    return this.node.parent ? new TableElement(this.session, this.node.parent) : null;
  }

  setMinimumHeight(h: number): this {
    this.call('setMinimumHeight');
    this.node.attrs.MINIMUM_HEIGHT = h;
    return this;
  }

  copy(): RowElement {
    this.call('copy');
    return new RowElement(this.session, this.node.clone());
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
