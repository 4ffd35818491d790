import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CLASS_MEMBERS,
  createWorkspace,
  ENUM_MEMBERS,
  enumMemberOf,
  enumValue,
  googleEnum,
  imitatedClasses,
  imitates,
} from '../../../src/offline/workspace/index';
// The generator is a development tool (it loads the TypeScript compiler), not part of the entry.
import { API_FILE, generateApi, MEMBERS_FILE } from '../../../src/offline/workspace/kernel/api-gen';

describe('the fakes are checked against the Apps Script types', () => {
  it('apps-script-api.ts and apps-script-members.json are what api-gen reads from @types/google-apps-script (run `npm run gen:api` when they are not)', () => {
    const { types, members } = generateApi();
    expect(readFileSync(API_FILE, 'utf8')).toBe(types);
    expect(readFileSync(MEMBERS_FILE, 'utf8')).toBe(members);
  });

  it('every Google class listed has a fake, and every member of Google\'s class is on each of them', () => {
    createWorkspace();
    const imitated = imitatedClasses();
    expect([...imitated.keys()].sort()).toEqual(Object.keys(CLASS_MEMBERS).sort());
    for (const [name, classes] of imitated) {
      for (const cls of classes) {
        const proto = cls.prototype as Record<string, unknown>;
        const missing = CLASS_MEMBERS[name].methods.filter((m) => typeof proto[m] !== 'function');
        expect(missing, `${name} (${cls.name})`).toEqual([]);
      }
    }
  });

  it('a member the fake does not imitate throws "not imitated: <Class>.<member>" and costs no call', () => {
    const ws = createWorkspace();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const g = ws.globals as any;
    const folder = g.DriveApp.getRootFolder();
    const user = g.Session.getEffectiveUser();
    const output = g.HtmlService.createHtmlOutput('x');
    const range = g.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1:B2');
    const before = ws.kernel.calls();
    expect(() => g.DriveApp.getStorageUsed()).toThrow(/^not imitated: DriveApp\.getStorageUsed$/);
    expect(() => folder.addEditor('a@b.id')).toThrow(/^not imitated: Folder\.addEditor$/);
    expect(() => user.getUserLoginId()).toThrow(/^not imitated: User\.getUserLoginId$/);
    expect(() => g.ScriptApp.invalidateAuth()).toThrow(/^not imitated: ScriptApp\.invalidateAuth$/);
    expect(() => output.asTemplate()).toThrow(/^not imitated: HtmlOutput\.asTemplate$/);
    expect(() => range.getBandings()).toThrow(/^not imitated: Range\.getBandings$/);
    expect(() => g.SpreadsheetApp.BandingTheme).not.toThrow();
    expect(() => g.Charts.newPieChart()).toThrow(/^not imitated: Charts\.newPieChart$/);
    expect(ws.kernel.calls()).toEqual(before);
    const form = g.FormApp.create('Survei');
    const list = form.addListItem();
    const mark = ws.kernel.calls();
    expect(() => list.duplicate()).toThrow(/^not imitated: ListItem\.duplicate$/);
    expect(list.hasOtherOption).toBeUndefined(); // Google's ListItem has none
    expect(() => form.setIsQuiz(true)).toThrow(/^not imitated: Form\.setIsQuiz$/);
    expect(ws.kernel.calls()).toEqual(mark);
    const doc = g.DocumentApp.create('SK');
    const body = doc.getBody();
    const header = doc.addHeader();
    const marked = ws.kernel.calls();
    expect(() => body.appendImage({})).toThrow(/^not imitated: Body\.appendImage$/);
    expect(() => g.DocumentApp.getUi()).toThrow(/^not imitated: DocumentApp\.getUi$/);
    expect(header.setPageWidth).toBeUndefined(); // only the Body holds the page, as on Google
    expect(() => g.Docs.Documents.create({})).toThrow(/^not imitated: DocumentsCollection\.create$/);
    expect(() => g.Docs.newRequest()).toThrow(/^not imitated: Docs\.newRequest$/);
    expect(ws.kernel.calls()).toEqual(marked);
  });

  it('every service global is a registered fake of Google\'s service class, and its members not imitated say so', () => {
    const ws = createWorkspace();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const g = ws.globals as any;
    const service: [string, keyof typeof CLASS_MEMBERS, string | null][] = [
      ['SpreadsheetApp', 'Spreadsheet.SpreadsheetApp', 'create'],
      ['Charts', 'Charts.Charts', 'newPieChart'],
      ['FormApp', 'Forms.FormApp', 'createFeedback'],
      ['DocumentApp', 'Document.DocumentApp', 'getUi'],
      ['Docs', 'Docs', 'newRequest'],
      ['DriveApp', 'Drive.DriveApp', 'getStorageUsed'],
      ['ScriptApp', 'Script.ScriptApp', 'invalidateAuth'],
      ['HtmlService', 'HTML.HtmlService', 'getUserAgent'],
      ['Session', 'Base.Session', 'getTimeZone'],
      ['Utilities', 'Utilities.Utilities', 'computeDigest'],
      // Every member of these is imitated: nothing to refuse.
      ['LockService', 'Lock.LockService', null],
      ['PropertiesService', 'Properties.PropertiesService', null],
      ['Logger', 'Base.Logger', null],
    ];
    const before = ws.kernel.calls();
    for (const [global, name, notImitated] of service) {
      const fake = g[global];
      expect(fake, global).toBeDefined();
      expect(imitatedClasses().get(name)?.some((cls) => fake instanceof cls), global).toBe(true);
      const short = name.slice(name.lastIndexOf('.') + 1);
      if (notImitated) expect(() => fake[notImitated](), global).toThrow(`not imitated: ${short}.${notImitated}`);
      else expect(CLASS_MEMBERS[name].methods.filter((m) => fake[m].name === 'notImitated'), global).toEqual([]);
    }
    expect(ws.kernel.calls()).toEqual(before);
    // Objects the services hand out, for the services not covered above.
    const ui = g.SpreadsheetApp.getUi();
    const blob = g.Utilities.newBlob('x');
    const clock = g.ScriptApp.newTrigger('f').timeBased();
    const mark = ws.kernel.calls();
    expect(() => ui.showDialog({})).toThrow(/^not imitated: Ui\.showDialog$/);
    expect(() => blob.getAllBlobs()).toThrow(/^not imitated: Blob\.getAllBlobs$/);
    expect(() => clock.atDate(2026, 12, 2)).toThrow(/^not imitated: ClockTriggerBuilder\.atDate$/);
    expect(ws.kernel.calls()).toEqual(mark);
    // console is not a class of @types/google-apps-script: it has the levels Google documents.
    for (const level of ['error', 'info', 'log', 'time', 'timeEnd', 'warn']) expect(typeof g.console[level], level).toBe('function');
  });

  it('refuses a bare string where Google takes an enum, and hands out enum values', () => {
    const ws = createWorkspace();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const app = ws.globals.SpreadsheetApp as any;
    const sheet = app.getActiveSpreadsheet().getSheets()[0];
    sheet.protect();
    expect(() => sheet.getProtections('SHEET')).toThrow('Invalid argument: type');
    const [p] = sheet.getProtections(app.ProtectionType.SHEET);
    expect(p.getProtectionType()).toBe(app.ProtectionType.SHEET);
    expect(sheet.getType()).toBe(app.SheetType.GRID);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const DocumentApp = ws.globals.DocumentApp as any;
    const para = DocumentApp.create('SK').getBody().appendParagraph('MEMUTUSKAN');
    expect(() => para.setHeading('HEADING1')).toThrow('Invalid argument: ParagraphHeading');
    para.setHeading(DocumentApp.ParagraphHeading.HEADING1);
    expect(para.getHeading()).toBe(DocumentApp.ParagraphHeading.HEADING1);
    expect(para.getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
    expect(para.getAttributes()[DocumentApp.Attribute.HEADING]).toBe(DocumentApp.ParagraphHeading.HEADING1);
  });

  it('every stub of every fake throws its own name', () => {
    for (const [name, classes] of imitatedClasses()) {
      const short = name.slice(name.lastIndexOf('.') + 1);
      for (const cls of classes) {
        const proto = cls.prototype as Record<string, unknown>;
        for (const m of CLASS_MEMBERS[name].methods) {
          const f = proto[m] as (this: unknown) => unknown;
          if (f.name !== 'notImitated') continue;
          expect(() => f.call(Object.create(proto)), `${name}.${m}`).toThrow(`not imitated: ${short}.${m}`);
        }
      }
    }
  });

  it('a fake whose method returns another shape than Google\'s, or that is not typed as Google\'s class, fails the typecheck', () => {
    // These declarations exist for `npm run typecheck`: each @ts-expect-error must meet an error.
    // @ts-expect-error tryLock returns text where Google's Lock returns a boolean
    interface WrongLock extends GoogleAppsScript.Lock.Lock {}
    class WrongLock {
      tryLock(): string {
        return 'ya';
      }
    }
    expect(new WrongLock().tryLock()).toBe('ya');

    class BareLock {
      tryLock(): boolean {
        return true;
      }
    }
    // @ts-expect-error a class that does not take Google's type cannot be registered as its fake
    const register = () => imitates(BareLock, 'Lock.Lock');
    expect(typeof register).toBe('function');
  });
});

describe('enums, as Google\'s', () => {
  it('are objects that print as their name, with Google\'s ordinal, one object per value for every fake', () => {
    const a = createWorkspace().globals as unknown as { ScriptApp: GoogleAppsScript.Script.ScriptApp };
    const b = createWorkspace().globals as unknown as { ScriptApp: GoogleAppsScript.Script.ScriptApp };
    const full = a.ScriptApp.AuthMode.FULL as unknown as { name(): string; ordinal(): number };
    expect(typeof full).toBe('object');
    expect([String(full), full.name(), JSON.stringify({ mode: full })]).toEqual(['FULL', 'FULL', '{"mode":"FULL"}']);
    expect(full.ordinal()).toBe(ENUM_MEMBERS['Script.AuthMode'].indexOf('FULL'));
    expect(b.ScriptApp.AuthMode.FULL).toBe(a.ScriptApp.AuthMode.FULL);
    expect(enumValue('Script.AuthMode', 'FULL')).toBe(a.ScriptApp.AuthMode.FULL);
    expect((full as unknown) === 'FULL').toBe(false);
  });

  it('tell their own values from bare strings and from other enums\' values', () => {
    expect(enumMemberOf('Script.AuthMode', googleEnum('Script.AuthMode').LIMITED)).toBe('LIMITED');
    expect(enumMemberOf('Script.AuthMode', 'LIMITED')).toBeNull();
    expect(enumMemberOf('Script.AuthMode', googleEnum('Script.EventType').CLOCK)).toBeNull();
  });
});
