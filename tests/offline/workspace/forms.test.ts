import { describe, expect, it } from 'vitest';
import type { FormSpec } from '../../../src/offline/workspace/index';
import { createFormApp } from '../../../src/offline/workspace/index';
import { FORM_NOT_FOUND_ERROR, NO_DESTINATION_ERROR } from '../../../src/offline/workspace/index';
import { Kernel } from '../../../src/offline/workspace/index';
import { createScriptApp } from '../../../src/offline/workspace/index';
import { stubSheets } from './forms-helpers';

const NOMINATION: FormSpec = {
  title: 'Penjaringan Agen Perubahan',
  collectEmail: true,
  items: [
    { kind: 'SECTION_HEADER', title: 'Data Pengusul' },
    { kind: 'TEXT', title: 'NIP Pengusul' },
    { kind: 'LIST', title: 'Unit Kerja', choices: ['Sekretariat', 'Bidang P2P'] },
    { kind: 'PAGE_BREAK', title: 'Usulan' },
    { kind: 'CHECKBOX', title: 'Calon Agen Perubahan', choices: ['dr. Maria Goreti, M.Kes.', 'Yohanes Bria', 'Siti Aminah'] },
    { kind: 'MULTIPLE_CHOICE', title: 'Yakin?', choices: ['Ya', 'Tidak'] },
    { kind: 'PARAGRAPH_TEXT', title: 'Alasan' },
    { kind: 'SCALE', title: 'Skor', choices: ['1', '2', '3', '4', '5'] },
  ],
};

interface Fired {
  handler: string;
  event: Record<string, unknown>;
  kind: string;
}

function setup() {
  const kernel = new Kernel();
  const sheets = stubSheets(kernel);
  const { FormApp, backdoor } = createFormApp(kernel, { sheets: () => sheets.backdoor });
  const ScriptApp = createScriptApp(kernel, { containerId: () => sheets.ssId });
  const fired: Fired[] = [];
  kernel.runner = (handler, args, kind) => {
    const exec = kernel.beginExecution(kind);
    try {
      fired.push({ handler, event: args[0] as Record<string, unknown>, kind });
    } finally {
      kernel.endExecution(exec);
    }
    return undefined;
  };
  const formId = backdoor.createForm(NOMINATION);
  return { kernel, sheets, FormApp, ScriptApp, forms: backdoor, formId, fired };
}

describe('FormApp: opening', () => {
  it('opens by id and by edit URL; a published URL, a missing or trashed Form fail with Google\'s message', () => {
    const { kernel, FormApp, formId, forms } = setup();
    expect(FormApp.openById(formId).getTitle()).toBe('Penjaringan Agen Perubahan');
    expect(FormApp.openByUrl(`https://docs.google.com/forms/d/${formId}/edit`).getId()).toBe(formId);
    expect(() => FormApp.openByUrl(forms.view(formId).publishedUrl)).toThrow(FORM_NOT_FOUND_ERROR);
    expect(() => FormApp.openById('1nope')).toThrow(FORM_NOT_FOUND_ERROR);
    kernel.file(formId)!.trashed = true;
    expect(() => FormApp.openById(formId)).toThrow(FORM_NOT_FOUND_ERROR);
  });

  it('refuses FormApp.openById inside a simple trigger', () => {
    const { kernel, FormApp, formId } = setup();
    const exec = kernel.beginExecution('simple-trigger');
    expect(() => FormApp.openById(formId)).toThrow(/^You do not have permission to call FormApp.openById. Required permissions: https:\/\/www.googleapis.com\/auth\/forms$/);
    kernel.endExecution(exec);
  });

  it('counts every call as FormApp.<Class>.<method>', () => {
    const { kernel, FormApp, formId } = setup();
    kernel.resetCalls();
    const form = FormApp.openById(formId);
    form.getItems().forEach((i) => i.getTitle());
    expect(kernel.calls()).toEqual({ 'FormApp.openById': 1, 'FormApp.Form.getItems': 1, 'FormApp.Item.getTitle': 8 });
  });
});

describe('FormApp: items', () => {
  it('gives item types, titles, numeric ids and choices in Form order', () => {
    const { FormApp, formId } = setup();
    const items = FormApp.openById(formId).getItems();
    expect(items.map((i) => String(i.getType()))).toEqual(['SECTION_HEADER', 'TEXT', 'LIST', 'PAGE_BREAK', 'CHECKBOX', 'MULTIPLE_CHOICE', 'PARAGRAPH_TEXT', 'SCALE']);
    expect(items.every((i) => typeof i.getId() === 'number')).toBe(true);
    expect(items.map((i) => i.getIndex())).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(items[4].asCheckboxItem().getChoices().map((c) => c.getValue())).toEqual(['dr. Maria Goreti, M.Kes.', 'Yohanes Bria', 'Siti Aminah']);
    expect(items[2].asListItem().getChoices().map((c) => c.getValue())).toEqual(['Sekretariat', 'Bidang P2P']);
    expect([items[7].asScaleItem().getLowerBound(), items[7].asScaleItem().getUpperBound()]).toEqual([1, 5]);
  });

  it('enum values are objects: equal to FormApp.ItemType members, not to bare strings', () => {
    const { FormApp, formId } = setup();
    const type = FormApp.openById(formId).getItems()[4].getType();
    expect(type).toBe(FormApp.ItemType.CHECKBOX);
    expect(type === ('CHECKBOX' as unknown)).toBe(false);
    expect(`${type}`).toBe('CHECKBOX');
  });

  it.each([
    ['asMultipleChoiceItem', 1],
    ['asCheckboxItem', 5],
    ['asListItem', 4],
    ['asTextItem', 2],
    ['asScaleItem', 0],
    ['asPageBreakItem', 1],
    ['asSectionHeaderItem', 3],
  ] as const)('a wrong cast %s of item %i throws', (method, index) => {
    const { FormApp, formId } = setup();
    const item = FormApp.openById(formId).getItems()[index] as unknown as Record<string, () => unknown>;
    expect(() => item[method]()).toThrow(/Invalid conversion for item type/);
  });

  it('filters getItems by type, finds by id, and updates choices', () => {
    const { FormApp, formId, forms } = setup();
    const form = FormApp.openById(formId);
    const boxes = form.getItems(FormApp.ItemType.CHECKBOX);
    expect(boxes).toHaveLength(1);
    const box = form.getItemById(boxes[0].getId())!.asCheckboxItem();
    box.setChoiceValues(['A', 'B']);
    expect(forms.view(formId).items[4].choices).toEqual(['A', 'B']);
    box.setChoices([box.createChoice('C')]);
    expect(box.getChoices().map((c) => c.getValue())).toEqual(['C']);
    expect(form.getItemById(42)).toBeNull();
    const list = form.addListItem().setTitle('Baru');
    expect(forms.view(formId).items.map((i) => i.title)).toContain('Baru');
    form.deleteItem(list as unknown as GoogleAppsScript.Forms.Item);
    expect(forms.view(formId).items.map((i) => i.title)).not.toContain('Baru');
  });
});

describe('FormApp: responses', () => {
  it('getItemResponses leaves unanswered items out; checkbox answers are arrays; scale answers strings', () => {
    const { FormApp, formId, forms } = setup();
    forms.submit(formId, { 'NIP Pengusul': '198001012005011001', 'Calon Agen Perubahan': ['Yohanes Bria', 'Siti Aminah'], Skor: '4' }, { email: 'a@x.id' });
    const [r] = FormApp.openById(formId).getResponses();
    const answers = r.getItemResponses().map((ir) => [ir.getItem().getTitle(), ir.getResponse()]);
    expect(answers).toEqual([
      ['NIP Pengusul', '198001012005011001'],
      ['Calon Agen Perubahan', ['Yohanes Bria', 'Siti Aminah']],
      ['Skor', '4'],
    ]);
    expect(r.getRespondentEmail()).toBe('a@x.id');
    expect(Object.prototype.toString.call(r.getTimestamp())).toBe('[object Date]');
    expect(r.getId()).toMatch(/^[A-Za-z0-9_-]{40,}$/);
  });

  it('gives an empty respondent e-mail when the Form does not collect it', () => {
    const { FormApp, forms } = setup();
    const id = forms.createForm({ title: 'Survei', items: [{ kind: 'TEXT', title: 'Unit' }] });
    forms.submit(id, { Unit: 'Sekretariat' }, { email: 'b@x.id' });
    expect(FormApp.openById(id).getResponses()[0].getRespondentEmail()).toBe('');
  });

  it('getResponses(timestamp) returns responses at or after it, sorted by time', () => {
    const { kernel, FormApp, formId, forms } = setup();
    const t0 = kernel.now();
    forms.importResponses(formId, [
      { answers: { Alasan: 'kedua' }, at: t0 - 1000 },
      { answers: { Alasan: 'pertama' }, at: t0 - 5000 },
    ]);
    forms.submit(formId, { Alasan: 'ketiga' });
    const form = FormApp.openById(formId);
    const text = (rs: GoogleAppsScript.Forms.FormResponse[]) => rs.map((r) => r.getItemResponses()[0].getResponse());
    expect(text(form.getResponses())).toEqual(['pertama', 'kedua', 'ketiga']);
    expect(text(form.getResponses(kernel.makeDate(t0 - 1000)))).toEqual(['kedua', 'ketiga']);
  });

  it('a script composes and submits a response: stored, written to the sheet, no trigger fires', () => {
    const { FormApp, ScriptApp, formId, fired, sheets } = setup();
    const form = FormApp.openById(formId);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, sheets.ssId);
    ScriptApp.newTrigger('onNominasi').forForm(form).onFormSubmit().create();
    ScriptApp.newTrigger('onBaris').forSpreadsheet(sheets.ssId).onFormSubmit().create();
    const box = form.getItems(FormApp.ItemType.CHECKBOX)[0].asCheckboxItem();
    const submitted = form.createResponse().withItemResponse(box.createResponse(['Yohanes Bria'])).submit();
    expect(submitted.getId()).toBeTruthy();
    expect(form.getResponses()).toHaveLength(1);
    expect(sheets.tabs.get(sheets.ssId)![0].rows).toHaveLength(2);
    expect(fired).toEqual([]);
  });

  it('refuses answers a browser could not send', () => {
    const { formId, forms } = setup();
    expect(() => forms.submit(formId, { 'Tidak Ada': 'x' })).toThrow(/no question/);
    expect(() => forms.submit(formId, { 'Yakin?': 'Mungkin' })).toThrow(/not a choice/);
    expect(() => forms.submit(formId, { Skor: '9' })).toThrow(/outside the scale/);
  });
});

describe('FormApp: destination', () => {
  it('has none at first; setDestination creates the response tab and copies earlier responses', () => {
    const { kernel, FormApp, formId, forms, sheets } = setup();
    forms.importResponses(formId, [{ answers: { 'Calon Agen Perubahan': ['dr. Maria Goreti, M.Kes.', 'Siti Aminah'], Skor: '3' }, email: 'c@x.id', at: kernel.now() - 60_000 }]);
    const form = FormApp.openById(formId);
    expect(() => form.getDestinationId()).toThrow(NO_DESTINATION_ERROR);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, sheets.ssId);
    expect(form.getDestinationId()).toBe(sheets.ssId);
    expect(String(form.getDestinationType())).toBe('SPREADSHEET');
    const tab = sheets.tabs.get(sheets.ssId)![0];
    expect(tab.formUrl).toBe(`https://docs.google.com/forms/d/${formId}/viewform`);
    expect(tab.rows[0]).toEqual(['Timestamp', 'Email Address', 'NIP Pengusul', 'Unit Kerja', 'Calon Agen Perubahan', 'Yakin?', 'Alasan', 'Skor']);
    expect(tab.rows[1].slice(1)).toEqual(['c@x.id', '', '', 'dr. Maria Goreti, M.Kes., Siti Aminah', '', '', 3]);
    expect(forms.view(formId).destination).toEqual({ spreadsheetId: sheets.ssId, sheetName: 'Form Responses 1' });
  });

  it('a question added later gets a column; removeDestination unlinks', () => {
    const { FormApp, formId, forms, sheets } = setup();
    const form = FormApp.openById(formId);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, sheets.ssId);
    forms.addItem(formId, { kind: 'TEXT', title: 'Catatan' });
    forms.submit(formId, { Catatan: 'ok' });
    const tab = sheets.tabs.get(sheets.ssId)![0];
    expect(tab.rows[0][8]).toBe('Catatan');
    expect(tab.rows[1][8]).toBe('ok');
    form.removeDestination();
    expect(() => form.getDestinationId()).toThrow(NO_DESTINATION_ERROR);
  });
});

describe('FormsBackdoor: a person submits', () => {
  it('fires an installed form trigger with { authMode, response, source, triggerUid }', () => {
    const { FormApp, ScriptApp, formId, forms, fired } = setup();
    const trigger = ScriptApp.newTrigger('onNominasi').forForm(FormApp.openById(formId)).onFormSubmit().create();
    const id = forms.submit(formId, { 'Yakin?': 'Ya' }, { email: 'd@x.id' });
    expect(fired).toHaveLength(1);
    const { handler, event, kind } = fired[0];
    expect([handler, kind]).toEqual(['onNominasi', 'trigger']);
    expect(Object.keys(event).sort()).toEqual(['authMode', 'response', 'source', 'triggerUid']);
    expect(String(event.authMode)).toBe('FULL');
    expect(event.triggerUid).toBe(trigger.getUniqueId());
    expect((event.response as GoogleAppsScript.Forms.FormResponse).getId()).toBe(id);
    expect((event.source as GoogleAppsScript.Forms.Form).getId()).toBe(formId);
  });

  it('with a linked destination also fires the spreadsheet trigger with range, values, namedValues', () => {
    const { FormApp, ScriptApp, formId, forms, fired, sheets } = setup();
    FormApp.openById(formId).setDestination(FormApp.DestinationType.SPREADSHEET, sheets.ssId);
    ScriptApp.newTrigger('onBaris').forSpreadsheet(sheets.ssId).onFormSubmit().create();
    forms.submit(formId, { 'Calon Agen Perubahan': ['Yohanes Bria', 'Siti Aminah'], 'Yakin?': 'Ya' }, { email: 'e@x.id' });
    expect(fired.map((f) => f.handler)).toEqual(['onBaris']);
    const e = fired[0].event;
    expect(Object.keys(e).sort()).toEqual(['authMode', 'namedValues', 'range', 'triggerUid', 'values']);
    expect((e.range as GoogleAppsScript.Spreadsheet.Range).getRow()).toBe(2);
    const values = e.values as string[];
    expect(values.every((v) => typeof v === 'string')).toBe(true);
    expect(values.slice(1, 6)).toEqual(['e@x.id', '', '', 'Yohanes Bria, Siti Aminah', 'Ya']);
    expect((e.namedValues as Record<string, string[]>)['Calon Agen Perubahan']).toEqual(['Yohanes Bria, Siti Aminah']);
    expect((e.namedValues as Record<string, string[]>).Timestamp).toHaveLength(1);
  });

  it('an edited response keeps its id, updates its row in place and fires again', () => {
    const { FormApp, ScriptApp, formId, forms, fired, sheets } = setup();
    const form = FormApp.openById(formId);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, sheets.ssId);
    ScriptApp.newTrigger('onNominasi').forForm(form).onFormSubmit().create();
    ScriptApp.newTrigger('onBaris').forSpreadsheet(sheets.ssId).onFormSubmit().create();
    const id = forms.submit(formId, { 'Yakin?': 'Ya', Alasan: 'tetap' });
    forms.submit(formId, { 'Yakin?': 'Ya' });
    forms.editResponse(formId, id, { 'Yakin?': 'Tidak', Alasan: 'tetap' });
    expect(fired.map((f) => f.handler)).toEqual(['onNominasi', 'onBaris', 'onNominasi', 'onBaris', 'onNominasi', 'onBaris']);
    expect((fired[4].event.response as GoogleAppsScript.Forms.FormResponse).getId()).toBe(id);
    expect((fired[5].event.range as GoogleAppsScript.Spreadsheet.Range).getRow()).toBe(2);
    const rows = sheets.tabs.get(sheets.ssId)![0].rows;
    expect(rows).toHaveLength(3);
    expect(rows[1][5]).toBe('Tidak');
    expect(rows[1][6]).toBe('tetap');
    // Google's event for an edit carries only the changed answers
    const values = fired[5].event.values as string[];
    expect([values[5], values[6]]).toEqual(['Tidak', '']);
    expect(values[0]).not.toBe('');
    expect(form.getResponse(id).getItemResponses()[0].getResponse()).toBe('Tidak');
  });

  it('imported responses fire nothing; renamed questions are seen by the script', () => {
    const { kernel, FormApp, ScriptApp, formId, forms, fired } = setup();
    ScriptApp.newTrigger('onNominasi').forForm(formId).onFormSubmit().create();
    forms.importResponses(formId, [{ answers: { Alasan: 'lama' }, at: kernel.now() - 1 }]);
    expect(fired).toEqual([]);
    forms.renameItem(formId, 'Alasan', 'Alasan Mengusulkan');
    const [r] = FormApp.openById(formId).getResponses();
    expect(r.getItemResponses()[0].getItem().getTitle()).toBe('Alasan Mengusulkan');
    forms.deleteItem(formId, 'Alasan Mengusulkan');
    expect(FormApp.openById(formId).getResponses()[0].getItemResponses()).toEqual([]);
  });
});
