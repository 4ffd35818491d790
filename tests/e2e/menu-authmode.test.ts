/**
 * The add-on menu by authorisation mode, through the built bundle: always under
 * Extensions (createAddonMenu), the starter items only in AuthMode.NONE, the whole menu in
 * LIMITED and FULL; onInstall builds the menu and nothing else. Both as a bound script and as a
 * published add-on.
 */
import { describe, expect, it } from 'vitest';
import { MENU, MENU_TITLE, isSubMenu, menuFor, type MenuEntry } from '../../src/core/menu';
import type { MenuRecord } from '../../src/offline/workspace/contracts';
import type { Workspace } from '../../src/offline/workspace/workspace';
import { loadedWorkspace, sheetValues } from './helpers';

/** The menu as [caption, fn] pairs and submenus, the way MENU lists it. */
function shapeOf(menu: MenuRecord | undefined): unknown[] {
  return (menu?.items ?? []).map((i) =>
    i.kind === 'submenu' ? { caption: i.caption, items: i.items.map((s) => (s.kind === 'item' ? [s.caption, s.functionName] : s.kind)) } : i.kind === 'item' ? [i.caption, i.functionName] : 'separator',
  );
}
const expected = (entries: MenuEntry[]) =>
  entries.map((e) => (e === 'separator' ? 'separator' : isSubMenu(e) ? { caption: e.caption, items: e.items.map((s) => [s.caption, s.fn]) } : [e.caption, e.fn]));

const menuOf = (ws: Workspace) => ws.ui.menus().find((m) => m.title === MENU_TITLE);
const STARTERS = expected(menuFor('NONE'));
const WHOLE = expected(MENU);

/** Nothing happened but the menu: no property, no sheet, no trigger, no failure. */
function onlyTheMenu(ws: Workspace): void {
  expect(ws.kernel.failedExecutions).toEqual([]);
  expect(Object.keys(ws.properties.document)).toEqual([]);
  expect(ws.kernel.triggers).toEqual([]);
  expect(sheetValues(ws, 'Log Kesalahan')).toBeNull();
  const services = Object.keys(ws.kernel.callsByService());
  expect(services).toEqual(['SpreadsheetApp']);
  expect(Object.keys(ws.kernel.calls()).every((k) => /^SpreadsheetApp\.(getUi|Ui\.createAddonMenu|Ui\.createMenu|Menu\.\w+)$/.test(k))).toBe(true);
}

describe('the menu lives under Extensions (createAddonMenu), never as a top-level menu', () => {
  for (const addOn of [false, true]) {
    it(`${addOn ? 'published add-on' : 'bound script'}: onOpen uses createAddonMenu only`, () => {
      const ws = loadedWorkspace({ addOn });
      ws.kernel.addOnEnabled = true; // an add-on already used here opens in LIMITED
      ws.open();
      expect(ws.kernel.calls()['SpreadsheetApp.Ui.createAddonMenu']).toBe(1);
      expect(ws.ui.menus().map((m) => [m.title, m.addon])).toEqual([[MENU_TITLE, true]]);
      expect(shapeOf(menuOf(ws))).toEqual(WHOLE);
    });
  }
});

describe('AuthMode.NONE: an add-on installed for the user, not yet used in this spreadsheet', () => {
  it('lists only the starter items and touches nothing that needs authorisation', () => {
    const ws = loadedWorkspace({ addOn: true });
    ws.open();
    expect(shapeOf(menuOf(ws))).toEqual(STARTERS);
    expect(STARTERS.map((s) => (s as string[])[0])).toEqual(['Siapkan Lembar Kerja', 'Status & Bantuan', 'Uji Kesiapan']);
    onlyTheMenu(ws);
  });

  it('a starter item puts the whole menu up at once; the next open is LIMITED with the whole menu', () => {
    const ws = loadedWorkspace({ addOn: true });
    ws.open();
    ws.run('menuSiapkanLembarKerja');
    expect(shapeOf(menuOf(ws))).toEqual(WHOLE);
    expect(ws.sheets.sheetNames(ws.spreadsheetId)).toContain('Pengaturan');
    ws.ui.clear();
    ws.open();
    expect(shapeOf(menuOf(ws))).toEqual(WHOLE);
    expect(ws.kernel.failedExecutions).toEqual([]);
  });

  it('Status & Bantuan as the first item: whole menu and the dialog', () => {
    const ws = loadedWorkspace({ addOn: true });
    ws.open();
    ws.run('menuStatusBantuan');
    expect(shapeOf(menuOf(ws))).toEqual(WHOLE);
    expect(ws.ui.shown().map((s) => s.kind)).toEqual(['modal']);
  });

  it('a bound script opened in NONE (Google may) also lists the starter items without failing', () => {
    const ws = loadedWorkspace();
    ws.open({ authMode: 'NONE' });
    expect(shapeOf(menuOf(ws))).toEqual(STARTERS);
    onlyTheMenu(ws);
  });
});

describe('AuthMode.LIMITED and FULL: the whole menu', () => {
  it('a bound script opens in LIMITED: the whole menu, nothing else', () => {
    const ws = loadedWorkspace();
    ws.open();
    expect(shapeOf(menuOf(ws))).toEqual(WHOLE);
    onlyTheMenu(ws);
  });

  it('onInstall (FULL) builds the whole menu and nothing else', () => {
    const ws = loadedWorkspace({ addOn: true });
    ws.install();
    expect(shapeOf(menuOf(ws))).toEqual(WHOLE);
    onlyTheMenu(ws);
  });

  it('a bound script never rebuilds the menu from a starter item (it always had the whole menu)', () => {
    const ws = loadedWorkspace();
    ws.open();
    ws.kernel.resetCalls();
    ws.run('menuSiapkanLembarKerja');
    expect(ws.kernel.calls()['SpreadsheetApp.Ui.createAddonMenu']).toBeUndefined();
  });
});
