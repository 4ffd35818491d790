/**
 * FormApp over the stored FormModels: Form, items, choices, responses. Every object is a proxy,
 * and every public method is a counted call, as on Google. Responses handed to the script are
 * snapshots taken when they were fetched. Each typed item class (CheckboxItem, ScaleItem…) has
 * only the methods Google's has; a generic Item is cast with as…Item(), as on Google.
 */
import type { FormItemKind, FormsBackdoor } from '../contracts';
import { enumMemberOf, enumValue, imitates, orNull } from '../kernel/fake';
import { MimeTypes, type Kernel } from '../kernel/kernel';
import { createFormsBackdoor } from './backdoor';
import { type FormsContext, type FormsDeps, FormsObject } from './context';
import {
  addDestinationColumn,
  addRespondentColumn,
  FORM_NOT_FOUND_ERROR,
  FORMS_SCOPE,
  FormModel,
  linkDestination,
  newItem,
  NO_DESTINATION_ERROR,
  writeToDestination,
  type Answer,
  type ItemModel,
  type ResponseModel,
} from './model';

export type { FormsDeps } from './context';

export interface FormAppFake {
  FormApp: GoogleAppsScript.Forms.FormApp;
  backdoor: FormsBackdoor;
}

interface Choice extends GoogleAppsScript.Forms.Choice {}
class Choice extends FormsObject {
  constructor(ctx: FormsContext, readonly value: string) {
    super(ctx, 'Choice');
  }
  getValue(): string {
    this.count('getValue');
    return this.value;
  }
  isCorrectAnswer(): boolean {
    this.count('isCorrectAnswer');
    return false;
  }
}
imitates(Choice, 'Forms.Choice');

/** The value of a Choice the script passed (ours read uncounted), or the text given. */
function choiceValue(c: unknown): string {
  return c instanceof Choice ? c.value : String(c);
}

interface ItemResponse extends GoogleAppsScript.Forms.ItemResponse {}
class ItemResponse extends FormsObject {
  constructor(
    ctx: FormsContext,
    private readonly form: FormModel,
    readonly item: ItemModel,
    readonly value: Answer,
  ) {
    super(ctx, 'ItemResponse');
  }
  getItem(): Item {
    this.count('getItem');
    return new Item(this.ctx, this.form, this.item);
  }
  getResponse(): string | string[] {
    this.count('getResponse');
    return Array.isArray(this.value) ? [...this.value] : this.value;
  }
  getFeedback(): GoogleAppsScript.Forms.QuizFeedback {
    this.count('getFeedback');
    return orNull<GoogleAppsScript.Forms.QuizFeedback>(null); // not a quiz: no feedback
  }
  getScore(): number {
    this.count('getScore');
    return 0;
  }
}
imitates(ItemResponse, 'Forms.ItemResponse');

/** What every item class has: id, title, type, position, help text. */
abstract class ItemBase extends FormsObject {
  protected constructor(
    ctx: FormsContext,
    cls: string,
    readonly form: FormModel,
    readonly item: ItemModel,
  ) {
    super(ctx, cls);
  }
  getId(): number {
    this.count('getId');
    return this.item.id;
  }
  getTitle(): string {
    this.count('getTitle');
    return this.item.title;
  }
  setTitle(title: string): this {
    this.count('setTitle');
    if (!this.form.items.includes(this.item)) throw this.kernel.makeError('The item has been deleted.');
    this.item.title = String(title);
    return this;
  }
  getType(): GoogleAppsScript.Forms.ItemType {
    this.count('getType');
    return enumValue('Forms.ItemType', this.item.kind);
  }
  getIndex(): number {
    this.count('getIndex');
    return this.form.items.indexOf(this.item);
  }
  getHelpText(): string {
    this.count('getHelpText');
    return this.item.helpText;
  }
  setHelpText(text: string): this {
    this.count('setHelpText');
    this.item.helpText = String(text);
    return this;
  }
}

interface Item extends Omit<GoogleAppsScript.Forms.Item, keyof ItemBase> {}
/** A generic item (Form.getItems()); as…Item() casts it to its type, or throws as Google does. */
class Item extends ItemBase {
  constructor(ctx: FormsContext, form: FormModel, item: ItemModel) {
    super(ctx, 'Item', form, item);
  }
  private cast<T>(method: string, kind: FormItemKind): T {
    this.count(method);
    if (this.item.kind !== kind) throw this.kernel.makeError(`Invalid conversion for item type: ${this.item.kind}.`);
    return typedItem(this.ctx, this.form, this.item) as T;
  }
  asMultipleChoiceItem(): MultipleChoiceItem {
    return this.cast('asMultipleChoiceItem', 'MULTIPLE_CHOICE');
  }
  asCheckboxItem(): CheckboxItem {
    return this.cast('asCheckboxItem', 'CHECKBOX');
  }
  asListItem(): ListItem {
    return this.cast('asListItem', 'LIST');
  }
  asTextItem(): TextItem {
    return this.cast('asTextItem', 'TEXT');
  }
  asParagraphTextItem(): ParagraphTextItem {
    return this.cast('asParagraphTextItem', 'PARAGRAPH_TEXT');
  }
  asScaleItem(): ScaleItem {
    return this.cast('asScaleItem', 'SCALE');
  }
  asSectionHeaderItem(): SectionHeaderItem {
    return this.cast('asSectionHeaderItem', 'SECTION_HEADER');
  }
  asPageBreakItem(): PageBreakItem {
    return this.cast('asPageBreakItem', 'PAGE_BREAK');
  }
}
imitates(Item, 'Forms.Item');

/** A question: required or not, and the answers a script may compose for it. */
abstract class QuestionItem extends ItemBase {
  isRequired(): boolean {
    this.count('isRequired');
    return this.item.required;
  }
  setRequired(enabled: boolean): this {
    this.count('setRequired');
    this.item.required = Boolean(enabled);
    return this;
  }
  createResponse(...args: unknown[]): ItemResponse {
    this.count('createResponse');
    return new ItemResponse(this.ctx, this.form, this.item, this.draftAnswer(args[0]));
  }
  /** What a script's `item.createResponse(...)` holds: checkbox → string[], scale → its number as text. */
  protected draftAnswer(v: unknown): Answer {
    return String(v);
  }
}

/** Multiple choice, checkbox and list questions. */
abstract class ChoiceItem extends QuestionItem {
  getChoices(): Choice[] {
    this.count('getChoices');
    return this.item.choices.map((c) => new Choice(this.ctx, c));
  }
  setChoiceValues(values: string[]): this {
    this.count('setChoiceValues');
    if (!Array.isArray(values) || values.length === 0) throw this.kernel.makeError('Invalid argument: values');
    this.item.choices = values.map((v) => String(v));
    return this;
  }
  setChoices(choices: GoogleAppsScript.Forms.Choice[]): this {
    this.count('setChoices');
    if (!Array.isArray(choices) || choices.length === 0) throw this.kernel.makeError('Invalid argument: choices');
    this.item.choices = choices.map(choiceValue);
    return this;
  }
  createChoice(value: string): Choice {
    this.count('createChoice');
    return new Choice(this.ctx, String(value));
  }
}

interface MultipleChoiceItem extends Omit<GoogleAppsScript.Forms.MultipleChoiceItem, keyof ChoiceItem> {}
class MultipleChoiceItem extends ChoiceItem {
  constructor(ctx: FormsContext, form: FormModel, item: ItemModel) {
    super(ctx, 'MultipleChoiceItem', form, item);
  }
  hasOtherOption(): boolean {
    this.count('hasOtherOption');
    return this.item.other;
  }
}
imitates(MultipleChoiceItem, 'Forms.MultipleChoiceItem');

interface CheckboxItem extends Omit<GoogleAppsScript.Forms.CheckboxItem, keyof ChoiceItem> {}
class CheckboxItem extends ChoiceItem {
  constructor(ctx: FormsContext, form: FormModel, item: ItemModel) {
    super(ctx, 'CheckboxItem', form, item);
  }
  hasOtherOption(): boolean {
    this.count('hasOtherOption');
    return this.item.other;
  }
  protected override draftAnswer(v: unknown): Answer {
    if (!Array.isArray(v)) throw this.kernel.makeError('Invalid argument: responses');
    return v.map((x) => String(x));
  }
}
imitates(CheckboxItem, 'Forms.CheckboxItem');

interface ListItem extends Omit<GoogleAppsScript.Forms.ListItem, keyof ChoiceItem> {}
class ListItem extends ChoiceItem {
  constructor(ctx: FormsContext, form: FormModel, item: ItemModel) {
    super(ctx, 'ListItem', form, item);
  }
}
imitates(ListItem, 'Forms.ListItem');

interface TextItem extends Omit<GoogleAppsScript.Forms.TextItem, keyof QuestionItem> {}
class TextItem extends QuestionItem {
  constructor(ctx: FormsContext, form: FormModel, item: ItemModel) {
    super(ctx, 'TextItem', form, item);
  }
}
imitates(TextItem, 'Forms.TextItem');

interface ParagraphTextItem extends Omit<GoogleAppsScript.Forms.ParagraphTextItem, keyof QuestionItem> {}
class ParagraphTextItem extends QuestionItem {
  constructor(ctx: FormsContext, form: FormModel, item: ItemModel) {
    super(ctx, 'ParagraphTextItem', form, item);
  }
}
imitates(ParagraphTextItem, 'Forms.ParagraphTextItem');

interface ScaleItem extends Omit<GoogleAppsScript.Forms.ScaleItem, keyof QuestionItem> {}
class ScaleItem extends QuestionItem {
  constructor(ctx: FormsContext, form: FormModel, item: ItemModel) {
    super(ctx, 'ScaleItem', form, item);
  }
  protected override draftAnswer(v: unknown): Answer {
    const n = Number(v);
    if (!Number.isInteger(n) || n < this.item.lower || n > this.item.upper) throw this.kernel.makeError('Invalid argument: response');
    return String(n);
  }
  getLowerBound(): number {
    this.count('getLowerBound');
    return this.item.lower;
  }
  getUpperBound(): number {
    this.count('getUpperBound');
    return this.item.upper;
  }
  setBounds(lower: number, upper: number): this {
    this.count('setBounds');
    if (!(lower === 0 || lower === 1) || !(upper >= 3 && upper <= 10)) throw this.kernel.makeError('Invalid argument: bounds');
    this.item.lower = lower;
    this.item.upper = upper;
    return this;
  }
  getLeftLabel(): string {
    this.count('getLeftLabel');
    return this.item.leftLabel;
  }
  getRightLabel(): string {
    this.count('getRightLabel');
    return this.item.rightLabel;
  }
  setLabels(lower: string, upper: string): this {
    this.count('setLabels');
    this.item.leftLabel = String(lower);
    this.item.rightLabel = String(upper);
    return this;
  }
}
imitates(ScaleItem, 'Forms.ScaleItem');

interface SectionHeaderItem extends Omit<GoogleAppsScript.Forms.SectionHeaderItem, keyof ItemBase> {}
class SectionHeaderItem extends ItemBase {
  constructor(ctx: FormsContext, form: FormModel, item: ItemModel) {
    super(ctx, 'SectionHeaderItem', form, item);
  }
}
imitates(SectionHeaderItem, 'Forms.SectionHeaderItem');

interface PageBreakItem extends Omit<GoogleAppsScript.Forms.PageBreakItem, keyof ItemBase> {}
class PageBreakItem extends ItemBase {
  constructor(ctx: FormsContext, form: FormModel, item: ItemModel) {
    super(ctx, 'PageBreakItem', form, item);
  }
}
imitates(PageBreakItem, 'Forms.PageBreakItem');

const ITEM_CLASSES: Record<FormItemKind, new (ctx: FormsContext, form: FormModel, item: ItemModel) => ItemBase> = {
  MULTIPLE_CHOICE: MultipleChoiceItem,
  CHECKBOX: CheckboxItem,
  LIST: ListItem,
  TEXT: TextItem,
  PARAGRAPH_TEXT: ParagraphTextItem,
  SCALE: ScaleItem,
  SECTION_HEADER: SectionHeaderItem,
  PAGE_BREAK: PageBreakItem,
};

/** The item as its own class (what Form.add…Item() and as…Item() return). */
function typedItem(ctx: FormsContext, form: FormModel, item: ItemModel): ItemBase {
  return new ITEM_CLASSES[item.kind](ctx, form, item);
}

/** The answers a response shows: unanswered items are left out, as Google does. */
function visibleAnswers(form: FormModel, answers: Map<number, Answer>): [ItemModel, Answer][] {
  const out: [ItemModel, Answer][] = [];
  for (const item of form.items) {
    const a = answers.get(item.id);
    if (a === undefined) continue;
    if (Array.isArray(a) ? a.length === 0 : a === '') continue;
    out.push([item, Array.isArray(a) ? [...a] : a]);
  }
  return out;
}

interface FormResponse extends GoogleAppsScript.Forms.FormResponse {}
/** A submitted response (a snapshot taken when it was fetched) or, with `stored` null, one the script is composing. */
class FormResponse extends FormsObject {
  private readonly snapshot: ResponseModel | null;
  private readonly draft = new Map<number, Answer>();

  constructor(ctx: FormsContext, private readonly form: FormModel, stored: ResponseModel | null) {
    super(ctx, 'FormResponse');
    this.snapshot = stored
      ? { ...stored, answers: new Map([...stored.answers].map(([k, v]) => [k, Array.isArray(v) ? [...v] : v] as [number, Answer])) }
      : null;
  }
  private get answers(): Map<number, Answer> {
    return this.snapshot ? this.snapshot.answers : this.draft;
  }
  getId(): string {
    this.count('getId');
    return (this.snapshot ? this.snapshot.id : null) as string;
  }
  getTimestamp(): Date {
    this.count('getTimestamp');
    return (this.snapshot ? this.kernel.makeDate(this.snapshot.timestamp) : null) as Date;
  }
  getRespondentEmail(): string {
    this.count('getRespondentEmail');
    return this.snapshot && this.form.collectEmail ? this.snapshot.email : '';
  }
  getItemResponses(): ItemResponse[] {
    this.count('getItemResponses');
    return visibleAnswers(this.form, this.answers).map(([item, a]) => new ItemResponse(this.ctx, this.form, item, a));
  }
  getResponseForItem(item: GoogleAppsScript.Forms.Item): ItemResponse {
    this.count('getResponseForItem');
    const id = item instanceof ItemBase ? item.item.id : this.kernel.quietly(() => Number(item.getId()));
    const model = this.form.item(id);
    const a = this.answers.get(id);
    return (model && a !== undefined ? new ItemResponse(this.ctx, this.form, model, a) : null) as ItemResponse;
  }
  withItemResponse(response: GoogleAppsScript.Forms.ItemResponse): this {
    this.count('withItemResponse');
    if (this.snapshot) throw this.kernel.makeError('This response has already been submitted and cannot be changed.');
    if (!(response instanceof ItemResponse)) throw this.kernel.makeError('Invalid argument: response');
    this.draft.set(response.item.id, response.value);
    return this;
  }
  submit(): FormResponse {
    this.count('submit');
    if (this.snapshot) throw this.kernel.makeError('This response has already been submitted.');
    if (!this.form.acceptingResponses) throw this.kernel.makeError('This form is not accepting responses.');
    // A script's submission is stored and written to the sheet, and fires no trigger.
    const r: ResponseModel = { id: this.ctx.nextResponseId(), timestamp: this.kernel.now(), email: '', answers: new Map(this.draft), row: null };
    this.form.insertResponse(r);
    writeToDestination(this.kernel, this.ctx.deps.sheets(), this.form, r);
    return new FormResponse(this.ctx, this.form, r);
  }
  getEditResponseUrl(): string {
    this.count('getEditResponseUrl');
    const s = this.snapshot;
    return (s ? `https://docs.google.com/forms/d/e/${this.form.publishedKey}/viewform?edit2=${encodeURIComponent(s.id)}` : null) as string;
  }
  toPrefilledUrl(): string {
    this.count('toPrefilledUrl');
    return `${this.form.publishedUrl}?usp=pp_url`;
  }
}
imitates(FormResponse, 'Forms.FormResponse');

interface Form extends GoogleAppsScript.Forms.Form {}
class Form extends FormsObject {
  constructor(ctx: FormsContext, readonly form: FormModel) {
    super(ctx, 'Form');
    this.kernel.objectFileIds.set(this, form.id);
  }
  /** The position of an item given by index or as an Item object (its id read uncounted). */
  private itemIndex(arg: unknown): number {
    if (typeof arg === 'number') return arg;
    const id = arg instanceof ItemBase ? arg.item.id : this.kernel.quietly(() => Number((arg as GoogleAppsScript.Forms.Item).getId()));
    return this.form.items.findIndex((i) => i.id === id);
  }
  private add<T extends ItemBase>(method: string, kind: FormItemKind): T {
    this.count(method);
    const item = newItem(this.ctx.nextItemId(), kind);
    this.form.items.push(item);
    addDestinationColumn(this.ctx.deps.sheets(), this.form, item);
    return typedItem(this.ctx, this.form, item) as T;
  }
  getId(): string {
    this.count('getId');
    return this.form.id;
  }
  getTitle(): string {
    this.count('getTitle');
    return this.form.title;
  }
  setTitle(title: string): this {
    this.count('setTitle');
    this.form.title = String(title);
    return this;
  }
  getDescription(): string {
    this.count('getDescription');
    return this.form.description;
  }
  setDescription(description: string): this {
    this.count('setDescription');
    this.form.description = String(description);
    return this;
  }
  getEditUrl(): string {
    this.count('getEditUrl');
    return this.form.editUrl;
  }
  getPublishedUrl(): string {
    this.count('getPublishedUrl');
    return this.form.publishedUrl;
  }
  getSummaryUrl(): string {
    this.count('getSummaryUrl');
    return `https://docs.google.com/forms/d/${this.form.id}/viewanalytics`;
  }
  getItems(itemType?: GoogleAppsScript.Forms.ItemType): Item[] {
    this.count('getItems');
    const kind = itemType === undefined || itemType === null ? null : enumMemberOf('Forms.ItemType', itemType);
    if (itemType !== undefined && itemType !== null && kind === null) throw this.kernel.makeError('Invalid argument: itemType');
    return this.form.items.filter((i) => kind === null || kind === i.kind).map((i) => new Item(this.ctx, this.form, i));
  }
  getItemById(id: number): Item {
    this.count('getItemById');
    const item = this.form.item(Number(id));
    return (item ? new Item(this.ctx, this.form, item) : null) as Item;
  }
  getResponses(timestamp?: GoogleAppsScript.Base.Date): FormResponse[] {
    this.count('getResponses');
    const from = timestamp === undefined ? -Infinity : timestamp.getTime();
    return this.form.responses.filter((r) => r.timestamp >= from).map((r) => new FormResponse(this.ctx, this.form, r));
  }
  getResponse(responseId: string): FormResponse {
    this.count('getResponse');
    const r = this.form.responses.find((x) => x.id === responseId);
    if (!r) throw this.kernel.makeError(`No response with ID ${responseId} exists for this form.`);
    return new FormResponse(this.ctx, this.form, r);
  }
  createResponse(): FormResponse {
    this.count('createResponse');
    return new FormResponse(this.ctx, this.form, null);
  }
  deleteAllResponses(): this {
    this.count('deleteAllResponses');
    this.form.responses = [];
    return this;
  }
  collectsEmail(): boolean {
    this.count('collectsEmail');
    return this.form.collectEmail;
  }
  setCollectEmail(collect: boolean): this {
    this.count('setCollectEmail');
    this.form.collectEmail = Boolean(collect);
    if (this.form.collectEmail) addRespondentColumn(this.ctx.deps.sheets(), this.form);
    return this;
  }
  isAcceptingResponses(): boolean {
    this.count('isAcceptingResponses');
    return this.form.acceptingResponses;
  }
  setAcceptingResponses(enabled: boolean): this {
    this.count('setAcceptingResponses');
    this.form.acceptingResponses = Boolean(enabled);
    return this;
  }
  canEditResponse(): boolean {
    this.count('canEditResponse');
    return this.form.allowResponseEdits;
  }
  setAllowResponseEdits(enabled: boolean): this {
    this.count('setAllowResponseEdits');
    this.form.allowResponseEdits = Boolean(enabled);
    return this;
  }
  getDestinationId(): string {
    this.count('getDestinationId');
    if (!this.form.destination) throw this.kernel.makeError(NO_DESTINATION_ERROR);
    return this.form.destination.spreadsheetId;
  }
  getDestinationType(): GoogleAppsScript.Forms.DestinationType {
    this.count('getDestinationType');
    if (!this.form.destination) throw this.kernel.makeError(NO_DESTINATION_ERROR);
    return enumValue('Forms.DestinationType', 'SPREADSHEET');
  }
  setDestination(type: GoogleAppsScript.Forms.DestinationType, destination: string): this {
    this.count('setDestination');
    if (enumMemberOf('Forms.DestinationType', type) !== 'SPREADSHEET') throw this.kernel.makeError('Invalid argument: type');
    const sheets = this.ctx.deps.sheets();
    const entry = this.kernel.file(String(destination));
    if (!sheets || !entry || entry.trashed || entry.mimeType !== MimeTypes.SPREADSHEET) throw this.kernel.makeError(FORM_NOT_FOUND_ERROR);
    linkDestination(this.kernel, sheets, this.form, String(destination), this.ctx.deps.formUrlShape);
    return this;
  }
  removeDestination(): this {
    this.count('removeDestination');
    this.form.destination = null;
    return this;
  }
  deleteItem(item: number | GoogleAppsScript.Forms.Item): void {
    this.count('deleteItem');
    const i = this.itemIndex(item);
    if (i < 0 || i >= this.form.items.length) throw this.kernel.makeError('Invalid argument: index');
    this.form.items.splice(i, 1);
  }
  moveItem(from: number | GoogleAppsScript.Forms.Item, toIndex: number): Item {
    this.count('moveItem');
    const i = this.itemIndex(from);
    if (i < 0 || i >= this.form.items.length || toIndex < 0 || toIndex >= this.form.items.length) throw this.kernel.makeError('Invalid argument: index');
    const [item] = this.form.items.splice(i, 1);
    this.form.items.splice(toIndex, 0, item);
    return new Item(this.ctx, this.form, item);
  }
  addMultipleChoiceItem(): MultipleChoiceItem {
    return this.add('addMultipleChoiceItem', 'MULTIPLE_CHOICE');
  }
  addCheckboxItem(): CheckboxItem {
    return this.add('addCheckboxItem', 'CHECKBOX');
  }
  addListItem(): ListItem {
    return this.add('addListItem', 'LIST');
  }
  addTextItem(): TextItem {
    return this.add('addTextItem', 'TEXT');
  }
  addParagraphTextItem(): ParagraphTextItem {
    return this.add('addParagraphTextItem', 'PARAGRAPH_TEXT');
  }
  addScaleItem(): ScaleItem {
    return this.add('addScaleItem', 'SCALE');
  }
  addSectionHeaderItem(): SectionHeaderItem {
    return this.add('addSectionHeaderItem', 'SECTION_HEADER');
  }
  addPageBreakItem(): PageBreakItem {
    return this.add('addPageBreakItem', 'PAGE_BREAK');
  }
}
imitates(Form, 'Forms.Form');

/** The id in an edit or plain viewform URL; a published /d/e/… URL holds no file id. */
function idFromUrl(url: string): string | null {
  const m = /^https:\/\/docs\.google\.com\/forms\/d\/([A-Za-z0-9_-]{20,})(?:\/[^?#]*)?(?:[?#].*)?$/.exec(url.trim());
  return m ? m[1] : null;
}

interface FormApp extends GoogleAppsScript.Forms.FormApp {}
class FormApp extends FormsObject {
  constructor(ctx: FormsContext, private readonly newForm: (title: string, collectEmail: boolean, owner?: string) => FormModel) {
    super(ctx, '');
  }
  openById(id: string): Form {
    this.count('openById');
    this.kernel.requireAuthorization('FormApp.openById', [FORMS_SCOPE]);
    return new Form(this.ctx, this.ctx.model(String(id)));
  }
  openByUrl(url: string): Form {
    this.count('openByUrl');
    this.kernel.requireAuthorization('FormApp.openByUrl', [FORMS_SCOPE]);
    const text = String(url);
    const published = /\/forms\/d\/e\/([A-Za-z0-9_-]+)/.exec(text)?.[1];
    const id = published ? (this.ctx.deps.openByUrlAcceptsPublished ? this.publishedForm(published) : undefined) : idFromUrl(text);
    if (!id) throw this.kernel.makeError(FORM_NOT_FOUND_ERROR);
    return new Form(this.ctx, this.ctx.model(id));
  }
  /** The id of the live Form whose published URL carries `key`. */
  private publishedForm(key: string): string | undefined {
    for (const entry of this.kernel.files.values()) {
      if (!entry.trashed && entry.content instanceof FormModel && entry.content.publishedKey === key) return entry.id;
    }
    return undefined;
  }
  create(title: string): Form {
    this.count('create');
    this.kernel.requireAuthorization('FormApp.create', [FORMS_SCOPE]);
    return new Form(this.ctx, this.newForm(String(title), false));
  }
  getActiveForm(): Form {
    this.count('getActiveForm');
    return orNull<Form>(null); // the script is bound to a spreadsheet, not a Form
  }
}
imitates(FormApp, 'Forms.FormApp');

export function createFormApp(kernel: Kernel, deps: FormsDeps): FormAppFake {
  let itemSeq = 0;
  let responseSeq = 0;
  const ctx: FormsContext = {
    kernel,
    deps,
    nextItemId: () => 1_000_000_000 + 7_919 * ++itemSeq,
    nextResponseId: () => `2_ABaOnud${(++responseSeq).toString(36).padStart(6, '0')}${'Qx7Zk3Lm9Pw2Rt5Vb8'.repeat(4)}`.slice(0, 72),
    model(formId: string): FormModel {
      const entry = kernel.file(formId);
      if (!entry || entry.trashed || entry.mimeType !== MimeTypes.FORM || !(entry.content instanceof FormModel)) {
        throw kernel.makeError(FORM_NOT_FOUND_ERROR);
      }
      return entry.content;
    },
    formObject: (m) => new Form(ctx, m),
    responseObject: (m, r) => new FormResponse(ctx, m, r),
  };

  const create = (title: string, collectEmail: boolean, owner?: string): FormModel => {
    const id = kernel.newId('1');
    const model = new FormModel(id, title, collectEmail, `1FAIpQLSe${id.slice(1, 41)}`);
    kernel.registerFile({ id, name: title, mimeType: MimeTypes.FORM, content: model, ...(owner ? { owner } : {}) });
    return model;
  };

  const backdoor = createFormsBackdoor(ctx, (spec) => {
    const model = create(spec.title, Boolean(spec.collectEmail), spec.owner);
    if (spec.respondentColumn) model.respondentColumn = spec.respondentColumn;
    for (const it of spec.items) model.items.push(newItem(ctx.nextItemId(), it.kind, it.title, it.choices ?? [], Boolean(it.required), it.helpText ?? ''));
    return model;
  });
  return { FormApp: new FormApp(ctx, create), backdoor };
}
