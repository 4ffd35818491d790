/**
 * The stored state of a Google Form in the in-memory Drive, and what both the FormApp proxies and
 * the back door share: answer normalising, the destination sheet's row, and writing it.
 */
import type { CellValue, FormItemKind, SheetsBackdoor } from '../contracts';
import type { CopyableContent, Kernel } from '../kernel/kernel';

/** The shape of the URL Sheet.getFormUrl() returns for a response tab (undocumented by Google). */
export type FormUrlShape = 'id' | 'published';

export const FORMS_SCOPE = 'https://www.googleapis.com/auth/forms';
export const FORM_NOT_FOUND_ERROR =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';
export const NO_DESTINATION_ERROR = 'The form currently has no response destination.';

/** Item kinds that hold no answer and get no column in the response sheet. */
export const NON_QUESTION_KINDS: readonly FormItemKind[] = ['SECTION_HEADER', 'PAGE_BREAK'];

export interface ItemModel {
  id: number;
  kind: FormItemKind;
  title: string;
  helpText: string;
  choices: string[];
  required: boolean;
  lower: number;
  upper: number;
  leftLabel: string;
  rightLabel: string;
  /** A choice item's "Other" option: any typed text is accepted as the answer. */
  other: boolean;
}

export type Answer = string | string[];

export interface ResponseModel {
  id: string;
  timestamp: number;
  email: string;
  /** By item id. Answers of deleted items stay stored, as on Google, but are not shown. */
  answers: Map<number, Answer>;
  /** 1-based row in the destination sheet, when written there. */
  row: number | null;
}

export interface Destination {
  spreadsheetId: string;
  sheetName: string;
  /** Column (1-based) of each question in the response sheet. */
  columns: Map<number, number>;
  /** Column of "Email Address", or 0. */
  emailColumn: number;
  width: number;
}

export class FormModel implements CopyableContent {
  description = '';
  acceptingResponses = true;
  allowResponseEdits = false;
  items: ItemModel[] = [];
  responses: ResponseModel[] = [];
  destination: Destination | null = null;
  /** Header of the respondent column in the response sheet ("Username" on some domain Forms). */
  respondentColumn = 'Email Address';

  constructor(
    readonly id: string,
    public title: string,
    public collectEmail: boolean,
    /** The opaque key of the published (/d/e/…/viewform) URL. */
    readonly publishedKey: string,
  ) {}

  get editUrl(): string {
    return `https://docs.google.com/forms/d/${this.id}/edit`;
  }

  get publishedUrl(): string {
    return `https://docs.google.com/forms/d/e/${this.publishedKey}/viewform`;
  }

  /**
   * What Sheet.getFormUrl() gives for a tab this Form feeds. Google documents only "the URL for
   * the form" (apps-script/reference/spreadsheet/sheet#getFormUrl()), not its shape: an id-bearing
   * URL, or the published /d/e/<key>/ one (the `shape` switch, tested both ways).
   */
  feedUrl(shape: FormUrlShape = 'id'): string {
    return shape === 'published' ? this.publishedUrl : `https://docs.google.com/forms/d/${this.id}/viewform`;
  }

  item(id: number): ItemModel | undefined {
    return this.items.find((i) => i.id === id);
  }

  questions(): ItemModel[] {
    return this.items.filter((i) => !NON_QUESTION_KINDS.includes(i.kind));
  }

  /** Responses sorted by timestamp (Google's order), stable for equal times. */
  insertResponse(r: ResponseModel): void {
    let i = this.responses.length;
    while (i > 0 && this.responses[i - 1].timestamp > r.timestamp) i -= 1;
    this.responses.splice(i, 0, r);
  }

  cloneForCopy(newId: string): FormModel {
    const copy = new FormModel(newId, `Copy of ${this.title}`, this.collectEmail, `1FAIpQLSe${newId.slice(0, 40)}`);
    copy.description = this.description;
    copy.items = this.items.map((i) => ({ ...i, choices: [...i.choices] }));
    return copy;
  }
}

export function newItem(id: number, kind: FormItemKind, title = '', choices: string[] = [], required = false, helpText = ''): ItemModel {
  return { id, kind, title, helpText, choices: [...choices], required, lower: 1, upper: 5, leftLabel: '', rightLabel: '', other: false };
}

/** How the response sheet shows one answer: checkbox choices joined by ", ", scales as numbers. */
export function cellOf(item: ItemModel, answer: Answer | undefined): CellValue {
  if (answer === undefined) return '';
  if (Array.isArray(answer)) return answer.join(', ');
  if (item.kind === 'SCALE' && answer !== '' && !Number.isNaN(Number(answer))) return Number(answer);
  return answer;
}

/** The response's row in header order of the destination. */
export function rowOf(kernel: Kernel, form: FormModel, dest: Destination, r: ResponseModel): CellValue[] {
  const row: CellValue[] = new Array(dest.width).fill('');
  row[0] = kernel.makeDate(r.timestamp);
  if (dest.emailColumn > 0) row[dest.emailColumn - 1] = r.email;
  for (const [itemId, col] of dest.columns) {
    const item = form.item(itemId);
    if (item) row[col - 1] = cellOf(item, r.answers.get(itemId));
  }
  return row;
}

/**
 * Writes a new response to the destination sheet (appended) or an edited one (its row updated
 * in place, as Google does). Returns the row's Range, or null when the Form has no destination.
 */
export function writeToDestination(
  kernel: Kernel,
  sheets: SheetsBackdoor | null,
  form: FormModel,
  r: ResponseModel,
): GoogleAppsScript.Spreadsheet.Range | null {
  const dest = form.destination;
  if (!dest || !sheets) return null;
  const values = rowOf(kernel, form, dest, r);
  if (r.row !== null) {
    sheets.userWrite(dest.spreadsheetId, dest.sheetName, r.row, 1, [values]);
    const row = r.row;
    return kernel.quietly(() => {
      const sheet = sheets.spreadsheetObject(dest.spreadsheetId).getSheetByName(dest.sheetName);
      if (!sheet) throw new Error(`Forms: response sheet ${dest.sheetName} is gone`);
      return sheet.getRange(row, 1, 1, dest.width);
    });
  }
  const range = sheets.appendFormRow(dest.spreadsheetId, dest.sheetName, values);
  r.row = kernel.quietly(() => range.getRow());
  return range;
}

/**
 * Links the Form to a spreadsheet: a new "Form Responses N" tab with Timestamp, Email Address
 * (when collected) and the question titles, then every earlier response copied in, as Google does.
 */
export function linkDestination(kernel: Kernel, sheets: SheetsBackdoor, form: FormModel, spreadsheetId: string, shape: FormUrlShape = 'id'): void {
  const headers = ['Timestamp'];
  const emailColumn = form.collectEmail ? 2 : 0;
  if (form.collectEmail) headers.push(form.respondentColumn);
  const columns = new Map<number, number>();
  for (const q of form.questions()) {
    headers.push(q.title);
    columns.set(q.id, headers.length);
  }
  const sheetName = sheets.linkFormDestination(spreadsheetId, form.feedUrl(shape), headers);
  form.destination = { spreadsheetId, sheetName, columns, emailColumn, width: headers.length };
  for (const r of form.responses) {
    r.row = null;
    writeToDestination(kernel, sheets, form, r);
  }
}

/** A question added after linking gets a new column at the right. */
export function addDestinationColumn(sheets: SheetsBackdoor | null, form: FormModel, item: ItemModel): void {
  const dest = form.destination;
  if (!dest || !sheets || NON_QUESTION_KINDS.includes(item.kind)) return;
  const col = sheets.addFormColumn(dest.spreadsheetId, dest.sheetName, item.title);
  dest.columns.set(item.id, col);
  dest.width = Math.max(dest.width, col);
}

/**
 * A linked Form that starts collecting e-mails gets its respondent column at the right of the
 * response sheet (Google does not document where; the product finds the column by its header).
 */
export function addRespondentColumn(sheets: SheetsBackdoor | null, form: FormModel): void {
  const dest = form.destination;
  if (!dest || !sheets || dest.emailColumn > 0) return;
  const col = sheets.addFormColumn(dest.spreadsheetId, dest.sheetName, form.respondentColumn);
  dest.emailColumn = col;
  dest.width = Math.max(dest.width, col);
}

/** A renamed question renames its column header in the linked sheet. */
export function renameDestinationColumn(sheets: SheetsBackdoor | null, form: FormModel, item: ItemModel): void {
  const dest = form.destination;
  const col = dest?.columns.get(item.id);
  if (!dest || !sheets || !col) return;
  sheets.userWrite(dest.spreadsheetId, dest.sheetName, 1, col, [[item.title]]);
}
