/**
 * The response sheet as Google writes it: answers are parsed like typed input, so an 18-digit
 * answer becomes a number with 15 significant digits (its last three digits are lost), and what a
 * spreadsheet form-submit event carries in e.values under either plausible behaviour.
 */
import { describe, expect, it } from 'vitest';
import { createWorkspace, type Workspace, type WorkspaceOptions } from '../../../src/offline/workspace/index';

const BUNDLE = `
var seen = [];
function onKirim(e) { seen.push({ values: e.values, named: e.namedValues }); }
function terlihat() { return JSON.stringify(seen); }
function pasang(formId) {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  FormApp.openById(formId).setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
  ScriptApp.newTrigger('onKirim').forSpreadsheet(ss).onFormSubmit().create();
}
function kumpulkanEmail(formId) { FormApp.openById(formId).setCollectEmail(true); }
`;

function linked(options: WorkspaceOptions = {}, respondentColumn?: string): { ws: Workspace; formId: string; tab: () => unknown[][] } {
  const ws = createWorkspace(options);
  ws.loadSource(BUNDLE);
  const formId = ws.forms.createForm({ title: 'F', collectEmail: respondentColumn !== undefined, ...(respondentColumn ? { respondentColumn } : {}), items: [{ kind: 'TEXT', title: 'NIP Anda' }, { kind: 'TEXT', title: 'Calon' }] });
  ws.run('pasang', formId);
  const tab = () => {
    const name = ws.forms.view(formId).destination!.sheetName;
    return ws.sheets.snapshot(ws.spreadsheetId, name)!.values as unknown[][];
  };
  return { ws, formId, tab };
}

describe('Forms fake: the response sheet', () => {
  it('stores an 18-digit answer as a number with 15 significant digits; grouped digits stay text', () => {
    const { ws, formId, tab } = linked();
    ws.forms.submit(formId, { 'NIP Anda': '198609262015051234', Calon: '19860926 201505 1 234' });
    const row = tab()[1];
    expect(row[1]).toBe(198609262015051000);
    expect(row[2]).toBe('19860926 201505 1 234');
    // The Form itself keeps the answer exactly.
    expect(Object.values(ws.forms.view(formId).responses[0].answers)).toContain('198609262015051234');
  });

  it('e.values show the cell by default ("1.98609E+17"); with eventValues "submitted" the typed digits', () => {
    for (const [mode, expected] of [['display', '1.98609E+17'], ['submitted', '198609262015051234']] as const) {
      const { ws, formId } = linked({ formEventValues: mode });
      ws.forms.submit(formId, { 'NIP Anda': '198609262015051234', Calon: 'Maria' });
      const [event] = JSON.parse(ws.run<string>('terlihat')) as { values: string[]; named: Record<string, string[]> }[];
      expect(event.values[1]).toBe(expected);
      expect(event.named['NIP Anda']).toEqual([expected]);
      expect(event.values[2]).toBe('Maria');
    }
  });

  it('a Workspace-domain Form names its respondent column "Username"', () => {
    const { ws, formId, tab } = linked({}, 'Username');
    ws.forms.submit(formId, { Calon: 'Maria' }, { email: 'ana@dinkes.go.id' });
    expect(tab()[0]).toEqual(['Timestamp', 'Username', 'NIP Anda', 'Calon']);
    expect(tab()[1][1]).toBe('ana@dinkes.go.id');
  });

  it('a linked Form that starts collecting e-mails gets the respondent column at the right', () => {
    const { ws, formId, tab } = linked();
    ws.forms.submit(formId, { Calon: 'Maria' });
    ws.run('kumpulkanEmail', formId);
    ws.forms.submit(formId, { Calon: 'Yohanes' }, { email: 'ana@dinkes.go.id' });
    expect(tab()[0]).toEqual(['Timestamp', 'NIP Anda', 'Calon', 'Email Address']);
    expect(tab()[2][3]).toBe('ana@dinkes.go.id');
    expect(tab()[1][3]).toBe('');
  });
});

describe('Forms fake: "Other" option and scale labels', () => {
  it('an item with "Other" accepts typed text and says so; one without refuses it', () => {
    const ws = createWorkspace();
    ws.loadSource('function other(id){ var it = FormApp.openById(id).getItems()[0].asMultipleChoiceItem(); return it.hasOtherOption(); }\nfunction labels(id){ var s = FormApp.openById(id).getItems()[1].asScaleItem(); return [s.getLeftLabel(), s.getRightLabel(), s.getUpperBound()].join("|"); }');
    const formId = ws.forms.createForm({
      title: 'S',
      items: [
        { kind: 'MULTIPLE_CHOICE', title: 'Q', choices: ['1 - Selalu', '2 - Sering'], other: true },
        { kind: 'SCALE', title: 'L', choices: ['1', '2', '3', '4', '5'], scaleLabels: ['Sangat tidak setuju', 'Sangat setuju'] },
        { kind: 'MULTIPLE_CHOICE', title: 'R', choices: ['1 - Selalu', '2 - Sering'] },
      ],
    });
    expect(ws.run('other', formId)).toBe(true);
    expect(ws.run('labels', formId)).toBe('Sangat tidak setuju|Sangat setuju|5');
    ws.forms.submit(formId, { Q: '1 kali sebulan' });
    expect(() => ws.forms.submit(formId, { R: '1 kali sebulan' })).toThrow(/not a choice/);
  });
});
