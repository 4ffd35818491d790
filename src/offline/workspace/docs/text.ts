/**
 * The Text element of the in-memory DocumentApp (character edits and run formatting) and the
 * two inline elements the decree needs, PageBreak and HorizontalRule.
 */

import { imitates, orNull } from '../kernel/fake';
import { type AnyNode, type Attrs, HorizontalRuleNode, type InlineImageNode, PageBreakNode, PARAGRAPH_ATTRIBUTES, TextNode } from './model';
import { detach, Detachable, Searchable, Wrapper } from './base';

function rangeError(offset: number, length: number): Error {
  return new Error(`Index (${offset}) must be less than the content length (${length}).`);
}

/** Text attributes only (paragraph attributes set on a Text are ignored, as in Docs). */
function textOnly(attrs: Attrs): Attrs {
  const out: Attrs = {};
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (!PARAGRAPH_ATTRIBUTES.has(String(k))) out[String(k)] = v;
  }
  return out;
}

/**
 * What both fakes of Google's Text share: the formatting setters, each over the whole text or over
 * (start, endInclusive), and the getters of one attribute; `format` and `attribute` say how.
 */
abstract class Formattable<N extends AnyNode> extends Searchable<N> {
  /** Applies text attributes over the whole text (start undefined) or a range of it. */
  protected abstract format(attrs: Attrs, start?: number, endInclusive?: number): void;
  /** Counts `method` and returns `attr` at `offset`, or over the whole text. */
  protected abstract attribute(method: string, attr: string, offset?: number): unknown;

  private setOne(method: string, attr: string, args: unknown[]): this {
    this.count(method);
    if (args.length >= 3) this.format({ [attr]: args[2] as never }, args[0] as number, args[1] as number);
    else this.format({ [attr]: args[0] as never });
    return this;
  }

  /** setAttributes(attrs) or setAttributes(start, endInclusive, attrs): text attributes only. */
  setAttributes(...args: unknown[]): this {
    this.count('setAttributes');
    if (args.length >= 3) this.format(textOnly(args[2] as Attrs), args[0] as number, args[1] as number);
    else this.format(textOnly(args[0] as Attrs));
    return this;
  }

  setBold(...args: unknown[]): this {
    return this.setOne('setBold', 'BOLD', args);
  }
  setItalic(...args: unknown[]): this {
    return this.setOne('setItalic', 'ITALIC', args);
  }
  setUnderline(...args: unknown[]): this {
    return this.setOne('setUnderline', 'UNDERLINE', args);
  }
  setFontSize(...args: unknown[]): this {
    return this.setOne('setFontSize', 'FONT_SIZE', args);
  }
  setFontFamily(...args: unknown[]): this {
    return this.setOne('setFontFamily', 'FONT_FAMILY', args);
  }
  setForegroundColor(...args: unknown[]): this {
    return this.setOne('setForegroundColor', 'FOREGROUND_COLOR', args);
  }

  isBold(offset?: number): boolean {
    return this.attribute('isBold', 'BOLD', offset) as boolean;
  }
  isItalic(offset?: number): boolean {
    return this.attribute('isItalic', 'ITALIC', offset) as boolean;
  }
  getFontSize(offset?: number): number {
    return this.attribute('getFontSize', 'FONT_SIZE', offset) as number;
  }
  getFontFamily(offset?: number): string {
    return this.attribute('getFontFamily', 'FONT_FAMILY', offset) as string;
  }
}

export interface TextElement extends Omit<GoogleAppsScript.Document.Text, keyof Formattable<TextNode>> {}
export class TextElement extends Formattable<TextNode> {
  protected readonly cls = 'Text';

  private checkRange(start: number, endInclusive: number): void {
    const len = this.node.text.length;
    if (start < 0 || start >= len) throw rangeError(start, len);
    if (endInclusive < start || endInclusive >= len) throw rangeError(endInclusive, len);
  }

  getText(): string {
    this.count('getText');
    return this.node.text;
  }

  setText(text: string): this {
    this.count('setText');
    const attrs = this.node.runs.length ? { ...this.node.runs[0].attrs } : {};
    this.node.runs = String(text) === '' ? [] : [{ text: String(text), attrs }];
    return this;
  }

  appendText(text: string): this {
    this.count('appendText');
    this.node.insert(this.node.text.length, String(text));
    return this;
  }

  insertText(offset: number, text: string): this {
    this.count('insertText');
    const len = this.node.text.length;
    if (offset < 0 || offset > len) throw rangeError(offset, len + 1);
    this.node.insert(offset, String(text));
    return this;
  }

  deleteText(start: number, endInclusive: number): this {
    this.count('deleteText');
    this.checkRange(start, endInclusive);
    this.node.delete(start, endInclusive);
    return this;
  }

  getTextAttributeIndices(): number[] {
    this.count('getTextAttributeIndices');
    const out: number[] = [];
    let pos = 0;
    for (const run of this.node.runs) {
      out.push(pos);
      pos += run.text.length;
    }
    return out.length ? out : [0];
  }

  getAttributes(offset?: number): Attrs {
    this.count('getAttributes');
    if (offset !== undefined) return { ...this.node.attrsAt(offset) };
    return uniformAttrs(this.node);
  }

  removeFromParent(): this {
    this.count('removeFromParent');
    detach(this.node);
    return this;
  }

  protected format(attrs: Attrs, start?: number, endInclusive?: number): void {
    if (start === undefined) this.applyAll(attrs);
    else this.apply(start, endInclusive as number, attrs);
  }

  protected attribute(method: string, attr: string, offset?: number): unknown {
    this.count(method);
    if (offset !== undefined) {
      const len = this.node.text.length;
      if (offset < 0 || offset >= len) throw rangeError(offset, len);
      return this.node.attrsAt(offset)[attr] ?? (attr === 'BOLD' || attr === 'ITALIC' ? false : null);
    }
    return uniformAttrs(this.node)[attr] ?? null;
  }

  private apply(start: number, endInclusive: number, attrs: Attrs): void {
    this.checkRange(start, endInclusive);
    this.node.applyAttrs(start, endInclusive, attrs);
  }

  private applyAll(attrs: Attrs): void {
    if (this.node.text.length) this.node.applyAttrs(0, this.node.text.length - 1, attrs);
    if (this.node.parent) this.node.parent.textDefaults = { ...this.node.parent.textDefaults, ...attrs };
  }
}
imitates(TextElement, 'Document.Text');

/** Attributes that hold over the whole text; an attribute that varies is null. */
export function uniformAttrs(node: TextNode): Attrs {
  const out: Attrs = {};
  const keys = new Set(node.runs.flatMap((r) => Object.keys(r.attrs)));
  for (const k of keys) {
    const values = new Set(node.runs.map((r) => r.attrs[k] ?? null));
    out[k] = values.size === 1 ? [...values][0] : null;
  }
  return out;
}

/** The two inline elements with no content of their own: copied, cast and removed as every element is. */
export interface PageBreakElement extends Omit<GoogleAppsScript.Document.PageBreak, keyof Detachable<PageBreakNode>> {}
export class PageBreakElement extends Detachable<PageBreakNode> {
  protected readonly cls = 'PageBreak';
}
imitates(PageBreakElement, 'Document.PageBreak');

export interface HorizontalRuleElement extends Omit<GoogleAppsScript.Document.HorizontalRule, keyof Detachable<HorizontalRuleNode>> {}
export class HorizontalRuleElement extends Detachable<HorizontalRuleNode> {
  protected readonly cls = 'HorizontalRule';
}
imitates(HorizontalRuleElement, 'Document.HorizontalRule');

// ---- the Text of a container ---------------------------------------------------------------------

/** A Text element's place in the text of a container (node.text), by its first character. */
interface Segment {
  node: TextNode;
  start: number;
}

/** The Text elements under `node` with their offsets in `node.text` (joined as the model joins it). */
function segmentsOf(node: AnyNode): { text: string; segments: Segment[] } {
  const segments: Segment[] = [];
  const visit = (n: AnyNode, at: number): number => {
    switch (n.type) {
      case 'TEXT':
        segments.push({ node: n, start: at });
        return at + n.text.length;
      case 'PARAGRAPH':
      case 'LIST_ITEM': {
        let pos = at;
        for (const c of n.children) if (c.type === 'TEXT') pos = visit(c, pos);
        return pos;
      }
      case 'TABLE':
        return joined(n.rows, at, 1);
      case 'TABLE_ROW':
        return joined(n.cells, at, 1);
      case 'TABLE_CELL':
      case 'BODY_SECTION':
      case 'HEADER_SECTION':
      case 'FOOTER_SECTION':
        return joined(n.children, at, 1);
      default:
        return at;
    }
  };
  const joined = (children: readonly AnyNode[], at: number, sep: number): number => {
    let pos = at;
    children.forEach((c, i) => {
      if (i > 0) pos += sep;
      pos = visit(c, pos);
    });
    return pos;
  };
  visit(node, 0);
  return { text: 'text' in node ? node.text : '', segments };
}

/**
 * `editAsText()` of a section, table, row or cell: one Text over all its characters, as Google
 * documents it ("a single text element containing all the characters"). Formatting over the
 * whole text or a range reaches every Text element below; editing characters across element
 * boundaries is not imitated.
 */
export interface ContainerTextElement extends Omit<GoogleAppsScript.Document.Text, keyof Formattable<AnyNode>> {}
export class ContainerTextElement extends Formattable<AnyNode> {
  protected readonly cls = 'Text';

  private parts(start?: number, endInclusive?: number): { node: TextNode; from: number; to: number }[] {
    const { text, segments } = segmentsOf(this.node);
    const s = start ?? 0;
    const e = endInclusive ?? text.length - 1;
    if (start !== undefined) {
      if (s < 0 || s >= text.length) throw rangeError(s, text.length);
      if (e < s || e >= text.length) throw rangeError(e, text.length);
    }
    const out: { node: TextNode; from: number; to: number }[] = [];
    for (const seg of segments) {
      const len = seg.node.text.length;
      if (len === 0) continue;
      const from = Math.max(s, seg.start) - seg.start;
      const to = Math.min(e, seg.start + len - 1) - seg.start;
      if (from <= to) out.push({ node: seg.node, from, to });
    }
    return out;
  }

  protected format(attrs: Attrs, start?: number, endInclusive?: number): void {
    for (const p of this.parts(start, endInclusive)) p.node.applyAttrs(p.from, p.to, attrs);
    if (start === undefined) {
      for (const { node } of segmentsOf(this.node).segments) if (node.parent) node.parent.textDefaults = { ...node.parent.textDefaults, ...attrs };
    }
  }

  getText(): string {
    this.count('getText');
    return segmentsOf(this.node).text;
  }

  /** The value of `attr` where it is the same over every character, else null (an offset is not imitated here). */
  protected attribute(method: string, attr: string): unknown {
    this.count(method);
    const values = new Set(this.parts().flatMap((p) => p.node.runs.map((r) => r.attrs[attr] ?? null)));
    return values.size === 1 ? [...values][0] : null;
  }

  insertText(): never {
    this.count('insertText');
    throw new Error('Not imitated by the in-memory DocumentApp: insertText on the Text of a whole section, table or cell (edit a paragraph\'s Text instead).');
  }

  override copy(): never {
    this.count('copy');
    throw new Error('Not imitated by the in-memory DocumentApp: copy of the Text of a whole section, table or cell (copy the element itself).');
  }

  deleteText(): never {
    this.count('deleteText');
    throw new Error('Not imitated by the in-memory DocumentApp: deleteText on the Text of a whole section, table or cell (edit a paragraph\'s Text instead).');
  }
}
imitates(ContainerTextElement, 'Document.Text');

/** An image in a paragraph (Paragraph.appendInlineImage): its size in points can be changed. */
export interface InlineImageElement extends Omit<GoogleAppsScript.Document.InlineImage, keyof Detachable<InlineImageNode>> {}
export class InlineImageElement extends Detachable<InlineImageNode> {
  protected readonly cls = 'InlineImage';

  getWidth(): number {
    this.count('getWidth');
    return this.node.width;
  }
  getHeight(): number {
    this.count('getHeight');
    return this.node.height;
  }
  setWidth(width: number): this {
    this.count('setWidth');
    if (!(Number(width) > 0)) throw new Error('Invalid argument: width');
    this.node.width = Number(width);
    return this;
  }
  setHeight(height: number): this {
    this.count('setHeight');
    if (!(Number(height) > 0)) throw new Error('Invalid argument: height');
    this.node.height = Number(height);
    return this;
  }}
imitates(InlineImageElement, 'Document.InlineImage');
