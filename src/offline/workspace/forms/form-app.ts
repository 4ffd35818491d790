/**
 * FormApp over the stored FormModels: Form, items, choices, responses. Every object is a proxy,
 * and every public method is a counted call, as on Google. Responses handed to the script are
 * snapshots taken when they were fetched.
 */
import type { FormItemKind, FormsBackdoor, SheetsBackdoor } from '../contracts';
import { createFormsBackdoor } from './backdoor';
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
import { MimeTypes, type Kernel } from '../kernel/kernel';
import { googleEnum } from '../kernel/fake';

export const ItemType = googleEnum('Forms.ItemType');
export const DestinationType = googleEnum('Forms.DestinationType');

const CAST_METHODS: Record<string, FormItemKind> = {
  asMultipleChoiceItem: 'MULTIPLE_CHOICE',
  asCheckboxItem: 'CHECKBOX',
  asListItem: 'LIST',
  asTextItem: 'TEXT',
  asParagraphTextItem: 'PARAGRAPH_TEXT',
  asScaleItem: 'SCALE',
  asSectionHeaderItem: 'SECTION_HEADER',
  asPageBreakItem: 'PAGE_BREAK',
};

const CLASS_OF: Record<FormItemKind, string> = {
  MULTIPLE_CHOICE: 'MultipleChoiceItem',
  CHECKBOX: 'CheckboxItem',
  LIST: 'ListItem',
  TEXT: 'TextItem',
  PARAGRAPH_TEXT: 'ParagraphTextItem',
  SCALE: 'ScaleItem',
  SECTION_HEADER: 'SectionHeaderItem',
  PAGE_BREAK: 'PageBreakItem',
};

const CHOICE_KINDS: FormItemKind[] = ['MULTIPLE_CHOICE', 'CHECKBOX', 'LIST'];

export interface FormsDeps {
  /** The Sheets back door, once the spreadsheet fake exists (for destinations). */
  sheets: () => SheetsBackdoor | null;
  /** Where an edited response stands in getResponses() (undocumented; see WorkspaceOptions). */
  responseOrder?: 'by-timestamp' | 'by-submission';
  /**
   * What a spreadsheet form-submit event's e.values / e.namedValues carry for an answer (Google
   * does not document it): the cell's display value (default) or the answer as submitted.
   */
  eventValues?: 'display' | 'submitted';
}

export interface FormAppFake {
  FormApp: GoogleAppsScript.Forms.FormApp;
  backdoor: FormsBackdoor;
}

/** Item ids: numbers, as Google's. */
export interface FormsContext {
  kernel: Kernel;
  deps: FormsDeps;
  nextItemId(): number;
  nextResponseId(): string;
  model(formId: string): FormModel;
  formObject(model: FormModel): GoogleAppsScript.Forms.Form;
  responseObject(model: FormModel, r: ResponseModel): GoogleAppsScript.Forms.FormResponse;
}

type Obj = Record<string, (...args: never[]) => unknown>;

/** Builds an object whose methods each count `FormApp.<cls>.<name>` first. */
function counted(kernel: Kernel, cls: string, methods: Record<string, (...args: never[]) => unknown>): Obj {
  const out: Obj = {};
  for (const [name, fn] of Object.entries(methods)) {
    out[name] = (...args: never[]) => {
      kernel.count('FormApp', `${cls}.${name}`);
      return fn(...args);
    };
  }
  return out;
}

function choiceObject(ctx: FormsContext, value: string): GoogleAppsScript.Forms.Choice {
  return counted(ctx.kernel, 'Choice', {
    getValue: () => value,
    isCorrectAnswer: () => false,
  }) as unknown as GoogleAppsScript.Forms.Choice;
}

/** The value a Choice object we made carries, read without counting. */
function choiceValue(ctx: FormsContext, c: unknown): string {
  if (c && typeof c === 'object' && typeof (c as { getValue?: unknown }).getValue === 'function') {
    return ctx.kernel.quietly(() => String((c as GoogleAppsScript.Forms.Choice).getValue()));
  }
  return String(c);
}

interface DraftItemResponse {
  itemId: number;
  value: Answer;
}
const DRAFT = Symbol('draftItemResponse');

function itemResponseObject(ctx: FormsContext, form: FormModel, item: ItemModel, value: Answer): GoogleAppsScript.Forms.ItemResponse {
  const obj = counted(ctx.kernel, 'ItemResponse', {
    getItem: () => itemObject(ctx, form, item, 'Item'),
    getResponse: () => (Array.isArray(value) ? [...value] : value),
    getFeedback: () => null,
    getScore: () => 0,
  });
  Object.defineProperty(obj, DRAFT, { value: { itemId: item.id, value } satisfies DraftItemResponse });
  return obj as unknown as GoogleAppsScript.Forms.ItemResponse;
}

function checkLive(ctx: FormsContext, form: FormModel, item: ItemModel): void {
  if (!form.items.includes(item)) throw ctx.kernel.makeError('The item has been deleted.');
}

/** A generic Item (cls 'Item') or a typed one (e.g. 'CheckboxItem'). */
function itemObject(ctx: FormsContext, form: FormModel, item: ItemModel, cls: string): Obj {
  const { kernel } = ctx;
  const typed = cls !== 'Item';
  const methods: Record<string, (...args: never[]) => unknown> = {
    getId: () => item.id,
    getTitle: () => item.title,
    setTitle: (title: string) => {
      checkLive(ctx, form, item);
      item.title = String(title);
      return self;
    },
    getType: () => ItemType[item.kind],
    getIndex: () => form.items.indexOf(item),
    getHelpText: () => item.helpText,
    setHelpText: (text: string) => {
      item.helpText = String(text);
      return self;
    },
  };
  if (!typed) {
    for (const [method, kind] of Object.entries(CAST_METHODS)) {
      methods[method] = () => {
        if (item.kind !== kind) throw kernel.makeError(`Invalid conversion for item type: ${item.kind}.`);
        return itemObject(ctx, form, item, CLASS_OF[kind]);
      };
    }
  } else {
    const question = item.kind !== 'SECTION_HEADER' && item.kind !== 'PAGE_BREAK';
    if (question) {
      methods.isRequired = () => item.required;
      methods.setRequired = (required: boolean) => {
        item.required = Boolean(required);
        return self;
      };
      methods.createResponse = (...args: never[]) => itemResponseObject(ctx, form, item, draftAnswer(ctx, item, args));
    }
    if (CHOICE_KINDS.includes(item.kind)) {
      methods.getChoices = () => item.choices.map((c) => choiceObject(ctx, c));
      methods.setChoiceValues = (values: string[]) => {
        if (!Array.isArray(values) || values.length === 0) throw kernel.makeError('Invalid argument: values');
        item.choices = values.map((v) => String(v));
        return self;
      };
      methods.setChoices = (choices: unknown[]) => {
        if (!Array.isArray(choices) || choices.length === 0) throw kernel.makeError('Invalid argument: choices');
        item.choices = choices.map((c) => choiceValue(ctx, c));
        return self;
      };
      methods.createChoice = (value: string) => choiceObject(ctx, String(value));
      methods.hasOtherOption = () => item.other;
    }
    if (item.kind === 'SCALE') {
      methods.getLowerBound = () => item.lower;
      methods.getUpperBound = () => item.upper;
      methods.setBounds = (lower: number, upper: number) => {
        if (!(lower === 0 || lower === 1) || !(upper >= 3 && upper <= 10)) throw kernel.makeError('Invalid argument: bounds');
        item.lower = lower;
        item.upper = upper;
        return self;
      };
      methods.getLeftLabel = () => item.leftLabel;
      methods.getRightLabel = () => item.rightLabel;
      methods.setLabels = (left: string, right: string) => {
        item.leftLabel = String(left);
        item.rightLabel = String(right);
        return self;
      };
    }
  }
  const self = counted(kernel, cls, methods);
  return self;
}

/** What a script's `item.createResponse(...)` holds: checkbox → string[], scale → its number as text. */
function draftAnswer(ctx: FormsContext, item: ItemModel, args: unknown[]): Answer {
  const [v] = args;
  if (item.kind === 'CHECKBOX') {
    if (!Array.isArray(v)) throw ctx.kernel.makeError('Invalid argument: responses');
    return v.map((x) => String(x));
  }
  if (item.kind === 'SCALE') {
    const n = Number(v);
    if (!Number.isInteger(n) || n < item.lower || n > item.upper) throw ctx.kernel.makeError('Invalid argument: response');
    return String(n);
  }
  return String(v);
}

function visibleAnswers(form: FormModel, r: ResponseModel): [ItemModel, Answer][] {
  const out: [ItemModel, Answer][] = [];
  for (const item of form.items) {
    const a = r.answers.get(item.id);
    if (a === undefined) continue;
    if (Array.isArray(a) ? a.length === 0 : a === '') continue;
    out.push([item, Array.isArray(a) ? [...a] : a]);
  }
  return out;
}

/** A submitted response (snapshot) or, with `draft`, one the script is composing. */
function responseObject(ctx: FormsContext, form: FormModel, stored: ResponseModel | null): GoogleAppsScript.Forms.FormResponse {
  const { kernel } = ctx;
  const snapshot = stored
    ? { ...stored, answers: new Map([...stored.answers].map(([k, v]) => [k, Array.isArray(v) ? [...v] : v] as [number, Answer])) }
    : null;
  const draft = new Map<number, Answer>();
  const answers = () => (snapshot ? snapshot.answers : draft);
  const self = counted(kernel, 'FormResponse', {
    getId: () => (snapshot ? snapshot.id : null),
    getTimestamp: () => (snapshot ? kernel.makeDate(snapshot.timestamp) : null),
    getRespondentEmail: () => (snapshot && form.collectEmail ? snapshot.email : ''),
    getItemResponses: () =>
      visibleAnswers(form, { id: '', timestamp: 0, email: '', answers: answers(), row: null }).map(([item, a]) =>
        itemResponseObject(ctx, form, item, a),
      ),
    getResponseForItem: (itemArg: unknown) => {
      const id = kernel.quietly(() => Number((itemArg as GoogleAppsScript.Forms.Item).getId()));
      const item = form.item(id);
      const a = answers().get(id);
      return item && a !== undefined ? itemResponseObject(ctx, form, item, a) : null;
    },
    withItemResponse: (ir: unknown) => {
      if (snapshot) throw kernel.makeError('This response has already been submitted and cannot be changed.');
      const d = (ir as Record<symbol, DraftItemResponse | undefined>)[DRAFT];
      if (!d) throw kernel.makeError('Invalid argument: response');
      draft.set(d.itemId, d.value);
      return self;
    },
    submit: () => {
      if (snapshot) throw kernel.makeError('This response has already been submitted.');
      if (!form.acceptingResponses) throw kernel.makeError('This form is not accepting responses.');
      // A script's submission is stored and written to the sheet, and fires no trigger.
      const r: ResponseModel = { id: ctx.nextResponseId(), timestamp: kernel.now(), email: '', answers: new Map(draft), row: null };
      form.insertResponse(r);
      writeToDestination(kernel, ctx.deps.sheets(), form, r);
      return responseObject(ctx, form, r);
    },
    getEditResponseUrl: () =>
      snapshot ? `https://docs.google.com/forms/d/e/${form.publishedKey}/viewform?edit2=${encodeURIComponent(snapshot.id)}` : null,
    toPrefilledUrl: () => `${form.publishedUrl}?usp=pp_url`,
  });
  return self as unknown as GoogleAppsScript.Forms.FormResponse;
}

function formObject(ctx: FormsContext, form: FormModel): GoogleAppsScript.Forms.Form {
  const { kernel } = ctx;
  const itemIndex = (arg: unknown): number => {
    if (typeof arg === 'number') return arg;
    const id = kernel.quietly(() => Number((arg as GoogleAppsScript.Forms.Item).getId()));
    return form.items.findIndex((i) => i.id === id);
  };
  const add = (kind: FormItemKind) => () => {
    const item = newItem(ctx.nextItemId(), kind);
    form.items.push(item);
    addDestinationColumn(ctx.deps.sheets(), form, item);
    return itemObject(ctx, form, item, CLASS_OF[kind]);
  };
  const self = counted(kernel, 'Form', {
    getId: () => form.id,
    getTitle: () => form.title,
    setTitle: (t: string) => {
      form.title = String(t);
      return self;
    },
    getDescription: () => form.description,
    setDescription: (d: string) => {
      form.description = String(d);
      return self;
    },
    getEditUrl: () => form.editUrl,
    getPublishedUrl: () => form.publishedUrl,
    getSummaryUrl: () => `https://docs.google.com/forms/d/${form.id}/viewanalytics`,
    getItems: (type?: unknown) =>
      form.items
        .filter((i) => type === undefined || type === null || String(type) === i.kind)
        .map((i) => itemObject(ctx, form, i, 'Item')),
    getItemById: (id: number) => {
      const item = form.item(Number(id));
      return item ? itemObject(ctx, form, item, 'Item') : null;
    },
    getResponses: (timestamp?: unknown) => {
      const from = timestamp === undefined ? -Infinity : (timestamp as Date).getTime();
      return form.responses.filter((r) => r.timestamp >= from).map((r) => responseObject(ctx, form, r));
    },
    getResponse: (id: string) => {
      const r = form.responses.find((x) => x.id === id);
      if (!r) throw kernel.makeError(`No response with ID ${id} exists for this form.`);
      return responseObject(ctx, form, r);
    },
    createResponse: () => responseObject(ctx, form, null),
    deleteAllResponses: () => {
      form.responses = [];
      return self;
    },
    collectsEmail: () => form.collectEmail,
    setCollectEmail: (collect: boolean) => {
      form.collectEmail = Boolean(collect);
      if (form.collectEmail) addRespondentColumn(ctx.deps.sheets(), form);
      return self;
    },
    isAcceptingResponses: () => form.acceptingResponses,
    setAcceptingResponses: (v: boolean) => {
      form.acceptingResponses = Boolean(v);
      return self;
    },
    canEditResponse: () => form.allowResponseEdits,
    setAllowResponseEdits: (v: boolean) => {
      form.allowResponseEdits = Boolean(v);
      return self;
    },
    getDestinationId: () => {
      if (!form.destination) throw kernel.makeError(NO_DESTINATION_ERROR);
      return form.destination.spreadsheetId;
    },
    getDestinationType: () => {
      if (!form.destination) throw kernel.makeError(NO_DESTINATION_ERROR);
      return DestinationType.SPREADSHEET;
    },
    setDestination: (type: unknown, id: string) => {
      if (String(type) !== 'SPREADSHEET') throw kernel.makeError('Invalid argument: type');
      const sheets = ctx.deps.sheets();
      const entry = kernel.file(String(id));
      if (!sheets || !entry || entry.trashed || entry.mimeType !== MimeTypes.SPREADSHEET) throw kernel.makeError(FORM_NOT_FOUND_ERROR);
      linkDestination(kernel, sheets, form, String(id));
      return self;
    },
    removeDestination: () => {
      form.destination = null;
      return self;
    },
    deleteItem: (arg: unknown) => {
      const i = itemIndex(arg);
      if (i < 0 || i >= form.items.length) throw kernel.makeError('Invalid argument: index');
      form.items.splice(i, 1);
    },
    moveItem: (arg: unknown, toIndex: number) => {
      const i = itemIndex(arg);
      if (i < 0 || i >= form.items.length || toIndex < 0 || toIndex >= form.items.length) throw kernel.makeError('Invalid argument: index');
      const [item] = form.items.splice(i, 1);
      form.items.splice(toIndex, 0, item);
      return itemObject(ctx, form, item, 'Item');
    },
    addMultipleChoiceItem: add('MULTIPLE_CHOICE'),
    addCheckboxItem: add('CHECKBOX'),
    addListItem: add('LIST'),
    addTextItem: add('TEXT'),
    addParagraphTextItem: add('PARAGRAPH_TEXT'),
    addScaleItem: add('SCALE'),
    addSectionHeaderItem: add('SECTION_HEADER'),
    addPageBreakItem: add('PAGE_BREAK'),
  });
  kernel.objectFileIds.set(self, form.id);
  return self as unknown as GoogleAppsScript.Forms.Form;
}

/** The id in an edit or plain viewform URL; a published /d/e/… URL holds no file id. */
function idFromUrl(url: string): string | null {
  const m = /^https:\/\/docs\.google\.com\/forms\/d\/([A-Za-z0-9_-]{20,})(?:\/[^?#]*)?(?:[?#].*)?$/.exec(url.trim());
  return m ? m[1] : null;
}

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
    formObject: (m) => formObject(ctx, m),
    responseObject: (m, r) => responseObject(ctx, m, r),
  };

  const create = (title: string, collectEmail: boolean, owner?: string): FormModel => {
    const id = kernel.newId('1');
    const model = new FormModel(id, title, collectEmail, `1FAIpQLSe${id.slice(1, 41)}`);
    kernel.registerFile({ id, name: title, mimeType: MimeTypes.FORM, content: model, ...(owner ? { owner } : {}) });
    return model;
  };

  const FormApp = {
    ItemType,
    DestinationType,
    openById(id: string) {
      kernel.count('FormApp', 'openById');
      kernel.requireAuthorization('FormApp.openById', [FORMS_SCOPE]);
      return formObject(ctx, ctx.model(String(id)));
    },
    openByUrl(url: string) {
      kernel.count('FormApp', 'openByUrl');
      kernel.requireAuthorization('FormApp.openByUrl', [FORMS_SCOPE]);
      const id = idFromUrl(String(url));
      if (!id) throw kernel.makeError(FORM_NOT_FOUND_ERROR);
      return formObject(ctx, ctx.model(id));
    },
    create(title: string) {
      kernel.count('FormApp', 'create');
      kernel.requireAuthorization('FormApp.create', [FORMS_SCOPE]);
      return formObject(ctx, create(String(title), false));
    },
    getActiveForm() {
      kernel.count('FormApp', 'getActiveForm');
      return null; // the script is bound to a spreadsheet, not a Form
    },
  } as unknown as GoogleAppsScript.Forms.FormApp;

  const backdoor = createFormsBackdoor(ctx, (spec) => {
    const model = create(spec.title, Boolean(spec.collectEmail), spec.owner);
    if (spec.respondentColumn) model.respondentColumn = spec.respondentColumn;
    for (const it of spec.items) model.items.push(newItem(ctx.nextItemId(), it.kind, it.title, it.choices ?? [], Boolean(it.required), it.helpText ?? ''));
    return model;
  });
  return { FormApp, backdoor };
}
