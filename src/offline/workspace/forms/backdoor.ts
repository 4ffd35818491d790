/**
 * The Forms back door: a person submitting or editing a response in a browser (which fires the
 * installed triggers, unlike a script's submit()), older responses imported quietly, and the
 * owner editing the Form in the Forms editor.
 */
import type { Answers, FormItemSpec, FormModelView, FormsBackdoor, FormSpec, SubmitOptions } from '../contracts';
import type { FormsContext } from './context';
import {
  addDestinationColumn,
  NON_QUESTION_KINDS,
  newItem,
  renameDestinationColumn,
  writeToDestination,
  type Answer,
  type FormModel,
  type ResponseModel,
} from './model';
import { AuthMode } from '../script/script-app';

/** Answers keyed by title or item id → stored answers, refusing what a browser would not send. */
function toStored(form: FormModel, answers: Answers): Map<number, Answer> {
  const out = new Map<number, Answer>();
  for (const [key, raw] of Object.entries(answers)) {
    const item =
      form.items.find((i) => i.title === key && !NON_QUESTION_KINDS.includes(i.kind)) ??
      form.items.find((i) => String(i.id) === key && !NON_QUESTION_KINDS.includes(i.kind));
    if (!item) throw new Error(`Forms backdoor: the Form "${form.title}" has no question "${key}"`);
    let value: Answer;
    if (item.kind === 'CHECKBOX') {
      value = (Array.isArray(raw) ? raw : [raw]).map(String).filter((v) => v !== '');
      for (const v of value) {
        if (!item.choices.includes(v) && !item.other) throw new Error(`Forms backdoor: "${v}" is not a choice of "${item.title}"`);
      }
    } else {
      if (Array.isArray(raw)) throw new Error(`Forms backdoor: "${item.title}" takes one answer`);
      value = String(raw);
      if ((item.kind === 'MULTIPLE_CHOICE' || item.kind === 'LIST') && value !== '' && !item.choices.includes(value) && !item.other) {
        throw new Error(`Forms backdoor: "${value}" is not a choice of "${item.title}"`);
      }
      if (item.kind === 'SCALE' && value !== '') {
        const n = Number(value);
        if (!Number.isInteger(n) || n < item.lower || n > item.upper) throw new Error(`Forms backdoor: ${value} is outside the scale of "${item.title}"`);
      }
    }
    if (Array.isArray(value) ? value.length > 0 : value !== '') out.set(item.id, value);
  }
  for (const item of form.questions()) {
    if (item.required && !out.has(item.id)) throw new Error(`Forms backdoor: "${item.title}" is required`);
  }
  return out;
}

function itemByTitle(form: FormModel, title: string) {
  const item = form.items.find((i) => i.title === title);
  if (!item) throw new Error(`Forms backdoor: the Form "${form.title}" has no item "${title}"`);
  return item;
}

export function createFormsBackdoor(ctx: FormsContext, createForm: (spec: FormSpec) => FormModel): FormsBackdoor {
  const { kernel } = ctx;

  /**
   * After a browser submit or edit: the row is written, then form and spreadsheet triggers fire.
   * For an edit (`before` = the earlier answers), Google's spreadsheet event carries only the
   * answers that changed: the others are '' in e.values and e.namedValues, though the row in the
   * sheet is complete. Handlers should read the row, not trust e.values.
   * By default e.values are the row's display values; `eventValues: 'submitted'` gives the
   * answers as submitted instead.
   */
  const deliver = (form: FormModel, r: ResponseModel, before?: Map<number, Answer>) => {
    const sheets = ctx.deps.sheets();
    const range = writeToDestination(kernel, sheets, form, r);
    kernel.fire(form.id, 'ON_FORM_SUBMIT', (t) => ({
      authMode: AuthMode.FULL,
      response: ctx.responseObject(form, r),
      source: ctx.formObject(form),
      triggerUid: t.uid,
    }));
    const dest = form.destination;
    if (dest && sheets && range) {
      const headers = sheets.headers(dest.spreadsheetId, dest.sheetName);
      const row = r.row ?? 0;
      const shown = sheets.displayValues(dest.spreadsheetId, dest.sheetName)[row - 1] ?? [];
      const unchanged = new Set<number>();
      if (before) {
        for (const [itemId, col] of dest.columns) {
          if (JSON.stringify(before.get(itemId) ?? '') === JSON.stringify(r.answers.get(itemId) ?? '')) unchanged.add(col - 1);
        }
        if (dest.emailColumn > 0) unchanged.add(dest.emailColumn - 1);
      }
      // Google does not document whether e.values carry what the respondent typed or what the
      // cell shows (an 18-digit answer stored as a number shows as "1.98609E+17"): a switch.
      const submitted = new Map<number, string>();
      if (ctx.deps.eventValues === 'submitted') {
        for (const [itemId, col] of dest.columns) {
          const a = r.answers.get(itemId);
          if (a !== undefined) submitted.set(col - 1, Array.isArray(a) ? a.join(', ') : a);
        }
      }
      const values = headers.map((_, c) => (unchanged.has(c) ? '' : submitted.get(c) ?? String(shown[c] ?? '')));
      kernel.fire(dest.spreadsheetId, 'ON_FORM_SUBMIT', (t) => {
        const namedValues: Record<string, string[]> = {};
        headers.forEach((h, c) => {
          if (h !== '') namedValues[h] = [values[c]];
        });
        return { authMode: AuthMode.FULL, range, values: [...values], namedValues, triggerUid: t.uid };
      });
    }
  };

  const backdoor: FormsBackdoor = {
    createForm(spec: FormSpec): string {
      const form = createForm(spec);
      for (const [i, it] of spec.items.entries()) applySpecExtras(form.items[i], it);
      return form.id;
    },
    submit(formId: string, answers: Answers, options: SubmitOptions = {}): string {
      const form = ctx.model(formId);
      if (!form.acceptingResponses) throw new Error(`Forms backdoor: "${form.title}" is not accepting responses`);
      const r: ResponseModel = {
        id: ctx.nextResponseId(),
        timestamp: options.at ?? kernel.now(),
        email: form.collectEmail ? (options.email ?? '').trim() : '',
        answers: toStored(form, answers),
        row: null,
      };
      form.insertResponse(r);
      deliver(form, r);
      return r.id;
    },
    editResponse(formId: string, responseId: string, answers: Answers, options: SubmitOptions = {}): void {
      const form = ctx.model(formId);
      const r = form.responses.find((x) => x.id === responseId);
      if (!r) throw new Error(`Forms backdoor: no response ${responseId} in "${form.title}"`);
      const before = r.answers;
      r.answers = toStored(form, answers);
      // Google stamps an edited response with the time of the edit and keeps its id and row.
      r.timestamp = options.at ?? kernel.now();
      // Where it then stands in getResponses() is not documented: by time (it moves to the end),
      // or where it was first submitted (WorkspaceOptions.responseOrder).
      if (ctx.deps.responseOrder !== 'by-submission') {
        form.responses.splice(form.responses.indexOf(r), 1);
        form.insertResponse(r);
      }
      deliver(form, r, before);
    },
    deleteResponse(formId: string, responseId: string): void {
      const form = ctx.model(formId);
      const i = form.responses.findIndex((x) => x.id === responseId);
      if (i < 0) throw new Error(`Forms backdoor: no response ${responseId} in "${form.title}"`);
      // As in the Forms editor: the response is gone from the Form, no trigger fires, and the
      // linked response sheet keeps its row (Google never deletes rows there).
      form.responses.splice(i, 1);
    },
    importResponses(formId: string, responses: { answers: Answers; email?: string; at: number }[]): string[] {
      const form = ctx.model(formId);
      const sheets = ctx.deps.sheets();
      return responses.map((x) => {
        const r: ResponseModel = {
          id: ctx.nextResponseId(),
          timestamp: x.at,
          email: form.collectEmail ? (x.email ?? '').trim() : '',
          answers: toStored(form, x.answers),
          row: null,
        };
        form.insertResponse(r);
        writeToDestination(kernel, sheets, form, r);
        return r.id;
      });
    },
    renameItem(formId: string, title: string, newTitle: string): void {
      const form = ctx.model(formId);
      const item = itemByTitle(form, title);
      item.title = newTitle;
      renameDestinationColumn(ctx.deps.sheets(), form, item);
    },
    deleteItem(formId: string, title: string): void {
      const form = ctx.model(formId);
      const item = itemByTitle(form, title);
      // The response sheet keeps the column, as on Google.
      form.items.splice(form.items.indexOf(item), 1);
    },
    setChoices(formId: string, title: string, choices: string[]): void {
      const item = itemByTitle(ctx.model(formId), title);
      if (item.kind !== 'MULTIPLE_CHOICE' && item.kind !== 'LIST' && item.kind !== 'CHECKBOX') throw new Error(`Forms backdoor: "${title}" has no choices`);
      item.choices = [...choices];
    },
    addItem(formId: string, spec: FormItemSpec): number {
      const form = ctx.model(formId);
      const item = newItem(ctx.nextItemId(), spec.kind, spec.title, spec.choices ?? [], Boolean(spec.required), spec.helpText ?? '');
      applySpecExtras(item, spec);
      form.items.push(item);
      addDestinationColumn(ctx.deps.sheets(), form, item);
      return item.id;
    },
    view(formId: string): FormModelView {
      const form = ctx.model(formId);
      return {
        id: form.id,
        title: form.title,
        publishedUrl: form.publishedUrl,
        editUrl: form.editUrl,
        collectEmail: form.collectEmail,
        destination: form.destination ? { spreadsheetId: form.destination.spreadsheetId, sheetName: form.destination.sheetName } : null,
        items: form.items.map((i) => ({ id: i.id, kind: i.kind, title: i.title, choices: [...i.choices] })),
        responses: form.responses.map((r) => ({
          id: r.id,
          timestamp: r.timestamp,
          email: r.email,
          answers: Object.fromEntries([...r.answers].map(([k, v]) => [k, Array.isArray(v) ? [...v] : v])),
        })),
      };
    },
  };
  return backdoor;
}

/** A SCALE spec's numeric choices set its bounds (e.g. ['1','2','3','4','5'] → 1…5). */
function applySpecExtras(item: FormModel['items'][number] | undefined, spec: FormItemSpec): void {
  if (!item) return;
  if (spec.other && (spec.kind === 'MULTIPLE_CHOICE' || spec.kind === 'CHECKBOX')) item.other = true;
  if (spec.kind === 'SCALE' && spec.scaleLabels) [item.leftLabel, item.rightLabel] = spec.scaleLabels;
  if (spec.kind !== 'SCALE' || !spec.choices || spec.choices.length === 0) return;
  const nums = spec.choices.map(Number).filter((n) => Number.isInteger(n));
  if (nums.length === 0) return;
  item.lower = Math.min(...nums);
  item.upper = Math.max(...nums);
  item.choices = [];
}
