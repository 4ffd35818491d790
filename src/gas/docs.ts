/**
 * The only place that touches DocumentApp and the Docs advanced service (the Docs API): render
 * structured blocks (core/decree/blocks.ts) into a new Doc with its page setup, look at a template
 * (its placeholders and agent rows), and fill a copy of it (the copy itself is gas/drive's).
 *
 * Values go in literally, whatever `replaceText` would do with `$` and `\` in a replacement
 * (Google documents its pattern, RE2, but not its replacement string): they never pass through
 * `replaceText` at all. The Docs API's `replaceAllText` matches a literal substring and inserts
 * its text as written (Google's merge guide), and all of a draft's replacements go in one
 * `batchUpdate`: each placeholder first becomes a private token, then each token its value, so
 * no inserted value is ever searched again. DocumentApp does what the API cannot do as cheaply:
 * copying the agent row once per agent with its formatting, each copy's placeholders tagged with
 * its agent by a `replaceText` whose replacement holds no `$`, `\` or brace.
 *
 * The agent row is the innermost table row holding an agent placeholder (D2): found with findText
 * and climbed to from the match, so a layout table around the Lampiran is never repeated. The
 * template is looked at once; the copy is reached by the row's path of child indices. DocumentApp's
 * changes are saved (saveAndClose) before the API reads the document.
 */
import type { Align, DocBlock, DocSkeleton, KopBlock, ParagraphBlock, TableBlock } from '../core/decree/blocks';
import { foreignSpans } from '../core/decree/foreign';
import type { DecreeValues } from '../core/decree/model';
import {
  AGENT_PLACEHOLDERS,
  DOCUMENT_PLACEHOLDERS,
  findPlaceholders,
  isAgentPlaceholder,
  placeholderPattern,
  placeholderRegExp,
} from '../core/decree/placeholders';
import type { TemplatePlaceholders } from '../core/decree/preflight';
import { discardDocument, moveToFolder, type CreatedDocument } from './drive';

type Document = GoogleAppsScript.Document.Document;
type Body = GoogleAppsScript.Document.Body;
type Section = Body | GoogleAppsScript.Document.HeaderSection | GoogleAppsScript.Document.FooterSection;
type Table = GoogleAppsScript.Document.Table;
type TableRow = GoogleAppsScript.Document.TableRow;
type TableCell = GoogleAppsScript.Document.TableCell;
type RangeElement = GoogleAppsScript.Document.RangeElement;
type Text = GoogleAppsScript.Document.Text;


// ---------------------------------------------------------------------------------------------
// Rendering structured blocks

function alignment(a: Align | undefined): GoogleAppsScript.Document.HorizontalAlignment | null {
  if (!a) return null;
  const H = DocumentApp.HorizontalAlignment;
  return a === 'left' ? H.LEFT : a === 'center' ? H.CENTER : a === 'right' ? H.RIGHT : H.JUSTIFY;
}

function headingOf(level: 1 | 2 | 3): GoogleAppsScript.Document.ParagraphHeading {
  const P = DocumentApp.ParagraphHeading;
  return level === 1 ? P.HEADING1 : level === 2 ? P.HEADING2 : P.HEADING3;
}

/** Single spacing, no space between paragraphs: what every paragraph of the documents gets. */
function spacing(A: typeof DocumentApp.Attribute): Record<string, unknown> {
  return { [A.LINE_SPACING]: 1, [A.SPACING_BEFORE]: 0, [A.SPACING_AFTER]: 0 };
}

/** Paragraph and text attributes of a block, set in one call. */
function paragraphAttributes(b: ParagraphBlock, fontSize: number): Record<string, unknown> {
  const A = DocumentApp.Attribute;
  const attrs: Record<string, unknown> = spacing(A);
  attrs[A.HORIZONTAL_ALIGNMENT] = alignment(b.align ?? 'left');
  if (b.heading) attrs[A.HEADING] = headingOf(b.heading);
  attrs[A.INDENT_START] = b.indent ?? 0;
  attrs[A.INDENT_FIRST_LINE] = b.indent ?? 0;
  if (b.indentEnd !== undefined) attrs[A.INDENT_END] = b.indentEnd;
  attrs[A.BOLD] = b.bold === true;
  attrs[A.FONT_SIZE] = b.size ?? fontSize;
  return attrs;
}

/** Italic spans (foreign terms) of a paragraph's text. */
function italicize(text: Text, spans: readonly [number, number][] | undefined): void {
  for (const [s, e] of spans ?? []) text.setItalic(s, e, true);
}

function appendParagraphBlock(section: Section, b: ParagraphBlock, fontSize: number): void {
  const p = section.appendParagraph(b.text);
  p.setAttributes(paragraphAttributes(b, fontSize));
  if (b.italic && b.italic.length > 0) italicize(p.editAsText(), b.italic);
}

/** Cells hold paragraphs separated by "\n"; the first goes in with appendTable. */
const firstLine = (cell: string): string => cell.split('\n')[0];

function appendTableBlock(section: Section, block: TableBlock, fontSize: number): void {
  const A = DocumentApp.Attribute;
  const table = section.appendTable(block.rows.map((r) => r.map(firstLine)));
  table.setBorderWidth(block.borderless ? 0 : 0.75);
  if (!block.borderless) table.setBorderColor('#000000');
  block.widths.forEach((w, i) => table.setColumnWidth(i, w));
  const size = block.fontSize ?? fontSize;
  // A new table's cells take Docs' default size, not the body's: every table says its size.
  table.editAsText().setFontSize(size);
  block.rows.forEach((row, r) => {
    row.forEach((text, c) => {
      const lines = text.split('\n');
      const spans = foreignSpans(lines[0]);
      if (spans.length > 0) italicize(table.getCell(r, c).editAsText(), spans);
      const align = block.align?.[c];
      const header = block.header === true && r === 0;
      const bold = header || (block.boldColumns ?? []).indexOf(c) >= 0;
      // Label, colon and number cells of a layout table keep the defaults: no call of their own.
      if ((block.plainColumns ?? []).indexOf(c) >= 0 && !bold && lines.length === 1) return;
      const cell = table.getCell(r, c);
      const attrs: Record<string, unknown> = { ...spacing(A), [A.HORIZONTAL_ALIGNMENT]: alignment(header ? 'center' : align ?? 'left'), [A.BOLD]: bold };
      (cell.getChild(0) as GoogleAppsScript.Document.Paragraph).setAttributes(attrs);
      for (const line of lines.slice(1)) cell.appendParagraph(line).setAttributes({ ...attrs, [A.FONT_SIZE]: size });
    });
  });
}

/** The kop: the lines centred, then a rule. (The emblem's column is reserved for its image.) */
type Blob = GoogleAppsScript.Base.Blob;

/** What the renderer needs besides the blocks: the text width and the kop's emblem image. */
interface RenderContext {
  fontSize: number;
  textWidth: number;
  emblem: Blob | null;
}

/**
 * The kop: without an emblem, the lines centred; with one, a borderless two-column table, the
 * emblem scaled to its column on the left, the lines centred beside it. Then a rule.
 */
function appendKop(section: Section, kop: KopBlock, ctx: RenderContext): void {
  if (!ctx.emblem) {
    for (const line of kop.lines) appendParagraphBlock(section, line, ctx.fontSize);
    (section as Body).appendHorizontalRule();
    return;
  }
  const A = DocumentApp.Attribute;
  const table = section.appendTable([['', kop.lines[0].text]]);
  table.setBorderWidth(0);
  table.setColumnWidth(0, kop.emblemWidth);
  table.setColumnWidth(1, Math.round((ctx.textWidth - kop.emblemWidth) * 100) / 100);
  const holder = table.getCell(0, 0).getChild(0).asParagraph();
  holder.setAttributes({ ...spacing(A), [A.HORIZONTAL_ALIGNMENT]: DocumentApp.HorizontalAlignment.CENTER });
  const image = holder.appendInlineImage(ctx.emblem);
  const fit = kop.emblemWidth - 10;
  const w = image.getWidth();
  const h = image.getHeight();
  image.setWidth(fit).setHeight(Math.round(((h * fit) / w) * 100) / 100);
  const cell = table.getCell(0, 1);
  (cell.getChild(0) as GoogleAppsScript.Document.Paragraph).setAttributes(paragraphAttributes(kop.lines[0], ctx.fontSize));
  for (const line of kop.lines.slice(1)) cell.appendParagraph(line.text).setAttributes(paragraphAttributes(line, ctx.fontSize));
  // Docs ends the body with an empty paragraph after a table: the rule goes into it.
  const after = section.getChild(section.getNumChildren() - 1);
  if (after.getType() === DocumentApp.ElementType.PARAGRAPH) after.asParagraph().appendHorizontalRule();
  else (section as Body).appendHorizontalRule();
}

function appendBlock(section: Section, block: DocBlock, ctx: RenderContext): void {
  switch (block.type) {
    case 'paragraph':
      appendParagraphBlock(section, block, ctx.fontSize);
      return;
    case 'pageBreak':
      (section as Body).appendPageBreak();
      return;
    case 'rule':
      (section as Body).appendHorizontalRule();
      return;
    case 'kop':
      appendKop(section, block, ctx);
      return;
    default:
      appendTableBlock(section, block, ctx.fontSize);
  }
}

/** Whether `block` becomes a table in the Doc. */
const makesTable = (block: DocBlock, ctx: RenderContext): boolean => block.type === 'table' || (block.type === 'kop' && ctx.emblem !== null);

/**
 * Appends `blocks` to a section, then removes the empty paragraph a new section starts with
 * (kept, a hairline high, when the section starts with a table: Docs keeps a paragraph there).
 */
function renderSection(section: Section, blocks: readonly DocBlock[], ctx: RenderContext): void {
  const startedEmpty = section.getNumChildren() === 1 && section.getText() === '';
  for (const b of blocks) appendBlock(section, b, ctx);
  if (!startedEmpty || blocks.length === 0) return;
  const first = section.getChild(0).asParagraph();
  if (makesTable(blocks[0], ctx)) first.setAttributes({ ...spacing(DocumentApp.Attribute), [DocumentApp.Attribute.FONT_SIZE]: 1 });
  else section.removeChild(first);
}

/**
 * Writes a skeleton into an open document: page size and margins, the font of every character,
 * single spacing, then body, header and footer. `emblem` is the kop's image, when Pengaturan
 * names one.
 */
export function renderSkeleton(doc: Document, skeleton: DocSkeleton, emblem: Blob | null = null): void {
  const body = doc.getBody();
  const page = skeleton.page;
  body
    .setPageWidth(page.width)
    .setPageHeight(page.height)
    .setMarginTop(page.margin.top)
    .setMarginRight(page.margin.right)
    .setMarginBottom(page.margin.bottom)
    .setMarginLeft(page.margin.left);
  const ctx: RenderContext = { fontSize: page.fontSize, textWidth: page.width - page.margin.left - page.margin.right, emblem };
  renderSection(body, skeleton.body, ctx);
  if (skeleton.header.length > 0) renderSection(doc.getHeader() ?? doc.addHeader(), skeleton.header, ctx);
  if (skeleton.footer.length > 0) renderSection(doc.getFooter() ?? doc.addFooter(), skeleton.footer, ctx);
  // Google documents editAsText() as the whole body's characters: one call sets every font.
  body.editAsText().setFontFamily(page.font);
}

/** The text of a paragraph as the Docs API returns it, without its closing newline. */
function apiParagraphText(p: GoogleAppsScript.Docs.Schema.Paragraph): string {
  return (p.elements ?? []).map((e) => e.textRun?.content ?? '').join('').replace(/\n$/, '');
}

/**
 * What DocumentApp cannot set, set through the Docs API in one batchUpdate on the saved document:
 * the header row of every data table repeats at the top of each page it runs onto (pinned by the
 * table's start index: the body's tables in order are the tables the blocks made, in order), and
 * a paragraph marked keepWithNext stays on the page of what follows. The blocks' paragraphs are
 * found in order by their text (Docs adds empty paragraphs after tables, so positions alone would
 * drift); one whose text is not found is left as it is.
 */
function styleThroughApi(id: string, blocks: readonly DocBlock[], ctx: RenderContext): void {
  const pinned = blocks.filter((b) => makesTable(b, ctx)).map((b) => (b.type === 'table' && b.header ? 1 : 0));
  const paragraphs: ParagraphBlock[] = [];
  for (const b of blocks) {
    if (b.type === 'paragraph') paragraphs.push(b);
    else if (b.type === 'kop' && !ctx.emblem) paragraphs.push(...b.lines);
  }
  if (!pinned.some((n) => n > 0) && !paragraphs.some((p) => p.keepWithNext)) return;
  const content = docsService().Documents.get(id).body?.content ?? [];
  const starts = content.filter((e) => e.table).map((e) => e.startIndex as number);
  const requests: GoogleAppsScript.Docs.Schema.Request[] = [];
  pinned.forEach((n, i) => {
    if (n > 0 && starts[i] !== undefined) requests.push({ pinTableHeaderRows: { tableStartLocation: { index: starts[i] }, pinnedHeaderRowsCount: n } } as GoogleAppsScript.Docs.Schema.Request);
  });
  const laid = content.filter((e) => e.paragraph);
  let at = 0;
  for (const p of paragraphs) {
    let k = at;
    while (k < laid.length && apiParagraphText(laid[k].paragraph as GoogleAppsScript.Docs.Schema.Paragraph) !== p.text) k++;
    if (k === laid.length) continue;
    at = k + 1;
    if (p.keepWithNext) {
      requests.push({
        updateParagraphStyle: { range: { startIndex: laid[k].startIndex, endIndex: laid[k].endIndex }, paragraphStyle: { keepWithNext: true }, fields: 'keepWithNext' },
      } as GoogleAppsScript.Docs.Schema.Request);
    }
  }
  if (requests.length > 0) docsService().Documents.batchUpdate({ requests } as GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest, id);
}

/** A new Google Doc named `name` holding `skeleton` (with `emblem` in its kop), moved into `folderId` when given. */
export function createDocument(name: string, skeleton: DocSkeleton, folderId: string, emblem: Blob | null = null): CreatedDocument {
  const doc = DocumentApp.create(name);
  const id = doc.getId();
  try {
    renderSkeleton(doc, skeleton, emblem);
    const url = doc.getUrl();
    doc.saveAndClose();
    styleThroughApi(id, skeleton.body, { fontSize: skeleton.page.fontSize, textWidth: 0, emblem });
    if (folderId !== '') moveToFolder(id, folderId);
    return { id, name, url };
  } catch (e) {
    discardDocument(id);
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Templates

/** Where an agent row is: child indices from the body (body child, row[, cell, cell child, row]…). */
export interface AgentRowAt {
  path: number[];
  /** The text of the row's own cells (without tables nested in them) in the template. */
  text: string;
  /** The row's whole text, nested tables included (as DocumentApp's getText gives it). */
  fullText: string;
}

export interface TemplateScan {
  placeholders: TemplatePlaceholders;
  hasAgentRow: boolean;
  agentRows: AgentRowAt[];
  /** Whether the header and footer hold placeholders (else the fill leaves them alone). */
  headerText: string;
  footerText: string;
  bodyText: string;
}

const count = (text: string, name: string): number => (text.match(placeholderRegExp(name)) ?? []).length;

/** Names used in `text` beyond their occurrences inside `inner` (the agent rows). */
function namesOutside(text: string, inner: string): string[] {
  return findPlaceholders(text).filter((n) => count(text, n) > count(inner, n));
}

const holdsAgentPlaceholder = (text: string): boolean => findPlaceholders(text).some(isAgentPlaceholder);

/** The row at `path` (see AgentRowAt) and its table. */
function rowAt(body: Body, path: readonly number[]): { table: Table; row: TableRow; index: number } {
  let table = body.getChild(path[0]).asTable();
  let row = table.getRow(path[1]);
  let index = path[1];
  for (let i = 2; i + 2 < path.length; i += 3) {
    table = row.getCell(path[i]).getChild(path[i + 1]).asTable();
    index = path[i + 2];
    row = table.getRow(index);
  }
  return { table, row, index };
}

type ApiElement = GoogleAppsScript.Docs.Schema.StructuralElement;

/** Text of API content the way DocumentApp's getText joins it: paragraphs by "\n", cells by "\t". */
function contentText(content: readonly ApiElement[] | undefined, withTables = true): string {
  const parts: string[] = [];
  for (const el of content ?? []) {
    if (el.paragraph) {
      parts.push((el.paragraph.elements ?? []).map((e) => e.textRun?.content ?? '').join('').replace(/\n$/, ''));
    } else if (el.table && withTables) {
      parts.push((el.table.tableRows ?? []).map((r) => (r.tableCells ?? []).map((c) => contentText(c.content)).join('\t')).join('\n'));
    }
  }
  return parts.join('\n');
}

/**
 * Every agent row under `content`: a table row whose own cells (not a table nested in them) hold
 * an agent placeholder, innermost first, with its path of DocumentApp child indices (a section
 * break is no DocumentApp child).
 */
function agentRowsIn(content: readonly ApiElement[] | undefined, prefix: number[], out: AgentRowAt[]): void {
  let child = 0;
  for (const el of content ?? []) {
    if (el.sectionBreak) continue;
    const index = child++;
    if (!el.table) continue;
    (el.table.tableRows ?? []).forEach((row, r) => {
      (row.tableCells ?? []).forEach((cell, c) => agentRowsIn(cell.content, [...prefix, index, r, c], out));
      const own = (row.tableCells ?? []).map((cell) => contentText(cell.content, false)).join('\t');
      if (holdsAgentPlaceholder(own)) {
        out.push({ path: [...prefix, index, r], text: own, fullText: (row.tableCells ?? []).map((cell) => contentText(cell.content)).join('\t') });
      }
    });
  }
}

/**
 * The placeholders of each part of the template `id` and where its agent rows are, from one
 * read of the whole document (Docs API `documents.get`).
 */
export function scanTemplate(id: string): TemplateScan {
  const doc = docsService().Documents.get(id);
  const bodyText = contentText(doc.body?.content);
  const segmentText = (segments: Record<string, { content?: ApiElement[] }> | undefined): string =>
    Object.keys(segments ?? {})
      .map((k) => contentText((segments as Record<string, { content?: ApiElement[] }>)[k].content))
      .join('\n');
  const headerText = segmentText(doc.headers as Record<string, { content?: ApiElement[] }> | undefined);
  const footerText = segmentText(doc.footers as Record<string, { content?: ApiElement[] }> | undefined);
  const agentRows: AgentRowAt[] = [];
  agentRowsIn(doc.body?.content, [], agentRows);
  const rowText = agentRows.map((r) => r.text).join('\n');
  return {
    placeholders: {
      body: namesOutside(bodyText, rowText),
      header: findPlaceholders(headerText),
      footer: findPlaceholders(footerText),
      rows: findPlaceholders(rowText),
    },
    hasAgentRow: agentRows.length > 0,
    agentRows,
    headerText,
    footerText,
    bodyText,
  };
}

// ---------------------------------------------------------------------------------------------
// Filling

/** Placeholders the data did not fill, by part ("isi dokumen", "kop (header)", "kaki halaman (footer)"). */
export interface Leftover {
  part: 'body' | 'header' | 'footer';
  names: string[];
}

export interface FillResult {
  agentRows: number;
  leftovers: Leftover[];
}

/**
 * Private characters that occur in no value: `count` of them, for tokens and tags that can never
 * be confused with anything a value holds.
 */
function freeCharacters(values: readonly string[], count: number): string[] {
  const used = new Set(values.join(''));
  const free: string[] = [];
  for (let c = 0xe000; free.length < count && c <= 0xf8ff; c++) if (!used.has(String.fromCharCode(c))) free.push(String.fromCharCode(c));
  return free;
}

/** `{{NAME}}` as spelled in `text` (spaces inside the braces kept), each spelling once, with its name. */
function spellings(text: string): { spelling: string; name: string }[] {
  const out: { spelling: string; name: string }[] = [];
  const re = /\{\{[ \t\u00a0]*([^{}\r\n]*?)[ \t\u00a0]*\}\}/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[1] !== '' && !out.some((o) => o.spelling === m![0])) out.push({ spelling: m[0], name: m[1] });
  }
  return out;
}

const occurrences = (text: string, part: string): number => (part === '' ? 0 : text.split(part).length - 1);

type DocsRequest = Record<string, unknown>;

/**
 * The Docs API requests that replace `finds` (literal text → value) everywhere in a document,
 * exactly: first each text becomes a private token, then each token its value, so no value is
 * ever searched again (the requests run in order).
 */
function literalReplacements(finds: readonly { find: string; value: string }[], tokenChars: [string, string]): { requests: DocsRequest[]; phaseA: number } {
  const values: string[] = [];
  const tokenOf = (value: string): string => {
    let i = values.indexOf(value);
    if (i < 0) i = values.push(value) - 1;
    return `${tokenChars[0]}${i}${tokenChars[1]}`;
  };
  const replaceAll = (find: string, replaceText: string): DocsRequest => ({ replaceAllText: { containsText: { text: find, matchCase: true }, replaceText } });
  const requests = finds.map((f) => replaceAll(f.find, tokenOf(f.value)));
  const phaseA = requests.length;
  values.forEach((v, i) => requests.push(replaceAll(`${tokenChars[0]}${i}${tokenChars[1]}`, v)));
  return { requests, phaseA };
}

function docsService(): GoogleAppsScript.Docs {
  return Docs as GoogleAppsScript.Docs;
}

/**
 * Fills every placeholder `{{NAME}}` of the saved document `documentId` whose name is a key of
 * `values`, literally, in one Docs API call (no replacement string is ever interpreted). Returns
 * how many occurrences changed per name. Exposed for Uji Kesiapan, which runs `$1`, `$&` and `\`
 * through it on a scratch Doc.
 */
export function fillPlaceholders(documentId: string, text: string, values: Readonly<Record<string, string>>): Record<string, number> {
  const finds = spellings(text).filter((s) => Object.prototype.hasOwnProperty.call(values, s.name));
  const chars = freeCharacters(Object.keys(values).map((k) => values[k]), 2) as [string, string];
  const { requests, phaseA } = literalReplacements(finds.map((f) => ({ find: f.spelling, value: values[f.name] })), chars);
  const changed: Record<string, number> = {};
  if (requests.length === 0) return changed;
  const replies = docsService().Documents.batchUpdate({ requests } as GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest, documentId).replies ?? [];
  finds.forEach((f, i) => {
    if (i < phaseA) changed[f.name] = (changed[f.name] ?? 0) + (replies[i]?.replaceAllText?.occurrencesChanged ?? 0);
  });
  return changed;
}

/**
 * Fills the document `id` (a fresh copy of the template scanned as `scan`) with `values`: each
 * agent row is repeated once per agent (DocumentApp: `row.copy()`, so every copy keeps the row's
 * formatting) and each copy's placeholders are tagged with its agent; the template row is
 * removed; then one Docs API call replaces every placeholder of body, header and footer with its
 * value, literally. Returns what stayed unfilled (a count of replacements short of the template's).
 */
export function fillDocument(id: string, values: DecreeValues, scan: TemplateScan): FillResult {
  const doc = DocumentApp.openById(id);
  const body = doc.getBody();
  const everyValue = [...DOCUMENT_PLACEHOLDERS.map((n) => values.document[n]), ...values.agents.flatMap((a) => AGENT_PLACEHOLDERS.map((n) => a[n]))];
  const [tagOpen, tagClose, tokenOpen, tokenClose] = freeCharacters(everyValue, 4);
  const tag = (i: number): string => `${tagOpen}${i}${tagClose}`;

  // Agent rows, last first so the paths of the others stay valid: one copy per agent below the
  // template row, its placeholders tagged "{{NAME<tag i>}}" (a safe replacement string); then the
  // template row goes.
  for (let k = scan.agentRows.length - 1; k >= 0; k--) {
    const at = scan.agentRows[k];
    const { table, row, index } = rowAt(body, at.path);
    // The copy is the template's twin; a row that reads otherwise is never filled by guesswork.
    if (row.getText() !== at.fullText) throw new Error(`Baris tabel agen di draf tidak sama dengan template (${at.path.join('.')}).`);
    values.agents.forEach((_, i) => {
      const inserted = table.insertTableRow(index + 1 + i, row.copy());
      inserted.replaceText('\\}\\}', `${tag(i)}}}`);
    });
    table.removeRow(index);
  }
  doc.saveAndClose();

  const valueOf = (name: string, agent: number | null): string | null => {
    if ((DOCUMENT_PLACEHOLDERS as readonly string[]).indexOf(name) >= 0) return values.document[name as keyof typeof values.document];
    if (agent !== null && (AGENT_PLACEHOLDERS as readonly string[]).indexOf(name) >= 0) return values.agents[agent][name as keyof (typeof values.agents)[number]];
    return null;
  };
  const rowText = scan.agentRows.map((r) => r.text).join('\n');
  const outside: Record<Leftover['part'], string> = { body: removeRows(scan.bodyText, scan.agentRows.map((r) => r.text)), header: scan.headerText, footer: scan.footerText };
  const finds: { find: string; value: string; name: string; part: Leftover['part']; expected: number }[] = [];
  const add = (find: string, value: string | null, name: string, part: Leftover['part'], expected: number): void => {
    if (value === null || expected === 0 || finds.some((f) => f.find === find)) return;
    finds.push({ find, value, name, part, expected });
  };
  (['body', 'header', 'footer'] as const).forEach((part) => {
    for (const s of spellings(outside[part])) add(s.spelling, valueOf(s.name, null), s.name, part, occurrences(outside[part], s.spelling));
  });
  for (const s of spellings(rowText)) {
    values.agents.forEach((_, i) => add(`${s.spelling.slice(0, -2)}${tag(i)}}}`, valueOf(s.name, i), s.name, 'body', occurrences(rowText, s.spelling)));
  }
  const { requests, phaseA } = literalReplacements(finds, [tokenOpen, tokenClose]);
  // A "}}" of the row that closed no placeholder loses its tag again.
  values.agents.forEach((_, i) => requests.splice(phaseA, 0, { replaceAllText: { containsText: { text: `${tag(i)}}}`, matchCase: true }, replaceText: '}}' } }));
  const replies = requests.length > 0 ? docsService().Documents.batchUpdate({ requests } as GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest, id).replies ?? [] : [];

  const short = new Map<Leftover['part'], string[]>();
  finds.forEach((f, i) => {
    const changed = replies[i]?.replaceAllText?.occurrencesChanged ?? 0;
    if (changed < f.expected && (short.get(f.part) ?? []).indexOf(f.name) < 0) short.set(f.part, [...(short.get(f.part) ?? []), f.name]);
  });
  const leftovers: Leftover[] = (['body', 'header', 'footer'] as const).filter((p) => short.has(p)).map((part) => ({ part, names: short.get(part) as string[] }));
  return { agentRows: scan.agentRows.length, leftovers };
}

/** `text` without the agent rows' texts (each once), for counting what lies outside them. */
function removeRows(text: string, rows: readonly string[]): string {
  let out = text;
  for (const r of rows) {
    const at = out.indexOf(r);
    if (at >= 0) out = out.slice(0, at) + out.slice(at + r.length);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Uji Kesiapan's scratch Doc

/**
 * Sends each value through the decree filler (fillPlaceholders, the Docs API path Buat Draf SK
 * uses) in a scratch Doc, one paragraph per value, and returns what each paragraph then reads;
 * the Doc goes to the bin afterwards, also when a call fails.
 */
export function probeFiller(values: readonly string[], name: string): string[] {
  const doc = DocumentApp.create(name);
  const id = doc.getId();
  try {
    const body = doc.getBody();
    const names = values.map((_, i) => `UJI_KESIAPAN_${i + 1}`);
    names.forEach((n) => body.appendParagraph(`{{${n}}}`));
    const text = body.getText();
    doc.saveAndClose();
    const filled: Record<string, string> = {};
    names.forEach((n, i) => (filled[n] = values[i]));
    fillPlaceholders(id, text, filled);
    const paragraphs = DocumentApp.openById(id).getBody().getParagraphs();
    return paragraphs.slice(paragraphs.length - values.length).map((p) => p.getText());
  } finally {
    discardDocument(id);
  }
}
