/**
 * The Docs advanced service (`Docs`, the Google Docs API v1 through Apps Script), as far as the
 * product uses it, on the same document model as the in-memory DocumentApp:
 *
 * - `Docs.Documents.get(id)`: the document as the API returns it: `body.content` of structural
 *   elements with zero-based `startIndex`/`endIndex` in UTF-16 code units (a section break first,
 *   paragraphs ending in "\n", tables with their rows and cells), headers, footers and the page
 *   (`documentStyle`).
 * - `Docs.Documents.batchUpdate({requests}, id)`: every request is applied in order, together and
 *   atomically: if one is invalid, none is applied and the call throws. Imitated requests:
 *   `replaceAllText` (Google's merge guide: `containsText` is a literal substring, `matchCase`
 *   false unless set, `replaceText` inserted as written, every segment of the document — body,
 *   headers, footers — the replaced text keeping the formatting of the text it replaces; reply
 *   `occurrencesChanged`), `pinTableHeaderRows` (`tableStartLocation.index` must be where a
 *   table starts; the first `pinnedHeaderRowsCount` rows repeat on every page; 0 unpins) and
 *   `updateParagraphStyle` of the body's `keepWithNext` (every paragraph overlapping the range;
 *   `fields` required; a field named but unset is reset). Any other request or field throws
 *   "not imitated".
 * - The service exists only when the manifest enables it (`dependencies.enabledAdvancedServices`),
 *   as in Apps Script. It reads the document as last saved: the fake refuses a call while a
 *   DocumentApp object of the same execution holds unsaved changes to that document (Google's API
 *   would silently work on the older version; call `saveAndClose()` first).
 *
 * Node-only (src/offline is never bundled).
 */
import { FakeObject, imitates } from '../kernel/fake';
import type { Kernel } from '../kernel/kernel';
import { type BlockNode, DocModel, ParagraphNode, type SectionNode, TableNode, type TextNode } from './model';
import { DOCUMENTS_SCOPE } from './document-app';
import { unsavedChanges } from './base';

type Json = Record<string, unknown>;

const utf16 = (s: string): number => s.length;

/** The API's error for a request, as Apps Script reports it. */
function apiError(method: string, message: string): Error {
  return new Error(`API call to docs.documents.${method} failed with error: ${message}`);
}

/** Index layout of a segment: each block's start, tables' rows and cells, as the API counts. */
interface Laid {
  json: Json[];
  tables: { start: number; node: TableNode }[];
  /** Every paragraph, in table cells too, with its [start, end) range. */
  paragraphs: { start: number; end: number; node: ParagraphNode }[];
}

function paragraphText(p: ParagraphNode): string {
  // Page breaks and rules are one character each in the API's text.
  return p.children.map((c) => (c.type === 'TEXT' ? c.text : '\u000b')).join('');
}

function layBlocks(blocks: readonly BlockNode[], at: number, tables: Laid['tables'], paragraphs: Laid['paragraphs']): { json: Json[]; end: number } {
  const json: Json[] = [];
  let cur = at;
  for (const b of blocks) {
    if (b instanceof TableNode) {
      const start = cur;
      tables.push({ start, node: b });
      cur += 1;
      const rows = b.rows.map((r) => {
        const rowStart = cur;
        cur += 1;
        const cells = r.cells.map((c) => {
          const cellStart = cur;
          cur += 1;
          const inner = layBlocks(c.children, cur, tables, paragraphs);
          cur = inner.end;
          return { startIndex: cellStart, endIndex: cur, content: inner.json };
        });
        return { startIndex: rowStart, endIndex: cur, tableCells: cells };
      });
      cur += 1;
      json.push({
        startIndex: start,
        endIndex: cur,
        table: { rows: b.rows.length, columns: Math.max(0, ...b.rows.map((r) => r.cells.length)), tableRows: rows, tableStyle: {} },
      });
    } else {
      const text = `${paragraphText(b)}\n`;
      // The API lists a style field only when it is set.
      const paragraphStyle: Json = b.keepWithNext ? { keepWithNext: true } : {};
      json.push({
        startIndex: cur,
        endIndex: cur + utf16(text),
        paragraph: { elements: [{ startIndex: cur, endIndex: cur + utf16(text), textRun: { content: text, textStyle: {} } }], paragraphStyle },
      });
      paragraphs.push({ start: cur, end: cur + utf16(text), node: b });
      cur += utf16(text);
    }
  }
  return { json, end: cur };
}

function laySegment(section: SectionNode, isBody: boolean): Laid {
  const tables: Laid['tables'] = [];
  const paragraphs: Laid['paragraphs'] = [];
  const start = isBody ? 1 : 0;
  const laid = layBlocks(section.children, start, tables, paragraphs);
  const json = isBody ? [{ endIndex: 1, sectionBreak: { sectionStyle: {} } }, ...laid.json] : laid.json;
  return { json, tables, paragraphs };
}

const pt = (magnitude: number): Json => ({ magnitude, unit: 'PT' });

/** The document as Documents.get returns it. */
function documentJson(model: DocModel, title: string): Json {
  const p = model.body.pageAttrs;
  const doc: Json = {
    documentId: model.id,
    title,
    body: { content: laySegment(model.body, true).json },
    documentStyle: {
      pageSize: { width: pt(p.PAGE_WIDTH), height: pt(p.PAGE_HEIGHT) },
      marginTop: pt(p.MARGIN_TOP),
      marginBottom: pt(p.MARGIN_BOTTOM),
      marginLeft: pt(p.MARGIN_LEFT),
      marginRight: pt(p.MARGIN_RIGHT),
      ...(model.header ? { defaultHeaderId: 'kix.header0' } : {}),
      ...(model.footer ? { defaultFooterId: 'kix.footer0' } : {}),
    },
  };
  if (model.header) doc.headers = { 'kix.header0': { headerId: 'kix.header0', content: laySegment(model.header, false).json } };
  if (model.footer) doc.footers = { 'kix.footer0': { footerId: 'kix.footer0', content: laySegment(model.footer, false).json } };
  return doc;
}

/** Every Text element of a section, in document order. */
function textNodes(section: SectionNode): TextNode[] {
  const out: TextNode[] = [];
  const visit = (blocks: readonly BlockNode[]): void => {
    for (const b of blocks) {
      if (b instanceof ParagraphNode) for (const c of b.children) if (c.type === 'TEXT') out.push(c);
      if (b instanceof TableNode) for (const r of b.rows) for (const c of r.cells) visit(c.children);
    }
  };
  visit(section.children);
  return out;
}

/** Replaces [start, end) of `node` by `text` in the formatting of the first replaced character. */
function replaceRange(node: TextNode, start: number, end: number, text: string): void {
  const attrs = { ...node.attrsAt(start) };
  const from = node.splitAt(start);
  const to = node.splitAt(end);
  node.runs.splice(from, to - from, ...(text === '' ? [] : [{ text, attrs }]));
  node.normalize();
}

/** replaceAllText over one Text element; returns how many occurrences changed. */
function replaceAllIn(node: TextNode, find: string, replacement: string, matchCase: boolean): number {
  const hay = matchCase ? node.text : node.text.toLowerCase();
  const needle = matchCase ? find : find.toLowerCase();
  const starts: number[] = [];
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) starts.push(i);
  // Last first, so earlier offsets stay valid.
  for (let k = starts.length - 1; k >= 0; k--) replaceRange(node, starts[k], starts[k] + find.length, replacement);
  return starts.length;
}

function cloneModel(model: DocModel): DocModel {
  return model.cloneForCopy(model.id);
}

interface DocumentsCollection extends GoogleAppsScript.Docs.Collection.DocumentsCollection {}
/** Docs.Documents: get and batchUpdate, counted as "Docs.Documents.<method>". */
class DocumentsCollection extends FakeObject {
  constructor(kernel: Kernel) {
    super(kernel, 'Docs', 'Documents');
  }

  private open(method: string, documentId: string): { model: DocModel; name: string } {
    this.count(method);
    const { kernel } = this;
    if (kernel.currentExecution?.kind === 'simple-trigger') {
      throw new Error(`You do not have permission to call Docs.Documents.${method}. Required permissions: ${DOCUMENTS_SCOPE}`);
    }
    const entry = kernel.file(String(documentId));
    if (!entry || !(entry.content instanceof DocModel) || entry.trashed) throw apiError(method, 'Requested entity was not found.');
    if (unsavedChanges(kernel, entry.id)) {
      throw new Error(
        `The in-memory Docs service refuses docs.documents.${method} on ${entry.id}: a DocumentApp object of this execution holds unsaved changes to it, which Google's API would not see. Call saveAndClose() first.`,
      );
    }
    return { model: entry.content, name: entry.name };
  }

  get(documentId: string): GoogleAppsScript.Docs.Schema.Document {
    const { model, name } = this.open('get', documentId);
    return documentJson(model, name) as GoogleAppsScript.Docs.Schema.Document;
  }

  batchUpdate(resource: GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest, documentId: string): GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse {
    const { model } = this.open('batchUpdate', documentId);
    const requests = (resource as { requests?: Json[] } | undefined)?.requests;
    if (!Array.isArray(requests) || requests.length === 0) throw apiError('batchUpdate', 'Invalid requests: must contain at least one request.');
    const work = cloneModel(model);
    const replies: Json[] = requests.map((request, i) => {
      const kinds = Object.keys(request ?? {});
      if (kinds.length !== 1) throw apiError('batchUpdate', `Invalid requests[${i}]: exactly one kind of request must be set.`);
      const kind = kinds[0];
      const body = (request as Json)[kind] as Json;
      if (kind === 'replaceAllText') {
        const contains = (body?.containsText ?? {}) as Json;
        const find = typeof contains.text === 'string' ? contains.text : '';
        if (find === '') throw apiError('batchUpdate', `Invalid requests[${i}].replaceAllText: The containsText text must not be empty.`);
        const replacement = body.replaceText === undefined || body.replaceText === null ? '' : String(body.replaceText);
        const matchCase = contains.matchCase === true;
        let n = 0;
        for (const section of [work.body, work.header, work.footer]) {
          if (section) for (const t of textNodes(section)) n += replaceAllIn(t, find, replacement, matchCase);
        }
        return { replaceAllText: n > 0 ? { occurrencesChanged: n } : {} };
      }
      if (kind === 'pinTableHeaderRows') {
        const location = (body?.tableStartLocation ?? {}) as Json;
        if (location.segmentId !== undefined && location.segmentId !== '') {
          throw new Error('not imitated: Docs.Documents.batchUpdate pinTableHeaderRows outside the body');
        }
        const count = Number(body?.pinnedHeaderRowsCount ?? 0);
        const table = laySegment(work.body, true).tables.find((t) => t.start === Number(location.index));
        if (!table) throw apiError('batchUpdate', `Invalid requests[${i}].pinTableHeaderRows: The table start location must be the start of a table.`);
        if (!Number.isInteger(count) || count < 0 || count > table.node.rows.length) {
          throw apiError('batchUpdate', `Invalid requests[${i}].pinTableHeaderRows: pinnedHeaderRowsCount must be between 0 and the number of rows.`);
        }
        table.node.pinnedHeaderRows = count;
        return {};
      }
      if (kind === 'updateParagraphStyle') {
        // Every paragraph overlapping [startIndex, endIndex) takes the fields named in `fields`.
        const range = (body?.range ?? {}) as Json;
        if (range.segmentId !== undefined && range.segmentId !== '') {
          throw new Error('not imitated: Docs.Documents.batchUpdate updateParagraphStyle outside the body');
        }
        const fields = typeof body?.fields === 'string' ? body.fields.split(',').map((f) => f.trim()).filter((f) => f !== '') : [];
        if (fields.length === 0) throw apiError('batchUpdate', `Invalid requests[${i}].updateParagraphStyle: At least one field must be listed in 'fields'. (Use '*' to indicate all fields.)`);
        const other = fields.find((f) => f !== 'keepWithNext');
        if (other !== undefined) throw new Error(`not imitated: Docs.Documents.batchUpdate updateParagraphStyle field ${other}`);
        const start = Number(range.startIndex);
        const end = Number(range.endIndex);
        const laid = laySegment(work.body, true);
        const last = laid.paragraphs.length > 0 ? laid.paragraphs[laid.paragraphs.length - 1].end : 1;
        if (!Number.isInteger(start) || !Number.isInteger(end) || start < 1 || end <= start || end > last) {
          throw apiError('batchUpdate', `Invalid requests[${i}].updateParagraphStyle: Index ${end > last ? end : start} must be less than the end index of the referenced segment, ${last}.`);
        }
        const style = (body.paragraphStyle ?? {}) as Json;
        // A field named but left unset is reset to its default.
        const keep = style.keepWithNext === true;
        for (const p of laid.paragraphs) if (p.start < end && p.end > start) p.node.keepWithNext = keep;
        return {};
      }
      throw new Error(`not imitated: Docs.Documents.batchUpdate request ${kind}`);
    });
    // All valid: the document becomes the worked copy, at once.
    model.body = work.body;
    model.header = work.header;
    model.footer = work.footer;
    const entry = this.kernel.file(model.id);
    if (entry) entry.updatedAt = this.kernel.now();
    return { documentId: model.id, replies } as GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse;
  }
}
imitates(DocumentsCollection, 'Docs.Collection.DocumentsCollection');

interface DocsService extends GoogleAppsScript.Docs {}
/** The `Docs` global: its Documents collection (the Schema builders newXxx() are not imitated). */
class DocsService extends FakeObject {
  readonly Documents: DocumentsCollection;
  constructor(kernel: Kernel) {
    super(kernel, 'Docs', '');
    this.Documents = new DocumentsCollection(kernel);
  }
}
imitates(DocsService, 'Docs');

export function createDocsAdvanced(kernel: Kernel): GoogleAppsScript.Docs {
  return new DocsService(kernel);
}

/** Whether `manifest` (appsscript.json) enables the Docs advanced service. */
export function docsServiceEnabled(manifest: unknown): boolean {
  const services = ((manifest as Json)?.dependencies as Json | undefined)?.enabledAdvancedServices;
  return Array.isArray(services) && services.some((s) => (s as Json)?.serviceId === 'docs' && (s as Json)?.userSymbol === 'Docs');
}

