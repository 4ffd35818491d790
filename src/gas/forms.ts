/**
 * FormApp, read into plain data, and the few Form edits the product makes (choices, a dropdown
 * question, the response destination). The only place that calls FormApp. Each FormApp getter is
 * a call, so a response is read once, into a PlainResponse, and never touched again.
 */
import { UserError } from '../core/errors';
import { fileIdFrom, formUrlProblem } from '../core/settings';
import type { PlainResponse } from '../core/response';
import type { FormItemKind } from '../core/questions';
import { thisSpreadsheetId } from './sheets';

type Form = GoogleAppsScript.Forms.Form;
type FormResponse = GoogleAppsScript.Forms.FormResponse;

/** An item's kind as the product reads it; any other Google item type (a grid, a date…) is OTHER. */
export type ItemKind = FormItemKind | 'OTHER';

export interface FormItemInfo {
  id: number;
  title: string;
  kind: ItemKind;
  /** Choice labels for MULTIPLE_CHOICE, CHECKBOX and LIST; for SCALE the numbers lower…upper. */
  choices: string[];
  /** Title of the section (page break or section header) the item is in, or null. */
  section: string | null;
  /** A linear scale's end labels (left, right); absent for other items. */
  labels?: [string, string];
}

export interface FormInfo {
  id: string;
  title: string;
  editUrl: string;
  collectsEmail: boolean;
  /** The spreadsheet the Form writes its responses to, or null. */
  destinationId: string | null;
  /** Questions and section markers in Form order. */
  items: FormItemInfo[];
}

/** The Form's file id. */
export function formIdOf(form: Form): string {
  return form.getId();
}

/** Opens the Form a setting points to, or stops with a message that says what to fix. */
export function openForm(urlOrId: string, settingLabel: string): Form {
  const problem = formUrlProblem(urlOrId);
  if (problem) throw new UserError(`${settingLabel}: ${problem}`, `Perbaiki isian "${settingLabel}" di lembar Pengaturan.`);
  const id = fileIdFrom(urlOrId);
  try {
    return FormApp.openById(id);
  } catch (e) {
    throw new UserError(
      `${settingLabel}: formulir tidak dapat dibuka (${String((e as Error).message ?? e)}).`,
      'Pastikan tautan benar, formulir belum dihapus, dan akun ini punya akses edit ke formulir tersebut.',
    );
  }
}

/** The distinguishing part of a Form URL: the id of /forms/d/<id>/, or the key of /forms/d/e/<key>/. */
function urlKey(url: string): string {
  const m = /\/forms\/(?:u\/\d+\/)?d\/(e\/)?([A-Za-z0-9_-]+)/.exec(url);
  return m ? `${m[1] ? 'e/' : ''}${m[2]}` : '';
}

/**
 * The id of the Form behind `url` (a response tab's Sheet.getFormUrl(), whose shape Google does not
 * document: it may carry the Form's id or be the published /d/e/<key>/ URL). First
 * FormApp.openByUrl(url).getId(); where Google will not open that URL, the candidate Form whose
 * edit or published URL it is (FormApp.openById of each, only then). '' when neither.
 */
export function formIdOfUrl(url: string, candidates: readonly string[]): string {
  try {
    return FormApp.openByUrl(url).getId();
  } catch {
    const key = urlKey(url);
    if (key === '') return '';
    for (const id of candidates) {
      if (id === '') continue;
      try {
        const form = FormApp.openById(id);
        if (urlKey(form.getPublishedUrl()) === key || urlKey(form.getEditUrl()) === key || key === id) return form.getId();
      } catch {
        // A candidate that cannot be opened is simply not the one.
      }
    }
    return '';
  }
}

const KIND_BY_TYPE: Record<string, ItemKind> = {
  MULTIPLE_CHOICE: 'MULTIPLE_CHOICE',
  CHECKBOX: 'CHECKBOX',
  LIST: 'LIST',
  TEXT: 'TEXT',
  PARAGRAPH_TEXT: 'PARAGRAPH_TEXT',
  SCALE: 'SCALE',
  SECTION_HEADER: 'SECTION_HEADER',
  PAGE_BREAK: 'PAGE_BREAK',
};

/** Reads the Form's structure: one pass over its items (a few calls per item, not per response). */
export function describeForm(form: Form): FormInfo {
  let destinationId: string | null = null;
  try {
    destinationId = form.getDestinationId() || null;
  } catch {
    destinationId = null; // Google throws when the Form has no destination.
  }
  const items: FormItemInfo[] = [];
  let section: string | null = null;
  for (const item of form.getItems()) {
    const kind = KIND_BY_TYPE[String(item.getType())] ?? 'OTHER';
    const title = item.getTitle();
    let choices: string[] = [];
    if (kind === 'MULTIPLE_CHOICE') choices = item.asMultipleChoiceItem().getChoices().map((c) => c.getValue());
    else if (kind === 'CHECKBOX') choices = item.asCheckboxItem().getChoices().map((c) => c.getValue());
    else if (kind === 'LIST') choices = item.asListItem().getChoices().map((c) => c.getValue());
    let labels: [string, string] | undefined;
    if (kind === 'SCALE') {
      const scale = item.asScaleItem();
      const lo = scale.getLowerBound();
      const hi = scale.getUpperBound();
      for (let v = lo; v <= hi; v++) choices.push(String(v));
      // S1a: the end labels tell which end is the best ("Sangat setuju" on the right).
      labels = [String(scale.getLeftLabel() ?? ''), String(scale.getRightLabel() ?? '')];
    }
    if (kind === 'PAGE_BREAK' || kind === 'SECTION_HEADER') section = title;
    const info: FormItemInfo = { id: item.getId(), title, kind, choices, section: kind === 'PAGE_BREAK' || kind === 'SECTION_HEADER' ? title : section };
    if (labels) info.labels = labels;
    items.push(info);
  }
  return {
    id: form.getId(),
    title: form.getTitle(),
    editUrl: form.getEditUrl(),
    collectsEmail: form.collectsEmail(),
    destinationId,
    items,
  };
}

function toMs(d: unknown): number {
  return Object.prototype.toString.call(d) === '[object Date]' ? (d as Date).getTime() : Number(d);
}

/**
 * Reads one response (4 calls + 3 per answered question), its answers keyed by item id (N3);
 * `known` carries an id and time already read from the same response (a chunked re-sync reads
 * them first), so they are not asked again.
 */
export function plainResponse(r: FormResponse, known?: { id: string; timestamp: number }): PlainResponse {
  const answers: Record<string, string | string[]> = {};
  for (const ir of r.getItemResponses()) {
    const key = String(ir.getItem().getId());
    const value = ir.getResponse() as unknown;
    answers[key] = Array.isArray(value) ? value.map((v) => String(v)) : value === null || value === undefined ? '' : String(value);
  }
  let email = '';
  try {
    email = (r.getRespondentEmail() || '').trim().toLowerCase();
  } catch {
    email = '';
  }
  return { id: known ? known.id : r.getId(), timestamp: known ? known.timestamp : toMs(r.getTimestamp()), email, answers };
}

/**
 * Where a chunked read stands: the last response read, in (time, id) order. Google stamps an
 * edited response with the time of the edit, so an edit made while a re-sync runs sorts after
 * the cursor and is read again; a deletion moves nothing (a position would shift).
 */
export interface ReadCursor {
  timestamp: number;
  id: string;
}

export interface ResponsePage {
  responses: PlainResponse[];
  /** Where the next execution continues, or null when every response has been read. */
  next: ReadCursor | null;
  /** Responses at or before the cursor now (read by this execution or an earlier one). */
  read: number;
  total: number;
  /** The id of every response the Form holds at this execution (when next is null: what to keep). */
  ids: string[];
}

const byTimeThenId = (a: ReadCursor, b: ReadCursor): number => a.timestamp - b.timestamp || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Reads the Form's responses after `after` (all of them when null) in (time, id) order, until
 * `deadline` (ms, Date.now() clock) passes; the caller saves `next` and continues in a later
 * execution. Every response's id and time are read first (2 calls each; Google documents no
 * order for getResponses()), so the order is the product's own and the id list is complete.
 * At least one response is read per execution, so a re-sync always moves on.
 */
export function readResponses(form: Form, after: ReadCursor | null, deadline: number): ResponsePage {
  const keyed = form.getResponses().map((r) => ({ r, id: r.getId(), timestamp: toMs(r.getTimestamp()) }));
  keyed.sort(byTimeThenId);
  let i = after === null ? 0 : keyed.findIndex((k) => byTimeThenId(k, after) > 0);
  if (i < 0) i = keyed.length;
  const responses: PlainResponse[] = [];
  for (; i < keyed.length; i++) {
    if (responses.length > 0 && Date.now() > deadline) break;
    responses.push(plainResponse(keyed[i].r, keyed[i]));
  }
  const last = responses.length > 0 ? responses[responses.length - 1] : after;
  return {
    responses,
    next: i < keyed.length && last ? { timestamp: last.timestamp, id: last.id } : null,
    read: i,
    total: keyed.length,
    ids: keyed.map((k) => k.id),
  };
}

/**
 * The Form's responses submitted within a second of any of `timestamps` (a response tab's row
 * stores the response's time to the second), read exactly: where the tab's cell lost digits, the
 * Form has them. One list of the responses from the earliest time on (Form.getResponses(from)),
 * one getTimestamp each, and a full read only of those that match: a constant number of calls for
 * one new row, one pass for a whole re-sync.
 */
export function responsesNear(form: Form, timestamps: readonly number[]): PlainResponse[] {
  if (timestamps.length === 0) return [];
  const from = Math.min(...timestamps) - 1000;
  const out: PlainResponse[] = [];
  for (const r of form.getResponses(new Date(from))) {
    const at = toMs(r.getTimestamp());
    if (timestamps.some((t) => Math.abs(at - t) <= 1000)) out.push(plainResponse(r));
  }
  return out;
}

export type ChoiceKind = 'LIST' | 'CHECKBOX' | 'MULTIPLE_CHOICE';

/** Replaces the choices of a choice question (found by its item id). */
export function setChoices(form: Form, itemId: number, kind: ChoiceKind, labels: string[]): void {
  const item = form.getItemById(itemId);
  if (!item) throw new Error(`No item with the given ID could be found: ${itemId}`);
  if (kind === 'LIST') item.asListItem().setChoiceValues(labels);
  else if (kind === 'CHECKBOX') item.asCheckboxItem().setChoiceValues(labels);
  else item.asMultipleChoiceItem().setChoiceValues(labels);
}

/**
 * Adds a dropdown question right after a free-text one and leaves the old question in place (its
 * answers stay in the Form); the old one becomes optional and says where to answer now.
 */
export function addListAfter(form: Form, textItemId: number, title: string, labels: string[], oldHelp: string): number {
  const old = form.getItemById(textItemId);
  if (!old) throw new Error(`No item with the given ID could be found: ${textItemId}`);
  const index = old.getIndex();
  const list = form.addListItem().setTitle(title).setChoiceValues(labels);
  form.moveItem(list.getIndex(), index + 1);
  const text = old.asTextItem();
  text.setRequired(false);
  text.setHelpText(oldHelp);
  return list.getId();
}

/** The Form's response destination id ('' when none), without throwing. */
export function formDestinationId(form: Form): string {
  try {
    return form.getDestinationId() || '';
  } catch {
    return '';
  }
}

/** Sets the Form's response destination to this spreadsheet (Google adds a response tab). */
export function pointFormAtThisSpreadsheet(form: Form): void {
  form.setDestination(FormApp.DestinationType.SPREADSHEET, thisSpreadsheetId());
}

/** The questions of a Form the product makes (gas/forms createOwnForm). */
export interface OwnFormItem {
  key: string;
  title: string;
  help: string;
  kind: 'LIST' | 'TEXT' | 'PARAGRAPH';
  required: boolean;
  /** LIST only. */
  choices?: string[];
}

/**
 * Creates a new Form of the product's own (FormApp.create), collecting respondents' e-mails, with
 * `items` in order. Returns its id, URLs and each question's item id by key.
 */
export function createOwnForm(title: string, description: string, items: readonly OwnFormItem[]): { id: string; editUrl: string; publishedUrl: string; itemIds: Record<string, number> } {
  const form = FormApp.create(title);
  form.setDescription(description);
  form.setCollectEmail(true);
  const itemIds: Record<string, number> = {};
  for (const spec of items) {
    const item =
      spec.kind === 'LIST'
        ? form.addListItem().setTitle(spec.title).setHelpText(spec.help).setChoiceValues(spec.choices ?? []).setRequired(spec.required)
        : spec.kind === 'TEXT'
          ? form.addTextItem().setTitle(spec.title).setHelpText(spec.help).setRequired(spec.required)
          : form.addParagraphTextItem().setTitle(spec.title).setHelpText(spec.help).setRequired(spec.required);
    itemIds[spec.key] = item.getId();
  }
  return { id: form.getId(), editUrl: form.getEditUrl(), publishedUrl: form.getPublishedUrl(), itemIds };
}

/** Opens a Form by id, or null when it is gone or no longer shared with this account. */
export function openFormOrNull(id: string): Form | null {
  if (id === '') return null;
  try {
    return FormApp.openById(id);
  } catch {
    return null;
  }
}
