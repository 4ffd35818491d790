/**
 * Table and TableRow of the in-memory DocumentApp. Rows move with their cells, paragraphs and
 * runs, so `table.insertTableRow(i, row.copy())` repeats a row with its formatting.
 */

import { imitates, orNull } from '../kernel/fake';
import { type Attrs, CellNode, ParagraphNode, RowNode, type TableNode } from './model';
import { detach, requireDetached, unwrap, wrap, Wrapper } from './base';
import { applyParagraphAttrs, indexError, TextHolder } from './paragraphs';
// An import circle that is the document's own shape: a TableCell is a container like the Body
// (elements.ts), and a container holds tables (this file), so each file names the other. Only
// the type crosses this way; cells are built through base.ts's factory, never constructed here.
import type { CellElement } from './elements';
import { ContainerTextElement } from './text';

export interface TableElement extends Omit<GoogleAppsScript.Document.Table, keyof TextHolder<TableNode>> {}
export class TableElement extends TextHolder<TableNode> {
  protected readonly cls = 'Table';

  getNumRows(): number {
    this.count('getNumRows');
    return this.node.rows.length;
  }

  getNumChildren(): number {
    this.count('getNumChildren');
    return this.node.rows.length;
  }

  getRow(index: number): RowElement {
    this.count('getRow');
    const r = this.node.rows[index];
    if (!r) throw indexError(index, this.node.rows.length);
    return new RowElement(this.session, r);
  }

  getChild(index: number): RowElement {
    this.count('getChild');
    const r = this.node.rows[index];
    if (!r) throw indexError(index, this.node.rows.length);
    return new RowElement(this.session, r);
  }

  getChildIndex(child: unknown): number {
    this.count('getChildIndex');
    return this.node.rows.indexOf(unwrap(child) as RowNode);
  }

  getCell(row: number, column: number): CellElement {
    this.count('getCell');
    const r = this.node.rows[row];
    if (!r) throw indexError(row, this.node.rows.length);
    const c = r.cells[column];
    if (!c) throw indexError(column, r.cells.length);
    return wrap<CellElement>(this.session, c);
  }

  appendTableRow(row?: unknown): RowElement {
    this.count('appendTableRow');
    return this.insertRow(this.node.rows.length, row);
  }

  insertTableRow(index: number, row?: unknown): RowElement {
    this.count('insertTableRow');
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
    this.count('removeRow');
    const r = this.node.rows[index];
    if (!r) throw indexError(index, this.node.rows.length);
    detach(r);
    return new RowElement(this.session, r);
  }

  setBorderWidth(width: number): this {
    this.count('setBorderWidth');
    this.node.borderWidth = width;
    return this;
  }

  getBorderWidth(): number {
    this.count('getBorderWidth');
    return orNull(this.node.borderWidth);
  }

  setBorderColor(color: string): this {
    this.count('setBorderColor');
    if (!/^#[0-9a-fA-F]{6}$/.test(String(color))) throw new Error('Invalid argument: color');
    this.node.borderColor = String(color);
    return this;
  }

  getBorderColor(): string {
    this.count('getBorderColor');
    return orNull(this.node.borderColor);
  }

  editAsText(): ContainerTextElement {
    this.count('editAsText');
    return new ContainerTextElement(this.session, this.node);
  }

  setColumnWidth(column: number, width: number): this {
    this.count('setColumnWidth');
    this.node.columnWidths[column] = width;
    return this;
  }

  getColumnWidth(columnIndex: number): number {
    this.count('getColumnWidth');
    return orNull(this.node.columnWidths[columnIndex]);
  }

  setAttributes(attrs: Attrs): this {
    this.count('setAttributes');
    for (const r of this.node.rows) for (const c of r.cells) for (const b of c.children) if (b instanceof ParagraphNode) applyParagraphAttrs(b, attrs);
    return this;
  }

}
imitates(TableElement, 'Document.Table');

export interface RowElement extends Omit<GoogleAppsScript.Document.TableRow, keyof TextHolder<RowNode>> {}
export class RowElement extends TextHolder<RowNode> {
  protected readonly cls = 'TableRow';

  getNumCells(): number {
    this.count('getNumCells');
    return this.node.cells.length;
  }

  getNumChildren(): number {
    this.count('getNumChildren');
    return this.node.cells.length;
  }

  getCell(index: number): CellElement {
    this.count('getCell');
    const c = this.node.cells[index];
    if (!c) throw indexError(index, this.node.cells.length);
    return wrap<CellElement>(this.session, c);
  }

  getChild(index: number): CellElement {
    this.count('getChild');
    const c = this.node.cells[index];
    if (!c) throw indexError(index, this.node.cells.length);
    return wrap<CellElement>(this.session, c);
  }

  getChildIndex(child: unknown): number {
    this.count('getChildIndex');
    return this.node.cells.indexOf(unwrap(child) as CellNode);
  }

  appendTableCell(arg?: unknown): CellElement {
    this.count('appendTableCell');
    let node: CellNode;
    if (arg instanceof Wrapper) {
      node = arg.node as CellNode;
      requireDetached(node);
    } else {
      node = CellNode.withText(arg === undefined || arg === null ? '' : String(arg));
    }
    this.node.add(node);
    return wrap<CellElement>(this.session, node);
  }

  removeCell(index: number): CellElement {
    this.count('removeCell');
    const c = this.node.cells[index];
    if (!c) throw indexError(index, this.node.cells.length);
    detach(c);
    return wrap<CellElement>(this.session, c);
  }

  getParentTable(): TableElement {
    this.count('getParentTable');
    return orNull(this.node.parent ? new TableElement(this.session, this.node.parent) : null);
  }

  editAsText(): ContainerTextElement {
    this.count('editAsText');
    return new ContainerTextElement(this.session, this.node);
  }

  setMinimumHeight(h: number): this {
    this.count('setMinimumHeight');
    this.node.attrs.MINIMUM_HEIGHT = h;
    return this;
  }

}
imitates(RowElement, 'Document.TableRow');

