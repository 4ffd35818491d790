/**
 * The in-memory Workspace's authorisation modes and add-on rules, as
 * Google documents them: an add-on's onOpen runs in AuthMode.NONE until the add-on is used in the
 * document, then LIMITED; in NONE nothing that needs authorisation runs (Properties, Session, the
 * bound spreadsheet, triggers, other files), menus do; onInstall runs in FULL. A published add-on
 * holds one trigger of each type per user per document.
 */
import { describe, expect, it } from 'vitest';
import { createWorkspace, type Workspace, type WorkspaceOptions } from '../../../src/offline/workspace/index';

const BUNDLE = `
var seen = [];
function probe(name, fn) { try { fn(); return name + ': ok'; } catch (e) { return name + ': ' + e.message; } }
function onOpen(e) {
  var mode = String(e && e.authMode);
  var out = [mode];
  out.push(probe('properties', function () { PropertiesService.getDocumentProperties().getProperty('x'); }));
  out.push(probe('user', function () { Session.getEffectiveUser().getEmail(); }));
  out.push(probe('active', function () { SpreadsheetApp.getActive().getName(); }));
  out.push(probe('triggers', function () { ScriptApp.getProjectTriggers(); }));
  out.push(probe('form', function () { FormApp.openById('x'); }));
  out.push(probe('menu', function () { SpreadsheetApp.getUi().createAddonMenu().addItem('Mulai', 'mulai').addToUi(); }));
  seen.push(out);
}
function onInstall(e) { seen.push(['install', String(e.authMode), probe('triggers', function () { ScriptApp.getProjectTriggers(); })]); }
function mulai() { return 'jalan'; }
function lihat() { return seen; }
function sumber() { return String(ScriptApp.getInstallationSource()); }
function izin(scopes) {
  var info = scopes ? ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, scopes) : ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  return [String(info.getAuthorizationStatus()), info.getAuthorizedScopes()];
}
function pasang(kind) {
  var b = ScriptApp.newTrigger('h');
  if (kind === 'daily') return b.timeBased().everyDays(1).atHour(6).create().getUniqueId();
  if (kind === 'hourly') return b.timeBased().everyHours(1).create().getUniqueId();
  if (kind === 'once') return b.timeBased().after(60000).create().getUniqueId();
  return b.forSpreadsheet(SpreadsheetApp.getActive()).onFormSubmit().create().getUniqueId();
}
function pasangCoba(kind) { try { return pasang(kind); } catch (e) { return e.message; } }
function hapusSemua() { ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); }); }
`;

function loaded(options: WorkspaceOptions = {}): Workspace {
  const ws = createWorkspace(options);
  ws.loadSource(BUNDLE);
  return ws;
}

const PERMISSION = /^You do not have permission to call /;

describe('AuthMode in the in-memory Workspace', () => {
  it('an add-on not yet used in the spreadsheet opens in NONE: only the menu works', () => {
    const ws = loaded({ addOn: true });
    ws.open();
    const [out] = ws.run<string[][]>('lihat');
    expect(out[0]).toBe('NONE');
    for (const line of out.slice(1, 6)) expect(line.replace(/^\w+: /, '')).toMatch(PERMISSION);
    expect(out[6]).toBe('menu: ok');
    expect(ws.ui.menus()).toEqual([{ title: 'Agen Perubahan', addon: true, items: [{ kind: 'item', caption: 'Mulai', functionName: 'mulai' }] }]);
  });

  it('once the add-on is used there (a menu item ran), onOpen runs in LIMITED: the bound file and its properties, not other files', () => {
    const ws = loaded({ addOn: true });
    ws.open();
    ws.run('mulai');
    ws.open();
    const out = ws.run<string[][]>('lihat')[1];
    expect(out.slice(0, 4)).toEqual(['LIMITED', 'properties: ok', 'user: ok', 'active: ok']);
    expect(out[4]).toMatch(/^triggers: You do not have permission/);
    expect(out[5]).toMatch(/^form: You do not have permission/);
  });

  it('a bound script always opens in LIMITED; NONE can still be asked for', () => {
    const ws = loaded();
    ws.open();
    expect(ws.run<string[][]>('lihat')[0][0]).toBe('LIMITED');
    ws.open({ authMode: 'NONE' });
    expect(ws.run<string[][]>('lihat')[1][1]).toMatch(/^properties: You do not have permission to call PropertiesService.getDocumentProperties/);
  });

  it('onInstall runs in FULL and enables the add-on in the spreadsheet', () => {
    const ws = loaded({ addOn: true });
    ws.install();
    expect(ws.run<unknown[][]>('lihat')[0]).toEqual(['install', 'FULL', 'triggers: ok']);
    ws.open();
    expect(ws.run<string[][]>('lihat')[1][0]).toBe('LIMITED');
  });

  it("createAddonMenu is titled with the add-on's name, or a bound script's project name", () => {
    const bound = loaded({ scriptName: 'Proyek Tim RB' });
    bound.open();
    expect(bound.ui.menus()[0]).toMatchObject({ title: 'Proyek Tim RB', addon: true });
    const addOn = loaded({ addOn: true, scriptName: 'Proyek Tim RB' });
    addOn.open();
    expect(addOn.ui.menus()[0].title).toBe('Agen Perubahan');
  });
});

describe('ScriptApp.getInstallationSource and getAuthorizationInfo', () => {
  it('NONE for a bound script, an add-on source for a published add-on, or a failure when asked', () => {
    expect(loaded().run('sumber')).toBe('NONE');
    expect(loaded({ addOn: true }).run('sumber')).toBe('WEB_STORE_ADD_ON');
    expect(loaded({ addOn: true, installationSource: 'APPS_MARKETPLACE_DOMAIN_ADD_ON' }).run('sumber')).toBe('APPS_MARKETPLACE_DOMAIN_ADD_ON');
    expect(() => loaded({ installationSource: 'throws' }).run('sumber')).toThrow(/server error/);
  });

  it('reports the scopes granted and REQUIRED while one of the asked ones is not', () => {
    const all = ['https://www.googleapis.com/auth/forms', 'https://www.googleapis.com/auth/documents'];
    const ws = loaded({ grantedScopes: [all[0]] });
    expect(ws.run('izin', all)).toEqual(['REQUIRED', [all[0]]]);
    expect(ws.run('izin', [all[0]])).toEqual(['NOT_REQUIRED', [all[0]]]);
  });
});

describe('add-on trigger rules (one trigger of each type per user per document)', () => {
  it('a published add-on refuses a second clock trigger and a second form-submit trigger, with Google\'s wording', () => {
    const ws = loaded({ addOn: true });
    expect(ws.run('pasangCoba', 'daily')).toMatch(/^\d+$/);
    expect(ws.run('pasangCoba', 'once')).toBe('This add-on has created too many time-based triggers in this document for this Google user account.');
    expect(ws.run('pasangCoba', 'hourly')).toMatch(/too many time-based triggers/);
    expect(ws.run('pasangCoba', 'submit')).toMatch(/^\d+$/);
    expect(ws.run('pasangCoba', 'submit')).toMatch(/too many form submit triggers/);
    expect(ws.kernel.triggers).toHaveLength(2);
  });

  it('another user of the same spreadsheet has a set of their own', () => {
    const ws = loaded({ addOn: true });
    ws.run('pasang', 'daily');
    ws.kernel.user = 'rekan@dinkes.nttprov.go.id';
    expect(ws.run('pasangCoba', 'daily')).toMatch(/^\d+$/);
  });

  it('deleting the trigger frees its type; a bound script may hold several of a type', () => {
    const ws = loaded({ addOn: true });
    ws.run('pasang', 'daily');
    ws.run('hapusSemua');
    expect(ws.run('pasangCoba', 'hourly')).toMatch(/^\d+$/);
    const bound = loaded();
    bound.run('pasang', 'daily');
    expect(bound.run('pasangCoba', 'once')).toMatch(/^\d+$/);
  });
});
