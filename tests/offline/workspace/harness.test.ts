import { describe, expect, it } from 'vitest';
import { createWorkspace, type Workspace } from '../../../src/offline/workspace/index';

/** A tiny hand-written bundle, shaped like build.mjs output: top-level functions only. */
const BUNDLE = `
var Bundle = (function () {
  return { greet: function (n) { return 'Halo ' + n; } };
})();
function tambah(a, b) { return a + b; }
function sapa(n) { return Bundle.greet.apply(this, arguments); }
function sekarang() { return [new Date().getTime(), Date.now()]; }
function tanggalTetap() { return new Date(2026, 0, 2).getFullYear(); }
function jenisGlobal() { return [typeof require, typeof process, typeof module, typeof globalThis.FormApp, typeof setTimeout]; }
function adalahTanggal(d) { return [d instanceof Date, Object.prototype.toString.call(d)]; }
function gagal() { throw new Error('rusak di pemicu'); }
function bukaFormulir(id) {
  try { FormApp.openById(id); return 'terbuka'; }
  catch (e) { return [e instanceof Error, e.name, e.message]; }
}
function pakaiKunci() { LockService.getScriptLock().tryLock(1000); return LockService.getScriptLock().hasLock(); }
function catat() { Logger.log('baris %s', 1); console.log('dua'); PropertiesService.getDocumentProperties().setProperty('k', 'v'); }
var terakhir = null;
function onOpen(e) {
  var hasil = { mode: String(e.authMode), email: Session.getActiveUser().getEmail() };
  try { FormApp.openById('x'); } catch (err) { hasil.form = err.message; }
  terakhir = hasil;
}
function lihatTerakhir() { return terakhir; }
var kiriman = [];
function onNominasi(e) {
  kiriman.push({ id: e.response.getId(), n: e.response.getItemResponses().length, form: e.source.getTitle(), uid: e.triggerUid });
}
function onBaris(e) { kiriman.push({ sheet: e.range.getSheet().getName(), values: e.values, named: e.namedValues }); }
function lihatKiriman() { return kiriman; }
`;

function loaded(): Workspace {
  const ws = createWorkspace();
  ws.loadSource(BUNDLE);
  return ws;
}

describe('harness: the bundle in a bare vm context', () => {
  it('runs top-level functions by name, with arguments', () => {
    const ws = loaded();
    expect(ws.run('tambah', 2, 3)).toBe(5);
    expect(ws.run('sapa', 'Ana')).toBe('Halo Ana');
  });

  it('new Date() and Date.now() read the simulated clock; other Date uses still work', () => {
    const ws = loaded();
    expect(ws.run('sekarang')).toEqual([ws.kernel.now(), ws.kernel.now()]);
    ws.kernel.advance(3_600_000);
    expect(ws.run('sekarang')).toEqual([ws.kernel.now(), ws.kernel.now()]);
    expect(ws.run('tanggalTetap')).toBe(2026);
    expect(ws.run('adalahTanggal', ws.kernel.makeDate(5))).toEqual([true, '[object Date]']);
  });

  it('has no Node globals (require, process, module, setTimeout) and has the Apps Script ones', () => {
    expect(loaded().run('jenisGlobal')).toEqual(['undefined', 'undefined', 'undefined', 'object', 'undefined']);
  });

  it('fake services throw errors of the bundle\'s realm, named Exception', () => {
    const ws = loaded();
    expect(ws.run('bukaFormulir', '1nope')).toEqual([true, 'Exception', expect.stringMatching(/^No item with the given ID/)]);
  });

  it('a missing function fails as on Google; editor errors propagate', () => {
    const ws = loaded();
    expect(() => ws.run('tidakAda')).toThrow('Script function not found: tidakAda');
    expect(() => ws.run('gagal')).toThrow('rusak di pemicu');
  });

  it('a trigger\'s error is recorded, not thrown', () => {
    const ws = loaded();
    expect(ws.kernel.run('gagal', [], 'trigger')).toBeUndefined();
    expect(ws.kernel.failedExecutions).toEqual([{ handler: 'gagal', kind: 'trigger', error: 'rusak di pemicu' }]);
  });

  it('a lock the script forgot is released when its execution ends', () => {
    const ws = loaded();
    expect(ws.run('pakaiKunci')).toBe(true);
    expect(ws.kernel.scriptLockHolder).toBeNull();
  });

  it('Logger/console lines land in logs; properties are live views', () => {
    const ws = loaded();
    ws.run('catat');
    expect(ws.logs).toEqual(['baris 1', 'dua']);
    expect(ws.properties.document).toEqual({ k: 'v' });
  });

  it('open() runs onOpen as a simple trigger: LIMITED, no user e-mail, FormApp refused', () => {
    const ws = loaded();
    ws.open();
    expect(ws.run('lihatTerakhir')).toEqual({
      mode: 'LIMITED',
      email: '',
      form: 'You do not have permission to call FormApp.openById. Required permissions: https://www.googleapis.com/auth/forms',
    });
  });
});

describe('harness: a person submits a Form', () => {
  it('runs the installed form trigger and the spreadsheet trigger of the linked destination', () => {
    const ws = loaded();
    const formId = ws.forms.createForm({
      title: 'Penjaringan',
      collectEmail: true,
      items: [
        { kind: 'TEXT', title: 'NIP Pengusul' },
        { kind: 'CHECKBOX', title: 'Calon', choices: ['Ana', 'Budi, S.Kep.', 'Citra'] },
      ],
    });
    const FormApp = ws.globals.FormApp as GoogleAppsScript.Forms.FormApp;
    const ScriptApp = ws.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp;
    const form = FormApp.openById(formId);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ws.spreadsheetId);
    const t = ScriptApp.newTrigger('onNominasi').forForm(form).onFormSubmit().create();
    ScriptApp.newTrigger('onBaris').forSpreadsheet(ws.spreadsheetId).onFormSubmit().create();
    const id = ws.forms.submit(formId, { 'NIP Pengusul': '1', Calon: ['Ana', 'Budi, S.Kep.'] }, { email: 'p@x.id' });
    const got = ws.run<Record<string, unknown>[]>('lihatKiriman');
    expect(got[0]).toEqual({ id, n: 2, form: 'Penjaringan', uid: t.getUniqueId() });
    const sheetName = ws.forms.view(formId).destination!.sheetName;
    expect(got[1]).toMatchObject({ sheet: sheetName });
    expect((got[1].values as string[]).slice(1)).toEqual(['p@x.id', '1', 'Ana, Budi, S.Kep.']);
    expect((got[1].named as Record<string, string[]>).Calon).toEqual(['Ana, Budi, S.Kep.']);
    expect(ws.sheets.headers(ws.spreadsheetId, sheetName)).toEqual(['Timestamp', 'Email Address', 'NIP Pengusul', 'Calon']);
    expect(ws.kernel.failedExecutions).toEqual([]);
  });
});
