/**
 * The in-memory DocumentApp: Documents stored as files of the kernel's Drive (so DriveApp's
 * makeCopy duplicates a template with its header and footer), counted calls, Google's errors
 * for missing documents, closed documents and simple-trigger executions.
 *
 * Node-only (src/offline is never bundled).
 */

import type { DocBlockView, DocElementView, DocInlineView, DocsBackdoor } from '../contracts';
import { FakeObject, imitates, orNull } from '../kernel/fake';
import { type Kernel, MimeTypes } from '../kernel/kernel';
import { type BlockNode, DocModel, emptySection, HorizontalRuleNode, PageBreakNode, ParagraphNode, type SectionNode, TableNode } from './model';
import { CLOSED_ERROR, type DocSession, docCall, markSaved } from './base';
import { Body, FooterSection, HeaderSection } from './elements';
import { uniformAttrs } from './text';
import type { ReplacementMode } from './regex';
import { pdfBlob, rootFolderId } from '../drive/drive-app';
import type { Blob } from '../session/blob';

export const DOCUMENTS_SCOPE = 'https://www.googleapis.com/auth/documents';

export function docUrl(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}

/** Google's message when openById gets an id that is not a readable document. */
export function missingDocumentError(id: string): Error {
  return new Error(`Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`);
}

const CLOSED_OK = new Set(['getId', 'getName', 'getUrl', 'getAs', 'getBlob']);

interface DocumentHandle extends GoogleAppsScript.Document.Document {}
class DocumentHandle extends FakeObject {
  constructor(private readonly s: DocSession) {
    super(s.kernel, 'DocumentApp', 'Document');
  }

  private get model(): DocModel {
    const entry = this.s.kernel.file(this.s.docId);
    if (!entry || !(entry.content instanceof DocModel)) throw missingDocumentError(this.s.docId);
    return entry.content;
  }

  /**
   * After saveAndClose() the contents are refused; the file's id, name, URL and exports still
   * answer (scripts commonly export or link a document right after closing it).
   */
  protected override count(method: string): void {
    if (this.s.closed && CLOSED_OK.has(method)) {
      this.s.kernel.count('DocumentApp', `Document.${method}`);
      return;
    }
    docCall(this.s, `Document.${method}`);
  }

  getId(): string {
    this.count('getId');
    return this.s.docId;
  }

  getName(): string {
    this.count('getName');
    return this.s.kernel.file(this.s.docId)?.name ?? '';
  }

  setName(name: string): this {
    this.count('setName');
    const entry = this.s.kernel.file(this.s.docId);
    if (entry) entry.name = String(name);
    return this;
  }

  getUrl(): string {
    this.count('getUrl');
    return docUrl(this.s.docId);
  }

  getBody(): GoogleAppsScript.Document.Body {
    this.count('getBody');
    return new Body(this.s, this.model.body);
  }

  getHeader(): GoogleAppsScript.Document.HeaderSection {
    this.count('getHeader');
    const h = this.model.header;
    return (h ? new HeaderSection(this.s, h) : null) as HeaderSection;
  }

  getFooter(): GoogleAppsScript.Document.FooterSection {
    this.count('getFooter');
    const f = this.model.footer;
    return (f ? new FooterSection(this.s, f) : null) as FooterSection;
  }

  addHeader(): GoogleAppsScript.Document.HeaderSection {
    this.count('addHeader');
    const model = this.model;
    if (model.header) throw new Error('Document already contains a header.');
    model.header = emptySection('HEADER_SECTION');
    return new HeaderSection(this.s, model.header);
  }

  addFooter(): GoogleAppsScript.Document.FooterSection {
    this.count('addFooter');
    const model = this.model;
    if (model.footer) throw new Error('Document already contains a footer.');
    model.footer = emptySection('FOOTER_SECTION');
    return new FooterSection(this.s, model.footer);
  }

  saveAndClose(): void {
    this.count('saveAndClose');
    this.s.closed = true;
    markSaved(this.s);
  }

  /** Only PDF export is supported, as for Google Docs through DocumentApp. */
  getAs(contentType: string): Blob {
    this.count('getAs');
    if (String(contentType) !== MimeTypes.PDF) {
      throw new Error(`Converting from ${MimeTypes.DOCUMENT} to ${String(contentType)} is not supported.`);
    }
    return pdfBlob(this.s.kernel, 'DocumentApp', this.getNameUncounted(), this.model.plainText());
  }

  getBlob(): Blob {
    this.count('getBlob');
    return pdfBlob(this.s.kernel, 'DocumentApp', this.getNameUncounted(), this.model.plainText());
  }

  private getNameUncounted(): string {
    return this.s.kernel.file(this.s.docId)?.name ?? 'document';
  }
}
imitates(DocumentHandle, 'Document.Document');

interface DocumentAppFake extends GoogleAppsScript.Document.DocumentApp {}
class DocumentAppFake extends FakeObject {
  constructor(kernel: Kernel, private readonly open: (id: string) => DocumentHandle, private readonly newDocument: (name: string) => string) {
    super(kernel, 'DocumentApp', '');
  }
  /** Every DocumentApp call needs authorisation: refused in a simple trigger. */
  protected override count(method: string): void {
    super.count(method);
    if (this.kernel.currentExecution?.kind === 'simple-trigger' && method !== 'getActiveDocument') {
      throw new Error(`You do not have permission to call DocumentApp.${method}. Required permissions: ${DOCUMENTS_SCOPE}`);
    }
  }
  create(name: string): DocumentHandle {
    this.count('create');
    return this.open(this.newDocument(String(name)));
  }
  openById(id: string): DocumentHandle {
    this.count('openById');
    return this.open(id);
  }
  openByUrl(url: string): DocumentHandle {
    this.count('openByUrl');
    const m = /\/d\/([A-Za-z0-9_-]+)/.exec(String(url));
    if (!m) throw new Error('Invalid argument: url');
    return this.open(m[1]);
  }
  getActiveDocument(): DocumentHandle {
    this.count('getActiveDocument');
    // The product is bound to a spreadsheet: there is no active document.
    return orNull<DocumentHandle>(null);
  }
}
imitates(DocumentAppFake, 'Document.DocumentApp');

export function createDocumentApp(kernel: Kernel, options: { replacement?: ReplacementMode } = {}): { DocumentApp: GoogleAppsScript.Document.DocumentApp; backdoor: DocsBackdoor } {
  const open = (id: string): DocumentHandle => {
    const entry = kernel.file(String(id));
    if (!entry || !(entry.content instanceof DocModel)) throw missingDocumentError(String(id));
    return new DocumentHandle({ kernel, docId: entry.id, closed: false, replacement: options.replacement ?? 'java' });
  };

  const newDocument = (name: string, folderId?: string): string => {
    const id = kernel.newId('1');
    kernel.registerFile({
      id,
      name,
      mimeType: MimeTypes.DOCUMENT,
      parents: [folderId ?? rootFolderId(kernel)],
      content: new DocModel(id),
    });
    return id;
  };

  const app = new DocumentAppFake(kernel, open, newDocument);

  const model = (documentId: string): DocModel => {
    const entry = kernel.file(documentId);
    if (!entry || !(entry.content instanceof DocModel)) throw missingDocumentError(documentId);
    return entry.content;
  };

  const backdoor: DocsBackdoor = {
    tree(documentId) {
      const m = model(documentId);
      const p = m.body.pageAttrs;
      return {
        page: { width: p.PAGE_WIDTH, height: p.PAGE_HEIGHT, marginTop: p.MARGIN_TOP, marginRight: p.MARGIN_RIGHT, marginBottom: p.MARGIN_BOTTOM, marginLeft: p.MARGIN_LEFT },
        body: m.body.children.map(treeOf),
        header: m.header ? m.header.children.map(treeOf) : null,
        footer: m.footer ? m.footer.children.map(treeOf) : null,
      };
    },
    text(documentId) {
      const m = model(documentId);
      return { body: m.body.text, header: m.header?.text ?? '', footer: m.footer?.text ?? '' };
    },
    elements(documentId, section = 'body') {
      const m = model(documentId);
      const s = section === 'body' ? m.body : section === 'header' ? m.header : m.footer;
      return s ? s.children.map(viewOf) : [];
    },
    createDocument(name, body, options = {}) {
      const id = newDocument(name, options.folderId);
      const m = model(id);
      m.body = sectionFrom('BODY_SECTION', body);
      if (options.header) m.header = sectionFrom('HEADER_SECTION', options.header.map((text) => ({ type: 'PARAGRAPH', text })));
      if (options.footer) m.footer = sectionFrom('FOOTER_SECTION', options.footer.map((text) => ({ type: 'PARAGRAPH', text })));
      return id;
    },
  };

  return { DocumentApp: app, backdoor };
}

/** A block with everything it holds (copies: the view never aliases the model). */
function treeOf(block: BlockNode): DocBlockView {
  if (block instanceof TableNode) {
    const columns = Math.max(0, ...block.rows.map((r) => r.cells.length));
    return {
      type: 'TABLE',
      columnWidths: Array.from({ length: columns }, (_, c) => block.columnWidths[c] ?? null),
      borderWidth: block.borderWidth,
      borderColor: block.borderColor,
      pinnedHeaderRows: block.pinnedHeaderRows,
      rows: block.rows.map((r) => ({
        attrs: { ...r.attrs },
        cells: r.cells.map((c) => ({ attrs: { ...c.attrs }, background: c.background, blocks: c.children.map(treeOf) })),
      })),
    };
  }
  return {
    type: block.type,
    attrs: { ...block.paraAttrs },
    textDefaults: { ...block.textDefaults },
    keepWithNext: block.keepWithNext,
    children: block.children.map((c): DocInlineView => {
      if (c.type === 'TEXT') return { type: 'TEXT', runs: c.runs.map((r) => ({ text: r.text, attrs: { ...r.attrs } })) };
      if (c.type === 'INLINE_IMAGE') return { type: 'INLINE_IMAGE', mimeType: c.mimeType, data: c.bytes.toString('base64'), width: c.width, height: c.height };
      return { type: c.type };
    }),
  };
}

/** How a block looks to a test: a paragraph holding only a page break is a PAGE_BREAK. */
function viewOf(block: BlockNode): DocElementView {
  if (block instanceof TableNode) {
    return { type: 'TABLE', rows: block.rows.map((r) => r.cells.map((c) => c.text)), text: block.text };
  }
  const inline = block.children.map((c) => c.type);
  if (block.text.trim() === '' && inline.includes('PAGE_BREAK')) return { type: 'PAGE_BREAK' };
  if (block.text.trim() === '' && inline.includes('HORIZONTAL_RULE')) return { type: 'HORIZONTAL_RULE' };
  const texts = block.children.filter((c) => c.type === 'TEXT');
  const bold = texts.length > 0 && texts.every((t) => t.type === 'TEXT' && uniformAttrs(t).BOLD === true);
  const view: DocElementView = { type: block.type, text: block.text, heading: String(block.paraAttrs.HEADING ?? 'NORMAL') };
  if (block.paraAttrs.HORIZONTAL_ALIGNMENT) view.alignment = String(block.paraAttrs.HORIZONTAL_ALIGNMENT);
  if (bold) view.bold = true;
  return view;
}

function sectionFrom(type: SectionNode['type'], views: DocElementView[]): SectionNode {
  const s = emptySection(type);
  s.children = [];
  for (const v of views) {
    if (v.type === 'TABLE') {
      s.add(TableNode.fromCells(v.rows ?? []));
      continue;
    }
    const p = new ParagraphNode(v.type === 'LIST_ITEM' ? 'LIST_ITEM' : 'PARAGRAPH', v.text ?? '');
    if (v.type === 'PAGE_BREAK') p.add(new PageBreakNode());
    if (v.type === 'HORIZONTAL_RULE') p.add(new HorizontalRuleNode());
    if (v.heading) p.paraAttrs.HEADING = v.heading;
    if (v.alignment) p.paraAttrs.HORIZONTAL_ALIGNMENT = v.alignment;
    if (v.bold) {
      p.textDefaults = { BOLD: true };
      for (const c of p.children) if (c.type === 'TEXT' && c.text.length) c.applyAttrs(0, c.text.length - 1, { BOLD: true });
    }
    s.add(p);
  }
  const last = s.children[s.children.length - 1];
  if (!(last instanceof ParagraphNode)) s.add(new ParagraphNode());
  return s;
}

export { CLOSED_ERROR };
