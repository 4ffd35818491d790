/**
 * The "back doors" of the in-memory Workspace: what tests, the demo, the CLI and the benchmark
 * use to play the user (type into a sheet, submit a Form, edit a question) and to look at the
 * result without going through (and being counted as) Apps Script calls.
 *
 * The bundle never sees these; it only sees the Apps Script globals.
 */
import type { FormItemKind } from '../../core/questions';

export type CellValue = string | number | boolean | Date;

export interface SheetSnapshot {
  name: string;
  /** Stored values ('' for empty cells), as getValues() would give them. */
  values: CellValue[][];
  /** Formulas ('' where the cell holds no formula), as getFormulas() would give them. */
  formulas: string[][];
  frozenRows: number;
  frozenColumns: number;
  hidden: boolean;
  /** Protections of the whole sheet or of ranges, in A1 notation ('' = whole sheet). */
  protections: { range: string; description: string; warningOnly: boolean; editors: string[]; domainEdit: boolean }[];
  /** Data validation rules by A1 range: the criteria type and its values. */
  validations: { range: string; criteria: string; values: unknown[]; allowInvalid: boolean; helpText: string }[];
  conditionalFormats: { ranges: string[]; condition: string; values: unknown[]; background: string | null; fontColor: string | null }[];
  /** Embedded charts: type, data ranges, title, anchor cell and pixel offsets, all options set. */
  charts: { type: string; ranges: string[]; title: string; position: { row: number; column: number; offsetX: number; offsetY: number }; options: Record<string, unknown> }[];
  /** Background colours by A1 cell, only for cells that have one. */
  backgrounds: Record<string, string>;
  /** Bold/fonts and number formats by A1 cell, only where set. */
  fontWeights: Record<string, string>;
  numberFormats: Record<string, string>;
  /** Font colours, font families, wrap strategies ('WRAP', 'CLIP', 'OVERFLOW') and alignments by A1 cell, only where set. */
  fontColors: Record<string, string>;
  fontFamilies: Record<string, string>;
  wraps: Record<string, string>;
  horizontalAlignments: Record<string, string>;
  verticalAlignments: Record<string, string>;
  columnWidths: Record<number, number>;
  /** Row heights set by a script (others are 21 px). */
  rowHeights: Record<number, number>;
  /** Merged ranges in A1 notation. */
  merges: string[];
  /** Form that feeds this tab (getFormUrl()), or null. */
  formUrl: string | null;
  /** Notes by A1 cell. */
  notes: Record<string, string>;
}

export interface SheetsBackdoor {
  /** Creates a spreadsheet file. The first one created (or `bound: true`) is the active one. */
  createSpreadsheet(name: string, options?: { bound?: boolean }): string;
  /** Ids of spreadsheets in the Drive. */
  spreadsheetIds(): string[];
  /** Sheet names in tab order. */
  sheetNames(spreadsheetId: string): string[];
  /** Full state of one sheet, or null when it does not exist. */
  snapshot(spreadsheetId: string, sheetName: string): SheetSnapshot | null;
  /** The `values` of `snapshot` alone (without the formats, a fraction of the work), or null when the sheet does not exist. */
  values(spreadsheetId: string, sheetName: string): CellValue[][] | null;
  /** What the user sees in each cell (getDisplayValues()). */
  displayValues(spreadsheetId: string, sheetName: string): string[][];
  /**
   * The user types into the sheet starting at the 1-based (row, column): strings that start
   * with "=" become formulas, as in the UI. Creates the sheet when missing (as a user's own
   * sheet, not the product's). With `as` (an e-mail), that person types: a protected cell they may
   * not edit is refused with Google's message and nothing is written.
   */
  userWrite(spreadsheetId: string, sheetName: string, row: number, column: number, values: CellValue[][], as?: string): void;
  /**
   * The owner shares the spreadsheet so that everyone in their Workspace domain can edit it
   * (Drive's General access "anyone in <domain>, Editor"); protections made afterwards mirror it.
   */
  shareWithDomain(spreadsheetId: string, shared: boolean): void;
  /** The team sets File › Settings › Time zone (for example a spreadsheet made in Jakarta, "Asia/Jakarta"). */
  setTimeZone(spreadsheetId: string, zone: string): void;
  /** The user deletes rows `row`…`row + count - 1` of a tab (Edit › Delete rows): rows below move up. */
  userDeleteRows(spreadsheetId: string, sheetName: string, row: number, count: number): void;
  /** The user deletes or renames a tab. */
  userDeleteSheet(spreadsheetId: string, sheetName: string): void;
  userRenameSheet(spreadsheetId: string, sheetName: string, newName: string): void;
  /**
   * The user duplicates a tab (the copy is placed after it). Google does not document whether the
   * copy carries the original's developer metadata: `copiesMetadata` chooses (default: no).
   */
  userDuplicateSheet(spreadsheetId: string, sheetName: string, newName: string, options?: { copiesMetadata?: boolean }): void;
  /** Toasts shown with Spreadsheet.toast(), oldest first. */
  toasts(spreadsheetId: string): { message: string; title: string }[];

  // -- used by the forms fake to link a Form's destination --
  /**
   * Creates the response tab of a Form in this spreadsheet ("Form Responses N") with the header
   * row (Timestamp, Email Address when collected, then each question's title) and marks it as
   * fed by `formUrl`. Returns the sheet name.
   */
  linkFormDestination(spreadsheetId: string, formUrl: string, headers: string[]): string;
  /** Adds a header column to a linked response tab (a question added to the Form later). */
  addFormColumn(spreadsheetId: string, sheetName: string, header: string): number;
  /**
   * Appends one response row (values in header order, Date for the timestamp) without counting
   * calls, and returns a counted Range of that row for the spreadsheet event's `e.range`.
   */
  appendFormRow(spreadsheetId: string, sheetName: string, values: CellValue[]): GoogleAppsScript.Spreadsheet.Range;
  /** Header row of a sheet (uncounted). */
  headers(spreadsheetId: string, sheetName: string): string[];
  /** The counted Spreadsheet object for events (`e.source` of onOpen). */
  spreadsheetObject(spreadsheetId: string): GoogleAppsScript.Spreadsheet.Spreadsheet;
}

/** The item kinds the in-memory FormApp makes: the product's (core/questions). */
export type { FormItemKind };

export interface FormItemSpec {
  kind: FormItemKind;
  title: string;
  choices?: string[];
  required?: boolean;
  helpText?: string;
  /** A choice item with an "Other" option: the respondent may type any text instead. */
  other?: boolean;
  /** A SCALE item's end labels (left, right), as set with ScaleItem.setLabels. */
  scaleLabels?: [string, string];
}

export interface FormSpec {
  title: string;
  items: FormItemSpec[];
  /** The Form collects the respondent's e-mail (getRespondentEmail()). */
  collectEmail?: boolean;
  /** Owner's e-mail; default the kernel's user. */
  owner?: string;
  /**
   * Header of the respondent column in the response sheet: "Email Address" by default;
   * Workspace-domain Forms that record the signed-in user show "Username".
   */
  respondentColumn?: string;
}

/** An answer keyed by question title (or item id): text, a choice, or several choices. */
export type Answers = Record<string, string | string[]>;

export interface SubmitOptions {
  email?: string;
  /** Submission time, ms since epoch; default the kernel's clock. */
  at?: number;
}

export interface FormModelView {
  id: string;
  title: string;
  publishedUrl: string;
  editUrl: string;
  collectEmail: boolean;
  destination: { spreadsheetId: string; sheetName: string } | null;
  items: { id: number; kind: FormItemKind; title: string; choices: string[] }[];
  responses: { id: string; timestamp: number; email: string; answers: Record<number, string | string[]> }[];
}

export interface FormsBackdoor {
  /** Creates a Form file (as the team's existing Form). Returns its id. */
  createForm(spec: FormSpec): string;
  /**
   * A person submits the Form in a browser: the response is stored, written to the destination
   * sheet when there is one, and every installed trigger fires (Form triggers with e.response,
   * spreadsheet triggers with e.range/e.values/e.namedValues). Returns the response id.
   */
  submit(formId: string, answers: Answers, options?: SubmitOptions): string;
  /** A respondent edits an earlier response (same id); triggers fire again. */
  editResponse(formId: string, responseId: string, answers: Answers, options?: SubmitOptions): void;
  /**
   * The owner deletes one response in the Forms editor: gone from the Form (getResponses), no
   * trigger fires, the row in a linked response sheet stays (as on Google).
   */
  deleteResponse(formId: string, responseId: string): void;
  /** Responses that existed before the product was connected: stored, no trigger fires. */
  importResponses(formId: string, responses: { answers: Answers; email?: string; at: number }[]): string[];
  /** The Form's owner edits it in the Forms editor. */
  renameItem(formId: string, title: string, newTitle: string): void;
  deleteItem(formId: string, title: string): void;
  addItem(formId: string, item: FormItemSpec): number;
  /** Rewrites a choice item's options (responses keep the answers they were given, as on Google). */
  setChoices(formId: string, title: string, choices: string[]): void;
  view(formId: string): FormModelView;
}

export interface DocElementView {
  type: 'PARAGRAPH' | 'LIST_ITEM' | 'TABLE' | 'PAGE_BREAK' | 'HORIZONTAL_RULE';
  /** Paragraph text, or for tables the rows of cell texts. */
  text?: string;
  rows?: string[][];
  heading?: string;
  alignment?: string;
  bold?: boolean;
}

/** Attributes as DocumentApp.Attribute names (BOLD, FONT_SIZE, INDENT_START…); unset ones absent. */
export type DocAttributes = Record<string, string | number | boolean | null>;

/** A paragraph's content in order: text runs with uniform attributes, page breaks, rules. */
export type DocInlineView =
  | { type: 'TEXT'; runs: { text: string; attrs: DocAttributes }[] }
  | { type: 'PAGE_BREAK' }
  | { type: 'HORIZONTAL_RULE' }
  /** An image: its bytes (base64), type, and size in points. */
  | { type: 'INLINE_IMAGE'; mimeType: string; data: string; width: number; height: number };

/** Everything a document holds, as a renderer needs it (the offline .docx). */
export type DocBlockView =
  | {
      type: 'PARAGRAPH' | 'LIST_ITEM';
      /** Paragraph attributes: HEADING, HORIZONTAL_ALIGNMENT, INDENT_*, SPACING_*, LINE_SPACING. */
      attrs: DocAttributes;
      /** Text attributes an empty paragraph's mark carries (its line height). */
      textDefaults: DocAttributes;
      /** Kept on the page of the next paragraph or table (Docs API paragraphStyle.keepWithNext). */
      keepWithNext: boolean;
      children: DocInlineView[];
    }
  | {
      type: 'TABLE';
      /** Widths in points by column; null where the Doc holds none (Docs shares the width). */
      columnWidths: (number | null)[];
      /** Points; null = Docs' default (1 pt black); 0 = no borders. */
      borderWidth: number | null;
      borderColor: string | null;
      /** Rows repeated at the top of every page (Docs API pinTableHeaderRows). */
      pinnedHeaderRows: number;
      rows: { attrs: DocAttributes; cells: { attrs: DocAttributes; background: string | null; blocks: DocBlockView[] }[] }[];
    };

export interface DocTreeView {
  /** Page size and margins in points. */
  page: { width: number; height: number; marginTop: number; marginRight: number; marginBottom: number; marginLeft: number };
  body: DocBlockView[];
  header: DocBlockView[] | null;
  footer: DocBlockView[] | null;
}

export interface DocsBackdoor {
  /** The whole document with every attribute, for renderers (the offline .docx). */
  tree(documentId: string): DocTreeView;
  /** Plain text of body, header and footer (paragraphs by "\n", table cells by "\t"). */
  text(documentId: string): { body: string; header: string; footer: string };
  /** The body's elements in order, for structural assertions (tables, page breaks). */
  elements(documentId: string, section?: 'body' | 'header' | 'footer'): DocElementView[];
  /** Creates a document as a user would (e.g. the team's own template). */
  createDocument(name: string, body: DocElementView[], options?: { header?: string[]; footer?: string[]; folderId?: string }): string;
}

export interface DriveBackdoor {
  createFolder(name: string): string;
  /** The user uploads a file (an image, a PDF…) with these bytes; returns its id. */
  createFile(name: string, mimeType: string, bytes: Uint8Array, folderId?: string): string;
  /** Files in a folder (not trashed), oldest first. */
  listFolder(folderId: string): { id: string; name: string; mimeType: string }[];
  /** The user moves a file to the bin. */
  trash(fileId: string): void;
  /** The user deletes a file for good. */
  remove(fileId: string): void;
}

export interface UiRecord {
  kind: 'alert' | 'prompt' | 'sidebar' | 'modal' | 'modeless';
  title: string;
  /** Alert/prompt message, or the HTML of a sidebar/dialog. */
  content: string;
  /** The button the scripted user pressed (alerts/prompts). */
  answer?: string;
  /** A dialog's size as its HtmlOutput gave it (setWidth/setHeight, px): what the page is shown in. */
  size?: { width: number; height: number };
}

export interface MenuRecord {
  title: string;
  addon: boolean;
  items: MenuItemRecord[];
}

export type MenuItemRecord =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; caption: string; items: MenuItemRecord[] };

export interface UiBackdoor {
  /** Menus added with addToUi(), latest version per title. */
  menus(): MenuRecord[];
  /** Everything shown to the user, oldest first. */
  shown(): UiRecord[];
  /**
   * Scripts the user's answers to the next alerts/prompts: a button name ("YES", "NO", "OK",
   * "CANCEL", "CLOSE"), and for prompts the text typed. Unscripted alerts answer "OK"/"YES";
   * unscripted prompts answer "CANCEL".
   */
  answerNext(...answers: ({ button: string; text?: string } | string)[]): void;
  clear(): void;
}
