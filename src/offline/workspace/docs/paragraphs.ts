/**
 * Paragraph and ListItem of the in-memory DocumentApp, and what every text-holding element
 * shares (replaceText, findText, findElement, getText, removeFromParent).
 */

import { type AnyNode, type Attrs, HorizontalRuleNode, PageBreakNode, PARAGRAPH_ATTRIBUTES, ParagraphNode, TextNode } from './model';
import { detach, findElementUnder, findTextUnder, type RangeElement, replaceTextUnder, requireDetached, unwrap, wrap, Wrapper } from './base';
import { HorizontalRuleElement, PageBreakElement, TextElement, uniformAttrs } from './text';

export function indexError(index: number, size: number): Error {
  return new Error(`Child index (${index}) must be less than the number of child elements (${size}).`);
}

/** Methods shared by every element that holds text somewhere below it. */
export abstract class TextHolder<N extends AnyNode> extends Wrapper<N> {
  replaceText(pattern: string, replacement: string): unknown {
    this.call('replaceText');
    replaceTextUnder(this.session, this.node, pattern, replacement);
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

/** Child navigation of an element whose node keeps its children in order (paragraphs, sections, cells). */
export abstract class ChildHolder<N extends AnyNode & { children: AnyNode[] }> extends TextHolder<N> {
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
}

// ---- Paragraph / ListItem -----------------------------------------------------------------------

export class ParagraphElement extends ChildHolder<ParagraphNode> {
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
