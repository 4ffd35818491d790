/**
 * The in-memory DocumentApp: Documents stored as files of the kernel's Drive (so DriveApp's
 * makeCopy duplicates a template with its header and footer), counted calls, Google's errors
 * for missing documents, closed documents and simple-trigger executions.
 *
 * Node-only (src/offline is never bundled).
 */

import type { DocElementView, DocsBackdoor } from '../contracts';
import { type Kernel, MimeTypes } from '../kernel/kernel';
import { type BlockNode, DocModel, emptySection, HorizontalRuleNode, PageBreakNode, ParagraphNode, type SectionNode, TableNode } from './model';
import { CLOSED_ERROR, type DocSession, docCall } from './base';
import { SectionElement } from './elements';
import { uniformAttrs } from './text';
export function createDocumentApp(kernel: Kernel, options: { replacement?: ReplacementMode } = {}): { DocumentApp: GoogleAppsScript.Document.DocumentApp; backdoor: DocsBackdoor } {
  const guard = (method: string): void => {
    kernel.count('DocumentApp', method);
    if (kernel.currentExecution?.kind === 'simple-trigger') {
      throw new Error(`You do not have permission to call DocumentApp.${method}. Required permissions: ${DOCUMENTS_SCOPE}`);
    }
  };

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

  const app = {
    ...DocsEnums,
    create(name: string): DocumentHandle {
      guard('create');
      return open(newDocument(String(name)));
    },
    openById(id: string): DocumentHandle {
      guard('openById');
      return open(id);
    },
    openByUrl(url: string): DocumentHandle {
      guard('openByUrl');
      const m = /\/d\/([A-Za-z0-9_-]+)/.exec(String(url));
      if (!m) throw new Error('Invalid argument: url');
      return open(m[1]);
    },
    getActiveDocument(): null {
      kernel.count('DocumentApp', 'getActiveDocument');
      // The product is bound to a spreadsheet: there is no active document.
      return null;
    },
  };

  const model = (documentId: string): DocModel => {
    const entry = kernel.file(documentId);
    if (!entry || !(entry.content instanceof DocModel)) throw missingDocumentError(documentId);
    return entry.content;
  };

  const backdoor: DocsBackdoor = {
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

  return { DocumentApp: app as unknown as GoogleAppsScript.Document.DocumentApp, backdoor };
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
