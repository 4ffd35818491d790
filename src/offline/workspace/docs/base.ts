/**
 * What every DocumentApp element wrapper shares: the open-document session (for call counting
 * and "Document is closed"), the base Element methods, search (findText, findElement,
 * replaceText over a subtree) and RangeElement.
 *
 * Wrappers are created fresh on every call, like Apps Script's proxies; two wrappers are the
 * same element when they wrap the same node.
 */

import { enumMemberOf, type EnumMember, type EnumName, enumValue, FakeObject, imitates, orNull } from '../kernel/fake';
import type { Kernel } from '../kernel/kernel';
import {
  type AnyNode,
  type BlockNode,
  CellNode,
  ParagraphNode,
  RowNode,
  SectionNode,
  TableNode,
  TextNode,
  textNodesUnder,
  walk,
} from './model';
import { compilePattern, findInRuns, replaceInRuns, type ReplacementMode } from './regex';

/** Google's wording when a Document object is used after saveAndClose(). */
export const CLOSED_ERROR = 'Document is closed, its contents cannot be updated.';
export const DETACHED_ERROR = 'Element must be detached.';
export const LAST_PARAGRAPH_ERROR = "Can't remove the last paragraph in a document section.";

/** One Document object returned by openById/create; closed by saveAndClose(). */
export interface DocSession {
  readonly kernel: Kernel;
  readonly docId: string;
  closed: boolean;
  /** How replaceText expands its replacement (the fake's switch; Google does not document it). */
  readonly replacement: ReplacementMode;
}

const MUTATING = /^(set|append|insert|remove|replace|delete|clear|add|merge|save)/;

/**
 * Documents changed through a DocumentApp object not yet saved, by kernel: doc id → the
 * execution and session that changed it (Apps Script saves at saveAndClose() or when the
 * execution ends).
 */
const UNSAVED = new WeakMap<Kernel, Map<string, { execution: number | undefined; session: DocSession }>>();

/** Whether a DocumentApp object of the current execution holds unsaved changes to `docId`. */
export function unsavedChanges(kernel: Kernel, docId: string): boolean {
  const mark = UNSAVED.get(kernel)?.get(docId);
  return mark !== undefined && !mark.session.closed && mark.execution === kernel.currentExecution?.id;
}

/** saveAndClose(): the document's changes are saved. */
export function markSaved(session: DocSession): void {
  const marks = UNSAVED.get(session.kernel);
  if (marks?.get(session.docId)?.session === session) marks.delete(session.docId);
}

/** Counts a DocumentApp call, refuses it on a closed document, and marks the file updated. */
export function docCall(session: DocSession, member: string): void {
  session.kernel.count('DocumentApp', member);
  if (session.closed) throw new Error(CLOSED_ERROR);
  const method = member.slice(member.indexOf('.') + 1);
  if (MUTATING.test(method) && method !== 'saveAndClose') {
    const entry = session.kernel.file(session.docId);
    if (entry) entry.updatedAt = session.kernel.now();
    let marks = UNSAVED.get(session.kernel);
    if (!marks) UNSAVED.set(session.kernel, (marks = new Map()));
    marks.set(session.docId, { execution: session.kernel.currentExecution?.id, session });
  }
}

/**
 * The name of an enum value a script passed (stored in the model by name); anything else — a
 * bare string, another enum's value — is refused, as Google does.
 */
export function attrName<K extends EnumName>(name: K, value: unknown): EnumMember<K> {
  const member = enumMemberOf(name, value);
  if (member === null) throw new Error(`Invalid argument: ${name.slice(name.indexOf('.') + 1)}`);
  return member;
}

/** Set by docs/elements.ts: builds the right wrapper class for a node. */
export const factory: { wrap: (session: DocSession, node: AnyNode) => Wrapper<AnyNode> } = {
  wrap: () => {
    throw new Error('docs/elements.ts not loaded');
  },
};

export function wrap<T = unknown>(session: DocSession, node: AnyNode | null): T {
  return (node ? factory.wrap(session, node) : null) as T;
}

/** The node behind a wrapper handed back by the script (for getChildIndex, insert…). */
export function unwrap(element: unknown): AnyNode {
  if (element instanceof Wrapper) return element.node;
  throw new Error('Invalid argument: element');
}

/**
 * Every DocumentApp element: counted as "DocumentApp.<cls>.<method>", refused once its document
 * is closed (docCall).
 */
export abstract class Wrapper<N extends AnyNode> extends FakeObject {
  /** Apps Script class name used in call counts ("Paragraph", "Body"…). */
  protected abstract readonly cls: string;

  constructor(readonly session: DocSession, readonly node: N) {
    super(session.kernel, 'DocumentApp', '');
  }

  protected override count(method: string): void {
    docCall(this.session, `${this.cls}.${method}`);
  }

  getType(): GoogleAppsScript.Document.ElementType {
    this.count('getType');
    return enumValue('Document.ElementType', this.node.type);
  }

  getParent(): GoogleAppsScript.Document.ContainerElement {
    this.count('getParent');
    return wrap(this.session, (this.node.parent as AnyNode | null) ?? null);
  }

  getNextSibling(): GoogleAppsScript.Document.Element {
    this.count('getNextSibling');
    return this.sibling(1);
  }

  getPreviousSibling(): GoogleAppsScript.Document.Element {
    this.count('getPreviousSibling');
    return this.sibling(-1);
  }

  private sibling(delta: number): GoogleAppsScript.Document.Element {
    const list = siblingsOf(this.node);
    if (!list) return orNull<GoogleAppsScript.Document.Element>(null);
    return wrap(this.session, (list[list.indexOf(this.node as never) + delta] as AnyNode | undefined) ?? null);
  }

  // The element as its own class: Google offers as…() "to ease autocomplete when a given element
  // is known to be of a specific type" and does not say what a conversion to another class does.
  // Each class hands itself back (uncounted); any other conversion is refused, so the product
  // cannot lean on a lenient cast.
  asParagraph(): GoogleAppsScript.Document.Paragraph {
    return this.as('Paragraph');
  }
  asListItem(): GoogleAppsScript.Document.ListItem {
    return this.as('ListItem');
  }
  asTable(): GoogleAppsScript.Document.Table {
    return this.as('Table');
  }
  asTableRow(): GoogleAppsScript.Document.TableRow {
    return this.as('TableRow');
  }
  asTableCell(): GoogleAppsScript.Document.TableCell {
    return this.as('TableCell');
  }
  asText(): GoogleAppsScript.Document.Text {
    return this.as('Text');
  }
  asBody(): GoogleAppsScript.Document.Body {
    return this.as('Body');
  }
  asPageBreak(): GoogleAppsScript.Document.PageBreak {
    return this.as('PageBreak');
  }
  asHorizontalRule(): GoogleAppsScript.Document.HorizontalRule {
    return this.as('HorizontalRule');
  }
  asInlineImage(): GoogleAppsScript.Document.InlineImage {
    return this.as('InlineImage');
  }

  private as<T>(target: string): T {
    if (this.cls !== target) throw this.notConvertible(target);
    return this as unknown as T;
  }

  /** A detached deep copy, of this element's own class (Element.copy). */
  copy(): this {
    this.count('copy');
    const Own = this.constructor as new (session: DocSession, node: N) => this;
    return new Own(this.session, this.node.clone() as N);
  }

  private notConvertible(target: string): Error {
    return new Error(`Cannot convert ${this.cls} to ${target}.`);
  }
}

function siblingsOf(node: AnyNode): readonly AnyNode[] | null {
  const parent = node.parent as AnyNode | null;
  if (!parent) return null;
  if (parent instanceof ParagraphNode) return parent.children;
  if (parent instanceof TableNode) return parent.rows;
  if (parent instanceof RowNode) return parent.cells;
  if (parent instanceof SectionNode || parent instanceof CellNode) return parent.children;
  return null;
}

/** An element that can leave its parent (Element.removeFromParent; a section keeps its last paragraph). */
export abstract class Detachable<N extends AnyNode> extends Wrapper<N> {
  removeFromParent(): this {
    this.count('removeFromParent');
    detach(this.node);
    return this;
  }
}

/** An element whose text can be searched and replaced (Text, the text of a container, every element holding text). */
export abstract class Searchable<N extends AnyNode> extends Wrapper<N> {
  replaceText(pattern: string, replacement: string): this {
    this.count('replaceText');
    replaceTextUnder(this.session, this.node, pattern, replacement);
    return this;
  }

  findText(pattern: string, from?: GoogleAppsScript.Document.RangeElement): RangeElement {
    this.count('findText');
    return orNull(findTextUnder(this.session, this.node, pattern, from));
  }
}

/** Detaches a node from its parent, refusing to empty a section of its last paragraph. */
export function detach(node: AnyNode): void {
  const parent = node.parent as AnyNode | null;
  if (!parent) return;
  if (parent instanceof SectionNode || parent instanceof CellNode) {
    const block = node as BlockNode;
    const isLast = parent.children[parent.children.length - 1] === block;
    if (block instanceof ParagraphNode && (isLast || parent.children.length === 1)) {
      throw new Error(LAST_PARAGRAPH_ERROR);
    }
    parent.remove(block);
  } else if (parent instanceof ParagraphNode) {
    parent.children.splice(parent.children.indexOf(node as never), 1);
  } else if (parent instanceof TableNode) {
    parent.rows.splice(parent.rows.indexOf(node as RowNode), 1);
  } else if (parent instanceof RowNode) {
    parent.cells.splice(parent.cells.indexOf(node as CellNode), 1);
  }
  (node as { parent: unknown }).parent = null;
}

/** An element handed to append/insert must not already be in a document. */
export function requireDetached(node: AnyNode): void {
  if (node.parent) throw new Error(DETACHED_ERROR);
}

// ---- search -------------------------------------------------------------------------------------

export function replaceTextUnder(session: DocSession, node: AnyNode, pattern: string, replacement: string): void {
  compilePattern(pattern);
  for (const t of textNodesUnder(node)) replaceInRuns(t, pattern, replacement, session.replacement);
}

export function findTextUnder(session: DocSession, node: AnyNode, pattern: string, from?: GoogleAppsScript.Document.RangeElement | null): RangeElement | null {
  compilePattern(pattern);
  const texts = textNodesUnder(node);
  let i = 0;
  let offset = 0;
  if (from) {
    if (!(from instanceof RangeElement)) throw new Error('Invalid argument: from');
    const at = texts.indexOf(from.node as TextNode);
    if (at < 0) return null;
    i = at;
    offset = from.endInclusive + 1;
  }
  for (; i < texts.length; i++, offset = 0) {
    const m = findInRuns(texts[i], pattern, offset);
    if (m) return new RangeElement(session, texts[i], m.start, m.endInclusive);
  }
  return null;
}

export function findElementUnder(session: DocSession, node: AnyNode, type: unknown, from?: GoogleAppsScript.Document.RangeElement | null): RangeElement | null {
  const all: AnyNode[] = [];
  walk(node, (n) => {
    if (n !== node) all.push(n);
  });
  if (from && !(from instanceof RangeElement)) throw new Error('Invalid argument: from');
  const start = from instanceof RangeElement ? all.indexOf(from.node) + 1 : 0;
  for (let i = start; i < all.length; i++) {
    if (all[i].type === String(type)) return new RangeElement(session, all[i], -1, -1);
  }
  return null;
}

/** A match of findText (a span of a Text element) or of findElement (a whole element). */
export interface RangeElement extends GoogleAppsScript.Document.RangeElement {}
export class RangeElement extends FakeObject {
  constructor(
    private readonly session: DocSession,
    readonly node: AnyNode,
    readonly start: number,
    readonly endInclusive: number,
  ) {
    super(session.kernel, 'DocumentApp', 'RangeElement');
  }

  protected override count(method: string): void {
    docCall(this.session, `RangeElement.${method}`);
  }

  getElement(): GoogleAppsScript.Document.Element {
    this.count('getElement');
    return wrap(this.session, this.node);
  }

  getStartOffset(): number {
    this.count('getStartOffset');
    return this.start;
  }

  getEndOffsetInclusive(): number {
    this.count('getEndOffsetInclusive');
    return this.endInclusive;
  }

  isPartial(): boolean {
    this.count('isPartial');
    if (this.start < 0) return false;
    return !(this.start === 0 && this.node instanceof TextNode && this.endInclusive === this.node.text.length - 1);
  }
}
imitates(RangeElement, 'Document.RangeElement');
