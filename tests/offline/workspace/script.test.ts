import { describe, expect, it } from 'vitest';
import { Kernel } from '../../../src/offline/workspace/index';
import { ADDON_OTHER_FILE_ERROR, createScriptApp, TOO_MANY_TRIGGERS_ERROR } from '../../../src/offline/workspace/index';

const SS = '1SpreadsheetIdxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
const FORM = '1FormIdxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';

function setup(options: { addOn?: boolean } = {}) {
  const kernel = new Kernel({ start: Date.parse('2026-11-27T01:00:00Z') });
  const ScriptApp = createScriptApp(kernel, { containerId: () => SS, addOn: options.addOn });
  return { kernel, ScriptApp };
}

describe('ScriptApp triggers', () => {
  it('creates form, spreadsheet and clock triggers that list with their type, source and handler', () => {
    const { kernel, ScriptApp } = setup();
    ScriptApp.newTrigger('onNominasi').forForm(FORM).onFormSubmit().create();
    ScriptApp.newTrigger('onBaris').forSpreadsheet(SS).onFormSubmit().create();
    ScriptApp.newTrigger('onBuka').forSpreadsheet(SS).onOpen().create();
    ScriptApp.newTrigger('harian').timeBased().everyDays(1).atHour(6).create();
    const listed = ScriptApp.getProjectTriggers().map((t) => [t.getHandlerFunction(), String(t.getEventType()), String(t.getTriggerSource()), t.getTriggerSourceId()]);
    expect(listed).toEqual([
      ['onNominasi', 'ON_FORM_SUBMIT', 'FORMS', FORM],
      ['onBaris', 'ON_FORM_SUBMIT', 'SPREADSHEETS', SS],
      ['onBuka', 'ON_OPEN', 'SPREADSHEETS', SS],
      ['harian', 'CLOCK', 'CLOCK', null],
    ]);
    expect(ScriptApp.getProjectTriggers()[0].getEventType()).toBe(ScriptApp.EventType.ON_FORM_SUBMIT);
    // daily at 06:00 WITA = 22:00 UTC; created at 09:00 WITA, so the first run is tomorrow
    const clock = kernel.triggers[3].clock!;
    expect(new Date(clock.at!).toISOString()).toBe('2026-11-27T22:00:00.000Z');
    expect(clock.everyMs).toBe(24 * 3600 * 1000);
  });

  it('getUserTriggers lists only the current user\'s triggers of that file', () => {
    const { kernel, ScriptApp } = setup();
    ScriptApp.newTrigger('a').forSpreadsheet(SS).onFormSubmit().create();
    ScriptApp.newTrigger('b').forForm(FORM).onFormSubmit().create();
    kernel.addTrigger({ handler: 'c', eventType: 'ON_FORM_SUBMIT', sourceType: 'SPREADSHEETS', sourceId: SS, owner: 'lain@x.id' });
    expect(ScriptApp.getUserTriggers({ getId: () => SS } as never).map((t) => t.getHandlerFunction())).toEqual(['a']);
    expect(ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['a', 'b']);
  });

  it('deleteTrigger removes it; after(ms) fires once then disappears', () => {
    const { kernel, ScriptApp } = setup();
    const t = ScriptApp.newTrigger('a').forSpreadsheet(SS).onEdit().create();
    ScriptApp.newTrigger('lanjut').timeBased().after(60_000).create();
    ScriptApp.deleteTrigger(t);
    expect(ScriptApp.getProjectTriggers().map((x) => x.getHandlerFunction())).toEqual(['lanjut']);
    const ran: string[] = [];
    kernel.runner = (h) => ran.push(h);
    expect(kernel.fireDueClockTriggers()).toBe(0);
    kernel.advance(60_000);
    expect(kernel.fireDueClockTriggers()).toBe(1);
    expect(ran).toEqual(['lanjut']);
    expect(ScriptApp.getProjectTriggers()).toEqual([]);
  });

  it('refuses the 21st trigger of a user with Google\'s message', () => {
    const { ScriptApp } = setup();
    for (let i = 0; i < 20; i++) ScriptApp.newTrigger(`f${i}`).timeBased().everyHours(1).create();
    expect(() => ScriptApp.newTrigger('f20').timeBased().everyHours(1).create()).toThrow(TOO_MANY_TRIGGERS_ERROR);
  });

  it('as a published add-on refuses triggers on another file', () => {
    const { ScriptApp } = setup({ addOn: true });
    expect(() => ScriptApp.newTrigger('a').forForm(FORM).onFormSubmit().create()).toThrow(ADDON_OTHER_FILE_ERROR);
    expect(() => ScriptApp.newTrigger('b').forSpreadsheet(SS).onFormSubmit().create()).not.toThrow();
  });

  it.each(['getProjectTriggers', 'newTrigger', 'deleteTrigger'] as const)('%s needs authorisation: refused in a simple trigger', (method) => {
    const { kernel, ScriptApp } = setup();
    const exec = kernel.beginExecution('simple-trigger');
    const call = () => (ScriptApp as unknown as Record<string, (a?: unknown) => unknown>)[method]('x');
    expect(call).toThrow(`You do not have permission to call ScriptApp.${method}. Required permissions: https://www.googleapis.com/auth/script.scriptapp`);
    kernel.endExecution(exec);
  });

  it('counts builder calls', () => {
    const { kernel, ScriptApp } = setup();
    ScriptApp.newTrigger('a').forForm(FORM).onFormSubmit().create();
    expect(kernel.calls()).toEqual({
      'ScriptApp.newTrigger': 1,
      'ScriptApp.TriggerBuilder.forForm': 1,
      'ScriptApp.FormTriggerBuilder.onFormSubmit': 1,
      'ScriptApp.FormTriggerBuilder.create': 1,
    });
  });
});
