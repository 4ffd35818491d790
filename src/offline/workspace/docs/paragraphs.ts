/**
 * Paragraph and ListItem of the in-memory DocumentApp, and what every text-holding element
 * shares (replaceText, findText, findElement, getText, removeFromParent, removeChild).
 */

import { type AnyNode, type Attrs, HorizontalRuleNode, imageSize, InlineImageNode, PageBreakNode, PARAGRAPH_ATTRIBUTES, ParagraphNode, TextNode } from './model';
import { type EnumMember, enumValue, imitates, orNull } from '../kernel/fake';
import { attrName, detach, type DocSession, findElementUnder, type RangeElement, requireDetached, Searchable, unwrap, wrap, Wrapper } from './base';
import { blobData } from '../session/blob';
import { HorizontalRuleElement, InlineImageElement, PageBreakElement, TextElement, uniformAttrs } from './text';

export function indexError(index: number, size: number): Error {
  return new Error(`Child index (${index}) must be less than the number of child elements (${size}).`);
}

/** Methods shared by every element that holds text somewhere below it. */
export abstract class TextHolder<N extends AnyNode & { readonly text: string }> extends Searchable<N> {
  findElement(elementType: GoogleAppsScript.Document.ElementType, from?: GoogleAppsScript.Document.RangeElement): RangeElement {
    this.count('findElement');
    return orNull(findElementUnder(this.session, this.node, attrName('Document.ElementType', elementType), from));
  }

  getText(): string {
    this.count('getText');
    return this.node.text;
  }

  removeFromParent(): this {
    this.count('removeFromParent');
    detach(this.node);
    return this;
  }

  removeChild(child: unknown): this {
    this.count('removeChild');
    const node = unwrap(child);
    if (node.parent !== this.node) throw new Error('Element is not a child of this element.');
    detach(node);
    return this;
  }
}

/** Child navigation of an element whose node keeps its children in order (paragraphs, sections, cells). */
export abstract class ChildHolder<N extends AnyNode & { readonly text: string; children: AnyNode[] }> extends TextHolder<N> {
  getNumChildren(): number {
    this.count('getNumChildren');
    return this.node.children.length;
  }

  getChild(index: number): GoogleAppsScript.Document.Element {
    this.count('getChild');
    const c = this.node.children[index];
    if (!c) throw indexError(index, this.node.children.length);
    return wrap(this.session, c);
  }

  getChildIndex(child: unknown): number {
    this.count('getChildIndex');
    return this.node.children.indexOf(unwrap(child) as never);
  }

}

/** The node of a Text element the script hands over to be inserted (it must be detached). */
function detachedText(text: unknown): TextNode {
  const node = unwrap(text);
  if (!(node instanceof TextNode)) throw new Error('Invalid argument: text');
  requireDetached(node);
  return node;
}

// ---- Paragraph / ListItem -----------------------------------------------------------------------

/** What Paragraph and ListItem share. */
export abstract class ParagraphElement extends ChildHolder<ParagraphNode> {
  setText(text: string): this {
    this.count('setText');
    this.node.setText(String(text));
    return this;
  }

  /** appendText(text) adds to the last Text; appendText(Text) appends a detached Text element. */
  appendText(text: string | GoogleAppsScript.Document.Text): TextElement {
    this.count('appendText');
    if (typeof text !== 'string') return new TextElement(this.session, this.node.add(detachedText(text)));
    const last = this.node.children[this.node.children.length - 1];
    if (last instanceof TextNode) {
      last.insert(last.text.length, String(text));
      return new TextElement(this.session, last);
    }
    const node = this.node.add(new TextNode(String(text), this.node.textDefaults));
    return new TextElement(this.session, node);
  }

  insertText(childIndex: number, text: string | GoogleAppsScript.Document.Text): TextElement {
    this.count('insertText');
    if (childIndex < 0 || childIndex > this.node.children.length) throw indexError(childIndex, this.node.children.length + 1);
    const node = this.node.add(typeof text === 'string' ? new TextNode(text, this.node.textDefaults) : detachedText(text), childIndex);
    return new TextElement(this.session, node);
  }

  editAsText(): TextElement {
    this.count('editAsText');
    return new TextElement(this.session, this.node.textNode());
  }

  appendPageBreak(pageBreak?: unknown): PageBreakElement {
    this.count('appendPageBreak');
    const node = pageBreak ? (unwrap(pageBreak) as PageBreakNode) : new PageBreakNode();
    requireDetached(node);
    this.node.add(node);
    return new PageBreakElement(this.session, node);
  }

  appendHorizontalRule(): HorizontalRuleElement {
    this.count('appendHorizontalRule');
    return new HorizontalRuleElement(this.session, this.node.add(new HorizontalRuleNode()));
  }

  /** An image from a Blob (a PNG, GIF or JPEG), at one point per pixel as Docs inserts it. */
  appendInlineImage(image: unknown): InlineImageElement {
    this.count('appendInlineImage');
    const data = blobData(image);
    const size = data ? imageSize(data.bytes) : null;
    if (!data || !size) throw new Error('Invalid argument: image (the blob is not a PNG, GIF or JPEG image)');
    const node = this.node.add(new InlineImageNode(data.bytes, data.contentType ?? 'image/png', size.width, size.height)) as InlineImageNode;
    return new InlineImageElement(this.session, node);
  }

  clear(): this {
    this.count('clear');
    this.node.setText('');
    return this;
  }

  setHeading(heading: GoogleAppsScript.Document.ParagraphHeading): this {
    this.count('setHeading');
    this.node.paraAttrs.HEADING = attrName('Document.ParagraphHeading', heading);
    return this;
  }

  getHeading(): GoogleAppsScript.Document.ParagraphHeading {
    this.count('getHeading');
    return enumValue('Document.ParagraphHeading', String(this.node.paraAttrs.HEADING ?? 'NORMAL') as EnumMember<'Document.ParagraphHeading'>);
  }

  setAlignment(alignment: GoogleAppsScript.Document.HorizontalAlignment | null): this {
    this.count('setAlignment');
    this.node.paraAttrs.HORIZONTAL_ALIGNMENT = alignment === null ? null : attrName('Document.HorizontalAlignment', alignment);
    return this;
  }

  getAlignment(): GoogleAppsScript.Document.HorizontalAlignment {
    this.count('getAlignment');
    const name = (this.node.paraAttrs.HORIZONTAL_ALIGNMENT as EnumMember<'Document.HorizontalAlignment'> | null | undefined) ?? 'LEFT';
    return enumValue('Document.HorizontalAlignment', name);
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

  /** Paragraph attributes go to the paragraph, text attributes to every run. */
  setAttributes(attrs: Attrs): this {
    this.count('setAttributes');
    applyParagraphAttrs(this.node, attrs);
    return this;
  }

  getAttributes(): Attrs {
    this.count('getAttributes');
    const texts = this.node.children.filter((c): c is TextNode => c.type === 'TEXT');
    const merged = new TextNode();
    merged.runs = texts.flatMap((t) => t.runs);
    const para: Record<string, unknown> = { ...this.node.paraAttrs };
    // Attributes whose values are enums come back as Google's enum values.
    if (typeof para.HEADING === 'string') para.HEADING = enumValue('Document.ParagraphHeading', para.HEADING as EnumMember<'Document.ParagraphHeading'>);
    if (typeof para.HORIZONTAL_ALIGNMENT === 'string') para.HORIZONTAL_ALIGNMENT = enumValue('Document.HorizontalAlignment', para.HORIZONTAL_ALIGNMENT as EnumMember<'Document.HorizontalAlignment'>);
    if (typeof para.GLYPH_TYPE === 'string') para.GLYPH_TYPE = enumValue('Document.GlyphType', para.GLYPH_TYPE as EnumMember<'Document.GlyphType'>);
    return { ...(merged.runs.length ? uniformAttrs(merged) : this.node.textDefaults), ...para } as Attrs;
  }

  protected setPara(method: string, attr: string, value: string | number): this {
    this.count(method);
    this.node.paraAttrs[attr] = value;
    return this;
  }
}

export interface Paragraph extends Omit<GoogleAppsScript.Document.Paragraph, keyof ParagraphElement> {}
export class Paragraph extends ParagraphElement {
  protected readonly cls = 'Paragraph';
}
imitates(Paragraph, 'Document.Paragraph');

export interface ListItem extends Omit<GoogleAppsScript.Document.ListItem, keyof ParagraphElement> {}
export class ListItem extends ParagraphElement {
  protected readonly cls = 'ListItem';

  setGlyphType(glyphType: GoogleAppsScript.Document.GlyphType): this {
    return this.setPara('setGlyphType', 'GLYPH_TYPE', attrName('Document.GlyphType', glyphType));
  }
  setNestingLevel(nestingLevel: number): this {
    return this.setPara('setNestingLevel', 'NESTING_LEVEL', nestingLevel);
  }
  getNestingLevel(): number {
    this.count('getNestingLevel');
    return Number(this.node.paraAttrs.NESTING_LEVEL ?? 0);
  }
}
imitates(ListItem, 'Document.ListItem');

/** The wrapper of a paragraph node: a Paragraph, or a ListItem. */
export function paragraphElement(session: DocSession, node: ParagraphNode): Paragraph | ListItem {
  return node.type === 'LIST_ITEM' ? new ListItem(session, node) : new Paragraph(session, node);
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
