/**
 * The only place that touches DocumentApp: render structured blocks (core/decree/blocks.ts) into
 * a new Doc, look at a template (its placeholders and agent row), and fill a copy of it (the copy
 * itself is gas/drive's).
 *
 * The templating engine fills in two phases so every value goes in literally:
 *   A. every placeholder is replaced by a private token (no braces, no `$`, no `\`);
 *   B. every token is replaced by its value, with the pattern escaped for RE2 and the replacement
 *      escaped for Java-style expansion (`\$`, `\\`).
 * A value holding `{{NAMA}}`, `$1`, `\` or `.*` therefore comes out exactly as typed and is never
 * taken for a placeholder by a later replacement. Placeholders still present between the phases
 * (split across text runs with mixed formatting, or unknown) are reported, never left silently.
 * Google matches replaceText inside each text run separately; the in-memory DocumentApp does too.
 */
import type { DocBlock, DocSkeleton, ParagraphBlock } from '../core/decree/blocks';
import type { DecreeValues } from '../core/decree/model';
import {
  AGENT_PLACEHOLDERS,
  DOCUMENT_PLACEHOLDERS,
  escapeForRe2,
  escapeReplacement,
  findPlaceholders,
  isAgentPlaceholder,
  placeholderPattern,
  placeholderRegExp,
} from '../core/decree/placeholders';
import type { TemplatePlaceholders } from '../core/decree/preflight';
import { discardDocument, moveToFolder, type CreatedDocument } from './drive';

type Document = GoogleAppsScript.Document.Document;
type Section = GoogleAppsScript.Document.Body | GoogleAppsScript.Document.HeaderSection | GoogleAppsScript.Document.FooterSection;
type Table = GoogleAppsScript.Document.Table;
type TableRow = GoogleAppsScript.Document.TableRow;

// ---------------------------------------------------------------------------------------------
// Rendering structured blocks

const ALIGN: Record<string, GoogleAppsScript.Document.HorizontalAlignment> = {};

function alignment(a: ParagraphBlock['align']): GoogleAppsScript.Document.HorizontalAlignment | null {
  if (!a) return null;
  if (!ALIGN.left) {
    const H = DocumentApp.HorizontalAlignment;
    Object.assign(ALIGN, { left: H.LEFT, center: H.CENTER, right: H.RIGHT, justify: H.JUSTIFY });
  }
  return ALIGN[a];
}

function headingOf(level: 1 | 2 | 3): GoogleAppsScript.Document.ParagraphHeading {
  const P = DocumentApp.ParagraphHeading;
  return level === 1 ? P.HEADING1 : level === 2 ? P.HEADING2 : P.HEADING3;
}

/** Paragraph and text attributes of a block, set in one call. */
function paragraphAttributes(b: ParagraphBlock): Record<string, unknown> | null {
  const A = DocumentApp.Attribute;
  const attrs: Record<string, unknown> = {};
  const align = alignment(b.align);
  if (align) attrs[A.HORIZONTAL_ALIGNMENT] = align;
  if (b.heading) attrs[A.HEADING] = headingOf(b.heading);
  if (b.indent) attrs[A.INDENT_START] = b.indent;
  if (b.text !== '') {
    if (b.bold) attrs[A.BOLD] = true;
    if (b.size) attrs[A.FONT_SIZE] = b.size;
  }
  return Object.keys(attrs).length > 0 ? attrs : null;
}

function appendBlock(section: Section, block: DocBlock): void {
  if (block.type === 'paragraph') {
    const p = section.appendParagraph(block.text);
    const attrs = paragraphAttributes(block);
    if (attrs) p.setAttributes(attrs);
    return;
  }
  if (block.type === 'pageBreak') {
    (section as GoogleAppsScript.Document.Body).appendPageBreak();
    return;
  }
  const table = section.appendTable(block.rows);
  if (block.borderless) table.setBorderWidth(0);
  (block.widths ?? []).forEach((w, i) => {
    if (block.rows.length > 0 && i < block.rows[0].length) table.setColumnWidth(i, w);
  });
  if (block.header && block.rows.length > 0) {
    for (let c = 0; c < block.rows[0].length; c++) table.getCell(0, c).editAsText().setBold(true);
  }
}

/** Appends `blocks` to a section, then removes the empty paragraph a new section starts with. */
function renderSection(section: Section, blocks: readonly DocBlock[]): void {
  const startedEmpty = section.getNumChildren() === 1 && section.getText() === '';
  for (const b of blocks) appendBlock(section, b);
  if (startedEmpty && blocks.length > 0 && blocks[0].type === 'paragraph') section.removeChild(section.getChild(0));
}

/** Writes a skeleton into an open document: body, then header and footer when they have content. */
export function renderSkeleton(doc: Document, skeleton: DocSkeleton): void {
  renderSection(doc.getBody(), skeleton.body);
  if (skeleton.header.length > 0) renderSection(doc.getHeader() ?? doc.addHeader(), skeleton.header);
  if (skeleton.footer.length > 0) renderSection(doc.getFooter() ?? doc.addFooter(), skeleton.footer);
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

export interface TemplateScan {
  placeholders: TemplatePlaceholders;
  hasAgentRow: boolean;
}

const count = (text: string, name: string): number => (text.match(placeholderRegExp(name)) ?? []).length;

/** Names used in `text` beyond their occurrences inside `inner` (the agent rows). */
function namesOutside(text: string, inner: string): string[] {
  return findPlaceholders(text).filter((n) => count(text, n) > count(inner, n));
}

const holdsAgentPlaceholder = (text: string): boolean => findPlaceholders(text).some(isAgentPlaceholder);

/** Every table row of the body that holds an agent placeholder, bottom-up per table. */
function agentRows(body: GoogleAppsScript.Document.Body): { table: Table; index: number; row: TableRow; text: string }[] {
  const out: { table: Table; index: number; row: TableRow; text: string }[] = [];
  for (const table of body.getTables()) {
    for (let r = table.getNumRows() - 1; r >= 0; r--) {
      const row = table.getRow(r);
      const text = row.getText();
      if (holdsAgentPlaceholder(text)) out.push({ table, index: r, row, text });
    }
  }
  return out;
}

const sectionText = (s: Section | null): string => (s ? s.getText() : '');

/** The placeholders of each part of the template `id` and whether it has an agent row. */
export function scanTemplate(id: string): TemplateScan {
  const doc = DocumentApp.openById(id);
  const body = doc.getBody();
  const bodyText = body.getText();
  const rows = holdsAgentPlaceholder(bodyText) ? agentRows(body) : [];
  const rowText = rows.map((r) => r.text).join('\n');
  return {
    placeholders: {
      body: namesOutside(bodyText, rowText),
      header: findPlaceholders(sectionText(doc.getHeader())),
      footer: findPlaceholders(sectionText(doc.getFooter())),
      rows: findPlaceholders(rowText),
    },
    hasAgentRow: rows.length > 0,
  };
}

/** Placeholders the data did not fill, by part ("isi dokumen", "kop (header)", "kaki halaman (footer)"). */
export interface Leftover {
  part: 'body' | 'header' | 'footer';
  names: string[];
}

export interface FillResult {
  agentRows: number;
  leftovers: Leftover[];
}

const TOKEN_OPEN = '\uE000';
const TOKEN_CLOSE = '\uE001';

/**
 * Fills the document `id` (a fresh copy of the template) with `values`: each agent row is repeated
 * once per agent and the template row removed; every placeholder of body, header and footer is
 * filled literally. Returns what stayed unfilled.
 */
export function fillDocument(id: string, values: DecreeValues): FillResult {
  const doc = DocumentApp.openById(id);
  const body = doc.getBody();
  const tokens: string[] = [];
  const tokenFor = (value: string): string => {
    tokens.push(value);
    return `${TOKEN_OPEN}${tokens.length - 1}${TOKEN_CLOSE}`;
  };

  // Phase A, agent rows: copies below the template row (bottom-up, so indices stay valid).
  const rows = agentRows(body);
  for (const { table, index, row, text } of rows) {
    const names = AGENT_PLACEHOLDERS.filter((n) => count(text, n) > 0);
    values.agents.forEach((agent, i) => {
      const inserted = table.insertTableRow(index + 1 + i, row.copy());
      for (const n of names) inserted.replaceText(placeholderPattern(n), tokenFor(agent[n]));
    });
    table.removeRow(index);
  }

  // Phase A, document placeholders in each section.
  const sections: { part: Leftover['part']; section: Section | null }[] = [
    { part: 'body', section: body },
    { part: 'header', section: doc.getHeader() },
    { part: 'footer', section: doc.getFooter() },
  ];
  const leftovers: Leftover[] = [];
  for (const { part, section } of sections) {
    if (!section) continue;
    const text = section.getText();
    for (const n of DOCUMENT_PLACEHOLDERS) {
      if (count(text, n) > 0) section.replaceText(placeholderPattern(n), tokenFor(values.document[n]));
    }
    const left = findPlaceholders(section.getText());
    if (left.length > 0) leftovers.push({ part, names: left });
  }

  // Phase B: tokens to values, literally.
  for (const { section } of sections) {
    if (!section) continue;
    const text = section.getText();
    tokens.forEach((value, i) => {
      const token = `${TOKEN_OPEN}${i}${TOKEN_CLOSE}`;
      if (text.indexOf(token) >= 0) section.replaceText(escapeForRe2(token), escapeReplacement(value));
    });
  }
  doc.saveAndClose();
  return { agentRows: rows.length, leftovers };
}
