/**
 * The only place that touches DocumentApp: render structured blocks (core/decree/blocks.ts) into
 * a new Doc with its page setup, look at a template (its placeholders and agent rows), and fill a
 * copy of it (the copy itself is gas/drive's).
 *
 * Values go in literally whatever `replaceText` does with `$` and `\` in its replacement (Google
 * documents the pattern, RE2, but not the replacement):
 *   - a value without `$`, `\`, `{` and `}` is the same under every reading of a replacement
 *     string (literal, Java's, JavaScript's, RE2's), and cannot form or eat a placeholder, so it
 *     goes in with one replaceText per placeholder name;
 *   - any other value first takes the place of its placeholder as a private token (safe as above),
 *     and once everything else is filled each token is found and replaced by editing the text
 *     (insert the value, delete the token): no replacement string at all, and an inserted value
 *     is never searched again.
 * Google matches replaceText and findText inside each text run separately; a placeholder with
 * mixed formatting is not found, and is reported as left unfilled.
 *
 * The agent row is the innermost table row holding an agent placeholder (D2): found with findText
 * and climbed to from the match, so a layout table around the Lampiran is never repeated. The
 * template is looked at once; the copy is reached by the row's path of child indices.
 */
import type { Align, DocBlock, DocSkeleton, KopBlock, ParagraphBlock, TableBlock } from '../core/decree/blocks';
import { foreignSpans } from '../core/decree/foreign';
import type { DecreeValues } from '../core/decree/model';
import {
  AGENT_PLACEHOLDERS,
  DOCUMENT_PLACEHOLDERS,
  escapeForRe2,
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

/** What can be searched and filled: a section, a table row, a cell, a paragraph. */
type Scope = { replaceText(pattern: string, replacement: string): unknown; findText(pattern: string, from?: RangeElement): RangeElement | null };

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
  attrs[A.HORIZONTAL_ALIGNMENT] = alignment(b.align ?? 'justify');
  if (b.heading) attrs[A.HEADING] = headingOf(b.heading);
  attrs[A.INDENT_START] = b.indent ?? 0;
  attrs[A.INDENT_FIRST_LINE] = b.indent ?? 0;
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
  if (size !== fontSize) table.editAsText().setFontSize(size);
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
function appendKop(section: Section, kop: KopBlock, fontSize: number): void {
  for (const line of kop.lines) appendParagraphBlock(section, line, fontSize);
  (section as Body).appendHorizontalRule();
}

function appendBlock(section: Section, block: DocBlock, fontSize: number): void {
  switch (block.type) {
    case 'paragraph':
      appendParagraphBlock(section, block, fontSize);
      return;
    case 'pageBreak':
      (section as Body).appendPageBreak();
      return;
    case 'rule':
      (section as Body).appendHorizontalRule();
      return;
    case 'kop':
      appendKop(section, block, fontSize);
      return;
    default:
      appendTableBlock(section, block, fontSize);
  }
}

/** Appends `blocks` to a section, then removes the empty paragraph a new section starts with. */
function renderSection(section: Section, blocks: readonly DocBlock[], fontSize: number): void {
  const startedEmpty = section.getNumChildren() === 1 && section.getText() === '';
  for (const b of blocks) appendBlock(section, b, fontSize);
  if (startedEmpty && blocks.length > 0 && blocks[0].type !== 'table') section.removeChild(section.getChild(0));
}

/**
 * Writes a skeleton into an open document: page size and margins, the font of every character,
 * single spacing, then body, header and footer.
 */
export function renderSkeleton(doc: Document, skeleton: DocSkeleton): void {
  const body = doc.getBody();
  const page = skeleton.page;
  body
    .setPageWidth(page.width)
    .setPageHeight(page.height)
    .setMarginTop(page.margin.top)
    .setMarginRight(page.margin.right)
    .setMarginBottom(page.margin.bottom)
    .setMarginLeft(page.margin.left);
  renderSection(body, skeleton.body, page.fontSize);
  if (skeleton.header.length > 0) renderSection(doc.getHeader() ?? doc.addHeader(), skeleton.header, page.fontSize);
  if (skeleton.footer.length > 0) renderSection(doc.getFooter() ?? doc.addFooter(), skeleton.footer, page.fontSize);
  // Google documents editAsText() as the whole body's characters: one call sets every font.
  body.editAsText().setFontFamily(page.font);
}

/** A new Google Doc named `name` holding `skeleton`, moved into `folderId` when given. */
export function createDocument(name: string, skeleton: DocSkeleton, folderId: string): CreatedDocument {
  const doc = DocumentApp.create(name);
  const id = doc.getId();
  try {
    renderSkeleton(doc, skeleton);
    const url = doc.getUrl();
    doc.saveAndClose();
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
  /** The row's text in the template. */
  text: string;
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

/** RE2 pattern of any agent placeholder. */
const AGENT_ANY = `\\{\\{[ \\t\\x{00A0}]*(?:${AGENT_PLACEHOLDERS.join('|')})[ \\t\\x{00A0}]*\\}\\}`;

/** The agent placeholders of `text`, every occurrence, in order. */
function agentNamesIn(text: string): string[] {
  const re = new RegExp(`\\{\\{[ \\t\\u00a0]*(${AGENT_PLACEHOLDERS.join('|')})[ \\t\\u00a0]*\\}\\}`, 'g');
  const out: string[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m[1]);
  return out;
}

/** The child indices that lead from the body to `row`. */
function pathOf(body: Body, row: TableRow): number[] {
  const path: number[] = [];
  let current: TableRow = row;
  for (;;) {
    const table = current.getParentTable();
    path.unshift(table.getChildIndex(current));
    const container = table.getParent();
    if (container.getType() === DocumentApp.ElementType.BODY_SECTION) {
      path.unshift(body.getChildIndex(table));
      return path;
    }
    const cell = container as TableCell;
    path.unshift(cell.getChildIndex(table));
    const outer = cell.getParent() as TableRow;
    path.unshift(outer.getChildIndex(cell));
    current = outer;
  }
}

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

/** Every agent row of the body: the innermost row around each agent placeholder, in document order. */
function findAgentRows(body: Body, bodyText: string): AgentRowAt[] {
  const rows: AgentRowAt[] = [];
  if (!holdsAgentPlaceholder(bodyText)) return rows;
  let hit: RangeElement | null = body.findText(AGENT_ANY);
  while (hit) {
    const paragraph = hit.getElement().getParent();
    const cell = paragraph.getParent();
    if (cell.getType() !== DocumentApp.ElementType.TABLE_CELL) {
      // Outside a table: the pre-flight reports it (namesOutside).
      hit = body.findText(AGENT_ANY, hit) as RangeElement | null;
      continue;
    }
    const row = cell.getParent() as TableRow;
    const text = row.getText();
    rows.push({ path: pathOf(body, row), text });
    // Continue after the row's last agent placeholder, so the row is taken once.
    const inRow = agentNamesIn(text);
    const lastName = inRow.length > 0 ? inRow[inRow.length - 1] : '';
    let end: RangeElement | null = hit;
    if (inRow.length > 1) {
      const pattern = placeholderPattern(lastName);
      end = row.findText(pattern) as RangeElement | null;
      for (let k = 1; k < count(text, lastName) && end; k++) end = row.findText(pattern, end) as RangeElement | null;
    }
    hit = end ? (body.findText(AGENT_ANY, end) as RangeElement | null) : null;
  }
  return rows;
}

const sectionText = (s: Section | null): string => (s ? s.getText() : '');

/** The placeholders of each part of the template `id` and where its agent rows are. */
export function scanTemplate(id: string): TemplateScan {
  const doc = DocumentApp.openById(id);
  const body = doc.getBody();
  const bodyText = body.getText();
  const headerText = sectionText(doc.getHeader());
  const footerText = sectionText(doc.getFooter());
  const agentRows = findAgentRows(body, bodyText);
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

/** A value that `replaceText` inserts exactly under every reading of a replacement string. */
export function isSafeReplacement(value: string): boolean {
  return !/[$\\{}]/.test(value);
}

/**
 * Private tokens for values that must not go through a replacement string: two private-use
 * characters that occur in no value, around a number.
 */
class Tokens {
  private readonly open: string;
  private readonly close: string;
  readonly values: string[] = [];

  constructor(allValues: readonly string[]) {
    const used = new Set(allValues.join(''));
    const free: string[] = [];
    for (let c = 0xe000; free.length < 2 && c <= 0xf8ff; c++) if (!used.has(String.fromCharCode(c))) free.push(String.fromCharCode(c));
    this.open = free[0];
    this.close = free[1];
  }

  /** The token standing for `value` (safe for replaceText: no `$`, `\`, braces). */
  of(value: string): string {
    this.values.push(value);
    return `${this.open}${this.values.length - 1}${this.close}`;
  }

  token(i: number): string {
    return `${this.open}${i}${this.close}`;
  }
}

/** `value`, or its token when it must go in by editing. */
function replacementFor(value: string, tokens: Tokens): string {
  return isSafeReplacement(value) ? value : tokens.of(value);
}

/**
 * Replaces every token of `tokens` found in `scope` by its value, by editing the text: the value
 * is inserted just after the token's first character (so it takes the placeholder's formatting),
 * then the token is deleted. Each search looks for a token, which no value contains, so an
 * inserted value is never searched or changed again.
 */
function expandTokens(scope: Scope, tokens: Tokens): void {
  tokens.values.forEach((value, i) => {
    const pattern = escapeForRe2(tokens.token(i));
    for (let hit = scope.findText(pattern); hit; hit = scope.findText(pattern)) {
      const text = hit.getElement().asText();
      const start = hit.getStartOffset();
      const end = hit.getEndOffsetInclusive();
      if (value === '') {
        text.deleteText(start, end);
        continue;
      }
      text.insertText(start + 1, value);
      text.deleteText(start + 1 + value.length, end + value.length);
      text.deleteText(start, start);
    }
  });
}

/**
 * Fills every placeholder `{{NAME}}` of `scope` whose name is a key of `values`, literally (see
 * the header). Exposed for Uji Kesiapan, which runs `$1`, `$&` and `\` through it on a scratch Doc.
 */
export function fillPlaceholders(scope: Scope, values: Readonly<Record<string, string>>, present?: readonly string[]): void {
  const names = present ?? Object.keys(values);
  const tokens = new Tokens(Object.keys(values).map((k) => values[k]));
  for (const name of names) {
    if (!Object.prototype.hasOwnProperty.call(values, name)) continue;
    scope.replaceText(placeholderPattern(name), replacementFor(values[name], tokens));
  }
  expandTokens(scope, tokens);
}

/**
 * Fills the document `id` (a fresh copy of the template scanned as `scan`) with `values`: each
 * agent row is repeated once per agent and the template row removed; every placeholder of body,
 * header and footer is filled literally. Returns what stayed unfilled.
 */
export function fillDocument(id: string, values: DecreeValues, scan: TemplateScan): FillResult {
  const doc = DocumentApp.openById(id);
  const body = doc.getBody();
  const everyValue = [...DOCUMENT_PLACEHOLDERS.map((n) => values.document[n]), ...values.agents.flatMap((a) => AGENT_PLACEHOLDERS.map((n) => a[n]))];
  const tokens = new Tokens(everyValue);

  // Agent rows, last first so the paths of the others stay valid: one copy per agent below the
  // template row, each filled in its own row; then the template row goes.
  for (let k = scan.agentRows.length - 1; k >= 0; k--) {
    const at = scan.agentRows[k];
    const { table, row, index } = rowAt(body, at.path);
    const names = AGENT_PLACEHOLDERS.filter((n) => count(at.text, n) > 0);
    values.agents.forEach((agent, i) => {
      const inserted = table.insertTableRow(index + 1 + i, row.copy());
      for (const n of names) inserted.replaceText(placeholderPattern(n), replacementFor(agent[n], tokens));
    });
    table.removeRow(index);
  }

  // Document placeholders of each section, once per name present.
  const sections: { part: Leftover['part']; text: string; section: () => Section | null }[] = [
    { part: 'body', text: scan.bodyText, section: () => body },
    { part: 'header', text: scan.headerText, section: () => doc.getHeader() },
    { part: 'footer', text: scan.footerText, section: () => doc.getFooter() },
  ];
  const leftovers: Leftover[] = [];
  for (const s of sections) {
    const present = findPlaceholders(s.text);
    // The body also holds the agents' tokens.
    if (present.length === 0 && !(s.part === 'body' && tokens.values.length > 0)) continue;
    const section = s.section();
    if (!section) continue;
    for (const n of present) {
      if ((DOCUMENT_PLACEHOLDERS as readonly string[]).indexOf(n) < 0) continue;
      section.replaceText(placeholderPattern(n), replacementFor(values.document[n as keyof typeof values.document], tokens));
    }
    expandTokens(section, tokens);
    const left = findPlaceholders(section.getText());
    if (left.length > 0) leftovers.push({ part: s.part, names: left });
  }
  doc.saveAndClose();
  return { agentRows: scan.agentRows.length, leftovers };
}
